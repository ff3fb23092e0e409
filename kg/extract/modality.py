"""How the text puts a clause: asserted, reported, negated, possible, conditional, requested.

A clause is not a fact just because it has a subject and a verb: "the residue would have
been present if Mr Blake fired a gun" does not say he fired one, "Ernst & Young urged him
to put politics aside" does not say he did, and "Police said the man fled" says it only on
the police's word. :func:`clause_modality` reads the cues around a clause's verb:

* the clause's own words: negation ("not", "never", "made *no* mistake", "by *no* means"),
  hedging auxiliaries and adverbs ("would", "reportedly"), a condition ("*if* he fired",
  or an if-clause under it), "according to X";
* the clause above it, walked up the parse: what a governing verb does to its complement
  (``deny``: "denied that", ``request``: "urged him to", ``believe``: "claimed that",
  ``intend``: "plans to", and the verbs of speech: "said that"), and that clause's own cues.

The cues compose: "X said Y may do Z" is ``possible``, with X as its source. The cue words
are data (``kg/data/modality.tsv``); the modalities are ``kg.vocab.MODALITIES``.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache
from typing import TYPE_CHECKING

from .. import lexicon
from ..vocab import MODALITIES
from .quotemarks import quote_regions
from .rules import words as rule_words

if TYPE_CHECKING:  # pragma: no cover
    from spacy.tokens import Token

#: when several cues govern one clause, the first of these wins ("X said Y may" is possible)
PRECEDENCE: tuple[str, ...] = ("negated", "conditional", "requested", "possible", "reported", "asserted")
assert set(PRECEDENCE) == set(MODALITIES)

_SUBJECTS = {"nsubj", "nsubjpass", "csubj", "csubjpass"}
_ARGUMENTS = _SUBJECTS | {"dobj", "attr", "oprd", "dative", "acomp"}
_COMPLEMENTS = {"ccomp", "xcomp", "csubj", "csubjpass"}
_MAX_DEPTH = 12
#: what is set beside a noun, not part of what the clause says of it
_ASIDES = frozenset({"appos", "relcl", "acl", "punct"})
#: the words that open a relative clause ("the man who fled", "the drug, which he promoted")
RELATIVE = frozenset({"who", "whom", "whose", "which", "that", "where", "when"})


@dataclass(frozen=True, slots=True)
class Modality:
    """A clause's modality and, for what someone said or believes, the token of its source."""

    modality: str = "asserted"
    source: Token | None = None

    @property
    def asserting(self) -> bool:
        return self.modality in {"asserted", "reported"}


@cache
def cues() -> dict[tuple[str, str], frozenset[str]]:
    """(list name, modality) -> words, from ``kg/data/modality.tsv``."""
    table: dict[tuple[str, str], frozenset[str]] = {}
    for name, modality, words in lexicon.rows("modality.tsv"):
        if modality not in MODALITIES:
            raise ValueError(f"modality.tsv: {modality!r} is not one of {MODALITIES}")
        table[name, modality] = frozenset(words.split("|"))
    return table


def words(name: str) -> dict[str, str]:
    """word -> modality for one list name of the data file ("aux", "deny", ...)."""
    return {word: modality for (list_name, modality), found in cues().items() if list_name == name for word in found}


def governing_class(verb: Token) -> str | None:
    """What ``verb`` does to a complement: ``deny``, ``request``, ``believe``, ``intend``,
    ``speech`` or ``None`` (a verb that lets its complement stand, "continue to")."""
    lemma = verb.lemma_.lower()
    for name in ("deny", "request", "believe", "intend"):
        if lemma in words(name) or verb.lower_ in words(name):  # the form too: "slated" is lemmatised "slat"
            return name
        if name == "request" and _with_preposition(verb) & words("request_with").keys():
            return name  # "called for", "called on him to": but "called the process a coup" names it
    if lemma in lexicon.words("speech"):
        return "speech"
    return None


def preposition_words(prep: Token) -> set[str]:
    """A preposition alone and with the word before it ("of", "instead of"; "as", "such as"),
    for word lists that hold two-word prepositions."""
    return {prep.lower_, f"{prep.doc[prep.i - 1].lower_} {prep.lower_}"} if prep.i > 0 else {prep.lower_}


def _negating_preposition(prep: Token) -> bool:
    """ "against", "without", "instead of", "rather than": the gerund after it did not happen."""
    return bool(preposition_words(prep) & words("against").keys())


