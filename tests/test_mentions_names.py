"""kg.extract.mentions: names by evidence on hand-built Docs (no model)."""

from __future__ import annotations

from kg.extract.mentions import MentionTable, add_sentence_mentions, phrase_text, phrase_tokens
from kg.extract.table import _head_phrase

from docs import Parse, make_doc

DEAN_OF = Parse(
    "Conyers earned the distinction of Dean of the House of Representatives.",
    words=["Conyers", "earned", "the", "distinction", "of", "Dean", "of", "the", "House", "of", "Representatives", "."],
    heads=[1, 1, 3, 1, 3, 4, 5, 8, 6, 8, 9, 1],
    deps=["nsubj", "ROOT", "det", "dobj", "prep", "pobj", "prep", "det", "pobj", "prep", "pobj", "punct"],
    pos=["NOUN", "VERB", "DET", "NOUN", "ADP", "PROPN", "ADP", "DET", "PROPN", "ADP", "PROPN", "PUNCT"],
    tags=["NNS", "VBD", "DT", "NN", "IN", "NNP", "IN", "DT", "NNP", "IN", "NNPS", "."],
    lemmas=["conyer", "earn", "the", "distinction", "of", "Dean", "of", "the", "House", "of", "Representatives", "."],
    ents=[("PERSON", 5, 6), ("ORG", 7, 11)],
)


def mentions(*parses: Parse):
    doc = make_doc(*parses)
    table = MentionTable()
    table.start_doc(0, doc)
    for index, sent in enumerate(doc.sents):
        add_sentence_mentions(table, sent, index)
    return [(m.kind, m.cls, m.label, m.titles, m.descriptors) for m in table.mentions if m.kind == "name"]


def test_an_honorific_before_an_untagged_proper_noun_names_a_person():
    parse = Parse(
        "Mr Okafor fired twice.",
        words=["Mr", "Okafor", "fired", "twice", "."],
        heads=[1, 2, 2, 2, 2],
        deps=["compound", "nsubj", "ROOT", "advmod", "punct"],
        pos=["PROPN", "PROPN", "VERB", "ADV", "PUNCT"],
        tags=["NNP", "NNP", "VBD", "RB", "."],
        lemmas=["Mr", "Okafor", "fire", "twice", "."],
    )
    assert mentions(parse) == [("name", "Person", "Okafor", (), ())]


def test_an_honorific_inside_a_tagged_name_is_neither_title_nor_kind():
    parse = Parse(
        "Ms. Dunmore left.",
        words=["Ms.", "Dunmore", "left", "."],
        heads=[1, 2, 2, 2],
        deps=["compound", "nsubj", "ROOT", "punct"],
        pos=["PROPN", "PROPN", "VERB", "PUNCT"],
        tags=["NNP", "NNP", "VBD", "."],
        lemmas=["Ms.", "Dunmore", "leave", "."],
        ents=[("PERSON", 0, 2)],
    )
    assert mentions(parse) == [("name", "Person", "Dunmore", (), ())]


def test_a_club_tagged_as_a_person_is_an_organisation_by_its_name():
    parse = Parse(
        "Ridgeway Town FC won.",
        words=["Ridgeway", "Town", "FC", "won", "."],
        heads=[2, 2, 3, 3, 3],
        deps=["compound", "compound", "nsubj", "ROOT", "punct"],
        pos=["PROPN", "PROPN", "PROPN", "VERB", "PUNCT"],
        tags=["NNP", "NNP", "NNP", "VBD", "."],
        lemmas=["Ridgeway", "Town", "FC", "win", "."],
        ents=[("PERSON", 0, 3)],
    )
    assert mentions(parse) == [("name", "Organization", "Ridgeway Town FC", (), ())]


def test_the_possessor_before_a_tagged_person_is_not_part_of_the_name():
    parse = Parse(
        "Norway's King Olav spoke.",
        words=["Norway", "'s", "King", "Olav", "spoke", "."],
        heads=[3, 0, 3, 4, 4, 4],
        deps=["poss", "case", "compound", "nsubj", "ROOT", "punct"],
        pos=["PROPN", "PART", "PROPN", "PROPN", "VERB", "PUNCT"],
        tags=["NNP", "POS", "NNP", "NNP", "VBD", "."],
        lemmas=["Norway", "'s", "King", "Olav", "speak", "."],
        ents=[("PERSON", 0, 4)],
    )
    assert [label for _, _, label, _, _ in mentions(parse)] == ["Olav"]


