"""Rules on events and common nouns: what a noun phrase states without a clause.

"a symposium in Beijing on Monday" (event place and date), "companies from Huawei to
TikTok" (enumeration), "tensions between China and the US" (relational noun), "the launch
of a board" (nominal event), "the request of Mayor Ellis to close the bridge" (request
noun), "Macron's visit to Beijing" (visit noun).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from ... import lexicon
from ..clauses import conjuncts, span_tokens
from ..modality import GOVERNED_MODALITY, Modality, clause_modality, combine, governing_class
from ..rules import registry, window
from ..rules import words as rule_words
from .builder import ASSERTED, ClaimBuilder, enumerated_members
from .phrases import _content_text, description_tokens, range_of
from .predicates import _ontology_predicate

if TYPE_CHECKING:  # pragma: no cover
    from spacy.tokens import Token


_VERBS = frozenset({"VERB", "AUX"})


@registry.register("event-place", "event", also=("event-date",))
def event_rule(builder: ClaimBuilder, event, root: Token, sentence: int) -> None:
    """ "a symposium in Beijing on Monday": held in Beijing, took place on Monday. The parse
    may hang these on any word of a name ("the August 2017 Unite the Right rally in
    Charlottesville": "August 2017" on "Unite", "in Charlottesville" on "rally")."""
    if root.dep_ == "pobj" and root.head.lower_ == "as":
        return  # "made landfall as a Category 5 hurricane in the Abacos": what it was, not an event held there
    words = [
        t for t in root.sent if (m := builder.table.at(t)) is not None and m.id == event.id and t.pos_ not in _VERBS
    ] or [root]  # a verb the mention ran into ("the outbreak ended in Samoa") is no word of the name
    for word in words:
        for prep in word.children:
            if prep.dep_ != "prep":
                continue
            for obj in prep.children:
                other = builder.table.at(obj)
                if obj.dep_ != "pobj" or other is None or other.id == event.id:
                    continue
                if other.cls in {"Place", "Country"} and prep.lower_ in {"in", "at"}:
                    builder.add(event, "heldIn", "held in", other, sentence=sentence, extractor="event-place")
                elif other.cls == "TimeExpression" and prep.lower_ in {"on", "in", "at"}:
                    builder.add(event, "onDate", "took place on", other, sentence=sentence, extractor="event-date")
    # "the May 2019 climate march", "the August 2017 Unite the Right rally": a date among the
    # modifiers before the event noun, however deep the parser hangs it
    first = min(w.i for w in words)
    before = {t for w in words for t in w.subtree if t.i < first and _modifier_chain(t, w)}
    for child in sorted(before, key=lambda t: t.i):
        other = builder.table.at(child)
        if other is not None and other.id != event.id and other.cls == "TimeExpression":
            builder.add(event, "onDate", "took place on", other, sentence=sentence, extractor="event-date")


def _modifier_chain(token: Token, root: Token) -> bool:
    """``token`` reaches ``root`` through noun modifiers only (compound, nmod, amod, nummod)."""
    while token != root:
        if token.dep_ not in {"compound", "nmod", "amod", "nummod"}:
            return False
        token = token.head
    return True


@registry.register("enumeration", "noun")
def enumeration_rule(builder: ClaimBuilder, noun: Token, sentence: int) -> None:
    """ "Chinese tech companies from Huawei to TikTok": each is a "tech company", of China."""
    found = enumerated_members(builder, noun)
    if not found:
        return
    group = found[0][1]
    listed = range_of(noun) or ()  # "companies from Huawei to TikTok": the range is no part of the kind
    cut = {t.i for prep in listed for t in prep.subtree}
    kind = " ".join(
        t.lemma_ if t == group else t.text
        for t in description_tokens(group)
        if t.ent_type_ != "NORP" and t.pos_ != "DET" and t.i not in cut and not t.is_punct
    )
    nationality = [builder.table.at(t) for t in group.children if t.ent_type_ in {"NORP", "GPE"}]
    for member, _ in found:
        builder.add(member, "isA", "is a", literal=kind, sentence=sentence, extractor="enumeration")
        for country in filter(None, nationality):
            builder.add(member, "nationality", "nationality", country, sentence=sentence, extractor="enumeration")


@registry.register("relational-noun", "noun")
def relational_noun_rule(builder: ClaimBuilder, noun: Token, sentence: int) -> None:
    """ "tensions between China and the US": China tensions with the US; "talks between A and B": talks with."""
    lemma = noun.lemma_.lower()
    if noun.pos_ != "NOUN" or lemma not in lexicon.words("conflict") | lexicon.words("relation_noun"):
        return
    for prep in noun.children:
        if prep.dep_ == "prep" and prep.lower_ == "between":
            parties = [
                m
                for o in prep.children
                if o.dep_ == "pobj"
                for t in conjuncts(o)
                if (m := builder.table.at(t)) is not None and m.kind == "name"
            ]
            if len(parties) != 2:
                continue
            if lemma in lexicon.words("conflict"):
                builder.add(
                    parties[0],
                    "tensionsWith",
                    "tensions with",
                    parties[1],
                    sentence=sentence,
                    extractor="relational-noun",
                )
            else:
                builder.add(
                    parties[0], None, f"{lemma} with", parties[1], sentence=sentence, extractor="relational-noun"
                )


@registry.register("nominal-event", "noun")
def nominal_event_rule(builder: ClaimBuilder, noun: Token, sentence: int) -> None:
    """ "stepped up efforts ..., including the launch of a board": the clause's subject
    launched it, as the clause puts it (a hedged clause gives a hedged launch)."""
    lemma = noun.lemma_.lower()
    if noun.pos_ != "NOUN" or lemma not in lexicon.words("nominal_action"):
        return
    objects = [
        o
        for p in noun.subtree
        if p.dep_ == "prep" and p.lower_ == "of" and _hops(p, noun) <= window("nominal-object")
        for o in p.children
        if o.dep_ == "pobj"
    ]
    agent, verb = None, noun
    for _ in range(window("nominal-agent")):  # the nearest clause above whose subject is a name or refers to one
        verb = verb.head
        subject = next((c for c in verb.children if c.dep_ == "nsubj"), None) if verb.pos_ in {"VERB", "AUX"} else None
        mention = builder.table.at(subject) if subject is not None else None
        if mention is not None and mention.kind != "nominal":
            agent = mention
            break
        if verb.head == verb:
            break
    if not objects or agent is None or agent.cls in {"Concept", "Event"}:
        return
    obj = builder.table.nominal(objects[0], sentence)
    if obj is None:
        return
    builder.add(
        agent,
        _ontology_predicate(lemma),
        lemma,
        obj,
        sentence=sentence,
        extractor="nominal-event",
        mood=_governed_action(verb, subject),
    )


def _governed_action(verb: Token, subject: Token | None) -> Modality:
    """The modality of an action named by a noun under ``verb``: as the clause puts it, and as
    the verb puts its object: "proposed the creation of a park" plans it, "rejected the sale"
    denies it, "announced the creation of a park" is the announcer's word, not a park made."""
    mood = clause_modality(verb)
    governed = GOVERNED_MODALITY.get(governing_class(verb) or "")
    if governed is None:
        return mood
    return combine([Modality(governed, subject if governed == "reported" else None), mood])


@registry.register("request-noun", "noun")
def request_noun_rule(builder: ClaimBuilder, noun: Token, sentence: int) -> None:
    """ "the request of Mayor Tom Ellis to close the bridge", "Anna Berg's demand to see
    the files": the one who asked requested "close the bridge" -- what was asked as a
    literal, never as something done. Whatever the sentence does with the request
    ("rejected", "did not grant") does not unmake it."""
    if noun.pos_ != "NOUN" or noun.lemma_.lower() not in rule_words("request_noun"):
        return
    asked = [
        c
        for c in noun.children
        if c.dep_ == "acl" and c.tag_ == "VB" and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children)
    ]
    if not asked:
        return
    askers = [c for c in noun.children if c.dep_ == "poss"]
    askers += [
        o
        for p in noun.children
        if p.dep_ == "prep" and p.lower_ in {"of", "by", "from"}
        for o in p.children
        if o.dep_ == "pobj"
    ]
    mood = clause_modality(_clause_of(noun))
    if mood.modality == "negated":
        mood = ASSERTED
    for token in askers:
        asker = builder.table.at(token)
        if asker is None or asker.kind not in {"name", "pronoun", "description"}:
            continue
        for verb in asked:
            builder.add(
                asker,
                _ontology_predicate(noun.lemma_.lower()),
                noun.lemma_.lower(),
                literal=_content_text(span_tokens(verb)),
                sentence=sentence,
                extractor="request-noun",
                mood=mood,
            )