def _with_preposition(verb: Token) -> set[str]:
    """The verb with each of its prepositions and particles ("call for", "appeal to")."""
    lemma = verb.lemma_.lower()
    return {f"{lemma} {c.lower_}" for c in verb.children if c.dep_ in {"prep", "prt", "dative"}}


def separate_clause(verb: Token) -> bool:
    """A clause the parser hung as the complement of a later verb across a semicolon or a
    colon ("Hungary spent 1.15%; NATO guidelines call for 2%"): a sentence of its own, which
    the later verb neither reports nor requests."""
    head = verb.head
    if verb.dep_ != "ccomp" or head.i < verb.i:
        return False
    # after the verb, wherever the parser hung the semicolon ("One truck broke through the
    # guardrail; around 50 gallons of fuel, officials said, spilled": inside the first clause)
    # or a colon: "The researchers noted implications: Gownaris remarked, '...'" said the quotation
    return any(t.text in {";", ":"} for t in verb.doc[verb.i + 1 : head.i])


def combine(marks: list[Modality]) -> Modality:
    """The modality of a clause under several cues, with the nearest source."""
    source = next((m.source for m in marks if m.source is not None), None)
    for modality in PRECEDENCE:
        if any(m.modality == modality for m in marks):
            return Modality(modality, source)
    return Modality("asserted", source)


def clause_modality(verb: Token) -> Modality:
    """How the text puts the clause headed by ``verb`` (see the module docstring)."""
    return combine(_marks(verb, 0))


def judged_as(noun: Token) -> Token | None:
    """The judging verb whose "as" phrase ``noun`` heads ("described him as a good man"), or None."""
    if noun.dep_ != "pobj" or noun.head.lower_ != "as":
        return None
    verb = noun.head.head
    judging = rule_words("judge_as") | rule_words("describe_verb")
    return verb if verb.lemma_.lower() in judging else None


#: what the class of a governing verb (:func:`governing_class`) makes of what it governs
GOVERNED_MODALITY: dict[str, str] = {
    "deny": "negated",
    "request": "requested",
    "believe": "possible",
    "intend": "possible",
    "speech": "reported",
}


def unstated(verb: Token) -> bool:
    """A complement under a negated verb of wanting, asking, planning or believing ("does not
    want the government to sell the railway", "don't need Islamic law to run our country",
    "did not expect them to win"): the text says neither that it happens nor that it does not,
    so it is no fact of any modality; what is said is the negated wanting itself."""
    if verb.dep_ not in _COMPLEMENTS and not (verb.dep_ == "advcl" and requested_infinitive(verb)):
        return False
    return verb.head != verb and negated_governor(verb.head)


def negated_governor(verb: Token) -> bool:
    """A verb of wanting, asking, planning or believing that is itself negated ("does not
    want", "never planned"): what it governs is not stated, the negation is its own."""
    return _negated_verb(verb) and governing_class(verb) in {"request", "intend", "believe"}


def _marks(verb: Token, depth: int) -> list[Modality]:
    return own_marks(verb) + _context(verb, depth)


def own_marks(verb: Token) -> list[Modality]:
    """The cues among the clause's own words."""
    marks: list[Modality] = []
    aux, advmod, det, pronoun, mark = (words(n) for n in ("aux", "advmod", "det", "pronoun", "mark"))
    for child in verb.children:
        dep, word = child.dep_, child.lower_
        if dep == "neg" and _either_way(child):
            marks.append(Modality("possible"))  # "who may or may not have been the captain"
        elif dep == "neg" or dep == "advmod" and word in advmod:
            marks.append(Modality(advmod.get(word, "negated")))
        elif dep == "advmod" and any(c.lower_ == "no" for c in child.children):
            marks.append(Modality("negated"))  # "can no longer continue", "no more"
        elif dep == "aux" and word in aux:
            marks.append(Modality(aux[word]))
        elif dep == "mark" and word in mark and verb.dep_ in {"advcl", "ccomp"} and not _elliptic(child):
            marks.append(Modality("conditional" if verb.dep_ == "advcl" else "possible"))
        elif dep == "advcl" and any(
            c.dep_ == "mark" and c.lower_ in mark and mark[c.lower_] == "conditional" and not _elliptic(c)
            for c in child.children
        ):
            marks.append(Modality("conditional"))  # the consequent of "if ..."
        elif dep in _ARGUMENTS and _negative_argument(child, det, pronoun):
            marks.append(Modality("negated"))
        elif dep in _ARGUMENTS and any(
            c.dep_ == "advmod" and advmod.get(c.lower_) == "possible"
            for a in (child, *child.children)
            if not _aside(a, child)
            for c in a.children
        ):
            # "stabbed reportedly several people"; not "Luk, reportedly aged 68, had suffered"
            marks.append(Modality("possible"))
        elif dep == "dobj" and hedged_tie(verb, child):
            marks.append(Modality("possible"))  # "has alleged ties to the mafia"
        elif dep == "prep":
            marks.extend(_prep_marks(child, det, pronoun))
        elif parenthetical_speech(child):
            marks.append(Modality("reported", speaker(child)))  # "Greggs will reopen, Ann Lee said, once ..."
    return marks


