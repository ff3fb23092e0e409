"""Rules that keep a reader's trust: what the text does not assert stays out of the plain
triples, and no argument is a piece of another clause. Each parse is what en_core_web_sm
gives for a sentence written for these tests (none from the seed, the news gold or the
judged Wikinews samples), printed by ``tests/parse_literal.py`` and kept fixed here."""

from __future__ import annotations

import pytest
from test_rules import rule_claims

from kg.extract import extract
from kg.model import Article
from kg.nlp import ParsedArticle

from docs import Parse, make_doc

REPORTS_SHELLED = Parse(
    "Officials denied reports the army had shelled the town.",
    words=["Officials", "denied", "reports", "the", "army", "had", "shelled", "the", "town", "."],
    heads=[1, 1, 1, 4, 6, 6, 2, 8, 6, 1],
    deps=["nsubj", "ROOT", "dobj", "det", "nsubj", "aux", "acl", "det", "dobj", "punct"],
    pos=["NOUN", "VERB", "NOUN", "DET", "NOUN", "AUX", "VERB", "DET", "NOUN", "PUNCT"],
    tags=["NNS", "VBD", "NNS", "DT", "NN", "VBD", "VBN", "DT", "NN", "."],
    lemmas=["official", "deny", "report", "the", "army", "have", "shell", "the", "town", "."],
    ents=[],
)
RUMOUR_FIRED = Parse(
    "Sources confirmed the rumour that Acme Corp fired its chief executive.",
    words=["Sources", "confirmed", "the", "rumour", "that", "Acme", "Corp", "fired", "its", "chief", "executive", "."],
    heads=[1, 1, 3, 1, 7, 6, 7, 3, 10, 10, 7, 1],
    deps=["nsubj", "ROOT", "det", "dobj", "mark", "compound", "nsubj", "relcl", "poss", "amod", "dobj", "punct"],
    pos=["NOUN", "VERB", "DET", "NOUN", "PRON", "PROPN", "PROPN", "VERB", "PRON", "ADJ", "NOUN", "PUNCT"],
    tags=["NNS", "VBD", "DT", "NN", "WDT", "NNP", "NNP", "VBD", "PRP$", "JJ", "NN", "."],
    lemmas=["source", "confirm", "the", "rumour", "that", "Acme", "Corp", "fire", "its", "chief", "executive", "."],
    ents=[("ORG", 5, 7)],
)
WOULD_NOT_SAYING = Parse(
    "Senator Lee would not back the bill, saying Acme raises prices.",
    words=["Senator", "Lee", "would", "not", "back", "the", "bill", ",", "saying", "Acme", "raises", "prices", "."],
    heads=[1, 4, 4, 4, 4, 6, 4, 4, 4, 10, 8, 10, 4],
    deps=[
        "compound",
        "nsubj",
        "aux",
        "neg",
        "ROOT",
        "det",
        "dobj",
        "punct",
        "advcl",
        "nsubj",
        "ccomp",
        "dobj",
        "punct",
    ],
    pos=["PROPN", "PROPN", "AUX", "PART", "VERB", "DET", "NOUN", "PUNCT", "VERB", "PROPN", "VERB", "NOUN", "PUNCT"],
    tags=["NNP", "NNP", "MD", "RB", "VB", "DT", "NN", ",", "VBG", "NNP", "VBZ", "NNS", "."],
    lemmas=["Senator", "Lee", "would", "not", "back", "the", "bill", ",", "say", "Acme", "raise", "price", "."],
    ents=[("PERSON", 1, 2), ("ORG", 9, 10)],
)
IS_TO_VOTE = Parse(
    "The council is to vote on the budget next week.",
    words=["The", "council", "is", "to", "vote", "on", "the", "budget", "next", "week", "."],
    heads=[1, 2, 2, 4, 2, 4, 7, 5, 9, 4, 2],
    deps=["det", "nsubj", "ROOT", "aux", "xcomp", "prep", "det", "pobj", "amod", "npadvmod", "punct"],
    pos=["DET", "NOUN", "AUX", "PART", "VERB", "ADP", "DET", "NOUN", "ADJ", "NOUN", "PUNCT"],
    tags=["DT", "NN", "VBZ", "TO", "VB", "IN", "DT", "NN", "JJ", "NN", "."],
    lemmas=["the", "council", "be", "to", "vote", "on", "the", "budget", "next", "week", "."],
    ents=[("DATE", 8, 10)],
)
TIME_TO_SELL = Parse(
    "She dropped her plan at the time to sell the house.",
    words=["She", "dropped", "her", "plan", "at", "the", "time", "to", "sell", "the", "house", "."],
    heads=[1, 1, 3, 1, 1, 6, 4, 8, 6, 10, 8, 1],
    deps=["nsubj", "ROOT", "poss", "dobj", "prep", "det", "pobj", "aux", "relcl", "det", "dobj", "punct"],
    pos=["PRON", "VERB", "PRON", "NOUN", "ADP", "DET", "NOUN", "PART", "VERB", "DET", "NOUN", "PUNCT"],
    tags=["PRP", "VBD", "PRP$", "NN", "IN", "DT", "NN", "TO", "VB", "DT", "NN", "."],
    lemmas=["she", "drop", "her", "plan", "at", "the", "time", "to", "sell", "the", "house", "."],
    ents=[],
)
HAS_BEEN_CRITICISED = Parse(
    "The mayor has been criticised for the delays during the flood.",
    words=["The", "mayor", "has", "been", "criticised", "for", "the", "delays", "during", "the", "flood", "."],
    heads=[1, 4, 4, 4, 4, 4, 7, 5, 7, 10, 8, 4],
    deps=["det", "nsubjpass", "aux", "auxpass", "ROOT", "prep", "det", "pobj", "prep", "det", "pobj", "punct"],
    pos=["DET", "NOUN", "AUX", "AUX", "VERB", "ADP", "DET", "NOUN", "ADP", "DET", "NOUN", "PUNCT"],
    tags=["DT", "NN", "VBZ", "VBN", "VBN", "IN", "DT", "NNS", "IN", "DT", "NN", "."],
    lemmas=["the", "mayor", "have", "be", "criticise", "for", "the", "delay", "during", "the", "flood", "."],
    ents=[],
)
VOTES_COUNTED = Parse(
    "With the votes counted, the mayor conceded defeat.",
    words=["With", "the", "votes", "counted", ",", "the", "mayor", "conceded", "defeat", "."],
    heads=[3, 2, 3, 7, 7, 6, 7, 7, 7, 7],
    deps=["mark", "det", "nsubj", "advcl", "punct", "det", "nsubj", "ROOT", "dobj", "punct"],
    pos=["SCONJ", "DET", "NOUN", "VERB", "PUNCT", "DET", "NOUN", "VERB", "NOUN", "PUNCT"],
    tags=["IN", "DT", "NNS", "VBN", ",", "DT", "NN", "VBD", "NN", "."],
    lemmas=["with", "the", "vote", "count", ",", "the", "mayor", "concede", "defeat", "."],
    ents=[],
)
WHICH_ADOPTED = Parse(
    "She praised the plan, which the council adopted in May.",
    words=["She", "praised", "the", "plan", ",", "which", "the", "council", "adopted", "in", "May", "."],
    heads=[1, 1, 3, 1, 3, 8, 7, 8, 3, 8, 9, 1],
    deps=["nsubj", "ROOT", "det", "dobj", "punct", "dobj", "det", "nsubj", "relcl", "prep", "pobj", "punct"],
    pos=["PRON", "VERB", "DET", "NOUN", "PUNCT", "PRON", "DET", "NOUN", "VERB", "ADP", "PROPN", "PUNCT"],
    tags=["PRP", "VBD", "DT", "NN", ",", "WDT", "DT", "NN", "VBD", "IN", "NNP", "."],
    lemmas=["she", "praise", "the", "plan", ",", "which", "the", "council", "adopt", "in", "May", "."],
    ents=[("DATE", 10, 11)],
)
PLAN_BASED_ON = Parse(
    "Voters rejected any plan based on the Oregon model.",
    words=["Voters", "rejected", "any", "plan", "based", "on", "the", "Oregon", "model", "."],
    heads=[1, 1, 3, 1, 3, 4, 8, 8, 5, 1],
    deps=["nsubj", "ROOT", "det", "dobj", "acl", "prep", "det", "compound", "pobj", "punct"],
    pos=["NOUN", "VERB", "DET", "NOUN", "VERB", "ADP", "DET", "PROPN", "NOUN", "PUNCT"],
    tags=["NNS", "VBD", "DT", "NN", "VBN", "IN", "DT", "NNP", "NN", "."],
    lemmas=["voter", "reject", "any", "plan", "base", "on", "the", "Oregon", "model", "."],
    ents=[("GPE", 7, 8)],
)
LED_BY_POINTS = Parse(
    "Senator Ann Smith led Tom Jones 52 percent to 41 percent.",
    words=["Senator", "Ann", "Smith", "led", "Tom", "Jones", "52", "percent", "to", "41", "percent", "."],
    heads=[2, 2, 3, 3, 5, 3, 7, 3, 3, 10, 8, 3],
    deps=[
        "compound",
        "compound",
        "nsubj",
        "ROOT",
        "compound",
        "dobj",
        "nummod",
        "npadvmod",
        "prep",
        "nummod",
        "pobj",
        "punct",
    ],
    pos=["PROPN", "PROPN", "PROPN", "VERB", "PROPN", "PROPN", "NUM", "NOUN", "ADP", "NUM", "NOUN", "PUNCT"],
    tags=["NNP", "NNP", "NNP", "VBD", "NNP", "NNP", "CD", "NN", "IN", "CD", "NN", "."],
    lemmas=["Senator", "Ann", "Smith", "lead", "Tom", "Jones", "52", "percent", "to", "41", "percent", "."],
    ents=[("PERSON", 1, 3), ("PERSON", 4, 6), ("PERCENT", 6, 11)],
)
CONCERT_PLANNED = Parse(
    "Rain delayed a concert Adele planned for London.",
    words=["Rain", "delayed", "a", "concert", "Adele", "planned", "for", "London", "."],
    heads=[1, 1, 3, 1, 5, 3, 5, 6, 1],
    deps=["nsubj", "ROOT", "det", "dobj", "nsubj", "relcl", "prep", "pobj", "punct"],
    pos=["NOUN", "VERB", "DET", "NOUN", "PROPN", "VERB", "ADP", "PROPN", "PUNCT"],
    tags=["NN", "VBD", "DT", "NN", "NNP", "VBN", "IN", "NNP", "."],
    lemmas=["rain", "delay", "a", "concert", "Adele", "plan", "for", "London", "."],
    ents=[("PERSON", 4, 5), ("GPE", 7, 8)],
)
QUOTED_BULLY = Parse(
    'The Times described the mayor as "a bully who ignored Congress".',
    words=[
        "The",
        "Times",
        "described",
        "the",
        "mayor",
        "as",
        '"',
        "a",
        "bully",
        "who",
        "ignored",
        "Congress",
        '"',
        ".",
    ],
    heads=[1, 2, 2, 4, 2, 2, 5, 8, 5, 10, 8, 10, 2, 2],
    deps=[
        "det",
        "nsubj",
        "ROOT",
        "det",
        "dobj",
        "prep",
        "punct",
        "det",
        "pobj",
        "nsubj",
        "relcl",
        "dobj",
        "punct",
        "punct",
    ],
    pos=[
        "DET",
        "PROPN",
        "VERB",
        "DET",
        "NOUN",
        "ADP",
        "PUNCT",
        "DET",
        "NOUN",
        "PRON",
        "VERB",
        "PROPN",
        "PUNCT",
        "PUNCT",
    ],
    tags=["DT", "NNP", "VBD", "DT", "NN", "IN", "``", "DT", "NN", "WP", "VBD", "NNP", "''", "."],
    lemmas=["the", "Times", "describe", "the", "mayor", "as", '"', "a", "bully", "who", "ignore", "Congress", '"', "."],
    ents=[("ORG", 1, 2), ("ORG", 11, 12)],
)
ACCUSED_OF_SAYING = Parse(
    "The senator accused the governor of saying the tax would fall.",
    words=["The", "senator", "accused", "the", "governor", "of", "saying", "the", "tax", "would", "fall", "."],
    heads=[1, 2, 2, 4, 2, 2, 5, 8, 10, 10, 6, 2],
    deps=["det", "nsubj", "ROOT", "det", "dobj", "prep", "pcomp", "det", "nsubj", "aux", "ccomp", "punct"],
    pos=["DET", "NOUN", "VERB", "DET", "NOUN", "ADP", "VERB", "DET", "NOUN", "AUX", "VERB", "PUNCT"],
    tags=["DT", "NN", "VBD", "DT", "NN", "IN", "VBG", "DT", "NN", "MD", "VB", "."],
    lemmas=["the", "senator", "accuse", "the", "governor", "of", "say", "the", "tax", "would", "fall", "."],
    ents=[],
)

