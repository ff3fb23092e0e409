"""How does kg serve hold up under 20 concurrent clients asking the saved queries?

    .venv/bin/python bench/serve_load.py [--store DIR] [--clients 20] [--seconds 60]
                                         [--workers N] [--no-cache] [--json FILE]

Starts ``kg serve --store DIR`` in a process of its own (so the clients here do not share
its interpreter), then runs ``--clients`` client threads for ``--seconds``, each on its
own keep-alive HTTP connection, asking one request after another (a closed loop, no
think time) from a fixed mix of the saved queries at ``/queries/NAME``: who-said-what,
entities, articles, facts-with-sources, relations-of and statements-of for the 20 most
mentioned people and organizations, and events-in for the 5 most mentioned places, all
in SPARQL JSON. The names come from the store before the clock starts. Each client
draws its requests from a seeded random generator, so every run asks the same sequence.

Reported: requests, throughput, median / p90 / p99 / max latency (send to last byte),
errors (any status but 200, any exception), and the first answer to each distinct
request on its own, which is computed by a worker while later ones come from the
server's cache of answers (kept until the store changes, ``kg.serve.cache``);
``--no-cache`` measures the server computing every answer. Targets: no errors, p99
under 1 s. Exit status 0 when both hold.

The store: ``kg build ../shared/data/wikinews --store /tmp/serve/store`` (295 articles,
a few minutes on two cores), the default ``--store``.
"""

from __future__ import annotations

import argparse
import http.client
import json
import os
import random
import signal
import statistics
import subprocess
import sys
import threading
import time
import urllib.parse
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
DEFAULT_STORE = Path("/tmp/serve/store")
ENTITIES = 20
PLACES = 5


@dataclass
class Tally:
    """What the clients saw: latencies in seconds, errors, and first answers per request."""

    latencies: list[float] = field(default_factory=list)
    errors: list[str] = field(default_factory=list)
    first: dict[str, float] = field(default_factory=dict)
    lock: threading.Lock = field(default_factory=threading.Lock)

    def add(self, path: str, seconds: float, error: str | None) -> None:
        with self.lock:
            self.latencies.append(seconds)
            if error is not None:
                self.errors.append(f"{path}: {error}")
            self.first.setdefault(path, seconds)


def start_server(store: Path, workers: int | None, cache: bool) -> tuple[subprocess.Popen, str]:
    """``kg serve`` on a free port; its process and URL (read from its first line on stderr)."""
    argv = [sys.executable, "-m", "kg", "serve", "--store", str(store), "--port", "0"]
    if workers:
        argv += ["--workers", str(workers)]
    if not cache:
        argv += ["--cache-mb", "0"]
    process = subprocess.Popen(argv, cwd=ROOT, stderr=subprocess.PIPE, text=True, start_new_session=True)
    assert process.stderr is not None
    line = process.stderr.readline()
    if " at http://" not in line:
        process.kill()
        raise SystemExit(f"kg serve did not start: {line}{process.stderr.read()}")
    return process, line.split(" at ", 1)[1].split(" ", 1)[0]


def fetch(connection: http.client.HTTPConnection, path: str) -> tuple[int, bytes]:
    connection.request("GET", path, headers={"Accept": "application/sparql-results+json"})
    response = connection.getresponse()
    return response.status, response.read()


def request_mix(url: str) -> list[str]:
    """The paths the clients ask, the parameters taken from the store's own top entities."""
    parts = urllib.parse.urlsplit(url)
    connection = http.client.HTTPConnection(parts.hostname, parts.port, timeout=600)
    status, body = fetch(connection, "/queries/entities")
    if status != 200:
        raise SystemExit(f"the entities query failed: {status} {body[:200]!r}")
    rows = json.loads(body)["results"]["bindings"]
    connection.close()

    def top(classes: tuple[str, ...], count: int) -> list[str]:
        return [row["label"]["value"] for row in rows if row["class"]["value"].endswith(classes)][:count]

    def saved(name: str, **params: str) -> str:
        return f"/queries/{name}" + ("?" + urllib.parse.urlencode(params) if params else "")

    paths = [saved("who-said-what"), saved("entities"), saved("articles"), saved("facts-with-sources")]
    for name in top(("#Person", "#Organization"), ENTITIES):
        paths += [saved("relations-of", ENTITY=name), saved("statements-of", ENTITY=name)]
    for place in top(("#Place", "#Country"), PLACES):
        paths.append(saved("events-in", PLACE=place, FROM="2020", TO="2021"))
    return paths