@registry.register("visit-noun", "noun")
def visit_noun_rule(builder: ClaimBuilder, noun: Token, sentence: int) -> None:
    """ "Macron's visit to Beijing", "began a trip to Kenya", "a tour in Anhui, during which
    Xi spoke": the traveller visited the place, as the clause around the noun puts it."""
    if noun.pos_ != "NOUN" or noun.lemma_.lower() not in rule_words("visit_noun"):
        return
    owners = [noun]
    if noun.dep_ == "dobj" and noun.head.lemma_.lower() in rule_words("visit_verb"):
        owners.append(noun.head)  # "made a trip to Kenya", with "to Kenya" on the verb
    places = [
        m
        for owner in owners
        for prep in owner.children
        if prep.dep_ == "prep" and prep.lower_ in {"to", "in", "of"}
        for o in prep.children
        if o.dep_ == "pobj"
        if (m := builder.table.at(o)) is not None and m.cls in {"Place", "Country"}
    ]
    agent = _traveller(builder, noun)
    if agent is None or not places or agent.cls not in {"Person", "Organization", "Group", "Country"}:
        return
    mood = clause_modality(_clause_of(noun))
    if noun.dep_ in {"dobj", "nsubjpass"} and noun.head.lemma_.lower() in rule_words("visit_cancel"):
        mood = Modality("negated", mood.source)  # "cancelled his visit to Beijing"
    elif any(c.dep_ == "amod" and c.lower_ in rule_words("visit_planned") for c in noun.children):
        mood = combine([mood, Modality("possible")])  # "a planned visit"
    for place in places:
        builder.add(agent, "visited", "visit", place, sentence=sentence, extractor="visit-noun", mood=mood)


