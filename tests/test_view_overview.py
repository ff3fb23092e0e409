"""kg.view.select, kg.view.layout and kg.view.assets: what the overview shows and where."""

from __future__ import annotations

import json
import math

import networkx as nx
import pytest

import kg.view.assets
from kg.errors import OutputError
from kg.view.layout import overview_positions, story_pages, story_positions
from kg.view.select import LABELLED, TINY, overview, structured_subgraph

ID = "https://kg.example.org/id/"
ART = "https://kg.example.org/article/"


def newsroom() -> nx.MultiDiGraph:
    """Three stories of six linked names each, a name shared by two of them, concepts that
    link two names or only one, and a dust of lone names and pairs."""
    G = nx.MultiDiGraph(
        articles=json.dumps(
            {
                ART + f"a{i}": {
                    "id": f"a{i}",
                    "headline": f"Story {i}",
                    "date": f"2019-0{i}-01",
                    "url": "",
                    "publisher": "Wire",
                }
                for i in (1, 2, 3)
            }
        )
    )

    def node(key, cls="Person", articles=("a1",)):
        G.add_node(
            ID + key,
            label=key.replace("-", " ").title(),
            cls=cls,
            articles=json.dumps([ART + a for a in articles]),
            aliases="[]",
            attributes="[]",
        )

    def edge(s, o):
        G.add_edge(ID + s, ID + o, key="p", predicate="p", label="met", confidence=0.9, sources="[]")

    for story in (1, 2, 3):
        keys = [f"s{story}-{i}" for i in range(6)]
        for key in keys:
            node(key, articles=(f"a{story}",))
        for i, key in enumerate(keys[1:]):
            edge(keys[0], key)
            edge(key, keys[(i + 2) % 5 + 1])
    node("bridge", articles=("a1", "a2"))
    edge("bridge", "s1-0")
    edge("bridge", "s2-0")
    node("linking-phrase", cls="Concept")
    edge("s1-1", "linking-phrase")
    edge("linking-phrase", "s3-1")
    node("lone-phrase", cls="Concept")
    edge("s1-2", "lone-phrase")
    for i in range(30):
        node(f"dust-{i}", articles=("a3",))
    for i in range(0, 30, 3):  # ten pairs, ten lone names
        edge(f"dust-{i}", f"dust-{i + 1}")
    return G


def test_a_multi_article_overview_folds_dust_and_lone_concepts():
    G = newsroom()
    shape = overview(G, articles=3)
    folded = {n.removeprefix(ID) for n in shape.folded}
    assert folded == {"lone-phrase"} | {f"dust-{i}" for i in range(30)}
    assert shape.small_groups == 20  # ten pairs and ten lone names, each of at most TINY
    assert TINY == 2
    assert all(shape.community[n] == -1 for n in shape.folded)
    assert ID + "linking-phrase" not in shape.folded  # it links two names


def test_one_article_or_a_small_graph_folds_nothing():
    G = newsroom()
    assert overview(G, articles=1).folded == frozenset()
    small = G.subgraph([n for n in G if "dust" not in n]).copy()
    assert len(small) <= 40 and overview(small, articles=3).folded == frozenset()
    assert overview(small, articles=3).central == frozenset(small)  # every one labelled


def test_communities_follow_the_stories():
    shape = overview(newsroom(), articles=3)
    for story in (1, 2, 3):
        assert len({shape.community[ID + f"s{story}-{i}"] for i in range(6)}) == 1
    assert len({shape.community[ID + f"s{story}-0"] for story in (1, 2, 3)}) == 3


def test_central_entities_are_names_ranked_by_pagerank():
    G = newsroom()
    for i in range(30):  # enough entities that only the top LABELLED are labelled
        G.add_node(ID + f"c{i}", label=f"C{i}", cls="Person", articles="[]", aliases="[]", attributes="[]")
        G.add_edge(ID + "s1-0", ID + f"c{i}", key="p", predicate="p", label="met")
    shape = overview(G, articles=3)
    assert len(shape.central) == LABELLED
    assert ID + "s1-0" in shape.central  # the hub
    assert not shape.central & shape.folded
    assert ID + "linking-phrase" not in shape.central  # a concept is labelled on zoom only


def test_overview_is_the_same_whatever_the_insertion_order():
    G = newsroom()
    shuffled = nx.MultiDiGraph(**G.graph)
    shuffled.add_nodes_from(reversed(list(G.nodes(data=True))))
    shuffled.add_edges_from(reversed(list(G.edges(keys=True, data=True))))
    a, b = overview(G, articles=3), overview(shuffled, articles=3)
    assert a.community == b.community and a.central == b.central
    assert overview_positions(G, a) == overview_positions(shuffled, b)


