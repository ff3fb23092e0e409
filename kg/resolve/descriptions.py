"""Common nouns that refer back: repeated phrases ("the symposium"), definite descriptions ("the
Chinese president", "the country", "the latter") and roles ("the suspect", later named).
"""

from __future__ import annotations

import re
from functools import cache

from .. import entity_class, lexicon
from ..model import Mention
from .cluster import Cluster, only
from .names import ARTICLES, DEFINITE, country_of, head_part, without_determiner
from .naming import NameRules
from .roles import compatible, holds, may_be, role_words
from .state import CLAUSE_EXTRACTORS, RECENCY, references

_COORDINATION = re.compile(r"^\s*(,\s*)?(and|or|,)\s*(the\s+)?$", re.IGNORECASE)
#: classes that "the <kind>" ("the convention", "the act", "the novel") refers back to when one
#: thing of the class was named in the last few sentences ("the company" has its own rule)
_REFERRED_BY_KIND = {"Event", "Law", "Work"}
_APPOSED_ROLE = re.compile(r"^\s*,\s*(?:the|a|an)?\s*$", re.IGNORECASE)
_AS_NAME = re.compile(r"\s+as\s+(?:(?:a|an)\s+)?(?:[\w-]+-year-old\s+)?", re.IGNORECASE)


