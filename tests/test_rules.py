"""kg.extract.rules: the registry of extraction rules, and each rule on its own.

Every rule is checked on hand-made parses (what en_core_web_sm gives, hard-coded) of
sentences written for these tests, not taken from the seed: only the claims carrying the
rule's own extractor names are compared, so each test is about one rule.
"""

from __future__ import annotations

import re

import pytest
from test_extract import BANKS_RANGE, EXPERTS_LIKE, OFFICE_PATH
from test_modality import ACCORDING, ASKED_TO, BY_NO_MEANS, OFFICIALS_SAID, PRESSED_TO, REFUSED_TO

from kg.extract import extract
from kg.extract.rules import SCOPES, Registry, confidence, registry, settings, window
from kg.model import Article
from kg.nlp import ParsedArticle

from docs import Parse, make_doc

CASTEX = Parse(
    "French Prime Minister Jean Castex visited Lyon.",
    words=["French", "Prime", "Minister", "Jean", "Castex", "visited", "Lyon", "."],
    heads=[2, 2, 4, 4, 5, 5, 5, 5],
    deps=["amod", "compound", "compound", "compound", "nsubj", "ROOT", "dobj", "punct"],
    pos=["ADJ", "PROPN", "PROPN", "PROPN", "PROPN", "VERB", "PROPN", "PUNCT"],
    tags=["JJ", "NNP", "NNP", "NNP", "NNP", "VBD", "NNP", "."],
    lemmas=["french", "Prime", "Minister", "Jean", "Castex", "visit", "Lyon", "."],
    ents=[("NORP", 0, 1), ("PERSON", 3, 5), ("PERSON", 6, 7)],
)
NOKIA = Parse(
    "Nokia, a Finnish phone maker, cut jobs.",
    words=["Nokia", ",", "a", "Finnish", "phone", "maker", ",", "cut", "jobs", "."],
    heads=[7, 0, 5, 5, 5, 0, 0, 7, 7, 7],
    deps=["nsubj", "punct", "det", "amod", "compound", "appos", "punct", "ROOT", "dobj", "punct"],
    pos=["PROPN", "PUNCT", "DET", "ADJ", "NOUN", "NOUN", "PUNCT", "VERB", "NOUN", "PUNCT"],
    tags=["NNP", ",", "DT", "JJ", "NN", "NN", ",", "VBN", "NNS", "."],
    lemmas=["Nokia", ",", "a", "finnish", "phone", "maker", ",", "cut", "job", "."],
    ents=[("ORG", 0, 1), ("NORP", 3, 4)],
)
SICHUAN = Parse(
    "Officials toured Southwest China's Sichuan Province.",
    words=["Officials", "toured", "Southwest", "China", "'s", "Sichuan", "Province", "."],
    heads=[1, 1, 3, 6, 3, 6, 1, 1],
    deps=["nsubj", "ROOT", "compound", "poss", "case", "compound", "dobj", "punct"],
    pos=["NOUN", "VERB", "PROPN", "PROPN", "PART", "PROPN", "PROPN", "PUNCT"],
    tags=["NNS", "VBD", "NNP", "NNP", "POS", "NNP", "NNP", "."],
    lemmas=["official", "tour", "Southwest", "China", "'s", "Sichuan", "Province", "."],
    ents=[("LOC", 2, 5), ("GPE", 5, 7)],
)
GENEVA_SUMMIT = Parse(
    "The summit on Tuesday in Geneva ended early.",
    words=["The", "summit", "on", "Tuesday", "in", "Geneva", "ended", "early", "."],
    heads=[1, 6, 1, 2, 1, 4, 6, 6, 6],
    deps=["det", "nsubj", "prep", "pobj", "prep", "pobj", "ROOT", "advmod", "punct"],
    pos=["DET", "NOUN", "ADP", "PROPN", "ADP", "PROPN", "VERB", "ADV", "PUNCT"],
    tags=["DT", "NN", "IN", "NNP", "IN", "NNP", "VBD", "RB", "."],
    lemmas=["the", "summit", "on", "Tuesday", "in", "Geneva", "end", "early", "."],
    ents=[("DATE", 3, 4), ("GPE", 5, 6)],
)
RIVALRY = Parse(
    "The rivalry between India and Pakistan grew.",
    words=["The", "rivalry", "between", "India", "and", "Pakistan", "grew", "."],
    heads=[1, 6, 1, 2, 3, 3, 6, 6],
    deps=["det", "nsubj", "prep", "pobj", "cc", "conj", "ROOT", "punct"],
    pos=["DET", "NOUN", "ADP", "PROPN", "CCONJ", "PROPN", "VERB", "PUNCT"],
    tags=["DT", "NN", "IN", "NNP", "CC", "NNP", "VBD", "."],
    lemmas=["the", "rivalry", "between", "India", "and", "Pakistan", "grow", "."],
    ents=[("GPE", 3, 4), ("GPE", 5, 6)],
)
TOYOTA_PLANS = Parse(
    "Toyota announced plans, including the opening of a plant.",
    words=["Toyota", "announced", "plans", ",", "including", "the", "opening", "of", "a", "plant", "."],
    heads=[1, 1, 1, 2, 2, 6, 4, 6, 9, 7, 1],
    deps=["nsubj", "ROOT", "dobj", "punct", "prep", "det", "pobj", "prep", "det", "pobj", "punct"],
    pos=["PROPN", "VERB", "NOUN", "PUNCT", "VERB", "DET", "NOUN", "ADP", "DET", "NOUN", "PUNCT"],
    tags=["NNP", "VBD", "NNS", ",", "VBG", "DT", "NN", "IN", "DT", "NN", "."],
    lemmas=["Toyota", "announce", "plan", ",", "include", "the", "opening", "of", "a", "plant", "."],
    ents=[("ORG", 0, 1)],
)
SAID_AT_CONFERENCE = Parse(
    "The minister said at the conference that taxes will rise.",
    words=["The", "minister", "said", "at", "the", "conference", "that", "taxes", "will", "rise", "."],
    heads=[1, 2, 2, 2, 5, 3, 9, 9, 9, 2, 2],
    deps=["det", "nsubj", "ROOT", "prep", "det", "pobj", "mark", "nsubj", "aux", "ccomp", "punct"],
    pos=["DET", "NOUN", "VERB", "ADP", "DET", "NOUN", "PRON", "NOUN", "AUX", "VERB", "PUNCT"],
    tags=["DT", "NN", "VBD", "IN", "DT", "NN", "WDT", "NNS", "MD", "VB", "."],
    lemmas=["the", "minister", "say", "at", "the", "conference", "that", "taxis", "will", "rise", "."],
    ents=[],
)
MADRID = Parse(
    "Madrid is the capital of Spain.",
    words=["Madrid", "is", "the", "capital", "of", "Spain", "."],
    heads=[1, 1, 3, 1, 3, 4, 1],
    deps=["nsubj", "ROOT", "det", "attr", "prep", "pobj", "punct"],
    pos=["PROPN", "AUX", "DET", "NOUN", "ADP", "PROPN", "PUNCT"],
    tags=["NNP", "VBZ", "DT", "NN", "IN", "NNP", "."],
    lemmas=["Madrid", "be", "the", "capital", "of", "Spain", "."],
    ents=[("GPE", 0, 1), ("GPE", 5, 6)],
)
FORD = Parse(
    "Ford built a factory near Detroit for Toyota.",
    words=["Ford", "built", "a", "factory", "near", "Detroit", "for", "Toyota", "."],
    heads=[1, 1, 3, 1, 3, 4, 1, 6, 1],
    deps=["nsubj", "ROOT", "det", "dobj", "prep", "pobj", "prep", "pobj", "punct"],
    pos=["PROPN", "VERB", "DET", "NOUN", "ADP", "PROPN", "ADP", "PROPN", "PUNCT"],
    tags=["NNP", "VBD", "DT", "NN", "IN", "NNP", "IN", "NNP", "."],
    lemmas=["Ford", "build", "a", "factory", "near", "Detroit", "for", "Toyota", "."],
    ents=[("ORG", 0, 1), ("GPE", 5, 6), ("ORG", 7, 8)],
)