NO_LONGER = Parse(
    "The court ruled that the mayor can no longer hold office.",
    words=["The", "court", "ruled", "that", "the", "mayor", "can", "no", "longer", "hold", "office", "."],
    heads=[1, 2, 2, 9, 5, 9, 9, 8, 9, 2, 9, 2],
    deps=["det", "nsubj", "ROOT", "mark", "det", "nsubj", "aux", "neg", "advmod", "ccomp", "dobj", "punct"],
    pos=["DET", "NOUN", "VERB", "SCONJ", "DET", "NOUN", "AUX", "ADV", "ADV", "VERB", "NOUN", "PUNCT"],
    tags=["DT", "NN", "VBD", "IN", "DT", "NN", "MD", "RB", "RB", "VB", "NN", "."],
    lemmas=["the", "court", "rule", "that", "the", "mayor", "can", "no", "long", "hold", "office", "."],
    ents=[],
)
VOTED_AGAINST = Parse(
    "The council voted against renewing the contract.",
    words=["The", "council", "voted", "against", "renewing", "the", "contract", "."],
    heads=[1, 2, 2, 2, 3, 6, 4, 2],
    deps=["det", "nsubj", "ROOT", "prep", "pcomp", "det", "dobj", "punct"],
    pos=["DET", "NOUN", "VERB", "ADP", "VERB", "DET", "NOUN", "PUNCT"],
    tags=["DT", "NN", "VBD", "IN", "VBG", "DT", "NN", "."],
    lemmas=["the", "council", "vote", "against", "renew", "the", "contract", "."],
    ents=[],
)
IF_NOT = Parse(
    "The storm destroyed hundreds if not thousands of homes.",
    words=["The", "storm", "destroyed", "hundreds", "if", "not", "thousands", "of", "homes", "."],
    heads=[1, 2, 2, 2, 3, 4, 3, 6, 7, 2],
    deps=["det", "nsubj", "ROOT", "dobj", "cc", "neg", "conj", "prep", "pobj", "punct"],
    pos=["DET", "NOUN", "VERB", "NOUN", "SCONJ", "PART", "NOUN", "ADP", "NOUN", "PUNCT"],
    tags=["DT", "NN", "VBD", "NNS", "IN", "RB", "NNS", "IN", "NNS", "."],
    lemmas=["the", "storm", "destroy", "hundred", "if", "not", "thousand", "of", "home", "."],
    ents=[("CARDINAL", 3, 4), ("CARDINAL", 6, 7)],
)
PRONOUNCED_DEAD = Parse(
    "The climber was pronounced dead at Everest base camp.",
    words=["The", "climber", "was", "pronounced", "dead", "at", "Everest", "base", "camp", "."],
    heads=[1, 3, 3, 3, 3, 3, 8, 8, 5, 3],
    deps=["det", "nsubjpass", "auxpass", "ROOT", "oprd", "prep", "compound", "compound", "pobj", "punct"],
    pos=["DET", "NOUN", "AUX", "VERB", "ADJ", "ADP", "PROPN", "NOUN", "NOUN", "PUNCT"],
    tags=["DT", "NN", "VBD", "VBN", "JJ", "IN", "NNP", "NN", "NN", "."],
    lemmas=["the", "climber", "be", "pronounce", "dead", "at", "Everest", "base", "camp", "."],
    ents=[("LOC", 6, 7)],
)
INVENTED_AND_COULD = Parse(
    "The drone was built last year and could reportedly carry Amazon parcels.",
    words=[
        "The",
        "drone",
        "was",
        "built",
        "last",
        "year",
        "and",
        "could",
        "reportedly",
        "carry",
        "Amazon",
        "parcels",
        ".",
    ],
    heads=[1, 3, 3, 3, 5, 3, 3, 9, 9, 3, 11, 9, 3],
    deps=[
        "det",
        "nsubjpass",
        "auxpass",
        "ROOT",
        "amod",
        "npadvmod",
        "cc",
        "aux",
        "advmod",
        "conj",
        "compound",
        "dobj",
        "punct",
    ],
    pos=["DET", "NOUN", "AUX", "VERB", "ADJ", "NOUN", "CCONJ", "AUX", "ADV", "VERB", "PROPN", "NOUN", "PUNCT"],
    tags=["DT", "NN", "VBD", "VBN", "JJ", "NN", "CC", "MD", "RB", "VB", "NNP", "NNS", "."],
    lemmas=[
        "the",
        "drone",
        "be",
        "build",
        "last",
        "year",
        "and",
        "could",
        "reportedly",
        "carry",
        "Amazon",
        "parcel",
        ".",
    ],
    ents=[("DATE", 4, 6), ("ORG", 10, 11)],
)
IDEA_THAT = Parse(
    "Other theories include the idea that bats spread the virus.",
    words=["Other", "theories", "include", "the", "idea", "that", "bats", "spread", "the", "virus", "."],
    heads=[1, 2, 2, 4, 2, 7, 7, 4, 9, 7, 2],
    deps=["amod", "nsubj", "ROOT", "det", "dobj", "mark", "nsubj", "acl", "det", "dobj", "punct"],
    pos=["ADJ", "NOUN", "VERB", "DET", "NOUN", "SCONJ", "NOUN", "VERB", "DET", "NOUN", "PUNCT"],
    tags=["JJ", "NNS", "VBP", "DT", "NN", "IN", "NNS", "VBP", "DT", "NN", "."],
    lemmas=["other", "theory", "include", "the", "idea", "that", "bat", "spread", "the", "virus", "."],
    ents=[],
)
SPANISH = Parse(
    "Nuestras acciones estarán dirigidas a ese fin y siempre estarán primero.",
    words=[
        "Nuestras",
        "acciones",
        "estarán",
        "dirigidas",
        "a",
        "ese",
        "fin",
        "y",
        "siempre",
        "estarán",
        "primero",
        ".",
    ],
    heads=[1, 1, 3, 1, 6, 6, 3, 8, 10, 10, 3, 1],
    deps=[
        "compound",
        "ROOT",
        "amod",
        "dobj",
        "det",
        "compound",
        "appos",
        "compound",
        "compound",
        "compound",
        "npadvmod",
        "punct",
    ],
    pos=["PROPN", "NOUN", "VERB", "NOUN", "DET", "NOUN", "NOUN", "PROPN", "PROPN", "PROPN", "PROPN", "PUNCT"],
    tags=["NNP", "NNS", "VBP", "NNS", "DT", "NN", "NN", "NNP", "NNP", "NNP", "NNP", "."],
    lemmas=["Nuestras", "accione", "estarán", "dirigida", "a", "ese", "fin", "y", "siempre", "estarán", "primero", "."],
    ents=[("PERSON", 0, 1)],
)
NAMED_WOMAN = Parse(
    "The driver struck a woman named Maria Lopez.",
    words=["The", "driver", "struck", "a", "woman", "named", "Maria", "Lopez", "."],
    heads=[1, 2, 2, 4, 2, 4, 7, 5, 2],
    deps=["det", "nsubj", "ROOT", "det", "dobj", "acl", "compound", "oprd", "punct"],
    pos=["DET", "NOUN", "VERB", "DET", "NOUN", "VERB", "PROPN", "PROPN", "PUNCT"],
    tags=["DT", "NN", "VBD", "DT", "NN", "VBN", "NNP", "NNP", "."],
    lemmas=["the", "driver", "strike", "a", "woman", "name", "Maria", "Lopez", "."],
    ents=[("PERSON", 6, 8)],
)
IT_WAS = Parse(
    "It was a race designed to help Kipchoge.",
    words=["It", "was", "a", "race", "designed", "to", "help", "Kipchoge", "."],
    heads=[1, 1, 3, 1, 3, 6, 4, 6, 1],
    deps=["nsubj", "ROOT", "det", "attr", "acl", "aux", "xcomp", "dobj", "punct"],
    pos=["PRON", "AUX", "DET", "NOUN", "VERB", "PART", "VERB", "PROPN", "PUNCT"],
    tags=["PRP", "VBD", "DT", "NN", "VBN", "TO", "VB", "NNP", "."],
    lemmas=["it", "be", "a", "race", "design", "to", "help", "Kipchoge", "."],
    ents=[("PERSON", 7, 8)],
)
RULING_PARTY = Parse(
    "She joined the ruling Labour Party.",
    words=["She", "joined", "the", "ruling", "Labour", "Party", "."],
    heads=[1, 1, 5, 5, 5, 1, 1],
    deps=["nsubj", "ROOT", "det", "amod", "compound", "dobj", "punct"],
    pos=["PRON", "VERB", "DET", "VERB", "PROPN", "PROPN", "PUNCT"],
    tags=["PRP", "VBD", "DT", "VBG", "NNP", "NNP", "."],
    lemmas=["she", "join", "the", "rule", "Labour", "Party", "."],
    ents=[("ORG", 4, 6)],
)
HOSE_JETS = Parse(
    "The board is lifted by jets of water drawn up by a hose.",
    words=["The", "board", "is", "lifted", "by", "jets", "of", "water", "drawn", "up", "by", "a", "hose", "."],
    heads=[1, 3, 3, 3, 3, 4, 5, 6, 7, 8, 8, 12, 10, 3],
    deps=[
        "det",
        "nsubjpass",
        "auxpass",
        "ROOT",
        "agent",
        "pobj",
        "prep",
        "pobj",
        "acl",
        "prt",
        "agent",
        "det",
        "pobj",
        "punct",
    ],
    pos=["DET", "NOUN", "AUX", "VERB", "ADP", "NOUN", "ADP", "NOUN", "VERB", "ADP", "ADP", "DET", "NOUN", "PUNCT"],
    tags=["DT", "NN", "VBZ", "VBN", "IN", "NNS", "IN", "NN", "VBN", "RP", "IN", "DT", "NN", "."],
    lemmas=["the", "board", "be", "lift", "by", "jet", "of", "water", "draw", "up", "by", "a", "hose", "."],
    ents=[],
)
NEWS_CAME = Parse(
    "The news came from his son-in-law.",
    words=["The", "news", "came", "from", "his", "son", "-", "in", "-", "law", "."],
    heads=[1, 2, 2, 2, 5, 3, 5, 5, 7, 7, 2],
    deps=["det", "nsubj", "ROOT", "prep", "poss", "pobj", "punct", "prep", "punct", "pobj", "punct"],
    pos=["DET", "NOUN", "VERB", "ADP", "PRON", "NOUN", "PUNCT", "ADP", "PUNCT", "NOUN", "PUNCT"],
    tags=["DT", "NN", "VBD", "IN", "PRP$", "NN", "HYPH", "IN", "HYPH", "NN", "."],
    lemmas=["the", "news", "come", "from", "his", "son", "-", "in", "-", "law", "."],
    ents=[],
)
STATEMENTS_ISSUED = Parse(
    "Both nations issued statements.",
    words=["Both", "nations", "issued", "statements", "."],
    heads=[1, 2, 2, 2, 2],
    deps=["det", "nsubj", "ROOT", "dobj", "punct"],
    pos=["DET", "NOUN", "VERB", "NOUN", "PUNCT"],
    tags=["DT", "NNS", "VBD", "NNS", "."],
    lemmas=["both", "nation", "issue", "statement", "."],
    ents=[],
)
BUS_FROM_TO = Parse(
    "A bus carrying children from Smolensk to Kaluga overturned.",
    words=["A", "bus", "carrying", "children", "from", "Smolensk", "to", "Kaluga", "overturned", "."],
    heads=[1, 8, 1, 2, 2, 4, 4, 6, 8, 8],
    deps=["det", "nsubj", "acl", "dobj", "prep", "pobj", "prep", "pobj", "ROOT", "punct"],
    pos=["DET", "NOUN", "VERB", "NOUN", "ADP", "PROPN", "ADP", "PROPN", "VERB", "PUNCT"],
    tags=["DT", "NN", "VBG", "NNS", "IN", "NNP", "IN", "NNP", "VBN", "."],
    lemmas=["a", "bus", "carry", "child", "from", "Smolensk", "to", "Kaluga", "overturn", "."],
    ents=[("GPE", 5, 6), ("GPE", 7, 8)],
)
CITIES_FROM_TO = Parse(
    "The tour visits cities from Lyon to Nice.",
    words=["The", "tour", "visits", "cities", "from", "Lyon", "to", "Nice", "."],
    heads=[1, 2, 2, 2, 2, 4, 2, 6, 2],
    deps=["det", "nsubj", "ROOT", "dobj", "prep", "pobj", "prep", "pobj", "punct"],
    pos=["DET", "NOUN", "VERB", "NOUN", "ADP", "PROPN", "ADP", "PROPN", "PUNCT"],
    tags=["DT", "NN", "VBZ", "NNS", "IN", "NNP", "IN", "NNP", "."],
    lemmas=["the", "tour", "visit", "city", "from", "Lyon", "to", "Nice", "."],
    ents=[("ORG", 5, 8)],
)
PLAYED_HOST = Parse(
    "The city of Toronto played host to the Furnal Equinox.",
    words=["The", "city", "of", "Toronto", "played", "host", "to", "the", "Furnal", "Equinox", "."],
    heads=[1, 4, 1, 2, 4, 4, 4, 9, 9, 6, 4],
    deps=["det", "nsubj", "prep", "pobj", "ROOT", "dobj", "prep", "det", "compound", "pobj", "punct"],
    pos=["DET", "NOUN", "ADP", "PROPN", "VERB", "NOUN", "ADP", "DET", "PROPN", "PROPN", "PUNCT"],
    tags=["DT", "NN", "IN", "NNP", "VBD", "NN", "IN", "DT", "NNP", "NNP", "."],
    lemmas=["the", "city", "of", "Toronto", "play", "host", "to", "the", "Furnal", "Equinox", "."],
    ents=[("GPE", 3, 4)],
)
TOOK_PART = Parse(
    "Iran took part in the talks.",
    words=["Iran", "took", "part", "in", "the", "talks", "."],
    heads=[1, 1, 1, 1, 5, 3, 1],
    deps=["nsubj", "ROOT", "dobj", "prep", "det", "pobj", "punct"],
    pos=["PROPN", "VERB", "NOUN", "ADP", "DET", "NOUN", "PUNCT"],
    tags=["NNP", "VBD", "NN", "IN", "DT", "NNS", "."],
    lemmas=["Iran", "take", "part", "in", "the", "talk", "."],
    ents=[("GPE", 0, 1)],
)
IT_COMMENCED_1 = Parse(
    "The plane left Jakarta.",
    words=["The", "plane", "left", "Jakarta", "."],
    heads=[1, 2, 2, 2, 2],
    deps=["det", "nsubj", "ROOT", "dobj", "punct"],
    pos=["DET", "NOUN", "VERB", "PROPN", "PUNCT"],
    tags=["DT", "NN", "VBD", "NNP", "."],
    lemmas=["the", "plane", "leave", "Jakarta", "."],
    ents=[("GPE", 3, 4)],
)
IT_COMMENCED_2 = Parse(
    "It hit the ocean shortly after takeoff.",
    words=["It", "hit", "the", "ocean", "shortly", "after", "takeoff", "."],
    heads=[1, 1, 3, 1, 5, 1, 5, 1],
    deps=["nsubj", "ROOT", "det", "dobj", "advmod", "prep", "pobj", "punct"],
    pos=["PRON", "VERB", "DET", "NOUN", "ADV", "ADP", "NOUN", "PUNCT"],
    tags=["PRP", "VBD", "DT", "NN", "RB", "IN", "NN", "."],
    lemmas=["it", "hit", "the", "ocean", "shortly", "after", "takeoff", "."],
    ents=[],
)
RARELY_HIT = Parse(
    "Bermuda is rarely hit by hurricanes.",
    words=["Bermuda", "is", "rarely", "hit", "by", "hurricanes", "."],
    heads=[3, 3, 3, 3, 3, 4, 3],
    deps=["nsubjpass", "auxpass", "advmod", "ROOT", "agent", "pobj", "punct"],
    pos=["PROPN", "AUX", "ADV", "VERB", "ADP", "NOUN", "PUNCT"],
    tags=["NNP", "VBZ", "RB", "VBN", "IN", "NNS", "."],
    lemmas=["Bermuda", "be", "rarely", "hit", "by", "hurricane", "."],
    ents=[("PERSON", 0, 1)],
)

