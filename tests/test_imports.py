"""The house rule "no import circles": the graph of imports between zhibiao's modules is acyclic.

Every import statement counts, wherever it stands: at the top, inside a function (a circle
hidden by a late import is still a circle) and under ``if TYPE_CHECKING:``. ``from pkg import
name`` is an edge to the submodule ``pkg.name`` when there is one, else to ``pkg`` itself.
"""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

PACKAGE = Path(__file__).resolve().parents[1] / "src" / "zhibiao"


def _modules(root: Path) -> dict[str, tuple[Path, bool]]:
    """Dotted name -> (file, is a package) for every module under ``root``."""
    out = {}
    for f in sorted(root.rglob("*.py")):
        parts = list(f.relative_to(root.parent).with_suffix("").parts)
        is_pkg = parts[-1] == "__init__"
        out[".".join(parts[:-1] if is_pkg else parts)] = (f, is_pkg)
    return out


def _imported(name: str, is_pkg: bool, node: ast.Import | ast.ImportFrom, known: set[str]) -> set[str]:
    """The zhibiao modules one import statement of module ``name`` imports."""
    if isinstance(node, ast.Import):
        return {a.name for a in node.names if a.name in known}
    if node.level:  # relative: resolved against the importing module's package
        base = name.split(".") if is_pkg else name.split(".")[:-1]
        base = base[: len(base) - (node.level - 1)]
        target = ".".join([*base, *([node.module] if node.module else [])])
    else:
        target = node.module or ""
    out = set()
    for a in node.names:
        sub = f"{target}.{a.name}"
        out.add(sub if sub in known else target)
    return out & known


def import_graph(root: Path = PACKAGE) -> dict[str, set[str]]:
    """Module -> the zhibiao modules it imports (itself excluded)."""
    mods = _modules(root)
    known = set(mods)
    graph: dict[str, set[str]] = {}
    for name, (f, is_pkg) in mods.items():
        edges: set[str] = set()
        for node in ast.walk(ast.parse(f.read_text(encoding="utf-8"), str(f))):
            if isinstance(node, ast.Import | ast.ImportFrom):
                edges |= _imported(name, is_pkg, node, known)
        graph[name] = edges - {name}
    return graph


def find_cycle(graph: dict[str, set[str]]) -> list[str] | None:
    """One import circle as a path ``[a, b, …, a]``, or None when the graph is acyclic."""
    state: dict[str, int] = {}  # 1: on the current path, 2: done
    for start in sorted(graph):
        if state.get(start):
            continue
        path, stack = [start], [iter(sorted(graph[start]))]
        state[start] = 1
        while stack:
            nxt = next(stack[-1], None)
            if nxt is None:
                state[path.pop()] = 2
                stack.pop()
            elif state.get(nxt) == 1:
                return [*path[path.index(nxt) :], nxt]
            elif not state.get(nxt):
                state[nxt] = 1
                path.append(nxt)
                stack.append(iter(sorted(graph[nxt])))
    return None


def test_zhibiao_has_no_import_circle() -> None:
    graph = import_graph()
    assert len(graph) > 50 and "zhibiao.store.ingest" in graph  # the walk did find the package
    cycle = find_cycle(graph)
    assert cycle is None, "import circle: " + " -> ".join(cycle or [])


@pytest.mark.parametrize(
    ("files", "circle"),
    [
        ({"a.py": "from pkg import b\n", "b.py": "def f():\n    from pkg.a import x\n"}, True),  # late import
        ({"a.py": "from typing import TYPE_CHECKING\nif TYPE_CHECKING:\n    from pkg.b import B\n",
          "b.py": "from . import a\n"}, True),  # a type-only import, a relative import
        ({"__init__.py": "from pkg.a import x\n", "a.py": "from pkg import b\n", "b.py": "import os\n"}, False),
        ({"a.py": "from pkg.b import y\n", "b.py": "from pkg.c import z\n", "c.py": "import pkg.a\n"}, True),
    ],
)
def test_the_circle_finder_sees_every_kind_of_import(tmp_path: Path, files: dict[str, str], circle: bool) -> None:
    """The check itself: late, type-only, relative and plain imports all make edges; a package
    importing its submodule, which imports a sibling, is no circle."""
    pkg = tmp_path / "pkg"
    pkg.mkdir()
    (pkg / "__init__.py").write_text("")
    for name, text in files.items():
        (pkg / name).write_text(text)
    assert (find_cycle(import_graph(pkg)) is not None) is circle
