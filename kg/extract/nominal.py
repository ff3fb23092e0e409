"""Relations stated inside noun phrases: who works for, leads or belongs to what, and where.

    @rule("np-premodifier-role") def ...(mention, head token, MentionTable) -> Iterator[Found]

A noun phrase often states a fact without a verb: "Huawei spokeswoman Joy Tan" (Tan works
for Huawei), "Tim Cook, the chief executive of Apple" (Cook leads Apple), "Kristen Welker of
NBC News", "the US Embassy in London" (located in London), "Anna Berg, a Swedish journalist"
(nationality Sweden). Each rule below is a named function that reads the parse around one
named mention (``rule(mention, head token, table)``) and yields what it found; :func:`rule`
registers it in :mod:`kg.extract.rules` (scope ``name``), so the claim builder runs it beside
the other rules, with modality and quotations handled alike. Its name is
the claim's ``extractor``; its base confidence is in ``kg/data/rules.tsv``, its word lists in
``kg/data/nominal.tsv``.

What :mod:`kg.extract.claims` already states is not stated again here: the position in an
apposition after a name ("Tim Cook, the chief executive of Apple" holdsPosition "chief
executive of Apple"), the title before a name, and the nationality a demonym before a name
gives ("Chinese President Xi"). These rules add the relation to the organisation or place
that those phrases name, and the position only where no other rule gives one.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass
from functools import cache
from typing import TYPE_CHECKING

from .. import lexicon
from ..model import Mention
from .mentions import MentionTable, phrase_text
from .rules import confidence as rule_confidence
from .rules import registry

if TYPE_CHECKING:  # pragma: no cover
    from spacy.tokens import Token

__all__ = ["rule"]

#: classes of what a person can work for, lead or belong to
_EMPLOYERS = {"Organization", "Country", "Place", "Group"}
_PLACES = {"Place", "Country"}
#: classes a place or an organisation can be located in (``Group`` is a people, not a place)
_LOCATED = {"Organization", "Place"}


@dataclass(frozen=True, slots=True)
class Found:
    """What a rule read: subject, ontology predicate, and a mention or a literal as object."""

    subject: Mention
    predicate: str
    obj: Mention | None = None
    literal: str | None = None


#: a rule reads one named mention and the token heading it, in the parse of its sentence
Rule = Callable[[Mention, "Token", MentionTable], Iterator[Found]]


def rule(name: str) -> Callable[[Rule], Rule]:
    """Register a noun-phrase rule under ``name`` in the extraction rules' registry (scope
    ``name``), where the claim builder runs it on every named mention with the others; its
    base confidence must be in ``rules.tsv``."""

    def register(function: Rule) -> Rule:
        def run(builder, mention: Mention, token: Token, sentence: int) -> None:
            for found in function(mention, token, builder.table):
                builder.add(
                    found.subject,
                    found.predicate,
                    _LABELS[found.predicate],
                    found.obj,
                    found.literal,
                    sentence=sentence,
                    extractor=name,
                )

        run.__doc__ = function.__doc__
        registry.register(name, "name")(run)
        return function

    return register


_LABELS = {
    "worksFor": "works for",
    "leaderOf": "leader of",
    "memberOf": "member of",
    "locatedIn": "located in",
    "nationality": "nationality",
    "holdsPosition": "holds position",
}


# -- data ---------------------------------------------------------------------------------


@cache
def _lists() -> dict[str, frozenset[str]]:
    return {name: frozenset(value.split("|")) for _, name, value in lexicon.rows("nominal.tsv")}


def confidence(name: str) -> float:
    """A rule's base confidence (``rules.tsv``, as for every registered rule)."""
    return rule_confidence(name)


def words(name: str) -> frozenset[str]:
    return _lists()[name]