MUSICIANS_INCLUDING = Parse(
    "Numerous iconic rock musicians, including Billy Idol and Cat Stevens, paid tribute.",
    words=[
        "Numerous",
        "iconic",
        "rock",
        "musicians",
        ",",
        "including",
        "Billy",
        "Idol",
        "and",
        "Cat",
        "Stevens",
        ",",
        "paid",
        "tribute",
        ".",
    ],
    heads=[3, 3, 3, 12, 3, 3, 7, 5, 7, 10, 7, 7, 12, 12, 12],
    deps=[
        "amod",
        "amod",
        "compound",
        "nsubj",
        "punct",
        "prep",
        "compound",
        "pobj",
        "cc",
        "compound",
        "conj",
        "punct",
        "ROOT",
        "dobj",
        "punct",
    ],
    pos=[
        "ADJ",
        "ADJ",
        "NOUN",
        "NOUN",
        "PUNCT",
        "VERB",
        "PROPN",
        "PROPN",
        "CCONJ",
        "PROPN",
        "PROPN",
        "PUNCT",
        "VERB",
        "NOUN",
        "PUNCT",
    ],
    tags=["JJ", "JJ", "NN", "NNS", ",", "VBG", "NNP", "NNP", "CC", "NNP", "NNP", ",", "VBD", "NN", "."],
    lemmas=[
        "numerous",
        "iconic",
        "rock",
        "musician",
        ",",
        "include",
        "Billy",
        "Idol",
        "and",
        "Cat",
        "Stevens",
        ",",
        "pay",
        "tribute",
        ".",
    ],
    ents=[("PERSON", 6, 8), ("PERSON", 9, 11)],
)
ESSENTIAL_FOR_TO = Parse(
    "It was essential for the Acland Mine to receive approvals.",
    words=["It", "was", "essential", "for", "the", "Acland", "Mine", "to", "receive", "approvals", "."],
    heads=[1, 1, 1, 8, 6, 6, 8, 8, 1, 8, 1],
    deps=["nsubj", "ROOT", "acomp", "mark", "det", "compound", "nsubj", "aux", "advcl", "dobj", "punct"],
    pos=["PRON", "AUX", "ADJ", "SCONJ", "DET", "PROPN", "PROPN", "PART", "VERB", "NOUN", "PUNCT"],
    tags=["PRP", "VBD", "JJ", "IN", "DT", "NNP", "NNP", "TO", "VB", "NNS", "."],
    lemmas=["it", "be", "essential", "for", "the", "Acland", "Mine", "to", "receive", "approval", "."],
    ents=[("ORG", 4, 7)],
)

