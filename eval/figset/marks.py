"""Inline marks and the span parser: a marked text becomes its plain text, its figures (value,
bounds, qualifier, noun and unit derived from the span unless overridden) and its negatives.

Figures are marked inline in each text, so offsets are computed, never typed:

    [[SPAN|CATEGORY;key=value;...]]   a gold figure. keys: a= attribution, alt= attribution_alts
                                      (repeatable), u= unit, n= noun (n=- for none), p (projected),
                                      q= qualifier, v= value, lo= low, hi= high (overrides of
                                      what is parsed from SPAN)
    {{SPAN}}                          a negative (a number that is not a figure)
"""

from __future__ import annotations

import re

from .words import (
    HOUSEHOLD,
    NON_NOUNS,
    NUM_RE,
    OTHER,
    QUALIFIER_WORDS,
    STRUCTURE,
    VAGUE,
    WORD_RE,
    WORDS,
)


def _words_value(s: str) -> int | None:
    s = s.lower().replace(" and ", " ")
    toks = s.split()
    total, cur = 0, 0
    for tok in toks:
        if tok == "a":
            cur += 1
            continue
        if tok in ("hundred", "thousand", "dozen", "million", "billion"):
            mult = {"hundred": 100, "thousand": 1000, "dozen": 12, "million": 10**6}.get(tok, 10**9)
            cur = max(cur, 1) * mult
            if tok in ("thousand", "million", "billion"):
                total, cur = total + cur, 0
            continue
        parts = tok.split("-")
        if not all(p in WORDS for p in parts):
            return None
        cur += sum(WORDS[p] for p in parts)
    return total + cur or None


def _numbers(span: str) -> list[tuple[float, int, int]]:
    """(value, start, end) of each number in the span, digits or words."""
    out = []
    for m in NUM_RE.finditer(span):
        digits = re.sub(r"[, .]", "", m.group(1))  # dev7: group 1 holds no decimal point
        v = float(digits + ("." + m.group(2) if m.group(2) else ""))
        suffix = m.group(3) or m.group(4)  # dev27: "mn" and "k"
        mult = {"million": 1e6, "mn": 1e6, "m": 1e6, "billion": 1e9, "thousand": 1e3, "k": 1e3}
        mult = mult.get(suffix, 1)
        # dev238: 4.1 * 1e6 is 4099999.9999999995 in floating point
        out.append((round(v * mult, 6), m.start(), m.end(), mult if suffix else 0))
    if not out:
        for m in WORD_RE.finditer(span):
            if m.group(1).lower() == "a":
                continue
            v = _words_value(m.group(1))
            if v is not None:
                out.append((float(v), m.start(), m.end(), False))
    return out


def _clean(v: float) -> int | float:
    return int(v) if float(v).is_integer() else v


def parse_span(span: str) -> dict:
    low_span = span.lower()
    for phrase, lo, hi in VAGUE:
        if phrase in low_span:
            noun = _default_noun(span)
            return dict(value=lo, low=lo, high=hi, qualifier="approx", vague=True, noun=noun)
    nums = _numbers(span)
    if not nums:
        raise ValueError(f"no number in {span!r}")
    qualifier = "exact"
    if len(nums) >= 2:
        (a, _, ae, amult), (b, bs, _, bmult) = nums[0], nums[1]
        between = span[ae:bs].strip().lower()
        if between in ("and", "to", "-", "–"):
            if bmult and not amult and a < 1000:
                a *= bmult  # dev7: "15 to 20 thousand", "1 to 1.5 million"
            return dict(
                value=_clean(a),
                low=_clean(a),
                high=_clean(b),
                qualifier="range",
                vague=False,
                noun=_default_noun(span),
            )
    value = nums[0][0]
    head = low_span[: nums[0][1]]
    # dev6: longest phrase first, so "no more than" is not read as "more than"
    for phrase, q in sorted(QUALIFIER_WORDS, key=lambda pq: -len(pq[0])):
        if re.search(r"\b" + re.escape(phrase) + r"\b", head):
            qualifier = q
            break
    value = _clean(value)
    low = high = None
    if qualifier == "exact":
        low = high = value
    elif qualifier == "at_least":
        low = value
    elif qualifier == "at_most":
        high = value
    return dict(
        value=value, low=low, high=high, qualifier=qualifier, vague=False, noun=_default_noun(span)
    )


