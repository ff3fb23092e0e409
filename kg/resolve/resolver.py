"""The resolver: each mention of an article, in text order, joins the cluster its rules find, or
a new one; a reference nothing is found for joins none.
"""

from __future__ import annotations

import re
from dataclasses import replace

from ..model import Mention
from .cluster import Cluster
from .descriptions import DescriptionRules
from .pronouns import PronounRules
from .roles import refers_to_person


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
                if mention.cls == "Person" and mention.plural:
                    # "the energy ministers": people, none of those named; a thing of its own
                    label = re.sub(r"(?i)^(the|these|those)\s+", "", mention.label)
                    mention = replace(mention, kind="nominal", cls="Concept", label=label)
                    self.add(mention, self._same_nominal(mention, text), text)
                    return
                cluster = self._apposed(mention, text) or self._description(mention, text)
                if cluster is None and mention.cls == "Person" and refers_to_person(mention.head):
                    # "the victim" with no one person to be: a thing of its own, as it reads
                    label = re.sub(r"(?i)^(the|this|that)\s+", "", mention.label)
                    mention = replace(mention, kind="nominal", cls="Concept", label=label)
                    self._roles.add(mention.id)
                    self.add(mention, self._same_nominal(mention, text) or self._unnamed_role(mention), text)
                    self._last_role = mention
                else:
                    self._refer(mention, cluster, text)
            case "pronoun":
                self._refer(mention, self._pronoun(mention), text)

    def _refer(self, mention: Mention, cluster: Cluster | None, text: str) -> None:
        if cluster is not None:
            self.add(mention, cluster, text)