DATE_ON_A_NAME_WORD = Parse(
    "Fields attended the August 2017 Unite the Right rally in Charlottesville.",
    words=[
        "Fields",
        "attended",
        "the",
        "August",
        "2017",
        "Unite",
        "the",
        "Right",
        "rally",
        "in",
        "Charlottesville",
        ".",
    ],
    heads=[1, 1, 3, 5, 3, 1, 8, 8, 5, 8, 9, 1],
    deps=["nsubj", "ROOT", "det", "nmod", "nummod", "dobj", "det", "amod", "dobj", "prep", "pobj", "punct"],
    pos=["NOUN", "VERB", "DET", "PROPN", "NUM", "PROPN", "DET", "ADJ", "NOUN", "ADP", "PROPN", "PUNCT"],
    tags=["NNS", "VBD", "DT", "NNP", "CD", "NNP", "DT", "JJ", "NN", "IN", "NNP", "."],
    lemmas=["field", "attend", "the", "August", "2017", "Unite", "the", "right", "rally", "in", "Charlottesville", "."],
    ents=[("DATE", 3, 5), ("GPE", 10, 11)],
)

USES_TO = Parse(
    "The party uses caucuses to select its nominee.",
    words=["The", "party", "uses", "caucuses", "to", "select", "its", "nominee", "."],
    heads=[1, 2, 2, 2, 5, 2, 7, 5, 2],
    deps=["det", "nsubj", "ROOT", "dobj", "aux", "xcomp", "poss", "dobj", "punct"],
    pos=["DET", "NOUN", "VERB", "NOUN", "PART", "VERB", "PRON", "NOUN", "PUNCT"],
    tags=["DT", "NN", "VBZ", "NNS", "TO", "VB", "PRP$", "NN", "."],
    lemmas=["the", "party", "use", "caucus", "to", "select", "its", "nominee", "."],
    ents=[],
)

