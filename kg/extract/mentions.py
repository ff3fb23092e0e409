"""Mentions: names, event nouns, definite descriptions and pronouns in a parsed sentence.

A :class:`MentionTable` is built per article while its sentences are read; it maps
tokens to mentions so the clause and claim extractors can ask "which mention is
this token?" and create concept mentions for other noun phrases on demand.
"""

from __future__ import annotations

import re
from dataclasses import replace
from functools import cache
from typing import TYPE_CHECKING

from .. import entity_class, lexicon
from ..model import Mention, Span
from ..vocab import NER_CLASSES
from . import person_roles, sources

if TYPE_CHECKING:  # pragma: no cover
    from spacy.tokens import Doc, Token
    from spacy.tokens import Span as SpacySpan

PRONOUNS = {
    "he": ("Person", False),
    "him": ("Person", False),
    "his": ("Person", False),
    "she": ("Person", False),
    "her": ("Person", False),
    "it": ("*", False),
    "its": ("*", False),
    "they": ("*", True),
    "them": ("*", True),
    "their": ("*", True),
}
_SPECIFIC_DATE = re.compile(
    r"\b(monday|tuesday|wednesday|thursday|friday|saturday|sunday|january|february|march|april|may|june|"
    r"july|august|september|october|november|december|today|yesterday|tomorrow|tonight|\d{4})\b",
    re.IGNORECASE,
)
_EDGE_PUNCT = "\"'“”‘’«»()[],;:-–— "
_DROP_CHILDREN = {"det", "predet", "relcl", "appos", "advcl", "preconj", "case"}
_CONTENT_POS = {"NOUN", "PROPN", "ADJ", "NUM", "VERB", "ADV"}


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
        if head.dep_ in {"attr", "acomp"} and any(c.lower_ == "it" and _is_pleonastic(c) for c in head.head.children):
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
    while len(kept) > 1 and kept[-1] is not head and kept[-1].pos_ in _LOOSE_ENDS:
        kept.pop()
    while len(kept) > 1 and kept[0] is not head and kept[0].pos_ in _LOOSE_ENDS:
        kept.pop(0)
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
    text = "".join(t.text_with_ws for t in tokens[:-1]) + tokens[-1].text
    text = re.sub(r'[“”"\[\]]', "", text)  # quotation marks and editors' brackets are not part of the name
    return re.sub(r"\s+", " ", text.strip(_EDGE_PUNCT)).strip()


def _clean_entity(ent: SpacySpan) -> SpacySpan | None:
    doc = ent.doc
    start, end = ent.start, ent.end
    while start < end and (doc[start].lower_ in {"the", "a", "an"} or doc[start].is_punct):
        start += 1
    while end > start and (doc[end - 1].tag_ == "POS" or doc[end - 1].is_punct):
        end -= 1
    if start >= end:
        return None
    given = lexicon.first_names()
    while (
        ent.label_ == "PERSON"
        and start > 0
        and doc[start - 1].pos_ == "PROPN"
        and not doc[start - 1].ent_type_
        and doc[start - 1].lower_ in given
        and doc[start - 1].text[:1].isupper()
    ):
        start -= 1  # "Gertrude" before a tagged "Vanderbilt Whitney": the given name is part of it
    if ent.label_ in {"PERSON", "ORG"}:  # "Senator from Vermont Bernie Sanders" tagged "Vermont Bernie Sanders"
        at = next((i for i in range(start + 1, end - 1) if doc[i].lower_ in given and doc[i].text[:1].isupper()), None)
        if at is not None and _is_place_name(doc[start:at].text):
            start = at
    possessive = [t.i for t in doc[start : end - 1] if t.tag_ == "POS"]
    if possessive and ent.label_ == "PERSON":  # "the United Kingdom's Queen Elizabeth II"
        start = possessive[-1] + 1
    honorifics = lexicon.honorifics()
    titles = lexicon.words("title") if ent.label_ == "PERSON" else frozenset()
    # "President Trump", "Mr Blake" tagged whole: the title is an attribute, the honorific nothing
    while end - start > 1 and (doc[start].lower_ in titles or doc[start].lower_ in honorifics):
        start += 1
    span = doc[start:end]
    if "\n" in span.text or not any(ch.isalpha() for ch in span.text):
        return None
    return span


