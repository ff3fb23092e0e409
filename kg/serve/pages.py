"""The server's HTML pages: the front page, an entity's page, the saved queries, the graph view.

    GraphStore -> index_page | entity_page(iri) | view_page -> HTML bytes;  queries_page() -> HTML bytes

Every page is one self-contained document: its style and script inlined, nothing loaded
from anywhere, and a Content-Security-Policy that admits only the page's own inline script
(by its hash) and requests to this server (``connect-src 'self'``, for the search box).
Text from the graph is data, never markup: jinja2 escapes every value put into the page,
and the front page's script builds its list with ``textContent``. The graph view is
:mod:`kg.view`'s page of the whole store (its overview for a large one), with its own CSP.
"""

from __future__ import annotations

from functools import cache
from typing import Any
from urllib.parse import quote

import pyoxigraph as ox
from rdflib import URIRef

from ..errors import GraphError
from ..query import run_query, run_saved, saved_queries
from ..query.format import compact, result_rows
from ..view import render_view_bytes
from ..view.assets import template
from ..view.render import csp_hash, inline_safe, script_json

__all__ = ["ENDPOINT", "SEARCH", "TOP", "entity_page", "index_page", "queries_page", "view_page"]

#: where the SPARQL endpoint answers, as the pages link to it
ENDPOINT = "/sparql"
#: entities the front page lists, most mentioned first
TOP = 40
_PAGE = "serve_page.html.j2"

#: the front page's search: entities whose label or alias contains ?text, ignoring case
#: (?text is bound by the page as a ``$text`` parameter, so it is selected)
SEARCH = """SELECT DISTINCT ?entity ?label ?text WHERE {
    { ?entity rdfs:label ?name } UNION { ?entity skos:altLabel ?name }
    ?entity rdfs:label ?entityLabel ; kg:mentionedIn ?article .
    FILTER (CONTAINS(LCASE(STR(?name)), LCASE(STR(?text))))
    BIND (STR(?entityLabel) AS ?label)
}
ORDER BY ?label ?entity
LIMIT 50"""

# How many articles the graph holds (the front page's count, without reading every article's fields).
_ARTICLE_COUNT = "SELECT (COUNT(DISTINCT ?article) AS ?n) WHERE { GRAPH ?g { ?article a schema:NewsArticle } }"

# An entity's labels, classes and aliases (?entity bound, so selected).
_ABOUT = """SELECT DISTINCT ?entity ?label ?class ?alias WHERE {
    ?entity rdfs:label ?label .
    OPTIONAL { ?entity a ?class }
    OPTIONAL { ?entity skos:altLabel ?alias }
}"""


@cache
def _policy(script: str | None) -> str:
    scripts = csp_hash(script) if script else "'none'"
    return (
        f"default-src 'none'; script-src {scripts}; style-src 'unsafe-inline'; connect-src 'self'; "
        "img-src data:; base-uri 'none'; form-action 'self'"
    )


@cache
def _environment() -> Any:
    """The pages' template, loaded once."""
    import jinja2

    return jinja2.Environment(loader=jinja2.DictLoader({_PAGE: template(_PAGE)}), autoescape=True)


def _render(page: str, title: str, script: str | None = None, data: Any = None, **values: Any) -> bytes:
    """One of the template's pages: ``values`` escaped into it, ``data`` as the JSON its
    ``script`` reads."""
    from markupsafe import Markup

    if script is not None:
        inline_safe(script, "script")
    html: str = (
        _environment()
        .get_template(_PAGE)
        .render(
            page=page,
            title=title,
            csp=Markup(_policy(script)),
            css=Markup(template("serve.css")),
            script=Markup(script or ""),
            data=Markup(script_json(data)),
            **values,
        )
    )
    return html.encode("utf-8")


def entity_href(iri: str) -> str:
    """The link to an entity's page."""
    return "/entity?iri=" + quote(iri, safe="")


def _saved_rows(store: Any, name: str, **params: Any) -> list[dict[str, Any]]:
    """The rows of a saved query, each a dict of variable name to term (absent when unbound)."""
    names, rows = result_rows(run_saved(store, name, **params))
    return [{key: cell for key, cell in zip(names, row, strict=True) if cell is not None} for row in rows]


def index_page(store: Any) -> bytes:
    """The front page: counts, the search box, the most mentioned entities."""
    entities = _saved_rows(store, "entities")
    (articles,) = next(iter(result_rows(run_query(store, _ARTICLE_COUNT))[1]))
    top = [
        {
            "href": entity_href(str(row["entity"])),
            "label": str(row["label"]),
            "cls": compact(row.get("class")),
            "articles": int(row["articles"]),
        }
        for row in entities[:TOP]
    ]
    return _render(
        "index",
        "Knowledge graph",
        script=template("serve_index.js"),
        articles=f"{int(str(articles)):,}",
        entities=f"{len({str(row['entity']) for row in entities}):,}",
        endpoint=ENDPOINT,
        top=top,
        data={"endpoint": ENDPOINT, "search": SEARCH},
    )


def entity_page(store: Any, iri: str) -> bytes:
    """One entity: its names and classes, then each fact it takes part in with its sentence
    and article (the saved query ``relations-of``)."""
    if not iri.startswith(("http://", "https://")):
        raise GraphError(f"no entity {iri!r}: give its IRI, /entity?iri=https://...")
    try:
        entity = URIRef(ox.NamedNode(iri).value)
    except ValueError as error:
        raise GraphError(f"no entity {iri!r}: not a valid IRI") from error
    labels, classes, aliases = set(), set(), set()
    for row in store.query(_ABOUT, {"entity": entity}):
        labels.add(row["label"].value)
        if row["class"] is not None:
            classes.add(compact(URIRef(row["class"].value)))
        if row["alias"] is not None:
            aliases.add(row["alias"].value)
    if not labels:
        raise GraphError(f"no entity {iri} in this graph")
    facts = [
        {
            key: str(row.get(key, ""))
            for key in ("subject", "predicate", "object", "sentence", "headline", "date", "url")
        }
        for row in _saved_rows(store, "relations-of", ENTITY=iri)
    ]
    for fact in facts:  # a link only to a web page: never javascript: or data: from an article
        fact["url"] = fact["url"] if fact["url"].startswith(("http://", "https://")) else ""
    return _render(
        "entity",
        min(labels),
        iri=iri,
        classes=", ".join(sorted(classes)),
        aliases=", ".join(sorted(aliases - labels)),
        facts=facts,
    )


def queries_page() -> bytes:
    """The saved queries with their parameters, each that needs none linked to its answer
    (the others show their path with the parameters to fill in)."""
    queries = [
        {
            "name": saved.name,
            "href": None if saved.params else "/queries/" + quote(saved.name),
            "path": "/queries/" + saved.name + "?" + "&".join(f"{p.name}=..." for p in saved.params),
            "description": saved.description,
            "params": [{"name": p.name, "description": p.description} for p in saved.params],
        }
        for saved in saved_queries().values()
    ]
    return _render("queries", "Saved queries", queries=queries)


def view_page(store: Any) -> bytes:
    """kg's interactive view of the whole graph (an overview of a large one)."""
    return render_view_bytes(store.quads())
