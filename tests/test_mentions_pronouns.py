"""kg.extract.mentions: what a subject "it" may stand for, on hand-built Docs (no model)."""

from __future__ import annotations

from kg.extract.mentions import MentionTable, add_sentence_mentions

from docs import Parse, make_doc

STORM = Parse(
    "A storm flooded the valley.",
    words=["A", "storm", "flooded", "the", "valley", "."],
    heads=[1, 2, 2, 4, 2, 2],
    deps=["det", "nsubj", "ROOT", "det", "dobj", "punct"],
    pos=["DET", "NOUN", "VERB", "DET", "NOUN", "PUNCT"],
    tags=["DT", "NN", "VBD", "DT", "NN", "."],
    lemmas=["a", "storm", "flood", "the", "valley", "."],
)
KENYA = Parse(
    "Kenya joined.",
    words=["Kenya", "joined", "."],
    heads=[1, 1, 1],
    deps=["nsubj", "ROOT", "punct"],
    pos=["PROPN", "VERB", "PUNCT"],
    tags=["NNP", "VBD", "."],
    lemmas=["Kenya", "join", "."],
    ents=[("GPE", 0, 1)],
)
MINISTER = Parse(
    "The minister spoke.",
    words=["The", "minister", "spoke", "."],
    heads=[1, 2, 2, 2],
    deps=["det", "nsubj", "ROOT", "punct"],
    pos=["DET", "NOUN", "VERB", "PUNCT"],
    tags=["DT", "NN", "VBD", "."],
    lemmas=["the", "minister", "speak", "."],
)


def said_it(verb: str, lemma: str, speakers: str = "Witnesses") -> Parse:
    """ "<Speakers> said it <verb> two houses.": a plural speaker, then a subject "it"."""
    return Parse(
        f"{speakers} said it {verb} two houses.",
        words=[speakers, "said", "it", verb, "two", "houses", "."],
        heads=[1, 1, 3, 1, 5, 3, 1],
        deps=["nsubj", "ROOT", "nsubj", "ccomp", "nummod", "dobj", "punct"],
        pos=["NOUN", "VERB", "PRON", "VERB", "NUM", "NOUN", "PUNCT"],
        tags=["NNS", "VBD", "PRP", "VBD", "CD", "NNS", "."],
        lemmas=[speakers.lower(), "say", "it", lemma, "two", "house", "."],
    )


def it_of(*parses: Parse):
    """The mention the last "it" of the Doc stands for, and the pronoun mentions registered."""
    doc = make_doc(*parses)
    table = MentionTable()
    table.start_doc(0, doc)
    for index, sent in enumerate(doc.sents):
        add_sentence_mentions(table, sent, index)
    it = [t for t in doc if t.lower_ == "it"][-1]
    found = table.at(it)
    return (found.kind, found.label) if found else None, [
        (m.cls, m.label) for m in table.mentions if m.kind == "pronoun"
    ]


def test_a_subject_it_continues_the_common_noun_subject_before_it_past_a_plural_speaker():
    assert it_of(STORM, said_it("damaged", "damage")) == (("nominal", "storm"), [])


def test_a_subject_it_continues_a_named_country_subject():
    assert it_of(KENYA, said_it("lost", "lose")) == (("name", "Kenya"), [])


def test_a_person_subject_before_leaves_the_it_to_the_resolver():
    assert it_of(MINISTER, said_it("lost", "lose")) == (("pronoun", "it"), [("*", "it")])


def test_an_it_that_kills_is_an_occurrence():
    assert it_of(said_it("killed", "kill")) == (("pronoun", "it"), [("Event", "it")])
    assert it_of(said_it("bought", "buy")) == (("pronoun", "it"), [("*", "it")])


