"""Rules on a clause's subject, verb and arguments.

"X is a Y" (copula), "X died on Monday" (clause date), "called the investigation a witch
hunt" (naming), and the subject, verb and objects of any other clause with its
prepositional arguments (clause, clause-prep), leaving to :mod:`.speech_rules` the
clauses that report speech.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from ... import lexicon
from ...vocab import NAME_LABELS
from ..clauses import Clause, bare_first_half, conjuncts
from ..mentions import MentionTable, phrase_text, phrase_tokens
from ..modality import RELATIVE, clause_modality, content_noun, infinitive, opinion_holder
from ..nominal import words as nominal_words
from ..quotemarks import quote_regions
from ..rules import registry, window
from ..rules import words as rule_words
from .builder import ClaimBuilder
from .phrases import _AMOUNTS, _subject_of_what_follows, description_tokens
from .predicates import _clause_mood, _ontology_predicate, _subject_predicate, _subject_relation
from .speech_rules import _quoted, _reports_speech

if TYPE_CHECKING:  # pragma: no cover
    from spacy.tokens import Token


_VAGUE_SUBJECTS = {"it", "this", "that", "which", "what", "whose", "there"}
_LIGHT_OBJECTS = {
    "crackdown",
    "effort",
    "pressure",
    "sanction",
    "attack",
    "strike",
    "ban",
    "restriction",
    "tariff",
    "campaign",
    "investigation",
    "probe",
    "action",
    "measure",
    "step",
    "call",
    "lead",
    "advantage",
}


def _in_utterance(token: Token) -> bool:
    """``token`` lies in a quotation that is a statement of its own (it holds a verb), not
    words set in scare quotes ('highlighted the "strategic importance" of the delta')."""
    doc = token.doc
    for start, end in quote_regions(doc.text):
        if start <= token.idx < end:
            return any(t.pos_ in {"VERB", "AUX"} for t in doc if start <= t.idx < end)
    return False


@registry.register("copula", "clause")
def copula_rule(builder: ClaimBuilder, clause: Clause, sentence: int) -> None:
    """ "X is a Y": X is a "Y" (a description), or X is Y (a name)."""
    if not clause.copula or _reports_speech(clause):
        return
    mood, _ = _clause_mood(clause)
    objects = [
        o
        for o in clause.objects
        if not o.is_clause and o.head.ent_type_ not in _AMOUNTS and not bare_first_half(o.head)
    ]
    if clause.subject.head.lower_ in _VAGUE_SUBJECTS:
        return  # "It was an event designed to ...": "it" is too often the situation, not a thing named
    for subject in builder.subjects(clause, sentence) if objects else ():
        if subject.kind == "nominal":
            continue  # "his brother is a chef": a description of a description tells a reader little
        for obj in objects:
            target = builder.table.at(obj.head)
            described = any(c.dep_ in {"det", "amod"} and c.lower_ not in {"the"} for c in obj.head.children)
            if target is not None and target.kind == "name" and not described:
                builder.add(subject, None, "is", target, sentence=sentence, extractor="copula", mood=mood)
            elif obj.head.pos_ == "NOUN" or obj.head.pos_ == "PROPN" and (obj.head.ent_type_ == "" or described):
                # a title the tagger capitalised ("the Secretary of State", "a former City
                # Councillor", which it may even tag as a name) is a description too
                builder.add(
                    subject,
                    "isA",
                    "is a",
                    literal=phrase_text(description_tokens(obj.head)),
                    sentence=sentence,
                    extractor="copula",
                    mood=mood,
                )


@registry.register("clause-date", "clause")
def date_rule(builder: ClaimBuilder, clause: Clause, sentence: int) -> None:
    """ "X died on Monday", "was released Friday", "not reconvene until October 14": when
    the clause's action happened, a relation named by the verb and its preposition to the
    date. A copula ("was president in 2010") says when a state held, left to the clause."""
    if clause.copula:
        return
    dated = [(arg, arg.prep) for arg in clause.preps if arg.prep in rule_words("date_prep")]
    dated += [(arg, _bare_date_prep(arg.tokens)) for arg in clause.dates]
    targets = [
        (found[0], "on" if found[1] else prep)
        for arg, prep in dated  # "at 4:53 a.m. Thursday morning"
        if (found := _date_mention(builder, arg.head)) is not None
    ]
    if not targets:
        return
    # one date once, by its first preposition: "declared tomorrow a day of mourning", a date the
    # tagger made of two of the verb's arguments, is no date "on" and "in" at once
    firsts: dict[int, tuple] = {}
    for target, prep in targets:
        firsts.setdefault(id(target), (target, prep))
    targets = list(firsts.values())
    mood, verb_lemma = _clause_mood(clause)
    label = " ".join([_subject_relation(clause, verb_lemma), *_object_word(clause)])
    for subject in builder.subjects(clause, sentence):
        for target, prep in targets:
            phrase = f"{label} {prep}"  # an open relation: "hold in" a year is no kg:heldIn a place
            builder.add(subject, None, phrase, target, sentence=sentence, extractor="clause-date", mood=mood)


def _object_word(clause: Clause) -> list[str]:
    """The common noun an action was done to, for the name of its relation to a date or a
    prepositional argument: "John Bolton released a book on June 23" is "release book on",
    not "release on" (as if Bolton were released). A name or pronoun object stays out: "met
    Xi on Monday" is "meet on"."""
    found = next((o.head for o in clause.objects if o.prep is None), None)
    if found is None or found.pos_ != "NOUN" or found.ent_type_ in {"DATE", "TIME"}:
        return []
    # a bare noun after "of" is part of the thing: "declared a state of emergency on Friday"
    of = [
        o
        for p in found.children
        if p.dep_ == "prep" and p.lower_ == "of"
        for o in p.children
        if o.dep_ == "pobj" and o.pos_ == "NOUN" and not any(c.dep_ in {"det", "poss"} for c in o.children)
    ]
    return [found.lower_, "of", of[0].lower_] if of else [found.lower_]


