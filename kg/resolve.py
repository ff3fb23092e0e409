"""The resolve stage: mentions to entities, claims to facts.

Within an article, names, short names ("Xi" after "Xi Jinping"), aliases ("the
US"), definite descriptions ("the Chinese president", "the country", "the latter"),
pronouns and repeated event nouns ("the symposium") are clustered into one entity
each. Across articles, :func:`merge_short_names` folds a lone surname or acronym
into the one full name it abbreviates. Keys are minted from class and canonical
label (:mod:`kg.iri`), so the same input always gives the same entities.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable
from dataclasses import replace
from functools import cache

from . import entity_class, lexicon, linking, vocab
from .iri import entity_key
from .model import ArticleGraph, Entity, Extraction, Fact, Mention

#: confidence kept by a fact whose subject or object was found through ...
RESOLUTION_WEIGHT = {"name": 1.0, "nominal": 1.0, "description": 0.9, "pronoun": 0.85}
_FOLDED = {"Person", "Organization"}  # classes whose one-word names fold into full names across articles
_SCOPED = {"Concept", "Event", "TimeExpression"}  # common nouns and relative dates mean something only in their article
_COORDINATION = re.compile(r"^\s*(,\s*)?(and|or|,)\s*(the\s+)?$", re.IGNORECASE)
_RECENCY = {"pronoun": 2, "description": 4}  # how many sentences back a reference may reach
#: classes one name may be given in different articles, to be one node: ties go to the first
_UNIFIED = ("Person", "Organization", "Place", "Event", "Work", "Product", "Law", "Group")
_UNFOLDED = {"Country", "TimeExpression"}  # classes whose one-word names never fold into a longer name
_GENDERED = {"he": "m", "him": "m", "his": "m", "she": "f", "her": "f"}
_SUBJECT_PRONOUNS = {"he", "she"}
#: a subordinate clause or phrase that opens a sentence, up to a pronoun before its first comma
_OPENING_CLAUSE = re.compile(
    r"^\s*(?:after|before|when|while|although|though|since|despite|upon|once|as|"
    r"following|throughout|during|in|on|besides|unlike|like|for|with|without|"
    r"under)\b[^,;:\"“”]*$",
    re.IGNORECASE,
)
#: extractors whose claims have the subject of a clause as their subject: what a later "he" or
#: "she" most likely continues
_CLAUSE_EXTRACTORS = frozenset(
    {"clause", "clause-prep", "clause-date", "speech", "speech-venue", "request", "refusal", "copula"}
)  # not "attribution": "according to X" is no subject


#: classes that "the <kind>" ("the convention", "the act", "the novel") refers back to when one
#: thing of the class was named in the last few sentences ("the company" has its own rule)
_REFERRED_BY_KIND = {"Event", "Law", "Work"}
_APPOSED_ROLE = re.compile(r"^\s*,\s*(?:the|a|an)?\s*$", re.IGNORECASE)
_AS_NAME = re.compile(r"\s+as\s+(?:(?:a|an)\s+)?(?:[\w-]+-year-old\s+)?", re.IGNORECASE)
_ACRONYM = re.compile(r"^[A-Z][A-Z0-9&.\-]{1,9}$")
_ANOTHER_NAME = re.compile(
    r"^\s*[,(]?\s*(?:(?:also|otherwise|better|formerly|popularly|commonly)\s+)?(?:known\s+as|called|"
    r"born|née|nee|a\.?k\.?a\.?)\s+(?:the\s+)?[\"“]?$",
    re.IGNORECASE,
)
_BORN_AS = re.compile(r"\s*born\s+(?:as\s+)?", re.IGNORECASE)
_STATE_OF = re.compile(r"^(state|city|province|commonwealth|county|island|town) of ")


def _same_person(short: list[str], full: list[str]) -> bool:
    """Whether a shorter name may be a longer one: not when both give the same given name and the
    longer adds a middle name ("Gloria Vanderbilt" and her mother "Gloria Morgan Vanderbilt"); a
    middle initial ("John R. Bolton") or a name without its given name ("López Obrador") may."""
    if len(short) < 2 or short[0] != full[0] or short[0] not in lexicon.first_names():
        return True
    return all(len(word) == 1 for word in full if word not in short)


def _head_part(words: list[str]) -> list[str]:
    """The words of a name before its "of" phrase: "article 5" of "article 5 of the nato treaty"."""
    return words[: words.index("of")] if "of" in words[1:] else words


def _variants(key: str, cls: str) -> list[str]:
    """Other forms of a name key that name the same thing: "virginia" for "state of virginia";
    for a group, its singular or plural ("american samoan", "american samoans")."""
    variants = [_STATE_OF.sub("", key)] if _STATE_OF.match(key) and cls in {"Place", "Country"} else []
    if cls == "Group":
        variants.append(key[:-1] if key.endswith("s") else key + "s")
    return variants


def _may_be(cluster: _Cluster, role: str, roles: frozenset[int] = frozenset()) -> bool:
    """Whether a person may be "the <role>": one described by that very word ("criminalist
    Steven Dowell" ... "the criminalist"), or by a word of its family (:func:`_role_families`:
    "the suspect" ... "the defendant"), and a "man" not a woman. A role the text never gave
    anyone ("the gunman" before he is named) refers to no one rather than the wrong one.
    ``roles`` are the ids of the mentions that were roles before the person was named."""
    wanted = "m" if role.endswith("man") and not role.endswith("woman") else "f" if role.endswith("woman") else ""
    if wanted and cluster.gender not in {"", wanted}:
        return False
    return role in _role_words(cluster, roles)


def _role_words(cluster: _Cluster, roles: frozenset[int] | set[int] = frozenset()) -> set[str]:
    """The words a cluster's people were described by (titles, descriptors, the roles that
    became it: "the suspect", "the suspected gunman"), with their families."""
    words = {w.lower() for m in cluster.mentions for d in (*m.titles, *m.descriptors) for w in d.split()}
    words |= {
        w
        for m in cluster.mentions
        if m.kind == "description" or m.id in roles
        for w in lexicon.name_key(m.label).split()
    }
    for family in _role_families():
        if words & family:
            words |= family
    return words


@cache
def _role_families() -> tuple[frozenset[str], ...]:
    return tuple(frozenset(row[0].split("|")) for row in lexicon.rows("names_roles.tsv"))


#: words that make a title another position than the one they come before ("Deputy Prime Minister")
_LESSER = {"deputy", "vice", "assistant", "associate", "under", "junior", "former", "ex", "acting", "interim"}


def _holds(title: str, wanted: list[str]) -> bool:
    """Whether ``title`` is the position ``wanted`` (its words, lower case) names: "the prime
    minister" is who holds "Prime Minister", not "Deputy Prime Minister for Finance"; "the
    prosecutor general" is no "general"."""
    words = title.lower().split()
    for at in range(len(words) - len(wanted) + 1):
        if words[at : at + len(wanted)] == wanted and not (at and words[at - 1] in _LESSER):
            return True
    return False