def _is_place_name(text: str) -> bool:
    """Whether ``text`` is a country or a place of the gazetteer ("Vermont", "New York")."""
    return lexicon.countries().canonical(text) is not None or lexicon.name_key(text) in lexicon.places()


def left_modifiers(span: SpacySpan) -> list[Token]:
    """Words before a name inside its noun phrase: "Chinese President", "telecom giant"."""
    root = span.root
    tokens: list[Token] = []
    for child in root.children:
        if child.i < span.start and child.dep_ in {"compound", "amod", "nmod", "nn"}:
            tokens.extend(t for t in child.subtree if t.i < span.start)
    return sorted(set(tokens), key=lambda t: t.i)


def _modifier_roles(tokens: list[Token]) -> tuple[tuple[str, ...], tuple[str, ...], str | None]:
    """Split left modifiers into (titles, descriptors, affiliation country or group)."""
    countries = lexicon.countries()
    affiliation = None
    words: list[Token] = []
    honorifics = lexicon.honorifics()
    for token in tokens:
        if token.lower_ in honorifics:
            continue  # "Mr", "Ms.": neither a position nor a kind of thing
        if token.ent_type_ in {"NORP", "GPE"} and affiliation is None:
            affiliation = (
                countries.of_demonym(token.text)
                or countries.canonical(token.text)
                or (token.text if token.ent_type_ == "NORP" else None)
            )
            continue
        if token.ent_type_ in {"NORP", "GPE"} or token.is_punct or token.pos_ == "DET" or token.tag_ == "POS":
            continue  # "Mexico's Foreign Secretary": the possessive is the affiliation's, not the title's
        if (
            token.ent_type_ in {"PERSON", "ORG"}
            and 0 < token.i < len(token.doc) - 1
            and _is_place_name(token.text)
            and token.doc[token.i - 1].lower_ != "of"
            and token.doc[token.i + 1].lower_ in lexicon.first_names()
        ):
            continue  # "Senator from Vermont Bernie Sanders" tagged whole: where, not what ("First Minister of Scotland" is)
        words.append(token)
    if not words:
        return (), (), affiliation
    phrase = " ".join(t.text for t in words)
    if words[-1].lower_ in lexicon.words("title") or phrase.lower() in lexicon.words("title"):
        return (phrase,), (), affiliation
    if all(t.pos_ in {"ADJ", "ADV", "NUM"} for t in words):
        return (), (), affiliation  # "former", "top": not a kind of thing
    return (), (phrase,), affiliation


def _position_of(span: SpacySpan) -> bool:
    """One word that names a position, followed by "of" ("Dean of the House", "Speaker of
    Parliament"), tagged as a person."""
    doc = span.doc
    if len(span) != 1 or span.end >= len(doc) or doc[span.end].lower_ != "of":
        return False
    word = span.text.lower()
    return word in lexicon.words("title") or word in _leader_positions()


@cache
def _leader_positions() -> frozenset[str]:
    """The positions whose holder leads what they are "of" (the ``leader`` list of nominal.tsv)."""
    return frozenset(
        w for kind, name, words in lexicon.rows("nominal.tsv") if name == "leader" for w in words.split("|")
    )


