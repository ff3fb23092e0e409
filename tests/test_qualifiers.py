"""kg.extract.qualifiers: the time and place of a verb, read from the parse.

Every parse is what en_core_web_sm gives for a sentence written for these tests,
hard-coded so that no model is loaded.
"""

from __future__ import annotations

import pytest

from kg.extract.qualifiers import Qualifiers, qualifiers, tense
from kg.model import TimeValue

from docs import Parse, make_doc

WEDNESDAY = "2020-08-19"

OPENING_MONDAY = Parse(
    "On Monday, Xi spoke in Beijing.",
    words=["On", "Monday", ",", "Xi", "spoke", "in", "Beijing", "."],
    heads=[4, 0, 4, 4, 4, 4, 5, 4],
    deps=["prep", "pobj", "punct", "nsubj", "ROOT", "prep", "pobj", "punct"],
    pos=["ADP", "PROPN", "PUNCT", "PROPN", "VERB", "ADP", "PROPN", "PUNCT"],
    tags=["IN", "NNP", ",", "NNP", "VBD", "IN", "NNP", "."],
    lemmas=["on", "Monday", ",", "Xi", "speak", "in", "Beijing", "."],
    ents=[("DATE", 1, 2), ("PERSON", 3, 4), ("GPE", 6, 7)],
)
CLOSING_MONDAY = Parse(
    "Xi spoke in Beijing on Monday.",
    words=["Xi", "spoke", "in", "Beijing", "on", "Monday", "."],
    heads=[1, 1, 1, 2, 1, 4, 1],
    deps=["nsubj", "ROOT", "prep", "pobj", "prep", "pobj", "punct"],
    pos=["PROPN", "VERB", "ADP", "PROPN", "ADP", "PROPN", "PUNCT"],
    tags=["NNP", "VBD", "IN", "NNP", "IN", "NNP", "."],
    lemmas=["Xi", "speak", "in", "Beijing", "on", "Monday", "."],
    ents=[("PERSON", 0, 1), ("GPE", 3, 4), ("DATE", 5, 6)],
)
SPEAKING_PARTICIPLE = Parse(
    "Xi, speaking in Beijing on Monday, said China would open up.",
    words=["Xi", ",", "speaking", "in", "Beijing", "on", "Monday", ",", "said", "China", "would", "open", "up", "."],
    heads=[8, 0, 0, 2, 3, 2, 5, 8, 8, 11, 11, 8, 11, 8],
    deps=[
        "nsubj",
        "punct",
        "acl",
        "prep",
        "pobj",
        "prep",
        "pobj",
        "punct",
        "ROOT",
        "nsubj",
        "aux",
        "ccomp",
        "prt",
        "punct",
    ],
    pos=[
        "PROPN",
        "PUNCT",
        "VERB",
        "ADP",
        "PROPN",
        "ADP",
        "PROPN",
        "PUNCT",
        "VERB",
        "PROPN",
        "AUX",
        "VERB",
        "ADP",
        "PUNCT",
    ],
    tags=["NNP", ",", "VBG", "IN", "NNP", "IN", "NNP", ",", "VBD", "NNP", "MD", "VB", "RP", "."],
    lemmas=["Xi", ",", "speak", "in", "Beijing", "on", "Monday", ",", "say", "China", "would", "open", "up", "."],
    ents=[("PERSON", 0, 1), ("GPE", 4, 5), ("DATE", 6, 7), ("GPE", 9, 10)],
)
SYMPOSIUM_CHAIN = Parse(
    "Xi said at the symposium on Monday in Beijing that China would open up.",
    words=[
        "Xi",
        "said",
        "at",
        "the",
        "symposium",
        "on",
        "Monday",
        "in",
        "Beijing",
        "that",
        "China",
        "would",
        "open",
        "up",
        ".",
    ],
    heads=[1, 1, 1, 4, 2, 4, 5, 4, 7, 12, 12, 12, 1, 12, 1],
    deps=[
        "nsubj",
        "ROOT",
        "prep",
        "det",
        "pobj",
        "prep",
        "pobj",
        "prep",
        "pobj",
        "mark",
        "nsubj",
        "aux",
        "ccomp",
        "prt",
        "punct",
    ],
    pos=[
        "PROPN",
        "VERB",
        "ADP",
        "DET",
        "NOUN",
        "ADP",
        "PROPN",
        "ADP",
        "PROPN",
        "SCONJ",
        "PROPN",
        "AUX",
        "VERB",
        "ADP",
        "PUNCT",
    ],
    tags=["NNP", "VBD", "IN", "DT", "NN", "IN", "NNP", "IN", "NNP", "IN", "NNP", "MD", "VB", "RP", "."],
    lemmas=[
        "Xi",
        "say",
        "at",
        "the",
        "symposium",
        "on",
        "Monday",
        "in",
        "Beijing",
        "that",
        "China",
        "would",
        "open",
        "up",
        ".",
    ],
    ents=[("PERSON", 0, 1), ("DATE", 6, 7), ("GPE", 8, 9), ("GPE", 10, 11)],
)
BEIJING_OFFICE = Parse(
    "Xi visited the Beijing office.",
    words=["Xi", "visited", "the", "Beijing", "office", "."],
    heads=[1, 1, 4, 4, 1, 1],
    deps=["nsubj", "ROOT", "det", "compound", "dobj", "punct"],
    pos=["PROPN", "VERB", "DET", "PROPN", "NOUN", "PUNCT"],
    tags=["NNP", "VBD", "DT", "NNP", "NN", "."],
    lemmas=["Xi", "visit", "the", "Beijing", "office", "."],
    ents=[("PERSON", 0, 1), ("GPE", 3, 4)],
)
AT_BEIJING_OFFICE = Parse(
    "Xi spoke at the Beijing office.",
    words=["Xi", "spoke", "at", "the", "Beijing", "office", "."],
    heads=[1, 1, 1, 5, 5, 2, 1],
    deps=["nsubj", "ROOT", "prep", "det", "compound", "pobj", "punct"],
    pos=["PROPN", "VERB", "ADP", "DET", "PROPN", "NOUN", "PUNCT"],
    tags=["NNP", "VBD", "IN", "DT", "NNP", "NN", "."],
    lemmas=["Xi", "speak", "at", "the", "Beijing", "office", "."],
    ents=[("PERSON", 0, 1), ("GPE", 4, 5)],
)
MONDAYS_MEETING = Parse(
    "Xi praised Monday's meeting.",
    words=["Xi", "praised", "Monday", "'s", "meeting", "."],
    heads=[1, 1, 4, 2, 1, 1],
    deps=["nsubj", "ROOT", "poss", "case", "dobj", "punct"],
    pos=["PROPN", "VERB", "PROPN", "PART", "NOUN", "PUNCT"],
    tags=["NNP", "VBD", "NNP", "POS", "NN", "."],
    lemmas=["Xi", "praise", "Monday", "'s", "meeting", "."],
    ents=[("PERSON", 0, 1), ("DATE", 2, 3)],
)
AT_MONDAYS_MEETING = Parse(
    "Xi spoke at Monday's meeting.",
    words=["Xi", "spoke", "at", "Monday", "'s", "meeting", "."],
    heads=[1, 1, 1, 5, 3, 2, 1],
    deps=["nsubj", "ROOT", "prep", "poss", "case", "pobj", "punct"],
    pos=["PROPN", "VERB", "ADP", "PROPN", "PART", "NOUN", "PUNCT"],
    tags=["NNP", "VBD", "IN", "NNP", "POS", "NN", "."],
    lemmas=["Xi", "speak", "at", "Monday", "'s", "meeting", "."],
    ents=[("PERSON", 0, 1), ("DATE", 3, 4)],
)
WILL_VISIT = Parse(
    "Xi will visit Paris in March.",
    words=["Xi", "will", "visit", "Paris", "in", "March", "."],
    heads=[2, 2, 2, 2, 2, 4, 2],
    deps=["nsubj", "aux", "ROOT", "dobj", "prep", "pobj", "punct"],
    pos=["PROPN", "AUX", "VERB", "PROPN", "ADP", "PROPN", "PUNCT"],
    tags=["NNP", "MD", "VB", "NNP", "IN", "NNP", "."],
    lemmas=["Xi", "will", "visit", "Paris", "in", "March", "."],
    ents=[("PERSON", 0, 1), ("GPE", 3, 4), ("DATE", 5, 6)],
)
LAST_WEEK = Parse(
    "Huawei opened a lab in Paris last week.",
    words=["Huawei", "opened", "a", "lab", "in", "Paris", "last", "week", "."],
    heads=[1, 1, 3, 1, 1, 4, 7, 1, 1],
    deps=["nsubj", "ROOT", "det", "dobj", "prep", "pobj", "amod", "npadvmod", "punct"],
    pos=["PROPN", "VERB", "DET", "NOUN", "ADP", "PROPN", "ADJ", "NOUN", "PUNCT"],
    tags=["NNP", "VBD", "DT", "NN", "IN", "NNP", "JJ", "NN", "."],
    lemmas=["Huawei", "open", "a", "lab", "in", "Paris", "last", "week", "."],
    ents=[("ORG", 0, 1), ("GPE", 5, 6), ("DATE", 6, 8)],
)
BARE_MONDAY = Parse(
    "Xi spoke Monday.",
    words=["Xi", "spoke", "Monday", "."],
    heads=[1, 1, 1, 1],
    deps=["nsubj", "ROOT", "npadvmod", "punct"],
    pos=["PROPN", "VERB", "PROPN", "PUNCT"],
    tags=["NNP", "VBD", "NNP", "."],
    lemmas=["Xi", "speak", "Monday", "."],
    ents=[("PERSON", 0, 1), ("DATE", 2, 3)],
)
RECENTLY = Parse(
    "The company said recently that it would expand.",
    words=["The", "company", "said", "recently", "that", "it", "would", "expand", "."],
    heads=[1, 2, 2, 2, 7, 7, 7, 2, 2],
    deps=["det", "nsubj", "ROOT", "advmod", "mark", "nsubj", "aux", "ccomp", "punct"],
    pos=["DET", "NOUN", "VERB", "ADV", "SCONJ", "PRON", "AUX", "VERB", "PUNCT"],
    tags=["DT", "NN", "VBD", "RB", "IN", "PRP", "MD", "VB", "."],
    lemmas=["the", "company", "say", "recently", "that", "it", "would", "expand", "."],
    ents=[],
)
ARRIVED_AND_MET = Parse(
    "On Monday, Xi arrived in Moscow and met Putin.",
    words=["On", "Monday", ",", "Xi", "arrived", "in", "Moscow", "and", "met", "Putin", "."],
    heads=[4, 0, 4, 4, 4, 4, 5, 4, 4, 8, 4],
    deps=["prep", "pobj", "punct", "nsubj", "ROOT", "prep", "pobj", "cc", "conj", "dobj", "punct"],
    pos=["ADP", "PROPN", "PUNCT", "PROPN", "VERB", "ADP", "PROPN", "CCONJ", "VERB", "PROPN", "PUNCT"],
    tags=["IN", "NNP", ",", "NNP", "VBD", "IN", "NNP", "CC", "VBD", "NNP", "."],
    lemmas=["on", "Monday", ",", "Xi", "arrive", "in", "Moscow", "and", "meet", "Putin", "."],
    ents=[("DATE", 1, 2), ("PERSON", 3, 4), ("GPE", 6, 7), ("PERSON", 9, 10)],
)
SINCE_2019 = Parse(
    "Huawei has operated in France since 2019.",
    words=["Huawei", "has", "operated", "in", "France", "since", "2019", "."],
    heads=[2, 2, 2, 2, 3, 2, 5, 2],
    deps=["nsubj", "aux", "ROOT", "prep", "pobj", "prep", "pobj", "punct"],
    pos=["PROPN", "AUX", "VERB", "ADP", "PROPN", "SCONJ", "NUM", "PUNCT"],
    tags=["NNP", "VBZ", "VBN", "IN", "NNP", "IN", "CD", "."],
    lemmas=["Huawei", "have", "operate", "in", "France", "since", "2019", "."],
    ents=[("ORG", 0, 1), ("GPE", 4, 5), ("DATE", 6, 7)],
)
SANCTIONS_ON = Parse(
    "The US imposed sanctions on China.",
    words=["The", "US", "imposed", "sanctions", "on", "China", "."],
    heads=[1, 2, 2, 2, 3, 4, 2],
    deps=["det", "nsubj", "ROOT", "dobj", "prep", "pobj", "punct"],
    pos=["DET", "PROPN", "VERB", "NOUN", "ADP", "PROPN", "PUNCT"],
    tags=["DT", "NNP", "VBD", "NNS", "IN", "NNP", "."],
    lemmas=["the", "US", "impose", "sanction", "on", "China", "."],
    ents=[("GPE", 1, 2), ("GPE", 5, 6)],
)
CRISIS_IN = Parse(
    "Xi spoke about the crisis in Ukraine.",
    words=["Xi", "spoke", "about", "the", "crisis", "in", "Ukraine", "."],
    heads=[1, 1, 1, 4, 2, 4, 5, 1],
    deps=["nsubj", "ROOT", "prep", "det", "pobj", "prep", "pobj", "punct"],
    pos=["PROPN", "VERB", "ADP", "DET", "NOUN", "ADP", "PROPN", "PUNCT"],
    tags=["NNP", "VBD", "IN", "DT", "NN", "IN", "NNP", "."],
    lemmas=["Xi", "speak", "about", "the", "crisis", "in", "Ukraine", "."],
    ents=[("PERSON", 0, 1), ("GPE", 6, 7)],
)
BRIDGE_OPENED = Parse(
    "The bridge, opened in May 1932, links the two towns.",
    words=["The", "bridge", ",", "opened", "in", "May", "1932", ",", "links", "the", "two", "towns", "."],
    heads=[1, 8, 1, 1, 3, 4, 5, 1, 8, 11, 11, 8, 8],
    deps=["det", "nsubj", "punct", "acl", "prep", "pobj", "nummod", "punct", "ROOT", "det", "nummod", "dobj", "punct"],
    pos=["DET", "NOUN", "PUNCT", "VERB", "ADP", "PROPN", "NUM", "PUNCT", "VERB", "DET", "NUM", "NOUN", "PUNCT"],
    tags=["DT", "NN", ",", "VBN", "IN", "NNP", "CD", ",", "VBZ", "DT", "CD", "NNS", "."],
    lemmas=["the", "bridge", ",", "open", "in", "May", "1932", ",", "link", "the", "two", "town", "."],
    ents=[("DATE", 5, 7), ("CARDINAL", 10, 11)],
)
ASKED_IN_PARIS = Parse(
    "Asked about the deal in Paris on Tuesday, Macron said it was fair.",
    words=[
        "Asked",
        "about",
        "the",
        "deal",
        "in",
        "Paris",
        "on",
        "Tuesday",
        ",",
        "Macron",
        "said",
        "it",
        "was",
        "fair",
        ".",
    ],
    heads=[10, 0, 3, 1, 3, 4, 0, 6, 10, 10, 10, 12, 10, 12, 10],
    deps=[
        "advcl",
        "prep",
        "det",
        "pobj",
        "prep",
        "pobj",
        "prep",
        "pobj",
        "punct",
        "nsubj",
        "ROOT",
        "nsubj",
        "ccomp",
        "acomp",
        "punct",
    ],
    pos=[
        "VERB",
        "ADP",
        "DET",
        "NOUN",
        "ADP",
        "PROPN",
        "ADP",
        "PROPN",
        "PUNCT",
        "PROPN",
        "VERB",
        "PRON",
        "AUX",
        "ADJ",
        "PUNCT",
    ],
    tags=["VBN", "IN", "DT", "NN", "IN", "NNP", "IN", "NNP", ",", "NNP", "VBD", "PRP", "VBD", "JJ", "."],
    lemmas=[
        "ask",
        "about",
        "the",
        "deal",
        "in",
        "Paris",
        "on",
        "Tuesday",
        ",",
        "Macron",
        "say",
        "it",
        "be",
        "fair",
        ".",
    ],
    ents=[("GPE", 5, 6), ("DATE", 7, 8), ("PERSON", 9, 10)],
)