def _refers_to_person(head: str) -> bool:
    """Whether a description's head is a role noun ("actor", "71-year-old") rather than a title."""
    return head in lexicon.words("refer_person") or head.endswith("year-old")


class _Cluster:
    """Mentions of one thing, with what matching needs kept up to date as they arrive.

    Its class is a weighted vote of its names (:mod:`kg.entity_class`): a name's own words,
    an honorific or a gazetteer outweigh the NER tag, and a lone short name ("Waddoups",
    tagged ORG) weighs less than the full name it abbreviates."""

    __slots__ = ("mentions", "named", "_classes", "_genders", "name_words", "acronyms")

    def __init__(self) -> None:
        self.mentions: list[Mention] = []
        self.named: list[Mention] = []
        self._classes: Counter[str] = Counter()
        self._genders: Counter[str] = Counter()
        self.name_words: list[list[str]] = []  # name keys of the named mentions, split
        self.acronyms: set[str] = set()

    def add(self, mention: Mention, text: str = "") -> None:
        self.mentions.append(mention)
        weight = 1.0
        if mention.kind == "name":
            if not self.named:  # names outvote what the common nouns said, but for their cues
                self._classes = Counter(
                    {
                        cue: entity_class.WEIGHTS["cue"]
                        for m in self.mentions
                        if m.kind == "nominal" and (cue := entity_class.cue(m.label))
                    }
                )
            words = lexicon.name_key(mention.label).split()
            found = entity_class.of_mention(mention.label, mention.cls, mention.descriptors, text, mention.span.start)
            weight = found.weight
            if len(words) == 1 and any(len(other) > 1 for other in self.name_words):
                weight = 0.01  # "Rittenhouse" (tagged GPE) after "Kyle Rittenhouse": only breaks a tie
            if mention.cls == "Person":
                honorific = entity_class.honorific_before(text, mention.span.start)
                if shown := entity_class.gender(mention.label, honorific) or entity_class.gender_before(
                    text, mention.span.start
                ):
                    self._genders[shown] += 1
            self.named.append(mention)
            self.name_words.append(words)
            self.acronyms |= _acronyms(mention.label)
        elif mention.kind == "nominal" and self.named and (shown := entity_class.cue(mention.label)):
            self._classes[shown] += entity_class.WEIGHTS["cue"]  # "the PALM trial" after "PALM"
        if mention.kind == "name":
            self._classes[found.cls] += weight
        elif mention.cls != "*" and not self.named:
            self._classes[mention.cls] += weight

    @property
    def cls(self) -> str:
        classes = self._classes
        return max(sorted(classes), key=lambda c: classes[c]) if classes else "Concept"

    @property
    def surely_person(self) -> bool:
        """Whether Person outvotes every other class (a tie, as "Cipriani Dolci" tagged once
        PERSON and once a place, is no person for a pronoun)."""
        person = self._classes.get("Person", 0)
        return person > 0 and all(votes < person for cls, votes in self._classes.items() if cls != "Person")

    @property
    def gender(self) -> str:
        """ "m" or "f" when its names show one (and only one), else ""."""
        return next(iter(self._genders)) if len(self._genders) == 1 else ""

    @property
    def label(self) -> str:
        candidates = (
            [m for m in self.named if not _STATE_OF.match(lexicon.name_key(m.label))]
            or self.named
            or [m for m in self.mentions if m.kind == "nominal"]
        )
        if not candidates:
            return self.mentions[0].label
        return max(candidates, key=lambda m: (len(m.label.split()), len(m.label), -m.id)).label

    @property
    def last_sentence(self) -> int:
        return self.mentions[-1].sentence