def hedged_tie(verb: Token, obj: Token) -> bool:
    """ "has alleged ties to the mafia", "had rumoured links with Moscow": a tie that is only
    said to be, so having it is possible, not asserted."""
    return (
        verb.lemma_.lower() == "have"
        and obj.lower_ in words("hedged_tie")
        and any(c.dep_ == "amod" and c.lower_ in words("hedge_adjective") for c in obj.children)
    )


def _either_way(neg: Token) -> bool:
    """ "may or may not", "might or might not": a hedge both ways, no negation."""
    doc, i = neg.doc, neg.i
    return i >= 3 and doc[i - 1].tag_ == "MD" and doc[i - 2].lower_ == "or" and doc[i - 3].tag_ == "MD"


def _aside(token: Token, head: Token) -> bool:
    """A modifier set beside its noun, not part of it: an apposition, a relative clause, or
    a phrase after a comma ("Luk, reportedly aged 68,")."""
    if token == head:
        return False
    start = token.left_edge.i
    return token.dep_ in _ASIDES or token.i > head.i and start > 0 and token.doc[start - 1].text == ","


def _negative_argument(arg: Token, det: dict[str, str], pronoun: dict[str, str]) -> bool:
    """ "no such mistake", "nobody", "neither Huawei nor ZTE"."""
    if arg.lower_ in pronoun:
        return True
    return any(c.dep_ in {"det", "preconj", "neg"} and c.lower_ in det | {"neither": "negated"} for c in arg.children)


def _prep_marks(prep: Token, det: dict[str, str], pronoun: dict[str, str]) -> list[Modality]:
    """ "by no means", "under no circumstances" negate; "according to X" attributes to X."""
    if prep.lower_ == "according":
        to = next((c for c in prep.children if c.dep_ == "prep" and c.lower_ == "to"), None)
        source = next((o for o in (to.children if to is not None else ()) if o.dep_ == "pobj"), None)
        return [Modality("reported", source)] if source is not None else []
    objects = [o for o in prep.children if o.dep_ == "pobj"]
    if prep.lower_ == "in" and (holder := opinion_holder(objects)) is not None:
        # "In his view, the centres are on a level with ...": his word; "in my view", the speaker's
        return [Modality("reported", None if holder.lower_ in {"my", "our"} else holder)]
    if prep.lower_ in {"by", "under", "in", "at"} and any(
        any(c.dep_ in {"det", "neg"} and c.lower_ in det for c in o.children) for o in objects
    ):
        return [Modality("negated")]
    return []


def opinion_holder(objects: list[Token]) -> Token | None:
    """Whose view "in his view", "in Tom Reid's opinion", "in the words of Ruth Cole" give: the
    possessor or the "of" phrase of a noun of opinion (``opinion`` in ``kg/data/modality.tsv``)."""
    for noun in objects:
        if noun.lemma_.lower() not in words("opinion"):
            continue
        for child in noun.children:
            if child.dep_ == "poss":
                return child
            if child.dep_ == "prep" and child.lower_ == "of":
                return next((o for o in child.children if o.dep_ == "pobj"), None)
    return None