IN_THREE_DAYS = Parse(
    "The talks ended in three days.",
    words=["The", "talks", "ended", "in", "three", "days", "."],
    heads=[1, 2, 2, 2, 5, 3, 2],
    deps=["det", "nsubj", "ROOT", "prep", "nummod", "pobj", "punct"],
    pos=["DET", "NOUN", "VERB", "ADP", "NUM", "NOUN", "PUNCT"],
    tags=["DT", "NNS", "VBD", "IN", "CD", "NNS", "."],
    lemmas=["the", "talk", "end", "in", "three", "day", "."],
    ents=[("DATE", 4, 6)],
)
CITY_OF = Parse(
    "The rally was held in the city of Chicago on Monday.",
    words=["The", "rally", "was", "held", "in", "the", "city", "of", "Chicago", "on", "Monday", "."],
    heads=[1, 3, 3, 3, 3, 6, 4, 6, 7, 3, 9, 3],
    deps=["det", "nsubjpass", "auxpass", "ROOT", "prep", "det", "pobj", "prep", "pobj", "prep", "pobj", "punct"],
    pos=["DET", "NOUN", "AUX", "VERB", "ADP", "DET", "NOUN", "ADP", "PROPN", "ADP", "PROPN", "PUNCT"],
    tags=["DT", "NN", "VBD", "VBN", "IN", "DT", "NN", "IN", "NNP", "IN", "NNP", "."],
    lemmas=["the", "rally", "be", "hold", "in", "the", "city", "of", "Chicago", "on", "Monday", "."],
    ents=[("GPE", 8, 9), ("DATE", 10, 11)],
)
WON_SOON = Parse(
    "Park Won-soon was found dead.",
    words=["Park", "Won", "-", "soon", "was", "found", "dead", "."],
    heads=[1, 5, 5, 5, 5, 5, 5, 5],
    deps=["compound", "nsubjpass", "punct", "advmod", "auxpass", "ROOT", "oprd", "punct"],
    pos=["PROPN", "PROPN", "PUNCT", "ADV", "AUX", "VERB", "ADJ", "PUNCT"],
    tags=["NNP", "NNP", "HYPH", "RB", "VBD", "VBN", "JJ", "."],
    lemmas=["Park", "Won", "-", "soon", "be", "find", "dead", "."],
    ents=[("PERSON", 0, 4)],
)
AGE_OF = Parse(
    "He died at the age of 55 in Paris.",
    words=["He", "died", "at", "the", "age", "of", "55", "in", "Paris", "."],
    heads=[1, 1, 1, 4, 2, 4, 5, 4, 7, 1],
    deps=["nsubj", "ROOT", "prep", "det", "pobj", "prep", "pobj", "prep", "pobj", "punct"],
    pos=["PRON", "VERB", "ADP", "DET", "NOUN", "ADP", "NUM", "ADP", "PROPN", "PUNCT"],
    tags=["PRP", "VBD", "IN", "DT", "NN", "IN", "CD", "IN", "NNP", "."],
    lemmas=["he", "die", "at", "the", "age", "of", "55", "in", "Paris", "."],
    ents=[("DATE", 3, 7), ("GPE", 8, 9)],
)
SUPER_TUESDAY = Parse(
    "Heading into Super Tuesday, Sanders had the most delegates.",
    words=["Heading", "into", "Super", "Tuesday", ",", "Sanders", "had", "the", "most", "delegates", "."],
    heads=[6, 0, 1, 0, 6, 6, 6, 9, 9, 6, 6],
    deps=["advcl", "prep", "pobj", "npadvmod", "punct", "nsubj", "ROOT", "det", "amod", "dobj", "punct"],
    pos=["VERB", "ADP", "PROPN", "PROPN", "PUNCT", "PROPN", "VERB", "DET", "ADJ", "NOUN", "PUNCT"],
    tags=["VBG", "IN", "NNP", "NNP", ",", "NNP", "VBD", "DT", "JJS", "NNS", "."],
    lemmas=["head", "into", "Super", "Tuesday", ",", "Sanders", "have", "the", "most", "delegate", "."],
    ents=[("GPE", 2, 3), ("DATE", 3, 4), ("PERSON", 5, 6)],
)
YESTERDAY_MORNING = Parse(
    "The hotel caught fire yesterday morning.",
    words=["The", "hotel", "caught", "fire", "yesterday", "morning", "."],
    heads=[1, 2, 2, 2, 5, 2, 2],
    deps=["det", "nsubj", "ROOT", "dobj", "compound", "npadvmod", "punct"],
    pos=["DET", "NOUN", "VERB", "NOUN", "NOUN", "NOUN", "PUNCT"],
    tags=["DT", "NN", "VBD", "NN", "NN", "NN", "."],
    lemmas=["the", "hotel", "catch", "fire", "yesterday", "morning", "."],
    ents=[("DATE", 4, 5), ("TIME", 5, 6)],
)
CATEGORY_5 = Parse(
    "At Category 5, catastrophic damage will occur.",
    words=["At", "Category", "5", ",", "catastrophic", "damage", "will", "occur", "."],
    heads=[7, 0, 1, 7, 5, 7, 7, 7, 7],
    deps=["prep", "pobj", "nummod", "punct", "amod", "nsubj", "aux", "ROOT", "punct"],
    pos=["ADP", "PROPN", "NUM", "PUNCT", "ADJ", "NOUN", "AUX", "VERB", "PUNCT"],
    tags=["IN", "NNP", "CD", ",", "JJ", "NN", "MD", "VB", "."],
    lemmas=["at", "Category", "5", ",", "catastrophic", "damage", "will", "occur", "."],
    ents=[("DATE", 1, 3)],  # as the model tags it in the longer sentence this comes from
)
DISCOVERED_IN = Parse(
    "Discovered in 2016, the planet is very young.",
    words=["Discovered", "in", "2016", ",", "the", "planet", "is", "very", "young", "."],
    heads=[6, 0, 1, 6, 5, 6, 6, 8, 6, 6],
    deps=["advcl", "prep", "pobj", "punct", "det", "nsubj", "ROOT", "advmod", "acomp", "punct"],
    pos=["VERB", "ADP", "NUM", "PUNCT", "DET", "NOUN", "AUX", "ADV", "ADJ", "PUNCT"],
    tags=["VBN", "IN", "CD", ",", "DT", "NN", "VBZ", "RB", "JJ", "."],
    lemmas=["discover", "in", "2016", ",", "the", "planet", "be", "very", "young", "."],
    ents=[("DATE", 2, 3)],
)
COULD_COMMENCE = Parse(
    "The trial could commence on Tuesday, January 21.",
    words=["The", "trial", "could", "commence", "on", "Tuesday", ",", "January", "21", "."],
    heads=[1, 3, 3, 3, 3, 4, 5, 5, 7, 3],
    deps=["det", "nsubj", "aux", "ROOT", "prep", "pobj", "punct", "appos", "nummod", "punct"],
    pos=["DET", "NOUN", "AUX", "VERB", "ADP", "PROPN", "PUNCT", "PROPN", "NUM", "PUNCT"],
    tags=["DT", "NN", "MD", "VB", "IN", "NNP", ",", "NNP", "CD", "."],
    lemmas=["the", "trial", "could", "commence", "on", "Tuesday", ",", "January", "21", "."],
    ents=[("DATE", 5, 9)],
)
QUOTED_MORNING = Parse(
    '"It was given to me this morning," Trump wrote.',
    words=['"', "It", "was", "given", "to", "me", "this", "morning", ",", '"', "Trump", "wrote", "."],
    heads=[11, 3, 3, 11, 3, 4, 7, 3, 11, 11, 11, 11, 11],
    deps=[
        "punct",
        "nsubjpass",
        "auxpass",
        "ccomp",
        "dative",
        "pobj",
        "det",
        "npadvmod",
        "punct",
        "punct",
        "nsubj",
        "ROOT",
        "punct",
    ],
    pos=["PUNCT", "PRON", "AUX", "VERB", "ADP", "PRON", "DET", "NOUN", "PUNCT", "PUNCT", "PROPN", "VERB", "PUNCT"],
    tags=["``", "PRP", "VBD", "VBN", "IN", "PRP", "DT", "NN", ",", "''", "NNP", "VBD", "."],
    lemmas=['"', "it", "be", "give", "to", "I", "this", "morning", ",", '"', "Trump", "write", "."],
    ents=[("TIME", 6, 8), ("PERSON", 10, 11)],
)
AS_SOON_AS = Parse(
    "As soon as she saw me she started running away.",
    words=["As", "soon", "as", "she", "saw", "me", "she", "started", "running", "away", "."],
    heads=[1, 7, 4, 4, 1, 4, 7, 7, 7, 8, 7],
    deps=["advmod", "advmod", "mark", "nsubj", "advcl", "dobj", "nsubj", "ROOT", "xcomp", "advmod", "punct"],
    pos=["ADV", "ADV", "SCONJ", "PRON", "VERB", "PRON", "PRON", "VERB", "VERB", "ADV", "PUNCT"],
    tags=["RB", "RB", "IN", "PRP", "VBD", "PRP", "PRP", "VBD", "VBG", "RB", "."],
    lemmas=["as", "soon", "as", "she", "see", "I", "she", "start", "run", "away", "."],
    ents=[],
)
CLOCK_AND_DAY = Parse(
    "The quake occurred at 7:37 p.m. local time on Wednesday.",
    words=["The", "quake", "occurred", "at", "7:37", "p.m.", "local", "time", "on", "Wednesday", "."],
    heads=[1, 2, 2, 2, 5, 3, 7, 3, 2, 8, 2],
    deps=["det", "nsubj", "ROOT", "prep", "nummod", "pobj", "amod", "pobj", "prep", "pobj", "punct"],
    pos=["DET", "NOUN", "VERB", "ADP", "NUM", "NOUN", "ADJ", "NOUN", "ADP", "PROPN", "PUNCT"],
    tags=["DT", "NN", "VBD", "IN", "CD", "NN", "JJ", "NN", "IN", "NNP", "."],
    lemmas=["the", "quake", "occur", "at", "7:37", "p.m.", "local", "time", "on", "Wednesday", "."],
    ents=[("TIME", 4, 6), ("DATE", 9, 10)],
)


