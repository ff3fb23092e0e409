"""kg.resolve: mentions to entities and claims to facts, on hand-made extractions."""

from __future__ import annotations

import random
from dataclasses import replace

import pytest

from kg.model import Article, ArticleGraph, Claim, Entity, Fact, Span
from kg.resolve import RESOLUTION_WEIGHT, merge_short_names, resolve_article

from hand_extraction import Text, entity, triples


def test_short_name_joins_the_full_name_and_becomes_an_alias():
    t = Text("Xi Jinping met Joe Biden. Xi praised Biden.")
    xi_jinping = t.mention("Xi Jinping", "name", "Person")
    t.mention("Joe Biden", "name", "Person")
    xi = t.mention("Xi", "name", "Person", nth=1)
    biden = t.mention("Biden", "name", "Person", nth=1)
    t.claim(xi, None, "praise", biden)
    t.claim(xi_jinping, None, "meet", 1)
    graph = t.resolve()
    assert graph == ArticleGraph(
        article=t.article,
        entities=(
            Entity(key="person/joe-biden", cls="Person", label="Joe Biden", aliases=("Biden",)),
            Entity(key="person/xi-jinping", cls="Person", label="Xi Jinping", aliases=("Xi",)),
        ),
        facts=(
            Fact(
                subject="person/xi-jinping",
                predicate="",
                predicate_label="meet",
                obj="person/joe-biden",
                literal=None,
                article="a1",
                sentence=Span(0, 25, "Xi Jinping met Joe Biden."),
                confidence=0.7,
                extractor="clause",
            ),
            Fact(
                subject="person/xi-jinping",
                predicate="",
                predicate_label="praise",
                obj="person/joe-biden",
                literal=None,
                article="a1",
                sentence=Span(26, 43, "Xi praised Biden."),
                confidence=0.7,
                extractor="clause",
            ),
        ),
    )


def test_description_resolves_to_the_person_holding_that_title():
    t = Text("Chinese President Xi Jinping met US President Joe Biden. The Chinese president said talks went well.")
    t.mention("Chinese", "name", "Country", label="China", head="chinese")
    t.mention("Xi Jinping", "name", "Person", titles=("President",), affiliation="China")
    t.mention("US", "name", "Country", label="United States", head="us")
    t.mention("Joe Biden", "name", "Person", titles=("President",), affiliation="United States")
    t.mention("Chinese", "name", "Country", label="China", head="chinese", nth=1)
    the_president = t.mention(
        "The Chinese president", "description", "Person", head="president", titles=("president",), affiliation="China"
    )
    t.claim(the_president, "said", "say", literal="talks went well", confidence=0.8, extractor="speech")
    graph = t.resolve()
    # Joe Biden is nearer and also a president, but of another country
    assert triples(graph) == [("person/xi-jinping", "said", "talks went well", 0.72, "speech")]
    assert entity(graph, "person/xi-jinping") == Entity(
        key="person/xi-jinping",
        cls="Person",
        label="Xi Jinping",
        aliases=("the Chinese president",),
        titles=("President",),
    )
    assert entity(graph, "country/china").aliases == ("Chinese",)


def test_description_without_a_matching_title_is_dropped():
    t = Text("Xi Jinping met Joe Biden. The minister said talks went well.")
    t.mention("Xi Jinping", "name", "Person", titles=("President",))
    t.mention("Joe Biden", "name", "Person")
    minister = t.mention("The minister", "description", "Person", head="minister", titles=("minister",))
    t.claim(minister, "said", "say", literal="talks went well", confidence=0.8, extractor="speech")
    assert t.resolve().facts == ()


def test_the_country_is_the_most_recent_country():
    t = Text("Xi Jinping visited France and Germany. The country signed a deal.")
    t.mention("Xi Jinping", "name", "Person")
    t.mention("France", "name", "Country")
    t.mention("Germany", "name", "Country")
    country = t.mention("The country", "description", "Country", head="country")
    deal = t.mention("deal", "nominal", "Concept")
    t.claim(country, None, "sign", deal)
    assert triples(t.resolve()) == [("country/germany", "sign", "concept/a1--deal", 0.63, "clause")]


@pytest.mark.parametrize("filler, resolved", [(3, True), (4, False)])
def test_a_description_reaches_four_sentences_back(filler, resolved):
    t = Text("France won. " + "It rained. " * filler + "The country celebrated the win.")
    t.mention("France", "name", "Country")
    country = t.mention("The country", "description", "Country", head="country")
    win = t.mention("win", "nominal", "Concept")
    t.claim(country, None, "celebrate", win)
    assert triples(t.resolve()) == (
        [("country/france", "celebrate", "concept/a1--win", 0.63, "clause")] if resolved else []
    )


@pytest.mark.parametrize("word, key", [("latter", "country/united-states"), ("former", "country/china")])
def test_the_latter_and_the_former_pick_from_a_coordinated_pair(word, key):
    t = Text(f"Talks between China and the US stalled. The {word} imposed sanctions on Huawei.")
    assert t.article.text[t.span("China").end : t.span("US").start] == " and the "
    t.mention("China", "name", "Country")
    t.mention("US", "name", "Country", label="United States", head="us")
    pronoun = t.mention(f"The {word}", "description", "*", head=word)
    huawei = t.mention("Huawei", "name", "Organization")
    t.claim(pronoun, "targets", "impose sanction on", huawei)
    assert triples(t.resolve()) == [(key, "targets", "organization/huawei", 0.63, "clause")]


def test_the_latter_is_not_an_alias():
    # "the latter" refers back; it is not a name the United States goes by
    t = Text("Talks between China and the US stalled. The latter imposed sanctions on Huawei.")
    t.mention("China", "name", "Country")
    t.mention("US", "name", "Country", label="United States", head="us")
    latter = t.mention("The latter", "description", "*", head="latter")
    huawei = t.mention("Huawei", "name", "Organization")
    t.claim(latter, "targets", "impose sanction on", huawei)
    assert entity(t.resolve(), "country/united-states").aliases == ("US",)


def test_the_latter_needs_coordination():
    t = Text("China praised the US. The latter imposed sanctions on Huawei.")
    t.mention("China", "name", "Country")
    t.mention("US", "name", "Country", label="United States", head="us")
    latter = t.mention("The latter", "description", "*", head="latter")
    huawei = t.mention("Huawei", "name", "Organization")
    t.claim(latter, "targets", "impose sanction on", huawei)
    assert t.resolve().facts == ()


