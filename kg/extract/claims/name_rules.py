"""Rules on named mentions: what a name's modifiers and appositions say about it.

"Chinese President Xi Jinping" (title, affiliation), "telecom giant Huawei" (descriptor),
"East China's Anhui Province" (possessive place), "Huawei, a telecom giant," (apposition),
"her son Anderson Cooper" (kinship); and the typed relations the trained model of
:mod:`kg.relations` reads between two names of a sentence.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from ... import lexicon
from ...relations import EXTRACTOR, relation_claims, stated_floor
from ..clauses import fronted_description
from ..mentions import left_modifiers, phrase_text
from ..rules import registry, window
from ..rules import words as rule_words
from .builder import ClaimBuilder
from .phrases import _AMOUNTS, _subject_of_what_follows, description_tokens

if TYPE_CHECKING:  # pragma: no cover
    from spacy.tokens import Span as SpacySpan
    from spacy.tokens import Token


@registry.register(EXTRACTOR, "sentence")
def typed_relation_rule(builder: ClaimBuilder, sent: SpacySpan, sentence: int) -> None:
    """works for, lives in, located in, based in, killed: what the trained model of
    :mod:`kg.relations` reads between two names of the sentence, at its probability: in a
    build, those at the news floor or above that the parse joins as the relation needs
    (:func:`kg.relations.stated_floor`, :mod:`kg.relations.guards`)."""
    floor = stated_floor(builder.relations)
    if floor is not None:
        builder.add_claims(relation_claims(sent, sentence, builder.table, floor=floor, guarded=True))


@registry.register("title", "name")
def title_rule(builder: ClaimBuilder, mention, root: Token, sentence: int) -> None:
    """ "Chinese President Xi Jinping": Xi holds position "President", and leads China."""
    if mention.cls != "Person":
        return  # "a General Santos City hospital": a place holds no position
    named = (builder.table.at(t) for t in root.sent)
    others = {m.label for m in named if m is not None and m.kind == "name" and m.id != mention.id}
    for title in mention.titles:
        if any(re.search(rf"\b{re.escape(other)}\b", title) for other in others):
            continue  # "a call between Trump and then newly elected President Zelensky": Trump is no title
        builder.add(mention, "holdsPosition", "holds position", literal=title, sentence=sentence, extractor="title")
    if {t.lower() for t in mention.titles} & lexicon.words("leader_title"):
        for country in _affiliated_countries(builder, mention, root):
            builder.add(mention, "leaderOf", "leader of", country, sentence=sentence, extractor="title")


@registry.register("descriptor", "name")
def descriptor_rule(builder: ClaimBuilder, mention, root: Token, sentence: int) -> None:
    """ "telecom giant Huawei": Huawei is a "telecom giant". Not after an indefinite article
    ("delayed a rally Trump planned"): a name is not "a" anything, the noun is another phrase."""
    if any(
        c.dep_ == "det" and c.lower_ in {"a", "an"} for m in (root, *root.children) for c in m.children if m.i <= root.i
    ):
        return
    kinds = [c for c in root.children if c.dep_ in {"compound", "nmod"} and c.pos_ == "NOUN" and c.i < root.i]
    if not kinds:
        return  # "the ruling New Progressive Party": an adjective is no kind of thing
    if any(c.lemma_.lower() in rule_words("meta_noun") | rule_words("place_part") for c in kinds):
        return  # 'the name "Grayback"': a word; "mainland China": a part of China; no kind of thing
    for descriptor in mention.descriptors:
        builder.add(mention, "isA", "is a", literal=descriptor, sentence=sentence, extractor="descriptor")


@registry.register("affiliation", "name")
def affiliation_rule(builder: ClaimBuilder, mention, root: Token, sentence: int) -> None:
    """ "Chinese President Xi Jinping": Xi's nationality is China."""
    for country in _affiliated_countries(builder, mention, root):
        builder.add(mention, "nationality", "nationality", country, sentence=sentence, extractor="affiliation")


def _affiliated_countries(builder: ClaimBuilder, mention, root: Token) -> list:
    start = max(root.i - window("name-modifiers"), 0)
    name_tokens = [t for t in root.doc[start : root.i + 1] if builder.table.at(t) is mention]
    span = root.doc[name_tokens[0].i : root.i + 1] if name_tokens else root.doc[root.i : root.i + 1]
    affiliations = [builder.table.at(t) for t in left_modifiers(span) if t.ent_type_ in {"NORP", "GPE"}]
    return [c for c in affiliations if c is not None and c.cls == "Country" and c.id != mention.id]


@registry.register("possessive-place", "name")
def possessive_place_rule(builder: ClaimBuilder, mention, root: Token, sentence: int) -> None:
    """ "East China's Anhui Province": Anhui Province is located in East China."""
    if mention.cls not in {"Place", "Country"}:
        return
    for child in root.children:
        other = builder.table.at(child)
        if child.dep_ == "poss" and other and other.cls in {"Place", "Country"}:
            builder.add(mention, "locatedIn", "located in", other, sentence=sentence, extractor="possessive-place")