def _date_mention(builder: ClaimBuilder, head: Token):
    """(the date an argument names, whether it is the day of a time of day): its own mention,
    or the day before a time of day ("on Saturday morning": Saturday, which the tagger gives
    apart from "morning"), which the action is "on"."""
    for token in (head, *(c for c in head.children if c.dep_ in {"compound", "nmod"})):
        found = builder.table.at(token)
        if found is not None and found.cls == "TimeExpression":
            return found, token != head
    return None


def _bare_date_prep(tokens: list[Token]) -> str:
    """The preposition a bare date stands for: "on" for a day ("Friday", "yesterday",
    "June 3"), "in" for a longer time ("last November", "2019")."""
    words = {t.lower_ for t in tokens}
    if words & rule_words("day_word") or any(t.like_num and len(t.text) <= 2 for t in tokens):
        return "on"
    return "in"


def _naming(clause: Clause) -> tuple[Token, Token] | None:
    """(what is named, what it is called) of "called the investigation a witch hunt",
    "labelled the plan a disaster", "described the deal as a betrayal": one judgement,
    which neither half states alone ("called the investigation" says nothing)."""
    verb = clause.verb
    if verb.lemma_.lower() not in rule_words("describe_verb"):
        return None
    named = [c for c in verb.children if c.dep_ == "dobj"] or [c for c in verb.children if c.dep_ == "nsubjpass"]
    called = [c for c in verb.children if c.dep_ in {"oprd", "dobj"} and named and c.i > named[0].i and c != named[0]]
    called += [
        c
        for c in verb.children
        if c.dep_ == "prep" and c.lower_ == "as" and any(o.dep_ in {"pobj", "pcomp"} for o in c.children) and named
    ]
    return (named[0], called[0]) if named and called else None


def _named_tokens(named: Token, verb: Token) -> list[Token]:
    """The words of what is named: the object itself, or for a relative ("polymers that
    Wang described as ...") the antecedent without its relative clause."""
    if named.lower_ in RELATIVE and verb.dep_ == "relcl":
        cut = {t.i for t in verb.subtree}
        return [t for t in verb.head.subtree if t.i not in cut and t.i <= verb.head.i]
    return list(named.subtree)


