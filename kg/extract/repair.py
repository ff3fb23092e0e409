"""Undo eight slips of the parser, and a few of the lemmatizer's, before any rule reads the tree.

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
  compounded into the subject of what was told is the listener, the object of "told"; so is
  one compounded into the object of "told" ("told Reuters fraud had been used": "Reuters
  fraud" was what was told, and "had been used" had no subject).
- "a survey finding the storm no longer qualified as a depression", "He told Reuters fraud
  had been used": the noun after the verb is made its object and the clause after it is left
  without a subject, so kg read "find storm" and lost what was found. A noun right before a
  finite verb that has no subject of its own is that verb's subject.
- "Ahmed, Baker and Chen were charged": the first of a list is made a second subject of the
  verb, so kg read two subjects and dropped the first as a duplicate. A subject set off by a
  comma before another subject of the same verb that is a list is the list's first member.
- "The roof of the cathedral in French capital Paris caught fire", "On live television Erdogan
  attacked the plan": a name that ends a prepositional phrase is made a second subject of the
  verb (Paris caught fire), or the phrase's noun is compounded into the name after it ("live
  television Erdogan", so Erdogan "is a live television"). The name is put back in the phrase
  (``_name_after_its_phrase``), or the noun back as the object of its preposition
  (``_name_in_an_opening_phrase``).

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
from .rules import words as rule_words

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
            article = listener.doc[listener.left_edge.i - 1] if listener.left_edge.i > 0 else None
            if article is not None and article.dep_ == "det" and article.head == listener.head:
                article.head = listener  # "told the BBC residents were evacuated": the BBC's "the"
            listener.head, listener.dep_ = verb, "dobj"
            moved += 1
    for verb in doc:
        run_in = _subject_run_into_object(verb)
        if run_in is not None:
            noun, clause = run_in
            passive = any(c.dep_ == "auxpass" for c in clause.children)
            noun.head, noun.dep_ = clause, "nsubjpass" if passive else "nsubj"
            moved += 1
    for verb in doc:
        for first, second in _split_subject_list(verb):
            if first.dep_ == "npadvmod":
                first.dep_ = second.dep_
            second.head, second.dep_ = first, "conj"
            moved += 1
    for verb in doc:
        apposed = _stranded_speaker(verb)
        if apposed:
            subject, *names = apposed  # "the mayor of Dublin, Hazel Chu,": the mayor, named
            subject.head, subject.dep_ = verb, "nsubj"
            for name in names:
                name.head = subject
            moved += len(apposed)
    for token in doc:
        moved += _name_after_its_phrase(token) or _name_in_an_opening_phrase(token)
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
    """The name after "told" that the parser made a modifier of what was told, or of its
    subject ("told Agence France-Presse arson has been used", "told the BBC residents were
    evacuated", "told Reuters fraud had been used": the name and the noun as one phrase): the
    listener, the object of "told"."""
    if verb.lemma_.lower() not in rule_words("listener_verb") or any(c.dep_ == "dative" for c in verb.children):
        return None
    doc = verb.doc
    start = verb.i + 1
    if start < len(doc) and doc[start].dep_ == "det" and doc[start].lower_ == "the":
        start += 1  # "told the BBC"
    first = doc[start] if start < len(doc) else None
    if first is None or first.ent_iob_ != "B" or first.ent_type_ not in {"PERSON", "ORG", "NORP", "GPE"}:
        return None
    end = first.i + 1
    while end < len(doc) and doc[end].ent_iob_ == "I":
        end += 1
    last, after = doc[end - 1], doc[end] if end < len(doc) else None
    if after is None or after.pos_ != "NOUN" or last.head != after or last.dep_ != "compound":
        return None
    told = [c for c in verb.children if c.dep_ == "dobj"]
    if told == [after]:  # "told Reuters fraud had been used": fraud is the subject the clause lacks
        clause = _subjectless_clause_after(after)
        return last if clause is not None and clause.head == verb else None
    if told:
        return None
    return (
        last
        if after.dep_ in {"nsubj", "nsubjpass"} and after.head.dep_ == "ccomp" and after.head.head == verb
        else None
    )


def _subject_run_into_object(verb: Token) -> tuple[Token, Token] | None:
    """(noun, clause) where the parser made the subject of a reported clause the object of the
    verb before it ("a survey finding the storm no longer qualified", "told Reuters fraud had
    been used" once Reuters is the listener): the noun ends right before a finite verb, the
    verb's complement, that has no subject of its own."""
    for noun in (c for c in verb.children if c.dep_ == "dobj" and c.pos_ in {"NOUN", "PROPN"}):
        clause = _subjectless_clause_after(noun)
        if clause is not None and clause.head == verb:
            return noun, clause
    return None


def _subjectless_clause_after(noun: Token) -> Token | None:
    """The complement clause that begins right after ``noun``'s phrase (its own auxiliaries,
    negation and adverbs first) and has no subject, if its verb is finite."""
    doc = noun.doc
    index = noun.right_edge.i + 1
    while index < len(doc) and doc[index].dep_ in {"aux", "auxpass", "neg", "advmod"}:
        index += 1
    if index >= len(doc):
        return None
    clause = doc[index]
    if clause.dep_ != "ccomp" or clause.i <= noun.i or any(c.dep_ in _SUBJECTS for c in clause.children):
        return None
    if any(
        t.dep_ not in {"aux", "auxpass", "neg", "advmod"} or t.head.i != clause.i and t.head.head.i != clause.i
        for t in doc[noun.right_edge.i + 1 : clause.i]
    ):
        return None
    auxiliaries = [c for c in clause.children if c.dep_ in {"aux", "auxpass"} and c.i < clause.i]
    if any(a.lower_ == "to" for a in auxiliaries):
        return None  # "asked the council to close": an infinitive is controlled, not reported
    # finite: tensed itself, after a tensed auxiliary, or denied ("no longer qualified", which
    # the tagger may take for an adjective)
    finite = clause.tag_ in {"VBD", "VBZ", "VBP"} or any(a.tag_ in {"VBD", "VBZ", "VBP", "MD"} for a in auxiliaries)
    denied = any(c.dep_ == "neg" for c in clause.subtree if c.i < clause.i)
    return clause if finite or denied and clause.pos_ in {"VERB", "ADJ"} else None


def _split_subject_list(verb: Token) -> list[tuple[Token, Token]]:
    """(first, second) where the parser gave a verb the first of a list as one subject and the
    rest as another ("Ahmed, Baker and Chen were charged"): the first, set off by a comma
    before the second, whose own list goes on with "and" or "or"."""
    doc = verb.doc
    subjects = [c for c in verb.children if c.dep_ in {"nsubj", "nsubjpass"} and c.i < verb.i]
    pairs = []
    for second in subjects:
        listed = any(c.dep_ == "cc" and c.lower_ in {"and", "or"} for c in second.children) and any(
            c.dep_ == "conj" for c in second.children
        )
        comma = second.left_edge.i - 1
        if not listed or comma < 1 or doc[comma].text != ",":
            continue
        # the first member: a second subject, or a name left as an adverbial ("Ahmed, Baker
        # and Chen were fired": "Ahmed" as npadvmod)
        first = next(
            (
                c
                for c in verb.children
                if c.right_edge.i == comma - 1
                and (c.dep_ == second.dep_ or c.dep_ == "npadvmod" and c.ent_type_ in {"PERSON", "ORG", "NORP"})
                and c.pos_ in {"NOUN", "PROPN"}
            ),
            None,
        )
        if first is not None:
            pairs.append((first, second))
    for first in subjects:  # "Maria Lopez, Ken Ito and Paul Novak were arrested": Ito no other name of Lopez
        for second in first.children:
            listed = any(c.dep_ == "cc" and c.lower_ in {"and", "or"} for c in second.children) and any(
                c.dep_ == "conj" and c.ent_type_ == "PERSON" for c in second.children
            )
            named = first.ent_type_ == second.ent_type_ == "PERSON" and second.left_edge.ent_iob_ == "B"
            if second.dep_ == "appos" and second.i > first.i and named and listed and _set_off(second):
                pairs.append((first, second))
    return pairs


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


_NAME_TYPES = frozenset({"PERSON", "ORG", "GPE", "LOC", "NORP", "FAC"})


def _name_start(token: Token) -> bool:
    return token.ent_iob_ == "B" and token.ent_type_ in _NAME_TYPES and token.pos_ == "PROPN"


def _name_head(first: Token) -> Token:
    """The token of a name the rest of it hangs on (its last, in English)."""
    end = first.i + 1
    while end < len(first.doc) and first.doc[end].ent_iob_ == "I":
        end += 1
    return first.doc[end - 1]


def _name_after_its_phrase(first: Token) -> int:
    """A name right after the object of a preposition inside the verb's subject, made a subject
    of the verb of its own or an apposition of the subject ("The roof of the cathedral in French
    capital Paris caught fire": Paris caught fire; "in German city Cologne", "city" hung on the
    name and "in" left with no object): the name is put back into the phrase. Arcs moved."""
    if not _name_start(first) or first.i == 0:
        return 0
    name = _name_head(first)
    if name.dep_ == "nsubj":  # "... in French capital Paris caught fire"
        subject = next((c for c in name.head.children if c.dep_ == "nsubj" and c.i < first.i), None)
    elif name.dep_ == "appos" and not _set_off(first):  # "... in Italian capital Rome collapsed"
        subject = name.head if name.head.dep_ in {"nsubj", "nsubjpass"} else None
    else:
        subject = None
    if subject is None or any(t.is_punct for t in first.doc[subject.i : first.i]):
        return 0  # "a single EU country (in this case Austria)": an aside, as it was meant
    before = first.doc[first.i - 1]
    if before.pos_ != "NOUN" or before.ent_type_ or not (subject.left_edge.i < before.i):
        return 0
    if before.dep_ == "pobj" and before.head.dep_ == "prep" and before.head.i > subject.i:
        name.head, name.dep_ = before, "appos"  # "in French capital Paris"
        return 1
    preposition = _open_preposition(before, name)
    if preposition is not None and preposition.i > subject.i:
        name.head, name.dep_ = preposition, "pobj"  # "in German city Cologne"
        return 1
    return 0


def _name_in_an_opening_phrase(first: Token) -> int:
    """A sentence that opens with a preposition whose noun is compounded into the name of the
    subject after it ("On live television Erdogan attacked the plan": Erdogan "is a live
    television"; "On national radio Macron criticised", the name made the preposition's object
    and the verb left with no subject): the noun is the preposition's object, the name the
    subject. Arcs moved."""
    if not _name_start(first) or first.i == 0:
        return 0
    name, before = _name_head(first), first.doc[first.i - 1]
    opening = first.doc[first.sent.start]
    if before.pos_ != "NOUN" or before.ent_type_ or before.dep_ != "compound" or before.head != name:
        return 0
    if opening.dep_ != "prep" or opening.i >= before.i or opening.head.pos_ not in {"VERB", "AUX"}:
        return 0
    verb = opening.head
    if not all(opening.i < t.i for t in before.subtree) or name.i > verb.i:
        return 0
    if name.dep_ == "nsubj" and name.head == verb and not list(opening.children):  # not "According to"
        before.head, before.dep_ = opening, "pobj"
        return 1
    if name.dep_ == "pobj" and name.head == opening and not any(c.dep_ in _SUBJECTS for c in verb.children):
        before.head, before.dep_ = opening, "pobj"
        name.head, name.dep_ = verb, "nsubj"
        return 2
    return 0


def _open_preposition(noun: Token, name: Token) -> Token | None:
    """The preposition before ``noun``'s phrase that has no object, when the noun's phrase ends
    with the name it is compounded into ("in German city Cologne" with "in" left bare)."""
    if noun.dep_ != "compound" or noun.head != name:
        return None
    start = min(t.i for t in noun.subtree)
    preposition = noun.doc[start - 1] if start > 0 else None
    if (
        preposition is None
        or preposition.dep_ != "prep"
        or any(c.dep_ in {"pobj", "pcomp"} for c in preposition.children)
    ):
        return None
    return preposition


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
