"""Quality of the enrichment stages on the hand-written evaluation sets.

    python bench/quality.py [--show-errors] [--json] [--threshold 0.5] [--annotate MOD:FUNC]
                            [--set DIR]

Loads eval/conflict.jsonl and eval/figures.jsonl (see eval/README.md for the labelling
guideline and the matching rules), or the two files of the folder given with ``--set`` (for
example ``--set eval/holdout``, the blind held-out set, see eval/holdout/README.md), runs
``pipeline.enrich.annotate`` on every text and prints:

- is_conflict precision/recall/F1, the false-positive rate per kind of negative, the recall per
  kind of positive, and F1 over a few thresholds of the conflict score;
- precision/recall/F1 per conflict tag;
- the same is_conflict metrics for a naive keyword list (the baseline to beat);
- figures: span-matching precision/recall, the accuracy of value, unit, category, qualifier,
  projected and attribution over matched figures, the displacement-report recall, and the share
  of texts where a year, date, age, time or duration was extracted as a figure.

The last line printed is always one JSON object with every metric (with ``--json`` it is the only
line). A missing or failing ``annotate`` does not stop the bench: a text whose annotation raises
counts as "nothing predicted" and the errors are counted and reported.
"""

from __future__ import annotations

import argparse
import importlib
import json
import re
import sys
import time
from collections import Counter, defaultdict
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from pipeline.schema import CONFLICT_TAGS, Article, Source  # noqa: E402

EVAL_DIR = ROOT / "eval"
CONFLICT_SET = EVAL_DIR / "conflict.jsonl"
FIGURES_SET = EVAL_DIR / "figures.jsonl"
FETCHED_AT = "2025-01-01T00:00:00Z"
THRESHOLDS = (0.3, 0.4, 0.5, 0.6, 0.7, 0.8)

# The naive baseline: a text is "conflict" when any of these words appears.
BASELINE_KEYWORDS = (
    "killed",
    "attack",
    "attacks",
    "attacked",
    "war",
    "bomb",
    "bombs",
    "bombing",
    "fighting",
    "troops",
    "shelling",
    "refugees",
    "militants",
    "clashes",
    "airstrike",
    "air strike",
    "air strikes",
    "rebels",
    "gunmen",
    "soldiers",
    "missile",
    "insurgents",
    "displaced",
    "fled",
    "massacre",
    "explosion",
    "terrorist",
    "riot",
    "riots",
    "violence",
)
_BASELINE_RE = re.compile(r"\b(?:" + "|".join(map(re.escape, BASELINE_KEYWORDS)) + r")\b", re.I)

# Kinds of negative substrings that the "dates or years taken for figures" target covers.
_MONTHS = "January|February|March|April|May|June|July|August|September|October|November|December"
_DAYS = "Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday"
_ORDINAL_WORDS = "first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth"
_NEG_KIND_PATTERNS = (
    ("money", re.compile(r"[$£€]|\b(euros?|dollars?|naira|hryvnias?|pounds)\b", re.I)),
    ("percent", re.compile(r"%|\bone in \w+\b|\ba (third|quarter|half) of\b", re.I)),
    ("age", re.compile(r"year-old|years old|\baged?\b|in their \d0s|\bturn \d+|as young as", re.I)),
    ("time", re.compile(r"\d{1,2}(:\d\d)?\s*[ap]\.m\.|\b\d{1,2}:\d\d\b", re.I)),
    ("year", re.compile(r"\b(19|20)\d\d\b")),
    (
        "measure",
        re.compile(
            r"\d\s*(km|km/h|mph|C|cm|centimetres|metres|foot|feet|kg)\b|magnitude|barrels"
            r"|^\d+(\.\d+)?$",
            re.I,
        ),
    ),
    ("date", re.compile(rf"\b({_MONTHS}|{_DAYS})\b")),
    ("ordinal", re.compile(rf"\b\d+(st|nd|rd|th)\b|\b({_ORDINAL_WORDS})\b", re.I)),
    (
        "duration",
        re.compile(
            r"\b(minute|hour|day|week|month|year|decade|fortnight|night|winter)s?\b"
            r"|\d+-(hour|day|week|month|year)\b",
            re.I,
        ),
    ),
)
DATE_LIKE = frozenset({"year", "date", "age", "time", "duration"})

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


