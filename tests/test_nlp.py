"""kg.nlp without the trained model: paragraphs, and what an English pipeline leaves out."""

from __future__ import annotations

import pytest
import spacy

from kg.model import Article
from kg.nlp import MIN_LATIN_SHARE, latin_share, parse


@pytest.mark.parametrize(
    "text, share",
    [
        ("Café crème, naïve façade", 1.0),
        ("Одной рукой она покачивала ребенка", 0.0),
        ("Ốc đảo Việt Nam", 1.0),
        ("12 + 7 = 19", 1.0),
        ("Xi said: Одной", 6 / 11),
    ],
)
def test_latin_share(text, share):
    assert latin_share(text) == pytest.approx(share, abs=0.01)


@pytest.mark.model
def test_english_pipeline_makes_no_facts_of_sentences_in_another_script():
    from kg.extract import extract
    from kg.nlp import DEFAULT_MODEL, load_model
    from kg.resolve import resolve_article

    text = (
        "Sergey Markov met Anna Petrova in Moscow. Одной рукой она покачивала ребенка, а другой "
        "держала телефон, сказал Сергей Марков. The two leaders signed the agreement."
    )
    article = Article(id="a", title="t", text=text, source_path="a.txt")
    [parsed] = list(parse(load_model(DEFAULT_MODEL), [article]))
    extraction = extract(parsed)
    assert [s.text[:6] for s in extraction.sentences] == ["Sergey", "The tw"]
    graph = resolve_article(extraction)
    assert all(latin_share(e.label) == 1.0 for e in graph.entities)
    assert all(latin_share(f.sentence.text) >= MIN_LATIN_SHARE for f in graph.facts)
    assert graph.facts  # the English sentences still give facts


def test_parse_keeps_every_paragraph_and_its_offset():
    text = "Sergey said he would not comment.\n\nОдной рукой она покачивала ребенка.\n\nThe end."
    article = Article(id="a", title="t", text=text, source_path="a.txt")
    [parsed] = list(parse(spacy.blank("en"), [article]))
    assert [(start, doc.text) for start, doc in parsed.docs] == [(text.index(p), p) for p in text.split("\n\n")]


def test_an_article_in_another_script_is_skipped_with_why():
    from kg.model import Skipped
    from kg.pipeline import _latin_script

    english = Article(id="en", title="t", text="The talks ended in Geneva on Monday.", source_path="en.txt")
    russian = Article(id="ru", title="t", text="Переговоры завершились в Женеве в понедельник.", source_path="ru.txt")
    skipped: list[Skipped] = []
    assert list(_latin_script([english, russian], "en_core_web_sm", skipped)) == [english]
    assert skipped == [
        Skipped(
            "ru.txt",
            "not English: 0% of its letters are Latin, and en_core_web_sm parses "
            "English (choose a pipeline for its language with --model)",
        )
    ]


@pytest.mark.parametrize(
    "body",
    [
        " ".join(f"Sentence number {i} says little." for i in range(2_000)),  # one line of many sentences
        "word " * 3_000,  # no sentence end at all
        "x" * 12_000,  # one unbroken token
        "He said: “It is done.” " * 700 + "\n\nA short paragraph.",  # quotes after the full stop
    ],
)
def test_over_long_paragraphs_are_cut_into_pieces_that_map_back_to_the_body(body):
    from kg.nlp import MAX_PARAGRAPH_CHARS, paragraphs

    pieces = paragraphs(body)
    assert len(pieces) > 1 and all(0 < len(p.text) <= MAX_PARAGRAPH_CHARS for p in pieces)
    assert all(body[p.start : p.start + len(p.text)] == p.text for p in pieces)
    assert "".join(body[p.start : p.start + len(p.text)] for p in pieces).replace(" ", "") == body.replace(
        " ", ""
    ).replace("\n", "")  # nothing lost between the pieces


def test_pieces_end_at_sentence_ends_where_there_are_some():
    from kg.nlp import paragraphs

    body = " ".join(f"Sentence number {i} says little." for i in range(2_000))
    assert all(p.text.endswith("little.") for p in paragraphs(body))
