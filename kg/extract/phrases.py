"""The noun phrase a head word stands for, and its text.

A mention is said with a phrase: the head's modifiers and complements, without its
determiner, relative clause, apposition or "in <place>" phrase (those say other things), and
without clauses hung on its nouns. :func:`phrase_tokens` picks the tokens and
:func:`phrase_text` writes them without quotation marks or editors' brackets.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from .pronouns import PRONOUNS

if TYPE_CHECKING:  # pragma: no cover
    from spacy.tokens import Token


_EDGE_PUNCT = "\"'“”‘’«»()[],;:-–— "


_DROP_CHILDREN = {"det", "predet", "relcl", "appos", "advcl", "preconj", "case"}


def phrase_tokens(head: Token, keep_places: bool = False) -> list[Token]:
    """The tokens of the noun phrase headed by ``head``: modifiers and complements, no
    determiner, relative clause or apposition, and no "in <place>"/"on <date>" phrase
    (those become facts of their own unless ``keep_places``)."""
    tokens = [head]
    for child in head.children:
        if child.dep_ in _DROP_CHILDREN or child.dep_ == "poss" and child.lower_ in PRONOUNS:
            continue
        if child.dep_ == "acl" and _clause_modifier(child):
            continue  # "reports the army had shelled the town", "jets of water drawn up by a hose": clauses
        if child.dep_ == "prep" and not keep_places and _is_place_or_date_pp(child):
            continue
        if child.dep_ in {"conj", "cc"} and (head.ent_type_ or child.ent_type_):
            continue  # "Huawei and ZTE" are two things; "opportunities and challenges" one
        if child.dep_ == "punct" and child.text in {",", ";", "(", ")", "—", "–"}:
            continue
        tokens.extend(t for t in child.subtree if not _inside_clause_modifier(t, head))
    tokens.sort(key=lambda t: t.i)
    while tokens and (tokens[0].text in _EDGE_PUNCT or tokens[0].pos_ in {"CCONJ", "ADP"}):
        tokens.pop(0)
    while tokens and (tokens[-1].text in _EDGE_PUNCT or tokens[-1].pos_ in {"CCONJ", "ADP", "DET"}):
        tokens.pop()
    # keep the phrase contiguous: stop at the first gap (a dropped clause in the middle), but
    # not at a dropped article ("then the deputy director" is "then deputy director")
    contiguous = [tokens[0]] if tokens else []
    for token in tokens[1:]:
        skipped = token.doc[contiguous[-1].i + 1 : token.i]
        if any(t.pos_ != "DET" for t in skipped):
            break
        contiguous.append(token)
    while len(contiguous) > 1 and (
        contiguous[-1].text in _EDGE_PUNCT
        and contiguous[-1].text not in ")]"
        or contiguous[-1].pos_ in {"CCONJ", "DET"}
    ):
        contiguous.pop()  # the gap may leave a dangling "and" ("the nominations of X and")
    return contiguous if head in contiguous else [head]


def _inside_clause_modifier(token: Token, head: Token) -> bool:
    """``token`` lies in a clause hung on a noun below ``head`` ("jets of water [drawn up by a
    hose]"), or in an apposition or relative clause of one ("the death of George Floyd[, an
    African American man who died ...]")."""
    while token != head and token.head != token:
        if token.dep_ == "acl" and _clause_modifier(token) or token.dep_ in {"appos", "relcl"}:
            return True
        token = token.head
    return False


def _clause_modifier(acl: Token) -> bool:
    """A clause hung on a noun, not a part of what names it: one with its own subject, or a
    participle with arguments of its own ("drawn up by a hose", "designed to help him");
    an infinitive ("efforts to boost the economy") says what the noun is and stays."""
    if any(c.dep_ in {"nsubj", "nsubjpass"} for c in acl.children):
        return True
    return acl.tag_ in {"VBN", "VBG"} and any(c.dep_ not in {"advmod", "neg", "punct", "prt"} for c in acl.children)


def _is_place_or_date_pp(prep: Token) -> bool:
    objects = [c for c in prep.children if c.dep_ == "pobj"]
    return prep.lower_ in {"in", "on", "at"} and any(o.ent_type_ in {"GPE", "LOC", "FAC", "DATE"} for o in objects)


def phrase_text(tokens: list[Token]) -> str:
    """The words of ``tokens`` as written, one space where words between them were left out
    ("Ali Mehr[, ]said" is "Ali Mehr said"), without quotation marks and edge punctuation."""
    gaps = [
        t.text + " " if nxt.i != t.i + 1 and not t.whitespace_ else t.text_with_ws
        for t, nxt in zip(tokens, tokens[1:], strict=False)
    ]
    text = "".join(gaps) + tokens[-1].text
    text = re.sub(r'[“”"\[\]]', "", text)  # quotation marks and editors' brackets are not part of the name
    return re.sub(r"\s+", " ", text.strip(_EDGE_PUNCT)).strip()
