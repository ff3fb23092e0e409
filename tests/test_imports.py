"""kg's imports point one way: no cycle, and no module imports from a layer above its own.

The walk reads every module of the package with :mod:`ast` (nothing is imported), and takes
every import of a kg module: absolute (``kg.x``) and relative (``.x``, ``..x``), at the top of
a module and inside functions alike, so an import moved into a function to dodge a cycle is
still one. Imports under ``if TYPE_CHECKING:`` are left out: they never run.
"""

from __future__ import annotations

import ast
from pathlib import Path

PACKAGE = Path(__file__).resolve().parents[1] / "kg"

#: the layers, bottom first (ARCHITECTURE.md draws the same list); a module may import only
#: from its own layer or those below. A module is placed by its longest listed prefix.
LAYERS: tuple[tuple[str, ...], ...] = (
    ("kg.errors", "kg.vocab", "kg.iri", "kg.terms", "kg.formats", "kg.fileio", "kg.model", "kg.lexicon"),
    (
        "kg.readers",
        "kg.nlp",
        "kg.entity_class",
        "kg.extract",
        "kg.resolve",
        "kg.linking",
        "kg.timex",
        "kg.relations",
        "kg.article_graph",
        "kg.qualifier_quads",
        "kg.rdf",
        "kg.jsonld",
        "kg.evaluate",
    ),
    ("kg.store", "kg.load", "kg.query", "kg.export", "kg.validate", "kg.graph", "kg.view", "kg.serve", "kg.cluster"),
    ("kg.pipeline",),
    ("kg.cli", "kg.__main__", "kg"),
)

#: imports that still run against the layers or close a cycle, each in a file another engineer
#: owns, with what removes it. The test fails when one of them is gone, so the list shrinks.
KNOWN: dict[tuple[str, str], str] = {}


def module_name(path: Path) -> str:
    parts = path.relative_to(PACKAGE.parent).with_suffix("").parts
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def _is_type_checking(node: ast.If) -> bool:
    test = node.test
    return (isinstance(test, ast.Name) and test.id == "TYPE_CHECKING") or (
        isinstance(test, ast.Attribute) and test.attr == "TYPE_CHECKING"
    )


def _nodes(tree: ast.AST):
    """Every node of ``tree`` except what sits under ``if TYPE_CHECKING:``."""
    for node in ast.iter_child_nodes(tree):
        if isinstance(node, ast.If) and _is_type_checking(node):
            yield from (inner for child in node.orelse for inner in [child, *_nodes(child)])
            continue
        yield node
        yield from _nodes(node)


def imports_of(path: Path, modules: set[str]) -> set[str]:
    """The kg modules that the module at ``path`` imports (``from kg.x import y`` counts kg.x.y
    when y is a module, else kg.x)."""
    name = module_name(path)
    package = name if path.name == "__init__.py" else name.rpartition(".")[0]
    found: set[str] = set()
    for node in _nodes(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            found.update(alias.name for alias in node.names if alias.name.split(".")[0] == "kg")
        elif isinstance(node, ast.ImportFrom):
            if node.level:
                base = package.split(".")[: len(package.split(".")) - node.level + 1]
                target = ".".join(base + ([node.module] if node.module else []))
            else:
                target = node.module or ""
            if target.split(".")[0] != "kg":
                continue
            for alias in node.names:
                found.add(f"{target}.{alias.name}" if f"{target}.{alias.name}" in modules else target)
    return {module for module in found if module in modules and module != name}


def import_graph() -> dict[str, set[str]]:
    paths = sorted(PACKAGE.rglob("*.py"))
    modules = {module_name(path) for path in paths}
    return {module_name(path): imports_of(path, modules) for path in paths}


def cycles(graph: dict[str, set[str]]) -> list[list[str]]:
    """The strongly connected components of more than one module (Tarjan), each sorted."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on_stack: set[str] = set()
    found: list[list[str]] = []

    def visit(node: str) -> None:
        index[node] = low[node] = len(index)
        stack.append(node)
        on_stack.add(node)
        for target in sorted(graph.get(node, ())):
            if target not in index:
                visit(target)
                low[node] = min(low[node], low[target])
            elif target in on_stack:
                low[node] = min(low[node], index[target])
        if low[node] == index[node]:
            component = []
            while True:
                member = stack.pop()
                on_stack.discard(member)
                component.append(member)
                if member == node:
                    break
            if len(component) > 1:
                found.append(sorted(component))

    for node in sorted(graph):
        if node not in index:
            visit(node)
    return sorted(found)


def layer_of(module: str) -> int:
    best, layer = "", -1
    for number, prefixes in enumerate(LAYERS):
        for prefix in prefixes:
            if (module == prefix or module.startswith(prefix + ".")) and len(prefix) > len(best):
                best, layer = prefix, number
    return layer


def _without_known(graph: dict[str, set[str]]) -> dict[str, set[str]]:
    return {module: {t for t in targets if (module, t) not in KNOWN} for module, targets in graph.items()}


def test_the_walk_sees_relative_absolute_and_function_imports(tmp_path, monkeypatch):
    package = tmp_path / "kg"
    (package / "sub").mkdir(parents=True)
    for name in ("__init__.py", "a.py", "b.py", "c.py", "sub/__init__.py", "sub/d.py"):
        (package / name).write_text("")
    (package / "a.py").write_text("from . import b\nfrom .sub.d import thing\n")
    (package / "b.py").write_text("def later():\n    import kg.c\n")
    (package / "sub" / "d.py").write_text(
        "from ..a import x\nfrom typing import TYPE_CHECKING\nif TYPE_CHECKING:\n    from kg.c import y\n"
    )
    monkeypatch.setattr(__import__(__name__), "PACKAGE", package)
    graph = import_graph()
    assert graph["kg.a"] == {"kg.b", "kg.sub.d"}
    assert graph["kg.b"] == {"kg.c"}
    assert graph["kg.sub.d"] == {"kg.a"}
    assert cycles(graph) == [["kg.a", "kg.sub.d"]]


def test_no_import_cycle():
    assert cycles(_without_known(import_graph())) == []


def test_every_module_has_a_layer():
    assert [module for module in import_graph() if layer_of(module) < 0] == []


def test_no_import_reaches_a_layer_above():
    upward = sorted(
        (module, target)
        for module, targets in _without_known(import_graph()).items()
        for target in targets
        if layer_of(target) > layer_of(module)
    )
    assert upward == []


def test_each_known_exception_still_exists():
    """Remove an entry of KNOWN once its import is gone."""
    graph = import_graph()
    assert [edge for edge in KNOWN if edge[1] not in graph.get(edge[0], set())] == []


def reached(graph: dict[str, set[str]], start: str) -> set[str]:
    """Every kg module that importing ``start`` runs (with the packages above each one)."""
    seen, todo = set(), [start]
    while todo:
        module = todo.pop()
        if module in seen:
            continue
        seen.add(module)
        parents = [".".join(module.split(".")[:i]) for i in range(2, module.count(".") + 1)]
        todo.extend([*graph.get(module, ()), *(p for p in parents if p in graph)])
    return seen


def test_the_rdf_stage_and_the_store_need_no_extractor():
    """Opening a store, or turning records into quads, imports none of the NLP stages."""
    graph = import_graph()
    for start in ("kg.rdf", "kg.store", "kg.load", "kg.query", "kg.export"):
        nlp = sorted(m for m in reached(graph, start) if m.startswith(("kg.extract", "kg.nlp", "kg.readers")))
        assert nlp == [], start
