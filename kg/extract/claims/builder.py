"""The claim builder: runs the registered rules on each sentence and records their claims.

:class:`ClaimBuilder` hands every rule what it reads (a named mention, an event, a common
noun, a clause or the whole sentence), finds the mentions an argument stands for (its
conjuncts, the members it lists, the name given beside it), and records a claim with its
base confidence, modality, source, addressee, time and place. The rules themselves live
in the modules beside this one and register when :mod:`kg.extract.claims` is imported.
"""

from __future__ import annotations

import re
from dataclasses import replace
from typing import TYPE_CHECKING

from ... import lexicon
from ...model import Claim
from ..clauses import Clause, clauses, conjuncts
from ..mentions import MentionTable, phrase_text, phrase_tokens
from ..modality import Modality, combine, unstated
from ..qualifiers import qualifiers
from ..rules import confidence, registry
from ..rules import words as rule_words
from .phrases import _appositive_name, _named_apposition, _named_by, range_of

if TYPE_CHECKING:  # pragma: no cover
    from spacy.tokens import Span as SpacySpan
    from spacy.tokens import Token

ASSERTED = Modality()

#: classes an ontology property's object cannot have; the relation then stays open
_NOT_OBJECT_OF: dict[str | None, frozenset[str]] = {
    # "led Trump 47 percent to 40", "led the protests": a score or an event is nothing one heads
    "leaderOf": frozenset({"Person", "TimeExpression", "Concept", "Event"}),
    "memberOf": frozenset({"Person", "TimeExpression", "Event"}),  # "joined the protest" is no membership
    "worksFor": frozenset({"Person", "TimeExpression", "Place"}),
    "heldIn": frozenset({"Person", "Organization", "TimeExpression"}),
    "locatedIn": frozenset({"Person", "TimeExpression"}),
    "visited": frozenset({"Person", "TimeExpression"}),
}