def _traveller(builder: ClaimBuilder, noun: Token):
    """Who made the journey: the possessor, the subject of "during which ...", or the subject
    of a verb that makes the journey its object ("paid a visit")."""
    for child in noun.children:
        if child.dep_ == "poss" and (found := builder.table.at(child)) is not None:
            return found
        if child.dep_ == "relcl" and any(
            p.dep_ == "prep" and p.lower_ in rule_words("during_which") and any(o.lower_ == "which" for o in p.children)
            for p in child.children
        ):
            subject = next((c for c in child.children if c.dep_ == "nsubj"), None)
            if subject is not None and (found := builder.table.at(subject)) is not None:
                return found
    if noun.dep_ == "dobj" and noun.head.lemma_.lower() in rule_words("visit_verb"):
        subject = next((c for c in noun.head.children if c.dep_ == "nsubj"), None)
        if subject is not None:
            return builder.table.at(subject)
    return None


def _clause_of(token: Token) -> Token:
    """The nearest verb at or above a token (the clause a noun phrase belongs to)."""
    while token.pos_ not in {"VERB", "AUX"} and token.head != token:
        token = token.head
    return token


def _hops(token: Token, ancestor: Token) -> int:
    hops = 0
    while token != ancestor and token.head != token:
        token, hops = token.head, hops + 1
    return hops
