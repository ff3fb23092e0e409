"""When and where a clause says its fact happened: the time and place that qualify a verb.

"Xi said at the symposium on Monday in Beijing that ..." gives the said-fact the time
"Monday" and the place "Beijing". Both are read from the parse, never from a window of
words, so that a name that only modifies a noun qualifies nothing: "the Beijing office"
gives no place to the verb, and "Monday's meeting" no time.

What qualifies a verb:

* its prepositional adjuncts: a temporal preposition (:data:`TIME_PREPOSITIONS`) whose
  object is a DATE or TIME entity gives the time, a locative one (:data:`PLACE_PREPOSITIONS`)
  whose object is a GPE, LOC or FAC entity (or "the city of" one) the place. Words that
  say how long or how often ("in three days", "each year") are no time. "since", "until", "by", "before",
  "near" and "from" say something else than when or where it happened and are left out.
* a chain of such adjuncts below the setting the verb names ("at the symposium on Monday
  in Beijing": the parse hangs "on Monday" on the symposium and "in Beijing" on Monday):
  below an "at/in/during" adjunct of the verb, and below a time or place already found.
* a bare noun-phrase adverbial that is a time ("spoke Monday", "opened a lab last week",
  dependency ``npadvmod`` or ``tmod``), and a few time adverbs ("yesterday", "recently").
* the participle that sets the scene, with no subject of its own ("Xi, speaking in Beijing
  on Monday, said ...", "Asked in Paris, he said"); a past participle describes the subject,
  not the scene ("The bridge, opened in May 1932, links ...", "Discovered in 2016, the planet
  is ..."), unless it is the question before a verb of saying; and for a coordinated verb the adjuncts that open the sentence
  before the first verb ("On Monday, Xi arrived and met Li"): these fill what the verb's
  own adjuncts leave open.

:func:`qualifiers` returns the spans; :meth:`Qualifiers.time_value` resolves the time
words against the article's date with :func:`kg.timex.resolve`, in the tense of the verb.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass

from spacy.tokens import Span, Token

from .. import lexicon
from ..model import TimeValue
from ..timex import has_time_word, is_duration, is_time_expression, resolve
from .quotemarks import quote_regions

TIME_LABELS = frozenset({"DATE", "TIME"})
PLACE_LABELS = frozenset({"GPE", "LOC", "FAC"})
#: prepositions after which a date says when it happened ("on Monday", "in March")
TIME_PREPOSITIONS = frozenset({"on", "in", "at", "during", "over", "throughout"})
#: prepositions after which a place says where it happened ("in Beijing", "at Heathrow")
PLACE_PREPOSITIONS = frozenset({"in", "at", "inside", "throughout", "across"})
#: prepositions whose object is the setting of the verb, below which a chain may go on
SETTING_PREPOSITIONS = frozenset({"at", "in", "during"})
#: adverbs that say when, resolved or kept as words
TIME_ADVERBS = frozenset({"yesterday", "today", "tomorrow", "tonight", "recently", "lately", "soon"})
#: nouns that name a kind of place before its name ("in the city of Chicago")
PLACE_NOUNS = frozenset(
    {
        "city",
        "town",
        "village",
        "state",
        "province",
        "region",
        "county",
        "district",
        "capital",
        "country",
        "island",
        "area",
        "municipality",
        "prefecture",
    }
)
#: modals before a bare verb that look ahead ("could commence", "may visit")
FORWARD_MODALS = frozenset({"can", "could", "may", "might", "should", "must"})
ADVERBIAL_DEPS = frozenset({"npadvmod", "tmod"})
SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass"})
_CHAIN_DEPTH = 4  # prepositions below the setting, at most


@dataclass(frozen=True)
class Qualifiers:
    """The time words and the place name that qualify one verb, as spans of its sentence."""

    time: Span | None = None
    place: Span | None = None
    tense: str | None = None  # "past", "future" or None: which "Monday" the time means
    quoted: bool = False  # the time words are inside a direct quotation

    @property
    def time_text(self) -> str | None:
        return self.time.text if self.time is not None else None

    def time_value(self, article_date: str | None) -> TimeValue | None:
        """The time resolved against the article's date (ISO), or ``None`` without time words.

        Inside a quotation "yesterday" is the speaker's, said on a day the article need not
        give ("... which was given to me this morning," Trump wrote), so there only absolute
        times resolve and relative ones keep their words.
        """
        if self.time is None:
            return None
        return resolve(self.time.text, None if self.quoted else article_date, self.tense)


def qualifiers(verb: Token, sent: Span, in_quotation: bool = False) -> Qualifiers:
    """The time and place that qualify ``verb`` in its sentence ``sent`` (see the module).

    ``in_quotation``: the caller knows the sentence lies inside a quotation (one begun in an
    earlier paragraph, say), where the quote marks of ``sent``'s own paragraph cannot tell.
    """
    time, place = _own(verb, sent)
    for donor in _donors(verb):
        if time is not None and place is not None:
            break
        inherited_time, inherited_place = _own(donor.verb, sent, before=donor.before)
        time = time or inherited_time
        place = place or inherited_place
    return Qualifiers(
        time=time, place=place, tense=tense(verb), quoted=time is not None and (in_quotation or quoted(time))
    )


def quoted(span: Span) -> bool:
    """Whether ``span`` lies inside a direct quotation of its paragraph."""
    return any(start <= span.start_char < end for start, end in quote_regions(span.doc.text))


def tense(verb: Token) -> str | None:
    """'future' with will/shall or a modal of what may come, 'past' for a past form or a perfect,
    else None (read as past). "Would" stays None: it is the future of a past as often as not."""
    auxiliaries = [c for c in verb.children if c.dep_ in {"aux", "auxpass"}]
    if not auxiliaries and verb.dep_ == "conj":  # "will arrive and meet": meet shares will
        auxiliaries = [c for c in verb.head.children if c.dep_ in {"aux", "auxpass"}]
    lemmas = {a.lemma_.lower() for a in auxiliaries}
    if lemmas & {"will", "shall"} or (lemmas & FORWARD_MODALS and verb.tag_ == "VB"):
        return "future"  # "will meet", "could commence on January 21" (not "may have met")
    if verb.tag_ == "VBD" or any(a.tag_ == "VBD" for a in auxiliaries) or ("have" in lemmas and verb.tag_ == "VBN"):
        return "past"
    return None


# ------------------------------------------------------------------ the verb's own adjuncts


def _own(verb: Token, sent: Span, before: int | None = None) -> tuple[Span | None, Span | None]:
    """The first time and place among the verb's adjuncts (only those before token ``before``);
    of several times, the first that resolves ("at 7:37 p.m. on Wednesday" gives Wednesday)."""
    times: list[Span] = []
    place = None
    for token, preposition in _adjuncts(verb):
        if before is not None and token.i >= before:
            continue
        if (span := _time_span(token, preposition, sent)) is not None:
            times.append(span)
        if place is None and preposition in PLACE_PREPOSITIONS:
            place = _entity_span(token, sent, PLACE_LABELS) or _named_place(token, sent)
    time = next((span for span in times if is_time_expression(span.text)), times[0] if times else None)
    return time, place


def _adjuncts(verb: Token) -> Iterator[tuple[Token, str | None]]:
    """(token, its preposition) for each adjunct of the verb and each link of a setting chain."""
    for child in verb.children:
        if child.dep_ == "prep":
            word = child.lower_
            for obj in _objects(child):
                yield obj, word
                if word in SETTING_PREPOSITIONS:
                    yield from _chain(obj, _CHAIN_DEPTH)
        elif child.dep_ in ADVERBIAL_DEPS or (child.dep_ == "advmod" and child.lower_ in TIME_ADVERBS):
            yield child, None


def _chain(head: Token, depth: int) -> Iterator[tuple[Token, str]]:
    """Prepositional objects hung below a setting, going on only through times and places."""
    if depth == 0:
        return
    for child in head.children:
        if child.dep_ != "prep":
            continue
        for obj in _objects(child):
            yield obj, child.lower_
            if _entity_label(obj) in TIME_LABELS | PLACE_LABELS:
                yield from _chain(obj, depth - 1)


def _objects(preposition: Token) -> list[Token]:
    """A preposition's objects, with their conjuncts ("in Beijing and Shanghai" gives Beijing first)."""
    return [c for c in preposition.children if c.dep_ == "pobj"]