QUOTED_TAN_1 = Parse(
    '"Joy Tan, a spokeswoman for Huawei, left the firm.',
    words=['"', "Joy", "Tan", ",", "a", "spokeswoman", "for", "Huawei", ",", "left", "the", "firm", "."],
    heads=[9, 2, 9, 2, 5, 2, 5, 6, 2, 9, 11, 9, 9],
    deps=[
        "punct",
        "compound",
        "nsubj",
        "punct",
        "det",
        "appos",
        "prep",
        "pobj",
        "punct",
        "ROOT",
        "det",
        "dobj",
        "punct",
    ],
    pos=["PUNCT", "PROPN", "PROPN", "PUNCT", "DET", "NOUN", "ADP", "PROPN", "PUNCT", "VERB", "DET", "NOUN", "PUNCT"],
    tags=["``", "NNP", "NNP", ",", "DT", "NN", "IN", "NNP", ",", "VBD", "DT", "NN", "."],
    lemmas=['"', "Joy", "Tan", ",", "a", "spokeswoman", "for", "Huawei", ",", "leave", "the", "firm", "."],
    ents=[("PERSON", 1, 3), ("ORG", 7, 8)],
)
QUOTED_TAN_2 = Parse(
    'We miss her," Mary Smith said.',
    words=["We", "miss", "her", ",", '"', "Mary", "Smith", "said", "."],
    heads=[1, 7, 1, 7, 7, 6, 7, 7, 7],
    deps=["nsubj", "ccomp", "dobj", "punct", "punct", "compound", "nsubj", "ROOT", "punct"],
    pos=["PRON", "VERB", "PRON", "PUNCT", "PUNCT", "PROPN", "PROPN", "VERB", "PUNCT"],
    tags=["PRP", "VBP", "PRP", ",", "''", "NNP", "NNP", "VBD", "."],
    lemmas=["we", "miss", "she", ",", '"', "Mary", "Smith", "say", "."],
    ents=[("PERSON", 5, 7)],
)