def test_he_is_the_last_person_and_lowers_confidence():
    t = Text("Xi Jinping met the press. He praised the talks.")
    t.mention("Xi Jinping", "name", "Person")
    he = t.mention("He", "pronoun", "Person", head="he")
    talks = t.mention("talks", "nominal", "Event", head="talks")
    t.claim(he, None, "praise", talks)
    graph = t.resolve()
    assert triples(graph) == [("person/xi-jinping", "praise", "event/a1--talks", 0.595, "clause")]
    assert graph.facts[0].confidence == round(0.7 * RESOLUTION_WEIGHT["pronoun"], 3)


def test_unresolvable_pronoun_drops_its_claims():
    t = Text("The talks ended. He praised the talks. It grew.")
    t.mention("talks", "nominal", "Event", head="talks")
    he = t.mention("He", "pronoun", "Person", head="he")
    talks = t.mention("talks", "nominal", "Event", head="talks", nth=1)
    it = t.mention("It", "pronoun", "*", head="it")
    t.claim(he, None, "praise", talks)
    t.claim(it, None, "grow", literal="fast")
    graph = t.resolve()
    assert graph.facts == ()
    assert graph.entities == ()  # an article-scoped node in no fact is not kept


def test_pronoun_reaches_two_sentences_back():
    t = Text("Xi Jinping arrived. It rained. It rained. He spoke.")
    t.mention("Xi Jinping", "name", "Person")
    he = t.mention("He", "pronoun", "Person", head="he")
    t.claim(he, None, "speak", literal="briefly")
    assert t.resolve().facts == ()


def test_a_fact_about_itself_is_dropped():
    t = Text("Xi Jinping praised Xi.")
    xi_jinping = t.mention("Xi Jinping", "name", "Person")
    xi = t.mention("Xi", "name", "Person", nth=1)
    t.claim(xi_jinping, None, "praise", xi)
    graph = t.resolve()
    assert graph.facts == ()
    assert [e.key for e in graph.entities] == ["person/xi-jinping"]


@pytest.mark.parametrize("order", [1, -1])
def test_duplicate_facts_in_one_sentence_keep_the_higher_confidence(order):
    t = Text("Xi Jinping said at the symposium that China will open up.")
    xi = t.mention("Xi Jinping", "name", "Person")
    symposium = t.mention("symposium", "nominal", "Event")
    claims = [
        Claim(xi, "spokeAt", "say at", symposium, None, 0, 0.6, "clause-prep"),
        Claim(xi, "spokeAt", "spoke at", symposium, None, 0, 0.75, "speech-venue"),
    ]
    t.claims = claims[::order]
    graph = t.resolve()
    assert triples(graph) == [("person/xi-jinping", "spokeAt", "event/a1--symposium", 0.75, "speech-venue")]
    assert graph.facts[0].predicate_label == "spoke at"


def test_the_same_fact_in_two_sentences_is_kept_twice():
    t = Text("Xi Jinping visited France. Xi Jinping visited France.")
    for nth in (0, 1):
        xi = t.mention("Xi Jinping", "name", "Person", nth=nth)
        t.claim(xi, "visited", "visit", t.mention("France", "name", "Country", nth=nth))
    assert [f.sentence.start for f in t.resolve().facts] == [0, 27]


def test_common_nouns_events_and_relative_dates_are_scoped_to_the_article():
    t = Text(
        "Xi Jinping spoke at the summit on Monday. Officials met in March 2024. Li Qiang came to Summit 2024. "
        "Wang Yi arrived."
    )
    xi = t.mention("Xi Jinping", "name", "Person")
    summit = t.mention("summit", "nominal", "Event")
    monday = t.mention("Monday", "name", "TimeExpression")
    officials = t.mention("Officials", "nominal", "Concept", head="official")
    march = t.mention("March 2024", "name", "TimeExpression")
    li = t.mention("Li Qiang", "name", "Person")
    summit_2024 = t.mention("Summit 2024", "name", "Event")  # dated: the same event in every article
    t.mention("Wang Yi", "name", "Person")
    t.claim(xi, "spokeAt", "speak at", summit)
    t.claim(summit, "onDate", "took place on", monday)
    t.claim(officials, "onDate", "meet in", march)
    t.claim(li, None, "come to", summit_2024)
    graph = t.resolve()
    assert [(e.key, e.scope) for e in graph.entities] == [
        ("concept/a1--officials", "a1"),
        ("event/a1--summit", "a1"),
        ("event/summit-2024", None),
        ("person/li-qiang", None),
        ("person/wang-yi", None),  # a named person is kept though in no fact
        ("person/xi-jinping", None),
        ("timeexpression/a1--monday", "a1"),
        ("timeexpression/march-2024", None),
    ]


def test_scoped_node_in_no_fact_is_not_kept():
    t = Text("Officials met on Monday.")
    t.mention("Officials", "nominal", "Concept", head="official")
    t.mention("Monday", "name", "TimeExpression")
    assert t.resolve().entities == ()


def test_same_nominal_in_two_articles_gives_two_nodes():
    keys = []
    for article_id in ("a1", "a2"):
        t = Text("Xi Jinping spoke at the summit.", article_id)
        t.claim(
            t.mention("Xi Jinping", "name", "Person"), "spokeAt", "speak at", t.mention("summit", "nominal", "Event")
        )
        keys.append(t.resolve().facts[0].obj)
    assert keys == ["event/a1--summit", "event/a2--summit"]


def test_repeated_event_noun_is_one_event():
    t = Text("Xi Jinping attended the annual symposium. The symposium ended.")
    xi = t.mention("Xi Jinping", "name", "Person")
    first = t.mention("annual symposium", "nominal", "Event", head="symposium")
    second = t.mention("symposium", "nominal", "Event", nth=1)
    t.claim(xi, None, "attend", first)
    t.claim(second, None, "end", literal="early")
    assert triples(t.resolve()) == [
        ("person/xi-jinping", "attend", "event/a1--annual-symposium", 0.7, "clause"),
        ("event/a1--annual-symposium", "end", "early", 0.7, "clause"),
    ]


def test_resolution_is_deterministic():
    t = Text("Xi Jinping met Joe Biden. He praised the talks. Xi said the talks went well.")
    t.mention("Xi Jinping", "name", "Person")
    biden = t.mention("Joe Biden", "name", "Person")
    he = t.mention("He", "pronoun", "Person", head="he")
    talks = t.mention("talks", "nominal", "Event", head="talks")
    xi = t.mention("Xi", "name", "Person", nth=1)
    t.claim(he, None, "praise", talks)
    t.claim(xi, "said", "say", literal="the talks went well", confidence=0.8, extractor="speech")
    t.claim(0, None, "meet", biden)
    extraction = t.extraction()
    first = resolve_article(extraction)
    assert resolve_article(extraction) == first
    shuffled = list(extraction.mentions)
    random.Random(7).shuffle(shuffled)
    assert resolve_article(replace(extraction, mentions=tuple(shuffled))) == first


