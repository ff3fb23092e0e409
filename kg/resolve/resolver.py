"""The resolver: each mention of an article, in text order, joins the cluster its rules find, or
a new one; a reference nothing is found for joins none.
"""

from __future__ import annotations

import re
from dataclasses import replace

from ..model import Mention
from .cluster import Cluster
from .descriptions import DescriptionRules, names_a_thing
from .names import SINGULAR_DEFINITE, without_determiner
from .pronouns import PronounRules
from .roles import refers_to_person

#: an "of" phrase of a common noun after a description ("the state of emergency")
_OF_COMMON_NOUN = re.compile(r"\s+of\s+(?:the\s+|a\s+|an\s+)?[a-z]")


class Resolver(DescriptionRules, PronounRules):
    """Clusters an article's mentions, read in text order (:meth:`resolve` each)."""

    def resolve(self, mention: Mention, text: str) -> None:
        match mention.kind:
            case "name":
                people = self._people_sharing(mention, text)
                if len(people) > 1:
                    return  # "Van Halen" after two Van Halens: whom it names is not clear, so it names no one
                self.add(
                    mention,
                    (people[0] if people else None)
                    or self._same_name(mention)
                    or self._also_known_as(mention, text)
                    or self._named_role(mention, text)
                    or self._birth_name(mention, text),
                    text,
                )
            case "nominal":
                self.add(mention, self._same_nominal(mention, text), text)
            case "description":
                self._resolve_description(mention, text)
            case "pronoun":
                self._refer(mention, self._pronoun(mention), text)

    def _resolve_description(self, mention: Mention, text: str) -> None:
        """A definite description joins what it refers back to; one that refers to nothing named is
        a thing of its own where it reads as one: a plural of people ("the energy ministers"), a
        role no one had ("the victim"), a thing named by words the tagger missed ("the Jamaah
        Ansharut Daulah network"); else ("the country" with none named) it is dropped."""
        if mention.cls == "Person" and mention.plural:
            self._thing_of_its_own(mention, "Concept", text)  # people, none of those named
            return
        if mention.cls in {"Country", "Place", "Organization"} and _OF_COMMON_NOUN.match(text[mention.span.end :]):
            return  # "the state of emergency", "the capital of the province": what it is of says what it is
        cluster = self._apposed(mention, text) or self._description(mention, text)
        if cluster is not None:
            self.add(mention, cluster, text)
        elif mention.cls == "Person" and refers_to_person(mention.head):
            label = without_determiner(mention.label, SINGULAR_DEFINITE)
            mention = replace(mention, kind="nominal", cls="Concept", label=label)
            self._roles.add(mention.id)
            self.add(mention, self._same_nominal(mention, text) or self._unnamed_role(mention), text)
            self._last_role = mention
        elif mention.cls in {"Organization", "Place"} and names_a_thing(mention.label):
            self._thing_of_its_own(mention, mention.cls, text)

    def _thing_of_its_own(self, mention: Mention, cls: str, text: str) -> None:
        """Read a description as a common-noun phrase of ``cls``, labelled without its determiner."""
        label = without_determiner(mention.label)
        mention = replace(mention, kind="nominal", cls=cls, label=label)
        self.add(mention, self._same_nominal(mention, text), text)

    def _refer(self, mention: Mention, cluster: Cluster | None, text: str) -> None:
        if cluster is not None:
            self.add(mention, cluster, text)