class _Resolver:
    """Clusters an article's mentions, read in text order, with indexes for each kind of match."""

    def __init__(self, extraction: Extraction) -> None:
        """Ready to read ``extraction``'s mentions; what its claims say about them (who is a
        subject, who speaks) guides the pronouns."""
        self.clusters: list[_Cluster] = []
        self._text, self._sentences = extraction.article.text, extraction.sentences
        self._sources: dict[int, set[int]] = {}  # sentence -> mention ids of who says it
        self._reported_by: dict[int, set[int]] = {}  # mention -> who reports the clause it is the subject of
        self._apposed_to: dict[int, list[str]] = {}  # name mention -> what the parse apposed to it
        for claim in extraction.claims:
            if claim.source is not None:
                self._sources.setdefault(claim.sentence, set()).add(claim.source)
                self._reported_by.setdefault(claim.subject, set()).add(claim.source)
            if claim.extractor == "apposition" and claim.literal:
                self._apposed_to.setdefault(claim.subject, []).append(claim.literal)
        self._clause_mates = _clause_mates(extraction)  # object pronoun -> subjects of its clause (not it)
        self.mentions = {m.id: m for m in extraction.mentions}
        self._names_in: dict[int, list[Mention]] = {}  # sentence -> its names, to look ahead
        for mention in extraction.mentions:
            if mention.kind == "name":
                self._names_in.setdefault(mention.sentence, []).append(mention)
        self._subject_ids = _clause_subjects(extraction)  # mention ids that are the subject of a clause
        self._subjects: list[Mention] = []  # those mentions resolved so far, in text order
        self.of: dict[int, _Cluster] = {}  # mention id -> cluster
        self._recency: dict[int, _Cluster] = {}  # id(cluster) -> cluster, least recently mentioned first
        self._by_name: dict[tuple[bool, str], _Cluster] = {}  # (is a date, name key) -> cluster
        self._persons_orgs: list[_Cluster] = []  # named clusters that short names and acronyms may join
        self._last_named: Mention | None = None  # the name read last
        self._last_namelike: Mention | None = None  # the name, or the name the tagger missed, read last
        self._last_role: Mention | None = None  # the last role ("the suspect") no named person had
        self._roles: set[int] = set()  # ids of the roles no named person had when they were read
        self._by_modified: dict[str, _Cluster] = {}  # name key of a phrase's modifiers -> the phrase's cluster
        self._multiword: list[_Cluster] = []  # clusters with a name of several words, of any class but _UNFOLDED
        self._by_phrase: dict[str, _Cluster] = {}  # name key of a common-noun phrase -> cluster
        self._events: dict[str, list[_Cluster]] = {}  # head noun -> event clusters

    def add(self, mention: Mention, cluster: _Cluster | None, text: str = "") -> None:
        if cluster is None:
            cluster = _Cluster()
            self.clusters.append(cluster)
        cluster.add(mention, text)
        self.of[mention.id] = cluster
        if mention.id in self._subject_ids:
            self._subjects.append(mention)
        self._recency.pop(id(cluster), None)
        self._recency[id(cluster)] = cluster
        key = lexicon.name_key(mention.label)
        if (
            mention.kind == "name"
            or mention.kind == "nominal"
            and mention.cls != "Concept"
            and mention.label[:1].isupper()
            and entity_class.cue(mention.label)
        ):
            self._last_namelike = mention
        if mention.kind == "name":
            self._last_named = mention
            self._by_name[(mention.cls == "TimeExpression", key)] = cluster
            if mention.cls in {"Person", "Organization"} and cluster not in self._persons_orgs[-8:]:
                self._persons_orgs.append(cluster)
            if mention.cls not in _UNFOLDED and len(key.split()) > 1 and cluster not in self._multiword:
                self._multiword.append(cluster)
        elif mention.kind == "nominal" and not cluster.named:
            self._by_phrase.setdefault(key, cluster)
            words = key.split()
            if len(words) > 1 and mention.label.split()[0][:1].isupper():
                self._by_modified.setdefault(" ".join(words[:-1]), cluster)  # "PALM trial" -> "palm"
            if mention.cls == "Event":
                events = self._events.setdefault(mention.head, [])
                if cluster not in events:
                    events.append(cluster)

    def recent(self, mention: Mention, accept) -> _Cluster | None:
        reach = _RECENCY.get(mention.kind, 1000)
        for cluster in reversed(self._recency.values()):
            if mention.sentence - cluster.last_sentence > reach:
                return None  # every cluster further back was last mentioned even earlier
            if accept(cluster):
                return cluster
        return None

    def resolve(self, mention: Mention, text: str) -> None:
        match mention.kind:
            case "name":
                self.add(
                    mention,
                    self._same_name(mention)
                    or self._also_known_as(mention, text)
                    or self._named_role(mention, text)
                    or self._birth_name(mention, text),
                    text,
                )
            case "nominal":
                self.add(mention, self._same_nominal(mention, text), text)
            case "description":
                cluster = self._apposed(mention, text) or self._description(mention, text)
                if cluster is None and mention.cls == "Person" and _refers_to_person(mention.head):
                    # "the victim" with no one person to be: a thing of its own, as it reads
                    label = re.sub(r"(?i)^(the|this|that)\s+", "", mention.label)
                    mention = replace(mention, kind="nominal", cls="Concept", label=label)
                    self._roles.add(mention.id)
                    self.add(mention, self._same_nominal(mention, text) or self._unnamed_role(mention), text)
                    self._last_role = mention
                else:
                    self._refer(mention, cluster, text)
            case "pronoun":
                self._refer(mention, self._pronoun(mention), text)

    def _refer(self, mention: Mention, cluster: _Cluster | None, text: str) -> None:
        if cluster is not None:
            self.add(mention, cluster, text)

    def _same_name(self, mention: Mention) -> _Cluster | None:
        key = lexicon.name_key(mention.label)
        exact = self._by_name.get((mention.cls == "TimeExpression", key))
        if exact is not None:
            return exact
        if mention.cls != "TimeExpression":
            for variant in _variants(key, mention.cls):
                if (found := self._by_name.get((False, variant))) is not None:
                    return found  # "State of Virginia" after "Virginia", "American Samoan" after "...Samoans"
            if (modified := self._by_modified.get(key)) is not None and not self._names_person(key.split()):
                return modified  # "PALM" after "the PALM trial"; not "Trump" after "the Trump administration"
        words = key.split()
        if mention.cls not in {"Person", "Organization"}:
            return (
                self._word_of_name(words, mention.label.isupper(), mention.cls)
                if mention.cls not in _UNFOLDED
                else None
            )
        compact = _compact(key)
        seen: set[int] = set()
        for cluster in reversed(self._persons_orgs):
            if id(cluster) in seen:
                continue
            seen.add(id(cluster))
            classes = {mention.cls, cluster.cls}
            if (
                "Person" in classes
                and classes <= {"Person", "Organization"}
                and not self._other_title(mention, cluster)
            ):
                longest = max(cluster.name_words, key=len)
                if len(words) < len(longest) and all(w in longest for w in words) and _same_person(words, longest):
                    return cluster  # "Xi" after "Xi Jinping"
                if len(words) > len(longest) and all(w in words for w in longest) and _same_person(longest, words):
                    return cluster  # "Xi Jinping" after "Xi": not "John F. Kennedy" after "Robert F. Kennedy"
            if mention.cls == "Organization" and compact in cluster.acronyms:
                return cluster
            if (
                mention.cls == "Organization"
                and len(cluster.name_words)
                and any(
                    len(other) == 1 and _compact(other[0]) in _acronyms(mention.label) for other in cluster.name_words
                )
            ):
                return cluster  # "Pacific Gas and Electric Company" after "PG&E"
        if mention.cls == "Organization" and len(words) > 1:
            return self._one_word_before(words)
        found = (
            self._word_of_name(words, mention.label.isupper(), mention.cls) if mention.cls not in _UNFOLDED else None
        )
        return None if found is not None and self._other_title(mention, found) else found

    def _names_person(self, words: list[str]) -> bool:
        """Whether a person named so far has all of ``words`` in a name of theirs."""
        return any(
            c.cls == "Person" and any(all(w in name for w in words) for name in c.name_words)
            for c in self._persons_orgs
        )

    @staticmethod
    def _other_title(mention: Mention, cluster: _Cluster) -> bool:
        """Whether ``mention`` holds a title that goes with a given name ("Pope Francis") that
        no name of ``cluster`` holds ("Francis D'Souza"): then it is someone else."""
        titles = _given_name_titles(mention.titles)
        return bool(titles) and not titles & _given_name_titles(t for m in cluster.named for t in m.titles)

    def _one_word_before(self, words: list[str]) -> _Cluster | None:
        """ "British parliament" after "Parliament": the one organisation named so far by the head
        word of this longer name (the last word before an "of" phrase). A word that only modifies
        the longer name is another thing: "Amazon Environmental Research Institute" is no "Amazon"."""
        head = _head_part(words)[-1]
        found = {
            id(c): c
            for c in self._persons_orgs
            if c.cls == "Organization" and all(len(name) == 1 and name[0] == head for name in c.name_words)
        }
        if len(found) != 1 or self._other_place(_country_of(_head_part(words)[:-1])):
            return None
        return next(iter(found.values()))

    def _other_place(self, country: str | None) -> bool:
        """Whether the article is set somewhere other than ``country`` (a longer name's own
        country): a bare "Senate" is the institution of the country or place named most so far
        (the first of those), so Puerto Rico's Senate is not the "U.S. Senate" named later."""
        places = [c for c in self.clusters if c.named and c.cls in {"Country", "Place"}]
        if country is None or not places:
            return False
        return max(places, key=lambda c: len(c.mentions)).label != country  # ties: the first named

    def _word_of_name(self, words: list[str], upper: bool = False, cls: str = "") -> _Cluster | None:
        """A one-word name that is a word of exactly one longer name of the article, whatever
        the tagger made of it: "Fields" (tagged GPE) after "James Alex Fields", "Donovan" after
        "Richard J. Donovan Correctional Facility"; a generic word ("Department", "Court") only
        into a name of its own class."""
        cues = lexicon.class_cues()
        if len(words) != 1 or upper:
            return None  # an acronym ("NATO") is no one's surname
        generic = words[0] in cues["last"] or words[0] in cues["first"]
        found = {
            id(c): c
            for c in self._multiword
            if (not generic or c.cls == cls)
            and any(len(full) > 1 and words[0] in _head_part(full) for full in c.name_words)
        }
        return next(iter(found.values())) if len(found) == 1 else None

    def _same_nominal(self, mention: Mention, text: str) -> _Cluster | None:
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
        if _definite(mention, text) and (head := self._head_noun(mention)) is not None:
            return head
        if mention.cls != "Event" or not _definite(mention, text):
            return None
        length = len(mention.label.split())
        for cluster in reversed(self._events.get(mention.head, [])):
            if any(
                other.head == mention.head and length <= len(other.label.split())
                for other in cluster.mentions
                if other.kind == "nominal"
            ):
                return cluster
        return None

    def _also_known_as(self, mention: Mention, text: str) -> _Cluster | None:
        """ "Robert Hunter, born Robert Burns", "Act 12, also known as the Radio Law", "Workers'
        Party (PKK)": a name the text gives as another name of the name right before it."""
        last = self._last_namelike
        if (
            last is not None
            and last.sentence == mention.sentence
            and _ANOTHER_NAME.match(text[last.span.end : mention.span.start])
        ):
            return self.of[last.id]  # also after a name the tagger missed ("Republic Act No. 3846")
        if self._last_named is None or self._last_named.sentence != mention.sentence:
            return None
        between = text[self._last_named.span.end : mention.span.start]
        bracketed = between.strip() == "(" and text[mention.span.end :].lstrip().startswith(")")
        if bracketed and _ACRONYM.match(mention.label) and len(self._last_named.label.split()) > 1:
            return self.of[self._last_named.id]  # "Kurdistan Workers' Party (PKK)"
        return None

    def _birth_name(self, mention: Mention, text: str) -> _Cluster | None:
        """ "Born Robert Burns in Arroyo Grande, he took his stepfather's name": a name given as
        what a person was born as, opening the sentence, is that person's, the one a "he" or
        "she" there would continue (only when the name shows which of the two)."""
        sentence = self._sentences[mention.sentence] if mention.sentence < len(self._sentences) else None
        wanted = entity_class.gender(mention.label)
        if (
            mention.cls != "Person"
            or sentence is None
            or not wanted
            or not _BORN_AS.fullmatch(text[sentence.start : mention.span.start])
        ):
            return None
        return self._person_pronoun(replace(mention, kind="pronoun", head="he" if wanted == "m" else "she"), wanted)

    def _apposed(self, mention: Mention, text: str) -> _Cluster | None:
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
        role = re.sub(r"^(?:the|a|an)\s+", "", mention.label.lower())
        parsed = any(described.lower().startswith(role) for described in self._apposed_to.get(before.id, ()))
        return self.of[before.id] if _APPOSED_ROLE.match(between) and (closed or parsed) else None

    def _named_role(self, mention: Mention, text: str) -> _Cluster | None:
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

    def _short_name(self, words: list[str]) -> _Cluster | None:
        """The one recent person or organisation whose longer name holds all of ``words``."""
        found = {
            id(c): c
            for c in reversed(self._persons_orgs)
            if any(len(words) < len(full) and all(w in full for w in words) for full in c.name_words)
        }
        return next(iter(found.values())) if len(found) == 1 else None

    def _head_noun(self, mention: Mention) -> _Cluster | None:
        """ "the archive" after "Gun Violence Archive": a definite common noun that is the last
        word of exactly one name of the article so far, the kind of exactly one named event, law
        or work ("the convention"), or the title of exactly one person ("the Queen") refers to it."""
        words = lexicon.name_key(mention.label).split()
        if not words or len(words) > 2:
            return None
        kind = lexicon.class_cues()["kind"].get(words[-1]) if len(words) == 1 else None
        kind = kind if kind in _REFERRED_BY_KIND else None
        found: dict[int, _Cluster] = {}
        for cluster in self.clusters:
            if cluster.named and any(
                len(name) > len(words) and name[-len(words) :] == words for name in cluster.name_words
            ):
                found[id(cluster)] = cluster
            elif cluster.named and kind is not None and cluster.cls == kind:
                found[id(cluster)] = cluster  # "the convention" after "Fan Expo Canada"
            elif (
                cluster.named
                and cluster.cls == "Person"
                and len(words) == 1
                and words[0] in {w for m in cluster.mentions for title in m.titles for w in title.lower().split()}
            ):
                found[id(cluster)] = cluster  # "the Queen" after "Queen Elizabeth II"
        return next(iter(found.values())) if len(found) == 1 else None

    def _description(self, mention: Mention, text: str) -> _Cluster | None:
        if mention.head in {"latter", "former"}:
            return self._latter_former(mention, text)
        if mention.cls == "Person":
            wanted = (mention.titles[0] if mention.titles else mention.head).lower().split()
            return self.recent(
                mention,
                lambda c: (
                    c.cls == "Person"
                    and any(_holds(title, wanted) for m in c.mentions for title in m.titles)
                    and _compatible(mention, c)
                ),
            ) or self._only_person(mention)
        if mention.cls == "Country":
            return self.recent(mention, lambda c: c.cls == "Country" and bool(c.named))
        if mention.cls == "Place":
            return self.recent(mention, lambda c: c.cls == "Place" and bool(c.named))
        return self.recent(mention, lambda c: c.cls == mention.cls and bool(c.named))

    def _latter_former(self, mention: Mention, text: str) -> _Cluster | None:
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

    def _unnamed_role(self, mention: Mention) -> _Cluster | None:
        """ "A gunman shot shoppers. Police said the suspected gunman surrendered ... the
        suspect": the one recent role no one was named for yet that this role may be (the
        same word, or one of its family). Named later, they are all that person."""
        found = {
            id(c): c
            for c in reversed(self._recency.values())
            if mention.sentence - c.last_sentence <= _RECENCY["description"]
            and not c.named
            and any(m.id in self._roles or m.kind == "nominal" and m.head == mention.head for m in c.mentions)
            and mention.head in _role_words(c, self._roles | {m.id for m in c.mentions if m.head == mention.head})
        }
        return next(iter(found.values())) if len(found) == 1 else None

    def _only_person(self, mention: Mention) -> _Cluster | None:
        """ "the actor", "the 71-year-old": the person of the last few sentences, when there is one only."""
        found: dict[int, _Cluster] = {}
        for cluster in reversed(self._recency.values()):
            if mention.sentence - cluster.last_sentence > _RECENCY["description"]:
                break
            if (
                cluster.cls == "Person"
                and cluster.named
                and _may_be(cluster, mention.head, self._roles)
                and (
                    len(wanted := (mention.titles[0].lower().split() if mention.titles else [])) < 2
                    or any(_holds(title, wanted) for m in cluster.mentions for title in m.titles)
                )
            ):
                found[id(cluster)] = cluster
        return next(iter(found.values())) if len(found) == 1 else None

    def _person_pronoun(self, mention: Mention, wanted: str) -> _Cluster | None:
        """The person "he", "she", "his" or "her" refers to, or None when that is not clear.

        Candidates are the people named in the last sentences whose gender agrees (or is not
        known); a cluster whose vote is not Person yet but whose names show a gender counts
        ("Trump" tagged ORG as often as PERSON). A subject pronoun continues the latest
        subject among them ("Trump labeled the report and said he would ...", "He said
        Harris attacked Biden. He also said ..."); otherwise the nearest person known to
        agree, then the nearest whose gender is not known."""
        speakers = self._speakers_of(mention) | {
            id(self.of[s]) for s in self._clause_mates.get(mention.id, ()) if s in self.of
        }

        def person(c: _Cluster) -> bool:
            return bool(c.named) and (c.gender == wanted or c.surely_person) and id(c) not in speakers

        if self._cataphoric(mention, wanted) or "/" in self._text[mention.span.start - 1 : mention.span.end + 1]:
            return None  # "his/her extradition": anyone's
        if mention.head in _SUBJECT_PRONOUNS and self._unnamed_subject_before(mention):
            return None  # "The attacker jumped on stage and claimed he was imprisoned": not a name before
        if mention.head in _SUBJECT_PRONOUNS and (continued := self._latest_subject(mention, wanted, person)):
            return continued
        return (
            self.recent(
                mention, lambda c: person(c) and c.gender in {wanted, ""} and c.last_sentence == mention.sentence
            )
            or self.recent(mention, lambda c: person(c) and c.gender == wanted)
            or self.recent(mention, lambda c: person(c) and c.gender == "")
        )

    def _speakers_of(self, mention: Mention) -> set[int]:
        """Clusters a pronoun inside a direct quotation cannot be: whoever says the quotation
        ("Putin said: "... the name of Robert Mugabe. He made a great contribution"" - the
        speaker would be "I")."""
        start = self._text.rfind("\n", 0, mention.span.start) + 1
        paragraph = self._text[start : mention.span.start]
        quoted = paragraph.count('"') % 2 == 1 or paragraph.count("“") > paragraph.count("”")
        if not quoted:
            return set()
        opening = start + max(paragraph.rfind('"'), paragraph.rfind("“"))
        if not self._text[opening + 1 : opening + 2].isupper():
            return set()  # a quoted fragment in a reported sentence ("but "that she had no plans"")
        speakers = [self.mentions[source] for source in self._sources.get(mention.sentence, ()) if source in self.of]
        before = [s for s in self._subjects if start <= s.span.start < opening]
        speakers = speakers or before[-1:]  # "he appreciated X's life: "He was ...""
        named = [
            m
            for speaker in speakers
            for m in self._names_in.get(speaker.sentence, ())
            if re.fullmatch(r"\s*,\s*", self._text[speaker.span.end : m.span.start]) and m.id in self.of
        ]
        return {id(self.of[m.id]) for m in (*speakers, *named)}  # "Dunn's mother, Charlotte Charles, said"

    def _cataphoric(self, mention: Mention, wanted: str) -> bool:
        """Whether the pronoun sits in a clause that opens its sentence and a person who may be
        it is named right after that clause ("After his New Deal programs suffered defeats,
        President Roosevelt ..."): it points ahead, not back, so it is not given to whoever
        was named before."""
        sentence = self._sentences[mention.sentence] if mention.sentence < len(self._sentences) else None
        if sentence is None or not _OPENING_CLAUSE.match(self._text[sentence.start : mention.span.start]):
            return False
        names = self._names_in.get(mention.sentence, ())
        if any(m.cls == "Person" and m.span.end <= mention.span.start for m in names):
            return False  # "After Hunter retreated ... songs he would mail": the clause names him first
        comma = self._text.find(",", mention.span.end, sentence.end)
        return comma >= 0 and any(
            m.kind == "name"
            and m.cls == "Person"
            and m.span.start > comma
            and entity_class.gender(m.label) in {wanted, ""}
            for m in names
        )

    def _unnamed_subject_before(self, mention: Mention) -> bool:
        """Whether the subject right before a subject pronoun, in its sentence, is a person the
        text has not named ("the attacker", "a man"): the pronoun most likely continues it."""
        for subject in reversed(self._subjects):
            if subject.sentence != mention.sentence:
                return False
            if subject.span.start < mention.span.start:
                role = (
                    subject.id in self._roles
                    or subject.kind == "nominal"
                    and not subject.plural
                    and (_refers_to_person(subject.head) or any(subject.head in family for family in _role_families()))
                )
                return role and not self.of[subject.id].named
        return False

    def _latest_subject(self, mention: Mention, wanted: str, person) -> _Cluster | None:
        """The person of the latest subject before ``mention`` that agrees with it, when no
        other such person was named in a later sentence ("He said Harris attacked Biden. He
        also said" continues; "..., for which he was criticized. This applies to the charges
        against Fields. He has been found guilty" does not)."""
        found = None
        for subject in reversed(self._subjects):
            if mention.sentence - subject.sentence > _RECENCY["pronoun"]:
                return None
            cluster = self.of[subject.id]
            if person(cluster) and cluster.gender in {wanted, ""}:
                found = subject
                break
        if found is None:
            return None
        chosen = self.of[found.id]
        reporters = {id(self.of[s]) for s in self._reported_by.get(mention.id, ()) if s in self.of}
        if reporters and id(chosen) not in reporters:
            return None  # "Brudziński said Adamowicz needed care; TVN24 reported he received surgery"
        for cluster in reversed(self._recency.values()):
            if cluster.last_sentence <= found.sentence:
                break
            if cluster is not chosen and person(cluster) and cluster.gender in {wanted, ""}:
                return None  # someone else was named since: the nearest rules decide
        return chosen

    def _pronoun(self, mention: Mention) -> _Cluster | None:
        word = mention.head
        if word in _GENDERED:
            return self._person_pronoun(mention, _GENDERED[word])
        if word in {"it", "its"} and mention.cls == "Concept":
            return None  # a common noun nearer than any name may be what it means: not guessed
        if word in {"it", "its"} and mention.cls == "Event":  # "it killed nine": a fire, a storm, no country
            return self.recent(
                mention, lambda c: c.cls == "Event" and not _plural(c) and c.last_sentence >= mention.sentence - 1
            )
        if word in {"it", "its"}:
            return self.recent(
                mention,
                lambda c: (
                    c.cls in {"Organization", "Country", "Place"}
                    and bool(c.named)
                    and c.last_sentence >= mention.sentence - 1
                ),
            )
        return self.recent(mention, lambda c: c.cls == "Group" and c.last_sentence >= mention.sentence - 1)