@pytest.mark.parametrize(
    "parse, expected",
    [
        # a noun's content is someone's claim, not the article's
        (REPORTS_SHELLED, ("army", "~shell", "town", "clause", "possible")),
        (RUMOUR_FIRED, ("Acme Corp", "~fire", "chief executive", "clause", "possible")),
        # the head's "would not" is its own: the participle still says what was said
        (WOULD_NOT_SAYING, ("Acme", "~raise", "prices", "clause", "reported")),
        # "is to" is a plan, and the relation says so
        (IS_TO_VOTE, ("council", "~be to vote on", "budget", "clause", "asserted")),
        # "has been criticised" is passive: the mayor was criticised, criticised no one
        (HAS_BEEN_CRITICISED, ("mayor", "~be criticised for", "delays during the flood", "clause", "asserted")),
        # what a relative pronoun stands for is the object
        (WHICH_ADOPTED, ("council", "~adopt", "plan", "clause", "asserted")),
        # the subject of a reduced relative is the noun without the clause
        (PLAN_BASED_ON, ("plan", "~be based on", "Oregon model", "clause", "asserted")),
        # words in quotation marks are the describer's
        (
            QUOTED_BULLY,
            ("mayor", "~ignore", "Congress", "clause", "reported"),
        ),  # the bully is the mayor, in the Times' words
    ],
)
def test_clause_facts_carry_how_the_text_puts_them(parse, expected):
    assert expected in rule_claims("clause", parse)