# -- reading roles ------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Role:
    """A position noun and the words that make up its title ("chief executive")."""

    head: Token
    words: tuple[Token, ...]

    complement: tuple[Token, ...] = ()  # "of staff" in "chief of staff"

    @property
    def title(self) -> str:
        """The title as written, with the word that puts it in the past even where the parse
        hangs that word elsewhere ("former [Homeland Security] chief of staff")."""
        text = phrase_text(list(self.words + self.complement))
        past = self._past_words()
        if past and not any(t.lower_.rstrip("-") in words("past") for t in self.words):
            return f"{past[0].lower_} {text}"
        return text

    @property
    def key(self) -> str:
        """The title without the words that do not change the position ("new", "acting")."""
        return " ".join(t.lower_ for t in self.words if t.lower_ not in words("past") | words("neutral"))

    @property
    def past(self) -> bool:
        """ "former president", "ex-CEO": the text does not say the holder holds it now (the
        title keeps the word, the relation is not stated)."""
        return bool(self._past_words())

    def _past_words(self) -> list[Token]:
        left = self.head.doc[self.head.left_edge.i : self.head.i]
        return [t for t in [*left, *self.words] if t.lower_.rstrip("-") in words("past")]


def _role(head: Token, table: MentionTable) -> Role | None:
    """The role a noun names, with the modifiers right before it ("chief executive",
    "foreign minister"), or None when the noun is not a position. Names inside the phrase
    ("Huawei" in "Huawei spokeswoman"), determiners and possessives are not part of the
    title; "former" is (see :attr:`Role.past`)."""
    mention = table.at(head)
    if head.pos_ not in {"NOUN", "PROPN"} or mention is not None and mention.kind == "name":
        return None
    kept = [head]
    doc = head.doc
    for i in range(head.i - 1, head.sent.start - 1, -1):
        token = doc[i]
        joined = not token.whitespace_ and (
            token.text == "-" or doc[i + 1].text == "-"
        )  # "co-author", "vice-president"
        modifier = token.dep_ in {"amod", "compound", "nmod", "advmod"} and token.head in kept
        if not (modifier or joined) or token.ent_type_ or table.at(token) not in {None, mention}:
            break
        kept.insert(0, token)
    while kept[0] is not head and kept[0].text == "-":
        kept.pop(0)
    role = Role(head, tuple(kept), _complement(head, table))
    names = {role.key, " ".join(t.lower_ for t in kept[-2:]), head.lower_, head.lemma_.lower()}
    return role if names & (words("role") | words("member") | words("leader")) else None


def _complement(head: Token, table: MentionTable) -> tuple[Token, ...]:
    """ "of staff", "of defence": an "of" phrase after a role that names no organisation or
    place is part of the title ("chief of staff")."""
    for prep in head.children:
        if prep.dep_ == "prep" and prep.lower_ == "of" and prep.i == head.i + 1:
            objects = [o for o in prep.children if o.dep_ == "pobj"]
            if len(objects) == 1 and table.at(objects[0]) is None and not objects[0].ent_type_:
                tokens = sorted(prep.subtree, key=lambda t: t.i)
                if len(tokens) <= 4 and all(t.pos_ in {"ADP", "NOUN", "ADJ"} for t in tokens):
                    return tuple(tokens)
    return ()