def _country_of(words: list[str]) -> str | None:
    """The country the modifiers of a name give ("u.s.", "british", "south korean"), if any."""
    countries = lexicon.countries()
    phrase = " ".join(words)
    return (countries.canonical(phrase) or countries.of_demonym(phrase)) if words else None


def _plural(cluster: _Cluster) -> bool:
    """Whether a cluster was last named in the plural ("the fires"): no "it" refers to it."""
    return cluster.mentions[-1].plural


def _aliases(mentions: list[Mention], label: str) -> tuple[str, ...]:
    """Names and descriptions an entity went by, as written ("US", "the Chinese president")."""
    seen: dict[str, str] = {lexicon.name_key(label): label}
    for mention in mentions:
        if mention.kind == "nominal" and mention.label[:1].isupper() and entity_class.cue(mention.label):
            seen.setdefault(lexicon.name_key(mention.label), mention.label)  # "PALM trial" beside "PALM"
            continue
        if mention.kind not in {"name", "description"}:
            continue
        if mention.kind == "description":
            if mention.cls != "Person":  # "the country", "the latter" refer; they are not names
                continue
            seen.setdefault(mention.label.lower(), mention.label[0].lower() + mention.label[1:])
            continue
        for text in (mention.label, re.sub(r"(?i)^the\s+|['’]s$", "", mention.span.text.strip())):
            seen.setdefault(lexicon.name_key(text), text)
    return tuple(sorted(set(seen.values()) - {label}))