def add_sentence_mentions(table: MentionTable, sent: SpacySpan, sentence: int) -> None:
    """Register the names, event nouns, descriptions and pronouns of one sentence."""
    countries = lexicon.countries()
    for ent in sent.ents:
        cls = NER_CLASSES.get(ent.label_)
        if cls is None or table.at(ent[0]) is not None:
            continue  # not a kind kg names, or the rest of a name read already ("Bay" of "Hawke's Bay")
        if ent.label_ in {"ORG", "GPE", "PERSON", "FAC"} and (parts := sources.split_dateline(ent)) is not None:
            _add_dateline(table, *parts, sentence)  # "Beijing XINHUA Domestic Service" tagged as one name
            continue
        if (place := _possessive_place(ent)) is not None:
            table.add(list(place), sentence, kind="name", cls="Place", label=place.text, head=place[-1].lower_)
            continue
        if ent.label_ == "NORP" and ent.root.dep_ in {"amod", "compound", "nmod"}:
            # "Chinese President": the country is mentioned as the phrase's affiliation
            if country := countries.of_demonym(ent.text):
                table.add(list(ent), sentence, kind="name", cls="Country", label=country, head=ent.root.lemma_.lower())
            continue
        if ent.label_ == "DATE" and not _SPECIFIC_DATE.search(ent.text):
            continue  # "a century", "recent years": not a point in time
        span = _clean_entity(ent)
        if span is None:
            continue
        label = re.sub(r"\s+", " ", re.sub(r"[\[\]]", "", span.text)).strip()  # "Jerry [O'Connell"
        if cls != "TimeExpression" and (not any(ch.isupper() for ch in label) or _common_noun(span, sent)):
            continue  # "restraint", "Photographs showed ...": a common noun the tagger took for a name
        if cls == "Person" and _position_of(span):
            continue  # "the distinction of Dean of the House": a position names no one
        if label.count("(") != label.count(")"):  # "World Health Organization (WHO": the tagger cut a bracket
            label = re.split(r"\s*[()]", label)[0].strip() or label.strip("() ")
        country_tag = ent.label_ in {"GPE", "LOC", "NORP", "ORG"} or ent.label_ == "PERSON" and not _given(label)
        if country_tag and (canonical := countries.canonical(label)):  # "Thailand" tagged PERSON too
            cls, label = "Country", canonical
        elif ent.label_ == "NORP" and (country := countries.of_demonym(label)):
            label = label  # "the Chinese" as a people: a Group, affiliated to its country
        titles, descriptors, affiliation = _modifier_roles(left_modifiers(span))
        if ent.label_ == "NORP":
            affiliation = countries.of_demonym(label)
        cls = _name_class(span, label, cls, descriptors)
        if cls != "Country" and _is_demonym_of(label, table):
            cls = "Group"  # "American Samoans" after "American Samoa"
        elif cls in {"Place", "Organization"} and _surname_of_person(label, table):
            cls = "Person"  # "outside Lennon 's apartment" after "John Lennon", tagged GPE
        table.add(
            list(span),
            sentence,
            kind="name",
            cls=cls,
            label=label,
            head=span.root.lemma_.lower(),
            titles=titles,
            descriptors=descriptors,
            affiliation=affiliation,
            plural=span.root.tag_ in {"NNPS", "NNS"} or ent.label_ == "NORP",
        )
        if cls in {"Place", "Country"} and (source := sources.dateline_source(span)) is not None:
            _add_source(table, source, sentence)  # "Moscow ITAR-TASS": the agency the dateline credits
    _add_honorific_names(table, sent, sentence)
    for place, source in sources.untagged_dateline(sent, table.at):
        _add_dateline(table, place, source, sentence)  # "Sofia BTA", untagged
    for known in sources.known_names(sent, table.at):
        _add_source(table, known, sentence)  # "( By ITAR-TASS correspondent ...)", untagged
    for chunk in table.chunks.get(sent.start, ()):
        _add_chunk_mention(table, chunk, sentence)
    for token in sent:
        if token.pos_ == "PRON" and token.lower_ in PRONOUNS and table.at(token) is None:
            if token.lower_ == "it" and (token.dep_ == "expl" or _is_pleonastic(token)):
                continue
            antecedent, unclear = _subject_before(table, token, sentence) if token.lower_ == "it" else (None, False)
            if antecedent is not None:
                table.refer(token, antecedent)
                continue
            cls, plural = PRONOUNS[token.lower_]
            if token.lower_ == "it" and _does_what_events_do(token):
                cls = "Event"
            elif token.lower_ == "it" and (unclear or token.dep_ not in _SUBJECT_DEPS and _common_noun_nearer(token)):
                cls = "Concept"  # "... the office of governor but would do so if she did succeed to it"
            table.add([token], sentence, kind="pronoun", cls=cls, label=token.text, head=token.lower_, plural=plural)
    table.subjects.extend((sentence, t) for t in sent if t.dep_ in _SUBJECT_DEPS)