def _context(verb: Token, depth: int) -> list[Modality]:
    """The cues that reach the clause from the clauses above it."""
    head = verb.head
    if head == verb or depth > _MAX_DEPTH:
        return []
    dep = verb.dep_
    if dep == "conj":
        reported = _reported_before(verb)
        if reported is not None:
            # "said that the strike raised prices, and bakers had been cutting loaves": the
            # parser hangs the backshifted clause on the verb of saying; it is still said
            return _governed(head, reported, depth)
        if independent_conjunct(verb) and head.dep_ in _COMPLEMENTS:
            # "said the forest should be opened, and his critics blame him": the second clause
            # is the narrator's, coordinated with the verb of saying, not part of what was said
            return _context(head.head, depth + 2) if head.head != head else []
        own_subject = any(c.dep_ in _SUBJECTS for c in verb.children)
        own_aux = any(c.dep_ in {"aux", "auxpass"} for c in verb.children)
        # "may resign and leave" shares the auxiliary; "resigned and he may leave" does not
        return _context(head, depth + 1) if own_subject or own_aux else _marks(head, depth + 1)
    if separate_clause(verb):
        return _context(head, depth + 1)
    if dep in _COMPLEMENTS or dep == "advcl" and (_bare_finite(verb) or requested_infinitive(verb)):
        return _governed(head, verb, depth)
    if dep == "advcl" and infinitive(verb):
        judged = [c for c in head.children if c.dep_ == "acomp" and governing_class(c) not in {None, "speech"}]
        if judged:  # "it was essential for the mine to receive approvals": the adjective governs it
            return _governed(judged[0], verb, depth) + _marks(head, depth + 1)
        return _marks(head, depth + 1)  # "would go to see it": the purpose is as hypothetical as the going
    if dep == "advcl" and verb.tag_ in {"VBG", "VBN"} and not any(c.dep_ in _SUBJECTS for c in verb.children):
        # "reportedly made posts suggesting ...": as hedged as the clause it hangs on; but
        # "would not back the bill, saying it raises taxes" says so all the same: the
        # head's negation and auxiliaries are its own
        advmod = words("advmod")
        hedges = [
            Modality(advmod[c.lower_])
            for c in head.children
            if c.dep_ == "advmod" and advmod.get(c.lower_) == "possible"
        ]
        if (
            governing_class(head) == "intend"
            and any(c.dep_ == "xcomp" for c in head.children)
            and verb.lemma_.lower() not in lexicon.words("speech")
        ):
            # "are slated to reach the station ..., docking on Friday": as planned as the reaching
            return hedges + _governed(head, verb, depth)
        if head.dep_ == "ccomp" and head.head.i < head.i and verb.i > head.i:
            # "decided their actions did not qualify, reversing the convictions": the court
            # reversed them; a participle the parser hung on a complement is the main clause's
            return hedges + _marks(head.head, depth + 1)
        return hedges + _context(head, depth + 1)
    if dep == "pcomp" and head.dep_ == "prep" and _negating_preposition(head):
        return [Modality("negated"), *_marks(head.head, depth + 1)]  # "voted against confirming him"
    if dep == "pcomp" and head.dep_ == "prep" and head.head.pos_ in {"VERB", "AUX"}:
        if head.lower_ in words("adjunct"):
            return _marks(head.head, depth + 1)  # "tweeted after hearing the news": the hearing happened
        return _governed(head.head, verb, depth)  # "accused the network of breaching"
    if dep == "relcl" and (judge := judged_as(head)) is not None:
        # "described Johnson as a leader who ignores advice": the critics' word, not the article's
        judging = speaker(judge) or (speaker(judge.head) if judge.dep_ == "advcl" else None)  # "..., describing him as"
        return [Modality("reported", judging), *_marks(judge, depth + 1)]
    if dep in {"acl", "relcl"} and (content := content_noun(verb)) is not None:
        # "the accusation he penetrated Reade", "assurances that he had no part": what the
        # noun says is someone's claim, plan or request, not the article's
        return [Modality(content), *_context(_clause_of(head), depth + 1)]
    # a clause modifying a noun or another clause ("the man who fled") shares the context of
    # the clause around it, not that clause's own negation ("did not meet the man who fled")
    clause = _clause_of(head)
    attributed = [m for m in own_marks(clause) if m.modality == "reported"] if clause != head or dep == "advcl" else []
    return attributed + _context(clause, depth + 1)


def independent_conjunct(verb: Token) -> bool:
    """A coordinated clause with its own subject, set off by a comma before its conjunction
    (", and his critics blame him"): a main clause of its own, not a part of the clause it
    is attached to, so what that clause reports or asks stops before it."""
    if verb.dep_ != "conj" or verb.pos_ not in {"VERB", "AUX"} or not any(c.dep_ in _SUBJECTS for c in verb.children):
        return False
    start = verb.left_edge.i
    doc = verb.doc
    before = doc[start - 1] if start > 0 else None
    if before is not None and before.dep_ == "cc":
        before = doc[start - 2] if start > 1 else None
    set_off = before is not None and before.text in {",", ";"}
    return set_off and not _quoted_together(verb.head, verb) and not _backshifted(verb)