def _definite(mention: Mention, text: str) -> bool:
    before = text[max(0, mention.span.start - 6) : mention.span.start].lower()
    return bool(re.search(r"\b(the|this|that)\s+$", before))


def _compatible(mention: Mention, cluster: _Cluster) -> bool:
    if mention.affiliation is None:
        return True
    affiliations = {m.affiliation for m in cluster.mentions if m.affiliation}
    return not affiliations or mention.affiliation in affiliations


def _acronyms(label: str) -> set[str]:
    """What a name may be abbreviated to: the initials of its capitalised words ("who" for
    World Health Organization), also without a closing company word ("pge" for Pacific Gas and
    Electric Company)."""
    words = [w for w in re.split(r"[\s-]+", label) if w and w[0].isupper()]
    if len(words) < 2:
        return set()
    found = {"".join(w[0] for w in words).lower()}
    if len(words) > 2 and lexicon.class_cues()["last"].get(words[-1].lower()) == "Organization":
        found.add("".join(w[0] for w in words[:-1]).lower())
    return found


def _compact(key: str) -> str:
    """A name key as an acronym is compared: "e&y" and "e y" -> "ey"."""
    return re.sub(r"[\s&.\-]+", "", key)


def _clause_mates(extraction: Extraction) -> dict[int, set[int]]:
    """Object pronoun "him", "her" or "them" -> the subjects of its clause, which it cannot be
    ("Garcia invited him": not Garcia; "himself" would be)."""
    pronouns = {m.id for m in extraction.mentions if m.kind == "pronoun" and m.head in {"him", "her", "them"}}
    mates: dict[int, set[int]] = {}
    for claim in extraction.claims:
        if claim.obj in pronouns and claim.extractor in _CLAUSE_EXTRACTORS and claim.subject != claim.obj:
            mates.setdefault(claim.obj, set()).add(claim.subject)
    return mates


