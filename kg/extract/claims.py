"""Entity-level claims, from clauses and from patterns inside noun phrases.

Each rule is a function registered in :data:`kg.extract.rules.registry` under the name
its claims carry as ``extractor``; its base confidence and search windows are data
(``kg/data/rules.tsv``). :class:`ClaimBuilder` hands every rule what it reads (a named
mention, an event, a common noun or a clause) and keeps the helpers they share: the
mentions an argument stands for, and how a claim is recorded with its modality. Resolving
a subject through a pronoun or a description lowers the confidence later (:mod:`kg.resolve`).
"""

from __future__ import annotations

import re
from dataclasses import replace
from typing import TYPE_CHECKING

from .. import lexicon
from ..model import Claim
from ..relations import EXTRACTOR, relation_claims
from .clauses import Clause, clauses, conjuncts, fronted_description, reported_tokens, span_tokens
from .mentions import MentionTable, left_modifiers, phrase_text, phrase_tokens
from .modality import (
    RELATIVE,
    Modality,
    addressee,
    clause_modality,
    combine,
    content_noun,
    governing_class,
    infinitive,
    requested_infinitive,
    separate_clause,
    speaker,
)
from .nominal import words as nominal_words
from .qualifiers import qualifiers
from .quotemarks import quote_regions
from .rules import confidence, registry, window
from .rules import words as rule_words

if TYPE_CHECKING:  # pragma: no cover
    from spacy.tokens import Span as SpacySpan
    from spacy.tokens import Token

ASSERTED = Modality()

_NAMED_TYPES = {"PERSON", "ORG", "GPE", "NORP", "LOC", "FAC", "EVENT", "WORK_OF_ART", "PRODUCT", "LAW"}
_VAGUE_SUBJECTS = {"it", "this", "that", "which", "what", "whose", "there"}
_AMOUNTS = {"PERCENT", "QUANTITY", "MONEY", "CARDINAL", "ORDINAL", "DATE", "TIME"}
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
_VERBS = frozenset({"VERB", "AUX"})
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


class ClaimBuilder:
    """Collects the claims of one article's sentences, running the registered rules."""

    def __init__(self, table: MentionTable, article_date: str | None = None, relations: bool = False) -> None:
        self.table = table
        self.relations = relations  # run the trained typed-relation model (kg build --relations)
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
                source=_source_id(source, self.quoted_by if self.quoted else None, subject),
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
                claim = replace(claim, modality=mood.modality, source=_source_id(source, self.quoted_by, subject))
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


def _named_by(head: Token, table: MentionTable) -> Token | None:
    """ "a woman named Heather Heyer", "a village called Kutama": the name the noun is given."""
    for acl in head.children:
        if acl.dep_ == "acl" and acl.lemma_.lower() in {"name", "call", "dub"}:
            for child in acl.children:
                found = table.at(child) if child.dep_ in {"oprd", "attr", "dobj", "xcomp"} else None
                if found is not None and found.kind == "name":
                    return table.root(child)
    return None


def _named_apposition(head: Token, table: MentionTable) -> Token | None:
    """The name a common noun introduces with no comma between ("her son Anderson Cooper",
    "singer and lyricist Robert Hunter", "the composer Carl Berg"), or the place a kind of
    place names ("the Canadian city of Toronto"): the noun phrase is that one thing."""
    if head.pos_ != "NOUN" or table.at(head) is not None and table.at(head).kind == "name":
        return None
    doc = head.doc
    for child in head.children:
        found = table.at(child)
        if child.dep_ not in {"appos", "conj"} or found is None or found.kind != "name" or found.cls != "Person":
            continue
        if child.dep_ == "conj" and (
            any(c.dep_ == "det" for c in head.children)
            or not any(c.dep_ == "compound" and c.pos_ == "NOUN" for c in child.children)
        ):
            continue  # "the mayor and Ann Price" are two; "painter and sculptor Ann Price" is one
        if child.i > head.i and not any(t.is_punct for t in doc[head.i + 1 : child.left_edge.i]):
            return child
    if head.lemma_.lower() in nominal_words("place_kind"):
        for prep in head.children:
            if prep.dep_ == "prep" and prep.lower_ == "of":
                for obj in prep.children:
                    found = table.at(obj)
                    if (
                        obj.dep_ == "pobj"
                        and found is not None
                        and found.kind == "name"
                        and found.cls in {"Place", "Country"}
                        and not any(c.dep_ == "conj" for c in obj.children)
                    ):
                        return obj
    return None