def test_a_title_before_an_untagged_proper_noun_names_a_person_holding_it():
    parse = Parse(
        "Queen Sonja II spoke.",
        words=["Queen", "Sonja", "II", "spoke", "."],
        heads=[2, 2, 3, 3, 3],
        deps=["compound", "compound", "nsubj", "ROOT", "punct"],
        pos=["PROPN", "PROPN", "PROPN", "VERB", "PUNCT"],
        tags=["NNP", "NNP", "NNP", "VBD", "."],
        lemmas=["Queen", "Sonja", "II", "speak", "."],
    )
    assert mentions(parse) == [("name", "Person", "Sonja II", ("Queen",), ())]


def test_the_people_of_a_place_named_before_are_a_group():
    place = Parse(
        "Alaska voted.",
        words=["Alaska", "voted", "."],
        heads=[1, 1, 1],
        deps=["nsubj", "ROOT", "punct"],
        pos=["PROPN", "VERB", "PUNCT"],
        tags=["NNP", "VBD", "."],
        lemmas=["Alaska", "vote", "."],
        ents=[("GPE", 0, 1)],
    )
    people = Parse(
        "Alaskans cheered.",
        words=["Alaskans", "cheered", "."],
        heads=[1, 1, 1],
        deps=["nsubj", "ROOT", "punct"],
        pos=["PROPN", "VERB", "PUNCT"],
        tags=["NNPS", "VBD", "."],
        lemmas=["Alaskans", "cheer", "."],
        ents=[("ORG", 0, 1)],
    )
    doc = make_doc(place, people)
    table = MentionTable()
    table.start_doc(0, doc)
    for index, sent in enumerate(doc.sents):
        add_sentence_mentions(table, sent, index)
    assert [(m.label, m.cls) for m in table.mentions] == [("Alaska", "Place"), ("Alaskans", "Group")]


def test_a_tagged_name_without_a_capital_is_not_a_name():
    parse = Parse(
        "They showed restraint.",
        words=["They", "showed", "restraint", "."],
        heads=[1, 1, 1, 1],
        deps=["nsubj", "ROOT", "dobj", "punct"],
        pos=["PRON", "VERB", "NOUN", "PUNCT"],
        tags=["PRP", "VBD", "NN", "."],
        lemmas=["they", "show", "restraint", "."],
        ents=[("ORG", 2, 3)],
    )
    assert mentions(parse) == []


def test_a_bracket_the_tagger_cut_is_not_part_of_the_name():
    parse = Parse(
        "The Ocean Watch Agency (OWA) met.",
        words=["The", "Ocean", "Watch", "Agency", "(", "OWA", ")", "met", "."],
        heads=[3, 3, 3, 7, 5, 3, 5, 7, 7],
        deps=["det", "compound", "compound", "nsubj", "punct", "appos", "punct", "ROOT", "punct"],
        pos=["DET", "PROPN", "PROPN", "PROPN", "PUNCT", "PROPN", "PUNCT", "VERB", "PUNCT"],
        tags=["DT", "NNP", "NNP", "NNP", "-LRB-", "NNP", "-RRB-", "VBD", "."],
        lemmas=["the", "Ocean", "Watch", "Agency", "(", "OWA", ")", "meet", "."],
        ents=[("ORG", 1, 6)],
    )
    assert [label for _, _, label, _, _ in mentions(parse)] == ["Ocean Watch Agency"]


def test_an_untagged_given_name_before_a_tagged_person_is_part_of_the_name():
    parse = Parse(
        "Her aunt Martha Cole Ruiz came.",
        words=["Her", "aunt", "Martha", "Cole", "Ruiz", "came", "."],
        heads=[1, 4, 4, 4, 5, 5, 5],
        deps=["poss", "compound", "compound", "compound", "nsubj", "ROOT", "punct"],
        pos=["PRON", "NOUN", "PROPN", "PROPN", "PROPN", "VERB", "PUNCT"],
        tags=["PRP$", "NN", "NNP", "NNP", "NNP", "VBD", "."],
        lemmas=["her", "aunt", "Martha", "Cole", "Ruiz", "come", "."],
        ents=[("PERSON", 3, 5)],
    )
    assert [label for _, _, label, _, _ in mentions(parse)] == ["Martha Cole Ruiz"]