def _clause_subjects(extraction: Extraction) -> frozenset[int]:
    """Ids of the mentions that are the subject of a clause (a speaker's "said" is one)."""
    return frozenset({c.subject for c in extraction.claims if c.extractor in _CLAUSE_EXTRACTORS})


def resolve_article(extraction: Extraction) -> ArticleGraph:
    """Cluster an article's mentions into entities and turn its claims into facts."""
    article = extraction.article
    resolver = _Resolver(extraction)
    for mention in sorted(extraction.mentions, key=lambda m: (m.span.start, m.id)):
        resolver.resolve(mention, article.text)

    entity_of: dict[int, Entity] = {}
    entities: dict[str, Entity] = {}
    # a name the gazetteer links to a city or a country is a place, whatever the tagger said
    named = [
        (c.label, c.cls, _aliases(c.mentions, c.label)) if c.named else ("", "Concept", ()) for c in resolver.clusters
    ]
    links = linking.article_links(article.text, named)
    for cluster, (_, _, aliases), link in zip(resolver.clusters, named, links, strict=True):
        cls, label = linking.linked_class(cluster.cls, link), cluster.label
        named_event = cls == "Event" and bool(cluster.named)  # "Fan Expo Canada" is one thing everywhere
        scope = article.id if cls in _SCOPED and not named_event and not re.search(r"\b\d{4}\b", label) else None
        key = entity_key(cls, label, scope)
        entity = Entity(
            key=key,
            cls=cls,
            label=label,
            aliases=aliases,
            titles=tuple(sorted({t for m in cluster.mentions for t in m.titles if m.kind == "name"})),
            descriptors=tuple(sorted({d for m in cluster.mentions for d in m.descriptors})),
            scope=scope,
        )
        if key in entities:  # two clusters with one label (e.g. "China" the country twice): one node
            entity = _merge_entities(entities[key], entity)
        entities[key] = entity
        for mention in cluster.mentions:
            entity_of[mention.id] = entity
    for mention_id, entity in entity_of.items():
        entity_of[mention_id] = entities[entity.key]

    mentions = {m.id: m for m in extraction.mentions}
    facts: dict[tuple, Fact] = {}
    for claim in extraction.claims:
        subject = entity_of.get(claim.subject)
        obj = entity_of.get(claim.obj) if claim.obj is not None else None
        if subject is None or (claim.obj is not None and (obj is None or obj.key == subject.key)):
            continue  # an unresolved pronoun, or a fact of a thing about itself
        weight = RESOLUTION_WEIGHT[mentions[claim.subject].kind]
        if claim.obj is not None:
            weight *= RESOLUTION_WEIGHT[mentions[claim.obj].kind]
        sentence = extraction.sentences[claim.sentence]
        label = vocab.labels()[claim.predicate] if claim.predicate else claim.label
        fact = Fact(
            subject=subject.key,
            predicate=claim.predicate or "",
            predicate_label=label,
            obj=obj.key if obj else None,
            literal=claim.literal,
            article=article.id,
            sentence=sentence,
            confidence=round(claim.confidence * weight, 3),
            extractor=claim.extractor,
            modality=claim.modality,
            source=_key_of(entity_of, claim.source),
            addressee=_key_of(entity_of, claim.addressee),
            object_text=_phrase(obj, mentions.get(claim.obj)),
            time=claim.time,
            place=_place_key(entity_of, claim.place),
        )
        identity = (
            fact.subject,
            fact.predicate or fact.predicate_label,
            fact.obj,
            fact.literal,
            sentence.start,
            fact.modality,
        )
        if identity not in facts or facts[identity].confidence < fact.confidence:
            facts[identity] = fact
    used = {key for f in facts.values() for key in (f.subject, f.obj, f.source, f.addressee, f.place) if key}
    kept = [e for e in entities.values() if e.key in used or e.cls not in _SCOPED]
    return ArticleGraph(
        article, tuple(sorted(kept, key=lambda e: e.key)), tuple(sorted(facts.values(), key=_fact_order))
    )