def test_an_accusation_of_saying_is_about_the_accused():
    speech = rule_claims("speech", ACCUSED_OF_SAYING)
    assert speech == {("governor", "said", "the tax would fall", "speech", "possible")}


@pytest.mark.parametrize(
    "parse, subject",
    [
        (TIME_TO_SELL, "time"),  # an infinitive hung on "time": the time sells nothing
        (VOTES_COUNTED, "votes"),  # "with the votes counted": the votes count nothing
    ],
)
def test_no_doer_is_made_of_a_misattached_clause(parse, subject):
    assert not {c for c in rule_claims("clause", parse) if c[0] == subject}


def test_leading_a_person_in_a_poll_is_no_leadership():
    claims = rule_claims("clause", LED_BY_POINTS)
    assert ("Ann Smith", "~lead", "Tom Jones", "clause", "asserted") in claims
    assert not {c for c in claims if c[1] == "leaderOf"}
    assert not rule_claims("apposition", LED_BY_POINTS)  # "Tom Jones 52 percent" is a score


def test_a_noun_after_an_indefinite_article_is_no_descriptor_of_the_name_after_it():
    assert not rule_claims("descriptor", CONCERT_PLANNED)


@pytest.mark.parametrize(
    "parse, expected",
    [
        (NO_LONGER, ("mayor", "~hold", "office", "clause", "negated")),  # "no longer"
        (VOTED_AGAINST, ("council", "~renew", "contract", "clause", "negated")),  # "against renewing"
        (IF_NOT, ("storm", "~destroy", "thousands of homes", "clause", "asserted")),  # "if not" is no condition
        (PRONOUNCED_DEAD, ("climber", "~be pronounced dead at", "Everest base camp", "clause", "asserted")),
        (INVENTED_AND_COULD, ("drone", "~carry", "Amazon parcels", "clause", "possible")),
        (IDEA_THAT, ("bats", "~spread", "virus", "clause", "possible")),
        (NAMED_WOMAN, ("driver", "~strike", "Maria Lopez", "clause", "asserted")),
        (IT_WAS, ("race", "~help", "Kipchoge", "clause", "possible")),  # "designed to help"
        (HOSE_JETS, ("hose", "~draw up", "jets of water", "clause", "asserted")),
    ],
)
def test_more_clause_readings(parse, expected):
    assert expected in rule_claims("clause", parse)


