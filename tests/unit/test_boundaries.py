"""The rooms of the house plan, checked on the source: who may import what."""

from __future__ import annotations

import ast
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]


def _imports(path: Path) -> set[str]:
    tree = ast.parse(path.read_text(), filename=str(path))
    names: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names.update(alias.name.split(".")[0] for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            names.add(node.module.split(".")[0])
    return names


def _sources(folder: str) -> list[Path]:
    return sorted((REPO / folder).rglob("*.py"))


def test_pipeline_never_imports_faust():
    offenders = [str(p) for p in _sources("pipeline") if _imports(p) & {"faust", "mode", "agents"}]
    assert offenders == []


def test_enrich_stages_do_no_io_and_read_no_clock():
    forbidden = {"kafka", "aiokafka", "httpx", "requests", "socket", "urllib", "aiohttp", "faust"}
    for path in _sources("pipeline/enrich"):
        assert not (_imports(path) & forbidden), path
        source = path.read_text()
        for call in ("datetime.now(", "time.time(", "time.monotonic(", "date.today("):
            assert call not in source, f"{path} reads the clock"


def test_only_the_settings_module_reads_the_environment():
    offenders = []
    for path in _sources("pipeline") + _sources("agents"):
        if path.name == "settings.py":
            continue
        source = path.read_text()
        if "os.environ" in source or "os.getenv" in source or "getenv(" in source:
            offenders.append(str(path.relative_to(REPO)))
    assert offenders == []


def test_modules_stay_small_enough_to_read_at_once():
    too_big = [
        f"{p.relative_to(REPO)} ({n} lines)"
        for p in _sources("pipeline") + _sources("agents")
        if (n := len(p.read_text().splitlines())) > 400
    ]
    assert too_big == []