def _phrase(obj: Entity | None, mention: Mention | None) -> str | None:
    """The words a concept object had in its sentence, where its label shortened them (the
    label is the head phrase; the statement keeps the whole)."""
    if obj is None or mention is None or obj.cls != "Concept" or mention.span.text == obj.label:
        return None
    return mention.span.text


def _place_key(entity_of: dict[int, Entity], mention: int | None) -> str | None:
    """The entity key of where a fact happened, if its mention resolved to a place."""
    entity = entity_of.get(mention) if mention is not None else None
    return entity.key if entity is not None and entity.cls in {"Place", "Country"} else None


def _key_of(entity_of: dict[int, Entity], mention: int | None) -> str | None:
    """The entity key of a mention, or None when there is none or it did not resolve."""
    entity = entity_of.get(mention) if mention is not None else None
    return entity.key if entity is not None else None


def _fact_order(fact: Fact) -> tuple:
    return (fact.sentence.start, fact.subject, fact.predicate, fact.predicate_label, fact.obj or "", fact.literal or "")


def _merge_entities(first: Entity, second: Entity) -> Entity:
    label = max([first.label, second.label], key=lambda text: (len(text.split()), len(text)))
    aliases = sorted(({*first.aliases, *second.aliases, first.label, second.label}) - {label})
    return replace(
        first,
        label=label,
        aliases=tuple(aliases),
        titles=tuple(sorted({*first.titles, *second.titles})),
        descriptors=tuple(sorted({*first.descriptors, *second.descriptors})),
    )


