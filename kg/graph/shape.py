"""The one reader of a kg graph's shape: which quads are entities, names, facts, statements.

    quads (rdflib or pyoxigraph terms) -> Reader -> types, labels, aliases, facts, statements

kg writes every article as a named graph of entities (typed with an ontology class, named
by ``rdfs:label`` and ``skos:altLabel``, linked to articles by ``kg:mentionedIn``), plain
triples for the facts its articles assert, ``kg:Statement`` nodes for every fact with its
provenance, and a ``schema:NewsArticle`` node per article. :class:`Reader` sorts quads into
those groups in one pass; :func:`kg.graph.convert.to_networkx` builds the networkx graph
from it and :func:`kg.graph.select.top_quads` ranks entities with it before any term is
converted, so both read the graph by the same rules.

Terms are kept as given (rdflib or pyoxigraph); predicates and classes are compared as IRI
strings, through a ``value`` function that gives a term's lexical form (``str`` for rdflib,
``.value`` for pyoxigraph).
"""

from __future__ import annotations

import gc
import re
from collections import defaultdict
from collections.abc import Callable, Iterable, Iterator
from operator import attrgetter
from typing import Any

from rdflib.namespace import RDF, RDFS, SDO, SKOS

from kg.vocab import CLASS_NAMES, KG

#: class IRI -> local name, for the entity classes of the ontology
ENTITY_CLASSES: dict[str, str] = {str(KG[name]): name for name in sorted(CLASS_NAMES)}

TYPE, LABEL, ALIAS, MENTIONED = str(RDF.type), str(RDFS.label), str(SKOS.altLabel), str(KG.mentionedIn)
SUBJECT, PREDICATE, OBJECT = str(RDF.subject), str(RDF.predicate), str(RDF.object)
STATEMENT, NEWS_ARTICLE = str(KG.Statement), str(SDO.NewsArticle)

#: triples about an entity that describe the node rather than state a fact
NODE_PREDICATES = frozenset({TYPE, LABEL, ALIAS, MENTIONED})

#: triples about an article or statement, never facts
PROVENANCE = frozenset(
    str(p)
    for p in (
        KG.sentence,
        KG.startChar,
        KG.endChar,
        KG.confidence,
        KG.extractor,
        KG.article,
        KG.modality,
        KG.attributedTo,
        KG.addressee,
        KG.objectText,
        KG.timeText,
        KG.time,
        KG.timeStart,
        KG.timeEnd,
        KG.place,
        KG.sourceFile,
        KG.contentHash,
        KG.wordCount,
        KG.mentionedIn,
    )
)


#: predicates read back with :meth:`Reader.one`: a statement's parts and provenance, an article's metadata
KEPT = (
    PROVENANCE
    | {SUBJECT, PREDICATE, OBJECT}
    | {str(SDO[name]) for name in ("headline", "datePublished", "url", "publisher")}
)
#: what a statement's triple and stance need: its parts and its modality
STATEMENT_PARTS = frozenset({SUBJECT, PREDICATE, OBJECT, str(KG.modality)})


def is_fact_predicate(predicate: str) -> bool:
    """Whether a triple with this predicate (an IRI string) can state a fact."""
    return predicate not in NODE_PREDICATES and predicate not in PROVENANCE


def split_words(local_name: str) -> str:
    """``stepsUpCrackdownsOn`` -> ``steps up crackdowns on``."""
    spaced = re.sub(r"(?<=[a-z0-9])(?=[A-Z])", " ", local_name).replace("_", " ").replace("-", " ")
    return " ".join(spaced.split()).lower()


def local_name(iri: str) -> str:
    """The part of an IRI after its last ``/`` or ``#`` (the IRI itself if that is empty)."""
    return re.split(r"[/#]", iri)[-1] or iri


def best_label(labels: Iterable[Any], value: Callable[[Any], str] = str) -> str | None:
    """The label to show of several: the first English or untagged one in sorted order."""
    labels = list(labels)
    preferred = sorted(value(label) for label in labels if getattr(label, "language", None) in (None, "en"))
    if preferred:
        return preferred[0]
    others = sorted(value(label) for label in labels)
    return others[0] if others else None


_OX_VALUE = attrgetter("value")  # a pyoxigraph term's lexical form
_OX_QUAD = attrgetter("subject", "predicate", "object", "graph_name")