def it_is(adjective: str, tag: str = "JJ", dep: str = "acomp") -> Parse:
    """ "It is <adjective> for firms to publish accounts." """
    return Parse(
        f"It is {adjective} for firms to publish accounts.",
        words=["It", "is", adjective, "for", "firms", "to", "publish", "accounts", "."],
        heads=[1, 1, 1, 6, 6, 6, 1, 6, 1],
        deps=["nsubj", "ROOT", dep, "mark", "nsubj", "aux", "advcl", "dobj", "punct"],
        pos=["PRON", "AUX", "ADJ", "SCONJ", "NOUN", "PART", "VERB", "NOUN", "PUNCT"],
        tags=["PRP", "VBZ", tag, "IN", "NNS", "TO", "VB", "NNS", "."],
        lemmas=["it", "be", adjective, "for", "firm", "to", "publish", "account", "."],
    )


def test_an_it_standing_in_for_a_clause_after_it_is_no_mention():
    assert it_of(it_is("usual")) == (None, [])
    time = Parse(
        "It is time to vote.",
        words=["It", "is", "time", "to", "vote", "."],
        heads=[1, 1, 1, 4, 2, 1],
        deps=["nsubj", "ROOT", "attr", "aux", "relcl", "punct"],
        pos=["PRON", "AUX", "NOUN", "PART", "VERB", "PUNCT"],
        tags=["PRP", "VBZ", "NN", "TO", "VB", "."],
        lemmas=["it", "be", "time", "to", "vote", "."],
    )
    assert it_of(time) == (None, [])


def test_an_it_that_is_ready_to_act_refers():
    assert it_of(it_is("ready")) == (("pronoun", "It"), [("*", "It")])


def test_a_share_of_a_relative_pronoun_names_nothing():
    parse = Parse(
        "Four of whom were hurt.",
        words=["Four", "of", "whom", "were", "hurt", "."],
        heads=[4, 0, 1, 4, 4, 4],
        deps=["nsubjpass", "prep", "pobj", "auxpass", "ROOT", "punct"],
        pos=["NUM", "ADP", "PRON", "AUX", "VERB", "PUNCT"],
        tags=["CD", "IN", "WP", "VBD", "VBN", "."],
        lemmas=["four", "of", "whom", "be", "hurt", "."],
    )
    doc = make_doc(parse)
    table = MentionTable()
    table.start_doc(0, doc)
    add_sentence_mentions(table, next(doc.sents), 0)
    assert table.nominal(doc[0], 0) is None
    assert table.nominal(doc[4], 0) is None  # a verb is no noun phrase either


def test_an_object_it_with_a_common_noun_nearer_than_any_name_is_not_guessed():
    parse = Parse(
        "Nokia offered the post and she took it.",
        words=["Nokia", "offered", "the", "post", "and", "she", "took", "it", "."],
        heads=[1, 1, 3, 1, 1, 6, 1, 6, 1],
        deps=["nsubj", "ROOT", "det", "dobj", "cc", "nsubj", "conj", "dobj", "punct"],
        pos=["PROPN", "VERB", "DET", "NOUN", "CCONJ", "PRON", "VERB", "PRON", "PUNCT"],
        tags=["NNP", "VBD", "DT", "NN", "CC", "PRP", "VBD", "PRP", "."],
        lemmas=["Nokia", "offer", "the", "post", "and", "she", "take", "it", "."],
        ents=[("ORG", 0, 1)],
    )
    assert it_of(parse)[1] == [("Person", "she"), ("Concept", "it")]
    named = Parse(
        "She praised Nokia and joined it.",
        words=["She", "praised", "Nokia", "and", "joined", "it", "."],
        heads=[1, 1, 1, 1, 1, 4, 1],
        deps=["nsubj", "ROOT", "dobj", "cc", "conj", "dobj", "punct"],
        pos=["PRON", "VERB", "PROPN", "CCONJ", "VERB", "PRON", "PUNCT"],
        tags=["PRP", "VBD", "NNP", "CC", "VBD", "PRP", "."],
        lemmas=["she", "praise", "Nokia", "and", "join", "it", "."],
        ents=[("ORG", 2, 3)],
    )
    assert it_of(named)[1] == [("Person", "She"), ("*", "it")]


