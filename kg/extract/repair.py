"""Undo four slips of the parser, and a few of the lemmatizer's, before any rule reads the tree.

    repair(doc) -> number of arcs moved

en_core_web_sm hangs a name on the nearest noun beside it, even where the sentence says
otherwise, and every rule downstream then reads the slip as the text's word:

- "The chief executive of Greggs, Roger Whiteside, resigned": the name is hung on "Greggs",
  so kg learnt nothing of Whiteside. A person's name after "ROLE of PLACE-OR-ORGANISATION,"
  names the role-holder: it is moved to the role noun.
- "According to the news agency ISNA, the prosecutor general of Tehran, Ali Alghasi Mehr,
  said ...": the speaker is hung on "ISNA" as an apposition and "said" has no subject, so the
  agency became the speaker and "prosecutor general" its position. A phrase set off after the
  source of "according to" that ends right before a subjectless verb of saying is its subject.
- "told Agence France-Presse arson has been used as a weapon": the listener is made a modifier
  of "arson", so "Agence France-Presse arson" was used as a weapon. A name right after "told"
  compounded into the subject of what was told is the listener, the object of "told".

- "The firm has alleged ties to the mafia": "alleged" is read as the verb of "has", so the firm
  alleged something. A participle of hearsay between "have" and a noun of a tie
  (``hedge_adjective`` and ``hedged_tie`` in ``kg/data/modality.tsv``) is the noun's modifier,
  and "have" the verb (a hedged one: :mod:`.modality`).

Lemmas the lemmatizer gets wrong ("raped" is lemmatised "rap") are set right from
``kg/data/lemmas.tsv``.

Each repair is narrow on purpose: it moves one arc where the sentence admits one reading.
"""

from __future__ import annotations

from functools import cache
from typing import TYPE_CHECKING

from .. import lexicon
from .modality import words as modality_words

if TYPE_CHECKING:  # pragma: no cover
    from spacy.tokens import Doc, Token

_SUBJECTS = frozenset({"nsubj", "nsubjpass", "csubj", "csubjpass", "expl"})


def repair(doc: Doc) -> int:
    """Move the arcs of the four slips in place and set the wrong lemmas right; the number of
    arcs moved. Repairing a repaired doc moves nothing."""
    lemmas = _lemmas()
    for token in doc:
        if token.lower_ in lemmas and token.pos_ in {"VERB", "AUX"}:
            token.lemma_ = lemmas[token.lower_]
    moved = 0
    for token in doc:
        if _name_of_role(token):
            token.head = token.head.head.head  # the name -> "of" -> the role noun
            moved += 1
    for verb in doc:
        listener = _listener_in_the_clause(verb)
        if listener is not None:
            listener.head, listener.dep_ = verb, "dobj"
            moved += 1
    for verb in doc:
        apposed = _stranded_speaker(verb)
        if apposed:
            subject, *names = apposed  # "the mayor of Dublin, Hazel Chu,": the mayor, named
            subject.head, subject.dep_ = verb, "nsubj"
            for name in names:
                name.head = subject
            moved += len(apposed)
    for verb in doc:
        moved += _hedged_tie(verb)
    return moved


@cache
def _lemmas() -> dict[str, str]:
    return {form: lemma for form, lemma in lexicon.rows("lemmas.tsv")}


def _name_of_role(token: Token) -> bool:
    """A person's name set off after "ROLE of THING," and hung on the thing: "the chief
    executive of Greggs, Roger Whiteside," (not "the son of Robert Kennedy, Joe": a person's
    name after "of" may be the one it is set beside)."""
    if token.dep_ != "appos" or token.ent_type_ != "PERSON" or token.i < token.head.i:
        return False
    thing = token.head
    of = thing.head
    role = of.head
    return (
        thing.dep_ == "pobj"
        and thing.ent_type_ != "PERSON"
        and of.dep_ == "prep"
        and of.lower_ == "of"
        and role.pos_ == "NOUN"
        and role.ent_type_ == ""
        and _set_off(token)
    )


def _listener_in_the_clause(verb: Token) -> Token | None:
    """The name after "told" that the parser made a modifier of the subject of what was told
    ("told Agence France-Presse arson has been used as a weapon": "Agence France-Presse arson"
    as one noun): the listener, the object of "told"."""
    if verb.lemma_.lower() != "tell" or any(c.dep_ in {"dobj", "dative"} for c in verb.children):
        return None
    first = verb.doc[verb.i + 1] if verb.i + 1 < len(verb.doc) else None
    if first is None or first.ent_iob_ != "B" or first.ent_type_ not in {"PERSON", "ORG", "NORP", "GPE"}:
        return None
    end = first.i + 1
    while end < len(verb.doc) and verb.doc[end].ent_iob_ == "I":
        end += 1
    last, after = verb.doc[end - 1], verb.doc[end] if end < len(verb.doc) else None
    if after is None or after.pos_ != "NOUN" or last.head != after or last.dep_ != "compound":
        return None
    return (
        last
        if after.dep_ in {"nsubj", "nsubjpass"} and after.head.dep_ == "ccomp" and after.head.head == verb
        else None
    )


def _set_off(token: Token) -> bool:
    """The phrase of ``token`` opens after a comma."""
    start = token.left_edge.i
    return start > 0 and token.doc[start - 1].text == ","


def _stranded_speaker(verb: Token) -> list[Token]:
    """The subject the parser hung on the source of "according to" ("According to RTE, the
    mayor of Dublin, Hazel Chu, said"): the appositions of the source set off by commas, when
    they end right before a verb of saying that has no subject; the first is the subject, the
    others its own appositions."""
    if verb.lemma_.lower() not in lexicon.words("speech") or any(c.dep_ in _SUBJECTS for c in verb.children):
        return []
    according = next((c for c in verb.children if c.dep_ == "prep" and c.lower_ == "according" and c.i < verb.i), None)
    to = next((c for c in according.children if c.lower_ == "to"), None) if according is not None else None
    source = next((c for c in to.children if c.dep_ == "pobj"), None) if to is not None else None
    if source is None:
        return []
    apposed = [c for c in source.children if c.dep_ == "appos" and c.i > source.i and _set_off(c)]
    ends_before = bool(apposed) and verb.doc[verb.i - 1].text == "," and apposed[-1].right_edge.i >= verb.i - 2
    return apposed if ends_before else []


def _hedged_tie(verb: Token) -> int:
    """ "has alleged ties to the mafia", parsed with "alleged" as the verb of "has": "has" is the
    verb again, "alleged" a modifier of "ties"; the number of arcs moved."""
    doc = verb.doc
    if verb.tag_ != "VBN" or verb.lower_ not in modality_words("hedge_adjective") or verb.i == 0:
        return 0
    have, after = doc[verb.i - 1], doc[verb.i + 1] if verb.i + 1 < len(doc) else None
    if have.head != verb or have.dep_ != "aux" or have.lemma_.lower() != "have":
        return 0
    if after is None or after.head != verb or after.dep_ != "dobj" or after.left_edge != after:
        return 0
    if after.lower_ not in modality_words("hedged_tie") or any(c.dep_ == "auxpass" for c in verb.children):
        return 0
    children = [c for c in verb.children if c not in (have, after)]
    have.head, have.dep_, have.pos_ = (have, "ROOT", "VERB") if verb.head == verb else (verb.head, verb.dep_, "VERB")
    after.head = have
    verb.head, verb.dep_, verb.pos_, verb.tag_ = after, "amod", "ADJ", "JJ"
    for child in children:
        child.head = have
    return 2 + len(children)
