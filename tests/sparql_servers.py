"""Real SPARQL servers for the tests and the benchmark, on free loopback ports, always stopped.

    with OxigraphServer(folder) as server: server.url ... server.stop(); server.start()
    with VirtuosoServer(folder) as server: server.url ("http://127.0.0.1:PORT/sparql")

Each waits (bounded) until its endpoint answers a query, and is killed on exit whatever
happened; :func:`virtuoso_missing` says why Virtuoso cannot run here, or None.
"""

from __future__ import annotations

import shutil
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.parse
import urllib.request
from pathlib import Path

__all__ = ["OxigraphServer", "VirtuosoServer", "free_port", "virtuoso_missing"]

#: seconds a server may take to answer its first query, and to stop
START_SECONDS, STOP_SECONDS = 60.0, 20.0


def free_port() -> int:
    """A TCP port on 127.0.0.1 that nothing listens on (the kernel's choice)."""
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def _answers(query_url: str) -> bool:
    url = query_url + "?" + urllib.parse.urlencode({"query": "ASK {}"})
    request = urllib.request.Request(url, headers={"Accept": "application/sparql-results+json"})
    try:
        with urllib.request.urlopen(request, timeout=2) as response:
            return bool(response.status == 200)
    except (OSError, urllib.error.URLError):
        return False


class _Server:
    """A server process started by :meth:`start`, killed by :meth:`stop` (and on exit)."""

    name = "server"

    def __init__(self, folder: Path) -> None:
        self.folder = folder
        self.port = free_port()
        self.process: subprocess.Popen[bytes] | None = None

    @property
    def url(self) -> str:
        raise NotImplementedError

    @property
    def query_url(self) -> str:
        return self.url

    def command(self) -> list[str]:
        raise NotImplementedError

    def start(self) -> None:
        log = open(self.folder / f"{self.name}.log", "ab")  # noqa: SIM115 - the process writes it
        self.process = subprocess.Popen(
            self.command(), cwd=self.folder, stdout=log, stderr=subprocess.STDOUT, stdin=subprocess.DEVNULL
        )
        log.close()
        deadline = time.monotonic() + START_SECONDS
        while not _answers(self.query_url):
            if self.process.poll() is not None or time.monotonic() > deadline:
                self.stop()
                tail = (self.folder / f"{self.name}.log").read_text(errors="replace")[-2000:]
                raise RuntimeError(f"{self.name} did not start on port {self.port}:\n{tail}")
            time.sleep(0.1)
        self.ready()

    def ready(self) -> None:
        """What to do once the endpoint answers (nothing, unless a server needs set-up)."""

    def stop(self) -> None:
        if self.process is None:
            return
        process, self.process = self.process, None
        process.terminate()
        try:
            process.wait(timeout=STOP_SECONDS)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait(timeout=STOP_SECONDS)

    def __enter__(self) -> _Server:
        self.start()
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.stop()


class OxigraphServer(_Server):
    """``oxigraph serve`` (the ``oxigraph`` package's command) on a folder's database."""

    name = "oxigraph"

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    @property
    def query_url(self) -> str:
        return self.url + "/query"

    def command(self) -> list[str]:
        binary = shutil.which("oxigraph") or str(Path(sys.executable).parent / "oxigraph")
        return [binary, "serve", "--location", str(self.folder / "db"), "--bind", f"127.0.0.1:{self.port}"]


#: Virtuoso's configuration: its files in the folder, its two ports free, every result row sent
_VIRTUOSO_INI = """[Database]
DatabaseFile = {folder}/virtuoso.db
ErrorLogFile = {folder}/virtuoso.log
LockFile = {folder}/virtuoso.lck
TransactionFile = {folder}/virtuoso.trx
xa_persistent_file = {folder}/virtuoso.pxa
Striping = 0
[TempDatabase]
DatabaseFile = {folder}/virtuoso-temp.db
TransactionFile = {folder}/virtuoso-temp.trx
[Parameters]
ServerPort = 127.0.0.1:{sql_port}
DisableUnixSocket = 1
NumberOfBuffers = 10000
MaxDirtyBuffers = 6000
DirsAllowed = .
[HTTPServer]
ServerPort = 127.0.0.1:{port}
ServerRoot = {folder}
ServerThreads = 4
EnabledDavVSP = 0
Charset = UTF-8
[SPARQL]
ResultSetMaxRows = 1000000
MaxQueryExecutionTime = 60
"""


def virtuoso_missing() -> str | None:
    """Why Virtuoso cannot run on this machine, or None when it can."""
    for binary in ("virtuoso-t", "isql-vt"):
        if shutil.which(binary) is None:
            return f"{binary} not found: install Debian's virtuoso-opensource (sh scripts/setup.sh --with-browser)"
    return None


class VirtuosoServer(_Server):
    """Debian's Virtuoso (``virtuoso-t``) with a database of its own in the folder; its
    SPARQL endpoint ``/sparql`` is allowed to update (``grant SPARQL_UPDATE``)."""

    name = "virtuoso"

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}/sparql"

    def command(self) -> list[str]:
        ini = self.folder / "virtuoso.ini"
        ini.write_text(_VIRTUOSO_INI.format(folder=self.folder, port=self.port, sql_port=self.sql_port))
        return ["virtuoso-t", "-f", "-c", str(ini)]

    def __init__(self, folder: Path, grant: bool = True) -> None:
        super().__init__(folder)
        self.sql_port = free_port()
        self.grant = grant

    def ready(self) -> None:
        if self.grant:
            self.allow_updates()

    def allow_updates(self) -> None:
        """Let the anonymous SPARQL user update (Virtuoso's default: read only)."""
        subprocess.run(
            ["isql-vt", f"127.0.0.1:{self.sql_port}", "dba", "dba", 'exec=grant SPARQL_UPDATE to "SPARQL";'],
            check=True,
            capture_output=True,
            timeout=STOP_SECONDS,
        )
