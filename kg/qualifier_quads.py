"""The qualifiers of a fact as quads on its ``kg:Statement`` node: when and where it happened.

In the manner of Wikidata's qualifiers, time and place are said of the statement, not of
the plain triple, so "Xi said X on Monday in Beijing" keeps one triple ``Xi kg:said X``
and its statement carries::

    stmt:… kg:timeText "on Monday" ;
           kg:time "2020-08-17"^^xsd:date ;
           kg:timeStart "2020-08-17"^^xsd:date ; kg:timeEnd "2020-08-17"^^xsd:date ;
           kg:place place:beijing .

``kg:time`` is there when one XSD type names the time (a date, a month, a year);
``kg:timeStart`` and ``kg:timeEnd`` whenever it resolved (so one filter serves dates,
months and intervals such as "last week"); ``kg:timeText`` always, the words as written.
The RDF stage (:func:`kg.rdf.article_quads`) adds these quads beside each statement's
provenance; the place's entity is one of the article's entities, labelled there.
"""

from __future__ import annotations

import pyoxigraph as ox

from .model import Fact
from .terms import entity_iri
from .vocab import KG, PREFIXES

_XSD = str(PREFIXES["xsd"])
#: the XSD types kg:time may have (TimeValue.datatype)
TIME_DATATYPES = frozenset({"date", "gYearMonth", "gYear"})


def qualifier_quads(statement: ox.NamedNode, fact: Fact, graph: ox.NamedNode) -> list[ox.Quad]:
    """The time and place quads of ``fact`` on ``statement``, in the article's named ``graph``."""
    quads: list[tuple[ox.NamedNode, ox.Term]] = []
    if fact.time is not None and fact.time.text:
        time = fact.time
        quads.append((ox.NamedNode(KG.timeText), ox.Literal(time.text)))
        if time.value is not None and time.datatype in TIME_DATATYPES:
            quads.append((ox.NamedNode(KG.time), _typed(time.value, time.datatype)))
        if time.start is not None and time.end is not None:
            quads.append((ox.NamedNode(KG.timeStart), _typed(time.start, "date")))
            quads.append((ox.NamedNode(KG.timeEnd), _typed(time.end, "date")))
    if fact.place:
        quads.append((ox.NamedNode(KG.place), entity_iri(fact.place)))
    return [ox.Quad(statement, predicate, obj, graph) for predicate, obj in quads]


def _typed(value: str, datatype: str) -> ox.Literal:
    return ox.Literal(value, datatype=ox.NamedNode(_XSD + datatype))