def nominal_of(parse: Parse, head: int):
    doc = make_doc(parse)
    table = MentionTable()
    table.start_doc(0, doc)
    mention = table.nominal(doc[head], 0)
    return mention.cls, mention.label


def test_a_code_the_tagger_missed_is_a_product_but_a_disease_code_is_not():
    def parse(code: str) -> Parse:
        return Parse(
            f"They tested {code}.",
            words=["They", "tested", code, "."],
            heads=[1, 1, 1, 1],
            deps=["nsubj", "ROOT", "dobj", "punct"],
            pos=["PRON", "VERB", "PROPN", "PUNCT"],
            tags=["PRP", "VBD", "NNP", "."],
            lemmas=["they", "test", code, "."],
        )

    assert nominal_of(parse("ZR447b"), 2) == ("Product", "ZR447b")
    assert nominal_of(parse("SARS-2"), 2) == ("Concept", "SARS-2")


def test_a_capitalised_phrase_with_small_words_and_a_cue_is_a_name():
    words = ["They", "cited", "the", "Freedom", "of", "the", "Press", "Act", "."]
    parse = Parse(
        "They cited the Freedom of the Press Act.",
        words=words,
        heads=[1, 1, 7, 7, 3, 6, 4, 1, 1],
        deps=["nsubj", "ROOT", "det", "compound", "prep", "det", "pobj", "dobj", "punct"],
        pos=["PRON", "VERB", "DET", "PROPN", "ADP", "DET", "PROPN", "PROPN", "PUNCT"],
        tags=["PRP", "VBD", "DT", "NNP", "IN", "DT", "NNP", "NNP", "."],
        lemmas=["they", "cite", "the", "Freedom", "of", "the", "Press", "Act", "."],
    )
    assert nominal_of(parse, 7) == ("Law", "Freedom of the Press Act")


def test_a_long_concept_is_labelled_by_its_head_and_what_is_next_to_it():
    words = [
        "They",
        "saw",
        "a",
        "long",
        "and",
        "bitter",
        "legal",
        "fight",
        "over",
        "the",
        "estate",
        "of",
        "her",
        "late",
        "uncle",
        ".",
    ]
    parse = Parse(
        " ".join(words[:-1]) + ".",
        words=words,
        heads=[1, 1, 7, 7, 3, 3, 7, 1, 7, 10, 8, 10, 14, 14, 11, 1],
        deps=[
            "nsubj",
            "ROOT",
            "det",
            "amod",
            "cc",
            "conj",
            "amod",
            "dobj",
            "prep",
            "det",
            "pobj",
            "prep",
            "poss",
            "amod",
            "pobj",
            "punct",
        ],
        pos=[
            "PRON",
            "VERB",
            "DET",
            "ADJ",
            "CCONJ",
            "ADJ",
            "ADJ",
            "NOUN",
            "ADP",
            "DET",
            "NOUN",
            "ADP",
            "PRON",
            "ADJ",
            "NOUN",
            "PUNCT",
        ],
        tags=["PRP", "VBD", "DT", "JJ", "CC", "JJ", "JJ", "NN", "IN", "DT", "NN", "IN", "PRP$", "JJ", "NN", "."],
        lemmas=[w.lower() for w in words],
    )
    doc = make_doc(parse)
    tokens = phrase_tokens(doc[7])
    assert phrase_text(tokens) == "long and bitter legal fight over the estate of her late uncle"
    # the head and the five words before it; the "over" that would come sixth is a loose end
    assert phrase_text(_head_phrase(tokens, doc[7], 6)) == "long and bitter legal fight"
    assert _head_phrase(tokens, doc[7], 20) == tokens


def test_a_bare_determiner_names_nothing():
    parse = Parse(
        "Others left.",
        words=["Others", "left", "."],
        heads=[1, 1, 1],
        deps=["nsubj", "ROOT", "punct"],
        pos=["NOUN", "VERB", "PUNCT"],
        tags=["NNS", "VBD", "."],
        lemmas=["other", "leave", "."],
    )
    doc = make_doc(parse)
    table = MentionTable()
    table.start_doc(0, doc)
    assert table.nominal(doc[0], 0) is None


def test_a_plural_common_noun_opening_the_sentence_is_not_a_name():
    parse = Parse(
        "Satellites showed damage.",
        words=["Satellites", "showed", "damage", "."],
        heads=[1, 1, 1, 1],
        deps=["nsubj", "ROOT", "dobj", "punct"],
        pos=["NOUN", "VERB", "NOUN", "PUNCT"],
        tags=["NNS", "VBD", "NN", "."],
        lemmas=["satellite", "show", "damage", "."],
        ents=[("PERSON", 0, 1)],
    )
    assert mentions(parse) == []


