"""Figure scoring for bench/quality.py: span matching, field checks, negatives."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable
from typing import Any

from bench.scoring import Runner, _get, make_article, ratio

# The source feed the scored Articles name (a label only).
FEED = "eval/figures.jsonl"

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
    """The source as compared: case, spaces, a leading "the" and a trailing acronym in
    brackets ("the National Emergency Management Agency (NEMA)") do not count; the sets
    write that acronym either way."""
    if value is None:
        return None
    text = re.sub(r"\s+", " ", str(value)).strip().strip(".,;:'\"")
    text = re.sub(r"\s*\([A-Z][A-Za-z.&-]*[A-Z]\)$", "", text).lower()
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
        ann = runner(make_article(rec, FEED))
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
