"""Write ``sample.trig`` beside this file: two small articles as kg's RDF stage writes them.

    .venv/bin/python tests/data/make_sample.py          # rewrite tests/data/sample.trig
    .venv/bin/python tests/data/make_sample.py --check  # exit 1 if the file is not what kg writes now

The records are written by hand (no spaCy model): the resolved graph of a Xinhua-style
article on Xi Jinping and Huawei, with the shapes every stage gives (entity keys, one named
graph per article, a statement per fact), and a second article whose headline and place
name hold markup, for the escaping tests. The file is then exactly what ``kg build`` writes
for these records (:func:`kg.export.trig`), so tests that read it test today's shapes.
Run it again whenever the RDF stage changes what it writes.

Not run yet (2026-12-01): ``sample.trig`` is still the hand-written file of kg 0.1's shapes
(``id:a1/event/...`` IRIs, ``stmt:s1`` statements without modality, titles and descriptions
as entity triples). Writing this script's output in its place changes what about 50 tests
across kg.store, kg.query, kg.graph and kg.view expect (counts of quads and rows, statement
IRIs, the event's IRI), so it is to be done with those tests' owners.
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parents[1]))

from kg.export import BuildData, trig  # noqa: E402
from kg.iri import entity_key  # noqa: E402
from kg.model import Article, ArticleGraph, Entity, Fact, Span  # noqa: E402

SAMPLE = HERE / "sample.trig"

TITLE = "Chinese President Xi Jinping on Monday called for robust efforts to improve homegrown innovation capabilities."
VENUE = (
    "At a symposium on economic and social work in Beijing, the Chinese president also stressed that China "
    "should continue to adhere to open innovation."
)
TENSIONS = "The symposium came as tensions between China and the US continue to escalate."
CRACKDOWN = (
    TENSIONS[:-1] + ", with the latter constantly stepping up its crackdowns on Chinese tech companies from "
    "telecom giant Huawei to TikTok."
)
LAB = 'Huawei, based in Shenzhen <script>alert(1)</script>, unveiled a "phone".'


def _span(text: str, sentence: str) -> Span:
    start = text.index(sentence)
    return Span(start, start + len(sentence), sentence)


def _entity(cls: str, label: str, scope: str | None = None, **more) -> Entity:
    return Entity(entity_key(cls, label, scope), cls, label, scope=scope, **more)


def first_article() -> ArticleGraph:
    text = " ".join((TITLE, VENUE, CRACKDOWN))
    article = Article("a1", "Xi urges breakthroughs", text, "seeds/a1.txt", date="2020-08-24", publisher="Global Times")
    xi = _entity("Person", "Xi Jinping", aliases=("Xi", "the Chinese president"), titles=("President",))
    china, us = _entity("Country", "China"), _entity("Country", "United States", aliases=("US",))
    huawei = _entity("Organization", "Huawei", descriptors=("telecom giant",))
    beijing = _entity("Place", "Beijing")
    symposium = _entity("Event", "symposium on economic and social work", scope="a1")
    title, venue, crackdown = (_span(text, s) for s in (TITLE, VENUE, CRACKDOWN))
    tensions = Span(crackdown.start, crackdown.start + len(TENSIONS), TENSIONS)

    def fact(subject, predicate, label, obj, sentence, confidence, extractor, literal=None):
        return Fact(
            subject.key, predicate, label, obj.key if obj else None, literal, "a1", sentence, confidence, extractor
        )

    facts = (
        fact(xi, "nationality", "nationality", china, title, 0.9, "title"),
        fact(xi, "holdsPosition", "holds position", None, title, 0.9, "title", literal="President"),
        fact(
            xi,
            "calledFor",
            "called for",
            None,
            title,
            0.9,
            "clause",
            literal="robust efforts to improve homegrown innovation capabilities",
        ),
        fact(xi, "spokeAt", "spoke at", symposium, venue, 0.8, "speech-venue"),
        fact(symposium, "heldIn", "held in", beijing, venue, 0.7, "event-place"),
        fact(china, "tensionsWith", "tensions with", us, tensions, 0.7, "relational-noun"),
        fact(us, "", "steps up crackdowns on", huawei, crackdown, 0.6, "clause"),
        fact(us, "targets", "targets", huawei, crackdown, 0.6, "clause"),
        fact(huawei, "isA", "is a", None, crackdown, 0.6, "appositive", literal="telecom giant"),
    )
    return ArticleGraph(article, (xi, china, us, huawei, beijing, symposium), facts)


def second_article() -> ArticleGraph:
    article = Article("a2", 'Huawei <b>unveils</b> "phone"', LAB, "seeds/a2.jsonl")
    huawei = _entity("Organization", "Huawei")
    shenzhen = _entity("Place", "Shenzhen <script>alert(1)</script>")
    located = Fact(huawei.key, "locatedIn", "located in", shenzhen.key, None, "a2", _span(LAB, LAB), 0.75, "clause")
    return ArticleGraph(article, (huawei, shenzhen), (located,))


def sample_bytes() -> bytes:
    return trig(BuildData.of([first_article(), second_article()], []))


def main(argv: list[str]) -> int:
    data = sample_bytes()
    if "--check" in argv:
        if SAMPLE.read_bytes() != data:
            print(f"{SAMPLE} is not what kg writes now: run {Path(__file__).name} again", file=sys.stderr)
            return 1
        return 0
    SAMPLE.write_bytes(data)
    print(f"wrote {SAMPLE} ({len(data):,} bytes)")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