def read(parse: Parse, verb: str) -> Qualifiers:
    """The qualifiers of the (first) token ``verb`` of a one-sentence parse."""
    doc = make_doc(parse)
    sent = next(iter(doc.sents))
    token = next(t for t in sent if t.text == verb)
    return qualifiers(token, sent)


def texts(found: Qualifiers) -> tuple[str | None, str | None]:
    return found.time_text, (found.place.text if found.place is not None else None)


@pytest.mark.parametrize(
    ("parse", "verb", "time", "place"),
    [
        (OPENING_MONDAY, "spoke", "Monday", "Beijing"),
        (CLOSING_MONDAY, "spoke", "Monday", "Beijing"),
        (SPEAKING_PARTICIPLE, "said", "Monday", "Beijing"),  # the scene-setting participle
        (SPEAKING_PARTICIPLE, "speaking", "Monday", "Beijing"),
        (SYMPOSIUM_CHAIN, "said", "Monday", "Beijing"),  # at the symposium -> on Monday -> in Beijing
        (WILL_VISIT, "visit", "March", None),  # Paris is the object, not a qualifier
        (LAST_WEEK, "opened", "last week", "Paris"),
        (BARE_MONDAY, "spoke", "Monday", None),
        (RECENTLY, "said", "recently", None),
        (ARRIVED_AND_MET, "arrived", "Monday", "Moscow"),
        (ARRIVED_AND_MET, "met", "Monday", None),  # the opening "On Monday" covers both; "in Moscow" only arrived
        (ASKED_IN_PARIS, "said", "Tuesday", None),  # the parse hangs "in Paris" on the deal, not on asking
        (CITY_OF, "held", "Monday", "Chicago"),  # in the city of Chicago
        (AGE_OF, "died", None, "Paris"),  # an age is no time; "in Paris" hangs on the setting "at the age"
        (YESTERDAY_MORNING, "caught", "yesterday morning", None),  # a DATE and a TIME entity, one time
        (CLOCK_AND_DAY, "occurred", "Wednesday", None),  # of two times, the one that resolves
    ],
)
def test_time_and_place_of_a_verb(parse, verb, time, place):
    assert texts(read(parse, verb)) == (time, place)


