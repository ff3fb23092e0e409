"""The names of a sentence: the tagger's, cleaned, and those it missed.

Each tagged name loses its article, possessive and title ("President Trump" is "Trump", who
holds the position), is dropped when it is no name (a common noun, a position, a date that
is no point in time), and gets its titles, descriptors and affiliation from the words before
it and its class by evidence (:mod:`kg.extract.name_classes`). Names the tagger missed come
after: a person after an honorific or title, a dateline's place and source, a known
organisation (:mod:`kg.extract.sources`).
"""

from __future__ import annotations

import re
from functools import cache
from typing import TYPE_CHECKING

from .. import lexicon
from ..vocab import NER_CLASSES
from . import sources
from .name_classes import is_demonym_of, name_class, surname_of_person
from .phrases import phrase_text

if TYPE_CHECKING:  # pragma: no cover
    from spacy.tokens import Span as SpacySpan
    from spacy.tokens import Token

    from .table import MentionTable


_SPECIFIC_DATE = re.compile(
    r"\b(monday|tuesday|wednesday|thursday|friday|saturday|sunday|january|february|march|april|may|june|"
    r"july|august|september|october|november|december|today|yesterday|tomorrow|tonight|\d{4})\b",
    re.IGNORECASE,
)


def _verb_before_name(ent: SpacySpan, i: int) -> bool:
    """A verb the tagger took into the name after it ("Enrolling Minetest into GSoC could
    ...", "Visiting Paris was ..."): the verb governs the name, it is no part of it. Titles of
    works may open with one ("Breaking Bad"), so only the names of people, places and
    organisations lose it."""
    token = ent.doc[i]
    rest = ent.doc[i + 1 : ent.end]
    return (
        ent.label_ in {"PERSON", "ORG", "GPE", "LOC", "NORP", "FAC"}
        and token.pos_ == "VERB"
        and token.tag_ in {"VBG", "VBD", "VBN", "VB"}
        and len(rest) > 0
        and any(t.head == token for t in rest)
    )


def _clean_entity(ent: SpacySpan) -> SpacySpan | None:
    doc = ent.doc
    start, end = ent.start, ent.end
    while start < end and (
        doc[start].lower_ in {"the", "a", "an"} or doc[start].is_punct or _verb_before_name(ent, start)
    ):
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
    head = root.head
    if root.dep_ == "appos" and head.i == span.start - 1 and head.pos_ == "NOUN":
        # "the band Blind Faith", "our biggest island Crete": the parse apposes the name to the kind
        tokens += [head, *(t for t in head.children if t.i < head.i and t.dep_ in {"compound", "amod"})]
    return sorted(set(tokens), key=lambda t: t.i)


def modifier_roles(tokens: list[Token]) -> tuple[tuple[str, ...], tuple[str, ...], str | None]:
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
    if all(t.pos_ in {"ADJ", "ADV", "NUM"} for t in words) and words[-1].lower_ not in lexicon.class_cues()["kind"]:
        return (), (), affiliation  # "former", "top": not a kind of thing ("Greek daily Kathimerini" is)
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


def add_names(table: MentionTable, sent: SpacySpan, sentence: int) -> None:
    """Register the names of one sentence: the tagger's, cleaned and classed by evidence, and
    those it missed (after an honorific, in a dateline, of a known organisation)."""
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
        titles, descriptors, affiliation = modifier_roles(left_modifiers(span))
        if ent.label_ == "NORP":
            affiliation = countries.of_demonym(label)
        cls = name_class(span, label, cls, descriptors)
        if cls != "Country" and is_demonym_of(label, table):
            cls = "Group"  # "American Samoans" after "American Samoa"
        elif cls in {"Place", "Organization"} and surname_of_person(label, table):
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


def _common_noun(span: SpacySpan, sent: SpacySpan) -> bool:
    """Whether a tagged name is a common noun: every word tagged NN/NNS and either capitalised
    only because it opens the sentence, or a lone plural ("Photographs")."""
    tags = {t.tag_ for t in span}
    return tags <= {"NN", "NNS"} and (span.start == sent.start or len(span) == 1 and tags == {"NNS"})


def _given(label: str) -> bool:
    """Whether a name starts with a given name ("Jordan", "Georgia Smith" may be people)."""
    return label.split()[0].lower() in lexicon.first_names()


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