class ClaimBuilder:
    """Collects the claims of one article's sentences, running the registered rules."""

    def __init__(self, table: MentionTable, article_date: str | None = None, relations: bool | float = False) -> None:
        self.table = table
        # run the trained typed-relation model: True at the news floor, a number at that floor
        self.relations = relations
        self.article_date = article_date  # ISO; the day "Monday" and "last week" are counted from
        self.verb: Token | None = None  # the verb of the clause the clause rules read: its time and place
        self._qualified: dict[int, tuple] = {}
        self.claims: list[Claim] = []
        self.clauses: list[tuple[int, Clause]] = []
        self.enumerated: set[int] = set()  # tokens that are members of a range, not verb arguments
        self.quoted: Modality | None = None  # the sentence read is inside a quotation: who says it
        self.pending: list[tuple[int, Token]] = []  # claims whose source is in a later sentence
        self.quoted_by: int | None = None  # the speaker of a quotation begun in an earlier paragraph

    # -- reading ---------------------------------------------------------------
    def read_sentence(
        self, sent: SpacySpan, sentence: int, quoted: Modality | None = None, quoted_by: int | None = None
    ) -> None:
        """Run every registered rule on one sentence; ``quoted`` when the sentence lies
        inside a quotation (see :mod:`.quotes`), ``quoted_by`` the mention id of its speaker
        when an earlier paragraph names them."""
        self.quoted = quoted
        self.quoted_by = quoted_by
        for token in sent:  # "firms from X to Y": X and Y are members, no arguments of the verb
            if token.pos_ in {"NOUN", "PROPN"} and (found := range_of(token)) is not None:
                self.enumerated.update(o.i for prep in found for o in prep.children if o.dep_ == "pobj")
        seen: set[int] = set()
        for token in sent:
            mention = self.table.at(token)
            if mention is None or mention.id in seen or token.i != self.table.root(token).i:
                continue
            seen.add(mention.id)
            if mention.kind == "name":
                for rule in registry.in_scope("name"):
                    rule.func(self, mention, token, sentence)
            if mention.cls == "Event":
                for rule in registry.in_scope("event"):
                    rule.func(self, mention, token, sentence)
        for token in sent:
            if token.pos_ in {"NOUN", "PROPN"}:
                for rule in registry.in_scope("noun"):
                    rule.func(self, token, sentence)
        for clause in clauses(sent):
            self.clauses.append((sentence, clause))
            self.verb = clause.verb
            for rule in registry.in_scope("clause"):
                rule.func(self, clause, sentence)
        self.verb = None
        for rule in registry.in_scope("sentence"):
            rule.func(self, sent, sentence)

    def finish_doc(self) -> None:
        """Give claims the speaker named in a later sentence of the paragraph, now that it has a mention."""
        for index, token in self.pending:
            source = self.table.at(token)
            claim = self.claims[index]
            if source is not None and source.id != claim.subject:
                self.claims[index] = replace(claim, source=source.id)
        self.pending.clear()
        self.enumerated.clear()  # token indices are the paragraph's
        self._qualified.clear()

    # -- helpers the rules share -----------------------------------------------
    def add(
        self,
        subject,
        predicate,
        label,
        obj=None,
        literal=None,
        *,
        sentence,
        extractor,
        weight=1.0,
        mood: Modality = ASSERTED,
        addressee=None,
    ):
        """Record a claim of ``extractor`` (a registered rule's name) at its base confidence."""
        if subject is None or (obj is None and not literal) or (obj is not None and obj.id == subject.id):
            return
        if obj is not None and obj.cls in _NOT_OBJECT_OF.get(predicate, ()):
            predicate = None  # "Biden led Trump 47 percent to 40": no one leads a person as its head
        if predicate in {"isA", "holdsPosition"} and literal is not None and not _describes(literal):
            return  # "is a ones", "is a kind of help", "0.7 M☉ is a ±": no description
        if predicate == "spokeAt" and (obj is None or obj.cls != "Event"):
            predicate = None  # "addressed reporters", "addressed the challenges": no event spoken at
        mood = self.in_quotation(mood)
        if mood.source is not None and self._coordinated_with(mood.source, subject, sentence):
            mood = Modality(mood.modality)  # "Barr and Ross refused": Barr is no source of Ross's refusal
        if mood.source is not None:  # "the study's author, Julian Marsh, said": Marsh is the source
            mood = Modality(mood.modality, _appositive_name(mood.source, self.table) or mood.source)
        source = self.mention(mood.source, sentence) if mood.source is not None else None
        listener = self.mention(addressee, sentence) if addressee is not None else None
        if mood.source is not None and source is None:
            self.pending.append((len(self.claims), mood.source))  # a speaker named after the quotation
        time, place = self.qualifiers(obj)
        self.claims.append(
            Claim(
                subject=subject.id,
                predicate=predicate,
                label=label,
                obj=None if obj is None else obj.id,
                literal=literal,
                sentence=sentence,
                confidence=round(confidence(extractor, mood.modality) * weight, 3),
                extractor=extractor,
                modality=mood.modality,
                source=_source_id(source, self.quoted_by if self.quoted else None, subject, mood.modality),
                addressee=None if listener is None else listener.id,
                time=time,
                place=place,
            )
        )

    def add_claims(self, claims: list[Claim]) -> None:
        """Claims a component made on its own (the typed relations of :mod:`kg.relations`):
        inside a quotation they are its speaker's, as :meth:`add` makes them."""
        for claim in claims:
            if self.quoted is not None and claim.modality == "asserted":
                mood = self.in_quotation(Modality(claim.modality))
                source = self.mention(mood.source, claim.sentence) if mood.source is not None else None
                subject = self.table.mentions[claim.subject]
                claim = replace(
                    claim, modality=mood.modality, source=_source_id(source, self.quoted_by, subject, mood.modality)
                )
            self.claims.append(claim)

    def qualifiers(self, obj=None) -> tuple:
        """(time, place mention id) that qualify the clause being read ("said ... on Monday
        in Beijing"), with its time resolved against the article's date; a place that is
        the fact's own object ("arrived in Beijing") qualifies nothing."""
        if self.verb is None:
            return None, None
        if self.verb.i not in self._qualified:
            found = qualifiers(self.verb, self.verb.sent, in_quotation=self.quoted is not None)
            place = self.table.at(found.place.root) if found.place is not None else None
            self._qualified[self.verb.i] = (
                found.time_value(self.article_date),
                place if place is not None and place.cls in {"Place", "Country"} else None,
            )
        time, place = self._qualified[self.verb.i]
        return time, None if place is None or obj is not None and place.id == obj.id else place.id

    def _coordinated_with(self, source: Token, subject, sentence: int) -> bool:
        """The source is a conjunct of the subject's own coordination: a co-subject, never
        the speaker of the other's words."""
        found = [self.mention(t, sentence) for t in conjuncts(source)]
        return len(found) > 1 and any(m is not None and m.id == subject.id for m in found)

    def in_quotation(self, mood: Modality) -> Modality:
        return mood if self.quoted is None else combine([mood, self.quoted])

    def mention(self, token: Token, sentence: int):
        """The mention a source or addressee token stands for (a name, pronoun or noun phrase)."""
        return self.table.at(token) or self.table.nominal(token, sentence)

    def members(self, head: Token, sentence: int) -> list:
        """The mentions an argument stands for: itself and its conjuncts, or the members
        of a list ("a list of companies from Huawei to TikTok")."""
        listed = [member for member, _ in enumerated_members(self, head)]
        if listed:
            return listed
        if head.lower_ == "it":
            return []  # "194 Republicans opposing it": as an object, too, "it" is too often guessed wrong
        found, covered = [], set()
        for token in conjuncts(head):
            if token.i in covered:
                continue  # "singer and lyricist Robert Hunter": one person, named once
            if (
                token.ent_type_ == "NORP"
                and token.tag_ in {"NNP", "JJ"}
                and any(c.dep_ == "nummod" for c in token.children)
            ):
                continue  # "its 2000 Thai and 74 Malaysian stores": Thai stores, no Thai people
            named = (
                _named_apposition(token, self.table)
                or _named_by(token, self.table)
                or _appositive_name(token, self.table)
            )
            if named is not None:
                covered.update(range(token.i, named.i))
            mention = self.table.nominal(named or token, sentence)
            if mention is not None and mention not in found:
                found.append(mention)
        return found

    def inner(self, head: Token, sentence: int):
        """A mention of its own for a noun inside a longer noun phrase that already has one
        ("for driving [his car] into a crowd" inside "life in prison ... for driving his car"):
        the clause's argument is the inner phrase, not the phrase around the clause."""
        if head.pos_ not in {"NOUN", "PROPN"}:
            return None
        tokens = phrase_tokens(head)
        if not tokens or not any(ch.isalnum() for ch in phrase_text(tokens)):
            return None
        return self._concept(tokens, head, sentence)

    def subjects(self, clause: Clause, sentence: int) -> list:
        """The subject's mentions. A clause that modifies a noun ("mAb114, now produced by
        Ridgeback; and REGN-EB3") modifies what comes before it, not the conjuncts after it."""
        head, verb = clause.subject.head, clause.verb
        if head.lower_ == "it":
            return []  # what "it" stands for is too often guessed wrong ("It was commencing a journey": not Boeing)
        if any(c.dep_ == "poss" and c.lower_ == "whose" for c in head.children):
            return []  # "red algae, whose blooms can damage the ecosystem": whose blooms, kg cannot name
        if unstated(verb):
            return []  # "does not want Johnson to sell the railway": no one is said to sell it, or not to
        if verb.dep_ not in {"acl", "relcl"} or verb.head != head:
            return self.members(head, sentence)
        found = []
        for token in conjuncts(head):
            mention = self.table.nominal(token, sentence) if token.i < verb.i else None
            if mention is not None and mention.kind == "nominal" and verb.dep_ == "acl" and token == head:
                mention = self._without_clause(head, verb, sentence) or mention
            if mention is not None and mention not in found:
                found.append(mention)
        return found

    def _concept(self, tokens: list[Token], head: Token, sentence: int):
        """A new mention for a common-noun phrase: an event if its noun names one, else a concept."""
        cls = "Event" if head.lemma_.lower() in lexicon.words("event") else "Concept"
        return self.table.add(
            tokens,
            sentence,
            kind="nominal",
            cls=cls,
            label=phrase_text(tokens),
            head=head.lemma_.lower(),
            plural=head.tag_ in {"NNS", "NNPS"},
        )

    def _without_clause(self, head: Token, verb: Token, sentence: int):
        """The noun phrase a reduced relative hangs on, without that clause: "any party"
        is what is "based on race" in "any party based on their race"."""
        cut = {t.i for t in verb.subtree}
        tokens = [t for t in phrase_tokens(head) if t.i not in cut]
        if len(tokens) == len(phrase_tokens(head)) or not tokens or tokens[-1].i - tokens[0].i + 1 != len(tokens):
            return None
        return self._concept(tokens, head, sentence)