def _possessive_place(ent: SpacySpan) -> SpacySpan | None:
    """ "Hawke's Bay", "Whale's Bay": a name the tagger took for a person or an organisation, its
    "'s" and a capitalised place word after it, which together name a place (not a person who
    owns a bay); None for any other name."""
    doc = ent.doc
    if ent.label_ not in {"PERSON", "ORG"} or ent.end + 1 >= len(doc) or doc[ent.end].tag_ != "POS":
        return None
    word = doc[ent.end + 1]
    place_word = lexicon.class_cues()["last"].get(word.lower_) == "Place"
    return doc[ent.start : ent.end + 2] if place_word and word.text[:1].isupper() and word.pos_ == "PROPN" else None


def _add_dateline(table: MentionTable, place: SpacySpan, source: SpacySpan, sentence: int) -> None:
    """The place and the source of a dateline the tagger read as one name, as two names."""
    canonical = lexicon.countries().canonical(place.text)
    cls, label = ("Country", canonical) if canonical else ("Place", place.text)
    table.add(list(place), sentence, kind="name", cls=cls, label=label, head=place.root.lemma_.lower())
    _add_source(table, source, sentence)


def _add_source(table: MentionTable, source: SpacySpan, sentence: int) -> None:
    """An agency or paper a dateline or byline credits: an organisation's name."""
    words = list(source)
    table.add(words, sentence, kind="name", cls="Organization", label=phrase_text(words), head=words[-1].lower_)


_SUBJECT_DEPS = {"nsubj", "nsubjpass"}
_IT_NAMES = {"Organization", "Country", "Place", "Event", "Law", "Work", "Product"}  # named things "it" may be


def _does_what_events_do(token: Token) -> bool:
    """ "it killed nine people", "as it consumed the housing": an "it" that burns or kills is an
    occurrence (the fire), not a country or a company named nearby."""
    return token.dep_ in _SUBJECT_DEPS and token.head.lemma_.lower() in lexicon.words("event_verb")


_NAMED_THING_TYPES = {"ORG", "GPE", "LOC", "FAC", "NORP", "EVENT", "LAW", "WORK_OF_ART", "PRODUCT"}


def _common_noun_nearer(token: Token) -> bool:
    """Whether a singular common noun stands between a non-subject "it" and the last name
    before it (in its sentence or the one before): then the "it" may be that thing as well as
    the name, and is left unresolved rather than guessed."""
    doc, start = token.doc, token.sent.start
    if start > 0:
        start = doc[start - 1].sent.start
    for before in reversed(doc[start : token.i]):
        if before.ent_type_ in _NAMED_THING_TYPES:
            return False
        if (
            before.pos_ == "NOUN"
            and before.tag_ == "NN"
            and not before.ent_type_
            and before.dep_ != "compound"
            and not _describes_subject(before)
            and before.lemma_.lower() not in _PERSON_NOUNS()
        ):
            return True
    return False


def _describes_subject(noun: Token) -> bool:
    """ "is a drug", "served as a control": a noun that says what its subject is, not another thing."""
    return noun.dep_ in {"attr", "oprd", "appos"} or noun.dep_ == "pobj" and noun.head.lower_ == "as"


def _subject_before(table: MentionTable, token: Token, sentence: int) -> tuple[Mention | None, bool]:
    """(what a subject "it" continues, whether it is unclear): the nearest subject before it,
    in its sentence or the one before, when that is one thing named by a common noun or a name
    ("A fire destroyed 200 homes. Officials said it killed nine"; a plural subject such as
    "Officials" is passed over). A person or another pronoun there leaves the "it" to the
    resolver; a subject kg cannot name ("The following is ...") or an "it" after its own verb
    ("be it a photograph") leaves it unclear."""
    if token.dep_ not in _SUBJECT_DEPS:
        return None, False
    if token.head.i < token.i:
        return None, True
    for said, subject in reversed(
        table.subjects + [(sentence, t) for t in token.sent if t.dep_ in _SUBJECT_DEPS and t.i < token.i]
    ):
        if said < sentence - 1:
            return None, False
        if subject.tag_ in {"NNS", "NNPS", "WDT", "WP"} or subject.lower_ in {"they", "we", "you", "i", "that"}:
            continue  # cannot be "it" ("Officials"), or stands for a noun before it ("which"): look further back
        found = table.at(subject)
        named = next((table.at(c) for c in subject.children if c.dep_ == "appos" and table.at(c) is not None), None)
        found = named if found is None and named is not None and named.kind == "name" else found
        if found is not None and found.kind == "name":  # "Brazil ..., but it is"; "One cocktail, ZMapp, ..."
            return (found if found.cls in _IT_NAMES and not found.plural else None), False
        if subject.pos_ != "NOUN" or subject.lemma_.lower() in _PERSON_NOUNS():
            return None, False
        if found is not None:
            return (found if found.kind == "nominal" else None), False
        found = table.nominal(subject, said)
        return found, found is None
    return None, False


