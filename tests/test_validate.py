"""kg.validate: the sample conforms to the shapes; a broken copy fails with readable lines."""

from __future__ import annotations

from pathlib import Path

import pytest

from kg.errors import ValidationError
from kg.load import attach_ontology, load_dataset
from kg.validate import validate

SAMPLE = Path(__file__).parent / "data" / "sample.trig"


def test_sample_conforms():
    report = validate(SAMPLE)
    assert report.conforms is True
    assert report.lines == []
    report.raise_if_invalid()


def test_a_queried_dataset_still_conforms():
    assert validate(attach_ontology(load_dataset(SAMPLE))).conforms is True


@pytest.fixture
def broken(tmp_path) -> Path:
    text = SAMPLE.read_text(encoding="utf-8")
    edits = [
        ('kg:confidence 0.9 ; kg:extractor "title"', 'kg:confidence 1.5 ; kg:extractor "title"'),
        ('kg:sentence "Huawei, based in Shenzhen <script>alert(1)</script>, unveiled a \\"phone\\"." ;\n', ""),
        ('schema:headline "Huawei <b>unveils</b> \\"phone\\"" ;', ""),
        (
            "kg:startChar 150 ; kg:endChar 290 ; kg:confidence 0.7",
            "kg:startChar -1 ; kg:endChar 290 ; kg:confidence 0.7",
        ),
        ('id:place\\/beijing a kg:Place ; rdfs:label "Beijing" ;', 'id:place\\/beijing a kg:Place ; rdfs:label "" ;'),
    ]
    for old, new in edits:
        assert old in text, old
        text = text.replace(old, new)
    path = tmp_path / "broken.trig"
    path.write_text(text, encoding="utf-8")
    return path


def test_broken_copy_fails_with_the_right_messages(broken):
    report = validate(broken)
    assert report.conforms is False
    assert report.lines == [
        "article:a2 schema:headline: an article needs exactly one schema:headline, a string",
        "place:beijing rdfs:label: an entity needs exactly one rdfs:label, a non-empty string (value: )",
        "stmt:s3 kg:startChar: a statement needs exactly one kg:startChar, an integer >= 0 (value: -1)",
        "stmt:s7 kg:confidence: a statement needs exactly one kg:confidence, a decimal or double in [0, 1] (value: 1.5)",
        "stmt:s8 kg:sentence: a statement needs exactly one kg:sentence, a non-empty string",
    ]
    with pytest.raises(
        ValidationError, match=r"^graph does not conform to shapes.ttl: article:a2 schema:headline: .* \(and 4 more\)$"
    ):
        report.raise_if_invalid()