def _source_id(source, carried: int | None, subject) -> int | None:
    """The claim's source: the mention found, else the speaker carried from an earlier
    paragraph; never the subject itself ("X said X ...")."""
    found = source.id if source is not None else carried
    return None if found == subject.id else found


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


# -- rules on the whole sentence -----------------------------------------------
@registry.register(EXTRACTOR, "sentence")
def typed_relation_rule(builder: ClaimBuilder, sent: SpacySpan, sentence: int) -> None:
    """works for, lives in, located in, based in, killed: what the trained model of
    :mod:`kg.relations` reads between two names of the sentence, at its probability. Only
    when asked for (``kg build --relations``): on news it is right about half the time."""
    if builder.relations:
        builder.add_claims(relation_claims(sent, sentence, builder.table))


# -- rules on named mentions ---------------------------------------------------
@registry.register("title", "name")
def title_rule(builder: ClaimBuilder, mention, root: Token, sentence: int) -> None:
    """ "Chinese President Xi Jinping": Xi holds position "President", and leads China."""
    named = (builder.table.at(t) for t in root.sent)
    others = {m.label for m in named if m is not None and m.kind == "name" and m.id != mention.id}
    for title in mention.titles:
        if any(re.search(rf"\b{re.escape(other)}\b", title) for other in others):
            continue  # "a call between Trump and then newly elected President Zelensky": Trump is no title
        builder.add(mention, "holdsPosition", "holds position", literal=title, sentence=sentence, extractor="title")
    if {t.lower() for t in mention.titles} & lexicon.words("leader_title"):
        for country in _affiliated_countries(builder, mention, root):
            builder.add(mention, "leaderOf", "leader of", country, sentence=sentence, extractor="title")


@registry.register("descriptor", "name")
def descriptor_rule(builder: ClaimBuilder, mention, root: Token, sentence: int) -> None:
    """ "telecom giant Huawei": Huawei is a "telecom giant". Not after an indefinite article
    ("delayed a rally Trump planned"): a name is not "a" anything, the noun is another phrase."""
    if any(
        c.dep_ == "det" and c.lower_ in {"a", "an"} for m in (root, *root.children) for c in m.children if m.i <= root.i
    ):
        return
    kinds = [c for c in root.children if c.dep_ in {"compound", "nmod"} and c.pos_ == "NOUN" and c.i < root.i]
    if not kinds:
        return  # "the ruling New Progressive Party": an adjective is no kind of thing
    if any(c.lemma_.lower() in rule_words("meta_noun") | rule_words("place_part") for c in kinds):
        return  # 'the name "Grayback"': a word; "mainland China": a part of China; no kind of thing
    for descriptor in mention.descriptors:
        builder.add(mention, "isA", "is a", literal=descriptor, sentence=sentence, extractor="descriptor")


@registry.register("affiliation", "name")
def affiliation_rule(builder: ClaimBuilder, mention, root: Token, sentence: int) -> None:
    """ "Chinese President Xi Jinping": Xi's nationality is China."""
    for country in _affiliated_countries(builder, mention, root):
        builder.add(mention, "nationality", "nationality", country, sentence=sentence, extractor="affiliation")


def _affiliated_countries(builder: ClaimBuilder, mention, root: Token) -> list:
    start = max(root.i - window("name-modifiers"), 0)
    name_tokens = [t for t in root.doc[start : root.i + 1] if builder.table.at(t) is mention]
    span = root.doc[name_tokens[0].i : root.i + 1] if name_tokens else root.doc[root.i : root.i + 1]
    affiliations = [builder.table.at(t) for t in left_modifiers(span) if t.ent_type_ in {"NORP", "GPE"}]
    return [c for c in affiliations if c is not None and c.cls == "Country" and c.id != mention.id]


