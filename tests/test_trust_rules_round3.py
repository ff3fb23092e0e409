"""Rules that keep a reader's trust, third round (a judged sample of ten unseen Wikinews
articles, December 2026): a quoted title beside a noun is no act of the noun; a backshifted
clause after a report is still reported; what a negated verb of wanting or planning governs is
no fact. Each parse is what en_core_web_sm gives for a sentence written for these tests (none
from the articles the errors were found in), printed by ``tests/parse_literal.py``."""

from __future__ import annotations

from test_rules import rule_claims
from test_trust_rules_news import TURN_ANSWER_1, TURN_WN_1

from kg.extract import extract
from kg.extract.clauses import clauses
from kg.extract.interviews import continued_turns, interview_turn
from kg.model import Article
from kg.nlp import ParsedArticle

from docs import Parse, make_doc

QUOTED_SLOGAN = Parse(
    'Greenpeace painted the slogan "Save the Arctic" on the ship.',
    words=["Greenpeace", "painted", "the", "slogan", '"', "Save", "the", "Arctic", '"', "on", "the", "ship", "."],
    heads=[1, 1, 3, 1, 3, 3, 7, 5, 5, 5, 11, 9, 1],
    deps=["nsubj", "ROOT", "det", "dobj", "punct", "acl", "det", "dobj", "punct", "prep", "det", "pobj", "punct"],
    pos=["PROPN", "VERB", "DET", "NOUN", "PUNCT", "VERB", "DET", "PROPN", "PUNCT", "ADP", "DET", "NOUN", "PUNCT"],
    tags=["NNP", "VBD", "DT", "NN", "``", "VB", "DT", "NNP", "''", "IN", "DT", "NN", "."],
    lemmas=["Greenpeace", "paint", "the", "slogan", '"', "save", "the", "Arctic", '"', "on", "the", "ship", "."],
    ents=[("ORG", 0, 1), ("WORK_OF_ART", 5, 8)],
)
QUOTED_DESCRIPTION = Parse(
    'Critics saw a budget "designed to fail" by Treasury.',
    words=["Critics", "saw", "a", "budget", '"', "designed", "to", "fail", '"', "by", "Treasury", "."],
    heads=[1, 1, 3, 1, 3, 3, 7, 5, 7, 7, 9, 1],
    deps=["nsubj", "ROOT", "det", "dobj", "punct", "acl", "aux", "xcomp", "punct", "prep", "pobj", "punct"],
    pos=["NOUN", "VERB", "DET", "NOUN", "PUNCT", "VERB", "PART", "VERB", "PUNCT", "ADP", "PROPN", "PUNCT"],
    tags=["NNS", "VBD", "DT", "NN", "``", "VBN", "TO", "VB", "''", "IN", "NNP", "."],
    lemmas=["critic", "see", "a", "budget", '"', "design", "to", "fail", '"', "by", "Treasury", "."],
    ents=[("ORG", 10, 11)],
)
BACKSHIFTED_CONJUNCT = Parse(
    "Ruth Cole stated to the BBC in May that the strike drove up the price of bread, and Greggs had been cutting its loaves.",
    words=[
        "Ruth",
        "Cole",
        "stated",
        "to",
        "the",
        "BBC",
        "in",
        "May",
        "that",
        "the",
        "strike",
        "drove",
        "up",
        "the",
        "price",
        "of",
        "bread",
        ",",
        "and",
        "Greggs",
        "had",
        "been",
        "cutting",
        "its",
        "loaves",
        ".",
    ],
    heads=[1, 2, 2, 2, 5, 3, 2, 6, 11, 10, 11, 2, 11, 14, 11, 14, 15, 2, 2, 22, 22, 22, 2, 24, 22, 22],
    deps=[
        "compound",
        "nsubj",
        "ROOT",
        "prep",
        "det",
        "pobj",
        "prep",
        "pobj",
        "mark",
        "det",
        "nsubj",
        "ccomp",
        "prt",
        "det",
        "dobj",
        "prep",
        "pobj",
        "punct",
        "cc",
        "nsubj",
        "aux",
        "aux",
        "conj",
        "poss",
        "dobj",
        "punct",
    ],
    pos=[
        "PROPN",
        "PROPN",
        "VERB",
        "ADP",
        "DET",
        "PROPN",
        "ADP",
        "PROPN",
        "SCONJ",
        "DET",
        "NOUN",
        "VERB",
        "ADP",
        "DET",
        "NOUN",
        "ADP",
        "NOUN",
        "PUNCT",
        "CCONJ",
        "PROPN",
        "AUX",
        "AUX",
        "VERB",
        "PRON",
        "NOUN",
        "PUNCT",
    ],
    tags=[
        "NNP",
        "NNP",
        "VBD",
        "IN",
        "DT",
        "NNP",
        "IN",
        "NNP",
        "IN",
        "DT",
        "NN",
        "VBD",
        "RP",
        "DT",
        "NN",
        "IN",
        "NN",
        ",",
        "CC",
        "NNP",
        "VBD",
        "VBN",
        "VBG",
        "PRP$",
        "NNS",
        ".",
    ],
    lemmas=[
        "Ruth",
        "Cole",
        "state",
        "to",
        "the",
        "BBC",
        "in",
        "May",
        "that",
        "the",
        "strike",
        "drive",
        "up",
        "the",
        "price",
        "of",
        "bread",
        ",",
        "and",
        "Greggs",
        "have",
        "be",
        "cut",
        "its",
        "loaf",
        ".",
    ],
    ents=[("PERSON", 0, 2), ("ORG", 5, 6), ("DATE", 7, 8), ("PERSON", 19, 20)],
)
BACKSHIFTED_ON_SAYING = Parse(
    "Ruth Cole told reporters the strike drove up bread prices, and Greggs had been making smaller loaves.",
    words=[
        "Ruth",
        "Cole",
        "told",
        "reporters",
        "the",
        "strike",
        "drove",
        "up",
        "bread",
        "prices",
        ",",
        "and",
        "Greggs",
        "had",
        "been",
        "making",
        "smaller",
        "loaves",
        ".",
    ],
    heads=[1, 2, 2, 2, 5, 6, 2, 6, 9, 6, 2, 2, 15, 15, 15, 2, 17, 15, 15],
    deps=[
        "compound",
        "nsubj",
        "ROOT",
        "dobj",
        "det",
        "nsubj",
        "ccomp",
        "prt",
        "compound",
        "dobj",
        "punct",
        "cc",
        "nsubj",
        "aux",
        "aux",
        "conj",
        "amod",
        "dobj",
        "punct",
    ],
    pos=[
        "PROPN",
        "PROPN",
        "VERB",
        "NOUN",
        "DET",
        "NOUN",
        "VERB",
        "ADP",
        "NOUN",
        "NOUN",
        "PUNCT",
        "CCONJ",
        "PROPN",
        "AUX",
        "AUX",
        "VERB",
        "ADJ",
        "NOUN",
        "PUNCT",
    ],
    tags=[
        "NNP",
        "NNP",
        "VBD",
        "NNS",
        "DT",
        "NN",
        "VBD",
        "RP",
        "NN",
        "NNS",
        ",",
        "CC",
        "NNP",
        "VBD",
        "VBN",
        "VBG",
        "JJR",
        "NNS",
        ".",
    ],
    lemmas=[
        "Ruth",
        "Cole",
        "tell",
        "reporter",
        "the",
        "strike",
        "drive",
        "up",
        "bread",
        "price",
        ",",
        "and",
        "Greggs",
        "have",
        "be",
        "make",
        "small",
        "loaf",
        ".",
    ],
    ents=[("PERSON", 0, 2), ("PERSON", 12, 13)],
)
NARRATED_NEXT = Parse(
    "Ann Lee said the park should be closed, and Greggs closed its shop.",
    words=[
        "Ann",
        "Lee",
        "said",
        "the",
        "park",
        "should",
        "be",
        "closed",
        ",",
        "and",
        "Greggs",
        "closed",
        "its",
        "shop",
        ".",
    ],
    heads=[1, 2, 2, 4, 7, 7, 7, 2, 2, 2, 11, 2, 13, 11, 11],
    deps=[
        "compound",
        "nsubj",
        "ROOT",
        "det",
        "nsubjpass",
        "aux",
        "auxpass",
        "ccomp",
        "punct",
        "cc",
        "nsubj",
        "conj",
        "poss",
        "dobj",
        "punct",
    ],
    pos=[
        "PROPN",
        "PROPN",
        "VERB",
        "DET",
        "NOUN",
        "AUX",
        "AUX",
        "VERB",
        "PUNCT",
        "CCONJ",
        "PROPN",
        "VERB",
        "PRON",
        "NOUN",
        "PUNCT",
    ],
    tags=["NNP", "NNP", "VBD", "DT", "NN", "MD", "VB", "VBN", ",", "CC", "NNP", "VBD", "PRP$", "NN", "."],
    lemmas=[
        "Ann",
        "Lee",
        "say",
        "the",
        "park",
        "should",
        "be",
        "close",
        ",",
        "and",
        "Greggs",
        "close",
        "its",
        "shop",
        ".",
    ],
    ents=[("PERSON", 0, 2), ("PERSON", 10, 11)],
)
NOT_NEEDED = Parse(
    "Amnesty does not need the United Nations to fund its work.",
    words=["Amnesty", "does", "not", "need", "the", "United", "Nations", "to", "fund", "its", "work", "."],
    heads=[3, 3, 3, 3, 6, 6, 8, 8, 3, 10, 8, 3],
    deps=["nsubj", "aux", "neg", "ROOT", "det", "compound", "nsubj", "aux", "ccomp", "poss", "dobj", "punct"],
    pos=["PROPN", "AUX", "PART", "VERB", "DET", "PROPN", "PROPN", "PART", "VERB", "PRON", "NOUN", "PUNCT"],
    tags=["NNP", "VBZ", "RB", "VB", "DT", "NNP", "NNP", "TO", "VB", "PRP$", "NN", "."],
    lemmas=["Amnesty", "do", "not", "need", "the", "United", "Nations", "to", "fund", "its", "work", "."],
    ents=[("ORG", 0, 1), ("ORG", 4, 7)],
)
NOT_WANTED = Parse(
    "Unite does not want Boris Johnson to sell the railway.",
    words=["Unite", "does", "not", "want", "Boris", "Johnson", "to", "sell", "the", "railway", "."],
    heads=[3, 3, 3, 3, 5, 7, 7, 3, 9, 7, 3],
    deps=["nsubj", "aux", "neg", "ROOT", "compound", "nsubj", "aux", "ccomp", "det", "dobj", "punct"],
    pos=["PROPN", "AUX", "PART", "VERB", "PROPN", "PROPN", "PART", "VERB", "DET", "NOUN", "PUNCT"],
    tags=["NNP", "VBZ", "RB", "VB", "NNP", "NNP", "TO", "VB", "DT", "NN", "."],
    lemmas=["Unite", "do", "not", "want", "Boris", "Johnson", "to", "sell", "the", "railway", "."],
    ents=[("PERSON", 4, 6)],
)
NOT_WANTED_OWN = Parse(
    "Unite does not want to sell the railway.",
    words=["Unite", "does", "not", "want", "to", "sell", "the", "railway", "."],
    heads=[3, 3, 3, 3, 5, 3, 7, 5, 3],
    deps=["nsubj", "aux", "neg", "ROOT", "aux", "xcomp", "det", "dobj", "punct"],
    pos=["PROPN", "AUX", "PART", "VERB", "PART", "VERB", "DET", "NOUN", "PUNCT"],
    tags=["NNP", "VBZ", "RB", "VB", "TO", "VB", "DT", "NN", "."],
    lemmas=["Unite", "do", "not", "want", "to", "sell", "the", "railway", "."],
    ents=[],
)