# -- across articles ---------------------------------------------------------------------------------


def graph_of(article_id: str, entities: list[Entity], facts: list[tuple[str, str, str | None, str | None]]):
    article = Article(article_id, "T", "Some text.", f"{article_id}.txt")
    sentence = Span(0, 10, "Some text.")
    return ArticleGraph(
        article,
        tuple(sorted(entities, key=lambda e: e.key)),
        tuple(Fact(s, p, p, o, literal, article_id, sentence, 0.7, "clause") for s, p, o, literal in facts),
    )


XI_JINPING = Entity("person/xi-jinping", "Person", "Xi Jinping", titles=("President",))
XI = Entity("person/xi", "Person", "Xi")


def test_one_word_name_folds_into_the_unique_full_name_of_another_article():
    a = graph_of("a1", [XI_JINPING], [("person/xi-jinping", "said", None, "hello")])
    b = graph_of("b1", [XI], [("person/xi", "said", None, "goodbye")])
    merged_a, merged_b = merge_short_names([a, b])
    assert merged_a == a
    assert merged_b.entities == (
        Entity("person/xi-jinping", "Person", "Xi Jinping", aliases=("Xi",), titles=("President",)),
    )
    assert [(f.subject, f.literal) for f in merged_b.facts] == [("person/xi-jinping", "goodbye")]


def test_ambiguous_one_word_name_stays_apart():
    a = graph_of("a1", [XI_JINPING, Entity("person/xi-mingze", "Person", "Xi Mingze")], [])
    b = graph_of("b1", [XI], [("person/xi", "said", None, "goodbye")])
    assert merge_short_names([a, b]) == [a, b]


def test_one_word_name_of_another_class_stays_apart():
    a = graph_of("a1", [XI_JINPING], [])
    b = graph_of("b1", [Entity("organization/xi", "Organization", "Xi")], [])
    assert merge_short_names([a, b]) == [a, b]


def test_acronym_folds_into_the_organisation_it_abbreviates():
    who = Entity("organization/world-health-organization", "Organization", "World Health Organization")
    a = graph_of("a1", [who], [])
    b = graph_of("b1", [Entity("organization/who", "Organization", "WHO")], [])
    assert merge_short_names([a, b])[1].entities == (replace(who, aliases=("WHO",)),)


def test_merging_drops_a_fact_that_became_about_itself():
    a = graph_of("a1", [XI_JINPING], [])
    b = graph_of(
        "b1",
        [XI, XI_JINPING],
        [("person/xi", "praise", "person/xi-jinping", None), ("person/xi", "said", None, "hello")],
    )
    merged_b = merge_short_names([a, b])[1]
    assert [(f.subject, f.predicate, f.obj, f.literal) for f in merged_b.facts] == [
        ("person/xi-jinping", "said", None, "hello")
    ]
    assert [e.key for e in merged_b.entities] == ["person/xi-jinping"]


def test_one_name_in_two_classes_across_articles_is_one_node_of_the_majority_class():
    person = Entity("person/dana-whitfield", "Person", "Dana Whitfield")
    organization = Entity("organization/dana-whitfield", "Organization", "Dana Whitfield")
    graphs = [
        graph_of("a1", [person], [("person/dana-whitfield", "said", None, "yes")]),
        graph_of("b1", [organization], [("organization/dana-whitfield", "said", None, "no")]),
        graph_of("c1", [person], []),
    ]
    merged = merge_short_names(graphs)
    assert [e.key for g in merged for e in g.entities] == ["person/dana-whitfield"] * 3
    assert [(f.subject, f.literal) for f in merged[1].facts] == [("person/dana-whitfield", "no")]
    for order in ([2, 1, 0], [1, 0, 2], [1, 2, 0]):  # the same decision whatever the order
        reordered = merge_short_names([graphs[i] for i in order])
        assert {e.key for g in reordered for e in g.entities} == {"person/dana-whitfield"}


def test_case_variants_of_a_name_across_articles_get_one_label():
    upper = Entity("organization/senate", "Organization", "Senate")
    lower = Entity("organization/senate", "Organization", "senate", aliases=("Senate",))
    for graphs in (
        [graph_of("a1", [lower], []), graph_of("b1", [upper], [])],
        [graph_of("b1", [upper], []), graph_of("a1", [lower], [])],
    ):
        merged = merge_short_names(graphs)
        assert {(e.label, e.aliases) for g in merged for e in g.entities} == {("Senate", ())}


# -- class by evidence, gender, descriptions ----------------------------------------------------------


def test_full_name_with_a_given_name_outvotes_its_tag_and_its_short_names():
    t = Text("Judge Harold Finch ruled. Finch wrote. Finch said no.")
    t.mention("Harold Finch", "name", "Organization")
    first = t.mention("Finch", "name", "Place", nth=1)
    t.mention("Finch", "name", "Place", nth=2)
    t.claim(first, None, "write", literal="a ruling")
    graph = t.resolve()
    assert [(e.key, e.aliases) for e in graph.entities] == [("person/harold-finch", ("Finch",))]


def test_she_skips_a_more_recent_man_for_the_woman():
    t = Text("Laura Grant met Tom Hale. She praised the plan.")
    t.mention("Laura Grant", "name", "Person")
    t.mention("Tom Hale", "name", "Person")
    she = t.mention("She", "pronoun", "Person", head="she")
    t.claim(she, None, "praise", literal="the plan")
    assert [f.subject for f in t.resolve().facts] == ["person/laura-grant"]


def test_an_honorific_gives_the_gender_when_the_given_name_is_unknown():
    t = Text("Ms Okonjo met Brian Lowe. She left.")
    t.mention("Okonjo", "name", "Person")
    t.mention("Brian Lowe", "name", "Person")
    she = t.mention("She", "pronoun", "Person", head="she")
    t.claim(she, None, "leave", literal="early")
    assert [f.subject for f in t.resolve().facts] == ["person/okonjo"]


def test_the_last_word_of_a_name_refers_back_to_it():
    t = Text("The Open Records Archive counted 40 cases. The archive said more came.")
    t.mention("Open Records Archive", "name", "Organization")
    archive = t.mention("archive", "nominal", "Concept")
    t.claim(archive, None, "say", literal="more came")
    assert [f.subject for f in t.resolve().facts] == ["organization/open-records-archive"]


def test_a_role_nobody_was_given_refers_to_no_named_person():
    t = Text("Mayor Ann Beck spoke. The gunman fled.")
    t.mention("Ann Beck", "name", "Person", titles=("Mayor",))
    gunman = t.mention("The gunman", "description", "Person", head="gunman")
    t.claim(gunman, None, "flee", literal="north")
    assert [f.subject for f in t.resolve().facts] == ["concept/a1--gunman"]


