"""What the resolver knows while it reads an article's mentions in text order: the clusters so
far and an index for each kind of match, which the name, description and pronoun rules read.
"""

from __future__ import annotations

import re
from functools import cache

from .. import entity_class, lexicon
from ..model import Claim, Extraction, Mention, Span
from .cluster import Cluster

RECENCY = {"pronoun": 2, "description": 4}  # how many sentences back a reference may reach
UNFOLDED = {"Country", "TimeExpression"}  # classes whose one-word names never fold into a longer name
#: extractors whose claims have the subject of a clause as their subject: what a later "he" or
#: "she" most likely continues
CLAUSE_EXTRACTORS = frozenset(
    {"clause", "clause-prep", "clause-date", "speech", "speech-venue", "speech-aside", "request", "refusal", "copula"}
)  # not "attribution": "according to X" is no subject


class ResolverState:
    """Clusters an article's mentions, read in text order, with indexes for each kind of match."""

    def __init__(self, extraction: Extraction) -> None:
        """Ready to read ``extraction``'s mentions; what its claims say about them (who is a
        subject, who speaks) guides the pronouns."""
        self.clusters: list[Cluster] = []
        self._text, self._sentences = extraction.article.text, extraction.sentences
        self._sources: dict[int, set[int]] = {}  # sentence -> mention ids of who says it
        self._reported_by: dict[int, set[int]] = {}  # mention -> who reports the clause it is the subject of
        self._apposed_to: dict[int, list[str]] = {}  # name mention -> what the parse apposed to it
        self._told: set[int] = set()  # mentions only told or quoted ("told Reuters", "according to the BBC")
        self._claims_in: dict[int, list[Claim]] = {}  # sentence -> its claims
        for claim in extraction.claims:
            self._claims_in.setdefault(claim.sentence, []).append(claim)
            if claim.addressee is not None:
                self._told.add(claim.addressee)
            if claim.extractor == "attribution":
                self._told.add(claim.subject)
            if claim.source is not None:
                self._sources.setdefault(claim.sentence, set()).add(claim.source)
                self._reported_by.setdefault(claim.subject, set()).add(claim.source)
            if claim.extractor == "apposition" and claim.literal:
                self._apposed_to.setdefault(claim.subject, []).append(claim.literal)
        self._clause_mates = clause_mates(extraction)  # object pronoun -> subjects of its clause (not it)
        self.mentions = {m.id: m for m in extraction.mentions}
        self._names_in: dict[int, list[Mention]] = {}  # sentence -> its names, to look ahead
        for mention in extraction.mentions:
            if mention.kind == "name":
                self._names_in.setdefault(mention.sentence, []).append(mention)
        self._subject_ids = clause_subjects(extraction)  # mention ids that are the subject of a clause
        self._subjects: list[Mention] = []  # those mentions resolved so far, in text order
        self._pronouns: list[Mention] = []  # the pronouns resolved so far, in text order
        self.of: dict[int, Cluster] = {}  # mention id -> cluster
        self._recency: dict[int, Cluster] = {}  # id(cluster) -> cluster, least recently mentioned first
        self._by_name: dict[tuple[bool, str], Cluster] = {}  # (is a date, name key) -> cluster
        self._persons_orgs: list[Cluster] = []  # named clusters that short names and acronyms may join
        self._last_named: Mention | None = None  # the name read last
        self._last_namelike: Mention | None = None  # the name, or the name the tagger missed, read last
        self._last_role: Mention | None = None  # the last role ("the suspect") no named person had
        self._roles: set[int] = set()  # ids of the roles no named person had when they were read
        self._by_modified: dict[str, Cluster] = {}  # name key of a phrase's modifiers -> the phrase's cluster
        self._multiword: list[Cluster] = []  # clusters with a name of several words, of any class but UNFOLDED
        self._by_phrase: dict[str, Cluster] = {}  # name key of a common-noun phrase -> cluster
        self._events: dict[str, list[Cluster]] = {}  # head noun -> event clusters

    def sentence_of(self, mention: Mention) -> Span | None:
        """The sentence of ``mention``, or None when the extraction lists no sentence of that
        number (the rules that read a sentence's opening then do not apply)."""
        return self._sentences[mention.sentence] if mention.sentence < len(self._sentences) else None

    def add(self, mention: Mention, cluster: Cluster | None, text: str = "") -> None:
        if cluster is None:
            cluster = Cluster()
            self.clusters.append(cluster)
        cluster.add(mention, text)
        self.of[mention.id] = cluster
        if mention.id in self._subject_ids:
            self._subjects.append(mention)
        if mention.kind == "pronoun":
            self._pronouns.append(mention)
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
            if mention.cls not in UNFOLDED and len(key.split()) > 1 and cluster not in self._multiword:
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

    def recent_actor(self, mention: Mention, accept) -> Cluster | None:
        """The latest cluster ``accept`` takes that is not only told or reporting
        (:meth:`only_told`), else the latest it takes: "Acme told Reuters ... The company said"
        is Acme; "the Associated Press reported. The company" with no other organisation, the agency."""
        return self.recent(mention, lambda c: accept(c) and not self.only_told(c)) or self.recent(mention, accept)

    def only_told(self, cluster: Cluster) -> bool:
        """Whether every name of ``cluster`` so far is only the one told or the one reporting
        ("Acme told Reuters", "according to the BBC", "..., the Associated Press reported."): an
        outlet or a listener, which "the company" or "it" refers to only when no other fits."""
        return bool(cluster.named) and all(self._is_told(m) for m in cluster.named)

    def _is_told(self, mention: Mention) -> bool:
        if mention.id in self._told:
            return True
        before = self._text[max(0, mention.span.start - 40) : mention.span.start]
        after = self._text[mention.span.end : mention.span.end + 40]
        return bool(_listener_before().search(before) or _reporter_after().match(after))

    def recent(self, mention: Mention, accept) -> Cluster | None:
        reach = RECENCY.get(mention.kind, 1000)
        for cluster in reversed(self._recency.values()):
            if mention.sentence - cluster.last_sentence > reach:
                return None  # every cluster further back was last mentioned even earlier
            if accept(cluster):
                return cluster
        return None