DATED_BOOK = Parse(
    "Ruth Cole published a memoir on Friday.",
    words=["Ruth", "Cole", "published", "a", "memoir", "on", "Friday", "."],
    heads=[1, 2, 2, 4, 2, 2, 5, 2],
    deps=["compound", "nsubj", "ROOT", "det", "dobj", "prep", "pobj", "punct"],
    pos=["PROPN", "PROPN", "VERB", "DET", "NOUN", "ADP", "PROPN", "PUNCT"],
    tags=["NNP", "NNP", "VBD", "DT", "NN", "IN", "NNP", "."],
    lemmas=["Ruth", "Cole", "publish", "a", "memoir", "on", "Friday", "."],
    ents=[("PERSON", 0, 2), ("DATE", 6, 7)],
)
DATED_MEETING = Parse(
    "Joe Biden met Angela Merkel on Tuesday.",
    words=["Joe", "Biden", "met", "Angela", "Merkel", "on", "Tuesday", "."],
    heads=[1, 2, 2, 4, 2, 2, 5, 2],
    deps=["compound", "nsubj", "ROOT", "compound", "dobj", "prep", "pobj", "punct"],
    pos=["PROPN", "PROPN", "VERB", "PROPN", "PROPN", "ADP", "PROPN", "PUNCT"],
    tags=["NNP", "NNP", "VBD", "NNP", "NNP", "IN", "NNP", "."],
    lemmas=["Joe", "Biden", "meet", "Angela", "Merkel", "on", "Tuesday", "."],
    ents=[("PERSON", 0, 2), ("PERSON", 3, 5), ("DATE", 6, 7)],
)

ARRESTED_IN = Parse(
    "Police arrested two men in Leeds.",
    words=["Police", "arrested", "two", "men", "in", "Leeds", "."],
    heads=[1, 1, 3, 1, 1, 4, 1],
    deps=["nsubj", "ROOT", "nummod", "dobj", "prep", "pobj", "punct"],
    pos=["NOUN", "VERB", "NUM", "NOUN", "ADP", "PROPN", "PUNCT"],
    tags=["NNS", "VBD", "CD", "NNS", "IN", "NNPS", "."],
    lemmas=["Police", "arrest", "two", "man", "in", "Leeds", "."],
    ents=[("CARDINAL", 2, 3), ("GPE", 5, 6)],
)