@pytest.mark.parametrize(
    ("parse", "verb"),
    [
        (BEIJING_OFFICE, "visited"),  # "Beijing" only modifies the office
        (AT_BEIJING_OFFICE, "spoke"),
        (MONDAYS_MEETING, "praised"),  # "Monday's" belongs to the meeting
        (AT_MONDAYS_MEETING, "spoke"),
        (SANCTIONS_ON, "imposed"),  # "on China" is no place, and hangs on the sanctions
        (CRISIS_IN, "spoke"),  # Ukraine is where the crisis is, not where he spoke
    ],
)
def test_names_that_modify_a_noun_qualify_no_verb(parse, verb):
    assert texts(read(parse, verb)) == (None, None)


def test_words_that_say_how_long_are_no_time():
    assert texts(read(IN_THREE_DAYS, "ended")) == (None, None)


def test_a_time_adverb_inside_a_name_is_no_time():
    assert texts(read(WON_SOON, "found")) == (None, None)


@pytest.mark.parametrize(
    ("parse", "verb"),
    [
        (SUPER_TUESDAY, "had"),  # "Super Tuesday" is a name, and "into" no time preposition
        (CATEGORY_5, "occur"),  # a DATE to the NER that speaks of no time
        (DISCOVERED_IN, "is"),  # the past participle describes the planet, not when it is young
        (AS_SOON_AS, "started"),  # "as soon as" is a conjunction
    ],
)
def test_misread_times_are_no_time(parse, verb):
    assert read(parse, verb).time is None