@registry.register("naming", "clause")
def naming_rule(builder: ClaimBuilder, clause: Clause, sentence: int) -> None:
    """ "Trump called the investigation a witch hunt": Trump called "the investigation a
    witch hunt" -- the judgement as the subject's words, a literal."""
    if (naming := _naming(clause)) is None:
        return
    named, called = naming
    # "the results were described by Johnson as a mandate": Johnson described them
    agents = [o for c in clause.verb.children if c.dep_ == "agent" for o in c.children if o.dep_ == "pobj"]
    if named.dep_ == "nsubjpass" and not agents:
        return  # "was described as a mandate": by no one named
    describers = builder.members(agents[0], sentence) if agents else builder.subjects(clause, sentence)
    purposes = [c for c in clause.verb.children if c.dep_ == "advcl" and c.i > called.i and infinitive(c)]
    # "a coup to unseat the president"; "a non-starter", which the parser gives as three predicatives
    rest = [c for c in clause.verb.children if c.dep_ == "oprd" and c.i > called.i]
    end = max([called.right_edge.i, *(c.right_edge.i for c in purposes + rest)])
    tokens = _named_tokens(named, clause.verb) + list(clause.verb.doc[called.left_edge.i : end + 1])
    lemma = clause.verb.lemma_.lower()
    for subject in describers:
        builder.add(
            subject,
            _ontology_predicate(lemma),
            lemma,
            literal=phrase_text(tokens),
            sentence=sentence,
            extractor="naming",
            mood=clause_modality(clause.verb),
        )