PROPOSED_ACTION = Parse(
    "Angela Merkel proposed the construction of a new bridge.",
    words=["Angela", "Merkel", "proposed", "the", "construction", "of", "a", "new", "bridge", "."],
    heads=[1, 2, 2, 4, 2, 4, 8, 8, 5, 2],
    deps=["compound", "nsubj", "ROOT", "det", "dobj", "prep", "det", "amod", "pobj", "punct"],
    pos=["PROPN", "PROPN", "VERB", "DET", "NOUN", "ADP", "DET", "ADJ", "NOUN", "PUNCT"],
    tags=["NNP", "NNP", "VBD", "DT", "NN", "IN", "DT", "JJ", "NN", "."],
    lemmas=["Angela", "Merkel", "propose", "the", "construction", "of", "a", "new", "bridge", "."],
    ents=[("PERSON", 0, 2)],
)
ANNOUNCED_ACTION = Parse(
    "Angela Merkel announced the construction of a new bridge.",
    words=["Angela", "Merkel", "announced", "the", "construction", "of", "a", "new", "bridge", "."],
    heads=[1, 2, 2, 4, 2, 4, 8, 8, 5, 2],
    deps=["compound", "nsubj", "ROOT", "det", "dobj", "prep", "det", "amod", "pobj", "punct"],
    pos=["PROPN", "PROPN", "VERB", "DET", "NOUN", "ADP", "DET", "ADJ", "NOUN", "PUNCT"],
    tags=["NNP", "NNP", "VBD", "DT", "NN", "IN", "DT", "JJ", "NN", "."],
    lemmas=["Angela", "Merkel", "announce", "the", "construction", "of", "a", "new", "bridge", "."],
    ents=[("PERSON", 0, 2)],
)

PAID_TO = Parse(
    "Tesco paid Deloitte to audit its accounts.",
    words=["Tesco", "paid", "Deloitte", "to", "audit", "its", "accounts", "."],
    heads=[1, 1, 1, 4, 1, 6, 4, 1],
    deps=["nsubj", "ROOT", "dobj", "aux", "xcomp", "poss", "dobj", "punct"],
    pos=["PROPN", "VERB", "PROPN", "PART", "VERB", "PRON", "NOUN", "PUNCT"],
    tags=["NNP", "VBD", "NNP", "TO", "VB", "PRP$", "NNS", "."],
    lemmas=["Tesco", "pay", "Deloitte", "to", "audit", "its", "account", "."],
    ents=[("ORG", 0, 1), ("ORG", 2, 3)],
)

ANSWER_TURN_2 = Parse(
    "Acme Corp bought the mill in May.",
    words=["Acme", "Corp", "bought", "the", "mill", "in", "May", "."],
    heads=[1, 2, 2, 4, 2, 2, 5, 2],
    deps=["compound", "nsubj", "ROOT", "det", "dobj", "prep", "pobj", "punct"],
    pos=["PROPN", "PROPN", "VERB", "DET", "NOUN", "ADP", "PROPN", "PUNCT"],
    tags=["NNP", "NNP", "VBD", "DT", "NN", "IN", "NNP", "."],
    lemmas=["Acme", "Corp", "buy", "the", "mill", "in", "May", "."],
    ents=[("ORG", 0, 2), ("DATE", 6, 7)],
)
ANSWER_GOES_ON = Parse(
    "Acme Corp also closed the plant in Leeds.",
    words=["Acme", "Corp", "also", "closed", "the", "plant", "in", "Leeds", "."],
    heads=[1, 3, 3, 3, 5, 3, 5, 6, 3],
    deps=["compound", "nsubj", "advmod", "ROOT", "det", "dobj", "prep", "pobj", "punct"],
    pos=["PROPN", "PROPN", "ADV", "VERB", "DET", "NOUN", "ADP", "PROPN", "PUNCT"],
    tags=["NNP", "NNP", "RB", "VBD", "DT", "NN", "IN", "NNPS", "."],
    lemmas=["Acme", "Corp", "also", "close", "the", "plant", "in", "Leeds", "."],
    ents=[("ORG", 0, 2), ("GPE", 7, 8)],
)
NEXT_QUESTION_2 = Parse(
    "Tell us about Acme Corp.",
    words=["Tell", "us", "about", "Acme", "Corp."],
    heads=[0, 0, 0, 4, 2],
    deps=["ROOT", "dobj", "prep", "compound", "pobj"],
    pos=["VERB", "PRON", "ADP", "PROPN", "PROPN"],
    tags=["VB", "PRP", "IN", "NNP", "NNP"],
    lemmas=["tell", "we", "about", "Acme", "Corp."],
    ents=[("ORG", 3, 5)],
)
QUESTION_GOES_ON = Parse(
    "Acme Corp sold the brewery in June.",
    words=["Acme", "Corp", "sold", "the", "brewery", "in", "June", "."],
    heads=[1, 2, 2, 4, 2, 2, 5, 2],
    deps=["compound", "nsubj", "ROOT", "det", "dobj", "prep", "pobj", "punct"],
    pos=["PROPN", "PROPN", "VERB", "DET", "NOUN", "ADP", "PROPN", "PUNCT"],
    tags=["NNP", "NNP", "VBD", "DT", "NN", "IN", "NNP", "."],
    lemmas=["Acme", "Corp", "sell", "the", "brewery", "in", "June", "."],
    ents=[("ORG", 0, 2), ("DATE", 6, 7)],
)
TRANSLATED_1 = Parse(
    "Acme Corp bought the mill.",
    words=["Acme", "Corp", "bought", "the", "mill", "."],
    heads=[1, 2, 2, 4, 2, 2],
    deps=["compound", "nsubj", "ROOT", "det", "dobj", "punct"],
    pos=["PROPN", "PROPN", "VERB", "DET", "NOUN", "PUNCT"],
    tags=["NNP", "NNP", "VBD", "DT", "NN", "."],
    lemmas=["Acme", "Corp", "buy", "the", "mill", "."],
    ents=[("ORG", 0, 2)],
)
TRANSLATED_2 = Parse(
    "((hi))Hindi language: Acme Corp closed the plant.",
    words=["(", "(", "hi))Hindi", "language", ":", "Acme", "Corp", "closed", "the", "plant", "."],
    heads=[3, 3, 3, 7, 7, 6, 7, 7, 9, 7, 7],
    deps=["punct", "punct", "compound", "dep", "punct", "compound", "nsubj", "ROOT", "det", "dobj", "punct"],
    pos=["PUNCT", "PUNCT", "X", "NOUN", "PUNCT", "PROPN", "PROPN", "VERB", "DET", "NOUN", "PUNCT"],
    tags=["-LRB-", "-LRB-", "FW", "NN", ":", "NNP", "NNP", "VBD", "DT", "NN", "."],
    lemmas=["(", "(", "hi))hindi", "language", ":", "Acme", "Corp", "close", "the", "plant", "."],
    ents=[("ORG", 5, 7)],
)

DESCRIBED_WHO = Parse(
    "Joe Biden is the candidate who won the primary.",
    words=["Joe", "Biden", "is", "the", "candidate", "who", "won", "the", "primary", "."],
    heads=[1, 2, 2, 4, 2, 6, 4, 8, 6, 2],
    deps=["compound", "nsubj", "ROOT", "det", "attr", "nsubj", "relcl", "det", "dobj", "punct"],
    pos=["PROPN", "PROPN", "AUX", "DET", "NOUN", "PRON", "VERB", "DET", "NOUN", "PUNCT"],
    tags=["NNP", "NNP", "VBZ", "DT", "NN", "WP", "VBD", "DT", "NN", "."],
    lemmas=["Joe", "Biden", "be", "the", "candidate", "who", "win", "the", "primary", "."],
    ents=[("PERSON", 0, 2)],
)
CLEFT_WHO = Parse(
    "It was Ann Lee who fired the manager.",
    words=["It", "was", "Ann", "Lee", "who", "fired", "the", "manager", "."],
    heads=[1, 1, 3, 1, 5, 3, 7, 5, 1],
    deps=["nsubj", "ROOT", "compound", "attr", "nsubj", "relcl", "det", "dobj", "punct"],
    pos=["PRON", "AUX", "PROPN", "PROPN", "PRON", "VERB", "DET", "NOUN", "PUNCT"],
    tags=["PRP", "VBD", "NNP", "NNP", "WP", "VBD", "DT", "NN", "."],
    lemmas=["it", "be", "Ann", "Lee", "who", "fire", "the", "manager", "."],
    ents=[("PERSON", 2, 4)],
)

