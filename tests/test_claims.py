"""kg.extract.claims: the rules registered in the order their modules are listed, imports pointing down."""

from __future__ import annotations

from test_imports import import_graph

from kg.extract import claims
from kg.extract.rules import registry

#: the package's modules, bottom first, as its docstring lists them
ORDER = ("phrases", "predicates", "builder", "name_rules", "noun_rules", "speech_rules", "clause_rules")


def test_the_rules_register_in_the_order_of_their_modules():
    """Rules of one scope run in registration order, so the import order of the rule modules
    is the order they were written in; an import sorter must not reorder them."""
    names = [module.__name__ for module in claims.RULE_MODULES]
    found = [rule.func.__module__ for rule in map(registry.get, registry.names())]
    ours = [names.index(module) for module in found if module in names]
    assert ours == sorted(ours) and set(ours) == set(range(len(names)))


def test_every_claim_rule_lives_in_a_listed_rule_module():
    listed = {module.__name__ for module in claims.RULE_MODULES}
    package = {rule.func.__module__ for rule in map(registry.get, registry.names())} - {"kg.extract.nominal"}
    assert package == listed


def test_the_claim_modules_import_down_their_list():
    graph = import_graph()
    prefix = "kg.extract.claims."
    upward = sorted(
        (module, target)
        for module in (prefix + name for name in ORDER)
        for target in graph[module]
        if target.startswith(prefix)
        and ORDER.index(target.removeprefix(prefix)) >= ORDER.index(module.removeprefix(prefix))
    )
    assert upward == []
    assert {m.removeprefix(prefix) for m in graph if m.startswith(prefix)} == set(ORDER)
