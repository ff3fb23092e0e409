"""kg.store.cache: each graph's sorted N-Quads, and a journal that is trusted only when whole."""

from __future__ import annotations

import pyoxigraph as ox
import pytest

from kg.errors import StoreError
from kg.store.cache import EVERY_GRAPH, Cache, with_graph

G = ox.NamedNode("https://kg.example.org/graph/a")
LINES = [
    b'<https://kg.example.org/id/x> <https://schema.org/name> "x .\\n y" .',
    b"<https://kg.example.org/id/x> <https://schema.org/url> <https://e.org/> .",
]


def test_with_graph_puts_each_line_in_the_graph_even_with_an_escaped_newline():
    text = with_graph(LINES, str(G).encode())
    assert [quad.graph_name for quad in ox.parse(text, format=ox.RdfFormat.N_QUADS)] == [G, G]
    assert with_graph(LINES, None).count(b"\n") == 2 and with_graph([], b"<g>") == b""


def test_write_read_and_remove(tmp_path):
    cache = Cache(tmp_path)
    cache.folder.mkdir()
    assert cache.read(G) is None
    cache.write(G, LINES)
    assert cache.read(G) == with_graph(LINES, str(G).encode())
    cache.write(G, [])
    assert cache.read(G) is None and not list(cache.folder.iterdir())


def test_the_journal_names_pending_graphs_until_cleared(tmp_path):
    cache = Cache(tmp_path)
    assert cache.pending() == frozenset()
    cache.mark_pending(G)
    cache.mark_pending(ox.NamedNode("https://kg.example.org/graph/b"))
    assert cache.pending() == {G.value, "https://kg.example.org/graph/b"}
    cache.clear_pending()
    assert cache.pending() == frozenset() and not cache.journal.exists()


@pytest.mark.parametrize("garbage", [b"\xff\xfe", b"no iri here\n"])
def test_a_damaged_journal_makes_every_graph_suspect(tmp_path, garbage):
    cache = Cache(tmp_path)
    cache.journal.write_bytes(garbage)
    assert cache.pending() is EVERY_GRAPH and "anything" in cache.pending()


def test_a_folder_in_the_journal_place_that_cannot_go_is_a_store_error(tmp_path):
    cache = Cache(tmp_path)
    cache.journal.mkdir()
    (cache.journal / "file").write_text("x")
    with pytest.raises(StoreError, match="is a folder, not kg's pending file"):
        cache.clear_pending()
