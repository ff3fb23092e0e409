"""Entity-level claims, from clauses and from patterns inside noun phrases.

Each rule is a function registered in :data:`kg.extract.rules.registry` under the name
its claims carry as ``extractor``; its base confidence and search windows are data
(``kg/data/rules.tsv``). :class:`ClaimBuilder` hands every rule what it reads (a named
mention, an event, a common noun or a clause) and keeps the helpers they share: the
mentions an argument stands for, and how a claim is recorded with its modality. Resolving
a subject through a pronoun or a description lowers the confidence later (:mod:`kg.resolve`).

One job per module, imports pointing down this list:

* :mod:`.phrases`: what a noun phrase says (a description's words, the members of a range,
  the name given beside a noun, the words of what was said);
* :mod:`.predicates`: the relation a clause states (its ontology property, its label for a
  passive) and the modality the clause gives it;
* :mod:`.builder`: :class:`ClaimBuilder`, which runs the rules on a sentence, finds the
  mentions an argument stands for and records each claim;
* :mod:`.name_rules`, :mod:`.noun_rules`, :mod:`.speech_rules`, :mod:`.clause_rules`: the
  rules on names, on events and common nouns, on what is said, asked and refused, and on
  the subject, verb and arguments of a clause.

Importing this package registers the rules; a rule runs after those registered before
it in its scope, so :data:`RULE_MODULES` keeps the order they were written in.
"""

from __future__ import annotations

# isort: off
from . import name_rules, noun_rules, speech_rules, clause_rules

# isort: on
from .builder import ClaimBuilder

__all__ = ["ClaimBuilder", "RULE_MODULES"]

#: the modules whose rules this package registers, in their order of registration
RULE_MODULES = (name_rules, noun_rules, speech_rules, clause_rules)