def test_a_role_the_text_gave_refers_to_that_person():
    t = Text("Criminalist Omar Reyes testified. The criminalist found residue.")
    t.mention("Omar Reyes", "name", "Person", descriptors=("Criminalist",))
    expert = t.mention("The criminalist", "description", "Person", head="criminalist")
    t.claim(expert, None, "find", literal="residue")
    assert [f.subject for f in t.resolve().facts] == ["person/omar-reyes"]


def test_a_longer_name_does_not_join_another_person_through_a_shared_surname():
    t = Text("Robert F. Kennedy ran. Kennedy won. John F. Kennedy was his brother.")
    t.mention("Robert F. Kennedy", "name", "Person")
    t.mention("Kennedy", "name", "Person", nth=1)
    t.mention("John F. Kennedy", "name", "Person")
    keys = sorted(e.key for e in t.resolve().entities)
    assert keys == ["person/john-f-kennedy", "person/robert-f-kennedy"]


def test_a_one_word_name_of_another_tag_folds_into_the_one_longer_name_holding_it():
    t = Text("Inmates left Pine Ridge Correctional Facility. Ridge was full.")
    t.mention("Pine Ridge Correctional Facility", "name", "Place")
    t.mention("Ridge", "name", "Person", nth=1)
    assert [(e.key, e.aliases) for e in t.resolve().entities] == [
        ("place/pine-ridge-correctional-facility", ("Ridge",))
    ]


def test_state_of_a_place_and_the_place_are_one():
    t = Text("Crews reached Oregon. The State of Oregon paid.")
    t.mention("Oregon", "name", "Place")
    t.mention("State of Oregon", "name", "Place")
    assert [(e.key, e.aliases) for e in t.resolve().entities] == [("place/oregon", ("State of Oregon",))]


def test_a_group_in_the_singular_and_the_plural_is_one():
    t = Text("Many Faroese Islanders voted. One Faroese Islander abstained.")
    t.mention("Faroese Islanders", "name", "Group")
    t.mention("Faroese Islander", "name", "Group")
    assert len(t.resolve().entities) == 1


def test_a_name_given_as_another_name_of_the_one_before_is_one_node():
    t = Text("The Harbour Act, also known as the Dock Law, passed. Lena Ortiz, born Lena Marsh, voted.")
    t.mention("Harbour Act", "name", "Law")
    t.mention("Dock Law", "name", "Law")
    t.mention("Lena Ortiz", "name", "Person")
    t.mention("Lena Marsh", "name", "Person")
    assert [(e.key, e.aliases) for e in t.resolve().entities] == [
        ("law/harbour-act", ("Dock Law",)),
        ("person/lena-ortiz", ("Lena Marsh",)),
    ]


def test_two_names_side_by_side_stay_two():
    t = Text("Lena Ortiz, Tom Marsh and others voted.")
    t.mention("Lena Ortiz", "name", "Person")
    t.mention("Tom Marsh", "name", "Person")
    assert len(t.resolve().entities) == 2


def test_a_name_and_the_name_with_an_event_noun_are_one_event():
    t = Text("The ORCA trial began in May. ORCA enrolled 300 people.")
    trial = t.mention("ORCA trial", "nominal", "Event", head="trial")
    t.mention("ORCA", "name", "Organization", nth=1)  # the second "ORCA", after "ORCA trial"
    t.claim(trial, None, "begin", literal="in May")
    graph = t.resolve()
    assert [(e.cls, e.label, e.aliases) for e in graph.entities] == [("Event", "ORCA", ("ORCA trial",))]
    assert graph.entities[0].scope is None  # a named event is one thing in every article


def test_the_kind_of_the_one_named_event_refers_to_it():
    t = Text("Harbour Lights Festival opened. Later the festival closed.")
    t.mention("Harbour Lights Festival", "name", "Event")
    festival = t.mention("festival", "nominal", "Event")
    t.claim(festival, None, "close", literal="late")
    assert [f.subject for f in t.resolve().facts] == ["event/harbour-lights-festival"]


def test_the_title_of_the_one_person_holding_it_refers_to_her():
    t = Text("King Harald Dahl spoke. Then came a vote. Later, the King left.")
    t.mention("Harald Dahl", "name", "Person", titles=("King",))
    king = t.mention("King", "nominal", "Concept", nth=1)
    t.claim(king, None, "leave", literal="early")
    assert [f.subject for f in t.resolve().facts] == ["person/harald-dahl"]


def test_an_ampersand_initialism_folds_into_the_company_it_abbreviates():
    t = Text("E&Y praised it. Ernst & Young said so. PG&E is Pacific Gas and Electric Company.")
    t.mention("E&Y", "name", "Organization")
    t.mention("Ernst & Young", "name", "Organization")
    t.mention("PG&E", "name", "Organization")
    t.mention("Pacific Gas and Electric Company", "name", "Organization")
    assert sorted((e.label, e.aliases) for e in t.resolve().entities) == [
        ("Ernst & Young", ("E&Y",)),
        ("Pacific Gas and Electric Company", ("PG&E",)),
    ]


def test_an_acronym_is_no_ones_surname_and_a_name_inside_an_of_phrase_stays_apart():
    t = Text("They cited Article 9 of the ORBA treaty. ORBA met.")
    t.mention("Article 9 of the ORBA treaty", "name", "Law")
    t.mention("ORBA", "name", "Organization", nth=1)
    assert sorted(e.key for e in t.resolve().entities) == ["law/article-9-of-the-orba-treaty", "organization/orba"]


def test_what_one_is_at_is_a_place_whatever_the_tag():
    t = Text("Troops entered Kafr Dael. A camp at Kafr Dael emptied.")
    t.mention("Kafr Dael", "name", "Person")
    t.mention("Kafr Dael", "name", "Place", nth=1)
    assert [e.cls for e in t.resolve().entities] == ["Place"]


def test_she_skips_a_man_shown_by_the_noun_before_his_name():
    t = Text("Rhea Dunn died, her son Ellis Marr said. She was 90.")
    t.mention("Rhea Dunn", "name", "Person")
    t.mention("Ellis Marr", "name", "Person")
    she = t.mention("She", "pronoun", "Person", head="she")
    t.claim(she, None, "be", literal="90")
    assert [f.subject for f in t.resolve().facts] == ["person/rhea-dunn"]


