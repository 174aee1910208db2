"""The import direction of DESIGN.md, kept by a test.

records and errors import nothing of vnkg; ontology only them; builder may import
ontology; queries imports ontology; exports imports queries and ontology, never
builder; only cli imports everything.
"""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

PKG = Path(__file__).resolve().parent.parent / "vnkg"

ALLOWED = {
    "records": set(),
    "errors": set(),
    "ontology": {"records", "errors", "ontology"},
    "builder": {"records", "errors", "ontology", "builder"},
    "queries": {"records", "errors", "ontology", "queries"},
    "exports": {"records", "errors", "ontology", "queries", "exports"},
}


def _part(module: str) -> str:
    """The top-level part of a ``vnkg.x.y`` module name."""
    return module.split(".")[1] if module.count(".") else ""


def _vnkg_imports(path: Path) -> set[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    found = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.ImportFrom) and node.module and node.module.startswith("vnkg."):
            found.add(_part(node.module))
        elif isinstance(node, ast.ImportFrom) and node.module == "vnkg":
            found.update(alias.name for alias in node.names)
        elif isinstance(node, ast.Import):
            found.update(_part(a.name) for a in node.names if a.name.startswith("vnkg."))
    return found


def _modules() -> list[tuple[str, Path]]:
    out = []
    for path in sorted(PKG.rglob("*.py")):
        rel = path.relative_to(PKG)
        part = rel.parts[0].removesuffix(".py")
        if part in ALLOWED:
            out.append((part, path))
    return out


@pytest.mark.parametrize(
    ("part", "path"), _modules(), ids=lambda v: str(v.relative_to(PKG)) if isinstance(v, Path) else v
)
def test_imports_follow_the_design(part: str, path: Path) -> None:
    wrong = _vnkg_imports(path) - ALLOWED[part] - {""}
    assert not wrong, f"{path.relative_to(PKG)} ({part}) imports vnkg.{sorted(wrong)}"
