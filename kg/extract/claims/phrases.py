"""What a noun phrase says, as the claim rules read it.

The words of a description without the members it lists ("other experts like Noam
Chomsky" -> "experts"), the members of a range ("companies from Huawei to TikTok"), the
name a noun introduces beside it ("her son Anderson Cooper", "a woman named Heather
Heyer"), and the words of what was said or asked. Nothing here records a claim.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from ... import lexicon
from ..mentions import MentionTable, phrase_text, phrase_tokens
from ..nominal import words as nominal_words
from ..rules import words as rule_words

if TYPE_CHECKING:  # pragma: no cover
    from spacy.tokens import Token


_AMOUNTS = {"PERCENT", "QUANTITY", "MONEY", "CARDINAL", "ORDINAL", "DATE", "TIME"}


def _named_by(head: Token, table: MentionTable) -> Token | None:
    """ "a woman named Heather Heyer", "a village called Kutama": the name the noun is given."""
    for acl in head.children:
        if acl.dep_ == "acl" and acl.lemma_.lower() in {"name", "call", "dub"}:
            for child in acl.children:
                found = table.at(child) if child.dep_ in {"oprd", "attr", "dobj", "xcomp"} else None
                if found is not None and found.kind == "name":
                    return table.root(child)
    return None


def _named_apposition(head: Token, table: MentionTable) -> Token | None:
    """The name a common noun introduces with no comma between ("her son Anderson Cooper",
    "singer and lyricist Robert Hunter", "the composer Carl Berg"), or the place a kind of
    place names ("the Canadian city of Toronto"): the noun phrase is that one thing."""
    if head.pos_ != "NOUN" or table.at(head) is not None and table.at(head).kind == "name":
        return None
    doc = head.doc
    for child in head.children:
        found = table.at(child)
        if child.dep_ not in {"appos", "conj"} or found is None or found.kind != "name" or found.cls != "Person":
            continue
        if child.dep_ == "conj" and (
            any(c.dep_ == "det" for c in head.children)
            or not any(c.dep_ == "compound" and c.pos_ == "NOUN" for c in child.children)
        ):
            continue  # "the mayor and Ann Price" are two; "painter and sculptor Ann Price" is one
        if child.i > head.i and not any(t.is_punct for t in doc[head.i + 1 : child.left_edge.i]):
            return child
    if head.lemma_.lower() in nominal_words("place_kind"):
        for prep in head.children:
            if prep.dep_ == "prep" and prep.lower_ == "of":
                for obj in prep.children:
                    found = table.at(obj)
                    if (
                        obj.dep_ == "pobj"
                        and found is not None
                        and found.kind == "name"
                        and found.cls in {"Place", "Country"}
                        and not any(c.dep_ == "conj" for c in obj.children)
                    ):
                        return obj
    return None


def _appositive_name(head: Token, table: MentionTable) -> Token | None:
    """The name a description gives in apposition ("the study's lead author, doctoral
    candidate Maninder Thind, said", "the second largest party, Labour, lost 42"): the
    speaker, subject or object is what is named, not the description."""
    if head.pos_ != "NOUN":
        return None
    return next(
        (c for c in head.children if c.dep_ == "appos" and (m := table.at(c)) is not None and m.kind == "name"), None
    )


def _subject_of_what_follows(head: Token) -> bool:
    """An object followed at once by a tensed verb without a subject of its own ("showed a
    Japanese bomber had attacked a vessel"): the parser's slip for the subject of a
    complement clause, no object of the verb before it."""
    doc = head.doc
    after = head.right_edge.i + 1
    if after >= len(doc) or doc[after].tag_ not in {"VBD", "VBZ", "VBP", "MD"}:
        return False
    token = doc[after]
    verb = token.head if token.dep_ in {"aux", "auxpass"} else token
    return (
        verb.pos_ in {"VERB", "AUX"}
        and verb != head.head
        and not any(c.dep_ in {"nsubj", "nsubjpass", "expl"} for c in verb.children)
    )


def range_of(noun: Token) -> tuple[Token, Token] | None:
    """The ("from", "to") of a range of members after a plural noun ("companies from Huawei
    to TikTok", "a list of firms from A to B"), wherever the parser attached the two; a
    singular noun ("moved the office from Paris to Berlin") has a path, not members."""
    group = noun
    if noun.lemma_.lower() in lexicon.words("container"):
        inner = [
            g for c in noun.children if c.dep_ == "prep" and c.lower_ == "of" for g in c.children if g.dep_ == "pobj"
        ]
        group = inner[0] if inner else noun
    if group.tag_ not in {"NNS", "NNPS"}:
        return None
    after = max(t.i for t in noun.subtree) + 1
    candidates = [c for c in noun.children if c.dep_ == "prep" and c.lower_ == "from"]
    if after < len(noun.doc) and noun.doc[after].lower_ == "from" and noun.doc[after].dep_ == "prep":
        candidates.append(noun.doc[after])  # attached to the verb: "names firms from A to B"
    for prep in candidates:
        if (to := _range_end(prep)) is not None:
            return prep, to
    return None


def _range_end(from_prep: Token) -> Token | None:
    """The "to" right after "from X" (wherever the parser attached it): the end of a range."""
    objects = [o for o in from_prep.children if o.dep_ == "pobj"]
    for owner in (from_prep, *objects):  # "from [X [to Y]]"
        for child in owner.children:
            if child.dep_ == "prep" and child.lower_ == "to" and child.i > from_prep.i:
                return child
    after = max(t.i for t in from_prep.subtree) + 1
    doc = from_prep.doc
    if after < len(doc) and doc[after].lower_ == "to" and doc[after].dep_ == "prep":
        return doc[after]
    return None


def description_tokens(head: Token) -> list[Token]:
    """What a descriptor says the thing is ("other experts like linguist Noam Chomsky" ->
    "experts"): the noun phrase without the members it enumerates ("like", "including",
    "such as", a conjunct) and without a bare "other"/"such" that only points at them."""
    cut = {t.i for child in head.children if _enumerates(child) for t in child.subtree}
    kept: list[Token] = []
    for token in phrase_tokens(head):
        if token.i in cut:
            break
        kept.append(token)
    while len(kept) > 1 and (
        kept[0].lower_ in rule_words("quantifier") or kept[0].like_num and kept[0].head == head and not _hyphened(kept)
    ):
        kept.pop(0)  # "numerous iconic rock musicians like Billy Idol": Idol is an iconic rock musician
    return kept or [head]


def _hyphened(tokens: list[Token]) -> bool:
    """The first word is joined to the next by a hyphen ("44-year-old"): part of one word."""
    return len(tokens) > 1 and tokens[1].text == "-" and not tokens[0].whitespace_


def _enumerates(child: Token) -> bool:
    if child.dep_ in {"conj", "cc", "appos"}:
        return True
    if child.dep_ != "prep":
        return False
    return (
        child.lower_ in {"like", "including"}
        or child.lower_ == "as"
        and child.i > 0
        and child.nbor(-1).lower_ == "such"
    )


def _content_text(tokens: list[Token]) -> str:
    """What was said or asked, without the infinitive marker ("to put politics aside" -> "put politics aside")."""
    if len(tokens) > 1 and tokens[0].lower_ == "to" and tokens[0].dep_ == "aux":
        tokens = tokens[1:]
    return phrase_text(tokens)