RATE = re.compile(r"\s+(?:a|per|each|every)\s+(?:day|week|month|night|hour)$", re.I)


def _default_noun(span: str) -> str | None:
    span = RATE.sub("", span)  # dev4: "2,000 returnees a week" has the noun "returnees"
    last = re.sub(r"[^\w-]", "", span.split()[-1]) if span.split() else ""
    if not last or last[0].isdigit() or last.lower() in NON_NOUNS or last.lower() in WORDS:
        return None
    if all(p in WORDS for p in last.lower().split("-")):  # dev4: "Twenty-two" has no noun
        return None
    if re.fullmatch(r"[\d.,]+(?:m|mn|k)", last):  # dev27: mn, k
        return None
    if last.lower() in {"dozen", "hundred", "thousand"}:
        return None
    return last


def default_unit(
    noun: str | None, structure: frozenset[str] = frozenset(), other: frozenset[str] = frozenset()
) -> str:
    """The unit of a counted noun; `structure` and `other` add a set's own nouns to the lists."""
    if noun is None:
        return "person"
    n = noun.lower().split()[-1]
    if n in HOUSEHOLD:
        return "household"
    if n in STRUCTURE or n in structure:
        return "structure"
    if n in OTHER or n in other:
        return "other"
    return "person"


MARK = re.compile(r"\[\[(.+?)\|(.+?)\]\]|\{\{(.+?)\}\}")


def render(
    marked: str, structure: frozenset[str] = frozenset(), other: frozenset[str] = frozenset()
) -> tuple[str, list[dict], list[str]]:
    """The plain text, figures and negatives of a marked text (`structure`, `other`: as in
    default_unit)."""
    out, figs, negs, pos = [], [], [], 0
    cursor = 0
    for m in MARK.finditer(marked):
        out.append(marked[cursor : m.start()])
        pos += len(marked[cursor : m.start()])
        cursor = m.end()
        if m.group(3) is not None:
            negs.append(m.group(3))
            out.append(m.group(3))
            pos += len(m.group(3))
            continue
        span, spec = m.group(1), m.group(2)
        parts = [p.strip() for p in spec.split(";")]
        cat, opts = parts[0], parts[1:]
        fig = {"text": span, "start": pos, "end": pos + len(span)}
        try:
            parsed = parse_span(span)
        except ValueError:  # dev27: "a couple of hundred" needs v= and q=
            if not any(o.startswith("v=") for o in opts):
                raise
            parsed = dict(
                value=0,
                low=None,
                high=None,
                qualifier="exact",
                vague=False,
                noun=_default_noun(span),
            )
        fig.update(
            value=parsed["value"],
            low=parsed["low"],
            high=parsed["high"],
            qualifier=parsed["qualifier"],
            vague=parsed["vague"],
        )
        noun = parsed["noun"]
        unit = None
        attribution, alts, projected = None, [], False
        for opt in opts:
            if opt == "p":
                projected = True
                continue
            key, _, val = opt.partition("=")
            if key == "a":
                attribution = val
            elif key == "alt":
                alts.append(val)
            elif key == "u":
                unit = val
            elif key == "n":
                noun = None if val == "-" else val
            elif key == "q":
                fig["qualifier"] = val
                if val == "approx":
                    fig["low"] = fig["high"] = None
                elif val == "at_least":
                    fig["low"], fig["high"] = fig["value"], None
                elif val == "at_most":
                    fig["low"], fig["high"] = None, fig["value"]
                elif val == "exact":
                    fig["low"] = fig["high"] = fig["value"]
            elif key == "v":
                v = _clean(float(val))
                fig["value"] = v
                if fig["qualifier"] == "exact":
                    fig["low"] = fig["high"] = v
                elif fig["qualifier"] == "at_least":
                    fig["low"] = v
                elif fig["qualifier"] == "at_most":
                    fig["high"] = v
            elif key == "lo":
                fig["low"] = _clean(float(val))
            elif key == "hi":
                fig["high"] = _clean(float(val))
            else:
                raise ValueError(f"unknown option {opt!r} in {spec!r}")
        fig.update(
            unit=unit or default_unit(noun, structure, other),
            noun=noun,
            category=cat,
            projected=projected,
            attribution=attribution,
        )
        if alts:
            fig["attribution_alts"] = alts
        figs.append(fig)
        out.append(span)
        pos += len(span)
    out.append(marked[cursor:])
    return "".join(out), figs, negs