JUDGED_WHO = Parse(
    "Critics described Boris Johnson as a leader who ignores advice.",
    words=["Critics", "described", "Boris", "Johnson", "as", "a", "leader", "who", "ignores", "advice", "."],
    heads=[1, 1, 3, 1, 1, 6, 4, 8, 6, 8, 1],
    deps=["nsubj", "ROOT", "compound", "dobj", "prep", "det", "pobj", "nsubj", "relcl", "dobj", "punct"],
    pos=["NOUN", "VERB", "PROPN", "PROPN", "ADP", "DET", "NOUN", "PRON", "VERB", "NOUN", "PUNCT"],
    tags=["NNS", "VBD", "NNP", "NNP", "IN", "DT", "NN", "WP", "VBZ", "NN", "."],
    lemmas=["critic", "describe", "Boris", "Johnson", "as", "a", "leader", "who", "ignore", "advice", "."],
    ents=[("PERSON", 2, 4)],
)

INITIALS_TURN_1 = Parse(
    "((WSS))",
    words=["(", "(", "WSS", ")", ")"],
    heads=[2, 2, 2, 2, 2],
    deps=["punct", "punct", "ROOT", "punct", "punct"],
    pos=["PUNCT", "PUNCT", "PROPN", "PUNCT", "PUNCT"],
    tags=["-LRB-", "-LRB-", "NNP", "-RRB-", "-RRB-"],
    lemmas=["(", "(", "WSS", ")", ")"],
    ents=[],
)
INITIALS_TURN_2 = Parse(
    "Why did you join the party?",
    words=["Why", "did", "you", "join", "the", "party", "?"],
    heads=[3, 3, 3, 3, 5, 3, 3],
    deps=["advmod", "aux", "nsubj", "ROOT", "det", "dobj", "punct"],
    pos=["SCONJ", "AUX", "PRON", "VERB", "DET", "NOUN", "PUNCT"],
    tags=["WRB", "VBD", "PRP", "VB", "DT", "NN", "."],
    lemmas=["why", "do", "you", "join", "the", "party", "?"],
    ents=[],
)

NON_STARTER = Parse(
    'Nancy Pelosi called the offer "a non-starter".',
    words=["Nancy", "Pelosi", "called", "the", "offer", '"', "a", "non", "-", "starter", '"', "."],
    heads=[1, 2, 2, 4, 2, 4, 7, 4, 2, 2, 2, 2],
    deps=["compound", "nsubj", "ROOT", "det", "dobj", "punct", "det", "appos", "oprd", "oprd", "punct", "punct"],
    pos=["PROPN", "PROPN", "VERB", "DET", "NOUN", "PUNCT", "DET", "ADJ", "ADJ", "ADJ", "PUNCT", "PUNCT"],
    tags=["NNP", "NNP", "VBD", "DT", "NN", "``", "DT", "JJ", "JJ", "JJ", "''", "."],
    lemmas=["Nancy", "Pelosi", "call", "the", "offer", '"', "a", "non", "-", "starter", '"', "."],
    ents=[("PERSON", 0, 2)],
)
THERE_WAS = Parse(
    "The Geneva Convention did not ban drones, but there was a custom of sparing hospitals after Solferino.",
    words=[
        "The",
        "Geneva",
        "Convention",
        "did",
        "not",
        "ban",
        "drones",
        ",",
        "but",
        "there",
        "was",
        "a",
        "custom",
        "of",
        "sparing",
        "hospitals",
        "after",
        "Solferino",
        ".",
    ],
    heads=[2, 2, 5, 5, 5, 5, 5, 5, 5, 10, 5, 12, 10, 12, 15, 13, 12, 16, 10],
    deps=[
        "det",
        "compound",
        "nsubj",
        "aux",
        "neg",
        "ROOT",
        "dobj",
        "punct",
        "cc",
        "expl",
        "conj",
        "det",
        "attr",
        "prep",
        "amod",
        "pobj",
        "prep",
        "pobj",
        "punct",
    ],
    pos=[
        "DET",
        "PROPN",
        "PROPN",
        "AUX",
        "PART",
        "VERB",
        "NOUN",
        "PUNCT",
        "CCONJ",
        "PRON",
        "VERB",
        "DET",
        "NOUN",
        "ADP",
        "VERB",
        "NOUN",
        "ADP",
        "PROPN",
        "PUNCT",
    ],
    tags=[
        "DT",
        "NNP",
        "NNP",
        "VBD",
        "RB",
        "VB",
        "NNS",
        ",",
        "CC",
        "EX",
        "VBD",
        "DT",
        "NN",
        "IN",
        "VBG",
        "NNS",
        "IN",
        "NNP",
        ".",
    ],
    lemmas=[
        "the",
        "Geneva",
        "Convention",
        "do",
        "not",
        "ban",
        "drone",
        ",",
        "but",
        "there",
        "be",
        "a",
        "custom",
        "of",
        "spar",
        "hospital",
        "after",
        "Solferino",
        ".",
    ],
    ents=[("LAW", 0, 3), ("GPE", 17, 18)],
)

BETWEEN_PAIR = Parse(
    "A train derailed on Monday between Leeds and York.",
    words=["A", "train", "derailed", "on", "Monday", "between", "Leeds", "and", "York", "."],
    heads=[1, 2, 2, 2, 3, 2, 5, 6, 6, 2],
    deps=["det", "nsubj", "ROOT", "prep", "pobj", "prep", "pobj", "cc", "conj", "punct"],
    pos=["DET", "NOUN", "VERB", "ADP", "PROPN", "ADP", "PROPN", "CCONJ", "PROPN", "PUNCT"],
    tags=["DT", "NN", "VBD", "IN", "NNP", "IN", "NNPS", "CC", "NNP", "."],
    lemmas=["a", "train", "derail", "on", "Monday", "between", "Leeds", "and", "York", "."],
    ents=[("DATE", 4, 5), ("GPE", 6, 7)],
)
REPORTED_TO_HAVE = Parse(
    "Angela Merkel was reported by Reuters to have left Berlin.",
    words=["Angela", "Merkel", "was", "reported", "by", "Reuters", "to", "have", "left", "Berlin", "."],
    heads=[1, 3, 3, 3, 3, 4, 8, 8, 3, 8, 3],
    deps=["compound", "nsubjpass", "auxpass", "ROOT", "agent", "pobj", "aux", "aux", "xcomp", "dobj", "punct"],
    pos=["PROPN", "PROPN", "AUX", "VERB", "ADP", "PROPN", "PART", "AUX", "VERB", "PROPN", "PUNCT"],
    tags=["NNP", "NNP", "VBD", "VBN", "IN", "NNP", "TO", "VB", "VBN", "NNP", "."],
    lemmas=["Angela", "Merkel", "be", "report", "by", "Reuters", "to", "have", "leave", "Berlin", "."],
    ents=[("PERSON", 0, 2), ("ORG", 5, 6), ("GPE", 9, 10)],
)