@registry.register("apposition", "name")
def apposition_rule(builder: ClaimBuilder, mention, root: Token, sentence: int) -> None:
    """ "Huawei, a telecom giant," is a "telecom giant"; "Shenzhen, Guangdong," is located in
    Guangdong; "A resident of Antioch, Rittenhouse ..." is a "resident of Antioch"."""
    fronted = fronted_description(root.head) if root.dep_ in {"nsubj", "nsubjpass"} else None
    if (
        fronted is not None
        and fronted[1] == root
        and any(c.dep_ == "det" and c.lower_ in {"a", "an"} for c in fronted[0].children)
    ):
        builder.add(
            mention,
            "isA",
            "is a",
            literal=phrase_text(description_tokens(fronted[0])),
            sentence=sentence,
            extractor="apposition",
        )
    for appos in root.children:
        if appos.dep_ != "appos" or _listed(appos, root):
            continue  # "Kurdi, his brother, and his mother were ...": a list, no apposition
        other = builder.table.at(appos)
        if other is not None and other.kind == "name":
            if mention.cls in {"Place", "Country"} and other.cls in {"Place", "Country"}:
                builder.add(mention, "locatedIn", "located in", other, sentence=sentence, extractor="apposition")
            elif other.cls == "Group" and any(c.dep_ == "det" and c.lower_ in {"a", "an"} for c in appos.children):
                # "Sirhan, an ethnic Palestinian from Jordan,": one member of a people, a description
                builder.add(
                    mention,
                    "isA",
                    "is a",
                    literal=phrase_text(description_tokens(appos)),
                    sentence=sentence,
                    extractor="apposition",
                )
            continue
        if appos.pos_ != "NOUN" or not _set_off(appos) or appos.ent_type_ in _AMOUNTS:
            continue  # "Biden led Trump 47 percent to 40": a score, no description of Trump
        if mention.cls == "Person" and appos.tag_ == "NNS":
            continue  # "his wife Dierdre Coleman, their two sons Wyatt and Zachary": the next ones, not her
        if appos.lemma_.lower() in rule_words("vague_noun") or _subject_of_what_follows(appos):
            continue  # "Thoth, ..., the way Horus is shown"; "Amy Cook, director ..., the tusk came from"
        if any(c.dep_ == "det" and c.lower_ == "no" for c in appos.children) or not _has_verb(appos.sent):
            continue  # "Sadiq Khan (no relation)"; "Green Party (E & W) - 1 seat", a row of a table
        text = phrase_text(description_tokens(appos))
        if appos.lemma_.lower() in lexicon.words("title"):
            builder.add(
                mention, "holdsPosition", "holds position", literal=text, sentence=sentence, extractor="apposition"
            )
        else:
            builder.add(mention, "isA", "is a", literal=text, sentence=sentence, extractor="apposition")


@registry.register("kinship", "name")
def kinship_rule(builder: ClaimBuilder, mention, root: Token, sentence: int) -> None:
    """ "her son Anderson Cooper", "Emma Hart, the daughter of John Hart,": the named person
    is the son (daughter, wife ...) of the possessor or of the "of" name."""
    if mention.cls != "Person":
        return
    nouns = [root.head] if root.dep_ == "appos" and root.head.i < root.i else []
    nouns += [c for c in root.children if c.dep_ == "appos" and c.pos_ == "NOUN"]
    for noun in nouns:
        kin = noun.lemma_.lower()
        if kin not in rule_words("kin") or any(c.lower_ in rule_words("kin_past") for c in noun.children):
            continue
        relatives = [c for c in noun.children if c.dep_ == "poss"]
        relatives += [
            o for p in noun.children if p.dep_ == "prep" and p.lower_ == "of" for o in p.children if o.dep_ == "pobj"
        ]
        for token in relatives:
            relative = builder.table.at(token)
            if (
                relative is not None
                and relative.kind in {"name", "pronoun", "description"}
                and relative.cls in {"Person", "*"}
            ):
                builder.add(mention, None, f"{kin} of", relative, sentence=sentence, extractor="kinship")


def _has_verb(sentence: SpacySpan) -> bool:
    return any(t.pos_ in {"VERB", "AUX"} for t in sentence)


def _set_off(appos: Token) -> bool:
    """An apposition is set off from its noun by a comma, a dash or a parenthesis; without
    one the parser has usually joined two phrases that do not describe each other."""
    start = appos.left_edge.i
    return start > 0 and appos.doc[start - 1].text in {",", "(", "-", "–", "—", ":", ";"}


def _listed(appos: Token, root: Token) -> bool:
    """An "apposition" that is the second of a list ("Kurdi, his brother, and his mother"): a
    conjunct follows it, hung on it or on the name."""
    return any(c.dep_ == "conj" for c in appos.children) or any(
        c.dep_ == "conj" and c.i > appos.i for c in root.children
    )
