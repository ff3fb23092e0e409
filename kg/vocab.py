"""The vocabulary, defined once.

``KG`` lists every class and property of ``kg/ontology/kg.ttl``; because it is a
closed :class:`rdflib.namespace.DefinedNamespace`, a typo such as ``KG.Persn`` is
an error, and ``tests/test_vocab.py`` checks that this file and the ontology agree.
Open predicates (those not in the ontology) live in ``REL``; entities, articles
and statements get IRIs under ``ID``, ``ARTICLE``, ``GRAPH`` and ``STATEMENT``.
"""

from __future__ import annotations

from functools import cache
from importlib.resources import files
from importlib.resources.abc import Traversable

from rdflib import Namespace, URIRef
from rdflib.namespace import OWL, PROV, RDF, RDFS, SDO, SKOS, XSD, DefinedNamespace

BASE = "https://kg.example.org/"

#: the ontology, its SHACL shapes and the saved queries are package data (``kg/ontology/``),
#: read through importlib.resources so that they are found in a wheel install as in a checkout
ONTOLOGY_DIR: Traversable = files("kg") / "ontology"
ONTOLOGY_FILE: Traversable = ONTOLOGY_DIR / "kg.ttl"
SHAPES_FILE: Traversable = ONTOLOGY_DIR / "shapes.ttl"
QUERIES_DIR: Traversable = ONTOLOGY_DIR / "queries"


class KG(DefinedNamespace):
    """Terms of the kg ontology (``kg/ontology/kg.ttl``)."""

    _NS = Namespace(BASE + "ontology#")
    _fail = True

    # classes
    Entity: URIRef
    Person: URIRef
    Organization: URIRef
    Place: URIRef
    Country: URIRef
    Group: URIRef
    Event: URIRef
    TimeExpression: URIRef
    Work: URIRef
    Product: URIRef
    Law: URIRef
    Concept: URIRef
    Statement: URIRef

    # generic relation and the recurring news relations (object properties)
    relatedTo: URIRef
    spokeAt: URIRef
    heldIn: URIRef
    locatedIn: URIRef
    onDate: URIRef
    nationality: URIRef
    leaderOf: URIRef
    memberOf: URIRef
    worksFor: URIRef
    livesIn: URIRef
    basedIn: URIRef
    killed: URIRef
    targets: URIRef
    tensionsWith: URIRef
    launched: URIRef
    visited: URIRef
    reported: URIRef

    # relations whose object may be a literal (reported content, descriptions)
    said: URIRef
    stressed: URIRef
    urged: URIRef
    calledFor: URIRef
    holdsPosition: URIRef
    isA: URIRef

    # provenance of a statement
    sentence: URIRef
    startChar: URIRef
    endChar: URIRef
    confidence: URIRef
    extractor: URIRef
    article: URIRef
    modality: URIRef
    attributedTo: URIRef
    addressee: URIRef
    objectText: URIRef
    isoCode: URIRef

    # qualifiers of a statement: when and where it happened
    time: URIRef
    timeStart: URIRef
    timeEnd: URIRef
    timeText: URIRef
    place: URIRef

    # articles and entities
    sourceFile: URIRef
    contentHash: URIRef
    wordCount: URIRef
    mentionedIn: URIRef


REL = Namespace(BASE + "relation/")  # open predicates, sub-properties of KG.relatedTo
ID = Namespace(BASE + "id/")  # entities
ARTICLE = Namespace(BASE + "article/")  # article nodes
GRAPH = Namespace(BASE + "graph/")  # one named graph per article
#: the named graph that holds the ontology beside the articles (in a store, and in a
#: Dataset once kg.load.attach_ontology has run), so queries can look up its labels
ONTOLOGY_GRAPH = GRAPH["ontology"]
STATEMENT = Namespace(BASE + "statement/")  # provenance nodes of facts

PREFIXES: dict[str, Namespace] = {
    "kg": KG._NS,
    "rel": REL,
    "id": ID,
    "article": ARTICLE,
    "graph": GRAPH,
    "stmt": STATEMENT,
    "schema": SDO._NS,
    "prov": PROV._NS,
    "rdf": RDF._NS,
    "rdfs": RDFS._NS,
    "owl": OWL._NS,
    "skos": SKOS._NS,
    "xsd": XSD._NS,
    "geo": Namespace("http://www.w3.org/2003/01/geo/wgs84_pos#"),
}
#: the classes of entities (every one a subclass of KG.Entity)
CLASSES: tuple[str, ...] = (
    "Person",
    "Organization",
    "Place",
    "Country",
    "Group",
    "Event",
    "TimeExpression",
    "Work",
    "Product",
    "Law",
    "Concept",
)
CLASS_NAMES: frozenset[str] = frozenset(CLASSES)
# one prefix per class of entity, so keys read as ``person:xi-jinping``, ``country:china``
PREFIXES.update({name.lower(): Namespace(f"{ID}{name.lower()}/") for name in CLASSES})

#: spaCy entity labels -> ontology class local names (labels absent here are not entities)
NER_CLASSES: dict[str, str] = {
    "PERSON": "Person",
    "ORG": "Organization",
    "GPE": "Place",
    "LOC": "Place",
    "FAC": "Place",
    "NORP": "Group",
    "EVENT": "Event",
    "DATE": "TimeExpression",
    "WORK_OF_ART": "Work",
    "PRODUCT": "Product",
    "LAW": "Law",
}
#: the entity labels whose words make a name (a date is an entity, but no name)
NAME_LABELS: frozenset[str] = frozenset(NER_CLASSES) - {"DATE"}

#: how a text puts a fact (the values of kg:modality). "asserted": the article states it;
#: "reported": a source the article names states it (kg:attributedTo); "negated": the text
#: says it is not so; "possible": hedged (may, could, reportedly); "conditional": under an
#: if/unless clause; "requested": the content of an urge, request or order, not a deed.
MODALITIES: tuple[str, ...] = ("asserted", "reported", "negated", "possible", "conditional", "requested")
#: the modalities whose facts become plain triples in the article graph; the others are
#: kept only as kg:Statement nodes, so a query for what happened never sees them
ASSERTING: frozenset[str] = frozenset({"asserted", "reported"})


def bind_prefixes(graph) -> None:
    """Bind the project's prefixes on an rdflib Graph or Dataset."""
    for prefix, namespace in PREFIXES.items():
        graph.bind(prefix, namespace, override=True, replace=True)


@cache
def labels() -> dict[str, str]:
    """English labels of the ontology's terms, by local name ("spokeAt" -> "spoke at")."""
    import pyoxigraph as ox

    label = ox.NamedNode(str(RDFS.label))
    prefix = str(KG._NS)
    with ONTOLOGY_FILE.open("rb") as file:
        return {
            triple.subject.value[len(prefix) :]: triple.object.value
            for triple in ox.parse(file, format=ox.RdfFormat.TURTLE)
            if triple.predicate == label and triple.subject.value.startswith(prefix)
        }