SAID_ASIDE = Parse(
    "Tesco will close the store, Ann Lee said, once the lease ends.",
    words=[
        "Tesco",
        "will",
        "close",
        "the",
        "store",
        ",",
        "Ann",
        "Lee",
        "said",
        ",",
        "once",
        "the",
        "lease",
        "ends",
        ".",
    ],
    heads=[2, 2, 2, 4, 2, 8, 7, 8, 2, 8, 13, 12, 13, 2, 2],
    deps=[
        "nsubj",
        "aux",
        "ROOT",
        "det",
        "dobj",
        "punct",
        "compound",
        "nsubj",
        "parataxis",
        "punct",
        "mark",
        "det",
        "nsubj",
        "advcl",
        "punct",
    ],
    pos=[
        "PROPN",
        "AUX",
        "VERB",
        "DET",
        "NOUN",
        "PUNCT",
        "PROPN",
        "PROPN",
        "VERB",
        "PUNCT",
        "SCONJ",
        "DET",
        "NOUN",
        "VERB",
        "PUNCT",
    ],
    tags=["NNP", "MD", "VB", "DT", "NN", ",", "NNP", "NNP", "VBD", ",", "IN", "DT", "NN", "VBZ", "."],
    lemmas=[
        "Tesco",
        "will",
        "close",
        "the",
        "store",
        ",",
        "Ann",
        "Lee",
        "say",
        ",",
        "once",
        "the",
        "lease",
        "end",
        ".",
    ],
    ents=[("ORG", 0, 1), ("PERSON", 6, 8)],
)

ASIDE_AFTER_SEMICOLON = Parse(
    "A Tesco lorry went through the barrier; around 30 tonnes of grain, officials said, spilled and rotted.",
    words=[
        "A",
        "Tesco",
        "lorry",
        "went",
        "through",
        "the",
        "barrier",
        ";",
        "around",
        "30",
        "tonnes",
        "of",
        "grain",
        ",",
        "officials",
        "said",
        ",",
        "spilled",
        "and",
        "rotted",
        ".",
    ],
    heads=[2, 2, 3, 15, 3, 6, 4, 15, 9, 10, 7, 10, 11, 15, 15, 17, 15, 17, 17, 17, 17],
    deps=[
        "det",
        "compound",
        "nsubj",
        "ccomp",
        "prep",
        "det",
        "pobj",
        "punct",
        "advmod",
        "nummod",
        "prep",
        "prep",
        "pobj",
        "punct",
        "nsubj",
        "parataxis",
        "punct",
        "ROOT",
        "cc",
        "conj",
        "punct",
    ],
    pos=[
        "DET",
        "PROPN",
        "NOUN",
        "VERB",
        "ADP",
        "DET",
        "NOUN",
        "PUNCT",
        "ADV",
        "NUM",
        "NOUN",
        "ADP",
        "NOUN",
        "PUNCT",
        "NOUN",
        "VERB",
        "PUNCT",
        "VERB",
        "CCONJ",
        "VERB",
        "PUNCT",
    ],
    tags=[
        "DT",
        "NNP",
        "NN",
        "VBD",
        "IN",
        "DT",
        "NN",
        ":",
        "RB",
        "CD",
        "NNS",
        "IN",
        "NN",
        ",",
        "NNS",
        "VBD",
        ",",
        "VBD",
        "CC",
        "VBN",
        ".",
    ],
    lemmas=[
        "a",
        "Tesco",
        "lorry",
        "go",
        "through",
        "the",
        "barrier",
        ";",
        "around",
        "30",
        "tonne",
        "of",
        "grain",
        ",",
        "official",
        "say",
        ",",
        "spill",
        "and",
        "rot",
        ".",
    ],
    ents=[("ORG", 1, 2), ("QUANTITY", 8, 11)],
)

GANG_BEATEN = Parse(
    "The guard was gang beaten by three prisoners.",
    words=["The", "guard", "was", "gang", "beaten", "by", "three", "prisoners", "."],
    heads=[1, 2, 2, 2, 3, 4, 7, 5, 2],
    deps=["det", "nsubj", "ROOT", "attr", "acl", "agent", "nummod", "pobj", "punct"],
    pos=["DET", "NOUN", "AUX", "NOUN", "VERB", "ADP", "NUM", "NOUN", "PUNCT"],
    tags=["DT", "NN", "VBD", "NN", "VBN", "IN", "CD", "NNS", "."],
    lemmas=["the", "guard", "be", "gang", "beat", "by", "three", "prisoner", "."],
    ents=[("CARDINAL", 6, 7)],
)
FORCED_TO_SELL = Parse(
    "Ana Ruiz was forced to sell her shares in Tesco.",
    words=["Ana", "Ruiz", "was", "forced", "to", "sell", "her", "shares", "in", "Tesco", "."],
    heads=[1, 3, 3, 3, 5, 3, 7, 5, 5, 8, 3],
    deps=["compound", "nsubjpass", "auxpass", "ROOT", "aux", "xcomp", "poss", "dobj", "prep", "pobj", "punct"],
    pos=["PROPN", "PROPN", "AUX", "VERB", "PART", "VERB", "PRON", "NOUN", "ADP", "PROPN", "PUNCT"],
    tags=["NNP", "NNP", "VBD", "VBN", "TO", "VB", "PRP$", "NNS", "IN", "NNP", "."],
    lemmas=["Ana", "Ruiz", "be", "force", "to", "sell", "her", "share", "in", "Tesco", "."],
    ents=[("ORG", 9, 10)],
)
TESTIFIED_ASIDE = Parse(
    "The deal, Ana Ruiz testified, was signed by Tesco.",
    words=["The", "deal", ",", "Ana", "Ruiz", "testified", ",", "was", "signed", "by", "Tesco", "."],
    heads=[1, 8, 5, 4, 5, 8, 5, 8, 8, 8, 9, 8],
    deps=[
        "det",
        "nsubjpass",
        "punct",
        "compound",
        "nsubj",
        "parataxis",
        "punct",
        "auxpass",
        "ROOT",
        "agent",
        "pobj",
        "punct",
    ],
    pos=["DET", "NOUN", "PUNCT", "PROPN", "PROPN", "VERB", "PUNCT", "AUX", "VERB", "ADP", "PROPN", "PUNCT"],
    tags=["DT", "NN", ",", "NNP", "NNP", "VBD", ",", "VBD", "VBN", "IN", "NNP", "."],
    lemmas=["the", "deal", ",", "Ana", "Ruiz", "testify", ",", "be", "sign", "by", "Tesco", "."],
    ents=[("ORG", 10, 11)],
)

NAMED_FIRST = Parse(
    "Ana Berg leads the lab in Oslo.",
    words=["Ana", "Berg", "leads", "the", "lab", "in", "Oslo", "."],
    heads=[1, 2, 2, 4, 2, 4, 5, 2],
    deps=["compound", "nsubj", "ROOT", "det", "dobj", "prep", "pobj", "punct"],
    pos=["PROPN", "PROPN", "VERB", "DET", "NOUN", "ADP", "PROPN", "PUNCT"],
    tags=["NNP", "NNP", "VBZ", "DT", "NN", "IN", "NNP", "."],
    lemmas=["Ana", "Berg", "lead", "the", "lab", "in", "Oslo", "."],
    ents=[("PERSON", 0, 2), ("GPE", 6, 7)],
)
INITIALLED_ANSWER = Parse(
    "AB: Acme Corp funded the study in 2019.",
    words=["AB", ":", "Acme", "Corp", "funded", "the", "study", "in", "2019", "."],
    heads=[4, 4, 3, 4, 4, 6, 4, 4, 7, 4],
    deps=["npadvmod", "punct", "compound", "nsubj", "ROOT", "det", "dobj", "prep", "pobj", "punct"],
    pos=["NOUN", "PUNCT", "PROPN", "PROPN", "VERB", "DET", "NOUN", "ADP", "NUM", "PUNCT"],
    tags=["NN", ":", "NNP", "NNP", "VBD", "DT", "NN", "IN", "CD", "."],
    lemmas=["ab", ":", "Acme", "Corp", "fund", "the", "study", "in", "2019", "."],
    ents=[("ORG", 2, 4), ("DATE", 8, 9)],
)