@pytest.mark.parametrize(
    "parse, absent",
    [
        (INVENTED_AND_COULD, "~be built"),  # a passive borrows no object from "and could carry cargo"
        (IDEA_THAT, "~include"),  # "include the idea": the idea is its clause, no thing to include
        (NAMED_WOMAN, "~be named"),  # naming a noun is no fact
    ],
)
def test_clause_facts_that_are_not_made(parse, absent):
    assert not {c for c in rule_claims("clause", parse) if c[1] == absent}


def test_descriptions_need_a_named_subject_and_a_noun():
    assert not rule_claims("copula", IT_WAS)  # "it was a race": "it" is the situation
    assert not rule_claims("descriptor", RULING_PARTY)  # "the ruling Labour Party": no kind of thing


def test_a_sentence_in_another_language_is_not_read():
    article = Article("s1", "T", SPANISH.text, "s1.txt")
    extraction = extract(ParsedArticle(article, [(0, make_doc(SPANISH))]))
    assert extraction.sentences == () and extraction.claims == ()


def test_a_fact_needs_something_named_unless_it_happens_to_people():
    assert not rule_claims("clause", STATEMENTS_ISSUED)  # "both nations issued statements": nothing named
    assert ("news", "~come from", "son-in-law", "clause", "asserted") in rule_claims("clause", NEWS_CAME)


def test_two_places_after_a_noun_are_a_journey_unless_the_noun_names_places():
    assert not rule_claims("enumeration", BUS_FROM_TO)  # Smolensk is no child
    assert {c[2] for c in rule_claims("enumeration", CITIES_FROM_TO)} == {"city"}


@pytest.mark.parametrize(
    "parse, expected",
    [
        (PLAYED_HOST, ("Toronto", "~play host to", "Furnal Equinox", "clause", "asserted")),
        (TOOK_PART, ("Iran", "~take part in", "talks", "clause", "asserted")),
    ],
)
def test_a_bare_noun_of_an_idiom_is_part_of_the_relation(parse, expected):
    found = rule_claims("clause", parse)
    assert expected in found and not {c for c in found if c[2] in {"host", "part"}}


def test_typed_relations_are_stated_only_when_asked_for():
    from test_relations import SPOKESWOMAN_FOR

    article = Article("r1", "T", SPOKESWOMAN_FOR.text, "r1.txt")

    def typed(relations: bool) -> set:
        extraction = extract(ParsedArticle(article, [(0, make_doc(SPOKESWOMAN_FOR))]), relations=relations)
        return {(c.predicate, c.modality) for c in extraction.claims if c.extractor == "relation-model"}

    assert typed(False) == set()
    assert ("worksFor", "asserted") in typed(True)


def test_it_is_no_subject_kg_trusts():
    assert not {c for c in rule_claims("clause", IT_COMMENCED_1, IT_COMMENCED_2) if c[1] == "~hit"}


def test_rarely_is_no_fact():
    assert ("hurricanes", "~hit", "Bermuda", "clause", "negated") in rule_claims("clause", RARELY_HIT)


def test_a_kind_is_no_count_of_its_members():
    assert {c[2] for c in rule_claims("enumeration", MUSICIANS_INCLUDING)} == {"iconic rock musician"}


def test_what_is_essential_is_needed_not_done():
    assert ("Acland Mine", "~receive", "approvals", "clause", "requested") in rule_claims("clause", ESSENTIAL_FOR_TO)


def test_an_event_keeps_a_date_the_parser_hung_on_another_word_before_it():
    found = {(c[1], c[2]) for c in rule_claims("event-place", DATE_ON_A_NAME_WORD)}
    assert ("onDate", "August 2017") in found and ("heldIn", "Charlottesville") in found


def test_who_does_an_infinitive_is_the_subject_unless_the_verb_hands_it_to_its_object():
    subjects = {c[0] for c in rule_claims("clause", USES_TO) if c[1] == "~select"}
    assert subjects == {"party"}  # the party selects; the caucuses are its means


def test_typed_relations_in_a_quotation_are_its_speakers():
    text = " ".join(p.text for p in (QUOTED_TAN_1, QUOTED_TAN_2))
    article = Article("q1", "T", text, "q1.txt")
    extraction = extract(ParsedArticle(article, [(0, make_doc(QUOTED_TAN_1, QUOTED_TAN_2))]), relations=True)
    labels = {m.id: m.label for m in extraction.mentions}
    typed = {
        (labels[c.subject], c.predicate, c.modality, labels.get(c.source))
        for c in extraction.claims
        if c.extractor == "relation-model"
    }
    assert ("Joy Tan", "worksFor", "reported", "Mary Smith") in typed