def test_an_acronym_in_brackets_after_a_name_is_that_name_whatever_its_letters():
    t = Text("The Frente Unido de Trabajadores (FUT) marched. FUT left. Ann Bo met NATO (and Oslo).")
    t.mention("Frente Unido de Trabajadores", "name", "Organization")
    t.mention("FUT", "name", "Organization")
    t.mention("FUT", "name", "Organization", nth=1)
    t.mention("Ann Bo", "name", "Person")
    t.mention("NATO", "name", "Organization")
    graph = t.resolve()
    assert [(e.label, e.aliases) for e in graph.entities] == [
        ("Frente Unido de Trabajadores", ("FUT",)),
        ("NATO", ()),
        ("Ann Bo", ()),
    ]


def test_he_after_a_man_and_a_person_of_unknown_gender_is_neither():
    t = Text("Paul Okoro met Dara Idris. He left.")
    t.mention("Paul Okoro", "name", "Person")
    t.mention("Dara Idris", "name", "Person")  # "Dara" is in no list: gender unknown, may be a man
    he = t.mention("He", "pronoun", "Person", head="he")
    t.claim(he, None, "leave", literal="early")
    assert t.resolve().facts == ()


def test_a_generic_institution_word_does_not_fold_into_another_articles_full_name():
    full = Entity("organization/congress-of-the-philippines", "Organization", "Congress of the Philippines")
    bare = Entity("organization/congress", "Organization", "Congress")
    a, b = graph_of("a1", [full], []), graph_of("b1", [bare], [])
    assert merge_short_names([a, b]) == [a, b]


def test_a_middle_name_tells_two_people_of_one_name_apart_but_a_middle_initial_does_not():
    t = Text("Clara Voss met Clara Hale Voss. John Q. Dent met John Dent.")
    t.mention("Clara Voss", "name", "Person")
    t.mention("Clara Hale Voss", "name", "Person")
    t.mention("John Q. Dent", "name", "Person")
    t.mention("John Dent", "name", "Person")
    assert sorted(e.key for e in t.resolve().entities) == [
        "person/clara-hale-voss",
        "person/clara-voss",
        "person/john-q-dent",
    ]


def test_a_longer_organisation_name_after_its_one_word_form_is_one_node():
    t = Text("Parliament met. The Danish parliament voted.")
    t.mention("Parliament", "name", "Organization")
    t.mention("Danish parliament", "name", "Organization")
    assert [(e.label, e.aliases) for e in t.resolve().entities] == [("Danish parliament", ("Parliament",))]


def test_a_capitalised_organisation_phrase_after_its_one_word_form_is_one_node():
    t = Text("Parliament met. Then the Danish parliament voted.")
    t.mention("Parliament", "name", "Organization")
    later = t.mention("Danish parliament", "nominal", "Organization", head="parliament")
    t.claim(later, None, "vote", literal="yes")
    graph = t.resolve()
    assert [f.subject for f in graph.facts] == ["organization/parliament"]  # the name, not the phrase, labels it
    assert [(e.label, e.aliases) for e in graph.entities] == [("Parliament", ("Danish parliament",))]


def test_a_role_set_beside_a_name_is_that_person():
    t = Text("Yesterday Mara Lind, the defendant, wept.")
    t.mention("Mara Lind", "name", "Person")
    role = t.mention("defendant", "description", "Person", head="defendant")
    t.claim(role, None, "weep", literal="yesterday")
    assert [f.subject for f in t.resolve().facts] == ["person/mara-lind"]


def test_the_name_the_text_gives_a_role_is_that_role():
    t = Text("Police identified the suspect as 30-year-old Ivo Brandt. The suspect fled.")
    first = t.mention("suspect", "description", "Person", head="suspect")
    t.mention("Ivo Brandt", "name", "Person")
    later = t.mention("suspect", "description", "Person", head="suspect", nth=1)
    t.claim(first, None, "flee", literal="north")
    t.claim(later, None, "flee", literal="south")
    graph = t.resolve()
    assert [f.subject for f in graph.facts] == ["person/ivo-brandt", "person/ivo-brandt"]


def test_a_role_and_a_name_merely_side_by_side_stay_apart():
    t = Text("The suspect shot Ivo Brandt and fled.")
    role = t.mention("suspect", "description", "Person", head="suspect")
    t.mention("Ivo Brandt", "name", "Person")
    t.claim(role, None, "flee", literal="north")
    assert [f.subject for f in t.resolve().facts] == ["concept/a1--suspect"]


def test_an_it_that_kills_takes_the_recent_occurrence_not_the_country():
    t = Text("A blaze hit a market in Kenya. It killed nine.")
    blaze = t.mention("blaze", "nominal", "Event")
    t.mention("Kenya", "name", "Country")
    it = t.mention("It", "pronoun", "Event", head="it")
    t.claim(it, None, "kill", literal="nine")
    t.claim(blaze, None, "hit", literal="a market")
    assert [f.subject for f in t.resolve().facts] == ["event/a1--blaze", "event/a1--blaze"]


def test_an_it_that_kills_with_no_occurrence_before_stays_unresolved():
    t = Text("Officials in Kenya spoke. It killed nine.")
    t.mention("Kenya", "name", "Country")
    it = t.mention("It", "pronoun", "Event", head="it")
    t.claim(it, None, "kill", literal="nine")
    assert t.resolve().facts == ()


def test_a_name_that_only_modifies_a_longer_name_is_another_thing():
    t = Text("Orinoco grew. The Orinoco Basin Research Institute warned.")
    t.mention("Orinoco", "name", "Organization")
    t.mention("Orinoco Basin Research Institute", "name", "Organization")
    labels = sorted(e.label for e in t.resolve().entities)
    assert labels == ["Orinoco", "Orinoco Basin Research Institute"]


def test_a_capitalised_phrase_without_a_class_word_does_not_join_its_modifier():
    t = Text("Orinoco grew. The Orinoco delta flooded. The Orinoco trial began.")
    orinoco = t.mention("Orinoco", "name", "Organization")
    delta = t.mention("Orinoco delta", "nominal", "Concept", head="delta")
    trial = t.mention("Orinoco trial", "nominal", "Event", head="trial")
    for mention in (orinoco, delta, trial):
        t.claim(mention, None, "move", literal="on")
    facts = t.resolve().facts  # the class word "trial" makes the name an event, as "the PALM trial" does
    assert [f.subject for f in facts] == ["event/orinoco", "concept/a1--orinoco-delta", "event/orinoco"]


def test_a_bare_institution_word_in_another_place_is_not_that_country_s_one():
    t = Text("Guam voted. The Senate met. The U.S. Senate adjourned.")
    t.mention("Guam", "name", "Place")
    t.mention("Senate", "name", "Organization")
    t.mention("U.S. Senate", "name", "Organization")
    assert sorted(e.label for e in t.resolve().entities if e.cls == "Organization") == ["Senate", "U.S. Senate"]
    t = Text("Denmark voted. The Senate met. The Danish Senate adjourned.")
    t.mention("Denmark", "name", "Country")
    t.mention("Senate", "name", "Organization")
    t.mention("Danish Senate", "name", "Organization")
    assert sorted(e.label for e in t.resolve().entities if e.cls == "Organization") == ["Danish Senate"]


