"""The relation a clause states, and the modality the clause gives it.

The ontology property a relation phrase stands for (``kg/data`` predicate table), the
relation named on the subject of a passive ("was killed" is "be killed", never "kill"),
and the modality of a clause through catenatives ("refused to provide") and quotations
inside a sentence. The claim rules of clauses and nouns read these; nothing here records
a claim.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from ... import lexicon
from ..clauses import Clause
from ..modality import Modality, clause_modality, combine, governing_class, is_passive, negated_governor, speaker
from ..quotemarks import quote_regions
from ..quotes import introduces
from ..rules import words as rule_words

if TYPE_CHECKING:  # pragma: no cover
    from spacy.tokens import Token


def _subject_relation(clause: Clause, verb_lemma: str) -> str:
    """The relation words a fact about the clause's subject is named by. The subject of a
    passive is what was done to, never the doer: "seven people were killed" is "be killed",
    "the wife was taken into custody" "be taken into"."""
    words = verb_lemma.split()
    compelled = _compelled_by(clause.verb)
    if compelled is not None:  # "she was forced to drink whiskey": no act of her own will
        return f"be {compelled.lower_} to {verb_lemma}"  # "the donations were used to pay": a means
    if not _passive_participle(clause) or not words or words[0] != clause.verb.lemma_.lower():
        return verb_lemma
    return " ".join(["be", clause.verb.lower_, *words[1:]])


def _compelled_by(verb: Token) -> Token | None:
    """The passive verb of making someone act, or of using something, that ``verb`` is the
    act of ("was forced to drink whiskey and perform ...", "were compelled to sign", "had
    been used to pay the lawyers": the user pays, with the donations), or None."""
    while verb.dep_ == "conj" and verb.head != verb:
        verb = verb.head
    head = verb.head
    if verb.dep_ != "xcomp" or head == verb:
        return None
    if head.lemma_.lower() not in rule_words("object_control") | rule_words("used_as_means"):
        return None
    return head if is_passive(head) else None


def _passive_participle(clause: Clause) -> bool:
    """The clause's own verb is a passive participle ("was killed", "opened in 1932"); a
    verb that only inherits a passive subject ("is expected to reduce") is active."""
    verb = clause.verb
    # "was reported to have killed X": a perfect participle under a passive is active;
    # "has been widely covered" is passive all the same
    if not clause.passive or verb.tag_ != "VBN":
        return False
    return any(c.dep_ == "auxpass" for c in verb.children) or not any(
        c.dep_ == "aux" and c.lemma_ == "have" for c in verb.children
    )


def _subject_predicate(clause: Clause, phrase: str) -> str | None:
    """The ontology property of a relation on the clause's subject: a passive one is looked
    up by its lemmas ("be locate in", "be hold in"), so "was killed" never maps to what
    "kill" maps to, and "is located in" still maps to kg:locatedIn."""
    if not _passive_participle(clause) or not phrase.startswith("be "):
        return _ontology_predicate(phrase)
    words = phrase.split()
    if len(words) > 1 and words[1] == clause.verb.lower_:
        words[1] = clause.verb.lemma_.lower()
    return _ontology_predicate(" ".join(words))


def _clause_mood(clause: Clause) -> tuple[Modality, str]:
    """The clause's modality and relation lemma. A relation over a catenative and its
    complement ("refuse to provide", "try to use") takes the modality the catenative gives
    the complement and is named by the complement ("provide", negated), unless the
    catenative lets it stand ("continue to adhere")."""
    mood, lemma = _stated_mood(clause)
    quoted = _quoted_by(clause.verb)
    return (mood, lemma) if quoted is None else (combine([mood, quoted]), lemma)


def _quoted_by(verb: Token) -> Modality | None:
    """A clause inside a quotation that is only a part of its sentence ("described Taylor
    as 'a swamp bro who loved President Trump'"): someone's words, never the article's;
    their source is the speaker of the sentence when it has one."""
    region = next(((start, end) for start, end in quote_regions(verb.doc.text) if start <= verb.idx < end), None)
    if region is None:
        return None
    root = verb.sent.root
    speaks = root.lemma_.lower() in lexicon.words("speech") or root.lemma_.lower() in rule_words("describe_verb")
    speaks = speaks or introduces(root, *region)  # 'the decree read "The crimes offend ..."': the decree's words
    return Modality("reported", speaker(root) if speaks and root != verb else None)


def _stated_mood(clause: Clause) -> tuple[Modality, str]:
    chained = [t for t in clause.relation if t.dep_ == "xcomp" and t != clause.verb and t.pos_ in {"VERB", "AUX"}]
    if not chained:
        return clause_modality(clause.verb), clause.lemma
    governors = [t for t in [clause.verb, *chained[:-1]] if governing_class(t) not in {None, "speech"}]
    mood = clause_modality(chained[-1])
    if not governors:
        return mood, clause.lemma
    if any(negated_governor(t) for t in governors):
        # "does not want to sell the railway": the wanting is negated, the selling not stated
        return clause_modality(clause.verb), clause.lemma
    return mood, clause.lemma.rsplit(" to ", 1)[-1]


def _ontology_predicate(phrase: str) -> str | None:
    """The ontology property a relation phrase stands for, if it is one of the recurring ones."""
    words = phrase.split()
    for key, prop in lexicon.predicate_table():
        key_words = key.split()
        if words[-len(key_words) :] == key_words and (len(words) == len(key_words) or len(key_words) > 1):
            return prop
    return None
