"""The one conversion layer between pyoxigraph terms and rdflib terms.

    pyoxigraph term <-> rdflib term;  pyoxigraph quads -> rdflib tuples or Dataset

kg builds and stores its graphs as pyoxigraph terms (fast, validated), while rdflib
serves the API (``Dataset``, query results), SHACL and the networkx conversion. Every
crossing between the two goes through here, so a literal means the same on both sides:
a plain literal is ``xsd:string`` in Oxigraph and datatype-less in rdflib, as rdflib
reads it from a file.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from typing import Any

import pyoxigraph as ox
from rdflib import BNode, Dataset, Literal, URIRef
from rdflib.term import Identifier

from .errors import QueryError
from .iri import article_slug
from .vocab import ARTICLE, GRAPH, ID, bind_prefixes

__all__ = ["OxTerm", "XSD", "oxigraph_term", "rdflib_dataset", "rdflib_quads", "rdflib_term", "rdflib_value"]

XSD = "http://www.w3.org/2001/XMLSchema#"
_STRING = XSD + "string"

#: what a query binding becomes on the Oxigraph side
OxTerm = ox.NamedNode | ox.BlankNode | ox.Literal | ox.Triple


def entity_iri(key: str) -> ox.NamedNode:
    """The node of the entity ``key`` ("person/xi-jinping")."""
    return ox.NamedNode(str(ID) + key)


def article_iri(article_id: str) -> ox.NamedNode:
    """The ``schema:NewsArticle`` node of an article."""
    return ox.NamedNode(str(ARTICLE) + article_slug(article_id))


def graph_iri(article_id: str) -> ox.NamedNode:
    """The named graph of an article."""
    return ox.NamedNode(str(GRAPH) + article_slug(article_id))


def rdflib_term(node: Any, cache: dict[str, Any] | None = None) -> Any:
    """A pyoxigraph term as the equal rdflib term. ``cache`` keeps terms, which recur
    (IRIs by their value, literals by their N-Triples text: the two cannot collide)."""
    if isinstance(node, ox.NamedNode):
        if cache is None:
            return URIRef(node.value)
        term = cache.get(node.value)
        if term is None:
            term = cache[node.value] = URIRef(node.value)
        return term
    if isinstance(node, ox.Literal):
        key = str(node)  # labels and sentences recur (one sentence, several statements)
        term = cache.get(key) if cache is not None else None
        if term is None:
            term = _rdflib_literal(node, cache)
            if cache is not None:
                cache[key] = term
        return term
    if isinstance(node, ox.BlankNode):
        return BNode(node.value)
    raise TypeError(f"no rdflib term for {node!r}")


def _rdflib_literal(node: ox.Literal, cache: dict[str, Any] | None) -> Literal:
    if node.language:
        return Literal(node.value, lang=node.language)
    if node.datatype.value == _STRING:  # a plain literal, as rdflib reads it from a file
        return Literal(node.value)
    return Literal(node.value, datatype=rdflib_term(node.datatype, cache))


def rdflib_quads(quads: Iterable[ox.Quad]) -> Iterator[tuple[Any, Any, Any, Any]]:
    """The quads as (s, p, o, g) tuples of rdflib terms, converted term by term (no text round trip)."""
    cache: dict[str, Any] = {}
    for quad in quads:
        yield (
            rdflib_term(quad.subject, cache),
            rdflib_term(quad.predicate, cache),
            rdflib_term(quad.object, cache),
            rdflib_term(quad.graph_name, cache),
        )


def rdflib_dataset(quads: Iterable[ox.Quad] | bytes) -> Dataset:
    """Quads (or N-Quads bytes) as an rdflib ``Dataset``: union default graph, kg's prefixes bound.
    The N-Quads text is handed to rdflib's parser, faster than adding terms one by one."""
    dataset = Dataset(default_union=True)
    bind_prefixes(dataset)
    data = quads if isinstance(quads, bytes) else ox.serialize(quads, format=ox.RdfFormat.N_QUADS)
    dataset.parse(data=data.decode("utf-8"), format="nquads")
    return dataset


def rdflib_value(value: Any) -> Identifier:
    """A query binding for rdflib: a term as it is, a plain Python value as a literal."""
    return value if isinstance(value, Identifier) else Literal(value)


def oxigraph_term(value: Any) -> OxTerm:
    """A query binding for Oxigraph: a pyoxigraph or rdflib term as the equal pyoxigraph
    term; plain Python values become literals (bool before int: a bool is an int)."""
    if isinstance(value, (ox.NamedNode, ox.BlankNode, ox.Literal, ox.Triple)):
        return value
    if isinstance(value, URIRef):
        return ox.NamedNode(str(value))
    if isinstance(value, BNode):
        return ox.BlankNode(str(value))
    if isinstance(value, Literal):
        if value.language:
            return ox.Literal(str(value), language=value.language)
        return ox.Literal(str(value), datatype=ox.NamedNode(str(value.datatype)) if value.datatype else None)
    if isinstance(value, bool):
        return ox.Literal("true" if value else "false", datatype=ox.NamedNode(XSD + "boolean"))
    if isinstance(value, int):
        return ox.Literal(str(value), datatype=ox.NamedNode(XSD + "integer"))
    if isinstance(value, float):
        return ox.Literal(repr(value), datatype=ox.NamedNode(XSD + "double"))
    if isinstance(value, str):
        return ox.Literal(value)
    raise QueryError(f"cannot bind a {type(value).__name__} in a query (use a term, str, int, float or bool)")