def _relation(role: Role, obj: Mention, table: MentionTable) -> str | None:
    """The property a role gives between its holder and the organisation or place it names:
    a leader leads it, a member belongs to it, any other role works for an organisation or
    gives the nationality of a country ("Germany's foreign minister"). A leader of a part
    ("director of communications", "a director") is not the leader of the whole."""
    phrase = role.key
    tail = " ".join(t.lower_ for t in role.words[-2:])
    head = role.head.lemma_.lower()
    indefinite = any(c.dep_ == "det" and c.lower_ in {"a", "an"} for c in role.head.children)
    part = any(
        c.dep_ == "prep"
        and c.lower_ in {"of", "for"}
        and any(
            o.dep_ == "pobj" and _named(o, table, _EMPLOYERS if c.lower_ == "of" else {"Organization"}) is None
            for o in c.children
        )
        for c in role.head.children
    )
    leader = phrase in words("leader") or tail in words("leader") or len(role.words) == 1 and head in words("leader")
    if leader and not indefinite and not part and (obj.cls == "Organization" or phrase in words("place_leader")):
        return "leaderOf"
    if head in words("member") or role.head.lower_ in words("member"):
        return "memberOf" if obj.cls in {"Organization", "Group"} else None
    if head in words("no_employer") or phrase in words("no_employer") or tail in words("no_employer"):
        return None
    if obj.cls == "Organization":
        return _employment(obj)
    return "nationality" if obj.cls == "Country" and not leader else None


def _employment(organisation: Mention) -> str:
    """worksFor, or memberOf for a party, parliament, club or band (``membership`` words)."""
    last = organisation.label.lower().split()[-1] if organisation.label.split() else ""
    return "memberOf" if last in words("membership") or organisation.head in words("membership") else "worksFor"


def _named(token: Token | None, table: MentionTable, classes: set[str]) -> Mention | None:
    """The mention a token stands for, if it is a name (or a description that refers back to
    one, "the company") of one of ``classes``."""
    mention = table.at(token) if token is not None else None
    if mention is None or mention.kind not in {"name", "description"} or mention.cls not in classes:
        return None
    return mention


def _employers(role: Role, table: MentionTable) -> Iterator[Mention]:
    """What a role noun names as its organisation: "of/at/for <org>" after it, "<org>'s"
    before it, or an organisation name right before the title ("Huawei spokeswoman")."""
    for child in role.head.children:
        if child.dep_ == "prep" and child.lower_ in words("employer_prep"):
            # "a spokeswoman for Toyota", but not "CEO for Central Europe": a region he serves
            classes = {"Organization"} if child.lower_ == "for" else _EMPLOYERS
            for obj in child.children:
                if obj.dep_ == "pobj" and (found := _named(_of_name(obj, table), table, classes)) is not None:
                    yield found
        elif child.dep_ == "poss" and (found := _named(child, table, _EMPLOYERS)) is not None:
            yield found
    before = role.words[0].i - 1
    if before >= role.head.sent.start:
        token = role.head.doc[before]
        if token.head == role.head or table.at(token.head) is table.at(token):
            found = _named(token, table, {"Organization"})
            portfolio = found is not None and found.label.lower() in words("portfolio")  # "Commerce Secretary"
            if found is not None and found.kind == "name" and not portfolio and not _truncated(token, table):
                yield found


def _of_name(token: Token, table: MentionTable) -> Token:
    """ "the city of San Juan" names San Juan: a description with an "of <name>" complement
    stands for the name, not for whatever it would refer back to."""
    mention = table.at(token)
    if mention is None or mention.kind != "description":
        return token
    named = [
        o
        for p in token.children
        if p.dep_ == "prep" and p.lower_ == "of"
        for o in p.children
        if o.dep_ == "pobj" and (m := table.at(o)) is not None and m.kind == "name"
    ]
    return named[0] if named else token


def _truncated(token: Token, table: MentionTable) -> bool:
    """Whether the name ``token`` ends looks cut from a longer one: "Center for [Biological
    Diversity]" (the tagger's span starts after a preposition that follows a capitalised word)."""
    mention, first = table.at(token), token
    while first.i > first.sent.start and table.at(first.doc[first.i - 1]) is mention:
        first = first.doc[first.i - 1]
    if first.i - 2 < first.sent.start:
        return False
    before, word = first.doc[first.i - 1], first.doc[first.i - 2]
    return before.pos_ == "ADP" and word.pos_ == "PROPN" and word.text[:1].isupper()


def _appositions(root: Token) -> list[Token]:
    return [c for c in root.children if c.dep_ == "appos"]