class ShortNames:
    """Full person and organisation names, indexed by each of their words (and an
    organisation's acronym), to fold lone short names into: "Xi" -> "Xi Jinping"; and every
    named thing by its name, so that one name given two classes in different articles is one
    node (the class most articles give it), and one key has one label ("Senate", not "senate").

    Feed it entities (:meth:`add`, or ``known`` ``(key, class, label)`` rows such as
    :meth:`kg.store.GraphStore.entities` gives), then :meth:`apply` it to article graphs.
    What it decides depends on the set of entities fed, not on their order.
    """

    def __init__(self, known: Iterable[tuple[str, str, str]] = ()) -> None:
        self._index: dict[str, dict[str, set[str]]] = {}
        self._full: dict[str, Entity] = {}
        self._votes: dict[str, Counter[str]] = {}  # name key -> class -> how many graphs (or rows) gave it
        self._named: dict[tuple[str, str], Entity] = {}  # (name key, class) -> the entity of that name
        self._labels: dict[str, set[str]] = {}  # entity key -> the labels it was given
        self.add(Entity(key=key, cls=cls, label=label) for key, cls, label in known)

    def add(self, entities: Iterable[Entity]) -> None:
        for entity in entities:
            if entity.cls in _FOLDED and len(entity.label.split()) > 1:
                self._full[entity.key] = entity
                index = self._index.setdefault(entity.cls, {})
                for word in lexicon.name_key(entity.label).split():
                    index.setdefault(word, set()).add(entity.key)
                for acronym in _acronyms(entity.label) if entity.cls == "Organization" else ():
                    index.setdefault(acronym, set()).add(entity.key)
            if entity.cls in _UNIFIED and entity.scope is None:
                name = lexicon.name_key(entity.label)
                self._votes.setdefault(name, Counter())[entity.cls] += 1
                self._named.setdefault((name, entity.cls), entity)
            self._labels.setdefault(entity.key, set()).add(entity.label)

    def _class_of(self, entity: Entity) -> str:
        """The class most graphs give ``entity``'s name (ties: the first of :data:`_UNIFIED`)."""
        votes = self._votes.get(lexicon.name_key(entity.label))
        if entity.cls not in _UNIFIED or entity.scope is not None or not votes or len(votes) < 2:
            return entity.cls
        return min(votes, key=lambda c: (-votes[c], _UNIFIED.index(c)))

    def remap(self, entities: Iterable[Entity]) -> dict[str, str]:
        """Key of each entity that folds -> the key it folds into: a one-word name into the
        one full name it abbreviates (if unique), a name into its node of the majority class."""
        remap: dict[str, str] = {}
        for entity in entities:
            cls = self._class_of(entity)
            words = lexicon.name_key(entity.label).split()
            generic = len(words) == 1 and words[0] in lexicon.class_cues()["last"]  # "Congress", "Senate"
            targets = (
                self._index.get(cls, {}).get(_compact(words[0]), set()) if len(words) == 1 and not generic else set()
            )
            targets = {t for t in targets if t == entity.key or _may_shorten(entity, self._full[t])}
            if len(targets) == 1 and next(iter(targets)) != entity.key:
                remap[entity.key] = next(iter(targets))
            elif cls != entity.cls:
                remap[entity.key] = self._named[(lexicon.name_key(entity.label), cls)].key
        return remap

    def label(self, key: str, label: str) -> str:
        """The one label of ``key``: of the ways it was written, the one with most capitals,
        then the longest, then the first in sort order ("Senate" over "senate")."""
        labels = self._labels.get(key, set()) | {label}
        return min(labels, key=lambda text: (-sum(ch.isupper() for ch in text), -len(text), text))

    def apply(self, graph: ArticleGraph) -> ArticleGraph:
        """``graph`` with its short names folded into the full names known so far."""
        remap = self.remap(graph.entities)
        if remap:
            graph = _remap(graph, remap, {**{e.key: e for e in self._named.values()}, **self._full})
        entities = tuple(self._relabelled(e) for e in graph.entities)
        return graph if entities == graph.entities else replace(graph, entities=entities)

    def _relabelled(self, entity: Entity) -> Entity:
        label = self.label(entity.key, entity.label)
        if label == entity.label:
            return entity
        aliases = tuple(a for a in entity.aliases if a.lower() != label.lower())
        return replace(entity, label=label, aliases=aliases)


def _given_name_titles(titles: Iterable[str]) -> set[str]:
    """The titles of ``titles`` that go before a given name ("Pope", "King"), lower case."""
    kinds = lexicon.words("given_name_title")
    return {title.lower() for title in titles if title.lower() in kinds or title.lower().split()[-1] in kinds}


def _may_shorten(short: Entity, full: Entity) -> bool:
    """Whether the one-word name of ``short`` (another article's, or a store's) may be
    ``full`` named short. A person called by a title that goes with a given name ("Pope
    Francis") is only someone who holds that title too; and a lone word that is ``full``'s
    given name, not its surname, names someone else ("Francis" is no "Francis D'Souza")."""
    if short.cls != "Person":
        return True
    titled = _given_name_titles(short.titles) | _given_name_titles(full.titles)
    if titled and not _given_name_titles(short.titles) & _given_name_titles(full.titles):
        return False
    word, names = lexicon.name_key(short.label), lexicon.name_key(full.label).split()
    return not (titled == set() and word in names[:-1] and word in lexicon.first_names())


def short_names(graph: ArticleGraph) -> tuple[Entity, ...]:
    """The entities of ``graph`` that other articles may fold: people and organisations
    named by one word only, and every named thing whose class other articles may outvote."""
    return tuple(
        e
        for e in graph.entities
        if e.cls in _FOLDED and len(e.label.split()) == 1 or e.cls in _UNIFIED and e.scope is None
    )


def merge_short_names(graphs: list[ArticleGraph], known: Iterable[tuple[str, str, str]] = ()) -> list[ArticleGraph]:
    """Across articles, fold a one-word person or organisation name into the single
    longer name of the same class that contains it ("Xi" -> "Xi Jinping"), and an
    acronym into the single name it abbreviates. Ambiguous short names stay apart.
    ``known`` adds full names from elsewhere (a store's entities)."""
    names = ShortNames(known)
    for graph in graphs:
        names.add(graph.entities)
    return [names.apply(graph) for graph in graphs]


def _is_place(entity: Entity | None) -> bool:
    """A place after folding (other articles may have outvoted it into another class)."""
    return entity is not None and entity.cls in {"Place", "Country"}


def _remap(graph: ArticleGraph, remap: dict[str, str], full: dict[str, Entity]) -> ArticleGraph:
    entities: dict[str, Entity] = {}
    for entity in graph.entities:
        target = remap.get(entity.key)
        if target is not None:
            entity = _merge_entities(full[target], replace(entity, key=target))
        if entity.key in entities:
            entity = _merge_entities(entities[entity.key], entity)
        entities[entity.key] = entity
    facts = []
    for fact in graph.facts:
        place = remap.get(fact.place, fact.place) if fact.place else None
        fact = replace(
            fact,
            subject=remap.get(fact.subject, fact.subject),
            obj=remap.get(fact.obj, fact.obj) if fact.obj else None,
            source=remap.get(fact.source, fact.source) if fact.source else None,
            addressee=remap.get(fact.addressee, fact.addressee) if fact.addressee else None,
            place=place if place is None or _is_place(entities.get(place)) else None,
        )
        if fact.obj != fact.subject:
            facts.append(fact)
    return ArticleGraph(
        graph.article, tuple(sorted(entities.values(), key=lambda e: e.key)), tuple(sorted(set(facts), key=_fact_order))
    )