def client(url: str, paths: list[str], deadline: float, seed: int, tally: Tally) -> None:
    parts = urllib.parse.urlsplit(url)
    chooser = random.Random(seed)
    connection = http.client.HTTPConnection(parts.hostname, parts.port, timeout=120)
    while time.monotonic() < deadline:
        path = chooser.choice(paths)
        started = time.perf_counter()
        try:
            status, body = fetch(connection, path)
            error = None if status == 200 else f"status {status}: {body[:120].decode('utf-8', 'replace').strip()}"
        except (OSError, http.client.HTTPException) as failure:
            error = f"{type(failure).__name__}: {failure}"
            connection.close()
            connection = http.client.HTTPConnection(parts.hostname, parts.port, timeout=120)
        tally.add(path, time.perf_counter() - started, error)
    connection.close()


def percentile(values: list[float], share: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(share * len(ordered)))]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--store", type=Path, default=DEFAULT_STORE, help="the store to serve")
    parser.add_argument("--clients", type=int, default=20, help="concurrent clients (default 20)")
    parser.add_argument("--seconds", type=float, default=60, help="how long they ask (default 60)")
    parser.add_argument("--workers", type=int, default=None, help="kg serve --workers (default: its own)")
    parser.add_argument("--no-cache", action="store_true", help="the server keeps no answers")
    parser.add_argument("--json", type=Path, help="also write the figures here")
    args = parser.parse_args()
    if not (args.store / "oxigraph" / "CURRENT").is_file():
        print(f"no store at {args.store}: kg build ../shared/data/wikinews --store {args.store}", file=sys.stderr)
        return 2

    process, url = start_server(args.store, args.workers, cache=not args.no_cache)
    try:
        paths = request_mix(url)
        tally = Tally()
        deadline = time.monotonic() + args.seconds
        threads = [
            threading.Thread(target=client, args=(url, paths, deadline, seed, tally)) for seed in range(args.clients)
        ]
        started = time.monotonic()
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join(args.seconds + 600)
        elapsed = time.monotonic() - started
    finally:
        os.killpg(process.pid, signal.SIGINT)
        try:
            process.wait(30)
        except subprocess.TimeoutExpired:
            os.killpg(process.pid, signal.SIGKILL)

    lat = tally.latencies
    first = list(tally.first.values())
    figures = {
        "clients": args.clients,
        "seconds": round(elapsed, 1),
        "cache": not args.no_cache,
        "distinct_requests": len(paths),
        "requests": len(lat),
        "throughput_per_s": round(len(lat) / elapsed, 1),
        "median_s": round(statistics.median(lat), 4),
        "p90_s": round(percentile(lat, 0.90), 4),
        "p99_s": round(percentile(lat, 0.99), 4),
        "max_s": round(max(lat), 4),
        "errors": len(tally.errors),
        "first_answers": len(first),
        "first_median_s": round(statistics.median(first), 3) if first else None,
        "first_max_s": round(max(first), 3) if first else None,
    }
    print(
        f"{args.clients} clients, {elapsed:.0f} s, {len(paths)} distinct saved-query requests, "
        f"cache {'on' if figures['cache'] else 'off'}: {figures['requests']} requests, "
        f"{figures['throughput_per_s']}/s; latency median {figures['median_s'] * 1000:.1f} ms, "
        f"p90 {figures['p90_s'] * 1000:.1f} ms, p99 {figures['p99_s'] * 1000:.1f} ms, max {figures['max_s']:.2f} s; "
        f"errors {figures['errors']}; first answer of each request: median {figures['first_median_s']} s, "
        f"max {figures['first_max_s']} s"
    )
    for error in tally.errors[:5]:
        print("  error:", error)
    if args.json:
        args.json.write_text(json.dumps(figures, indent=2) + "\n", encoding="utf-8")
    return 0 if not tally.errors and figures["p99_s"] < 1.0 else 1


if __name__ == "__main__":
    sys.exit(main())