# -- rules --------------------------------------------------------------------------------


@rule("np-apposition-role")
def apposition_role(person: Mention, root: Token, table: MentionTable) -> Iterator[Found]:
    """ "Tim Cook, the chief executive of Apple" -> Cook leaderOf Apple; "Maria Lopez, a
    spokeswoman for Toyota" -> Lopez worksFor Toyota. Reversed, "the governor of Texas, Greg
    Abbott" and "Germany's foreign minister Heiko Maas" (the name in apposition to the
    role): the relation, and the position, which no other rule reads there."""
    if person.cls != "Person":
        return
    for appos in _appositions(root):
        role = _role(appos, table)
        if role is not None and not role.past:
            yield from _related(person, role, _employers(role, table), table)
    if root.dep_ == "appos" and (role := _role(_holder(root.head, table), table)) is not None:
        if role.head.tag_ not in {"NNS", "NNPS"}:  # "two Cabinet officers, Ross and Barr"
            yield Found(person, "holdsPosition", literal=role.title)
        if not role.past:
            yield from _related(person, role, _employers(role, table), table)


def _related(person: Mention, role: Role, employers: Iterator[Mention], table: MentionTable) -> Iterator[Found]:
    """The relation ``role`` gives ``person`` to each organisation or place it names."""
    for employer in employers:
        if (predicate := _relation(role, employer, table)) is not None:
            yield Found(person, predicate, employer)


def _holder(token: Token, table: MentionTable) -> Token:
    """The noun a person's name is in apposition to. "the director of Amnesty International,
    Mariela Belski" is parsed with the name in apposition to the organisation; a person is
    not an organisation, so the name belongs to the role the organisation complements."""
    mention = table.at(token)
    if (
        mention is not None
        and mention.kind == "name"
        and mention.cls != "Person"
        and token.dep_ == "pobj"
        and token.head.lower_ == "of"
        and token.head.head != token.head
    ):
        return token.head.head
    return token


@rule("np-premodifier-role")
def premodifier_role(person: Mention, root: Token, table: MentionTable) -> Iterator[Found]:
    """ "Huawei spokeswoman Joy Tan" -> Tan worksFor Huawei; "Labour Party leader Jeremy
    Corbyn" -> leaderOf; "Google's chief executive Sundar Pichai" and "Maryland's governor
    Larry Hogan" (a possessive before the title) -> Pichai leaderOf Google. The title itself
    is the title rule's (claims/name_rules.py); a demonym before it ("Chinese President") is the
    affiliation rule's."""
    if person.cls != "Person":
        return
    for role in _title_before(person, root, table):
        if role.past:
            continue
        employers = list(_employers(role, table))
        employers += [m for c in root.children if c.dep_ == "poss" and (m := _named(c, table, _EMPLOYERS))]
        yield from _related(person, role, iter(employers), table)


def _title_before(person: Mention, root: Token, table: MentionTable) -> list[Role]:
    """The role named right before a name ("spokeswoman" in "Huawei spokeswoman Joy Tan"), if any."""
    roles = [
        role
        for c in root.children
        if c.i < root.i
        and c.dep_ in {"compound", "nmod", "amod"}
        and table.at(c) is not person
        and (role := _role(c, table)) is not None
    ]
    return roles[-1:]  # the title nearest the name


@rule("np-affiliation")
def affiliation(person: Mention, root: Token, table: MentionTable) -> Iterator[Found]:
    """ "Kristen Welker of NBC News", "Dr Jane Doe at the University of Oslo": a person
    named with an organisation works for it (belongs to it, for a party or a club; leads it,
    with a leader's title before the name: "Director Anthony Fauci of the NIAID"). Only an
    organisation: "Smith of London" says where he is from, not whom he works for."""
    if person.cls != "Person":
        return
    titles = _title_before(person, root, table)
    if any(role.past for role in titles):
        return  # "former director Ann Kerr of the Institute"
    for prep in root.children:
        if prep.dep_ != "prep" or prep.lower_ not in {"of", "at"}:
            continue
        for obj in prep.children:
            employer = _named(obj, table, {"Organization"})
            if obj.dep_ == "pobj" and employer is not None and employer.kind == "name":
                # "Director Ann Kerr of the Institute" leads it; anyone else works there
                leads = any(_relation(role, employer, table) == "leaderOf" for role in titles)
                yield Found(person, "leaderOf" if leads else _employment(employer), employer)


