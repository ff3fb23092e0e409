"""kg.nlp without the trained model: paragraphs, and what an English pipeline leaves out."""

from __future__ import annotations

import pytest
import spacy

from kg.model import Article
from kg.nlp import MIN_LATIN_SHARE, latin_share, parse


@pytest.mark.parametrize("text, share", [
    ("Café crème, naïve façade", 1.0),
    ("Одной рукой она покачивала ребенка", 0.0),
    ("Ốc đảo Việt Nam", 1.0),
    ("12 + 7 = 19", 1.0),
    ("Xi said: Одной", 6 / 11),
])
def test_latin_share(text, share):
    assert latin_share(text) == pytest.approx(share, abs=0.01)


def test_english_pipeline_leaves_out_paragraphs_in_another_script():
    text = ("Sergey said he would not comment.\n\n"
            "Одной рукой она покачивала ребенка, а другой держала телефон.\n\n"
            "The maintainers said the script would return.")
    article = Article(id="a", title="t", text=text, source_path="a.txt")
    [parsed] = list(parse(spacy.blank("en"), [article]))
    starts = [start for start, _ in parsed.docs]
    assert starts == [0, text.index("The maintainers")]
    assert all(latin_share(doc.text) >= MIN_LATIN_SHARE for _, doc in parsed.docs)


def test_other_pipelines_read_every_paragraph():
    text = "Одной рукой она покачивала ребенка.\n\nА другой держала телефон."
    article = Article(id="a", title="t", text=text, source_path="a.txt")
    [parsed] = list(parse(spacy.blank("ru"), [article]))
    assert [doc.text for _, doc in parsed.docs] == text.split("\n\n")