@registry.register("possessive-place", "name")
def possessive_place_rule(builder: ClaimBuilder, mention, root: Token, sentence: int) -> None:
    """ "East China's Anhui Province": Anhui Province is located in East China."""
    if mention.cls not in {"Place", "Country"}:
        return
    for child in root.children:
        other = builder.table.at(child)
        if child.dep_ == "poss" and other and other.cls in {"Place", "Country"}:
            builder.add(mention, "locatedIn", "located in", other, sentence=sentence, extractor="possessive-place")


@registry.register("apposition", "name")
def apposition_rule(builder: ClaimBuilder, mention, root: Token, sentence: int) -> None:
    """ "Huawei, a telecom giant," is a "telecom giant"; "Shenzhen, Guangdong," is located in
    Guangdong; "A resident of Antioch, Rittenhouse ..." is a "resident of Antioch"."""
    fronted = fronted_description(root.head) if root.dep_ in {"nsubj", "nsubjpass"} else None
    if (
        fronted is not None
        and fronted[1] == root
        and any(c.dep_ == "det" and c.lower_ in {"a", "an"} for c in fronted[0].children)
    ):
        builder.add(
            mention,
            "isA",
            "is a",
            literal=phrase_text(description_tokens(fronted[0])),
            sentence=sentence,
            extractor="apposition",
        )
    for appos in root.children:
        if appos.dep_ != "appos":
            continue
        other = builder.table.at(appos)
        if other is not None and other.kind == "name":
            if mention.cls in {"Place", "Country"} and other.cls in {"Place", "Country"}:
                builder.add(mention, "locatedIn", "located in", other, sentence=sentence, extractor="apposition")
            elif other.cls == "Group" and any(c.dep_ == "det" and c.lower_ in {"a", "an"} for c in appos.children):
                # "Sirhan, an ethnic Palestinian from Jordan,": one member of a people, a description
                builder.add(
                    mention,
                    "isA",
                    "is a",
                    literal=phrase_text(description_tokens(appos)),
                    sentence=sentence,
                    extractor="apposition",
                )
            continue
        if appos.pos_ != "NOUN" or not _set_off(appos) or appos.ent_type_ in _AMOUNTS:
            continue  # "Biden led Trump 47 percent to 40": a score, no description of Trump
        if mention.cls == "Person" and appos.tag_ == "NNS":
            continue  # "his wife Dierdre Coleman, their two sons Wyatt and Zachary": the next ones, not her
        if appos.lemma_.lower() in rule_words("vague_noun") or _subject_of_what_follows(appos):
            continue  # "Thoth, ..., the way Horus is shown"; "Amy Cook, director ..., the tusk came from"
        if any(c.dep_ == "det" and c.lower_ == "no" for c in appos.children) or not _has_verb(appos.sent):
            continue  # "Sadiq Khan (no relation)"; "Green Party (E & W) - 1 seat", a row of a table
        text = phrase_text(description_tokens(appos))
        if appos.lemma_.lower() in lexicon.words("title"):
            builder.add(
                mention, "holdsPosition", "holds position", literal=text, sentence=sentence, extractor="apposition"
            )
        else:
            builder.add(mention, "isA", "is a", literal=text, sentence=sentence, extractor="apposition")


