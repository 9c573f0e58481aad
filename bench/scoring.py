"""Shared parts of bench/quality.py: loading the sets, calling annotate, P/R/F1."""

from __future__ import annotations

import importlib
import json
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

from pipeline.schema import Article, Source

FETCHED_AT = "2025-01-01T00:00:00Z"

Annotate = Callable[..., Any]


# ---------------------------------------------------------------- loading


def load_jsonl(path: Path) -> list[dict[str, Any]]:
    with path.open(encoding="utf-8") as fh:
        return [json.loads(line) for line in fh if line.strip()]


def make_article(rec: dict[str, Any], feed: str) -> Article:
    return Article(
        id=rec["id"],
        url=None,
        canonical_url=None,
        guid=None,
        source=Source(feed=feed, domain="eval.newswire.invalid", name="newswire eval set"),
        title=rec.get("title", ""),
        text=rec["text"],
        language="en",
        published_at=None,
        fetched_at=FETCHED_AT,
    )


def load_annotate(spec: str) -> tuple[Annotate | None, str | None]:
    """Import ``module:function``; return (callable, None) or (None, why not)."""
    module_name, _, func_name = spec.partition(":")
    try:
        module = importlib.import_module(module_name)
    except Exception as exc:  # an unfinished package may fail in many ways
        return None, f"cannot import {module_name}: {type(exc).__name__}: {exc}"
    func = getattr(module, func_name or "annotate", None)
    if not callable(func):
        return None, f"{module_name} has no callable {func_name or 'annotate'}"
    return func, None


class Runner:
    """Calls annotate defensively and remembers failures."""

    def __init__(self, annotate: Annotate | None, threshold: float) -> None:
        self.annotate = annotate
        self.threshold = threshold
        self.errors: list[str] = []
        self.calls = 0
        self.seconds = 0.0

    def __call__(self, article: Article) -> Any | None:
        if self.annotate is None:
            return None
        self.calls += 1
        started = time.perf_counter()
        try:
            return self.annotate(article, conflict_threshold=self.threshold)
        except Exception as exc:
            self.errors.append(f"{article.id}: {type(exc).__name__}: {exc}")
            return None
        finally:
            self.seconds += time.perf_counter() - started


# ---------------------------------------------------------------- metrics helpers


def prf(tp: int, fp: int, fn: int) -> dict[str, float | int]:
    p = tp / (tp + fp) if tp + fp else 0.0
    r = tp / (tp + fn) if tp + fn else 0.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return {
        "precision": round(p, 4),
        "recall": round(r, 4),
        "f1": round(f, 4),
        "tp": tp,
        "fp": fp,
        "fn": fn,
    }


def ratio(num: int, den: int) -> float | None:
    return round(num / den, 4) if den else None


def _get(obj: Any, name: str, default: Any = None) -> Any:
    if isinstance(obj, dict):
        return obj.get(name, default)
    return getattr(obj, name, default)