@cache
def _listener_before() -> re.Pattern[str]:
    words = "|".join(sorted(map(re.escape, references("listener_before")), key=len, reverse=True))
    return re.compile(rf"\b(?:{words})\s+(?:the\s+)?$", re.IGNORECASE)


@cache
def _reporter_after() -> re.Pattern[str]:
    words = "|".join(sorted(map(re.escape, references("reporter_after")), key=len, reverse=True))
    return re.compile(rf"\s+(?:{words})\s*[.;]", re.IGNORECASE)


@cache
def references(name: str) -> frozenset[str]:
    """A word list of ``kg/data/references.tsv`` (``listener_before``, ``nationals``, ...)."""
    return frozenset(next(row[1].split("|") for row in lexicon.rows("references.tsv") if row[0] == name))


def clause_mates(extraction: Extraction) -> dict[int, set[int]]:
    """Object pronoun "him", "her" or "them" -> the subjects of its clause, which it cannot be
    ("Garcia invited him": not Garcia; "himself" would be)."""
    pronouns = {m.id for m in extraction.mentions if m.kind == "pronoun" and m.head in {"him", "her", "them"}}
    mates: dict[int, set[int]] = {}
    for claim in extraction.claims:
        if claim.obj in pronouns and claim.extractor in CLAUSE_EXTRACTORS and claim.subject != claim.obj:
            mates.setdefault(claim.obj, set()).add(claim.subject)
    return mates


def clause_subjects(extraction: Extraction) -> frozenset[int]:
    """Ids of the mentions that are the subject of a clause (a speaker's "said" is one): of a
    claim, or of an open-IE proposition that gave none ("Officials said the man was 45": "the
    man", whom a "He" in the next sentence continues). A proposition's subject is found by its
    span: the mention that ends where it ends, inside it (its head)."""
    subjects = {c.subject for c in extraction.claims if c.extractor in CLAUSE_EXTRACTORS}
    ends = {(p.sentence, p.subject.span.end): p.subject.span.start for p in extraction.propositions}
    for mention in extraction.mentions:
        start = ends.get((mention.sentence, mention.span.end))
        if start is not None and start <= mention.span.start:
            subjects.add(mention.id)
    return frozenset(subjects)