@registry.register("kinship", "name")
def kinship_rule(builder: ClaimBuilder, mention, root: Token, sentence: int) -> None:
    """ "her son Anderson Cooper", "Emma Hart, the daughter of John Hart,": the named person
    is the son (daughter, wife ...) of the possessor or of the "of" name."""
    if mention.cls != "Person":
        return
    nouns = [root.head] if root.dep_ == "appos" and root.head.i < root.i else []
    nouns += [c for c in root.children if c.dep_ == "appos" and c.pos_ == "NOUN"]
    for noun in nouns:
        kin = noun.lemma_.lower()
        if kin not in rule_words("kin") or any(c.lower_ in rule_words("kin_past") for c in noun.children):
            continue
        relatives = [c for c in noun.children if c.dep_ == "poss"]
        relatives += [
            o for p in noun.children if p.dep_ == "prep" and p.lower_ == "of" for o in p.children if o.dep_ == "pobj"
        ]
        for token in relatives:
            relative = builder.table.at(token)
            if (
                relative is not None
                and relative.kind in {"name", "pronoun", "description"}
                and relative.cls in {"Person", "*"}
            ):
                builder.add(mention, None, f"{kin} of", relative, sentence=sentence, extractor="kinship")


# -- rules on events and common nouns -----------------------------------------
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
        mood=clause_modality(verb),
    )


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


# -- rules on clauses ------------------------------------------------------------
def _reports_speech(clause: Clause) -> bool:
    """A verb of saying with what was said ("X said that ..."); requests are their own rule."""
    return clause.is_speech and any(o.is_clause for o in clause.objects) and governing_class(clause.verb) != "request"


@registry.register("speech", "clause", also=("speech-venue",))
def speech_rule(builder: ClaimBuilder, clause: Clause, sentence: int) -> None:
    """ "X said (to Y) that ...": the speaker said the content, told the addressee. In the
    passive ("the trial was told by Steven Dowell that ...") the agent is the speaker and
    the subject the addressee. "X said at the symposium": X spoke at it."""
    if not _reports_speech(clause):
        return
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
                    literal=_content_text(reported_tokens(obj.head)),
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


def _describes(literal: str) -> bool:
    """A description names a kind: a word of three letters or more that is not a vague noun."""
    words = re.findall(r"[^\W\d_]{3,}", literal.lower())
    vague = rule_words("vague_noun") | {"ones", "kinds", "sorts", "things", "ways"}
    return any(w not in vague and w not in {"the", "and", "such", "other", "this", "that"} for w in words)


def _in_utterance(token: Token) -> bool:
    """``token`` lies in a quotation that is a statement of its own (it holds a verb), not
    words set in scare quotes ('highlighted the "strategic importance" of the delta')."""
    doc = token.doc
    for start, end in quote_regions(doc.text):
        if start <= token.idx < end:
            return any(t.pos_ in {"VERB", "AUX"} for t in doc if start <= t.idx < end)
    return False


def _quoted(token: Token) -> bool:
    return any(start <= token.idx < end for start, end in quote_regions(token.doc.text))


def _appositive_name(head: Token, table: MentionTable) -> Token | None:
    """The name a description gives in apposition ("the study's lead author, doctoral
    candidate Maninder Thind, said", "the second largest party, Labour, lost 42"): the
    speaker, subject or object is what is named, not the description."""
    if head.pos_ != "NOUN":
        return None
    return next(
        (c for c in head.children if c.dep_ == "appos" and (m := table.at(c)) is not None and m.kind == "name"), None
    )


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
        kept = [t for t in clause.verb.sent if t.i not in cut]
        while kept and kept[-1].is_punct:
            kept.pop()
        if what := phrase_text(kept):
            builder.add(source, "reported", "reported", literal=what, sentence=sentence, extractor="attribution")


@registry.register("copula", "clause")
def copula_rule(builder: ClaimBuilder, clause: Clause, sentence: int) -> None:
    """ "X is a Y": X is a "Y" (a description), or X is Y (a name)."""
    if not clause.copula or _reports_speech(clause):
        return
    mood, _ = _clause_mood(clause)
    objects = [o for o in clause.objects if not o.is_clause and o.head.ent_type_ not in _AMOUNTS]
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
    mood, verb_lemma = _clause_mood(clause)
    label = _subject_relation(clause, verb_lemma)
    for subject in builder.subjects(clause, sentence):
        for target, prep in targets:
            phrase = f"{label} {prep}"  # an open relation: "hold in" a year is no kg:heldIn a place
            builder.add(subject, None, phrase, target, sentence=sentence, extractor="clause-date", mood=mood)


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