@registry.register("clause", "clause", also=("clause-prep",))
def clause_rule(builder: ClaimBuilder, clause: Clause, sentence: int) -> None:
    """Subject, verb and objects of a clause, and its prepositional arguments: a named
    argument always, a common-noun one only as the clause's first argument (``clause-prep``
    once the clause has its object)."""
    if _reports_speech(clause) or _naming(clause) is not None:
        return  # the speech and naming rules read these whole
    if clause.verb.dep_ == "acl" and clause.verb.lemma_.lower() in {"name", "call", "dub"}:
        return  # "a woman named Heather Heyer": the name is the argument (see _named_by), not a fact
    subjects = builder.subjects(clause, sentence)
    if not subjects:
        return
    mood, verb_lemma = _clause_mood(clause)
    label = _subject_relation(clause, verb_lemma)
    limit = limit_text(clause)
    table = builder.table
    idioms = [a for a in _idiom_preps(clause, table) if not _after_absolute(a.head.head)]
    if idioms:  # "hold two officers in contempt": the relation is "hold in contempt"
        label = " ".join([label, *(f"{a.prep} {a.head.lower_}" for a in idioms)])
    light = [
        o
        for o in clause.objects
        if o.head.lemma_.lower() in _LIGHT_OBJECTS
        and table.at(o.head) is None
        or o.head.lemma_.lower() in _LIGHT_OBJECTS
        and table.at(o.head).kind == "nominal"
    ]
    preps = [
        a
        for a in clause.preps
        if a.head.i not in builder.enumerated
        and a.head.ent_type_ not in {"DATE", "TIME"}
        and a not in idioms
        and f"{a.prep} {a.head.lower_}" not in rule_words("discourse_prep")
        # "to hospitals, including Hartford Hospital": members of a phrase, no relation
        and a.prep not in rule_words("example_prep")
        and not (a.prep in {"with", "without"} and _absolute(a.head))
        and not _after_absolute(a.head.head)
        # "crashed between Baracoa and Guantanamo": the pair is the argument, no member of it alone
        and not (a.prep in {"between", "among", "amongst"} and len(conjuncts(a.head)) > 1)
    ]
    bare = [o for o in clause.objects if _bare_object(o.head)] if preps and not light else []
    if bare:  # "played host to the festival", "took part in the talks": the noun is the relation's
        light = bare
    around = table.at(clause.verb)  # a noun phrase the clause lies inside is none of its arguments
    # "the blast killed a guard": what happens to people is news, named or not
    unanchored = clause.verb.lemma_.lower() not in lexicon.words("event_verb")
    for subject in subjects:
        # an argument inside the phrase around the clause gets a mention of its own, unless the
        # subject is that phrase ("the decision to run for a third term"): then the argument
        # would be part of its own subject
        split = subject is not around
        primary_done = clause.copula and any(not o.is_clause for o in clause.objects)  # the copula rule's
        for obj in clause.objects:
            if obj.is_clause or clause.copula or obj in bare:
                continue
            if clause.verb.lemma_ == "bear" and obj.head.pos_ == "PROPN":
                continue  # "born Robert Burns": the name one was born with, no one born
            if any(c.dep_ in {"acl", "relcl"} and content_noun(c) for c in obj.head.children):
                continue  # "include the idea that stripes may confuse predators": the idea is its clause
            if _subject_of_what_follows(obj.head):
                continue  # "showed a bomber had attacked a ship": the bomber is what was shown to attack
            if _in_utterance(obj.head) and not _quoted(clause.verb):
                continue  # 'wrote, "Congratulations to [Bill de Blasio] ..."': the quotation is what was written
            if limit is None:
                continue  # bounded by a phrase too long to keep with it: no fact rather than a false one
            for target in builder.members(obj.head, sentence):
                if target is around and (not split or (target := builder.inner(obj.head, sentence)) is None):
                    continue
                if unanchored and _unnamed(subject, clause.subject.head) and _unnamed(target, obj.head):
                    continue  # "other hypotheses include the idea": no one and nothing named, little to trust
                builder.add(
                    subject,
                    _subject_predicate(clause, label) if not limit else None,
                    f"{label} {limit}" if limit else label,
                    target,
                    sentence=sentence,
                    extractor="clause",
                    mood=mood,
                )
                primary_done = True
        for index, arg in enumerate(preps):
            if arg.is_clause or arg.prep is None or arg.prep == "according to":
                continue
            if arg.prep == "in" and opinion_holder([arg.head]) is not None:
                continue  # "in the opinion of Ruth Cole": whose word it is (modality), no place of the act
            if clause.copula and any(o.head.dep_ == "attr" for o in clause.objects):
                break  # "was a candidate in the primary for the election": the phrase is the candidate's
            # "took a shot at Trump" is "take shot at", "arrested two men in Leeds" "arrest men in":
            # never "arrest in", as if the police were arrested there
            done_to = [light[0].head.lemma_.lower()] if light else _object_word(clause)
            bound = arg.head.head in clause.limits  # "closed until further notice": the bound itself
            if limit is None and not bound:
                continue
            phrase = " ".join([label, *done_to, *([limit] if limit and not bound else []), arg.prep])
            if clause.passive and arg.prep == "by" and arg.head.head.head == clause.verb:
                for agent in builder.members(arg.head, sentence):
                    builder.add(
                        agent,
                        _ontology_predicate(verb_lemma),
                        verb_lemma,
                        subject,
                        sentence=sentence,
                        extractor="clause",
                        mood=mood,
                    )
                continue
            if arg.prep == "as" and _role_noun(arg.head, table):
                # "served as the US ambassador to the United Nations": a role is a description of
                # the subject, kept whole as a literal, never folded into a person
                builder.add(
                    subject,
                    _subject_predicate(clause, phrase) if not limit else None,
                    " ".join([label, *done_to, arg.prep]) if limit else phrase,
                    literal=" ".join([phrase_text(description_tokens(arg.head)), *([limit] if limit else [])]),
                    sentence=sentence,
                    extractor="clause" if not primary_done else "clause-prep",
                    mood=mood,
                )
                primary_done = True
                continue
            if _gerund_clause(arg.head):
                continue  # "spoke of Turkey assuming the duty": of the assuming, not of Turkey
            if arg.head.ent_type_ == "QUANTITY":
                continue  # "lies 1,100 miles off Chile": a distance or a weight is no place, thing or date
            for target in builder.members(arg.head, sentence):
                if target is around and (not split or (target := builder.inner(arg.head, sentence)) is None):
                    continue
                named = (
                    target.kind in {"name", "description", "pronoun"}
                    or target.cls == "Event"
                    or arg.prep in rule_words("place_prep")
                    and _named_place_noun(arg.head, table)
                )
                if target.cls == "TimeExpression":
                    continue
                if not named and (primary_done or index > 0):
                    continue
                if unanchored and _unnamed(subject, clause.subject.head) and _unnamed(target, arg.head):
                    continue
                predicate = (
                    None if _bare_noun(arg, table) or limit and not bound else _subject_predicate(clause, phrase)
                )
                builder.add(
                    subject,
                    predicate,
                    phrase,
                    target,
                    sentence=sentence,
                    extractor="clause" if not primary_done else "clause-prep",
                    mood=mood,
                )
            primary_done = True


def limit_text(clause: Clause) -> str | None:
    """The words that bound how long or on what terms the clause holds ("remained a secret
    until 1997", "served as mayor until his death", "is banned except on Sundays"), which a
    fact of the clause must keep: "" when there are none, None when they are too long to
    keep (then the clause gives no fact that would leave them out)."""
    if not clause.limits:
        return ""
    texts = [phrase_text(sorted(limit.subtree, key=lambda t: t.i)) for limit in clause.limits]
    if any(len(text.split()) > window("limit-words") for text in texts):
        return None
    return " ".join(texts)


