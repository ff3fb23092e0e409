"""Write ``sample.trig`` beside this file: two small articles as kg's RDF stage writes them.

    .venv/bin/python tests/data/make_sample.py          # rewrite tests/data/sample.trig
    .venv/bin/python tests/data/make_sample.py --check  # exit 1 if the file is not what kg writes now

The records are written by hand (no spaCy model): the resolved graph of a Xinhua-style
article on Xi Jinping and Huawei, with the shapes every stage gives (entity keys, one named
graph per article, a statement per fact with its modality, a time qualifier, the links of
its places), and a second article whose headline and place name hold markup, for the
escaping tests. The file is then exactly what ``kg build`` writes for these records
(:func:`kg.export.trig`), so tests that read it test today's shapes; ``tests/graph_sample.py``
derives their expectations from the records here, and ``tests/test_sample_data.py`` fails
when the file and the RDF stage part. Run it again whenever the RDF stage changes what it
writes.
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parents[1]))

from kg.export import BuildData, trig  # noqa: E402
from kg.iri import entity_key  # noqa: E402
from kg.model import Article, ArticleGraph, Entity, Fact, Span, TimeValue  # noqa: E402

SAMPLE = HERE / "sample.trig"

TITLE = "Chinese President Xi Jinping on Monday called for robust efforts to improve homegrown innovation capabilities."
VENUE = (
    "At a symposium on economic and social work in Beijing, the Chinese president also stressed that China "
    "should continue to adhere to open innovation."
)
CRACKDOWN = (
    "The symposium came as tensions between China and the US continue to escalate, with the latter constantly "
    "stepping up its crackdowns on Chinese tech companies from telecom giant Huawei to TikTok."
)
LAB = 'Huawei, based in Shenzhen <script>alert(1)</script>, unveiled a "phone".'
TEXT = " ".join((TITLE, VENUE, CRACKDOWN))
#: "on Monday" in the title, resolved against the article's date (a Monday)
MONDAY = TimeValue("on Monday", "2020-08-24", "date", "2020-08-24", "2020-08-24")


def _entity(cls: str, label: str, scope: str | None = None, **more) -> Entity:
    return Entity(entity_key(cls, label, scope), cls, label, scope=scope, **more)


XI = _entity("Person", "Xi Jinping", aliases=("Xi", "the Chinese president"), titles=("President",))
CHINA = _entity("Country", "China")
US = _entity("Country", "United States", aliases=("US",))
HUAWEI = _entity("Organization", "Huawei", descriptors=("telecom giant",))
BEIJING = _entity("Place", "Beijing")
SYMPOSIUM = _entity("Event", "symposium on economic and social work", scope="a1")
HUAWEI_A2 = _entity("Organization", "Huawei")
SHENZHEN = _entity("Place", "Shenzhen <script>alert(1)</script>")

A1 = Article("a1", "Xi urges breakthroughs", TEXT, "seeds/a1.txt", date="2020-08-24", publisher="Global Times")
A2 = Article("a2", 'Huawei <b>unveils</b> "phone"', LAB, "seeds/a2.jsonl")


def _span(text: str, sentence: str) -> Span:
    start = text.index(sentence)
    return Span(start, start + len(sentence), sentence)


def _fact(subject, predicate, label, obj, sentence, confidence, extractor, literal=None, **more) -> Fact:
    """A fact of the first article; ``obj`` an entity or None for ``literal``."""
    span = _span(TEXT, sentence)
    obj_key = obj.key if obj else None
    return Fact(subject.key, predicate, label, obj_key, literal, "a1", span, confidence, extractor, **more)


FACTS_A1 = (
    _fact(XI, "nationality", "nationality", CHINA, TITLE, 0.9, "title"),
    _fact(XI, "holdsPosition", "holds position", None, TITLE, 0.9, "title", literal="President"),
    _fact(
        XI,
        "calledFor",
        "called for",
        None,
        TITLE,
        0.9,
        "clause",
        literal="robust efforts to improve homegrown innovation capabilities",
        time=MONDAY,
    ),
    _fact(XI, "spokeAt", "spoke at", SYMPOSIUM, VENUE, 0.8, "speech-venue"),
    _fact(SYMPOSIUM, "heldIn", "held in", BEIJING, VENUE, 0.7, "event-place"),
    _fact(CHINA, "tensionsWith", "tensions with", US, CRACKDOWN, 0.7, "relational-noun"),
    _fact(US, "", "steps up crackdowns on", HUAWEI, CRACKDOWN, 0.6, "clause"),
    _fact(US, "targets", "targets", HUAWEI, CRACKDOWN, 0.6, "clause"),
    _fact(HUAWEI, "isA", "is a", None, CRACKDOWN, 0.6, "appositive", literal="telecom giant"),
)
FACTS_A2 = (Fact(HUAWEI_A2.key, "locatedIn", "located in", SHENZHEN.key, None, "a2", _span(LAB, LAB), 0.75, "clause"),)


def first_article() -> ArticleGraph:
    """Xi Jinping at a symposium in Beijing; the US and Huawei: nine facts, one open predicate."""
    return ArticleGraph(A1, (XI, CHINA, US, HUAWEI, BEIJING, SYMPOSIUM), FACTS_A1)


def second_article() -> ArticleGraph:
    """Huawei in a Shenzhen whose name, like the headline, holds markup; no date, no publisher."""
    return ArticleGraph(A2, (HUAWEI_A2, SHENZHEN), FACTS_A2)


def sample_graphs() -> list[ArticleGraph]:
    """The records the sample is written from, in article order."""
    return [first_article(), second_article()]


def sample_bytes() -> bytes:
    """``sample.trig`` as the RDF stage writes it today."""
    return trig(BuildData.of(sample_graphs(), []))


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