def _PERSON_NOUNS() -> frozenset[str]:
    return lexicon.words("refer_person") | lexicon.words("title")


def _name_class(span: SpacySpan, label: str, cls: str, descriptors: tuple[str, ...]) -> str:
    """The class of a name by evidence (:mod:`kg.entity_class`), and by the role it plays:
    a name that says something is not a place."""
    doc = span.doc
    before = doc[span.start - 1] if span.start > 0 else None
    honorific = before.lower_ if before is not None and before.lower_ in lexicon.honorifics() else None
    after = doc[span.end] if span.end < len(doc) else None
    place_preposition = (
        before is not None
        and (before.lower_ in _PLACE_PREPOSITIONS or _coordinated_in_place(span.root))
        and not (after is not None and after.tag_ == "POS")
    )
    found = entity_class.evidence(label, cls, descriptors, honorific, place_preposition)
    if found.cls == "Place" and found.reason == "ner" and _says(span.root):
        return "Person" if entity_class.gender(label) else "Organization"
    if found.cls in {"Place", "Organization"} and found.reason in _OUTPLAYED and person_roles.plays_person(span):
        return "Person"  # "Jacobs , 20 ,", "Booth shot Lincoln": what the name does outweighs its tag
    return found.cls


#: the evidence a person's part in the sentence outweighs (not a name's own words, "Acme Corp")
_OUTPLAYED = {"ner", "role", "gazetteer"}


_PLACE_PREPOSITIONS = {"in", "at", "near", "outside"}


def _coordinated_in_place(root: Token) -> bool:
    """ "in Gyandzha or Shamkhor", "at Leeds and Brayford": a name joined to the object of a
    place preposition shares the preposition."""
    head = root.head
    return root.dep_ == "conj" and head.dep_ == "pobj" and head.head.lower_ in _PLACE_PREPOSITIONS


_DEMONYM_ENDINGS = ("n", "ns", "an", "ans", "ian", "ians", "ese", "i", "is", "er", "ers")


def _is_demonym_of(label: str, table: MentionTable) -> bool:
    """Whether ``label`` is the people of a place the article named before ("American Samoa"
    -> "American Samoans", "Kosovo" -> "Kosovars" is not caught: the endings are the common ones)."""
    places = {lexicon.name_key(m.label) for m in table.mentions if m.kind == "name" and m.cls in {"Place", "Country"}}
    key = lexicon.name_key(label)
    return any(key.endswith(ending) and key[: -len(ending)] in places for ending in _DEMONYM_ENDINGS)


def _surname_of_person(label: str, table: MentionTable) -> bool:
    """Whether ``label`` is one word, the last of a person's name the article gave before."""
    key = lexicon.name_key(label)
    return " " not in key and any(
        m.kind == "name"
        and m.cls == "Person"
        and " " in (name := lexicon.name_key(m.label))
        and name.endswith(" " + key)
        for m in table.mentions
    )


def _common_noun(span: SpacySpan, sent: SpacySpan) -> bool:
    """Whether a tagged name is a common noun: every word tagged NN/NNS and either capitalised
    only because it opens the sentence, or a lone plural ("Photographs")."""
    tags = {t.tag_ for t in span}
    return tags <= {"NN", "NNS"} and (span.start == sent.start or len(span) == 1 and tags == {"NNS"})


def _given(label: str) -> bool:
    """Whether a name starts with a given name ("Jordan", "Georgia Smith" may be people)."""
    return label.split()[0].lower() in lexicon.first_names()


def _says(token: Token) -> bool:
    return token.dep_ == "nsubj" and token.head.lemma_.lower() in lexicon.words("speech")


