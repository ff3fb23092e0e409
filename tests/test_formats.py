"""kg.formats: one table of file formats, the one every service names formats from."""

from __future__ import annotations

import pyoxigraph as ox
import pytest
from rdflib import Dataset

from kg import export, formats
from kg.formats import RDF_FORMATS, by_extension, extensions
from kg.store import DUMP_FORMATS

QUAD = ox.Quad(
    ox.NamedNode("https://kg.example.org/id/a"),
    ox.NamedNode("https://kg.example.org/ontology#p"),
    ox.Literal("x"),
    ox.NamedNode("https://kg.example.org/graph/g"),
)


@pytest.mark.parametrize("name", sorted(RDF_FORMATS))
def test_each_format_parses_in_both_libraries_by_the_names_it_gives(tmp_path, name):
    fmt = RDF_FORMATS[name]
    data = ox.serialize([QUAD if fmt.quads else QUAD.triple], format=fmt.oxigraph)
    path = tmp_path / f"graph{fmt.extension}"
    path.write_bytes(data)
    assert by_extension(path) is fmt
    parsed = Dataset()
    parsed.parse(data=data.decode("utf-8"), format=fmt.rdflib)
    assert len(parsed) == 1 or len(list(parsed.quads())) == 1


def test_extensions_any_case_and_unknown():
    assert by_extension("a/B.TRIG") is RDF_FORMATS["trig"]
    assert by_extension("facts.csv") is None
    assert extensions() == ".ttl, .trig, .nq, .nt, .jsonld"


def test_every_written_format_is_in_the_table():
    rdf = set(export.FORMATS) - set(formats.NETWORK_FORMATS)
    assert rdf <= set(RDF_FORMATS) and set(DUMP_FORMATS) == rdf
    assert set(formats.NETWORK_FORMATS) <= set(export.FORMATS)  # each network format has its writer