MACRON_VISIT = Parse(
    "Macron's visit to Beijing ended on Friday.",
    words=["Macron", "'s", "visit", "to", "Beijing", "ended", "on", "Friday", "."],
    heads=[2, 0, 5, 2, 3, 5, 5, 6, 5],
    deps=["poss", "case", "nsubj", "prep", "pobj", "ROOT", "prep", "pobj", "punct"],
    pos=["PROPN", "PART", "NOUN", "ADP", "PROPN", "VERB", "ADP", "PROPN", "PUNCT"],
    tags=["NNP", "POS", "NN", "IN", "NNP", "VBD", "IN", "NNP", "."],
    lemmas=["Macron", "'s", "visit", "to", "Beijing", "end", "on", "Friday", "."],
    ents=[("PERSON", 0, 1), ("GPE", 4, 5), ("DATE", 7, 8)],
)
TRIP_DURING = Parse(
    "The minister began a three-day trip to Kenya, during which she met President Ruto.",
    words=[
        "The",
        "minister",
        "began",
        "a",
        "three",
        "-",
        "day",
        "trip",
        "to",
        "Kenya",
        ",",
        "during",
        "which",
        "she",
        "met",
        "President",
        "Ruto",
        ".",
    ],
    heads=[1, 2, 2, 7, 6, 6, 7, 2, 7, 8, 7, 14, 11, 14, 7, 16, 14, 2],
    deps=[
        "det",
        "nsubj",
        "ROOT",
        "det",
        "nummod",
        "punct",
        "compound",
        "dobj",
        "prep",
        "pobj",
        "punct",
        "prep",
        "pobj",
        "nsubj",
        "relcl",
        "compound",
        "dobj",
        "punct",
    ],
    pos=[
        "DET",
        "NOUN",
        "VERB",
        "DET",
        "NUM",
        "PUNCT",
        "NOUN",
        "NOUN",
        "ADP",
        "PROPN",
        "PUNCT",
        "ADP",
        "PRON",
        "PRON",
        "VERB",
        "PROPN",
        "PROPN",
        "PUNCT",
    ],
    tags=[
        "DT",
        "NN",
        "VBD",
        "DT",
        "CD",
        "HYPH",
        "NN",
        "NN",
        "IN",
        "NNP",
        ",",
        "IN",
        "WDT",
        "PRP",
        "VBD",
        "NNP",
        "NNP",
        ".",
    ],
    lemmas=[
        "the",
        "minister",
        "begin",
        "a",
        "three",
        "-",
        "day",
        "trip",
        "to",
        "Kenya",
        ",",
        "during",
        "which",
        "she",
        "meet",
        "President",
        "Ruto",
        ".",
    ],
    ents=[("DATE", 4, 7), ("GPE", 9, 10)],
)
VISIT_CANCELLED = Parse(
    "Macron cancelled his visit to Beijing.",
    words=["Macron", "cancelled", "his", "visit", "to", "Beijing", "."],
    heads=[1, 1, 3, 1, 3, 4, 1],
    deps=["nsubj", "ROOT", "poss", "dobj", "prep", "pobj", "punct"],
    pos=["PROPN", "VERB", "PRON", "NOUN", "ADP", "PROPN", "PUNCT"],
    tags=["NNP", "VBD", "PRP$", "NN", "IN", "NNP", "."],
    lemmas=["Macron", "cancel", "his", "visit", "to", "Beijing", "."],
    ents=[("PERSON", 0, 1), ("GPE", 5, 6)],
)