COLON_BEFORE = Parse(
    'The researchers noted risks for penguins: Ana Berg remarked, "The team has protected the colonies at Punta Tombo."',
    words=[
        "The",
        "researchers",
        "noted",
        "risks",
        "for",
        "penguins",
        ":",
        "Ana",
        "Berg",
        "remarked",
        ",",
        '"',
        "The",
        "team",
        "has",
        "protected",
        "the",
        "colonies",
        "at",
        "Punta",
        "Tombo",
        ".",
        '"',
    ],
    heads=[1, 2, 9, 2, 3, 4, 9, 8, 9, 9, 9, 9, 13, 15, 15, 9, 17, 15, 15, 20, 18, 9, 9],
    deps=[
        "det",
        "nsubj",
        "ccomp",
        "dobj",
        "prep",
        "pobj",
        "punct",
        "compound",
        "nsubj",
        "ROOT",
        "punct",
        "punct",
        "det",
        "nsubj",
        "aux",
        "ccomp",
        "det",
        "dobj",
        "prep",
        "compound",
        "pobj",
        "punct",
        "punct",
    ],
    pos=[
        "DET",
        "NOUN",
        "VERB",
        "NOUN",
        "ADP",
        "NOUN",
        "PUNCT",
        "PROPN",
        "PROPN",
        "VERB",
        "PUNCT",
        "PUNCT",
        "DET",
        "NOUN",
        "AUX",
        "VERB",
        "DET",
        "NOUN",
        "ADP",
        "PROPN",
        "PROPN",
        "PUNCT",
        "PUNCT",
    ],
    tags=[
        "DT",
        "NNS",
        "VBD",
        "NNS",
        "IN",
        "NNS",
        ":",
        "NNP",
        "NNP",
        "VBD",
        ",",
        "``",
        "DT",
        "NN",
        "VBZ",
        "VBN",
        "DT",
        "NNS",
        "IN",
        "NNP",
        "NNP",
        ".",
        "''",
    ],
    lemmas=[
        "the",
        "researcher",
        "note",
        "risk",
        "for",
        "penguin",
        ":",
        "Ana",
        "Berg",
        "remark",
        ",",
        '"',
        "the",
        "team",
        "have",
        "protect",
        "the",
        "colony",
        "at",
        "Punta",
        "Tombo",
        ".",
        '"',
    ],
    ents=[("PERSON", 8, 9), ("GPE", 19, 20), ("GPE", 20, 21)],
)

LISTED_ON_NAME = Parse(
    "Omar, his brother, and his mother were among eleven migrants who died in a storm.",
    words=[
        "Omar",
        ",",
        "his",
        "brother",
        ",",
        "and",
        "his",
        "mother",
        "were",
        "among",
        "eleven",
        "migrants",
        "who",
        "died",
        "in",
        "a",
        "storm",
        ".",
    ],
    heads=[8, 0, 3, 0, 0, 0, 7, 0, 8, 8, 11, 9, 13, 11, 13, 16, 14, 8],
    deps=[
        "nsubj",
        "punct",
        "poss",
        "appos",
        "punct",
        "cc",
        "poss",
        "conj",
        "ROOT",
        "prep",
        "nummod",
        "pobj",
        "nsubj",
        "relcl",
        "prep",
        "det",
        "pobj",
        "punct",
    ],
    pos=[
        "PROPN",
        "PUNCT",
        "PRON",
        "NOUN",
        "PUNCT",
        "CCONJ",
        "PRON",
        "NOUN",
        "AUX",
        "ADP",
        "NUM",
        "NOUN",
        "PRON",
        "VERB",
        "ADP",
        "DET",
        "NOUN",
        "PUNCT",
    ],
    tags=[
        "NNP",
        ",",
        "PRP$",
        "NN",
        ",",
        "CC",
        "PRP$",
        "NN",
        "VBD",
        "IN",
        "CD",
        "NNS",
        "WP",
        "VBD",
        "IN",
        "DT",
        "NN",
        ".",
    ],
    lemmas=[
        "Omar",
        ",",
        "his",
        "brother",
        ",",
        "and",
        "his",
        "mother",
        "be",
        "among",
        "eleven",
        "migrant",
        "who",
        "die",
        "in",
        "a",
        "storm",
        ".",
    ],
    ents=[("PERSON", 0, 1), ("CARDINAL", 10, 11)],
)
LISTED_ON_APPOS = Parse(
    "Hassan, his brother, and his father were among six men who were arrested in Izmir.",
    words=[
        "Hassan",
        ",",
        "his",
        "brother",
        ",",
        "and",
        "his",
        "father",
        "were",
        "among",
        "six",
        "men",
        "who",
        "were",
        "arrested",
        "in",
        "Izmir",
        ".",
    ],
    heads=[8, 0, 3, 0, 3, 3, 7, 3, 8, 8, 11, 9, 14, 14, 11, 14, 15, 8],
    deps=[
        "nsubj",
        "punct",
        "poss",
        "appos",
        "punct",
        "cc",
        "poss",
        "conj",
        "ROOT",
        "prep",
        "nummod",
        "pobj",
        "nsubjpass",
        "auxpass",
        "relcl",
        "prep",
        "pobj",
        "punct",
    ],
    pos=[
        "PROPN",
        "PUNCT",
        "PRON",
        "NOUN",
        "PUNCT",
        "CCONJ",
        "PRON",
        "NOUN",
        "AUX",
        "ADP",
        "NUM",
        "NOUN",
        "PRON",
        "AUX",
        "VERB",
        "ADP",
        "PROPN",
        "PUNCT",
    ],
    tags=[
        "NNP",
        ",",
        "PRP$",
        "NN",
        ",",
        "CC",
        "PRP$",
        "NN",
        "VBD",
        "IN",
        "CD",
        "NNS",
        "WP",
        "VBD",
        "VBN",
        "IN",
        "NNP",
        ".",
    ],
    lemmas=[
        "Hassan",
        ",",
        "his",
        "brother",
        ",",
        "and",
        "his",
        "father",
        "be",
        "among",
        "six",
        "man",
        "who",
        "be",
        "arrest",
        "in",
        "Izmir",
        ".",
    ],
    ents=[("PERSON", 0, 1), ("CARDINAL", 10, 11), ("PERSON", 16, 17)],
)
TOLD_AGENCY = Parse(
    "Ana Berg told Agence France-Presse fraud has been used as a tactic.",
    words=[
        "Ana",
        "Berg",
        "told",
        "Agence",
        "France",
        "-",
        "Presse",
        "fraud",
        "has",
        "been",
        "used",
        "as",
        "a",
        "tactic",
        ".",
    ],
    heads=[1, 2, 2, 6, 6, 6, 7, 10, 10, 10, 2, 10, 13, 11, 2],
    deps=[
        "compound",
        "nsubj",
        "ROOT",
        "compound",
        "compound",
        "punct",
        "compound",
        "nsubjpass",
        "aux",
        "auxpass",
        "ccomp",
        "prep",
        "det",
        "pobj",
        "punct",
    ],
    pos=[
        "PROPN",
        "PROPN",
        "VERB",
        "PROPN",
        "PROPN",
        "PUNCT",
        "PROPN",
        "NOUN",
        "AUX",
        "AUX",
        "VERB",
        "ADP",
        "DET",
        "NOUN",
        "PUNCT",
    ],
    tags=["NNP", "NNP", "VBD", "NNP", "NNP", "HYPH", "NNP", "NN", "VBZ", "VBN", "VBN", "IN", "DT", "NN", "."],
    lemmas=[
        "Ana",
        "Berg",
        "tell",
        "Agence",
        "France",
        "-",
        "Presse",
        "fraud",
        "have",
        "be",
        "use",
        "as",
        "a",
        "tactic",
        ".",
    ],
    ents=[("PERSON", 0, 2), ("ORG", 3, 7)],
)
PLACE_NOT_TITLED = Parse(
    "The bishop was treated at a General Santos City clinic.",
    words=["The", "bishop", "was", "treated", "at", "a", "General", "Santos", "City", "clinic", "."],
    heads=[1, 3, 3, 3, 3, 9, 8, 8, 9, 4, 3],
    deps=["det", "nsubjpass", "auxpass", "ROOT", "prep", "det", "compound", "compound", "compound", "pobj", "punct"],
    pos=["DET", "NOUN", "AUX", "VERB", "ADP", "DET", "PROPN", "PROPN", "PROPN", "NOUN", "PUNCT"],
    tags=["DT", "NN", "VBD", "VBN", "IN", "DT", "NNP", "NNP", "NNP", "NN", "."],
    lemmas=["the", "bishop", "be", "treat", "at", "a", "General", "Santos", "City", "clinic", "."],
    ents=[("GPE", 7, 9)],
)
STATE_OF = Parse(
    "Angela Merkel declared a state of emergency on Monday.",
    words=["Angela", "Merkel", "declared", "a", "state", "of", "emergency", "on", "Monday", "."],
    heads=[1, 2, 2, 4, 2, 4, 5, 2, 7, 2],
    deps=["compound", "nsubj", "ROOT", "det", "dobj", "prep", "pobj", "prep", "pobj", "punct"],
    pos=["PROPN", "PROPN", "VERB", "DET", "NOUN", "ADP", "NOUN", "ADP", "PROPN", "PUNCT"],
    tags=["NNP", "NNP", "VBD", "DT", "NN", "IN", "NN", "IN", "NNP", "."],
    lemmas=["Angela", "Merkel", "declare", "a", "state", "of", "emergency", "on", "Monday", "."],
    ents=[("PERSON", 0, 2), ("DATE", 8, 9)],
)