def _has_verb(sentence: SpacySpan) -> bool:
    return any(t.pos_ in {"VERB", "AUX"} for t in sentence)


def _subject_of_what_follows(head: Token) -> bool:
    """An object followed at once by a tensed verb without a subject of its own ("showed a
    Japanese bomber had attacked a vessel"): the parser's slip for the subject of a
    complement clause, no object of the verb before it."""
    doc = head.doc
    after = head.right_edge.i + 1
    if after >= len(doc) or doc[after].tag_ not in {"VBD", "VBZ", "VBP", "MD"}:
        return False
    token = doc[after]
    verb = token.head if token.dep_ in {"aux", "auxpass"} else token
    return (
        verb.pos_ in {"VERB", "AUX"}
        and verb != head.head
        and not any(c.dep_ in {"nsubj", "nsubjpass", "expl"} for c in verb.children)
    )


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
    end = max([called.right_edge.i, *(c.right_edge.i for c in purposes)])  # "a coup to unseat the president"
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
            for target in builder.members(obj.head, sentence):
                if target is around and (not split or (target := builder.inner(obj.head, sentence)) is None):
                    continue
                if unanchored and _unnamed(subject, clause.subject.head) and _unnamed(target, obj.head):
                    continue  # "other hypotheses include the idea": no one and nothing named, little to trust
                builder.add(
                    subject,
                    _subject_predicate(clause, label),
                    label,
                    target,
                    sentence=sentence,
                    extractor="clause",
                    mood=mood,
                )
                primary_done = True
        for index, arg in enumerate(preps):
            if arg.is_clause or arg.prep is None or arg.prep == "according to":
                continue
            if clause.copula and any(o.head.dep_ == "attr" for o in clause.objects):
                break  # "was a candidate in the primary for the election": the phrase is the candidate's
            phrase = f"{label} {light[0].head.lemma_.lower()} {arg.prep}" if light else f"{label} {arg.prep}"
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
                    _subject_predicate(clause, phrase),
                    phrase,
                    literal=phrase_text(description_tokens(arg.head)),
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
                predicate = None if _bare_noun(arg, table) else _subject_predicate(clause, phrase)
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


def _subject_relation(clause: Clause, verb_lemma: str) -> str:
    """The relation words a fact about the clause's subject is named by. The subject of a
    passive is what was done to, never the doer: "seven people were killed" is "be killed",
    "the wife was taken into custody" "be taken into"."""
    words = verb_lemma.split()
    if not _passive_participle(clause) or not words or words[0] != clause.verb.lemma_.lower():
        return verb_lemma
    return " ".join(["be", clause.verb.lower_, *words[1:]])


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
        t.ent_type_ in _NAMED_TYPES or t.pos_ in {"PROPN", "NUM"} for t in phrase_tokens(head)
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


def range_of(noun: Token) -> tuple[Token, Token] | None:
    """The ("from", "to") of a range of members after a plural noun ("companies from Huawei
    to TikTok", "a list of firms from A to B"), wherever the parser attached the two; a
    singular noun ("moved the office from Paris to Berlin") has a path, not members."""
    group = noun
    if noun.lemma_.lower() in lexicon.words("container"):
        inner = [
            g for c in noun.children if c.dep_ == "prep" and c.lower_ == "of" for g in c.children if g.dep_ == "pobj"
        ]
        group = inner[0] if inner else noun
    if group.tag_ not in {"NNS", "NNPS"}:
        return None
    after = max(t.i for t in noun.subtree) + 1
    candidates = [c for c in noun.children if c.dep_ == "prep" and c.lower_ == "from"]
    if after < len(noun.doc) and noun.doc[after].lower_ == "from" and noun.doc[after].dep_ == "prep":
        candidates.append(noun.doc[after])  # attached to the verb: "names firms from A to B"
    for prep in candidates:
        if (to := _range_end(prep)) is not None:
            return prep, to
    return None