def _unnamed(mention, head: Token) -> bool:
    """A concept phrase with no name in it ("other hypotheses", "the delayed implementation
    of the new policy"): a fact between two of these says little a reader can hold on to,
    and it is the kind most often misread. "Germany's economy", "22 people", "his lawyers"
    and events are anchored enough."""
    if mention.kind != "nominal" or mention.cls != "Concept":
        return False
    if any(c.dep_ == "poss" for c in head.children):
        return False  # "his lawyers", "the company's shares": someone's
    return not any(
        t.ent_type_ in NAME_LABELS or t.pos_ in {"PROPN", "NUM"} for t in phrase_tokens(head)
    )  # a name the tagger missed, "22 people"


def _bare_object(head: Token) -> bool:
    """A direct object that is one of the bare nouns of a verb idiom, with no determiner or
    modifier ("play host", "take part", "give birth"): a part of the verb, not a thing
    ("bought software for Google" keeps its object)."""
    return (
        head.dep_ == "dobj"
        and head.tag_ == "NN"
        and head.lemma_.lower() in rule_words("idiom_noun")
        and not any(c.dep_ != "prep" for c in head.children)
    )


def _gerund_clause(head: Token) -> bool:
    """An argument that is the subject of a gerund hung on it ("Turkey assuming the duty")."""
    return any(
        c.dep_ == "acl" and c.tag_ == "VBG" and any(g.dep_ in {"dobj", "attr", "prep"} for g in c.children)
        for c in head.children
    )


def _idiom_preps(clause: Clause, table: MentionTable) -> list:
    """Prepositional arguments that belong to the relation: a bare singular noun with no
    determiner after the object ("hold two officers in contempt", "put the suspect on
    trial"), which names no thing the object is related to."""
    if not any(o.head.dep_ == "dobj" for o in clause.objects):
        return []
    last = max(o.head.i for o in clause.objects if o.head.dep_ == "dobj")
    return [arg for arg in clause.preps if arg.head.i > last and _bare_noun(arg, table)]


def _bare_noun(arg, table: MentionTable) -> bool:
    """A prepositional argument that is a bare singular common noun ("in contempt", "into
    custody"): part of an idiom, no place or thing of a recurring relation ("held in" one is
    no kg:heldIn)."""
    head = arg.head
    mention = table.at(head)
    doc = head.doc
    following = doc[head.i + 1] if head.i + 1 < len(doc) else None
    return bool(
        arg.prep
        and head.pos_ == "NOUN"
        and head.tag_ == "NN"
        and (mention is None or mention.kind == "nominal")
        and doc[head.i - 1].lower_ == arg.prep.split()[-1]  # "in contempt", not "for about a quarter"
        and all(c.dep_ == "prep" for c in head.children)
        and not (following is not None and following.lower_ == "to")
    )  # "in order to": a purpose


def _role_noun(head: Token, table: MentionTable) -> bool:
    """A position or job held ("ambassador", "chief executive", "spokeswoman"), not a name."""
    found = table.at(head)
    return (
        head.pos_ == "NOUN"
        and (found is None or found.kind != "name")
        and (head.lemma_.lower() in lexicon.words("title") | nominal_words("role") | nominal_words("leader"))
    )


def _named_place_noun(head: Token, table: MentionTable) -> bool:
    """A common noun a name pins down as one place ("at a Walmart store", "in the Gaza
    Strip camp"): where something happened, worth a fact like a name."""
    return head.pos_ == "NOUN" and any(
        c.dep_ == "compound"
        and (m := table.at(c)) is not None
        and m.kind == "name"
        and m.cls in {"Organization", "Place", "Country"}
        for c in head.children
    )


def _absolute(head: Token) -> bool:
    """The object of "with" is the subject of a participle after it ("with Governor McMaster
    following suit", "with 90 percent counted"): an absolute clause, no argument."""
    doc = head.doc
    after = head.right_edge.i + 1
    return any(c.dep_ in {"acl", "pcomp"} and c.tag_ in {"VBG", "VBN"} for c in head.children) or (
        after < len(doc) and doc[after].tag_ in {"VBG", "VBN"}
    )


def _after_absolute(prep: Token) -> bool:
    """A participle the tagger took for a preposition right after "with X" ("with McMaster
    following suit"): part of the absolute clause."""
    if prep.tag_ != "VBG" or prep.i == 0:
        return False
    before = prep.doc[prep.i - 1]
    return before.dep_ == "pobj" and before.head.lower_ in {"with", "without"}
