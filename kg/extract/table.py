"""The mentions of one article, by token, and the concept mentions made on demand.

The clause and claim extractors ask the table which mention a token belongs to; for a plain
noun phrase no pass named, :meth:`MentionTable.nominal` makes a concept (or event) mention,
with a short label around its head and the capitalised words a parser split off its name.
"""

from __future__ import annotations

import re
from dataclasses import replace
from typing import TYPE_CHECKING

from .. import entity_class, lexicon
from ..model import Mention, Span
from ..vocab import NAME_LABELS
from .phrases import phrase_text, phrase_tokens
from .pronouns import PRONOUNS, is_pleonastic

if TYPE_CHECKING:  # pragma: no cover
    from spacy.tokens import Doc, Token
    from spacy.tokens import Span as SpacySpan


class MentionTable:
    """The mentions of one article, with a token index per parsed paragraph."""

    def __init__(self) -> None:
        self.mentions: list[Mention] = []
        self._by_token: dict[tuple[int, int], int] = {}  # (doc number, token i) -> mention id
        self._heads: dict[tuple[int, int], int] = {}  # (doc number, mention id) -> head token i, where not the root
        self.doc_number = -1
        self.offset = 0
        self.text = ""
        self.chunks: dict[int, list[SpacySpan]] = {}
        self.subjects: list[tuple[int, Token]] = []  # (sentence, subject token) of the paragraph, in order

    def start_doc(self, offset: int, doc: Doc) -> None:
        self.doc_number += 1
        self.offset = offset
        self.text = doc.text  # Doc.text joins every token: read it once per paragraph
        self.chunks: dict[int, list[SpacySpan]] = {}  # sentence start -> its noun chunks
        self.subjects = []
        for chunk in doc.noun_chunks:
            self.chunks.setdefault(chunk.sent.start, []).append(chunk)

    def at(self, token: Token) -> Mention | None:
        index = self._by_token.get((self.doc_number, token.i))
        return None if index is None else self.mentions[index]

    def root(self, token: Token) -> Token:
        """The syntactic head among the tokens of the mention ``token`` belongs to (for a
        phrase whose name the parser split, the noun it was built on: "rally" of "Unite the
        Right rally", where "Unite" heads "rally")."""
        mention = self.at(token)
        if mention is not None and (head := self._heads.get((self.doc_number, mention.id))) is not None:
            return token.doc[head]
        while token.head != token and self.at(token.head) is mention:
            token = token.head
        return token

    def add(self, tokens: list[Token], sentence: int, **fields) -> Mention:
        ordered = sorted(tokens, key=lambda t: t.i)
        start = ordered[0].idx
        end = ordered[-1].idx + len(ordered[-1].text)
        text = self.text[start:end]
        mention = Mention(
            id=len(self.mentions),
            sentence=sentence,
            span=Span(self.offset + start, self.offset + end, text),
            **fields,
        )
        self.mentions.append(mention)
        for token in ordered:
            self._by_token.setdefault((self.doc_number, token.i), mention.id)
        return mention

    def refer(self, token: Token, mention: Mention) -> None:
        """Let ``token`` (a pronoun) stand for ``mention``: the clauses read it as that phrase."""
        self._by_token[(self.doc_number, token.i)] = mention.id

    def update(self, mention: Mention, **fields) -> Mention:
        self.mentions[mention.id] = replace(mention, **fields)
        return self.mentions[mention.id]

    def nominal(self, head: Token, sentence: int) -> Mention | None:
        """The mention headed by ``head``, creating a concept mention for a plain noun phrase."""
        found = self.at(head)
        if found is not None:
            return found
        if head.pos_ not in {"NOUN", "PROPN", "NUM"} or head.lower_ in PRONOUNS:
            return None
        if head.dep_ in {"attr", "acomp"} and any(c.lower_ == "it" and is_pleonastic(c) for c in head.head.children):
            return None  # the "time" of "it's time to give ...": no thing that gives
        phrase = phrase_tokens(head)
        tokens = _name_split_off(phrase, self)
        if not tokens or not any(ch.isalnum() for ch in phrase_text(tokens)):
            return None  # nothing left to name it by ("-", a quote mark)
        if any(t.lower_ in _BARE for t in tokens) and all(t.lower_ in _BARE or not t.is_alpha for t in tokens):
            return None  # "Others", "many", "those": a determiner standing alone names nothing
        if any(p.lower_ == "of" and any(o.tag_ in {"WP", "WDT"} for o in p.children) for p in head.children):
            return None  # "four of whom", "some of which": a share of what the relative stands for, not a thing
        cls = "Event" if head.lemma_.lower() in lexicon.words("event") else "Concept"
        label = phrase_text(_head_phrase(tokens, head, LABEL_WORDS) if LABEL_WORDS else tokens)
        if _title_case(tokens) and (cue := entity_class.cue(label)) is not None:
            cls = cue  # "Republic Act No. 3846", "the PALM trial": a name the tagger missed
        elif len(tokens) == 1 and _CODE.match(head.text):
            cls = "Product"  # "mAb114", "ZX81": a model or drug code the tagger missed (not "COVID-19", "F-16")
        mention = self.add(
            tokens,
            sentence,
            kind="nominal",
            cls=cls,
            label=label,
            head=head.lemma_.lower(),
            plural=head.tag_ in {"NNS", "NNPS"},
        )
        if len(tokens) > len(phrase):
            self._heads[(self.doc_number, mention.id)] = head.i
        return mention