def _time_span(token: Token, preposition: str | None, sent: Span) -> Span | None:
    """The time words an adjunct gives, unless they say how long or how often ("in three days")."""
    if preposition is not None and preposition not in TIME_PREPOSITIONS:
        return None
    if preposition is None and token.lower_ in TIME_ADVERBS:  # not the "soon" of "Park Won-soon"
        as_soon_as = token.i > sent.start and token.nbor(-1).lower_ == "as"  # a conjunction, no time
        return sent.doc[token.i : token.i + 1] if token.ent_type_ in TIME_LABELS | {""} and not as_soon_as else None
    if preposition is None and token.i > sent.start and token.nbor(-1).pos_ == "PROPN":
        return None  # the "Tuesday" of "Super Tuesday", parsed as an adverbial of its own
    phrase = sent.doc[token.left_edge.i : token.right_edge.i + 1]
    span = _entity_span(token, sent, TIME_LABELS)
    if span is not None and all(t.ent_type_ in TIME_LABELS for t in phrase):
        span = phrase  # "yesterday" (DATE) "morning" (TIME): one time
    elif span is None and is_time_expression(phrase.text):
        span = phrase  # a time the NER missed: "on Monday"
    if span is None or is_duration(span.text) or not has_time_word(span.text):
        return None  # how long or how often, or a DATE that speaks of no time ("Category 5")
    return span


