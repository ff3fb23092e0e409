"""Rules on what is said, asked and refused, and on who says it.

"X said (to Y) that ..." and "X said at the symposium" (speech, speech venue), "A urged B
to do X" and "refused to provide a license" (request, refusal), "..., according to AFP"
(attribution): the speaker, addressee and content of each, the content as a literal.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from ..clauses import Clause, reported_tokens, span_tokens
from ..mentions import phrase_text
from ..modality import (
    addressee,
    clause_modality,
    governing_class,
    parenthetical_speech,
    requested_infinitive,
    separate_clause,
    speaker,
)
from ..quotemarks import quote_regions
from ..rules import registry
from .builder import ClaimBuilder
from .phrases import _appositive_name, _content_text
from .predicates import _clause_mood, _ontology_predicate

if TYPE_CHECKING:  # pragma: no cover
    from spacy.tokens import Span as SpacySpan
    from spacy.tokens import Token


def _reports_speech(clause: Clause) -> bool:
    """A verb of saying with what was said ("X said that ..."); requests are their own rule."""
    return clause.is_speech and any(o.is_clause for o in clause.objects) and governing_class(clause.verb) != "request"


@registry.register("speech", "clause", also=("speech-venue",))
def speech_rule(builder: ClaimBuilder, clause: Clause, sentence: int) -> None:
    """ "X said (to Y) that ...": the speaker said the content, told the addressee. In the
    passive ("the trial was told by Steven Dowell that ...") the agent is the speaker and
    the subject the addressee. "X said at the symposium": X spoke at it."""
    if not _reports_speech(clause) or parenthetical_speech(clause.verb):
        return  # an aside ("..., Roberts said, to determine ...") says the whole sentence: speech-aside
    mood, verb_lemma = _clause_mood(clause)
    who = speaker(clause.verb)
    if who is None and clause.passive:
        return  # "X is suggested to disrupt ...", "X is said to be ...": nobody is named saying it
    who = who or clause.subject.head
    if who.lower_ == "it":
        return  # "It also urged people to ...": whatever "it" is, it is no speaker kg can name
    if _quoted(who):
        return  # '"Our team" co-author Wong said ...': words in quotation marks are nobody who speaks
    who = _appositive_name(who, builder.table) or who
    listener = addressee(clause.verb)
    # what is denied was not said: "denied that it paid" is rel:deny, never kg:said
    predicate = _ontology_predicate(verb_lemma) or (None if governing_class(clause.verb) == "deny" else "said")
    for subject in builder.members(who, sentence):
        for obj in clause.objects:
            if obj.is_clause and _says_something(reported_tokens(obj.head)) and not separate_clause(obj.head):
                builder.add(
                    subject,
                    predicate,
                    verb_lemma,
                    literal=_content_text(_reported_content(clause, obj.head)),
                    sentence=sentence,
                    extractor="speech",
                    mood=mood,
                    addressee=listener,
                )
        for arg in clause.preps:
            if arg.prep == "at" and (target := builder.table.at(arg.head)) is not None and target.cls == "Event":
                builder.add(
                    subject, "spokeAt", "spoke at", target, sentence=sentence, extractor="speech-venue", mood=mood
                )


def _reported_content(clause: Clause, head: Token) -> list[Token]:
    """What was said: the reported clause, and in the passive with an infinitive ("Politicians
    were reported by local media to have visited the hospital") the subject it was said of."""
    said = reported_tokens(head)
    if not (clause.passive and head.dep_ == "xcomp"):
        return said
    said = [t for t in said if not (t.dep_ == "aux" and t.lower_ == "to" and t.head == head)]
    return span_tokens(clause.subject.head) + said


@registry.register("speech-aside", "sentence")
def speech_aside_rule(builder: ClaimBuilder, sent: SpacySpan, sentence: int) -> None:
    """ "Greggs will reopen the bakery, Ann Lee said, once repairs are finished": the speaker
    set between commas said the rest of the clause the aside is set in (the parser hangs the
    aside on it, and sometimes what follows the aside on the aside)."""
    for verb in sent:
        if not parenthetical_speech(verb):
            continue
        who = next(c for c in verb.children if c.dep_ == "nsubj")
        aside = {
            verb.i,
            *(t.i for t in who.subtree),
            *(c.i for c in verb.children if c.dep_ in {"aux", "neg", "advmod"}),
        }
        doc = verb.doc  # and the commas that set it off: "Tesco will close the store once the lease ends"
        aside |= {i for i in (min(aside) - 1, max(aside) + 1) if 0 <= i < len(doc) and doc[i].text in {",", "—", "–"}}
        # the clause it is set in, between the semicolons around it ("A lorry hit the barrier; 30
        # tonnes of grain, officials said, spilled"), whatever the parser hung on what
        stops = [t.i for t in sent if t.text == ";"]
        start = max([sent.start - 1, *(i for i in stops if i < verb.i)]) + 1
        end = min([sent.end, *(i for i in stops if i > verb.i)])
        said = [t for t in verb.head.subtree if t.i not in aside and start <= t.i < end]
        while said and said[-1].is_punct:
            said.pop()
        if not _says_something(said):
            continue
        for subject in builder.members(_appositive_name(who, builder.table) or who, sentence):
            lemma = verb.lemma_.lower()
            builder.add(
                subject,
                _ontology_predicate(lemma) or "said",
                lemma,
                literal=phrase_text(said),
                sentence=sentence,
                extractor="speech-aside",
                mood=clause_modality(verb),
            )


def _quoted(token: Token) -> bool:
    return any(start <= token.idx < end for start, end in quote_regions(token.doc.text))


def _says_something(tokens: list[Token]) -> bool:
    """What was said is a statement, not a fragment the parser cut ("predicted it would be",
    "claim to hope"): a few words, with a noun, a number or a verb of content in them."""
    return len([t for t in tokens if not t.is_punct]) >= 3 and any(
        t.pos_ in {"NOUN", "PROPN", "NUM", "ADJ"} or t.pos_ == "VERB" and t.lemma_ not in {"be", "have", "do"}
        for t in tokens
    )


@registry.register("request", "clause", also=("refusal",))
def stance_rule(builder: ClaimBuilder, clause: Clause, sentence: int) -> None:
    """ "A urged B to do X", "the NTC refused to provide a license": A urged (B) "do X",
    the NTC refused "provide a license" -- what was asked or refused, as a literal; the
    clause "B does X" itself is kept only as requested or negated."""
    subjects = None
    for verb, complement in _governed_complements(clause):
        cls = governing_class(verb)
        listener = addressee(verb) if cls == "request" else None
        if cls not in {"request", "deny"} or cls == "request" and listener is None and complement.dep_ == "xcomp":
            continue  # "wants to cancel" is a wish, kept as the requested clause alone
        if cls == "deny" and clause.is_speech and complement.dep_ == "ccomp" and verb == clause.verb:
            continue  # "denied that ..." is speech: the speech rule records it
        subjects = builder.subjects(clause, sentence) if subjects is None else subjects
        mood = clause_modality(verb)
        lemma = verb.lemma_.lower()
        for subject in subjects:
            builder.add(
                subject,
                _ontology_predicate(lemma),
                lemma,
                literal=_content_text(span_tokens(complement)),
                sentence=sentence,
                extractor="request" if cls == "request" else "refusal",
                mood=mood,
                addressee=listener,
            )


@registry.register("attribution", "clause")
def attribution_rule(builder: ClaimBuilder, clause: Clause, sentence: int) -> None:
    """ "..., according to Agence France-Presse": the source reported the sentence without the attribution."""
    for arg in clause.preps:
        if arg.prep != "according to" or arg.is_clause:
            continue
        source = builder.table.at(arg.head)
        if source is None or source.kind not in {"name", "description"}:
            continue
        according = arg.head
        while according.lower_ != "according" and according.head != according:
            according = according.head
        cut = {t.i for t in according.subtree} if according.lower_ == "according" else {t.i for t in arg.tokens}
        # a comma between two kept words stays ("..., Ali Mehr, said"), whoever the parser hung it on
        kept = [t for t in clause.verb.sent if t.i not in cut or t.is_punct and not {t.i - 1, t.i + 1} & cut]
        while kept and kept[-1].is_punct:
            kept.pop()
        if what := phrase_text(kept):
            builder.add(source, "reported", "reported", literal=what, sentence=sentence, extractor="attribution")


def _governed_complements(clause: Clause) -> list[tuple[Token, Token]]:
    """(governing verb, its clausal complement) pairs of a clause, through catenatives."""
    verbs = [clause.verb, *(t for t in clause.relation if t.dep_ == "xcomp" and t != clause.verb)]
    return [
        (verb, child)
        for verb in verbs
        for child in verb.children
        if (child.dep_ in {"xcomp", "ccomp"} and child.pos_ in {"VERB", "AUX"} or requested_infinitive(child))
        and not separate_clause(child)
    ]