def test_editors_brackets_are_not_part_of_a_name():
    parse = Parse(
        "Nell [Odum] won.",
        words=["Nell", "[", "Odum", "]", "won", "."],
        heads=[2, 2, 4, 2, 4, 4],
        deps=["compound", "punct", "nsubj", "punct", "ROOT", "punct"],
        pos=["PROPN", "PUNCT", "PROPN", "PUNCT", "VERB", "PUNCT"],
        tags=["NNP", "-LRB-", "NNP", "-RRB-", "VBD", "."],
        lemmas=["Nell", "[", "Odum", "]", "win", "."],
        ents=[("PERSON", 0, 3)],
    )
    assert [label for _, _, label, _, _ in mentions(parse)] == ["Nell Odum"]


def _concert(ents=()) -> tuple:
    parse = Parse(
        "Thousands attended the Rock the Vote concert.",
        words=["Thousands", "attended", "the", "Rock", "the", "Vote", "concert", "."],
        heads=[1, 1, 3, 1, 6, 6, 3, 1],
        deps=["nsubj", "ROOT", "det", "dobj", "det", "compound", "dobj", "punct"],
        pos=["NOUN", "VERB", "DET", "PROPN", "DET", "PROPN", "NOUN", "PUNCT"],
        tags=["NNS", "VBD", "DT", "NNP", "DT", "NNP", "NN", "."],
        lemmas=["thousand", "attend", "the", "Rock", "the", "Vote", "concert", "."],
        ents=list(ents),
    )
    doc = make_doc(parse)
    table = MentionTable()
    table.start_doc(0, doc)
    return doc, table, table.nominal(doc[6], 0)


def test_a_title_case_event_name_the_parser_split_is_one_phrase_built_on_its_noun():
    doc, table, mention = _concert()
    assert (mention.label, mention.cls, mention.head) == ("Rock the Vote concert", "Event", "concert")
    assert table.at(doc[3]) == mention and table.root(doc[3]).i == 6  # the rules read "concert"


def test_a_tagged_name_before_a_phrase_stays_a_name_of_its_own():
    doc, table, mention = _concert(ents=[("ORG", 3, 4)])
    assert mention.label == "Vote concert" and table.at(doc[3]) is None


def test_a_possessive_country_before_a_title_is_the_affiliation_not_part_of_the_title():
    parse = Parse(
        "Mexico's Foreign Secretary Marcelo Ebrard spoke.",
        words=["Mexico", "'s", "Foreign", "Secretary", "Marcelo", "Ebrard", "spoke", "."],
        heads=[3, 0, 3, 5, 5, 6, 6, 6],
        deps=["poss", "case", "compound", "compound", "compound", "nsubj", "ROOT", "punct"],
        pos=["PROPN", "PART", "PROPN", "PROPN", "PROPN", "PROPN", "VERB", "PUNCT"],
        tags=["NNP", "POS", "NNP", "NNP", "NNP", "NNP", "VBD", "."],
        lemmas=["Mexico", "'s", "Foreign", "Secretary", "Marcelo", "Ebrard", "speak", "."],
        ents=[("GPE", 0, 1), ("PERSON", 4, 6)],
    )
    assert [m for m in mentions(parse) if m[2] == "Marcelo Ebrard"] == [
        ("name", "Person", "Marcelo Ebrard", ("Foreign Secretary",), ())
    ]


def test_a_place_the_tagger_glued_before_a_given_name_is_neither_name_nor_kind():
    parse = Parse(
        "Senator from Vermont Bernie Sanders quit.",
        words=["Senator", "from", "Vermont", "Bernie", "Sanders", "quit", "."],
        heads=[5, 0, 4, 4, 1, 5, 5],
        deps=["nsubj", "prep", "compound", "compound", "pobj", "ROOT", "punct"],
        pos=["PROPN", "ADP", "PROPN", "PROPN", "PROPN", "VERB", "PUNCT"],
        tags=["NNP", "IN", "NNP", "NNP", "NNP", "VBD", "."],
        lemmas=["Senator", "from", "Vermont", "Bernie", "Sanders", "quit", "."],
        ents=[("PERSON", 2, 5)],
    )
    assert mentions(parse) == [("name", "Person", "Bernie Sanders", (), ())]