def _backshifted(verb: Token) -> bool:
    """A conjunct in the past perfect or with "would" ("stated that the closure drove up prices,
    and traffickers had been stretching their products"): the tense of reported speech, so
    still a part of what was said, not the narrator's next sentence."""
    return any(c.dep_ in {"aux", "auxpass"} and c.lower_ in {"had", "'d", "would"} for c in verb.children)


def _reported_before(verb: Token) -> Token | None:
    """The reported clause before a backshifted conjunct of a verb of saying ("stated that
    the strike drove up prices, and bakers had been cutting loaves"), or None."""
    head = verb.head
    if not _backshifted(verb) or governing_class(head) != "speech":
        return None
    return next((c for c in head.children if c.dep_ == "ccomp" and head.i < c.i < verb.i), None)


def _quoted_together(first: Token, second: Token) -> bool:
    """Both tokens lie inside one quotation: a speaker's own words, all said by them."""
    return any(start <= first.idx < end and start <= second.idx < end for start, end in quote_regions(first.doc.text))


def _governed(head: Token, complement: Token, depth: int) -> list[Modality]:
    """A complement under ``head``: what the head's verb does to it, plus the head's own context."""
    marks = _marks(head, depth + 1)
    if _open_question(head, complement):
        return [Modality("possible"), *marks]
    cls = governing_class(head)
    if cls is None and complement.dep_ == "ccomp" and not _negated_verb(head):
        # "had no involvement, an e-mail alluded to ...": a negative argument of the clause
        # above is that clause's; "did not find that X" still leaves X unestablished
        marks = [m for m in marks if m.modality != "negated"]
    if cls == "speech" and complement.dep_ == "xcomp" and is_passive(head):
        # "were reported by local media to have visited", "is said to be ill": the reporter's
        # word, or no one's named (hedged), never the article's
        reporter = speaker(head)
        return [Modality("reported", reporter) if reporter is not None else Modality("possible"), *marks]
    if cls is None or cls == "speech" and complement.dep_ == "xcomp" and not _has_object(head):
        return marks
    if cls == "speech" and complement.dep_ == "xcomp":
        cls = "request"  # "told him to leave" asks, "told him that he left" reports
    modality = GOVERNED_MODALITY[cls]
    source = speaker(head) if cls in {"believe", "speech", "deny"} else None
    return [Modality(modality, source), *marks]


def is_passive(verb: Token) -> bool:
    """The verb is in the passive ("was forced", "were reported")."""
    return any(c.dep_ in {"auxpass", "nsubjpass"} for c in verb.children)


def _open_question(head: Token, complement: Token) -> bool:
    """ "to discuss how her experience impacts the race", "asked why the plant closed": an
    indirect question under a verb that leaves it open states no answer."""
    if head.lemma_.lower() not in words("question"):
        return False
    first = complement.doc[complement.left_edge.i]
    return first.tag_ in {"WRB", "WP", "WDT", "WP$"} and first.lower_ in _WH_WORDS


_WH_WORDS = (RELATIVE - {"that"}) | {"how", "why", "what", "whether"}


def _bare_finite(verb: Token) -> bool:
    """A tensed clause with its own subject and no subordinator, parsed as an adverbial
    ("investigating whether a manifesto ... was written by the suspect"): the parser's
    usual slip for a complement, so it is read as one."""
    children = list(verb.children)
    return (
        any(c.dep_ in _SUBJECTS for c in children)
        and not any(c.dep_ in {"mark", "advmod"} for c in children)
        and (verb.tag_ in {"VBD", "VBZ", "VBP"} or any(c.dep_ in {"aux", "auxpass"} for c in children))
    )


def requested_infinitive(verb: Token) -> bool:
    """ "pressed the council to close the mine", with "to close" parsed as an adverbial of purpose."""
    return infinitive(verb) and governing_class(verb.head) == "request" and _has_object(verb.head)


def _elliptic(mark: Token) -> bool:
    """ "thousands if not tens of thousands", "few if any": no condition, a hedge on a number."""
    following = mark.doc[mark.i + 1] if mark.i + 1 < len(mark.doc) else None
    return following is not None and following.lower_ in {"not", "any", "ever", "only"}


