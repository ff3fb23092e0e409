"""What does the relation component cost per article, against spaCy's own parse?

    .venv/bin/python bench/relations_speed.py [--limit N] [--repeat N] [--profile]

Reads the seed article and the first ``--limit`` (20) Wikinews articles
(../shared/data/wikinews/txt beside the repo), parses them with ``kg.nlp.parse``
(``nlp.pipe``, timed), finds their mentions as a build does (not timed) and times
``kg.relations.relation_claims`` on every sentence as a build calls it with the guards
(``guarded``, :mod:`kg.relations.guards`), at the trained thresholds (``floor`` 0, where the
guards read the most pairs; a default build's news floor reads fewer), the best of ``--repeat`` calls per
sentence (the machine is shared). Prints one JSON object: parse seconds, component
seconds, their ratio, pairs scored and claims made.
"""

from __future__ import annotations

import argparse
import json
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
WIKINEWS = REPO.parent / "shared" / "data" / "wikinews" / "txt"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--limit", type=int, default=20, help="Wikinews articles to read (default 20)")
    parser.add_argument("--repeat", type=int, default=3, help="calls per sentence; the fastest is kept")
    parser.add_argument("--profile", action="store_true", help="print where the component's time goes")
    options = parser.parse_args()

    from kg.extract.mentions import MentionTable, add_sentence_mentions
    from kg.nlp import load_model, parse
    from kg.pipeline import read_articles
    from kg.relations import relation_claims
    from kg.relations.features import candidate_pairs, mention_args
    from kg.relations.model import shipped

    articles, _ = read_articles([REPO / "seeds", *sorted(WIKINEWS.glob("*.txt"))[: options.limit]])
    nlp = load_model()
    shipped()
    began = time.perf_counter()
    parsed = list(parse(nlp, articles))
    parse_seconds = time.perf_counter() - began

    profiler = None
    if options.profile:
        import cProfile

        profiler = cProfile.Profile()
    seconds, sentences, pairs, claims = 0.0, 0, 0, 0
    for article in parsed:
        table = MentionTable()
        for offset, doc in article.docs:
            table.start_doc(offset, doc)
            for sent in doc.sents:
                add_sentence_mentions(table, sent, sentences)
                fastest = float("inf")
                for _ in range(options.repeat):
                    if profiler:
                        profiler.enable()
                    began = time.perf_counter()
                    found = relation_claims(sent, sentences, table, floor=0, guarded=True)
                    fastest = min(fastest, time.perf_counter() - began)
                    if profiler:
                        profiler.disable()
                seconds += fastest
                claims += len(found)
                pairs += len(candidate_pairs(mention_args(sent, sentences, table)))
                sentences += 1
    print(
        json.dumps(
            {
                "articles": len(articles),
                "sentences": sentences,
                "pairs": pairs,
                "claims": claims,
                "parse_seconds": round(parse_seconds, 3),
                "relations_seconds": round(seconds, 4),
                "relations_per_article_ms": round(1000 * seconds / len(articles), 2),
                "ratio_to_parse": round(seconds / parse_seconds, 4),
            }
        )
    )
    if profiler:
        import pstats

        pstats.Stats(profiler).sort_stats("tottime").print_stats(15)


if __name__ == "__main__":
    main()