def test_a_name_with_a_possessive_place_word_is_a_place_not_a_person():
    parse = Parse(
        "The officer came from Hawke's Bay, New Zealand.",
        words=["The", "officer", "came", "from", "Hawke", "'s", "Bay", ",", "New", "Zealand", "."],
        heads=[1, 2, 2, 2, 6, 4, 3, 6, 9, 6, 2],
        deps=["det", "nsubj", "ROOT", "prep", "poss", "case", "pobj", "punct", "compound", "appos", "punct"],
        pos=["DET", "NOUN", "VERB", "ADP", "PROPN", "PART", "PROPN", "PUNCT", "PROPN", "PROPN", "PUNCT"],
        tags=["DT", "NN", "VBD", "IN", "NNP", "POS", "NNP", ",", "NNP", "NNP", "."],
        lemmas=["the", "officer", "come", "from", "Hawke", "'s", "Bay", ",", "New", "Zealand", "."],
        ents=[("PERSON", 4, 5), ("FAC", 6, 8), ("GPE", 8, 10)],
    )
    assert [m[:3] for m in mentions(parse)] == [("name", "Place", "Hawke's Bay"), ("name", "Country", "New Zealand")]


def test_a_persons_possession_that_is_no_place_word_leaves_the_person():
    parse = Parse(
        "They met at Lopez's house.",
        words=["They", "met", "at", "Lopez", "'s", "house", "."],
        heads=[1, 1, 1, 5, 3, 2, 1],
        deps=["nsubj", "ROOT", "prep", "poss", "case", "pobj", "punct"],
        pos=["PRON", "VERB", "ADP", "PROPN", "PART", "NOUN", "PUNCT"],
        tags=["PRP", "VBD", "IN", "NNP", "POS", "NN", "."],
        lemmas=["they", "meet", "at", "Lopez", "'s", "house", "."],
        ents=[("PERSON", 3, 4)],
    )
    assert [m[:3] for m in mentions(parse)] == [("name", "Person", "Lopez")]


def test_a_position_of_an_organisation_is_no_person_whatever_the_tag():
    assert "Dean" not in {label for _, _, label, _, _ in mentions(DEAN_OF)}  # tagged PERSON


def test_a_name_joined_to_the_object_of_a_place_preposition_is_a_place_too():
    parse = Parse(
        "The convoy stopped at Tarvisio or Kuressaare overnight.",
        words=["The", "convoy", "stopped", "at", "Tarvisio", "or", "Kuressaare", "overnight", "."],
        heads=[1, 2, 2, 2, 3, 4, 4, 2, 2],
        deps=["det", "nsubj", "ROOT", "prep", "pobj", "cc", "conj", "advmod", "punct"],
        pos=["DET", "NOUN", "VERB", "ADP", "PROPN", "CCONJ", "PROPN", "ADV", "PUNCT"],
        tags=["DT", "NN", "VBD", "IN", "NNP", "CC", "NNP", "RB", "."],
        lemmas=["the", "convoy", "stop", "at", "Tarvisio", "or", "Kuressaare", "overnight", "."],
        ents=[("PERSON", 4, 5), ("PERSON", 6, 7)],
    )
    assert [(cls, label) for _, cls, label, _, _ in mentions(parse)] == [("Place", "Tarvisio"), ("Place", "Kuressaare")]


def test_the_surname_of_a_person_named_before_is_that_person_s_whatever_the_tag():
    full = Parse(
        "Maria Okafor spoke.",
        words=["Maria", "Okafor", "spoke", "."],
        heads=[1, 2, 2, 2],
        deps=["compound", "nsubj", "ROOT", "punct"],
        pos=["PROPN", "PROPN", "VERB", "PUNCT"],
        tags=["NNP", "NNP", "VBD", "."],
        lemmas=["Maria", "Okafor", "speak", "."],
        ents=[("PERSON", 0, 2)],
    )
    alone = Parse(
        "Crowds gathered outside Okafor 's house.",
        words=["Crowds", "gathered", "outside", "Okafor", "'s", "house", "."],
        heads=[1, 1, 1, 5, 3, 2, 1],
        deps=["nsubj", "ROOT", "prep", "poss", "case", "pobj", "punct"],
        pos=["NOUN", "VERB", "ADP", "PROPN", "PART", "NOUN", "PUNCT"],
        tags=["NNS", "VBD", "IN", "NNP", "POS", "NN", "."],
        lemmas=["crowd", "gather", "outside", "Okafor", "'s", "house", "."],
        ents=[("GPE", 3, 4)],
    )
    assert [(cls, label) for _, cls, label, _, _ in mentions(alone)] == [("Place", "Okafor")]
    found = [(cls, label) for _, cls, label, _, _ in mentions(full, alone)]
    assert found == [("Person", "Maria Okafor"), ("Person", "Okafor")]