BREXIT_NO_MEANS = Parse(
    "Brexit is by no means a victory for Britain.",
    words=["Brexit", "is", "by", "no", "means", "a", "victory", "for", "Britain", "."],
    heads=[1, 1, 1, 4, 2, 6, 1, 6, 7, 1],
    deps=["nsubj", "ROOT", "prep", "det", "pobj", "det", "attr", "prep", "pobj", "punct"],
    pos=["PROPN", "AUX", "ADP", "DET", "NOUN", "DET", "NOUN", "ADP", "PROPN", "PUNCT"],
    tags=["NNP", "VBZ", "IN", "DT", "NNS", "DT", "NN", "IN", "NNP", "."],
    lemmas=["Brexit", "be", "by", "no", "mean", "a", "victory", "for", "Britain", "."],
    ents=[("PERSON", 0, 1), ("GPE", 8, 9)],
)


def rule_claims(name: str, *sentences: Parse) -> set[tuple]:
    """(subject, predicate or ~label, object or literal, extractor, modality) of one rule's claims."""
    text = " ".join(s.text for s in sentences)
    extraction = extract(ParsedArticle(Article("r1", "T", text, "r1.txt"), [(0, make_doc(*sentences))]))
    label = {m.id: re.sub(r"^(the|a|an) ", "", m.label, flags=re.IGNORECASE) for m in extraction.mentions}
    emits = registry.get(name).emits
    return {
        (
            label[c.subject],
            c.predicate or f"~{c.label}",
            label[c.obj] if c.obj is not None else c.literal,
            c.extractor,
            c.modality,
        )
        for c in extraction.claims
        if c.extractor in emits
    }