def test_an_it_marked_as_a_common_noun_s_stays_unresolved():
    t = Text("Nokia offered the post. She took it.")
    t.mention("Nokia", "name", "Organization")
    she = t.mention("She", "pronoun", "Person", head="she")
    it = t.mention("it", "pronoun", "Concept", head="it")
    t.claim(she, None, "take", it)
    assert t.resolve().facts == ()


# -- pronouns: salience, quotations and cataphora ------------------------------------------
def test_a_subject_pronoun_continues_the_subject_before_over_a_nearer_object():
    t = Text("Donald Trump said Kamala Harris attacked Joe Biden. He also said her polls fell.")
    trump = t.mention("Donald Trump", "name", "Person")
    harris = t.mention("Kamala Harris", "name", "Person")
    biden = t.mention("Joe Biden", "name", "Person")
    he = t.mention("He", "pronoun", "Person", head="he")
    t.claim(trump, None, "say", literal="Kamala Harris attacked Joe Biden", extractor="speech")
    t.claim(harris, None, "attack", biden)
    t.claim(he, None, "say", literal="her polls fell", extractor="speech")
    assert [f.subject for f in t.resolve().facts if f.predicate_label == "say"] == ["person/donald-trump"] * 2


def test_a_later_sentence_naming_someone_else_breaks_the_subject_chain():
    t = Text("Ron Dale said he was criticized. This applies to the charges against Sam Fields. He was found guilty.")
    dale = t.mention("Ron Dale", "name", "Person")
    t.mention("Sam Fields", "name", "Person")
    he = t.mention("He", "pronoun", "Person", head="he")
    t.claim(dale, None, "say", literal="he was criticized", extractor="speech")
    t.claim(he, None, "be found", literal="guilty")
    assert [f.subject for f in t.resolve().facts if f.predicate_label == "be found"] == []  # Dale or Fields


def test_a_persons_administration_is_another_thing_and_he_is_still_the_person():
    t = Text("Joe Biden spoke. Donald Trump won. The Trump administration acted. Trump said he would.")
    t.mention("Joe Biden", "name", "Person")
    t.mention("Donald Trump", "name", "Person")
    administration = t.mention("Trump administration", "nominal", "Organization")
    t.mention("Trump", "name", "Organization", nth=2)  # tagged ORG as often as PERSON
    he = t.mention("he", "pronoun", "Person", head="he", nth=1)  # nth=0 is in "The"
    t.claim(administration, None, "act", literal="fast")
    t.claim(he, None, "would", literal="release them")
    graph = t.resolve()
    assert entity(graph, "person/donald-trump").cls == "Person"
    assert [(f.subject, f.predicate_label) for f in graph.facts] == [
        ("organization/trump-administration", "act"),
        ("person/donald-trump", "would"),
    ]


def test_a_pronoun_in_a_quotation_is_not_its_speaker():
    t = Text('Vladimir Putin said: "History is tied to Robert Mugabe. He made a great contribution."')
    putin = t.mention("Vladimir Putin", "name", "Person")
    t.mention("Robert Mugabe", "name", "Person")
    he = t.mention("He", "pronoun", "Person", head="he")
    t.claim(putin, None, "say", literal="History is tied to Robert Mugabe", extractor="speech")
    t.claims.append(Claim(he, None, "make", None, "a great contribution", 1, 0.7, "clause", "reported", putin))
    assert [f.subject for f in t.resolve().facts if f.predicate_label == "make"] == ["person/robert-mugabe"]


def test_a_quoted_fragment_of_a_reported_sentence_keeps_its_speaker():
    t = Text('Anne Sacoolas told police she had immunity, but "that she had no plans to leave".')
    anne = t.mention("Anne Sacoolas", "name", "Person")
    she = t.mention("she", "pronoun", "Person", head="she", nth=1)
    t.claims.append(Claim(she, None, "have", None, "no plans to leave", 0, 0.7, "clause", "reported", anne))
    assert [f.subject for f in t.resolve().facts] == ["person/anne-sacoolas"]


def test_a_pronoun_in_an_opening_clause_points_ahead_not_back():
    t = Text("Joe Biden spoke. After his programs failed, President Roosevelt looked to the Court.")
    t.mention("Joe Biden", "name", "Person")
    his = t.mention("his", "pronoun", "Person", head="his")
    t.mention("Roosevelt", "name", "Person", titles=("President",))
    t.claim(his, None, "fail", literal="programs")
    assert t.resolve().facts == ()


def test_a_person_of_unknown_gender_in_the_pronouns_own_sentence_comes_before_an_earlier_man():
    t = Text("Joe Biden spoke. Later Roosevelt looked to uphold his agenda.")
    t.mention("Joe Biden", "name", "Person")
    t.mention("Roosevelt", "name", "Person")
    his = t.mention("his", "pronoun", "Person", head="his")
    t.claim(his, None, "uphold", literal="agenda")
    assert [f.subject for f in t.resolve().facts] == ["person/roosevelt"]


def test_an_object_pronoun_is_not_the_subject_of_its_own_clause():
    t = Text("Tom Hunter wrote songs. Jerry Garcia invited him to play.")
    t.mention("Tom Hunter", "name", "Person")
    garcia = t.mention("Jerry Garcia", "name", "Person")
    him = t.mention("him", "pronoun", "Person", head="him")
    t.claim(garcia, None, "invite", him)
    assert [(f.subject, f.obj) for f in t.resolve().facts] == [("person/jerry-garcia", "person/tom-hunter")]


def test_a_name_given_as_a_birth_name_joins_the_person_the_sentence_is_about():
    t = Text("Robert Hunter wrote songs for Ann Mills. Born Robert Burns in Ohio, he took a new name.")
    t.mention("Robert Hunter", "name", "Person")
    t.mention("Ann Mills", "name", "Person")
    t.mention("Robert Burns", "name", "Person")
    he = t.mention("he", "pronoun", "Person", head="he")
    t.claim(he, None, "take", literal="a new name")
    graph = t.resolve()
    assert entity(graph, "person/robert-hunter").aliases == ("Robert Burns",)
    assert [f.subject for f in graph.facts] == ["person/robert-hunter"]


def test_a_name_known_as_another_joins_a_title_case_name_the_tagger_missed():
    t = Text('Republic Act 3846, also known as the "Radio Control Law", states rules. Act 12 passed.')
    t.mention("Republic Act 3846", "nominal", "Law")
    t.mention("Radio Control Law", "name", "Law")
    t.mention("Act 12", "name", "Law")
    graph = t.resolve()
    assert [(e.label, e.aliases) for e in graph.entities if e.cls == "Law"] == [
        ("Act 12", ()),
        ("Radio Control Law", ("Republic Act 3846",)),
    ]