GOVERNOR_NAMED = Parse(
    "Voters chose then-governor of Ohio Mike DeWine in 2018.",
    words=["Voters", "chose", "then", "-", "governor", "of", "Ohio", "Mike", "DeWine", "in", "2018", "."],
    heads=[1, 1, 4, 4, 1, 4, 8, 8, 5, 1, 9, 1],
    deps=["nsubj", "ROOT", "advmod", "punct", "dobj", "prep", "compound", "compound", "pobj", "prep", "pobj", "punct"],
    pos=["NOUN", "VERB", "ADV", "PUNCT", "NOUN", "ADP", "PROPN", "PROPN", "PROPN", "ADP", "NUM", "PUNCT"],
    tags=["NNS", "VBD", "RB", "HYPH", "NN", "IN", "NNP", "NNP", "NNP", "IN", "CD", "."],
    lemmas=["voter", "choose", "then", "-", "governor", "of", "Ohio", "Mike", "DeWine", "in", "2018", "."],
    ents=[("GPE", 6, 7), ("PERSON", 7, 9), ("DATE", 10, 11)],
)
DEATH_OF_NAMED = Parse(
    "The sudden death of Labour MP Jo Cox in June shocked Britain.",
    words=["The", "sudden", "death", "of", "Labour", "MP", "Jo", "Cox", "in", "June", "shocked", "Britain", "."],
    heads=[2, 2, 10, 2, 5, 7, 7, 3, 2, 8, 10, 10, 10],
    deps=[
        "det",
        "amod",
        "nsubj",
        "prep",
        "compound",
        "compound",
        "compound",
        "pobj",
        "prep",
        "pobj",
        "ROOT",
        "dobj",
        "punct",
    ],
    pos=["DET", "ADJ", "NOUN", "ADP", "PROPN", "PROPN", "PROPN", "PROPN", "ADP", "PROPN", "VERB", "PROPN", "PUNCT"],
    tags=["DT", "JJ", "NN", "IN", "NNP", "NNP", "NNP", "NNP", "IN", "NNP", "VBD", "NNP", "."],
    lemmas=["the", "sudden", "death", "of", "Labour", "MP", "Jo", "Cox", "in", "June", "shock", "Britain", "."],
    ents=[("PERSON", 6, 8), ("DATE", 9, 10), ("GPE", 11, 12)],
)


def test_a_label_cut_to_its_word_limit_keeps_a_name_whole():
    governor = make_doc(GOVERNOR_NAMED)
    tokens = phrase_tokens(governor[4])
    assert phrase_text(_head_phrase(tokens, governor[4], 6)) == "then-governor of Ohio Mike DeWine"
    death = make_doc(DEATH_OF_NAMED)
    tokens = phrase_tokens(death[2])
    assert phrase_text(_head_phrase(tokens, death[2], 6)).endswith("of Labour MP Jo Cox")  # the title goes with it


GERUND_IN_NAME = Parse(
    "Recruiting Mozilla into the scheme could help.",
    words=["Recruiting", "Mozilla", "into", "the", "scheme", "could", "help", "."],
    heads=[6, 0, 0, 4, 2, 6, 6, 6],
    deps=["csubj", "dobj", "prep", "det", "pobj", "aux", "ROOT", "punct"],
    pos=["VERB", "PROPN", "ADP", "DET", "NOUN", "AUX", "VERB", "PUNCT"],
    tags=["VBG", "NNP", "IN", "DT", "NN", "MD", "VB", "."],
    lemmas=["recruit", "Mozilla", "into", "the", "scheme", "could", "help", "."],
    ents=[("PERSON", 0, 2)],
)


def test_a_verb_the_tagger_took_into_a_name_is_no_part_of_it():
    doc = make_doc(GERUND_IN_NAME)
    table = MentionTable()
    table.start_doc(0, doc)
    add_sentence_mentions(table, next(doc.sents), 0)
    assert "Mozilla" in {m.label for m in table.mentions}
    assert not any("Recruiting" in m.label for m in table.mentions)