def _named_place(token: Token, sent: Span) -> Span | None:
    """The name in "the city of Chicago", "the states of Arizona and Florida" (the first)."""
    if token.lemma_.lower() not in PLACE_NOUNS:
        return None
    for child in token.children:
        if child.dep_ == "prep" and child.lower_ == "of":
            for obj in _objects(child):
                if (span := _entity_span(obj, sent, PLACE_LABELS)) is not None:
                    return span
    return None


def _entity_label(token: Token) -> str:
    return token.ent_type_


def _entity_span(token: Token, sent: Span, labels: frozenset[str]) -> Span | None:
    """The entity of one of ``labels`` that ``token`` heads (is the root of), or None."""
    if token.ent_type_ not in labels:
        return None
    for entity in sent.ents:
        if entity.start <= token.i < entity.end and entity.label_ in labels:
            return entity if entity.root == token else None
    return None


# ------------------------------------------------------------------ inherited adjuncts


@dataclass(frozen=True)
class _Donor:
    verb: Token
    before: int | None  # only adjuncts before this token are inherited (None: all)


def _donors(verb: Token) -> Iterator[_Donor]:
    """Verbs whose adjuncts also qualify ``verb``: a scene-setting participle, a coordinated head."""
    subjects = [c for c in verb.children if c.dep_ in SUBJECT_DEPS]
    for child in verb.children:  # "Speaking in Beijing, Xi said"; "Asked in Paris, he said", not
        if (
            child.dep_ == "advcl"
            and _participle_without_subject(child)
            and (  # "Discovered in 2016, it is"
                child.tag_ == "VBG" or verb.lemma_.lower() in lexicon.words("speech")
            )
        ):
            yield _Donor(child, None)
    for subject in subjects:  # "Xi, speaking in Beijing, said": the parse hangs it on Xi
        for child in subject.children:
            if child.dep_ == "acl" and child.tag_ == "VBG" and _participle_without_subject(child) and child.i < verb.i:
                yield _Donor(child, None)
    if verb.dep_ == "conj" and verb.head.pos_ in {"VERB", "AUX"}:
        yield _Donor(verb.head, verb.head.i)  # "On Monday, Xi arrived and met Li"
        yield from (_Donor(d.verb, verb.head.i) for d in _donors(verb.head) if d.verb.i < verb.head.i)


def _participle_without_subject(token: Token) -> bool:
    return token.tag_ in {"VBG", "VBN"} and not any(c.dep_ in SUBJECT_DEPS for c in token.children)