# -- roles: apposed, named later, of one family ---------------------------------------------
def test_a_role_apposed_by_the_parse_joins_the_name_even_with_a_phrase_after_it():
    t = Text("Kyle Rittenhouse, the suspect in a shooting in Kenosha, was released. Aid came for the defendant.")
    kyle = t.mention("Kyle Rittenhouse", "name", "Person")
    t.mention("the suspect", "description", "Person", head="suspect")
    t.mention("Kenosha", "name", "Place")
    defendant = t.mention("the defendant", "description", "Person", head="defendant")
    t.claim(kyle, "isA", "is a", literal="suspect in a shooting in Kenosha", extractor="apposition")
    t.claim(defendant, None, "get", literal="aid")
    graph = t.resolve()
    assert entity(graph, "person/kyle-rittenhouse").aliases == ("the defendant", "the suspect")
    assert [f.subject for f in graph.facts] == ["person/kyle-rittenhouse"] * 2


def test_a_role_followed_by_a_clause_is_not_apposed_without_the_parse():
    t = Text("After police met Sam Hale, the suspect in the case fled.")
    t.mention("Sam Hale", "name", "Person")
    suspect = t.mention("the suspect", "description", "Person", head="suspect")
    t.claim(suspect, None, "flee", literal="away")
    graph = t.resolve()
    assert [e.key for e in graph.entities if e.cls == "Person"] == ["person/sam-hale"]
    assert graph.facts[0].subject != "person/sam-hale"


def test_roles_read_before_the_name_all_become_the_person_named_for_them():
    t = Text(
        "A gunman shot shoppers. Police said the suspected gunman surrendered. Prosecutors charged the "
        "suspect. Officials identified the suspect as Pat Crane. The suspect wrote a manifesto."
    )
    t.mention("gunman", "nominal", "Concept", head="gunman")
    surrendered = t.mention("the suspected gunman", "description", "Person", head="gunman")
    t.mention("the suspect", "description", "Person", head="suspect", nth=1)  # nth=0 is in "the suspected"
    t.mention("the suspect", "description", "Person", head="suspect", nth=2)
    t.mention("Pat Crane", "name", "Person")
    wrote = t.mention("The suspect", "description", "Person", head="suspect")
    t.claim(surrendered, None, "surrender", literal="to police")
    t.claim(wrote, None, "write", literal="a manifesto")
    graph = t.resolve()
    assert [e.key for e in graph.entities if e.cls in {"Person", "Concept"}] == ["person/pat-crane"]
    assert [f.subject for f in graph.facts] == ["person/pat-crane"] * 2


def test_a_role_of_another_family_is_no_one_named_before():
    t = Text("Pat Crane spoke to police. The victim died later.")
    t.mention("Pat Crane", "name", "Person", descriptors=("suspect",))
    victim = t.mention("The victim", "description", "Person", head="victim")
    t.claim(victim, None, "die", literal="later")
    assert [f.subject for f in t.resolve().facts] == ["concept/a1--victim"]


# -- a short name folds only into a compatible full name ------------------------------------
POPE = Entity("person/francis", "Person", "Francis", titles=("Pope",))
DSOUZA = Entity("person/francis-dsouza", "Person", "Francis D'Souza", titles=("Deputy Chief Minister",))


def test_a_name_with_a_title_that_goes_with_given_names_does_not_fold_into_another_persons_full_name():
    a = graph_of("a1", [DSOUZA], [("person/francis-dsouza", "die", None, "on Thursday")])
    b = graph_of("b1", [POPE], [("person/francis", "announce", None, "a law")])
    for graphs in ([a, b], [b, a]):
        assert merge_short_names(graphs) == graphs
    store_rows = [(DSOUZA.key, "Person", DSOUZA.label)]  # a store knows no titles: the title still blocks
    assert merge_short_names([b], known=store_rows) == [b]


def test_a_lone_given_name_from_another_article_is_someone_else_a_surname_is_not():
    mary = Entity("person/mary-ann-cole", "Person", "Mary Ann Cole")
    a = graph_of("a1", [mary], [])
    lone_given = graph_of("b1", [Entity("person/mary", "Person", "Mary")], [])
    surname = graph_of("c1", [Entity("person/cole", "Person", "Cole")], [("person/cole", "say", None, "no")])
    folded = merge_short_names([a, lone_given, surname])
    assert folded[1] == lone_given
    assert [f.subject for f in folded[2].facts] == ["person/mary-ann-cole"]


def test_a_same_title_lets_a_given_name_fold():
    king = Entity("person/charles-iii", "Person", "Charles III", titles=("King",))
    a = graph_of("a1", [king], [])
    b = graph_of(
        "b1",
        [Entity("person/charles", "Person", "Charles", titles=("King",))],
        [("person/charles", "visit", None, "Paris")],
    )
    assert [f.subject for f in merge_short_names([a, b])[1].facts] == ["person/charles-iii"]


def test_in_an_article_a_titled_given_name_is_not_the_person_with_that_first_name():
    t = Text("Francis Dsouza died. Pope Francis prayed for Francis Dsouza.")
    t.mention("Francis Dsouza", "name", "Person")
    pope = t.mention("Francis", "name", "Person", nth=1, titles=("Pope",))
    t.claim(pope, None, "pray", literal="for him")
    graph = t.resolve()
    assert [f.subject for f in graph.facts] == ["person/francis"]


def test_the_prime_minister_is_not_the_deputy_prime_minister_nor_the_prosecutor_general_a_general():
    t = Text("Igor Matic tested positive. Rita Sul, the Deputy Prime Minister, failed. The Prime Minister apologised.")
    t.mention("Igor Matic", "name", "Person", titles=("Prime Minister",))
    t.mention("Rita Sul", "name", "Person", titles=("Deputy Prime Minister",))
    pm = t.mention("The Prime Minister", "description", "Person", head="minister", titles=("Prime Minister",))
    t.claim(pm, None, "apologise", literal="to the people")
    assert [f.subject for f in t.resolve().facts] == ["person/igor-matic"]

    t = Text("Iran named general Qasem Soleimani. The prosecutor general spoke.")
    t.mention("Qasem Soleimani", "name", "Person", titles=("general",))
    prosecutor = t.mention(
        "The prosecutor general", "description", "Person", head="general", titles=("prosecutor general",)
    )
    t.claim(prosecutor, None, "speak", literal="loudly")
    assert "person/qasem-soleimani" not in [f.subject for f in t.resolve().facts]


