"""The optional compiled build (setup.py, NEWSWIRE_MYPYC=1) stays out of the source tree.

A mypyc extension next to its .py file is imported instead of it: every later edit of
the source would be silently ignored. setup.py refuses editable and in-place compiled
builds; this catches an extension that got here any other way.
"""

from __future__ import annotations

import ast
import importlib.machinery
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
EXTENSION_SUFFIXES = (".so", ".pyd", *importlib.machinery.EXTENSION_SUFFIXES)


def test_no_compiled_extension_in_the_source_tree() -> None:
    found = [
        path.relative_to(REPO).as_posix()
        for package in ("pipeline", "agents")
        for path in (REPO / package).rglob("*")
        if path.is_file() and path.name.endswith(EXTENSION_SUFFIXES)
    ]
    assert not found, (
        f"compiled extensions in the source tree shadow the .py files: {found}; delete them "
        "(the compiled build goes to its own venv: make install-compiled)"
    )


def test_the_compiled_modules_exist() -> None:
    tree = ast.parse((REPO / "setup.py").read_text(encoding="utf-8"))
    listed = next(
        ast.literal_eval(node.value)
        for node in tree.body
        if isinstance(node, ast.Assign)
        and any(isinstance(t, ast.Name) and t.id == "COMPILED_MODULES" for t in node.targets)
    )
    assert listed, "setup.py compiles nothing"
    missing = [path for path in listed if not (REPO / path).is_file()]
    assert not missing, f"setup.py's COMPILED_MODULES names missing files: {missing}"
    outside = [path for path in listed if not path.startswith("pipeline/enrich/")]
    assert not outside, f"only the pure enrichment core is compiled, not {outside}"