# ---------------------------------------------------------------- conflict


def score_binary(gold: list[bool], pred: list[bool]) -> dict[str, float | int]:
    tp = sum(g and p for g, p in zip(gold, pred, strict=True))
    fp = sum(p and not g for g, p in zip(gold, pred, strict=True))
    fn = sum(g and not p for g, p in zip(gold, pred, strict=True))
    return prf(tp, fp, fn)


def per_kind(records: list[dict[str, Any]], pred: list[bool]) -> dict[str, Any]:
    neg: dict[str, list[int]] = defaultdict(lambda: [0, 0])
    pos: dict[str, list[int]] = defaultdict(lambda: [0, 0])
    for rec, p in zip(records, pred, strict=True):
        bucket = pos if rec["is_conflict"] else neg
        bucket[rec["kind"]][0] += 1
        bucket[rec["kind"]][1] += int(p)
    return {
        "false_positive_rate_by_negative_kind": {
            k: {"n": n, "fp": fp, "rate": ratio(fp, n)} for k, (n, fp) in sorted(neg.items())
        },
        "recall_by_positive_kind": {
            k: {"n": n, "found": tp, "recall": ratio(tp, n)} for k, (n, tp) in sorted(pos.items())
        },
    }


def baseline_predict(rec: dict[str, Any]) -> bool:
    return bool(_BASELINE_RE.search(rec.get("title", "") + "\n" + rec["text"]))


def evaluate_conflict(
    records: list[dict[str, Any]], runner: Runner, show_errors: bool, out: list[str]
) -> dict[str, Any]:
    gold = [bool(r["is_conflict"]) for r in records]
    pred: list[bool] = []
    scores: list[float] = []
    pred_tags: list[set[str]] = []
    for rec in records:
        ann = runner(make_article(rec, str(CONFLICT_SET.relative_to(ROOT))))
        conflict = _get(ann, "conflict") if ann is not None else None
        pred.append(bool(_get(conflict, "is_conflict", False)) if conflict is not None else False)
        scores.append(float(_get(conflict, "score", 0.0) or 0.0) if conflict is not None else 0.0)
        hits = _get(conflict, "tags", ()) if conflict is not None else ()
        pred_tags.append({_get(h, "tag") for h in hits or ()})

    result: dict[str, Any] = {"n": len(records), "positives": sum(gold)}
    result["is_conflict"] = score_binary(gold, pred)
    result.update(per_kind(records, pred))
    result["f1_by_score_threshold"] = {
        str(t): score_binary(gold, [s >= t for s in scores])["f1"] for t in THRESHOLDS
    }

    tags: dict[str, Any] = {}
    for tag in CONFLICT_TAGS:
        tp = fp = fn = 0
        for rec, got in zip(records, pred_tags, strict=True):
            want = tag in rec["tags"]
            have = tag in got
            tp += want and have
            fp += have and not want
            fn += want and not have
        tags[tag] = prf(tp, fp, fn)
    unknown = sorted({t for got in pred_tags for t in got} - set(CONFLICT_TAGS), key=str)
    result["tags"] = tags
    result["tags_macro_f1"] = round(sum(t["f1"] for t in tags.values()) / len(tags), 4)
    if unknown:
        result["unknown_tags"] = [str(t) for t in unknown]

    base = [baseline_predict(r) for r in records]
    result["baseline_keywords"] = {
        "is_conflict": score_binary(gold, base),
        "false_positive_rate_by_negative_kind": {
            k: v["rate"]
            for k, v in per_kind(records, base)["false_positive_rate_by_negative_kind"].items()
        },
    }

    if show_errors:
        out.append("")
        out.append("conflict errors (FN = missed conflict, FP = false alarm):")
        for rec, g, p, s in zip(records, gold, pred, scores, strict=True):
            if g != p:
                label = "FN" if g else "FP"
                out.append(f"  {label} {rec['id']} [{rec['kind']}] score={s:.2f} {rec['title']}")
        out.append("tag errors (missing -, extra +) on texts whose is_conflict is right:")
        for rec, g, p, got in zip(records, gold, pred, pred_tags, strict=True):
            if g != p:
                continue
            want = set(rec["tags"])
            missing, extra = sorted(want - got), sorted(got - want, key=str)
            if missing or extra:
                diff = " ".join([f"-{t}" for t in missing] + [f"+{t}" for t in extra])
                out.append(f"  {rec['id']} {diff}  {rec['title']}")
    return result