@pytest.mark.parametrize(
    "name, parse, expected",
    [
        (
            "title",
            CASTEX,
            {
                ("Jean Castex", "holdsPosition", "Prime Minister", "title", "asserted"),
                ("Jean Castex", "leaderOf", "France", "title", "asserted"),
            },
        ),
        ("affiliation", CASTEX, {("Jean Castex", "nationality", "France", "affiliation", "asserted")}),
        ("descriptor", EXPERTS_LIKE, {("Noam Chomsky", "isA", "political analyst", "descriptor", "asserted")}),
        (
            "possessive-place",
            SICHUAN,
            {("Sichuan Province", "locatedIn", "Southwest China", "possessive-place", "asserted")},
        ),
        ("apposition", NOKIA, {("Nokia", "isA", "Finnish phone maker", "apposition", "asserted")}),
        (
            "event-place",
            GENEVA_SUMMIT,
            {
                ("summit", "heldIn", "Geneva", "event-place", "asserted"),
                ("summit", "onDate", "Tuesday", "event-date", "asserted"),
            },
        ),
        (
            "enumeration",
            BANKS_RANGE,
            {
                ("Sberbank", "isA", "bank", "enumeration", "asserted"),
                ("VTB", "isA", "bank", "enumeration", "asserted"),
                ("Sberbank", "nationality", "Russia", "enumeration", "asserted"),
                ("VTB", "nationality", "Russia", "enumeration", "asserted"),
            },
        ),
        ("enumeration", OFFICE_PATH, set()),
        ("relational-noun", RIVALRY, {("India", "tensionsWith", "Pakistan", "relational-noun", "asserted")}),
        ("visit-noun", MACRON_VISIT, {("Macron", "visited", "Beijing", "visit-noun", "asserted")}),
        ("visit-noun", TRIP_DURING, {("she", "visited", "Kenya", "visit-noun", "asserted")}),
        ("visit-noun", VISIT_CANCELLED, {("his", "visited", "Beijing", "visit-noun", "negated")}),
        ("nominal-event", TOYOTA_PLANS, {("Toyota", "~opening", "plant", "nominal-event", "reported")}),
        (
            "speech",
            SAID_AT_CONFERENCE,
            {
                ("minister", "said", "taxes will rise", "speech", "asserted"),
                ("minister", "spokeAt", "conference", "speech-venue", "asserted"),
            },
        ),
        ("speech", OFFICIALS_SAID, {("Officials", "said", "the fire destroyed the warehouse", "speech", "asserted")}),
        (
            "attribution",
            ACCORDING,
            {("Financial Times", "reported", "The plant closed its gates", "attribution", "asserted")},
        ),
        ("copula", MADRID, {("Madrid", "isA", "capital of Spain", "copula", "asserted")}),
        ("copula", BREXIT_NO_MEANS, {("Brexit", "isA", "victory for Britain", "copula", "negated")}),
        # a description of an unnamed thing ("the deal is by no means a victory") tells a reader little
        ("copula", BY_NO_MEANS, set()),
        ("request", ASKED_TO, {("mayor", "~ask", "leave their homes", "request", "asserted")}),
        ("request", PRESSED_TO, {("Campaigners", "~press", "close the mine", "request", "asserted")}),
        ("request", REFUSED_TO, {("bank", "~refuse", "lend the money", "refusal", "asserted")}),
        (
            "clause",
            FORD,
            {
                ("Ford", "~build", "factory near Detroit", "clause", "asserted"),
                ("Ford", "~build factory for", "Toyota", "clause-prep", "asserted"),
            },
        ),
        ("clause", OFFICIALS_SAID, {("fire", "~destroy", "warehouse", "clause", "reported")}),
    ],
)
def test_each_rule_on_a_paraphrase(name, parse, expected):
    assert rule_claims(name, parse) == expected


