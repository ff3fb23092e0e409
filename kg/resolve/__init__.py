"""The resolve stage: mentions to entities, claims to facts.

Within an article, names, short names ("Xi" after "Xi Jinping"), aliases ("the
US"), definite descriptions ("the Chinese president", "the country", "the latter"),
pronouns and repeated event nouns ("the symposium") are clustered into one entity
each. Across articles, :func:`merge_short_names` folds a lone surname or acronym
into the one full name it abbreviates. Keys are minted from class and canonical
label (:mod:`kg.iri`), so the same input always gives the same entities.

The package's modules each do one job: :mod:`.names` (name forms), :mod:`.roles` (who a role
may be), :mod:`.cluster` (one thing's mentions), :mod:`.state`, :mod:`.naming`,
:mod:`.descriptions` and :mod:`.pronouns` (the resolver's indexes and its rules for each kind
of mention), :mod:`.resolver` (the rules together), :mod:`.article` (an article's entities and
facts) and :mod:`.across` (short names and classes across articles).
"""

from .across import ShortNames, merge_short_names, short_names
from .article import RESOLUTION_WEIGHT, resolve_article

__all__ = ["RESOLUTION_WEIGHT", "ShortNames", "merge_short_names", "resolve_article", "short_names"]