# ---------------------------------------------------------------- figures


def _num(x: Any) -> float | None:
    if x is None or isinstance(x, bool):
        return None
    try:
        return float(x)
    except (TypeError, ValueError):
        return None


def _close(a: float | None, b: float | None) -> bool:
    return a is not None and b is not None and abs(a - b) <= 1e-6 * max(1.0, abs(a), abs(b))


def interval(fig: Any) -> tuple[float, float] | None:
    """The bounds of a range or a vague amount, else None."""
    if not (_get(fig, "vague") or _get(fig, "qualifier") == "range"):
        return None
    low, high = _num(_get(fig, "low")), _num(_get(fig, "high"))
    if low is None and high is None:
        return None
    return (low if low is not None else high, high if high is not None else low)  # type: ignore[return-value]


def _within(v: float | None, iv: tuple[float, float] | None) -> bool:
    return v is not None and iv is not None and iv[0] - 1e-9 <= v <= iv[1] + 1e-9


def values_agree(gold: dict[str, Any], pred: Any) -> bool:
    gv, pv = _num(gold["value"]), _num(_get(pred, "value"))
    if _close(gv, pv):
        return True
    gi, pi = interval(gold), interval(pred)
    if _within(pv, gi) or _within(gv, pi):
        return True
    return bool(gi and pi and gi[0] <= pi[1] and pi[0] <= gi[1])


def overlap(a0: int, a1: int, b0: int, b1: int) -> int:
    return max(0, min(a1, b1) - max(a0, b0))


def match_figures(gold: list[dict[str, Any]], pred: list[Any]) -> list[tuple[int, int]]:
    """One-to-one greedy matching by span overlap among value-compatible pairs."""
    pairs = []
    for gi, g in enumerate(gold):
        for pi, p in enumerate(pred):
            ov = overlap(g["start"], g["end"], int(_get(p, "start", 0)), int(_get(p, "end", 0)))
            if ov > 0 and values_agree(g, p):
                pairs.append((ov, -abs(g["start"] - int(_get(p, "start", 0))), gi, pi))
    pairs.sort(reverse=True)
    used_g: set[int] = set()
    used_p: set[int] = set()
    matched = []
    for _, _, gi, pi in pairs:
        if gi in used_g or pi in used_p:
            continue
        used_g.add(gi)
        used_p.add(pi)
        matched.append((gi, pi))
    return matched


def norm_attribution(value: Any) -> str | None:
    if value is None:
        return None
    text = re.sub(r"\s+", " ", str(value)).strip().strip(".,;:'\"").lower()
    text = re.sub(r"^the\s+", "", text)
    return text or None


def field_checks(gold: dict[str, Any], pred: Any) -> dict[str, bool]:
    gi = interval(gold)
    if gold["vague"]:
        value_ok = bool(_get(pred, "vague")) or _close(
            _num(gold["value"]), _num(_get(pred, "value"))
        )
    elif gold["qualifier"] == "range":
        value_ok = (
            gi is not None
            and _close(gi[0], _num(_get(pred, "low")))
            and _close(gi[1], _num(_get(pred, "high")))
        )
    else:
        value_ok = _close(_num(gold["value"]), _num(_get(pred, "value")))
    qualifier_ok = _get(pred, "qualifier") == gold["qualifier"] or (
        gold["vague"] and _get(pred, "qualifier") in ("approx", "range")
    )
    accepted = {norm_attribution(gold["attribution"])} | {
        norm_attribution(a) for a in gold.get("attribution_alts", ())
    }
    return {
        "value": value_ok,
        "unit": _get(pred, "unit") == gold["unit"],
        "category": _get(pred, "category") == gold["category"],
        "qualifier": qualifier_ok,
        "projected": bool(_get(pred, "projected")) == bool(gold["projected"]),
        "attribution": norm_attribution(_get(pred, "attribution")) in accepted,
    }


def negative_kind(neg: str) -> str:
    for kind, pattern in _NEG_KIND_PATTERNS:
        if pattern.search(neg):
            return kind
    return "other"