def test_the_time_of_it_is_time_to_is_no_thing():
    time = Parse(
        "It is time to vote.",
        words=["It", "is", "time", "to", "vote", "."],
        heads=[1, 1, 1, 4, 2, 1],
        deps=["nsubj", "ROOT", "attr", "aux", "relcl", "punct"],
        pos=["PRON", "AUX", "NOUN", "PART", "VERB", "PUNCT"],
        tags=["PRP", "VBZ", "NN", "TO", "VB", "."],
        lemmas=["it", "be", "time", "to", "vote", "."],
    )
    doc = make_doc(time)
    table = MentionTable()
    table.start_doc(0, doc)
    add_sentence_mentions(table, next(doc.sents), 0)
    assert table.nominal(doc[2], 0) is None


def test_a_subject_it_continues_the_name_apposed_to_the_subject_before():
    drug = Parse(
        "The drug, Zemra, worked.",
        words=["The", "drug", ",", "Zemra", ",", "worked", "."],
        heads=[1, 5, 1, 1, 1, 5, 5],
        deps=["det", "nsubj", "punct", "appos", "punct", "ROOT", "punct"],
        pos=["DET", "NOUN", "PUNCT", "PROPN", "PUNCT", "VERB", "PUNCT"],
        tags=["DT", "NN", ",", "NNP", ",", "VBD", "."],
        lemmas=["the", "drug", ",", "Zemra", ",", "work", "."],
        ents=[("ORG", 3, 4)],
    )
    assert it_of(drug, said_it("saved", "save")) == (("name", "Zemra"), [])


def test_a_predicate_noun_before_an_object_it_is_no_other_thing():
    parse = Parse(
        "Nokia served as a model and she used it.",
        words=["Nokia", "served", "as", "a", "model", "and", "she", "used", "it", "."],
        heads=[1, 1, 1, 4, 2, 1, 7, 1, 7, 1],
        deps=["nsubj", "ROOT", "prep", "det", "pobj", "cc", "nsubj", "conj", "dobj", "punct"],
        pos=["PROPN", "VERB", "ADP", "DET", "NOUN", "CCONJ", "PRON", "VERB", "PRON", "PUNCT"],
        tags=["NNP", "VBD", "IN", "DT", "NN", "CC", "PRP", "VBD", "PRP", "."],
        lemmas=["Nokia", "serve", "as", "a", "model", "and", "she", "use", "it", "."],
        ents=[("ORG", 0, 1)],
    )
    assert it_of(parse)[1] == [("Person", "she"), ("*", "it")]


def test_an_it_after_a_subject_kg_cannot_name_is_unclear():
    following = Parse(
        "The following is an edition.",
        words=["The", "following", "is", "an", "edition", "."],
        heads=[1, 2, 2, 4, 2, 2],
        deps=["det", "nsubj", "ROOT", "det", "attr", "punct"],
        pos=["DET", "NOUN", "AUX", "DET", "NOUN", "PUNCT"],
        tags=["DT", "NN", "VBZ", "DT", "NN", "."],
        lemmas=["the", "following", "be", "an", "edition", "."],
    )
    assert it_of(following, said_it("lost", "lose")) == (("pronoun", "it"), [("Concept", "it")])


def test_an_it_after_its_own_verb_is_unclear():
    be_it = Parse(
        "Sell it, be it a song.",
        words=["Sell", "it", ",", "be", "it", "a", "song", "."],
        heads=[0, 0, 0, 0, 3, 6, 3, 0],
        deps=["ROOT", "dobj", "punct", "advcl", "nsubj", "det", "attr", "punct"],
        pos=["VERB", "PRON", "PUNCT", "AUX", "PRON", "DET", "NOUN", "PUNCT"],
        tags=["VB", "PRP", ",", "VB", "PRP", "DT", "NN", "."],
        lemmas=["sell", "it", ",", "be", "it", "a", "song", "."],
    )
    assert it_of(be_it)[1] == [("*", "it"), ("Concept", "it")]
