"""Who a short name is: a surname or given name shared by two people of a story names neither."""

from __future__ import annotations

from hand_extraction import Text, triples


def _brothers(third: str) -> Text:
    """Two brothers of one surname, then ``third`` (a sentence about "... Kessler ...")."""
    return Text(f"Rolf Kessler founded the studio with his brother Anton Kessler. {third}")


def test_a_surname_two_people_share_names_neither():
    t = _brothers("Kessler said the tour would go on.")
    rolf = t.mention("Rolf Kessler", "name", "Person")
    anton = t.mention("Anton Kessler", "name", "Person")
    kessler = t.mention("Kessler", "name", "Person", nth=2)
    tour = t.mention("the tour", "nominal", "Concept", label="tour")
    t.claim(rolf, None, "found", anton)
    t.claim(kessler, None, "say", tour, extractor="speech")
    graph = t.resolve()
    assert [f.predicate_label for f in graph.facts] == ["found"]  # the "said" of "Kessler" is dropped
    assert sorted(e.label for e in graph.entities if e.cls == "Person") == ["Anton Kessler", "Rolf Kessler"]
    assert all("Kessler" not in e.aliases for e in graph.entities)


def test_a_surname_one_person_has_still_folds():
    t = Text("Rolf Kessler founded the studio with Anton Brandt. Kessler said the tour would go on.")
    t.mention("Rolf Kessler", "name", "Person")
    t.mention("Anton Brandt", "name", "Person")
    kessler = t.mention("Kessler", "name", "Person", nth=1)
    tour = t.mention("the tour", "nominal", "Concept", label="tour")
    t.claim(kessler, None, "say", tour, extractor="speech")
    assert [f[:3] for f in triples(t.resolve())] == [("person/rolf-kessler", "say", "concept/a1--tour")]


def test_an_honorific_tells_which_of_two_people_a_surname_is():
    t = Text("Karen Holt and her husband Peter Holt were at home. Mrs Holt said the door was open.")
    karen = t.mention("Karen Holt", "name", "Person")
    t.mention("Peter Holt", "name", "Person")
    holt = t.mention("Holt", "name", "Person", nth=2)
    door = t.mention("the door", "nominal", "Concept", label="door")
    t.claim(holt, None, "say", door, extractor="speech")
    t.claim(karen, None, "be at", t.mention("home", "nominal", "Concept"))
    facts = {f[1]: f[0] for f in triples(t.resolve())}
    assert facts == {"be at": "person/karen-holt", "say": "person/karen-holt"}


def test_a_shared_given_name_names_neither():
    t = Text("Maria Lind met Maria Costa in Oslo. Later Maria signed the deal.")
    t.mention("Maria Lind", "name", "Person")
    t.mention("Maria Costa", "name", "Person")
    maria = t.mention("Maria", "name", "Person", nth=2)
    t.claim(maria, None, "sign", t.mention("the deal", "nominal", "Concept", label="deal"))
    assert triples(t.resolve()) == []


def test_a_band_named_after_its_members_stays_the_band():
    t = Text("The band Kessler played first. Rolf Kessler and Anton Kessler wrote the songs. Kessler toured Japan.")
    band = t.mention("Kessler", "name", "Organization", descriptors=("band",))
    t.mention("Rolf Kessler", "name", "Person")
    t.mention("Anton Kessler", "name", "Person")
    toured = t.mention("Kessler", "name", "Organization", nth=3)
    t.claim(toured, None, "tour", t.mention("Japan", "name", "Country"))
    t.claim(band, None, "play", None, literal="first")
    subjects = {f[0] for f in triples(t.resolve())}
    assert subjects == {"organization/kessler"}


def test_a_surname_the_story_gave_one_person_before_the_others_came_stays_theirs():
    t = Text("Nora Brandt died on Monday. Brandt was a granddaughter of Otto Brandt. Brandt wrote ten novels.")
    t.mention("Nora Brandt", "name", "Person")
    first = t.mention("Brandt", "name", "Person", nth=1)
    t.mention("Otto Brandt", "name", "Person")
    wrote = t.mention("Brandt", "name", "Person", nth=3)
    t.claim(first, None, "be granddaughter of", 2)
    t.claim(wrote, None, "write", t.mention("ten novels", "nominal", "Concept", label="ten novels"))
    facts = {f[1]: f[0] for f in triples(t.resolve())}
    assert facts == {"be granddaughter of": "person/nora-brandt", "write": "person/nora-brandt"}