def occurrences(text: str, sub: str) -> Iterable[tuple[int, int]]:
    for m in re.finditer(re.escape(sub), text):
        yield m.start(), m.end()


def evaluate_figures(
    records: list[dict[str, Any]], runner: Runner, show_errors: bool, out: list[str]
) -> dict[str, Any]:
    n_gold = n_pred = n_match = 0
    field_ok: Counter[str] = Counter()
    by_cat_gold: Counter[str] = Counter()
    by_cat_found: Counter[str] = Counter()
    by_cat_right: Counter[str] = Counter()
    confusion: Counter[tuple[str, str]] = Counter()
    disp_gold = disp_found = disp_unit = disp_cat = 0
    disp_reports = disp_reports_full = 0
    leak_texts_date = leak_texts_any = texts_with_date_negs = 0
    leak_by_kind: Counter[str] = Counter()
    title_figures = fp_in_empty_texts = 0
    errors: list[str] = []

    for rec in records:
        ann = runner(make_article(rec, str(FIGURES_SET.relative_to(ROOT))))
        figures = list(_get(ann, "figures", ()) or ()) if ann is not None else []
        pred = [f for f in figures if _get(f, "field", "text") == "text"]
        title_figures += len(figures) - len(pred)
        gold = rec["figures"]
        matched = match_figures(gold, pred)
        n_gold += len(gold)
        n_pred += len(pred)
        n_match += len(matched)
        if not gold:
            fp_in_empty_texts += len(pred)
        gold_hit = {gi: pi for gi, pi in matched}
        pred_hit = {pi for _, pi in matched}

        for gi, g in enumerate(gold):
            by_cat_gold[g["category"]] += 1
            if g["category"] == "displaced":
                disp_gold += 1
            if gi not in gold_hit:
                if show_errors:
                    errors.append(
                        f"  MISS {rec['id']} {g['text']!r} = {g['value']} {g['category']}"
                        f"/{g['unit']}"
                    )
                continue
            p = pred[gold_hit[gi]]
            checks = field_checks(g, p)
            field_ok.update(k for k, ok in checks.items() if ok)
            by_cat_found[g["category"]] += 1
            by_cat_right[g["category"]] += checks["category"]
            confusion[(g["category"], str(_get(p, "category")))] += 1
            if g["category"] == "displaced":
                disp_found += 1
                disp_unit += checks["unit"]
                disp_cat += checks["category"]
            if show_errors:
                wrong = [k for k, ok in checks.items() if not ok]
                if wrong:
                    detail = ", ".join(
                        f"{k}: want {_want(g, k)!r} got {_got(p, k)!r}" for k in wrong
                    )
                    errors.append(f"  FIELD {rec['id']} {g['text']!r}: {detail}")

        disp = [gi for gi, g in enumerate(gold) if g["category"] == "displaced"]
        if disp:
            disp_reports += 1
            disp_reports_full += all(gi in gold_hit for gi in disp)

        # negatives: years, dates, ages, durations... extracted as figures
        kinds_hit: set[str] = set()
        has_date_neg = False
        for neg in rec["negatives"]:
            kind = negative_kind(neg)
            has_date_neg |= kind in DATE_LIKE
            for a, b in occurrences(rec["text"], neg):
                for p in pred:
                    if overlap(a, b, int(_get(p, "start", 0)), int(_get(p, "end", 0))):
                        kinds_hit.add(kind)
                        if show_errors:
                            errors.append(
                                f"  NEG  {rec['id']} {neg!r} ({kind}) taken as "
                                f"{_get(p, 'text')!r} = {_get(p, 'value')}"
                            )
        texts_with_date_negs += has_date_neg
        leak_by_kind.update(kinds_hit)
        leak_texts_any += bool(kinds_hit)
        leak_texts_date += bool(kinds_hit & DATE_LIKE)

        if show_errors:
            for pi, p in enumerate(pred):
                if pi not in pred_hit:
                    errors.append(
                        f"  FP   {rec['id']} {_get(p, 'text')!r} = {_get(p, 'value')} "
                        f"{_get(p, 'category')}/{_get(p, 'unit')}"
                    )

    precision = n_match / n_pred if n_pred else 0.0
    recall = n_match / n_gold if n_gold else 0.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    result: dict[str, Any] = {
        "texts": len(records),
        "gold": n_gold,
        "predicted": n_pred,
        "matched": n_match,
        "precision": round(precision, 4),
        "recall": round(recall, 4),
        "f1": round(f1, 4),
        "field_accuracy_on_matched": {
            k: ratio(field_ok[k], n_match)
            for k in ("value", "unit", "category", "qualifier", "projected", "attribution")
        },
        "recall_by_category": {
            c: ratio(by_cat_found[c], by_cat_gold[c]) for c in sorted(by_cat_gold)
        },
        "category_accuracy_by_category": {
            c: ratio(by_cat_right[c], by_cat_found[c]) for c in sorted(by_cat_gold)
        },
        "displacement": {
            "gold": disp_gold,
            "recall": ratio(disp_found, disp_gold),
            "unit_accuracy": ratio(disp_unit, disp_found),
            "category_accuracy": ratio(disp_cat, disp_found),
            "reports": disp_reports,
            "reports_fully_found": ratio(disp_reports_full, disp_reports),
        },
        "negatives": {
            "date_year_age_duration_leak_rate": ratio(leak_texts_date, len(records)),
            "date_year_age_duration_leak_texts": leak_texts_date,
            "texts_with_such_negatives": texts_with_date_negs,
            "any_negative_leak_rate": ratio(leak_texts_any, len(records)),
            "texts_leaking_by_kind": dict(sorted(leak_by_kind.items())),
            "false_positives_in_texts_without_figures": fp_in_empty_texts,
        },
        "title_figures_ignored": title_figures,
    }
    if show_errors:
        out.append("")
        out.append("figure errors (MISS gold not found, FP not in gold, FIELD wrong field, NEG):")
        out.extend(errors)
        if confusion:
            out.append("category confusion among matched figures (gold -> predicted: n):")
            for (g, p), n in sorted(confusion.items(), key=lambda kv: -kv[1]):
                if g != p:
                    out.append(f"  {g} -> {p}: {n}")
    return result