class Reader:
    """One pass over quads ``(s, p, o, g)``, grouped the way the graph needs them.

    ``value`` gives a term's lexical form; :meth:`of_pyoxigraph` reads pyoxigraph quads.
    Subjects, objects and graphs stay the terms given; predicates and classes are strings.
    A reader that needs less reads faster: ``kept`` names the predicates :meth:`one` can
    read back (of :data:`KEPT`), with ``literal`` (is this object a literal?) facts whose
    object is a literal are left out, and without ``fact_graphs`` :attr:`facts` is the set of
    facts alone, not which graphs hold each (so :meth:`plain_articles` cannot say).
    """

    def __init__(
        self,
        quads: Iterable[tuple[Any, Any, Any, Any]],
        value: Callable[[Any], str] = str,
        kept: frozenset[str] = KEPT,
        literal: Callable[[Any], bool] | None = None,
        fact_graphs: bool = True,
    ) -> None:
        self.value = value
        self.types: dict[Any, set[str]] = defaultdict(set)
        self.labels: dict[Any, set] = defaultdict(set)
        self.aliases: dict[Any, set] = defaultdict(set)
        self.mentioned: dict[Any, set] = defaultdict(set)
        self.props: dict[Any, dict[str, set]] = defaultdict(lambda: defaultdict(set))  # KEPT predicates only
        self.facts: dict[tuple, set] = defaultdict(set)  # (s, p, o) -> named graphs asserting it
        self.graph_articles: dict[Any, set] = defaultdict(set)
        special = (TYPE, LABEL, ALIAS, MENTIONED)
        facts = self.facts
        if fact_graphs:

            def add_fact(s: Any, p: str, o: Any, g: Any) -> None:
                facts[(s, p, o)].add(g)
        else:  # a set of the facts alone: the ranking of a large graph needs no more
            self.facts = facts = set()  # type: ignore[assignment]

            def add_fact(s: Any, p: str, o: Any, g: Any) -> None:
                facts.add((s, p, o))

        # the pass allocates a container per fact and node: without the cyclic collector
        # running over them every few thousand allocations it takes about half the time
        collecting = gc.isenabled()
        gc.disable()
        try:
            for s, p, o, g in quads:
                p = value(p)
                if p in special:
                    if p == TYPE:
                        cls = value(o)
                        self.types[s].add(cls)
                        if cls == NEWS_ARTICLE:
                            self.graph_articles[g].add(s)
                    elif p == LABEL:
                        self.labels[s].add(o)
                    elif p == ALIAS:
                        self.aliases[s].add(o)
                    else:
                        self.mentioned[s].add(o)
                elif p in KEPT:  # a statement's parts and provenance, an article's metadata: never facts
                    if p in kept:
                        self.props[s][p].add(o)
                elif literal is None or not literal(o):
                    add_fact(s, p, o, g)
        finally:
            if collecting:
                gc.enable()

    @classmethod
    def of_pyoxigraph(cls, quads: Iterable[Any], kept: frozenset[str] = KEPT, entity_facts: bool = False) -> Reader:
        """The reader of pyoxigraph ``Quad`` objects, without turning a term into rdflib's;
        ``entity_facts``: only the facts between two nodes (no literal objects), as a set."""
        import pyoxigraph as ox

        def literal(term: Any) -> bool:
            return type(term) is ox.Literal

        return cls(
            map(_OX_QUAD, quads),
            value=_OX_VALUE,
            kept=kept,
            literal=literal if entity_facts else None,
            fact_graphs=not entity_facts,
        )

    def is_entity(self, node: Any) -> bool:
        """Whether ``node`` is typed with an entity class of the ontology."""
        return any(cls in ENTITY_CLASSES for cls in self.types.get(node, ()))

    def entities(self) -> list[Any]:
        """Every entity, sorted by IRI."""
        return sorted((node for node in self.types if self.is_entity(node)), key=self.value)

    def label(self, node: Any) -> str:
        """The label an entity is shown by (from its IRI when it has none)."""
        return best_label(self.labels.get(node, ()), self.value) or split_words(local_name(self.value(node)))

    def one(self, node: Any, predicate: str) -> Any:
        """The first value (in sorted order) of ``predicate`` on ``node``, or None."""
        values = self.props[node].get(predicate) if node in self.props else None
        if not values:
            return None
        if len(values) == 1:  # nearly always: no sort needed
            return next(iter(values))
        return min(values, key=self.value)

    def statement_triples(self) -> Iterator[tuple[Any, tuple[Any, str, Any]]]:
        """(statement node, (subject, predicate IRI, object)) of every complete kg:Statement."""
        for node, types in self.types.items():
            if STATEMENT not in types:
                continue
            s, p, o = self.one(node, SUBJECT), self.one(node, PREDICATE), self.one(node, OBJECT)
            if s is not None and p is not None and o is not None:
                yield node, (s, self.value(p), o)

    def plain_articles(self, triple: tuple) -> list[str]:
        """The articles of the named graphs that hold ``triple`` as a plain triple ([""] if none)."""
        found = sorted({self.value(a) for g in self.facts.get(triple, ()) for a in self.graph_articles[g]})
        return found or [""]
