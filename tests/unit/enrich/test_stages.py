"""The stage loop: order, output records, purity of every stage module."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

import pipeline
from pipeline.enrich import STAGES, annotate, enrich, rules_hash
from pipeline.enrich.fingerprint import simhash
from pipeline.enrich.text import normalise
from pipeline.schema import Annotations, Article, EnrichedArticle, Source

ROOT = Path(__file__).resolve().parents[3]
ENRICH_DIR = ROOT / "pipeline" / "enrich"
SEED = ROOT / "seeds" / "000_d618fc00f0c004b1.txt"


def seed_article() -> Article:
    title, _, body = SEED.read_text(encoding="utf-8").partition("\n")
    return Article(
        id="d618fc00f0c004b1",
        url=None,
        canonical_url=None,
        guid=None,
        source=Source(feed=str(SEED), domain=""),
        title=title,
        text=body,
        language="en",
        published_at=None,
        fetched_at="2024-01-01T00:00:00Z",
    )


def test_stages_run_in_the_documented_order():
    assert [name for name, _ in STAGES] == [
        "normalise",
        "sentences",
        "conflict",
        "figures",
        "places",
        "fingerprint",
    ]


def test_annotate_returns_annotations_and_is_deterministic():
    article = seed_article()
    first = annotate(article)
    assert isinstance(first, Annotations)
    assert annotate(article) == first
    assert first.fingerprint == simhash(normalise(article.text))
    assert first.conflict.is_conflict


def test_enrich_builds_the_output_record_with_pipeline_info():
    article = seed_article()
    record = enrich(article, revision=2, enriched_at="2024-05-01T12:00:00Z")
    assert isinstance(record, EnrichedArticle)
    assert record.id == article.id and record.text == article.text
    assert record.dedupe.revision == 2
    assert record.dedupe.fingerprint == annotate(article).fingerprint
    assert record.pipeline.version == pipeline.__version__
    assert record.pipeline.enriched_at == "2024-05-01T12:00:00Z"
    assert record.pipeline.rules == rules_hash() and len(rules_hash()) == 16


def test_a_fingerprint_computed_before_is_kept_and_not_recomputed(monkeypatch):
    import pipeline.enrich as stages

    article = seed_article()
    computed = annotate(article).fingerprint

    def no_simhash(text: str) -> str:
        raise AssertionError("the fingerprint was computed again")

    monkeypatch.setattr(stages, "simhash", no_simhash)
    given = annotate(article, fingerprint=computed)
    assert given.fingerprint == computed
    record = enrich(article, enriched_at="2024-05-01T12:00:00Z", fingerprint=computed)
    assert record.dedupe.fingerprint == computed


def test_conflict_threshold_reaches_the_tagger():
    article = seed_article()
    assert not enrich(article, enriched_at="x", conflict_threshold=1.01).conflict.is_conflict


def test_empty_article_is_handled():
    article = Article(
        id="e",
        url=None,
        canonical_url=None,
        guid=None,
        source=Source(feed="", domain=""),
        title="",
        text="",
        language=None,
        published_at=None,
        fetched_at="",
    )
    result = annotate(article)
    assert result.conflict.score == 0.0 and result.places == ()


FORBIDDEN_IMPORTS = {"faust", "kafka", "httpx", "requests", "aiohttp", "urllib", "socket"}
CLOCK_CALLS = {
    ("datetime", "now"),
    ("datetime", "utcnow"),
    ("datetime", "today"),
    ("date", "today"),
    ("time", "time"),
    ("time", "time_ns"),
    ("time", "monotonic"),
    ("time", "perf_counter"),
    ("time", "localtime"),
    ("time", "gmtime"),
}


def _stage_sources() -> list[Path]:
    return sorted(p for p in ENRICH_DIR.rglob("*.py") if "__pycache__" not in p.parts)


@pytest.mark.parametrize("path", _stage_sources(), ids=lambda p: str(p.relative_to(ENRICH_DIR)))
def test_no_stage_module_imports_io_clients_or_reads_the_clock(path):
    tree = ast.parse(path.read_text(encoding="utf-8"))
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            roots = {alias.name.split(".")[0] for alias in node.names}
        elif isinstance(node, ast.ImportFrom):
            roots = {(node.module or "").split(".")[0]} if node.level == 0 else set()
            if node.module in ("time", "datetime"):
                names = {alias.name for alias in node.names}
                assert not names & {"time", "time_ns", "monotonic", "perf_counter"}, path
        else:
            roots = set()
        assert not roots & FORBIDDEN_IMPORTS, f"{path}: imports {roots & FORBIDDEN_IMPORTS}"
        if isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute):
            owner = node.func.value
            owner_name = owner.id if isinstance(owner, ast.Name) else getattr(owner, "attr", "")
            assert (owner_name, node.func.attr) not in CLOCK_CALLS, f"{path}: reads the clock"