def test_since_is_no_time_of_the_verb():
    assert texts(read(SINCE_2019, "operated")) == (None, "France")


def test_a_past_participle_on_the_subject_describes_the_subject_not_the_scene():
    assert texts(read(BRIDGE_OPENED, "links")) == (None, None)
    assert texts(read(BRIDGE_OPENED, "opened")) == ("May 1932", None)


def test_a_time_the_ner_missed_is_read_from_its_words():
    missed = Parse(
        CLOSING_MONDAY.text,
        CLOSING_MONDAY.words,
        CLOSING_MONDAY.heads,
        CLOSING_MONDAY.deps,
        CLOSING_MONDAY.pos,
        CLOSING_MONDAY.tags,
        CLOSING_MONDAY.lemmas,
        ents=[("GPE", 3, 4)],
    )
    found = read(missed, "spoke")
    assert texts(found) == ("Monday", "Beijing")
    assert (found.time.start, found.time.end) == (5, 6)


def test_the_place_is_the_entity_span_so_it_maps_to_its_mention():
    found = read(SYMPOSIUM_CHAIN, "said")
    start = SYMPOSIUM_CHAIN.text.index("Beijing")
    assert (found.place.start_char, found.place.end_char) == (start, start + len("Beijing")) == (38, 45)
    assert found.place.label_ == "GPE"


