"""Identity and class (judged round 4): what "the company", "the war", a pronoun or a name is.

Each test is a paraphrase of an error judges saw on unseen Wikinews articles, written anew
with other names, verbs and word order; none is an article's own sentence."""

from __future__ import annotations

from hand_extraction import Text, triples

from kg.model import Claim


def _subject_of(t: Text, predicate: str) -> str | None:
    return next((f[0] for f in triples(t.resolve()) if f[1] == predicate), None)


def _told(t: Text, speaker: int, listener: int, said: str) -> None:
    """A speech claim: ``speaker`` told ``listener`` ``said``."""
    sentence = t.mentions[speaker].sentence
    t.claims.append(Claim(speaker, None, "tell", None, said, sentence, 0.7, "speech", addressee=listener))


# "the company" is the organisation that acts, not the outlet that was told or that reports


def test_the_company_is_who_told_the_agency_not_the_agency():
    t = Text("Norvale Mining told Bloomberg its mine would close. The company expects losses.")
    norvale = t.mention("Norvale Mining", "name", "Organization")
    bloomberg = t.mention("Bloomberg", "name", "Organization")
    _told(t, norvale, bloomberg, "its mine would close")
    company = t.mention("The company", "description", "Organization", head="company")
    t.claim(company, None, "expect", t.mention("losses", "nominal", "Concept"))
    assert _subject_of(t, "expect") == "organization/norvale-mining"


def test_the_firm_after_according_to_an_outlet_is_the_firm_named_after_it():
    t = Text("Brightway Ltd will cut jobs, according to the Guardian. Later the firm denied it.")
    t.mention("Brightway Ltd", "name", "Organization")
    t.mention("Guardian", "name", "Organization")
    firm = t.mention("the firm", "description", "Organization", head="firm")
    t.claim(firm, None, "deny", literal="it")
    assert _subject_of(t, "deny") == "organization/brightway-ltd"


def test_the_company_after_an_agency_reported_is_the_company_it_reported_on():
    t = Text("Pellar bought Hanko Group, the Associated Press reported. The company will move.")
    pellar = t.mention("Pellar", "name", "Organization")
    t.claim(pellar, None, "buy", t.mention("Hanko Group", "name", "Organization"))
    t.proposition("Pellar", "bought")
    t.mention("Associated Press", "name", "Organization")
    company = t.mention("The company", "description", "Organization", head="company")
    t.claim(company, None, "move", literal="soon")
    assert _subject_of(t, "move") == "organization/pellar"  # the subject, not the bought, not the agency


def test_the_outlet_is_still_the_company_when_nothing_else_fits():
    t = Text("Officials spoke to Reuters on Monday. The company published the interview.")
    t.mention("Reuters", "name", "Organization")
    company = t.mention("The company", "description", "Organization", head="company")
    t.claim(company, None, "publish", t.mention("interview", "nominal", "Concept"))
    assert _subject_of(t, "publish") == "organization/reuters"


def test_it_is_who_told_not_the_listener():
    t = Text("Vantor Systems told CNN that it would appeal.")
    vantor = t.mention("Vantor Systems", "name", "Organization")
    cnn = t.mention("CNN", "name", "Organization")
    _told(t, vantor, cnn, "it would appeal")
    it = t.mention("it", "pronoun", "Organization", head="it")
    t.claim(it, None, "appeal", literal="soon")
    assert _subject_of(t, "appeal") == "organization/vantor-systems"


# "the <event>" refers to the one named event only when the kinds agree


def _event_text(body: str, name: str, reference: str, head: str, **fields) -> str | None:
    t = Text(body)
    t.mention(name, "name", "Event", **fields)
    ref = t.mention(reference.split()[-1], "nominal", "Event", head=head)
    t.claim(ref, None, "last", literal="weeks")
    return _subject_of(t, "last")


def test_the_war_is_no_pandemic():
    key = _event_text("The COVID-19 pandemic reached Peru. Then the war began.", "COVID-19", "the war", "war")
    assert key != "event/covid-19"


def test_the_vote_is_no_protest_and_the_protest_no_election():
    assert (
        _event_text(
            "The Harbour Square Protests grew. Then the election came.",
            "Harbour Square Protests",
            "the election",
            "election",
        )
        != "event/harbour-square-protests"
    )
    assert (
        _event_text(
            "The 2021 Valdor election ended. Then the protest came.", "2021 Valdor election", "the protest", "protest"
        )
        != "event/2021-valdor-election"
    )


def test_the_convention_is_a_named_expo_whose_name_holds_no_convention():
    key = _event_text(
        "Comic Expo Ontario opened in Ottawa. Fans filled the convention.",
        "Comic Expo Ontario",
        "the convention",
        "convention",
    )
    assert key == "event/comic-expo-ontario"


def test_the_war_is_a_named_war_and_an_event_of_no_known_kind_stays_open():
    assert (
        _event_text("The Gran Chaco War ended. Then the war was remembered.", "Gran Chaco War", "the war", "war")
        == "event/gran-chaco-war"
    )
    assert (
        _event_text(
            "Wondercon opened in Lima. Fans filled the convention.", "Wondercon", "the convention", "convention"
        )
        == "event/wondercon"
    )
