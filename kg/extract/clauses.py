"""Clause-level open information extraction over a dependency parse.

Each verb (or copula) with a subject gives a :class:`Clause`: subject, relation
words, and arguments with the preposition that introduced them. Subjects are found
through coordination ("trained and attracted"), control ("urged X to form"),
relative clauses ("which underscores") and reduced relatives ("Huawei, based in
Shenzhen"). Clauses are the open-IE layer: the entity-level claims of the graph are
derived from them, and ``kg eval carb`` scores them directly.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from .. import lexicon
from .modality import (
    RELATIVE,
    addressee,
    governing_class,
    independent_conjunct,
    infinitive,
    judged_as,
    preposition_words,
)
from .quotemarks import quote_regions
from .rules import words as rule_words

if TYPE_CHECKING:  # pragma: no cover
    from spacy.tokens import Span as SpacySpan
    from spacy.tokens import Token

_SUBJECT_DEPS = {"nsubj", "nsubjpass", "csubj", "csubjpass"}
_NOMINAL_SLOTS = {"amod", "compound", "nmod", "nummod", "poss", "npadvmod"}  # where a noun's modifiers go
_CATENATIVE = {
    "continue",
    "want",
    "plan",
    "try",
    "seek",
    "hope",
    "begin",
    "start",
    "need",
    "decide",
    "agree",
    "refuse",
    "fail",
    "aim",
    "intend",
    "expect",
    "attempt",
    "manage",
    "threaten",
    "vow",
    "pledge",
    "promise",
    "prepare",
    "move",
    "go",
    "have",
    "be",
}


@dataclass(slots=True)
class Argument:
    head: Token
    tokens: list[Token]
    prep: str | None = None
    is_clause: bool = False


@dataclass(slots=True)
class Clause:
    verb: Token
    subject: Argument
    relation: list[Token]  # auxiliaries, negation, verb, particle (surface order)
    lemma: str  # "step up", "continue to adhere"
    objects: list[Argument] = field(default_factory=list)  # dobj / attr / clause
    preps: list[Argument] = field(default_factory=list)  # prepositional arguments, in order
    dates: list[Argument] = field(default_factory=list)  # bare dates: "released Friday", "began last November"
    limits: list[Token] = field(
        default_factory=list
    )  # "until 1997", "unless the court objects": heads of what bounds it
    passive: bool = False
    negated: bool = False
    copula: bool = False

    @property
    def is_speech(self) -> bool:
        return self.lemma.split()[0] in lexicon.words("speech")


def span_tokens(head: Token) -> list[Token]:
    """The full argument span of ``head``: its subtree, without a leading "that"/comma."""
    # sorted: a non-projective parse yields a subtree out of text order ("gave out the
    # prescriptions to patients ..., some driving ..." came back with "to patients" last)
    tokens = sorted(head.subtree, key=lambda t: t.i)
    while tokens and (
        tokens[0].dep_ in {"mark", "punct", "cc"}
        or tokens[0].lower_ == "that"
        and tokens[0] != head
        and tokens[0].dep_ not in {"nsubj", "nsubjpass"}
    ):  # the subject of "that's the problem"
        tokens.pop(0)
    while tokens and tokens[-1].dep_ in {"punct", "cc"}:
        tokens.pop()
    return tokens or [head]


def reported_tokens(head: Token) -> list[Token]:
    """What a clausal complement says, without a coordinated main clause of its own attached
    to it ("the forest should be opened, and his critics blame him"): what was said stops
    where the reported clause stops."""
    cut = {t.i for c in head.subtree if independent_conjunct(c) and _conjunct_of(c, head) for t in c.subtree}
    cut |= {t.i for c in head.children if _narrated_sequel(c) for t in c.subtree}
    if not cut:
        return span_tokens(head)
    tokens = [t for t in span_tokens(head) if t.i not in cut]
    while tokens and (tokens[-1].dep_ in {"punct", "cc"}):
        tokens.pop()
    return tokens or [head]


def _narrated_sequel(prep: Token) -> bool:
    """A comma-set-off "before/after doing" closing a reported clause ("announced he would
    drop the bid, before reversing course the next day"): what the narrator says happened
    next, not a part of what was said."""
    if prep.dep_ != "prep" or prep.lower_ not in {"before", "after"} or prep.i < prep.head.i:
        return False
    doc = prep.doc
    gerund = any(c.dep_ == "pcomp" and c.tag_ == "VBG" for c in prep.children)
    return gerund and prep.i > 0 and doc[prep.i - 1].text == "," and prep.right_edge.i >= prep.head.right_edge.i


def _conjunct_of(token: Token, head: Token) -> bool:
    """``token`` is coordinated with ``head`` (directly or through a chain of conjuncts)."""
    while token.dep_ == "conj" and token.head != token:
        token = token.head
        if token == head:
            return True
    return False


def _subject_of(verb: Token, depth: int = 0) -> tuple[Token, bool] | None:
    """(subject head, passive) of a verb, following coordination, control and relatives."""
    if depth > 4:
        return None
    for child in _subjects_in_order(verb):
        if child.dep_ in _SUBJECT_DEPS:
            passive = child.dep_.endswith("pass")
            if child.lower_ in RELATIVE and verb.dep_ == "relcl":
                return _antecedent(verb, child), passive
            return child, passive
    if any(c.dep_ == "expl" for c in verb.children):
        return None  # "..., but there was a tradition of ...": no one's clause, not the first conjunct's subject's
    head = verb.head
    stranded = _stranded_subject(verb) if verb.dep_ in {"conj", "advcl"} else None
    if stranded is not None:
        return stranded, any(c.dep_ == "auxpass" for c in verb.children)
    if verb.dep_ == "conj" and head.pos_ in {"VERB", "AUX"}:
        found = _subject_of(head, depth + 1)
        return (found[0], any(c.dep_ == "auxpass" for c in verb.children)) if found else None
    if verb.dep_ == "xcomp" or verb.dep_ == "advcl" and infinitive(verb):
        if verb.tag_ == "VBG" and head.lemma_.lower() in rule_words("gerund_no_doer"):
            return None  # "the demands included dissolving Parliament": demands dissolve nothing
        if head.lemma_.lower() in rule_words("describe_verb") and any(
            c.dep_ == "oprd" and c.i < verb.i for c in head.children
        ):
            return None  # "called the process a coup to unseat the president": the coup's purpose, no one's act
        objects = [c for c in head.children if c.dep_ in {"dobj", "dative"}]
        if not objects and governing_class(head) == "request" and (listener := addressee(head)) is not None:
            return listener, False  # "called on the councils to instill confidence": the councils are asked
        if objects and (governing_class(head) == "request" or head.lemma_.lower() in rule_words("object_control")):
            return objects[0], False  # "urged X to form", "pressed the council to close" (parsed advcl)
        found = _subject_of(head, depth + 1)
        # "was tasked to produce a plan": the producing is active whatever the tasking was
        return (found[0], any(c.dep_ == "auxpass" for c in verb.children)) if found else None
    if _free_participle(verb):
        # "Born in Lagos, she moved ...", "..., forcing the closure": the participle's
        # understood subject is the subject of the clause it modifies; of a passive one, its
        # agent ("were described by Johnson as a mandate, saying ..."); after a complement,
        # the speaker's ("stated the trial would not be impartial, saying ...")
        agent = next((o for c in head.children if c.dep_ == "agent" for o in c.children if o.dep_ == "pobj"), None)
        if agent is not None and verb.lemma_.lower() in lexicon.words("speech") and verb.i > head.i:
            return agent, False
        found = _subject_of(head.head if head.dep_ == "ccomp" and head.head.i < head.i else head, depth + 1)
        return (found[0], verb.tag_ == "VBN") if found else None
    if verb.dep_ == "pcomp" and verb.tag_ == "VBG" and head.dep_ == "prep" and _governor(head) is not None:
        return _gerund_subject(head, depth)
    if verb.dep_ == "relcl":
        if infinitive(verb):
            return None  # "at the time to sell the house": an infinitive the parser hung on a noun
        return head, False
    if verb.dep_ == "acl" and head.pos_ in {"NOUN", "PROPN"}:
        if infinitive(verb):
            return None  # "his request at the time to unmask", "the decision to leave": the noun does nothing
        if quoted_title(verb, head):
            return None  # 'the slogan "Defund the Police"': the quotation names the slogan, which does nothing
        if bare_first_half(head) and verb.i == head.i + 1:
            found = _subject_of(head.head, depth + 1)  # "she was gang raped by ...": she was
            return (found[0], True) if found is not None else None
        if head.dep_ == "attr" and head.head.lemma_ == "be" and verb.tag_ == "VBG":
            found = _subject_of(head.head, depth + 1)  # "Cengiz is a Turkish national now living in London"
            if found is not None:
                return found[0], False
        return head, verb.tag_ == "VBN"
    return None


def bare_first_half(noun: Token) -> bool:
    """ "she was gang raped by ...": a bare noun after "was" that the parser made the
    description, with the participle of the verb it begins right after it (with its agent)."""
    after = noun.doc[noun.i + 1] if noun.i + 1 < len(noun.doc) else None
    return (
        after is not None
        and noun.dep_ == "attr"
        and noun.head.lemma_ == "be"
        and not any(c.dep_ == "det" for c in noun.children)
        and after.head == noun
        and after.tag_ == "VBN"
        and any(c.dep_ == "agent" for c in after.children)
    )


def quoted_title(verb: Token, noun: Token) -> bool:
    """A verb whose clause is a quotation opening after the noun it hangs on ('the slogan
    "Defund the Police"', 'the campaign "Stop the Steal"'): the quotation is the noun's name or
    title, not something the noun does (whatever the parser hangs on it after the quotation).
    A title is capitalised; a quoted description ('a plan "designed to fail"') and a quotation
    opening inside the clause ('a "wall that will pay for itself"') are left to the other rules."""
    first = next((t for t in verb.subtree if not t.is_punct), verb)
    if not first.is_title:
        return False  # 'a plan "designed to fail"' describes the plan in someone's words
    return any(noun.idx < start == first.idx <= verb.idx < end for start, end in quote_regions(verb.doc.text))


def fronted_description(verb: Token) -> tuple[Token, Token] | None:
    """(description, name) of a clause that opens with a description of its subject: "A
    resident of Antioch, Rittenhouse is accused ...", which the parser gives two subjects."""
    subjects = [c for c in verb.children if c.dep_ in _SUBJECT_DEPS]
    fronted = [c for c in verb.children if c.dep_ == "npadvmod" and c.pos_ == "NOUN" and c.ent_type_ == ""]
    if len(subjects) == 1 and fronted and fronted[0].i < subjects[0].i:  # "A former teacher, Ana Ruiz runs ..."
        subjects = [fronted[0], subjects[0]]
    if len(subjects) != 2:
        return None
    first, second = subjects
    doc = verb.doc
    inside = {t.i for t in first.subtree}
    between = [t for t in doc[first.i + 1 : second.left_edge.i] if t.i not in inside]
    set_off = second.left_edge.i > 0 and doc[second.left_edge.i - 1].text == ","  # the comma may hang inside
    if first.pos_ == "NOUN" and second.pos_ == "PROPN" and set_off and all(t.is_punct for t in between):
        return first, second
    return None


def _subjects_in_order(verb: Token) -> list[Token]:
    """The verb's children, the named subject of a fronted description first."""
    fronted = fronted_description(verb)
    children = list(verb.children)
    if fronted:
        return [fronted[1], *children]
    subjects = [c for c in children if c.dep_ in _SUBJECT_DEPS]
    if len(subjects) > 1:
        # "Millions dwell in the slums, and ... local activists claimed": the parser gave the
        # verb a coordinated clause as a second subject; the subject is the one next to the verb
        return [min(subjects, key=lambda c: abs(c.i - verb.i)), *children]
    return children


def _stranded_subject(verb: Token) -> Token | None:
    """The subject of a coordinated clause that the parser hung on the first clause's last
    noun ("X resigned as governor of Puerto Rico and [Pedro Pierluisi] was sworn in"): the
    noun right before the conjunct's own auxiliary, where no "and" stands between."""
    auxiliaries = [c for c in verb.children if c.dep_ in {"aux", "auxpass"} and c.i < verb.i]
    if not auxiliaries:
        return None
    start = min(a.i for a in auxiliaries)
    if start == 0:
        return None
    before = verb.doc[start - 1]
    if before.pos_ in {"NOUN", "PROPN"} and before.dep_ == "conj" and before.i > verb.head.i:
        return before
    return None


def _antecedent(verb: Token, relative: Token) -> Token:
    """What a relative clause is about: the noun it hangs on, except that "who" names a
    person, so when the parser hangs it on a common noun ("disagreements with Mike Pompeo
    who is ...") the name right before "who" is meant."""
    head = verb.head
    before = relative.i - 1
    while before > head.i and relative.doc[before].is_punct:
        before -= 1
    previous = relative.doc[before]
    if (
        relative.lower_ in {"who", "whom"}
        and head.pos_ != "PROPN"
        and previous.pos_ == "PROPN"
        and previous.ent_type_ == "PERSON"
        and previous.i > head.i
    ):
        return previous
    if head.dep_ == "appos" and head.pos_ == "NOUN" and head.head.pos_ == "PROPN":
        return head.head  # "George Floyd, an African American man who died ...": Floyd died
    described = _described_by(head)
    if described is not None and relative.lower_ in {"who", "that"}:
        return described  # "I am the only one who has to think of my daughter": I have to
    return head


def _described_by(noun: Token) -> Token | None:
    """What ``noun`` describes: the subject of a copula ("Jaya is the only one ..."), or the
    object of a judging verb ("described him as a man ..."); None in a cleft ("It was Smith
    who fired"), where the noun is the one meant."""
    if noun.pos_ == "PROPN":
        return None
    judge = judged_as(noun)  # "describing him as a good man who stands firm"
    if judge is not None:
        return next((c for c in judge.children if c.dep_ == "dobj"), None)
    copula = noun.head
    if noun.dep_ != "attr" or copula.lemma_ != "be":
        return None
    subject = next((c for c in copula.children if c.dep_ == "nsubj"), None)
    if subject is None or subject.lower_ in {"it", "this", "that", "there", "which", "what", "who"}:
        return None
    return subject


def _free_participle(verb: Token) -> bool:
    """A participle set off from its clause ("Born in Lagos, she ...", "..., forcing the
    closure"), whose subject is the clause's. Not one that follows a noun without a comma
    ("spoke of Turkey assuming the duty": the noun's), not one that works as a preposition
    ("following the landslide", "including ..."), not a trailing one of result ("...,
    making him the longest-serving member": what the whole clause did), and not one hung on
    a subordinate clause, where the parser attaches what belongs higher up."""
    head = verb.head
    if verb.dep_ != "advcl" or verb.tag_ not in {"VBG", "VBN"} or head.pos_ not in {"VERB", "AUX"}:
        return False
    lemma = verb.lemma_.lower()
    if verb.lower_ in rule_words("prep_participle") or lemma in rule_words("prep_participle"):
        return False
    clause = head
    while clause.dep_ == "conj" and clause.head != clause:
        clause = clause.head
    if clause.dep_ == "advcl" or any(c.dep_ == "mark" for c in clause.children):
        return False  # "..., as margins are thin, while noting ...": the parser's nearest clause, not its own
    if verb.i < head.i:
        return True
    left = verb.left_edge
    set_off = left.i > 0 and verb.doc[left.i - 1].is_punct
    return set_off and lemma not in rule_words("result_participle")


def _governor(prep: Token) -> Token | None:
    """The verb a gerund's preposition belongs to: its head, or for "for" the verb above
    the noun it hangs from ("sentenced X to ten years for robbing")."""
    head = prep.head
    if prep.lower_ == "for" and head.pos_ in {"NOUN", "NUM"} and head.dep_ == "pobj" and head.head.dep_ == "prep":
        head = head.head.head
    return head if head.pos_ in {"VERB", "AUX"} else None


def _judged_for(governor: Token) -> bool:
    """The verb of judging names what its object did with a "for"-gerund, wherever the
    parser hung it ("sentenced X to prison for ten years for selling opioids")."""
    return any(
        c.dep_ == "prep" and c.lower_ == "for" and any(g.dep_ == "pcomp" and g.tag_ == "VBG" for g in c.children)
        for c in governor.subtree
    )


def _gerund_subject(prep: Token, depth: int) -> tuple[Token, bool] | None:
    """Who does what a gerund after a preposition says: "sentenced X for driving" -- the
    object of a verb of judging, praising or blaming, the one the reason is about; "won by
    scoring", "left after paying" -- the subject of the verb."""
    if preposition_words(prep) & rule_words("example_prep"):
        return None  # "duties like maintaining parks": an example of the duties, done by no one named
    governor = _governor(prep)
    objects = [c for c in governor.children if c.dep_ == "dobj"]
    if (
        objects
        and governor.lemma_.lower() in rule_words("judge_for")
        and (prep.lower_ == "for" or _judged_for(governor))
    ):
        return objects[0], False  # "sentenced a doctor for prescribing opioids, after prescribing ...": the doctor
    if prep.lower_ == "of" and objects and governor.lemma_.lower() in rule_words("judge_of"):
        return objects[0], False  # "accused Biden of saying ...": Biden is the one said to have said it
    if prep.lower_ == "as" and governor.lemma_.lower() in rule_words("judge_as"):
        # "saw the deal as betraying farmers": the deal betrays; "polymers that Wang described
        # as resembling hairs": the polymers resemble them, whatever the relative is parsed as
        if objects and objects[0].lower_ in RELATIVE and governor.dep_ == "relcl":
            return governor.head, False
        if objects:
            return objects[0], False
        return (governor.head, False) if governor.dep_ == "relcl" else None
    found = _subject_of(governor, depth + 1)
    return (found[0], False) if found else None


def _without(tokens: list[Token], verb: Token) -> list[Token]:
    """An argument's tokens without the clause of ``verb`` when the argument contains it
    ("any party based on their race" is the subject of "based" as "any party")."""
    if not any(t.i == verb.i for t in tokens):
        return tokens
    cut = {t.i for t in verb.subtree}
    kept = [t for t in tokens if t.i not in cut]
    while kept and kept[-1].dep_ in {"punct", "cc"}:
        kept.pop()
    return kept or [verb.head]


def _is_to(verb: Token) -> bool:
    """ "is to nominate", "were to meet": an infinitive under a bare "be", a plan or arrangement."""
    head = verb.head
    return (
        verb.dep_ == "xcomp"
        and head.lemma_ == "be"
        and head.pos_ == "AUX"
        and infinitive(verb)
        and not any(c.dep_ in {"attr", "acomp"} for c in head.children)
    )


def _absolute(verb: Token) -> bool:
    """ "with Justin Amash included", "with 90 percent of the votes counted": a participle
    after "with", whose subject is what was done to, whatever the tagger said."""
    start = verb.left_edge.i
    if start == 0 or verb.dep_ == "ROOT":
        return False
    before = verb.doc[start - 1]
    return before.lower_ in {"with", "without"} and not any(c.dep_ in {"pobj", "pcomp"} for c in before.children)


def _clause_inside(subject: Token, verb: Token) -> bool:
    """A finite verb with its own subject parsed as a modifier inside the subject phrase
    ("Trump claimed carbon emissions" as one noun phrase): a misparse, no argument."""
    return any(
        token.i != verb.i
        and token.dep_ in _NOMINAL_SLOTS
        and token.tag_ in {"VBD", "VBZ", "VBP"}
        and any(c.dep_ in {"nsubj", "nsubjpass"} for c in token.children)
        for token in subject.subtree
    )


def _argument(head: Token, prep: str | None = None) -> Argument:
    is_clause = head.pos_ in {"VERB", "AUX"} and head.dep_ in {"ccomp", "xcomp", "pcomp", "csubj", "advcl"}
    return Argument(head, span_tokens(head), prep, is_clause)


def _with_conjuncts(head: Token) -> list[Token]:
    result = [head]
    for child in head.children:
        if child.dep_ == "conj" and child.pos_ == head.pos_ or child.dep_ == "conj" and child.pos_ in {"NOUN", "PROPN"}:
            result.extend(_with_conjuncts(child))
    return result


def clauses(sent: SpacySpan) -> list[Clause]:
    """All clauses of a sentence, in the order of their verbs."""
    found: list[Clause] = []
    consumed: set[int] = set()
    for verb in sent:
        if verb.i in consumed or verb.dep_ in {"aux", "auxpass", "amod", "compound"}:
            continue
        copula = verb.lemma_ == "be" and any(c.dep_ in {"attr", "acomp"} for c in verb.children)
        if verb.pos_ != "VERB" and not copula:
            continue
        subject = _subject_of(verb)
        if subject is None or _absolute(verb) or _clause_inside(subject[0], verb):
            continue
        clause = _clause(verb, subject[0], subject[1], copula, consumed)
        if clause.objects or clause.preps or clause.dates:
            found.append(clause)
    return found


def _clause(verb: Token, subject: Token, passive: bool, copula: bool, consumed: set[int]) -> Clause:
    relation = [c for c in verb.children if c.dep_ in {"aux", "auxpass", "neg"} and c.i < verb.i]
    relation.append(verb)
    relation.extend(c for c in verb.children if c.dep_ == "prt")
    lemma = " ".join([verb.lemma_.lower(), *(c.lower_ for c in verb.children if c.dep_ == "prt")])
    if _is_to(verb):  # "the party is to nominate its ticket": planned, said so in the relation
        relation[:0] = [verb.head]
        lemma = "be to " + lemma
    clause = Clause(
        verb,
        Argument(subject, _without(span_tokens(subject), verb)),
        relation,
        lemma,
        passive=passive,
        negated=any(c.dep_ == "neg" for c in verb.children),
        copula=copula,
    )
    _collect(verb, clause, consumed)
    if not copula:
        _join_adjective(clause)
    if not clause.objects and not clause.preps:
        _borrow_object(verb, clause)
    return clause


def _join_adjective(clause: Clause) -> None:
    """ "was pronounced dead at the scene", "was found guilty of fraud": the adjective is a
    part of the relation, not an argument, and its prepositions are the clause's."""
    adjectives = [o for o in clause.objects if o.head.dep_ in {"acomp", "oprd"} and o.head.pos_ == "ADJ"]
    for adjective in adjectives:
        clause.objects.remove(adjective)
        # "pleaded not guilty to three counts": the denial is the adjective's, no word left out
        denied = [c for c in adjective.head.children if c.dep_ == "neg" and c.i < adjective.head.i]
        clause.relation.extend([*denied, adjective.head])
        clause.lemma = " ".join([clause.lemma, *(c.lower_ for c in denied), adjective.head.lower_])
        _adjective_preps(adjective.head, clause, rename=False)


def _collect(verb: Token, clause: Clause, consumed: set[int]) -> None:
    for child in verb.children:
        dep = child.dep_
        if dep in {"dobj", "attr", "oprd", "dative", "acomp"}:
            if dep == "dobj" and child.lower_ in RELATIVE and verb.dep_ == "relcl":
                # "the drug, which he promoted": what he promoted is the drug; but after an
                # adverbial ("apologized during the hearing, which the President accepted")
                # "which" is as often the whole clause, so it stays no argument
                antecedent = _antecedent(verb, child)
                if antecedent.dep_ != "pobj" or antecedent.head.lower_ in {"of", "about", "for", "with"}:
                    clause.objects.append(Argument(antecedent, _without(span_tokens(antecedent), verb)))
                continue
            clause.objects.append(_argument(child))
            if dep == "acomp" and clause.copula and child.pos_ == "ADJ":
                _adjective_preps(child, clause)
            if dep in {"dobj", "oprd"} and verb.lemma_ == "bear" and child.pos_ == "PROPN":
                # "Born Robert Burns in Arroyo Grande": the place is the birth's, not the name's
                for prep in child.children:
                    if prep.dep_ == "prep" and prep.lower_ in {"in", "at", "on"}:
                        clause.preps.extend(_argument(o, prep.lower_) for o in prep.children if o.dep_ == "pobj")
        elif dep == "ccomp":
            clause.objects.append(_argument(child))
        elif dep == "xcomp" and child.pos_ == "VERB":
            if verb.lemma_ in _CATENATIVE and not clause.objects and not any(c.dep_ == "dobj" for c in verb.children):
                # "continue to adhere to X": one relation over both verbs
                consumed.add(child.i)
                clause.relation.extend(c for c in child.children if c.dep_ == "aux" and c.i < child.i)
                clause.relation.append(child)
                clause.lemma += " to " + child.lemma_.lower()
                _collect(child, clause, consumed)
            else:
                clause.objects.append(_argument(child))
        elif dep == "advcl" and any(m.dep_ == "mark" and m.lower_ in rule_words("limit_mark") for m in child.children):
            clause.limits.append(child)  # "remained vacant until Pierluisi was appointed"
        elif dep == "prep":
            if child.lower_ in rule_words("limit_word"):
                clause.limits.append(child)  # "remained a secret until 1997": the object holds only so long
            if child.lower_ == "according":  # "according to CCTV News"
                child = next((c for c in child.children if c.dep_ == "prep"), child)
            for obj in child.children:
                if obj.dep_ in {"pobj", "pcomp"}:
                    clause.preps.append(_argument(obj, _prep_text(child)))
        elif dep in {"npadvmod", "tmod"} and child.ent_type_ == "DATE":
            clause.dates.append(_argument(child))
        elif dep == "agent":
            for obj in child.children:
                if obj.dep_ == "pobj":
                    clause.preps.append(_argument(obj, "by"))


def _adjective_preps(adjective: Token, clause: Clause, rename: bool = True) -> None:
    """ "was married to X", "is responsible for Y": the adjective joins the relation
    ("be married to") and its prepositional objects become the clause's arguments."""
    preps = [c for c in adjective.children if c.dep_ == "prep"]
    if not preps:
        return
    if rename:
        clause.lemma = f"{clause.lemma} {adjective.lower_}"
    for prep in preps:
        for obj in prep.children:
            if obj.dep_ in {"pobj", "pcomp"}:
                clause.preps.append(_argument(obj, _prep_text(prep)))


def _prep_text(prep: Token) -> str:
    words = [prep.lower_] + [c.lower_ for c in prep.children if c.dep_ == "prep" and c.i == prep.i + 1]
    if prep.lower_ == "to" and prep.head.lower_ == "according":
        return "according to"
    return " ".join(words)


def _borrow_object(verb: Token, clause: Clause) -> None:
    """ "train and attract talent": the first verb shares the object of its conjunct."""
    if clause.passive:
        return  # "was invented ... and could serve military purposes": a passive has its object
    if verb.lemma_.lower() in rule_words("intransitive"):
        return  # "police arrived and shot him": no one arrived him
    for child in verb.children:
        if any(c.dep_ in {"aux", "auxpass"} for c in child.children):
            continue  # "... and could serve": a verb phrase of its own
        if child.dep_ == "conj" and child.pos_ == "VERB" and not any(c.dep_ in _SUBJECT_DEPS for c in child.children):
            for grandchild in child.children:
                if grandchild.dep_ in {"dobj", "ccomp"}:
                    clause.objects.append(_argument(grandchild))
            if clause.objects:
                return


def conjuncts(head: Token) -> list[Token]:
    """A head and the heads coordinated with it ("Huawei and ZTE")."""
    return _with_conjuncts(head)