def test_tense_of_the_verb():
    assert tense(make_doc(WILL_VISIT)[2]) == "future"
    assert tense(make_doc(CLOSING_MONDAY)[1]) == "past"
    assert tense(make_doc(SINCE_2019)[2]) == "past"  # has operated
    assert tense(make_doc(BRIDGE_OPENED)[8]) is None  # links
    assert tense(make_doc(COULD_COMMENCE)[3]) == "future"


def test_a_modal_of_what_may_come_reads_forward_and_the_weekday_settles_the_year():
    found = read(COULD_COMMENCE, "commence")
    assert (found.time_text, found.tense) == ("Tuesday, January 21", "future")
    assert found.time_value("2020-01-15").value == "2020-01-21"


def test_relative_times_inside_a_quotation_keep_their_words_only():
    found = read(QUOTED_MORNING, "given")
    assert (found.time_text, found.quoted) == ("this morning", True)
    assert found.time_value("2019-09-12") == TimeValue("this morning")
    assert read(CLOSING_MONDAY, "spoke").quoted is False
    sent = next(iter(make_doc(CLOSING_MONDAY).sents))
    told = qualifiers(sent[1], sent, in_quotation=True)  # a quotation begun in an earlier paragraph
    assert told.quoted and told.time_value(WEDNESDAY) == TimeValue("Monday")


def test_time_value_resolves_against_the_article_date_in_the_verbs_tense():
    assert read(YESTERDAY_MORNING, "caught").time_value(WEDNESDAY).value == "2020-08-18"
    assert read(CLOSING_MONDAY, "spoke").time_value(WEDNESDAY) == TimeValue(
        "Monday", "2020-08-17", "date", "2020-08-17", "2020-08-17"
    )
    assert read(WILL_VISIT, "visit").time_value(WEDNESDAY) == TimeValue(
        "March", "2021-03", "gYearMonth", "2021-03-01", "2021-03-31"
    )  # future: the next March
    assert read(RECENTLY, "said").time_value(WEDNESDAY) == TimeValue("recently")
    assert read(CLOSING_MONDAY, "spoke").time_value(None) == TimeValue("Monday")
    assert read(BEIJING_OFFICE, "visited").time_value(WEDNESDAY) is None