def test_every_extractor_has_one_rule_and_one_confidence():
    extractors = registry.extractors()
    assert len(extractors) == len(set(extractors))
    assert set(extractors) == {name for kind, name in settings() if kind == "confidence"}
    assert all(0 < confidence(e) <= 1 for e in extractors)
    assert {rule.scope for rule in map(registry.get, registry.names())} <= set(SCOPES)


def test_windows_are_data():
    assert window("name-modifiers") == 12 and window("nominal-agent") == 8 and window("nominal-object") == 3


def test_the_registry_refuses_a_second_rule_of_one_name_or_an_unknown_scope():
    local = Registry()

    @local.register("one", "clause", also=("one-variant",))
    def one(builder, clause, sentence):  # pragma: no cover - never run
        pass

    assert local.get("one").func is one and local.get("one").emits == ("one", "one-variant")
    with pytest.raises(ValueError, match="registered twice"):
        local.register("one-variant", "noun")(one)
    with pytest.raises(ValueError, match="scope"):
        local.register("two", "paragraph")
    with pytest.raises(KeyError, match="no extraction rule named"):
        local.get("three")


def test_a_rule_measured_on_enough_claims_gets_its_precision_the_others_their_prior():
    from kg.extract.rules import measured
    from kg.vocab import MODALITIES

    least = settings()["calibration", "min-claims"]
    for (extractor, modality), (right, made) in measured().items():
        assert extractor in registry.extractors() and modality in MODALITIES and 0 <= right <= made
        if made >= least:
            assert confidence(extractor, modality) == round(right / made, 3)
        else:
            assert confidence(extractor, modality) == settings()["confidence", extractor]
    assert confidence("request", "conditional") == settings()["confidence", "request"]  # never measured


def test_the_precision_table_is_written_with_the_command_that_recomputes_it(tmp_path):
    from kg.extract.calibrate import write

    path = tmp_path / "precision.tsv"
    write({("clause", "asserted"): (3, 4), ("speech", "reported"): (1, 2)}, path, "python -m kg.extract.calibrate ...")
    lines = path.read_text(encoding="utf-8").splitlines()
    assert lines[1] == "# Recompute: python -m kg.extract.calibrate ..."
    assert lines[3:] == ["clause\tasserted\t3\t4\t0.750", "speech\treported\t1\t2\t0.500"]