def test_a_name_as_often_a_place_as_a_person_is_no_one_a_pronoun_means():
    t = Text("Tom Dale spoke of Casa Blu, and Casa Blu lost his trust.")
    t.mention("Tom Dale", "name", "Person")
    t.mention("Casa Blu", "name", "Place")
    t.mention("Casa Blu", "name", "Person", nth=1)
    his = t.mention("his", "pronoun", "Person", head="his")
    t.claim(his, None, "trust", literal="lost")
    assert [f.subject for f in t.resolve().facts] == ["person/tom-dale"]


def test_his_or_her_is_anyones():
    t = Text("Tom Dale asked for a person to be found with a view to his/her extradition.")
    t.mention("Tom Dale", "name", "Person")
    his = t.mention("his", "pronoun", "Person", head="his")
    t.claim(his, None, "face", literal="extradition")
    assert t.resolve().facts == ()


def test_a_source_given_by_according_to_is_not_the_subject_a_pronoun_continues():
    t = Text("Robert Mugabe has died, according to president Emmerson Mnangagwa. He was 95.")
    mugabe = t.mention("Robert Mugabe", "name", "Person")
    president = t.mention("Emmerson Mnangagwa", "name", "Person")
    he = t.mention("He", "pronoun", "Person", head="he")
    t.claim(mugabe, None, "die", literal="on Friday")
    t.claim(president, None, "reported", literal="Robert Mugabe has died", extractor="attribution")
    t.claim(he, None, "be", literal="95")
    assert [f.subject for f in t.resolve().facts if f.predicate_label == "be"] == ["person/robert-mugabe"]


def test_the_name_apposed_to_a_speaker_is_the_speaker_too():
    t = Text('Dunn\'s mother, Charlotte Charles, said: "She did not stop."')
    mother = t.mention("mother", "nominal", "Concept")
    t.mention("Charlotte Charles", "name", "Person")
    she = t.mention("She", "pronoun", "Person", head="she")
    t.claim(mother, None, "say", literal="She did not stop", extractor="speech")
    t.claims.append(Claim(she, None, "stop", None, "not", 0, 0.7, "clause", "reported", mother))
    assert [f.predicate_label for f in t.resolve().facts] == ["say"]


def test_a_pronoun_another_source_reports_on_does_not_continue_the_earlier_speaker():
    t = Text("Joachim Brud said Pawel Adam needed care, and the TV reported he received surgery.")
    brud = t.mention("Joachim Brud", "name", "Person")
    t.mention("Pawel Adam", "name", "Person")
    tv = t.mention("TV", "nominal", "Organization", head="tv")
    he = t.mention("he", "pronoun", "Person", head="he", nth=1)  # nth=0 is in "the"
    t.claim(brud, None, "say", literal="Pawel Adam needed care", extractor="speech")
    t.claims.append(Claim(he, None, "receive", None, "surgery", 0, 0.7, "clause", "reported", tv))
    assert [f.subject for f in t.resolve().facts if f.predicate_label == "receive"] == ["person/pawel-adam"]


def test_a_subject_pronoun_after_an_unnamed_person_in_its_sentence_is_not_a_name_before():
    t = Text("Lukas Szum said the mayor needed blood. The attacker jumped on stage and claimed he was jailed.")
    szum = t.mention("Lukas Szum", "name", "Person")
    attacker = t.mention("attacker", "nominal", "Concept", head="attacker")
    he = t.mention("he", "pronoun", "Person", head="he", nth=2)  # "the" and "The" hold the first two
    t.claim(szum, None, "say", literal="the mayor needed blood", extractor="speech")
    t.claim(attacker, None, "jump on", literal="stage")
    t.claim(he, None, "be jailed", literal="wrongly")
    assert [f.predicate_label for f in t.resolve().facts] == ["say", "jump on"]


def test_a_pronoun_in_a_phrase_opening_the_sentence_is_not_the_person_before():
    t = Text("Hale met Bernie Sands. Besides his career, Hale ran pubs.")
    t.mention("Hale", "name", "Person")
    t.mention("Bernie Sands", "name", "Person")
    his = t.mention("his", "pronoun", "Person", head="his")
    t.mention("Hale", "name", "Person", nth=1)
    t.claim(his, None, "have", literal="a career")
    assert t.resolve().facts == ()


@pytest.mark.parametrize(
    ("text", "determiners", "expected"),
    [
        ("The suspect", None, "suspect"),
        ("those islands", None, "islands"),
        ("those islands", "singular", "those islands"),  # a singular role keeps a plural's word
        ("an  engineer", "articles", "engineer"),
        ("Thematic park", None, "Thematic park"),  # a word that opens with one is no determiner
        ("the", None, "the"),
        ("a theatre of the city", "articles", "theatre of the city"),  # only the opening one
    ],
)
def test_a_phrase_loses_only_the_determiner_it_opens_with(text, determiners, expected):
    from kg.resolve.names import ARTICLES, SINGULAR_DEFINITE, without_determiner

    chosen = {"singular": SINGULAR_DEFINITE, "articles": ARTICLES}
    assert (without_determiner(text, chosen[determiners]) if determiners else without_determiner(text)) == expected


def test_the_city_is_the_town_not_the_street_in_it():
    t = Text("Pipes burst under Mill Road in Tadley. The city issued an advisory.")
    t.mention("Mill Road", "name", "Place")
    t.mention("Tadley", "name", "Place")
    city = t.mention("The city", "description", "Place", head="city")
    advisory = t.mention("advisory", "nominal", "Concept")
    t.claim(city, None, "issue", advisory)
    assert [s for s, *_ in triples(t.resolve())] == ["place/tadley"]


def test_the_city_is_no_street_even_the_only_place_named():
    t = Text("Pipes burst under Mill Road. The city issued an advisory.")
    t.mention("Mill Road", "name", "Place")
    city = t.mention("The city", "description", "Place", head="city")
    advisory = t.mention("advisory", "nominal", "Concept")
    t.claim(city, None, "issue", advisory)
    assert "place/mill-road" not in {s for s, *_ in triples(t.resolve())}


def test_the_rally_is_the_rally_named_before_not_the_one_named_event():
    t = Text("Crowds joined the Capitol Hill Protests. Biden held a campaign rally. The rally ended.")
    t.mention("Capitol Hill Protests", "name", "Event")
    rally = t.mention("campaign rally", "nominal", "Event", head="rally")
    the_rally = t.mention("rally", "nominal", "Event", nth=1, head="rally")
    t.claim(the_rally, None, "end", literal="early")
    t.claim(rally, None, "draw", literal="crowds")
    subjects = {s for s, *_ in triples(t.resolve())}
    assert subjects == {"event/a1--campaign-rally"}