class DescriptionRules(NameRules):
    """The rules that find what a common noun phrase refers back to."""

    def _same_nominal(self, mention: Mention, text: str) -> Cluster | None:
        key = lexicon.name_key(mention.label)
        exact = self._by_phrase.get(key)
        if exact is not None:
            return exact
        named = self._by_name.get((False, key))  # "parliament" after "Parliament"
        if named is not None:
            return named
        words = key.split()
        if (
            len(words) > 1
            and mention.label.split()[0][:1].isupper()
            and entity_class.cue(mention.label)
            and (named := self._by_name.get((False, " ".join(words[:-1])))) is not None
            and named.cls != "Person"
        ):
            return named  # "the PALM trial" after "PALM"; not "Amazon rainforest" (no class word), not a
            # person's "Trump administration" (what a person leads is another thing)
        if mention.cls == "Organization" and len(words) > 1 and (named := self._one_word_before(words)) is not None:
            return named  # "the British parliament" after "Parliament"
        if mention.span.text[:1].isupper() and (short := self._short_name(key.split())) is not None:
            return short  # "Bash" the tagger missed, after "Josh Bash"
        definite = _definite(mention, text)
        if definite and mention.cls == "Event" and (same := self._same_event_noun(mention)) is not None:
            return same  # "the rally" after "his first campaign rally", before any named event
        if definite and (head := self._head_noun(mention)) is not None:
            return head
        return None

    def _same_event_noun(self, mention: Mention) -> Cluster | None:
        """The latest event an earlier phrase with the same noun named ("the rally" after "his
        first campaign rally"): nearer than the one named event a kind word may refer to."""
        length = len(mention.label.split())
        for cluster in reversed(self._events.get(mention.head, [])):
            if any(
                other.head == mention.head and length <= len(other.label.split())
                for other in cluster.mentions
                if other.kind == "nominal"
            ):
                return cluster
        return None

    def _apposed(self, mention: Mention, text: str) -> Cluster | None:
        """ "Kyle Rittenhouse, the defendant, ...": a person's role set beside the name right before it."""
        before = self._last_named
        if (
            mention.cls != "Person"
            or before is None
            or before.sentence != mention.sentence
            or self.of[before.id].cls != "Person"
        ):
            return None
        between = text[before.span.end : mention.span.start]
        closed = re.match(r"\s*[,.;)]", text[mention.span.end : mention.span.end + 3])
        role = without_determiner(mention.label.lower(), ARTICLES)
        parsed = any(described.lower().startswith(role) for described in self._apposed_to.get(before.id, ()))
        return self.of[before.id] if _APPOSED_ROLE.match(between) and (closed or parsed) else None

    def _named_role(self, mention: Mention, text: str) -> Cluster | None:
        """ "identified the suspect as 21-year-old Patrick Crusius", "the gunman, Patrick Crusius,":
        the name the text gives to a role that no one had yet."""
        role = self._last_role
        if role is None or role.sentence != mention.sentence or self.of[role.id].named or mention.cls != "Person":
            return None
        between = text[role.span.end : mention.span.start]
        if re.fullmatch(r"\s*,\s*", between):
            return self.of[role.id] if re.match(r"\s*[,.;)]", text[mention.span.end : mention.span.end + 3]) else None
        identified = re.search(
            r"\b(identif\w+|named)\s+(the\s+)?$", text[max(0, role.span.start - 20) : role.span.start]
        )
        return self.of[role.id] if identified and _AS_NAME.fullmatch(between) else None

    def _head_noun(self, mention: Mention) -> Cluster | None:
        """ "the archive" after "Gun Violence Archive": a definite common noun that is the last
        word of exactly one name of the article so far, the kind of exactly one named event, law
        or work ("the convention"), or the title of exactly one person ("the Queen") refers to it."""
        words = lexicon.name_key(mention.label).split()
        if not words or len(words) > 2:
            return None
        kind = lexicon.class_cues()["kind"].get(words[-1]) if len(words) == 1 else None
        kind = kind if kind in _REFERRED_BY_KIND else None
        found: dict[int, Cluster] = {}
        for cluster in self.clusters:
            if cluster.named and any(
                len(name) > len(words) and name[-len(words) :] == words for name in cluster.name_words
            ):
                found[id(cluster)] = cluster
            elif cluster.named and kind is not None and cluster.cls == kind and self._of_kind(cluster, words[0]):
                found[id(cluster)] = cluster  # "the convention" after "Fan Expo Canada", not "the war" after "COVID-19"
            elif (
                cluster.named
                and cluster.cls == "Person"
                and len(words) == 1
                and words[0] in {w for m in cluster.mentions for title in m.titles for w in title.lower().split()}
            ):
                found[id(cluster)] = cluster  # "the Queen" after "Queen Elizabeth II"
        return only(found)

    def _of_kind(self, cluster: Cluster, word: str) -> bool:
        """Whether a named thing may be what "the <word>" says it is: for an event, when the
        families of events (``kg/data/event_kinds.tsv``) of the word and of what the article says
        the event is meet, or either is in none ("the convention" is "Fan Expo Canada"; "the war"
        is no "COVID-19 pandemic")."""
        wanted = event_families(word)
        if cluster.cls != "Event" or not wanted:
            return True
        said = {w for m in cluster.mentions for w in _kind_words(m, self._text)}
        shown = {family for w in said for family in event_families(w)}
        return not shown or bool(wanted & shown)

    def _description(self, mention: Mention, text: str) -> Cluster | None:
        if mention.head in {"latter", "former"}:
            return self._latter_former(mention, text)
        if mention.cls == "Person":
            wanted = (mention.titles[0] if mention.titles else mention.head).lower().split()
            return self.recent(
                mention,
                lambda c: (
                    c.cls == "Person"
                    and any(holds(title, wanted) for m in c.mentions for title in m.titles)
                    and compatible(mention, c)
                ),
            ) or self._only_person(mention)

        def accept(c: Cluster) -> bool:
            return (
                c.cls == mention.cls
                and bool(c.named)
                and fits(mention, c)
                and not (mention.cls == "Country" and self._whose_people(c, mention))
            )

        found = self.recent_actor(mention, accept)
        return (self._subject_over(found, accept) or found) if mention.cls == "Organization" else found

    def _whose_people(self, cluster: Cluster, mention: Mention) -> bool:
        """Whether ``cluster`` is named in the sentence of ``mention`` right before a noun for a
        country's people or forces ("advised U.S. citizens to leave the country"): "the country"
        there is another one."""
        nationals = references("nationals")
        for named in cluster.named:
            if named.sentence == mention.sentence and named.span.end <= mention.span.start:
                after = re.match(r"\s+([a-z]+)", self._text[named.span.end : named.span.end + 30])
                if after and after.group(1) in nationals:
                    return True
        return False

    def _subject_over(self, found: Cluster | None, accept) -> Cluster | None:
        """The organisation that is the subject of the clause whose object holds ``found`` (its
        latest mention), when ``accept`` takes it too: "Initech announced a merger with Umbrella
        Group. The company will ..." is Initech, the one that acts, not the one it acts on."""
        if found is None:
            return None
        last = found.mentions[-1]
        for claim in self._claims_in.get(last.sentence, ()):
            obj = self.mentions.get(claim.obj) if claim.obj is not None else None
            subject = self.of.get(claim.subject)
            if (
                obj is not None
                and subject is not None
                and subject is not found
                and obj.span.start <= last.span.start
                and last.span.end <= obj.span.end
                and claim.extractor in CLAUSE_EXTRACTORS
                and accept(subject)
                and not self.only_told(subject)
            ):
                return subject
        return None

    def _latter_former(self, mention: Mention, text: str) -> Cluster | None:
        named = [
            m
            for c in self.clusters
            for m in c.named
            if m.sentence >= mention.sentence - 1 and m.span.end <= mention.span.start
        ]
        named.sort(key=lambda m: m.span.start)
        for first, second in reversed(list(zip(named, named[1:], strict=False))):
            if _COORDINATION.match(text[first.span.end : second.span.start]):
                return self.of[(second if mention.head == "latter" else first).id]
        return None

    def _unnamed_role(self, mention: Mention) -> Cluster | None:
        """ "A gunman shot shoppers. Police said the suspected gunman surrendered ... the
        suspect": the one recent role no one was named for yet that this role may be (the
        same word, or one of its family). Named later, they are all that person."""
        found = {
            id(c): c
            for c in reversed(self._recency.values())
            if mention.sentence - c.last_sentence <= RECENCY["description"]
            and not c.named
            and any(m.id in self._roles or m.kind == "nominal" and m.head == mention.head for m in c.mentions)
            and mention.head in role_words(c, self._roles | {m.id for m in c.mentions if m.head == mention.head})
        }
        return only(found)

    def _only_person(self, mention: Mention) -> Cluster | None:
        """ "the actor", "the 71-year-old": the person of the last few sentences, when there is one only."""
        found: dict[int, Cluster] = {}
        for cluster in reversed(self._recency.values()):
            if mention.sentence - cluster.last_sentence > RECENCY["description"]:
                break
            if (
                cluster.cls == "Person"
                and cluster.named
                and may_be(cluster, mention.head, self._roles)
                and (
                    len(wanted := (mention.titles[0].lower().split() if mention.titles else [])) < 2
                    or any(holds(title, wanted) for m in cluster.mentions for title in m.titles)
                )
            ):
                found[id(cluster)] = cluster
        return only(found)


