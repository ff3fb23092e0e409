"""kg.store.cache: each graph's sorted N-Quads, and a journal that is trusted only when whole."""

from __future__ import annotations

import pyoxigraph as ox
import pytest

from kg.errors import StoreError
from kg.store.cache import EVERY_GRAPH, Cache, DamagedCacheFile, with_graph

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
    assert cache.file(G).read_bytes().splitlines()[-1].startswith(b"# sha256 ")
    cache.write(G, [])
    assert cache.read(G) is None and not list(cache.folder.iterdir())


def test_the_journal_names_pending_graphs_until_cleared(tmp_path):
    cache = Cache(tmp_path)
    assert cache.pending() == frozenset()
    cache.mark_pending([G])
    cache.mark_pending([ox.NamedNode("https://kg.example.org/graph/b"), ox.NamedNode("https://kg.example.org/graph/c")])
    assert cache.pending() == {G.value, "https://kg.example.org/graph/b", "https://kg.example.org/graph/c"}
    cache.clear_pending()
    assert cache.pending() == frozenset() and not cache.journal.exists()


def test_clearing_the_journal_removes_temporaries_a_killed_writer_left(tmp_path):
    cache = Cache(tmp_path)
    cache.folder.mkdir()
    cache.write(G, LINES)
    left = [tmp_path / ".pending.k1ll3d.tmp", cache.folder / f".{cache.file(G).name}.k1ll3d.tmp"]
    for path in left:
        path.write_bytes(b"half")
    cache.mark_pending([G])
    cache.clear_pending()
    assert [path.name for path in left if path.exists()] == []
    assert cache.read(G) == with_graph(LINES, str(G).encode())  # the file itself stays


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


BODY = with_graph(LINES, str(G).encode())
OTHER = ox.NamedNode("https://kg.example.org/graph/b")


@pytest.mark.parametrize(
    "damage",
    [
        lambda data: data[: len(BODY) // 2],  # truncated
        lambda data: data[:-1],  # the checksum line cut short
        lambda data: b"",  # emptied
        lambda data: b"\x00\xffgarbage" * 20,
        lambda data: data.replace(b"x .", b"y ."),  # a byte changed, same length
        lambda data: (
            data + b"<https://e.org/s> <https://e.org/p> <https://e.org/o> <https://kg.example.org/graph/a> .\n"
        ),
        lambda data: data.splitlines(keepends=True)[0] + data,  # a line doubled
        lambda data: BODY,  # written by a kg that wrote no checksum
    ],
    ids=["truncated", "checksum-cut", "empty", "garbage", "byte-changed", "line-appended", "line-doubled", "old"],
)
def test_a_damaged_file_fails_its_checksum(tmp_path, damage):
    cache = Cache(tmp_path)
    cache.folder.mkdir()
    cache.write(G, LINES)
    cache.file(G).write_bytes(damage(cache.file(G).read_bytes()))
    with pytest.raises(DamagedCacheFile, match="checksum does not match"):
        cache.read(G)


def test_a_file_moved_to_another_graphs_name_fails_its_checksum(tmp_path):
    cache = Cache(tmp_path)
    cache.folder.mkdir()
    cache.write(G, LINES)
    cache.file(G).rename(cache.file(OTHER))
    with pytest.raises(DamagedCacheFile):
        cache.read(OTHER)


def test_a_folder_in_a_files_place_is_damage_not_a_crash(tmp_path):
    cache = Cache(tmp_path)
    cache.file(G).mkdir(parents=True)
    with pytest.raises(DamagedCacheFile):
        cache.read(G)