def _range_end(from_prep: Token) -> Token | None:
    """The "to" right after "from X" (wherever the parser attached it): the end of a range."""
    objects = [o for o in from_prep.children if o.dep_ == "pobj"]
    for owner in (from_prep, *objects):  # "from [X [to Y]]"
        for child in owner.children:
            if child.dep_ == "prep" and child.lower_ == "to" and child.i > from_prep.i:
                return child
    after = max(t.i for t in from_prep.subtree) + 1
    doc = from_prep.doc
    if after < len(doc) and doc[after].lower_ == "to" and doc[after].dep_ == "prep":
        return doc[after]
    return None


def _set_off(appos: Token) -> bool:
    """An apposition is set off from its noun by a comma, a dash or a parenthesis; without
    one the parser has usually joined two phrases that do not describe each other."""
    start = appos.left_edge.i
    return start > 0 and appos.doc[start - 1].text in {",", "(", "-", "–", "—", ":", ";"}


def description_tokens(head: Token) -> list[Token]:
    """What a descriptor says the thing is ("other experts like linguist Noam Chomsky" ->
    "experts"): the noun phrase without the members it enumerates ("like", "including",
    "such as", a conjunct) and without a bare "other"/"such" that only points at them."""
    cut = {t.i for child in head.children if _enumerates(child) for t in child.subtree}
    kept: list[Token] = []
    for token in phrase_tokens(head):
        if token.i in cut:
            break
        kept.append(token)
    while len(kept) > 1 and (
        kept[0].lower_ in rule_words("quantifier") or kept[0].like_num and kept[0].head == head and not _hyphened(kept)
    ):
        kept.pop(0)  # "numerous iconic rock musicians like Billy Idol": Idol is an iconic rock musician
    return kept or [head]


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


def _hyphened(tokens: list[Token]) -> bool:
    """The first word is joined to the next by a hyphen ("44-year-old"): part of one word."""
    return len(tokens) > 1 and tokens[1].text == "-" and not tokens[0].whitespace_


def _enumerates(child: Token) -> bool:
    if child.dep_ in {"conj", "cc", "appos"}:
        return True
    if child.dep_ != "prep":
        return False
    return (
        child.lower_ in {"like", "including"}
        or child.lower_ == "as"
        and child.i > 0
        and child.nbor(-1).lower_ == "such"
    )


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
    if not any(start <= verb.idx < end for start, end in quote_regions(verb.doc.text)):
        return None
    root = verb.sent.root
    speaks = root.lemma_.lower() in lexicon.words("speech") or root.lemma_.lower() in rule_words("describe_verb")
    return Modality("reported", speaker(root) if speaks and root != verb else None)


def _stated_mood(clause: Clause) -> tuple[Modality, str]:
    chained = [t for t in clause.relation if t.dep_ == "xcomp" and t != clause.verb and t.pos_ in {"VERB", "AUX"}]
    if not chained:
        return clause_modality(clause.verb), clause.lemma
    governors = [t for t in [clause.verb, *chained[:-1]] if governing_class(t) not in {None, "speech"}]
    mood = clause_modality(chained[-1])
    if not governors:
        return mood, clause.lemma
    return mood, clause.lemma.rsplit(" to ", 1)[-1]


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


def _content_text(tokens: list[Token]) -> str:
    """What was said or asked, without the infinitive marker ("to put politics aside" -> "put politics aside")."""
    if len(tokens) > 1 and tokens[0].lower_ == "to" and tokens[0].dep_ == "aux":
        tokens = tokens[1:]
    return phrase_text(tokens)


def _hops(token: Token, ancestor: Token) -> int:
    hops = 0
    while token != ancestor and token.head != token:
        token, hops = token.head, hops + 1
    return hops


def _ontology_predicate(phrase: str) -> str | None:
    """The ontology property a relation phrase stands for, if it is one of the recurring ones."""
    words = phrase.split()
    for key, prop in lexicon.predicate_table():
        key_words = key.split()
        if words[-len(key_words) :] == key_words and (len(words) == len(key_words) or len(key_words) > 1):
            return prop
    return None