def _negated_verb(verb: Token) -> bool:
    """The verb itself is negated ("did not find", "never said"), not only an argument of it."""
    advmod = words("advmod")
    return any(c.dep_ == "neg" or c.dep_ == "advmod" and advmod.get(c.lower_) == "negated" for c in verb.children)


def infinitive(verb: Token) -> bool:
    """A verb with its infinitive marker ("to close", "to be")."""
    return any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children)


def content_noun(verb: Token) -> str | None:
    """The modality a noun gives the clause that spells out its content ("the allegation
    (that) he lied", "a plan to build"): not a relative clause, which has its own relative
    pronoun ("the allegation that was made")."""
    noun = verb.head
    if noun.pos_ not in {"NOUN", "PROPN"} or any(c.lower_ in RELATIVE and c.dep_ != "mark" for c in verb.children):
        return None
    if verb.tag_ in {"VBN", "VBG"} and not any(c.dep_ in {"aux", "auxpass"} for c in verb.children):
        return None  # "a plan based on new taxes": a participle describes the noun, it is not its content
    return words("noun").get(noun.lemma_.lower())


def _has_object(verb: Token) -> bool:
    return any(c.dep_ in {"dobj", "dative"} for c in verb.children)


def _clause_of(token: Token) -> Token:
    """The nearest verb at or above ``token`` (the clause a noun phrase belongs to)."""
    for _ in range(_MAX_DEPTH):
        if token.pos_ in {"VERB", "AUX"} or token.head == token:
            return token
        token = token.head
    return token


def parenthetical_speech(verb: Token) -> bool:
    """A verb of saying set into the clause it reports between commas ("Greggs will reopen the
    bakery, Ann Lee said, once repairs are finished"; the parser's parataxis): the clause is
    the speaker's word."""
    if verb.dep_ != "parataxis" or verb.lemma_.lower() not in lexicon.words("speech"):
        return False
    if not any(c.dep_ == "nsubj" for c in verb.children):
        return False
    start = min([verb.i, *(c.left_edge.i for c in verb.children if c.dep_ == "nsubj")])
    return start > 0 and verb.doc[start - 1].text in {",", "—", "–"}


def speaker(verb: Token) -> Token | None:
    """Who says or holds what ``verb`` governs: its subject, or in the passive its agent
    ("the trial was told by Steven Dowell")."""
    for child in verb.children:
        if child.dep_ == "agent":
            found = next((o for o in child.children if o.dep_ == "pobj"), None)
            if found is not None:
                return found
    subjects = [c for c in verb.children if c.dep_ in {"nsubj", "csubj"}]
    if subjects:  # of two the parser gives ("Millions dwell ..., and activists claimed"), the nearest
        return _named_last(min(subjects, key=lambda c: abs(c.i - verb.i)))
    if verb.dep_ == "conj" and verb.head != verb:
        return speaker(verb.head)  # "stood up and said ..."
    return None


def _named_last(subject: Token) -> Token:
    """The person a speaker's phrase ends with, set off by a comma, when the parser made the
    phrase's first name the subject ("said University of California, San Diego's chancellor,
    Pradeep Khosla": Khosla said it, not the university); else the subject itself."""
    if subject.ent_type_ == "PERSON":
        return subject
    last = subject.right_edge
    while last.is_punct and last.i > subject.i:
        last = last.doc[last.i - 1]
    named = last if last.pos_ == "PROPN" and last.ent_type_ in {"", "PERSON"} else None
    if named is None or named.dep_ != "appos" or named.left_edge.i == 0:
        return subject
    return named if named.doc[named.left_edge.i - 1].text == "," else subject


def addressee(verb: Token) -> Token | None:
    """Whom speech is addressed to: "told *a court* that ...", "*the trial* was told by ..."."""
    if any(c.dep_ == "agent" for c in verb.children):
        return next((c for c in verb.children if c.dep_ == "nsubjpass"), None)
    found = next(
        (c for c in verb.children if c.dep_ in {"dative", "dobj"} and c.pos_ in {"PROPN", "NOUN", "PRON"}), None
    )
    if found is None and _with_preposition(verb) & words("request_with").keys():
        # "called on Tom Reid to resign", "appealed to residents to stay home"
        preps = [c for c in verb.children if c.dep_ == "prep" and c.lower_ in {"on", "upon", "to"}]
        found = next((o for p in preps for o in p.children if o.dep_ == "pobj"), None)
    return found
