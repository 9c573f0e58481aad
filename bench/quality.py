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
import json
import re
import sys
import time
from collections import defaultdict
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from bench.quality_figures import evaluate_figures  # noqa: E402
from bench.scoring import (  # noqa: E402
    Runner,
    _get,
    load_annotate,
    load_jsonl,
    make_article,
    prf,
    ratio,
)
from pipeline.schema import CONFLICT_TAGS  # noqa: E402

EVAL_DIR = ROOT / "eval"
CONFLICT_SET = EVAL_DIR / "conflict.jsonl"
FIGURES_SET = EVAL_DIR / "figures.jsonl"
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