def _want(gold: dict[str, Any], key: str) -> Any:
    if key == "value":
        return (gold["value"], gold["low"], gold["high"])
    return gold[key]


def _got(pred: Any, key: str) -> Any:
    if key == "value":
        return (_get(pred, "value"), _get(pred, "low"), _get(pred, "high"))
    return _get(pred, key)


# ---------------------------------------------------------------- report


def _fmt(m: dict[str, Any]) -> str:
    return f"P={m['precision']:.3f} R={m['recall']:.3f} F1={m['f1']:.3f}"


def render(metrics: dict[str, Any]) -> list[str]:
    lines: list[str] = []
    c = metrics["conflict"]
    lines.append(f"annotate: {metrics['annotate']}")
    if metrics.get("annotate_unavailable"):
        lines.append(f"  UNAVAILABLE: {metrics['annotate_unavailable']}")
    if metrics["annotate_errors"]:
        lines.append(f"  {metrics['annotate_errors']} annotate calls raised; first:")
        lines.extend(f"    {e}" for e in metrics["annotate_error_examples"])
    lines.append("")
    lines.append(f"== conflict: {c['n']} texts, {c['positives']} conflict")
    lines.append(f"is_conflict            {_fmt(c['is_conflict'])}")
    b = c["baseline_keywords"]["is_conflict"]
    lines.append(f"keyword baseline       {_fmt(b)}")
    lines.append(
        "F1 by score threshold  "
        + " ".join(f"{t}:{f:.3f}" for t, f in c["f1_by_score_threshold"].items())
    )
    lines.append("false-positive rate by negative kind (tagger | baseline):")
    base_fp = c["baseline_keywords"]["false_positive_rate_by_negative_kind"]
    for kind, v in c["false_positive_rate_by_negative_kind"].items():
        lines.append(
            f"  {kind:32s} n={v['n']:3d} fp={v['fp']:3d} rate={v['rate']:.3f} | {base_fp[kind]:.3f}"
        )
    lines.append("recall by positive kind (only kinds with n >= 5):")
    for kind, v in c["recall_by_positive_kind"].items():
        if v["n"] >= 5:
            lines.append(f"  {kind:32s} n={v['n']:3d} recall={v['recall']:.3f}")
    lines.append("tags:")
    for tag, m in c["tags"].items():
        lines.append(f"  {tag:28s} {_fmt(m)}  (tp={m['tp']} fp={m['fp']} fn={m['fn']})")
    lines.append(f"  macro F1 {c['tags_macro_f1']:.3f}")

    f = metrics["figures"]
    lines.append("")
    lines.append(
        f"== figures: {f['texts']} texts, {f['gold']} gold, {f['predicted']} predicted, "
        f"{f['matched']} matched"
    )
    lines.append(
        f"span+value matching     P={f['precision']:.3f} R={f['recall']:.3f} F1={f['f1']:.3f}"
    )
    lines.append("accuracy on matched:    " + _pairs(f["field_accuracy_on_matched"]))
    lines.append("recall by category:     " + _pairs(f["recall_by_category"]))
    lines.append("category right by cat.: " + _pairs(f["category_accuracy_by_category"]))
    d = f["displacement"]
    lines.append(
        f"displacement: recall={_p(d['recall'])} unit={_p(d['unit_accuracy'])} "
        f"category={_p(d['category_accuracy'])} over {d['gold']} figures; "
        f"reports fully found={_p(d['reports_fully_found'])} of {d['reports']}"
    )
    n = f["negatives"]
    lines.append(
        f"year/date/age/duration taken as a figure: {n['date_year_age_duration_leak_texts']} "
        f"texts, rate={_p(n['date_year_age_duration_leak_rate'])} (any negative: "
        f"{_p(n['any_negative_leak_rate'])}; by kind {n['texts_leaking_by_kind']}); "
        f"{n['false_positives_in_texts_without_figures']} figures in texts without any"
    )
    if f["title_figures_ignored"]:
        lines.append(f"({f['title_figures_ignored']} figures found in titles were ignored)")
    return lines