_CODE = re.compile(r"^(?=.*\d)(?=.*[A-Za-z]{2})(?![A-Za-z]+-\d+$)[A-Za-z][A-Za-z0-9]*(?:-[A-Za-z0-9]+)*$")


_NAME_GLUE = {"the", "of", "and", "for", "on", "in", "de", "la", "a"}


_BARE = {
    "other",
    "others",
    "some",
    "many",
    "all",
    "both",
    "each",
    "several",
    "few",
    "most",
    "none",
    "one",
    "following",
    "ones",
    "those",
    "these",
    "this",
    "that",
    "another",
    "any",
    "such",
    "much",
    "more",
    "less",
}


#: the most words a concept's label keeps (the head and what is next to it), or None for the
#: whole phrase; a fact's statement keeps the whole phrase it was said with (``kg:objectText``)
LABEL_WORDS: int | None = 6


_LOOSE_ENDS = {"ADP", "DET", "CCONJ", "SCONJ", "PART", "PRON", "PUNCT", "AUX"}


def _head_phrase(tokens: list[Token], head: Token, limit: int) -> list[Token]:
    """At most ``limit`` tokens of a phrase around its head: the closest modifiers before it,
    then what follows it up to the first comma or clause; no dangling "of the"."""
    if len(tokens) <= limit:
        return tokens
    at = tokens.index(head)
    kept = tokens[max(0, at - limit + 1) : at + 1]
    for token in tokens[at + 1 :]:
        if len(kept) >= limit or token.is_punct or token.dep_ in {"relcl", "advcl"} or token.pos_ in {"VERB", "AUX"}:
            break  # "several states for hiding and selling stolen cars": the label is "several states"
        kept.append(token)
    kept = _whole_names(kept, tokens, head)
    while len(kept) > 1 and kept[-1] is not head and kept[-1].pos_ in _LOOSE_ENDS:
        kept.pop()
    while len(kept) > 1 and kept[0] is not head and kept[0].pos_ in _LOOSE_ENDS:
        kept.pop(0)
    return kept


def _whole_names(kept: list[Token], tokens: list[Token], head: Token) -> list[Token]:
    """A cut phrase never ends or starts inside a name: "then-governor of Alaska Sarah Palin"
    keeps "Palin", "the death of Congressman John Lewis" keeps "John Lewis" (the title is a
    compound of the name), whatever the word limit; a name cut at the front is left out."""
    rest = tokens[tokens.index(kept[-1]) + 1 :]
    for token in rest:
        inside = token.ent_iob_ == "I" and token.ent_type_ in NAME_LABELS and not token.is_punct
        title_of = token.ent_iob_ == "B" and kept[-1].head.i >= token.i and kept[-1].head.ent_iob_ != "O"
        if not (inside or title_of):
            break
        kept.append(token)
    while (
        len(kept) > 1 and kept[0] is not head and kept[0].ent_iob_ == "I" and kept[0].ent_type_ in NAME_LABELS
    ):  # a date cut at the front is no name cut
        kept = kept[1:]
    return kept


def _name_split_off(tokens: list[Token], table: MentionTable) -> list[Token]:
    """A title-case phrase with the capitalised words before it that the parser hung
    elsewhere: "Unite the Right rally" (parsed "Unite" + "the Right rally"), "Rock the Vote
    campaign". Only untagged proper nouns the table has not taken, and small words between
    them, are added; the phrase must start with a capital and not open its sentence."""
    if not tokens or not tokens[0].text[:1].isupper() or tokens[0].is_sent_start:
        return tokens
    doc, start = tokens[0].doc, tokens[0].i
    sentence_start = tokens[0].sent.start
    while start > sentence_start:
        before = doc[start - 1]
        if before.lower_ in _NAME_GLUE and start - 2 >= sentence_start and _loose_proper(doc[start - 2], table):
            start -= 2
        elif _loose_proper(before, table):
            start -= 1
        else:
            break
    return [doc[i] for i in range(start, tokens[0].i)] + tokens if start < tokens[0].i else tokens


def _loose_proper(token: Token, table: MentionTable) -> bool:
    """A capitalised proper noun that no name or mention holds (what a parser may split off)."""
    return (
        token.pos_ == "PROPN"
        and token.text[:1].isupper()
        and not token.ent_type_
        and table.at(token) is None
        and not token.is_sent_start
    )


def _title_case(tokens: list[Token]) -> bool:
    """Whether a phrase reads as a name: its first word and every word but the last and the
    small words ("Unite the Right rally", "Bill of Rights") capitalised (or a number)."""
    words = [t for t in tokens if t.is_alpha]
    return (
        len(words) > 1
        and words[0].text[0].isupper()
        and all(t.text[0].isupper() or t.like_num or t.lower_ in _NAME_GLUE for t in tokens[:-1] if t.is_alpha)
    )