NAMED_LAST = Parse(
    '"Walter was brilliant," said Leeds University\'s chancellor, Pradeep Khosla.',
    words=[
        '"',
        "Walter",
        "was",
        "brilliant",
        ",",
        '"',
        "said",
        "Leeds",
        "University",
        "'s",
        "chancellor",
        ",",
        "Pradeep",
        "Khosla",
        ".",
    ],
    heads=[6, 2, 6, 2, 6, 6, 6, 8, 10, 8, 6, 10, 13, 10, 6],
    deps=[
        "punct",
        "nsubj",
        "ccomp",
        "acomp",
        "punct",
        "punct",
        "ROOT",
        "compound",
        "poss",
        "case",
        "nsubj",
        "punct",
        "compound",
        "appos",
        "punct",
    ],
    pos=[
        "PUNCT",
        "PROPN",
        "AUX",
        "ADJ",
        "PUNCT",
        "PUNCT",
        "VERB",
        "PROPN",
        "PROPN",
        "PART",
        "NOUN",
        "PUNCT",
        "PROPN",
        "PROPN",
        "PUNCT",
    ],
    tags=["``", "NNP", "VBD", "JJ", ",", "''", "VBD", "NNPS", "NNP", "POS", "NN", ",", "NNP", "NNP", "."],
    lemmas=[
        '"',
        "Walter",
        "be",
        "brilliant",
        ",",
        '"',
        "say",
        "Leeds",
        "University",
        "'s",
        "chancellor",
        ",",
        "Pradeep",
        "Khosla",
        ".",
    ],
    ents=[("PERSON", 1, 2), ("ORG", 7, 10)],
)


def _clause_verbs(parse: Parse) -> set[str]:
    doc = make_doc(parse)
    return {c.verb.lower_ for c in clauses(doc[:])}


def test_a_quoted_title_beside_a_noun_is_no_act_of_the_noun():
    assert "save" not in _clause_verbs(QUOTED_SLOGAN)
    assert not {c for c in rule_claims("clause", QUOTED_SLOGAN) if c[1] == "~save"}
    assert ("Greenpeace", "~paint", "slogan", "clause", "asserted") in rule_claims("clause", QUOTED_SLOGAN)


def test_a_quoted_description_beside_a_noun_still_describes_it():
    assert "designed" in _clause_verbs(QUOTED_DESCRIPTION)  # lower case: someone's words, no title


def test_a_backshifted_conjunct_of_a_reported_clause_is_still_reported():
    for parse, verb in ((BACKSHIFTED_CONJUNCT, "~cut"), (BACKSHIFTED_ON_SAYING, "~make")):
        found = {c for c in rule_claims("clause", parse) if c[1] == verb}
        assert found and {(c[0], c[4]) for c in found} == {("Greggs", "reported")}


def test_a_conjunct_in_the_narrators_tense_is_the_narrators():
    closed = {c for c in rule_claims("clause", NARRATED_NEXT) if c[1] == "~close"}
    assert {(c[0], c[4]) for c in closed} == {("Greggs", "asserted")}


def test_what_a_negated_verb_of_wanting_governs_is_no_fact():
    for parse, verb in ((NOT_WANTED, "~sell"), (NOT_NEEDED, "~fund")):
        assert not {c for c in rule_claims("clause", parse) if c[1] == verb}, parse.text
    wanted = {c for c in rule_claims("request", NOT_WANTED) if c[1] == "~want"}
    assert wanted and {(c[0], c[4]) for c in wanted} == {("Unite", "negated")}


def test_a_negated_want_of_ones_own_act_keeps_the_wanting():
    found = {c for c in rule_claims("clause", NOT_WANTED_OWN) if "sell" in c[1]}
    assert found == {("Unite", "~want to sell", "railway", "clause", "negated")}


def test_a_dated_action_names_what_was_done_to_not_only_the_verb():
    assert rule_claims("clause-date", DATED_BOOK) == {
        ("Ruth Cole", "~publish memoir on", "Friday", "clause-date", "asserted")
    }
    assert rule_claims("clause-date", DATED_MEETING) == {
        ("Joe Biden", "~meet on", "Tuesday", "clause-date", "asserted")
    }


def test_a_prepositional_relation_names_what_was_done_to():
    found = {c for c in rule_claims("clause", ARRESTED_IN) if c[2] == "Leeds"}
    assert found == {("Police", "~arrest men in", "Leeds", "clause-prep", "asserted")}  # not "arrest in"