def _add_honorific_names(table: MentionTable, sent: SpacySpan, sentence: int) -> None:
    """ "Mr Blake", "Ms. Bakley", "Queen Elizabeth II" the tagger left untagged: an honorific or
    a title before proper nouns names a person (the title is a position it holds)."""
    honorifics, titles = lexicon.honorifics(), lexicon.words("title")
    for token in sent:
        if token.lower_ not in honorifics and token.lower_ not in titles or token.i + 1 >= sent.end:
            continue
        name = []
        for following in sent.doc[token.i + 1 : sent.end]:
            if (
                following.pos_ != "PROPN"
                or following.ent_type_
                or table.at(following) is not None
                or following.lower_ in titles
                or following.lower_ in honorifics
            ):
                break
            name.append(following)
        if name and token.text[0].isupper() and (token.lower_ in honorifics or token.ent_type_ == ""):
            table.add(
                name,
                sentence,
                kind="name",
                cls="Person",
                label=phrase_text(name),
                head=name[-1].lemma_.lower(),
                titles=(token.text,) if token.lower_ not in honorifics else (),
            )


def _is_pleonastic(token: Token) -> bool:
    """ "it is expected that ...", "it seems", "it has been customary for candidates to ...",
    "it's time to ...": an "it" that refers to nothing."""
    head = token.head
    return token.dep_ in {"nsubj", "nsubjpass"} and (
        head.lemma_ in {"seem", "appear", "rain", "take"}
        or head.lemma_ == "be"
        and (any(c.dep_ in {"ccomp", "xcomp"} and c.i > head.i for c in head.children) or _extraposed(head))
    )


#: adjectives whose "to" clause is what their subject does ("it is ready to launch"): that "it" refers
_CONTROL_ADJECTIVES = {
    "able",
    "unable",
    "ready",
    "willing",
    "unwilling",
    "eager",
    "keen",
    "prepared",
    "set",
    "due",
    "likely",
    "unlikely",
    "about",
    "free",
    "quick",
    "slow",
    "reluctant",
    "determined",
}


def _extraposed(be: Token) -> bool:
    """Whether "it" + ``be`` + an adjective or "time" is followed by the clause it stands in for:
    "customary ... for candidates to release", "important that", "time to give"."""
    complements = [
        c
        for c in be.children
        if c.i > be.i
        and (
            c.dep_ == "acomp" and c.lemma_.lower() not in _CONTROL_ADJECTIVES or c.dep_ == "attr" and c.lemma_ == "time"
        )
    ]
    if not complements:
        return False
    clauses = [
        c
        for owner in (be, *complements)
        for c in owner.children
        if c.i > be.i and c.dep_ in {"advcl", "ccomp", "xcomp", "relcl", "acl", "csubj"}
    ]
    return any(
        child.dep_ == "aux" and child.lower_ == "to" or child.dep_ == "mark" and child.lower_ in {"that", "for"}
        for clause in clauses
        for child in clause.children
    )


def _add_chunk_mention(table: MentionTable, chunk: SpacySpan, sentence: int) -> None:
    root = chunk.root
    if table.at(root) is not None or root.pos_ != "NOUN":
        return
    lemma = root.lemma_.lower()
    determiners = {t.lower_ for t in chunk if t.dep_ in {"det", "poss"}}
    definite = bool(determiners & {"the", "this", "that", "these", "those"})
    if lemma in {"latter", "former"} and definite:
        table.add([root], sentence, kind="description", cls="*", label=chunk.text, head=lemma)
        return
    words = lexicon.words
    refer = (
        "Person"
        if lemma in words("title") or lemma in words("refer_person") or lemma.endswith("year-old")
        else "Country"
        if lemma in words("refer_country")
        else "Place"
        if lemma in words("refer_place")
        else "Organization"
        if lemma in words("refer_organization")
        else None
    )
    if refer and definite and root.dep_ != "compound":
        titles, _, affiliation = _modifier_roles([t for t in chunk if t.i <= root.i and t.dep_ != "det"])
        table.add(
            [t for t in chunk if t.dep_ not in {"det", "punct"}],
            sentence,
            kind="description",
            cls=refer,
            label=phrase_text(list(chunk)),
            head=lemma,
            titles=titles if refer == "Person" else (),
            affiliation=affiliation,
            plural=root.tag_ == "NNS",
        )
        return
    if lemma in words("event"):
        table.nominal(root, sentence)
