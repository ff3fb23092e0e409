"""Names that fold into a name of the article before them: the same name, a short name ("Xi" after
"Xi Jinping"), an acronym, a variant, or another name the text gives ("also known as").
"""

from __future__ import annotations

import re

from .. import entity_class, lexicon
from ..model import Mention
from .cluster import Cluster, only
from .names import acronyms, compact, country_of, given_name_titles, head_part, same_person, variants
from .state import UNFOLDED, ResolverState

_ACRONYM = re.compile(r"^[A-Z][A-Z0-9&.\-]{1,9}$")
_ANOTHER_NAME = re.compile(
    r"^\s*[,(]?\s*(?:(?:also|otherwise|better|formerly|popularly|commonly)\s+)?(?:known\s+as|called|"
    r"born|née|nee|a\.?k\.?a\.?)\s+(?:the\s+)?[\"“]?$",
    re.IGNORECASE,
)


class NameRules(ResolverState):
    """The rules that find the cluster a name belongs to."""

    def _same_name(self, mention: Mention) -> Cluster | None:
        key = lexicon.name_key(mention.label)
        exact = self._by_name.get((mention.cls == "TimeExpression", key))
        if exact is not None:
            return exact
        if mention.cls != "TimeExpression":
            for variant in variants(key, mention.cls):
                if (found := self._by_name.get((False, variant))) is not None:
                    return found  # "State of Virginia" after "Virginia", "American Samoan" after "...Samoans"
            if (modified := self._by_modified.get(key)) is not None and not self._names_person(key.split()):
                return modified  # "PALM" after "the PALM trial"; not "Trump" after "the Trump administration"
        words = key.split()
        if mention.cls not in {"Person", "Organization"}:
            return (
                self._word_of_name(words, mention.label.isupper(), mention.cls) if mention.cls not in UNFOLDED else None
            )
        compacted = compact(key)
        seen: set[int] = set()
        for cluster in reversed(self._persons_orgs):
            if id(cluster) in seen:
                continue
            seen.add(id(cluster))
            classes = {mention.cls, cluster.cls}
            if (
                "Person" in classes
                and classes <= {"Person", "Organization"}
                and not self._other_title(mention, cluster)
            ):
                longest = max(cluster.name_words, key=len)
                if len(words) < len(longest) and all(w in longest for w in words) and same_person(words, longest):
                    return cluster  # "Xi" after "Xi Jinping"
                if (
                    len(words) > len(longest)
                    and all(w in words for w in longest)
                    and same_person(longest, words)
                    and not (mention.cls == "Person" and cluster.votes("Organization") >= entity_class.WEIGHTS["cue"])
                ):
                    return cluster  # "Xi Jinping" after "Xi": not "John F. Kennedy" after "Robert F. Kennedy",
                    # nor "Eddie Van Halen" after "the band Van Halen" (a member is not the band)
            if mention.cls == "Organization" and compacted in cluster.acronyms:
                return cluster
            if (
                mention.cls == "Organization"
                and len(cluster.name_words)
                and any(
                    len(other) == 1 and compact(other[0]) in acronyms(mention.label) for other in cluster.name_words
                )
            ):
                return cluster  # "Pacific Gas and Electric Company" after "PG&E"
        if mention.cls == "Organization" and len(words) > 1:
            return self._one_word_before(words)
        found = self._word_of_name(words, mention.label.isupper(), mention.cls) if mention.cls not in UNFOLDED else None
        return None if found is not None and self._other_title(mention, found) else found

    def _people_sharing(self, mention: Mention, text: str) -> list[Cluster]:
        """The people a short name may be when it is part of the full names of several people of
        the article so far ("Van Halen" after "Eddie Van Halen" and "Alex Van Halen", "Alex" after
        "Alex Smith" and "Alex Jones"): those of them the gender of an honorific before it shows
        ("Mrs Trump": the woman, else anyone not known to be a man), all of them when that leaves
        none. [] when fewer than two people have the name, or when the text already used it
        for one thing before the others came ("Vanderbilt was born ..." before her great-great
        grandfather "Cornelius Vanderbilt"; "Van Halen" the band): the other name rules decide."""
        key = lexicon.name_key(mention.label)
        if mention.cls not in {"Person", "Organization"} or (False, key) in self._by_name:
            return []
        words = key.split()
        people = [
            c
            for c in self.clusters
            if c.named
            and c.cls == "Person"
            and not self._other_title(mention, c)
            and any(
                len(words) < len(full) and all(w in full for w in words) and same_person(words, full)
                for full in c.name_words
            )
        ]
        if len(people) < 2:
            return []
        honorific = entity_class.honorific_before(text, mention.span.start)
        wanted = entity_class.gender(mention.label, honorific) if honorific else ""
        agreeing = [c for c in people if c.gender == wanted] or [c for c in people if c.gender in {wanted, ""}]
        return agreeing if wanted and agreeing else people

    def _names_person(self, words: list[str]) -> bool:
        """Whether a person named so far has all of ``words`` in a name of theirs."""
        return any(
            c.cls == "Person" and any(all(w in name for w in words) for name in c.name_words)
            for c in self._persons_orgs
        )

    @staticmethod
    def _other_title(mention: Mention, cluster: Cluster) -> bool:
        """Whether ``mention`` holds a title that goes with a given name ("Pope Francis") that
        no name of ``cluster`` holds ("Francis D'Souza"): then it is someone else."""
        titles = given_name_titles(mention.titles)
        return bool(titles) and not titles & given_name_titles(t for m in cluster.named for t in m.titles)

    def _one_word_before(self, words: list[str]) -> Cluster | None:
        """ "British parliament" after "Parliament": the one organisation named so far by the head
        word of this longer name (the last word before an "of" phrase). A word that only modifies
        the longer name is another thing: "Amazon Environmental Research Institute" is no "Amazon"."""
        head = head_part(words)[-1]
        found = {
            id(c): c
            for c in self._persons_orgs
            if c.cls == "Organization" and all(len(name) == 1 and name[0] == head for name in c.name_words)
        }
        if len(found) != 1 or self._other_place(country_of(head_part(words)[:-1])):
            return None
        return next(iter(found.values()))

    def _other_place(self, country: str | None) -> bool:
        """Whether the article is set somewhere other than ``country`` (a longer name's own
        country): a bare "Senate" is the institution of the country or place named most so far
        (the first of those), so Puerto Rico's Senate is not the "U.S. Senate" named later."""
        places = [c for c in self.clusters if c.named and c.cls in {"Country", "Place"}]
        if country is None or not places:
            return False
        return max(places, key=lambda c: len(c.mentions)).label != country  # ties: the first named

    def _word_of_name(self, words: list[str], upper: bool = False, cls: str = "") -> Cluster | None:
        """A one-word name that is a word of exactly one longer name of the article, whatever
        the tagger made of it: "Fields" (tagged GPE) after "James Alex Fields", "Donovan" after
        "Richard J. Donovan Correctional Facility"; a generic word ("Department", "Court") only
        into a name of its own class."""
        cues = lexicon.class_cues()
        if len(words) != 1 or upper:
            return None  # an acronym ("NATO") is no one's surname
        generic = words[0] in cues["last"] or words[0] in cues["first"]
        found = {
            id(c): c
            for c in self._multiword
            if (not generic or c.cls == cls)
            and any(len(full) > 1 and words[0] in head_part(full) for full in c.name_words)
        }
        return only(found)

    def _also_known_as(self, mention: Mention, text: str) -> Cluster | None:
        """ "Robert Hunter, born Robert Burns", "Act 12, also known as the Radio Law", "Workers'
        Party (PKK)": a name the text gives as another name of the name right before it."""
        last = self._last_namelike
        if (
            last is not None
            and last.sentence == mention.sentence
            and _ANOTHER_NAME.match(text[last.span.end : mention.span.start])
        ):
            return self.of[last.id]  # also after a name the tagger missed ("Republic Act No. 3846")
        if self._last_named is None or self._last_named.sentence != mention.sentence:
            return None
        between = text[self._last_named.span.end : mention.span.start]
        bracketed = between.strip() == "(" and text[mention.span.end :].lstrip().startswith(")")
        if bracketed and _ACRONYM.match(mention.label) and len(self._last_named.label.split()) > 1:
            return self.of[self._last_named.id]  # "Kurdistan Workers' Party (PKK)"
        return None

    def _short_name(self, words: list[str]) -> Cluster | None:
        """The one recent person or organisation whose longer name holds all of ``words``."""
        found = {
            id(c): c
            for c in reversed(self._persons_orgs)
            if any(len(words) < len(full) and all(w in full for w in words) for full in c.name_words)
        }
        return only(found)