@cache
def _event_families() -> dict[str, frozenset[str]]:
    families: dict[str, set[str]] = {}
    for family, words in lexicon.rows("event_kinds.tsv"):
        for word in words.split("|"):
            families.setdefault(word, set()).add(family)
    return {word: frozenset(found) for word, found in families.items()}


def event_families(word: str) -> frozenset[str]:
    """The families of events a word names ("war": armed conflict), none for most words."""
    return _event_families().get(word.lower(), frozenset())


def _kind_words(mention: Mention, text: str) -> list[str]:
    """The words that may say what kind of thing a mention is: those of its label, its head and
    descriptors, and, for a name, the word right after it ("COVID-19 pandemic")."""
    said = [*lexicon.name_key(mention.label).split(), mention.head]
    said += [w for d in mention.descriptors for w in lexicon.name_key(d).split()]
    if mention.kind == "name" and (
        after := re.match(r"\s+([a-z][a-z-]*)", text[mention.span.end : mention.span.end + 30])
    ):
        said.append(after.group(1))
    return said


def _definite(mention: Mention, text: str) -> bool:
    before = text[max(0, mention.span.start - 6) : mention.span.start].lower()
    return bool(re.search(r"\b(the|this|that)\s+$", before))


#: heads of a description that may refer back to any organisation, whatever its name ("the
#: organisation" after "Wikinews"); for places and countries, every word that refers to one does
_ANY_ORGANIZATION = frozenset({"organisation", "organization", "company", "firm", "group"})
#: words that end a company's name without saying what it does ("ABS-CBN Corporation"): any
#: word for an organisation may refer to it ("the network", "the broadcaster")
_COMPANY_ENDINGS = frozenset(
    {"co", "co.", "company", "corp", "corp.", "corporation", "inc", "inc.", "ltd", "ltd.", "llc", "plc", "gmbh", "ag"}
)