def _source_id(source, carried: int | None, subject, modality: str) -> int | None:
    """The claim's source: the mention found, else the speaker carried from an earlier
    paragraph. A reported claim may be its subject's own word ("Trump announced the creation
    of a park": Trump's word, not the article's), and always names whose word it is; of
    anything else the subject is no source ("the bank refused to lend": the article says so)."""
    found = source.id if source is not None else carried
    return None if found == subject.id and modality != "reported" else found


def enumerated_members(builder: ClaimBuilder, head: Token) -> list[tuple[object, Token]]:
    """(member mention, group noun) of a noun that lists its members: "companies from
    Huawei to TikTok", "experts like Noam Chomsky", "a list of firms including A and B"."""
    group = head
    if head.lemma_.lower() in lexicon.words("container"):
        inner = [
            g for c in head.children if c.dep_ == "prep" and c.lower_ == "of" for g in c.children if g.dep_ == "pobj"
        ]
        group = inner[0] if inner else head
    starts, ends = [], []
    owners = [head] if group == head else [head, group]
    ranges = {found[0].i: found for owner in owners if (found := range_of(owner)) is not None}
    for prep_from, prep_to in (
        ranges[i] for i in sorted(ranges)
    ):  # "from X to Y" is a range; "a couple from Florida" an origin
        starts.extend(o for o in prep_from.children if o.dep_ == "pobj")
        ends.extend(o for o in prep_to.children if o.dep_ == "pobj")
    for owner in owners:
        for prep in owner.children:
            objs = [o for o in prep.children if o.dep_ == "pobj"]
            if (
                prep.lower_ in {"including", "like"}
                or prep.lower_ == "as"
                and prep.i > 0
                and prep.nbor(-1).lower_ == "such"
            ):
                starts.extend(t for o in objs for t in conjuncts(o))
    if (
        ranges
        and group.lemma_.lower() not in rule_words("place_noun")
        and any(t.ent_type_ in {"GPE", "LOC", "FAC"} for t in starts[:1] + ends[:1])
    ):
        return []  # "a bus carrying children from Smolensk to Kaluga": a journey, not a list of children
    members = list(
        dict.fromkeys(m for t in starts + ends if (m := builder.table.at(t)) is not None and m.kind == "name")
    )
    if not members or group == head and not starts:
        return []
    return [(member, group) for member in members]


def _describes(literal: str) -> bool:
    """A description names a kind: a word of three letters or more that is not a vague noun."""
    words = re.findall(r"[^\W\d_]{3,}", literal.lower())
    vague = rule_words("vague_noun") | {"ones", "kinds", "sorts", "things", "ways"}
    return any(w not in vague and w not in {"the", "and", "such", "other", "this", "that"} for w in words)