def _p(v: float | None) -> str:
    return "n/a" if v is None else f"{v:.3f}"


def _pairs(d: dict[str, float | None]) -> str:
    return " ".join(f"{k}={_p(v)}" for k, v in d.items())


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--show-errors", action="store_true", help="print misses and false positives")
    ap.add_argument("--json", action="store_true", help="print only the JSON line")
    ap.add_argument("--threshold", type=float, default=0.5, help="conflict_threshold (0.5)")
    ap.add_argument(
        "--annotate",
        default="pipeline.enrich:annotate",
        help="MODULE:FUNCTION to evaluate (default pipeline.enrich:annotate)",
    )
    ap.add_argument(
        "--set",
        dest="set_dir",
        type=Path,
        default=EVAL_DIR,
        help="folder holding conflict.jsonl and figures.jsonl (default eval/)",
    )
    ap.add_argument("--conflict-set", type=Path, default=None, help="overrides --set")
    ap.add_argument("--figures-set", type=Path, default=None, help="overrides --set")
    args = ap.parse_args(argv)
    set_dir = args.set_dir
    if not set_dir.is_absolute() and not set_dir.exists() and (ROOT / set_dir).exists():
        set_dir = ROOT / set_dir
    conflict_set = args.conflict_set or set_dir / CONFLICT_SET.name
    figures_set = args.figures_set or set_dir / FIGURES_SET.name

    annotate, why = load_annotate(args.annotate)
    runner = Runner(annotate, args.threshold)
    details: list[str] = []
    started = time.perf_counter()
    conflict = evaluate_conflict(load_jsonl(conflict_set), runner, args.show_errors, details)
    figures = evaluate_figures(load_jsonl(figures_set), runner, args.show_errors, details)
    metrics: dict[str, Any] = {
        "annotate": args.annotate,
        "threshold": args.threshold,
        "annotate_unavailable": why,
        "annotate_calls": runner.calls,
        "annotate_errors": len(runner.errors),
        "annotate_error_examples": runner.errors[:5],
        "annotate_seconds": round(runner.seconds, 3),
        "wall_seconds": round(time.perf_counter() - started, 3),
        "conflict": conflict,
        "figures": figures,
    }
    if not args.json:
        for line in render(metrics) + details:
            print(line)
    print(json.dumps(metrics, sort_keys=False))
    return 0


if __name__ == "__main__":
    sys.exit(main())