def fits(mention: Mention, cluster: Cluster) -> bool:
    """Whether a description of a thing ("the party", "the Syrian city", "the islands") may be
    the named ``cluster``: by its head (:func:`_head_fits`), and by each capitalised word
    before the head, which must be in one of its names, a demonym as its country ("the
    Democratic party" is no "Judiciary Committee", "the Syrian city" no "New Mexico")."""
    names = [head_part(words) for words in cluster.name_words]
    kinds = {name[-1] for name in names if len(name) > 1 and name[-1] in lexicon.class_cues()["last"]}
    if not _head_fits(mention, names, kinds):
        return False
    in_names = {word for words in cluster.name_words for word in words}
    return all(_named_in(word, in_names) for word in _capitalised_modifiers(mention.label))


def _head_fits(mention: Mention, names: list[list[str]], kinds: set[str]) -> bool:
    """Whether a description's head may name a thing of these names: a plural only the plural a
    name ends with ("the islands" of "Abaco Islands"); a singular the kind word a name ends
    with ("the party" after "Libertarian Party", not after "Parliament"; "the network" is no
    "Intelligence Agency"), any word for an organisation after a company's name ("the
    network" of "ABS-CBN Corporation"), a head that may be anything of its class ("the
    organisation", "the city"), or, for names that end with no kind word, a word of them."""
    if mention.plural:
        written = lexicon.name_key(mention.label).split()
        return bool(written) and written[-1] in kinds
    if mention.head in kinds | {k.removesuffix("s") for k in kinds}:
        return True
    if mention.head in _any_of_class(mention.cls):
        return not kinds & lexicon.words("site_place")  # "the city" is no "S. Lexington Avenue"
    if kinds:
        return kinds <= _COMPANY_ENDINGS and mention.head in lexicon.words("refer_organization")
    return any(mention.head in name for name in names)


def _any_of_class(cls: str) -> frozenset[str]:
    """The heads of a description that may refer back to any named thing of ``cls``."""
    if cls == "Organization":
        return _ANY_ORGANIZATION
    return lexicon.words("refer_place") if cls == "Place" else lexicon.words("refer_any_country")


def names_a_thing(label: str) -> bool:
    """Whether a description holds a name the tagger missed: a capitalised word before its head
    that is no demonym or country, with no possessor ("the Jamaah Ansharut Daulah network", "the
    Democratic party"; not "the Syrian city", nor "the Soviet Union's original team")."""
    if re.search(r"['’]s\b", label):
        return False
    return any(country_of([word]) is None for word in _capitalised_modifiers(label))


def _capitalised_modifiers(label: str) -> list[str]:
    """The capitalised words before the head of a description, as name keys: "syrian" of "the
    Syrian city", "soviet" and "union" of "the Soviet Union's original team"."""
    words = label.split()[:-1]
    if words and words[0].lower() in DEFINITE:
        words = words[1:]
    return [key for word in words if word[:1].isupper() for key in lexicon.name_key(word).split()]


def _named_in(word: str, in_names: set[str]) -> bool:
    """Whether a modifier's word is a word of the names, or a demonym of a country named there."""
    country = country_of([word])
    return word in in_names or country is not None and set(lexicon.name_key(country).split()) <= in_names