@rule("np-located")
def located(thing: Mention, root: Token, table: MentionTable) -> Iterator[Found]:
    """ "the University of Oslo in Norway", "a firm based in Oslo", "Australia's Griffith
    University", "Chittagong, a port city in Bangladesh", "Louisiana, a U.S. state": an
    organisation or place lies in the place named with it."""
    if thing.cls not in _LOCATED:
        return
    for where in _place_complements(root, table):
        yield Found(thing, "locatedIn", where)
    if thing.cls == "Organization":
        for child in root.children:
            if child.dep_ == "poss" and (where := _named(child, table, _PLACES)) is not None:
                yield Found(thing, "locatedIn", where)
    # "Chittagong, a port city in Bangladesh", "Nordic Foods, a company based in Oslo"
    kinds = words("place_kind") if thing.cls == "Place" else lexicon.words("refer_organization")
    for appos in _appositions(root):
        described = table.at(appos)  # none, or a description ("the company"), never a name
        if appos.lemma_.lower() not in kinds or described is not None and described.kind == "name":
            continue
        for where in _place_complements(appos, table):
            yield Found(thing, "locatedIn", where)
        if thing.cls == "Place":
            for child in appos.children:
                if (
                    child.i < appos.i
                    and child.dep_ in {"compound", "nmod", "amod"}
                    and (where := _named(child, table, _PLACES)) is not None
                ):
                    yield Found(thing, "locatedIn", where)


def _place_complements(head: Token, table: MentionTable) -> Iterator[Mention]:
    """Places named by "in <place>" after ``head``, directly or through "based/located in"."""
    for child in head.children:
        preps = [child] if child.dep_ == "prep" and child.lower_ in words("place_prep") else []
        if child.dep_ == "acl" and child.lower_ in words("place_participle"):
            preps = [p for p in child.children if p.dep_ == "prep" and p.lower_ in {"in", "at"}]
        for prep in preps:
            for obj in prep.children:
                where = _named(obj, table, _PLACES)
                if obj.dep_ == "pobj" and where is not None and where.kind == "name":
                    yield where


@rule("np-nationality")
def nationality(thing: Mention, root: Token, table: MentionTable) -> Iterator[Found]:
    """ "Anna Berg, a Swedish journalist" -> nationality Sweden; "Sirhan, a Palestinian" ->
    nationality Palestinians; "Huawei, a Chinese company" -> China. The demonym in an
    apposition; the one before a name is the affiliation rule's (claims/name_rules.py)."""
    if thing.cls not in {"Person", "Organization"}:
        return
    for appos in _appositions(root):
        group = table.at(appos)
        indefinite = any(c.dep_ == "det" and c.lower_ in {"a", "an"} for c in appos.children)
        if appos.lower_ in words("party") or any(c.lower_ in words("party") for c in appos.children):
            continue  # "a Republican", "a Labour politician": a party, no nationality
        if group is not None and group.kind == "name" and group.cls == "Group" and indefinite:
            yield Found(thing, "nationality", group)
            continue
        if group is not None or appos.pos_ != "NOUN":
            continue
        for child in appos.children:
            if child.i < appos.i and child.dep_ in {"amod", "compound", "nmod"} and child.ent_type_ == "NORP":
                country = table.at(child)
                if country is not None and country.cls in {"Country", "Group"}:
                    yield Found(thing, "nationality", country)