def test_an_action_named_by_a_noun_is_as_the_verb_above_puts_it():
    assert rule_claims("nominal-event", PROPOSED_ACTION) == {
        ("Angela Merkel", "~construction", "new bridge", "nominal-event", "possible")
    }
    assert rule_claims("nominal-event", ANNOUNCED_ACTION) == {
        ("Angela Merkel", "~construction", "new bridge", "nominal-event", "reported")
    }


def test_a_reported_claim_names_whose_word_it_is_even_its_subjects():
    article = Article("r1", "T", ANNOUNCED_ACTION.text, "r1.txt")
    extraction = extract(ParsedArticle(article, [(0, make_doc(ANNOUNCED_ACTION))]))
    labels = {m.id: m.label for m in extraction.mentions}
    built = [c for c in extraction.claims if c.extractor == "nominal-event"]
    assert [(c.modality, labels.get(c.source)) for c in built] == [("reported", "Angela Merkel")]


def test_whom_one_pays_to_do_something_does_it():
    audited = {c for c in rule_claims("clause", PAID_TO) if c[1] == "~audit"}
    assert {c[0] for c in audited} == {"Deloitte"}  # never the payer


def _paragraphs(*paragraphs: tuple[Parse, ...]):
    docs = [make_doc(*parts) for parts in paragraphs]
    text, placed = "", []
    for doc in docs:
        placed.append((len(text), doc))
        text += doc.text + "\n\n"
    extraction = extract(ParsedArticle(Article("i1", "T", text, "i1.txt"), placed))
    labels = {m.id: m.label for m in extraction.mentions}
    return {(c.label, c.modality, labels.get(c.source)) for c in extraction.claims if c.extractor == "clause"}


def test_an_answer_runs_on_into_the_paragraphs_after_its_turn():
    found = _paragraphs(
        (TURN_ANSWER_1, ANSWER_TURN_2), (ANSWER_GOES_ON,), (TURN_WN_1, NEXT_QUESTION_2), (QUESTION_GOES_ON,)
    )
    assert ("close", "reported", "Ana Berg") in found  # the answer's second paragraph, before the next turn
    # after the interviewer's question an unmarked paragraph is the article's own again
    assert {c for c in found if c[0] == "sell"} == {("sell", "asserted", None)}


def test_the_translation_after_a_language_mark_is_no_english():
    found = _paragraphs((TRANSLATED_1, TRANSLATED_2))
    assert {c[0] for c in found} == {"buy"}


def test_who_after_a_description_by_a_copula_is_what_it_describes():
    assert {c[0] for c in rule_claims("clause", DESCRIBED_WHO) if c[1] == "~win"} == {"Joe Biden"}
    assert {c[0] for c in rule_claims("clause", CLEFT_WHO) if c[1] == "~fire"} <= {"Ann Lee"}  # never "it"


def test_who_after_a_judgement_is_the_judged_and_the_judges_word():
    ignored = {c for c in rule_claims("clause", JUDGED_WHO) if c[1] == "~ignore"}
    assert {(c[0], c[4]) for c in ignored} == {("Boris Johnson", "reported")}


def test_an_answer_continues_only_up_to_the_next_turn():
    turns = [(False, None), None, (True, None), None, (False, None), None]
    assert continued_turns(turns) == [None, 0, None, None, None, None]


def test_a_reporters_initials_mark_the_interviewer():
    assert interview_turn(make_doc(INITIALS_TURN_1, INITIALS_TURN_2)) == (True, None)


def test_a_naming_keeps_all_of_what_something_is_called():
    assert {c[2] for c in rule_claims("naming", NON_STARTER)} == {"the offer a non-starter"}


def test_there_is_no_subject_a_conjunct_borrows():
    assert not {c for c in rule_claims("copula", THERE_WAS) if c[0] == "Geneva Convention"}


def test_between_a_pair_is_no_relation_to_either_alone():
    assert not {c for c in rule_claims("clause", BETWEEN_PAIR) if "between" in c[1]}


def test_what_someone_was_reported_to_have_done_is_the_reporters_word():
    left = {c for c in rule_claims("clause", REPORTED_TO_HAVE) if c[1] == "~leave"}
    assert {(c[0], c[4]) for c in left} == {("Angela Merkel", "reported")}
    said = {c[2] for c in rule_claims("speech", REPORTED_TO_HAVE)}
    assert said == {"Angela Merkel have left Berlin"}  # what was reported, of whom


def test_a_speaker_set_between_commas_said_the_rest_of_the_sentence():
    closed = {c for c in rule_claims("clause", SAID_ASIDE) if c[1] == "~close"}
    assert {(c[0], c[4]) for c in closed} == {("Tesco", "reported")}  # Ann Lee's word, not the article's
    said = rule_claims("speech-aside", SAID_ASIDE)
    assert said == {("Ann Lee", "said", "Tesco will close the store once the lease ends", "speech-aside", "asserted")}
    # an aside after a semicolon says its own clause, and the clause before it stays the article's
    assert {c[2] for c in rule_claims("speech-aside", ASIDE_AFTER_SEMICOLON)} == {
        "around 30 tonnes of grain spilled and rotted"
    }
    went = {c for c in rule_claims("clause", ASIDE_AFTER_SEMICOLON) if c[1] == "~go through"}
    assert {c[4] for c in went} == {"asserted"}


def test_a_bare_noun_that_begins_a_verb_is_no_description():
    assert not rule_claims("copula", GANG_BEATEN)  # "the guard is a gang": no
    assert {c[:3] for c in rule_claims("clause", GANG_BEATEN)} == {("three prisoners", "~beat", "guard")}


def test_what_someone_was_forced_to_do_says_so():
    assert {c[1] for c in rule_claims("clause", FORCED_TO_SELL) if c[2] == "shares"} == {"~be forced to sell"}


def test_a_witness_who_testifies_in_an_aside_is_the_source():
    signed = {c for c in rule_claims("clause", TESTIFIED_ASIDE) if c[1] == "~sign"}
    assert {(c[0], c[4]) for c in signed} == {("Tesco", "reported")}


def test_an_answer_after_the_interviewees_initials_is_theirs():
    found = _paragraphs((NAMED_FIRST,), (TURN_WN_1, NEXT_QUESTION_2), (INITIALLED_ANSWER,))
    assert ("fund", "reported", "Ana Berg") in found
    # outside an interview the same words are the article's
    assert ("fund", "asserted", None) in _paragraphs((NAMED_FIRST,), (INITIALLED_ANSWER,))


def test_a_clause_before_a_colon_is_not_what_the_speaker_after_it_said():
    said = {c[2] for c in rule_claims("speech", COLON_BEFORE) if c[0] == "Ana Berg"}
    assert said == {"The team has protected the colonies at Punta Tombo"}


def test_the_second_of_a_list_is_no_apposition():
    for parse in (LISTED_ON_NAME, LISTED_ON_APPOS):
        assert not {c for c in rule_claims("apposition", parse) if c[2] in {"brother", "his brother"}}, parse.text


def test_the_listener_after_told_is_no_part_of_what_was_told():
    said = rule_claims("speech", TOLD_AGENCY)
    assert {c[2] for c in said} == {"fraud has been used as a tactic"}


def test_a_place_holds_no_position():
    assert not rule_claims("title", PLACE_NOT_TITLED)


def test_a_dated_action_keeps_what_it_is_of():
    assert {c[1] for c in rule_claims("clause-date", STATE_OF)} == {"~declare state of emergency on"}


def test_the_speaker_is_the_person_the_speakers_phrase_ends_with():
    assert {c[0] for c in rule_claims("speech", NAMED_LAST)} == {"Pradeep Khosla"}