def test_communities_are_laid_out_apart():
    G = newsroom()
    shape = overview(G, articles=3)
    positions = overview_positions(G, shape)
    assert set(positions) == set(G)
    centres = {}
    for number in range(3):
        members = [n for n, c in shape.community.items() if c == number]
        xs, ys = zip(*(positions[n] for n in members), strict=True)
        centre = (sum(xs) / len(xs), sum(ys) / len(ys))
        radius = max(math.dist(centre, positions[n]) for n in members)
        centres[number] = (centre, radius)
    for i in range(3):
        for j in range(i + 1, 3):
            (ci, ri), (cj, rj) = centres[i], centres[j]
            assert math.dist(ci, cj) > ri + rj  # the discs do not overlap
    lowest = max(y for n, (x, y) in positions.items() if n not in shape.folded)
    assert all(positions[n][1] > lowest for n in shape.folded)  # folded ones wait below


def test_story_positions_put_each_entity_by_its_article():
    G = newsroom()
    articles = {ART + f"a{i}": {"id": f"a{i}", "date": f"2019-0{i}-01"} for i in (1, 2, 3)}
    mentions = {n: json.loads(G.nodes[n]["articles"]) for n in G}
    positions = story_positions(G, articles, mentions)
    a1, a2 = positions[ART + "a1"], positions[ART + "a2"]
    own = math.dist(positions[ID + "s1-3"], a1)
    assert own < math.dist(positions[ID + "s1-3"], a2)
    bridge = positions[ID + "bridge"]
    assert math.dist(bridge, a1) < math.dist(a1, a2) and math.dist(bridge, a2) < math.dist(a1, a2)
    assert len(set(positions.values())) == len(positions)  # no two on one spot


def test_story_pages_put_the_stories_sharing_most_entities_first():
    articles = {f"a{i}": {"date": f"2019-01-{10 + i}"} for i in range(5)}
    mentions = {
        "shared": ["a3", "a4"],  # a3 and a4 share one entity
        "also": ["a4", "a0"],  # a4 shares a second one
        "a1 only": ["a1"],
        "a1 too": ["a1"],  # a1 has the most entities of the others
        "a2 only": ["a2"],
        "unknown": ["a9"],  # of an article not shown: ignored
    }
    # a4 shares two; a0 and a3 one each (a0 the earlier); then a1, with more entities than a2
    assert story_pages(articles, mentions, size=2) == [["a4", "a0"], ["a3", "a1"], ["a2"]]
    assert story_pages({}, {}) == [[]]  # always one page


def test_structured_subgraph_prefers_structure_and_remembers_the_whole():
    G = newsroom()
    shape = overview(G, articles=3)
    cut = structured_subgraph(G, limit=10, articles=3)
    assert len([n for n in cut if n not in shape.folded]) == 10  # structure first ...
    assert len([n for n in cut if n in shape.folded]) == 5  # ... and half as many folded, to show
    best = sorted((n for n in G if n not in shape.folded), key=lambda n: -shape.rank[n])[:10]
    assert set(best) <= set(cut)
    assert cut.graph["whole_entities"] == G.number_of_nodes()
    assert cut.graph["whole_relations"] == G.number_of_edges()


def test_vendored_vis_network_is_checked_against_its_digest(monkeypatch):
    script, style = kg.view.assets.vis_network()
    assert "vis-network" in script[:200] and "@version 9.1.2" in script[:400]
    assert "sourceMappingURL" not in script and ".vis-network" in style
    read = kg.view.assets.template
    monkeypatch.setattr(
        kg.view.assets, "template", lambda name: read(name) + ("/* edited */" if name.endswith(".js") else "")
    )
    with pytest.raises(OutputError, match="not the vendored vis-network 9.1.2"):
        kg.view.assets.vis_network()


def test_one_piece_counts_the_shown_entities_only():
    """The rule the layout and the page's physics share: folded entities (-1) do not count."""
    from kg.view.layout import ONE_LAYOUT, one_piece
    from kg.view.select import Overview

    def shape(shown: int, folded: int) -> Overview:
        community = {f"s{i}": i % 3 for i in range(shown)} | {f"f{i}": -1 for i in range(folded)}
        return Overview(community, frozenset(), frozenset(f"f{i}" for i in range(folded)), 0)

    assert one_piece(shape(ONE_LAYOUT, folded=500))
    assert not one_piece(shape(ONE_LAYOUT + 1, folded=0))
