"""What the conflict tagger's weighed cues add up to: each tag's evidence (repeats of a
cue count for less), the weight of the non-conflict context, how much of the violence the
lead holds, and the tags reported with their evidence spans (conflict.py).
"""

from __future__ import annotations

import math

from ..schema import Evidence, TagHit
from .rules import Rules

# A hidden tag: a casualty cue among armed actors adds to the violence and names no tag.
CASUALTY_TAG = "__casualty__"


def length_bias(sc: dict[str, float], n_units: int) -> float:
    """More sentences, more war words in passing: a whole article that names a war as
    background, history or cause gathers as much evidence as a brief reporting one."""
    long_units = float(sc.get("long_units", 8))
    return float(sc.get("length_bias", 0.0)) * math.log(max(1.0, n_units / long_units))


def lead_share(
    cues: dict[str, dict[str, list[tuple[float, int, int, int]]]],
    violent: frozenset[str],
    unit_start: list[int],
    title: str,
) -> float:
    """The share of the violence evidence found in the title and the first two sentences:
    what an article leads with is its story, however long the rest."""
    first_body = 1 if title else 0
    lead_end = unit_start[first_body + 2] if len(unit_start) > first_body + 2 else 1 << 30
    lead = total = 0.0
    for name, by_key in cues.items():
        if name not in violent and name != CASUALTY_TAG:
            continue
        for found in by_key.values():
            for w, field, start, _ in found:
                total += w
                if (field == 0 and title) or start < lead_end:
                    lead += w
    return lead / total if total else 0.0


def aggregate(by_key: dict[str, list[tuple[float, int, int, int]]], repeat: float) -> float:
    total = 0.0
    for found in by_key.values():
        if len(found) == 1:
            total += found[0][0]
            continue
        ws = sorted((w for w, *_ in found), reverse=True)
        total += ws[0] + min(ws[0], repeat * sum(ws[1:]))
    return total


def nonconflict_weight(
    rules: Rules, domain_hits: dict[str, dict[str, bool]], raw: dict[str, float]
) -> float:
    sc = rules.scoring
    title_w = float(sc.get("nonconflict_title_weight", 2.0))
    total = 0.0
    for name, keys in domain_hits.items():
        # "a gunman ... the prime minister called it a terrorist attack": once a
        # tag's own strong evidence is there, the domain it answers is no excuse
        if any(raw.get(t, 0.0) >= 1.0 for t in rules.domain_yields.get(name, ())):
            continue
        w = rules.domain_weights.get(name, 0.5)
        total += min(2.5, sum(w * (title_w if in_title else 1.0) for in_title in keys.values()))
    return min(float(sc.get("max_nonconflict", 5.0)), total)


def tag_hits(
    rules: Rules,
    cues: dict[str, dict[str, list[tuple[float, int, int, int]]]],
    raw: dict[str, float],
    score: float,
    is_conflict: bool,
    originals: tuple[str, str],
) -> tuple[TagHit, ...]:
    sc = rules.scoring
    floor = float(sc.get("min_tag_score", 0.3))
    evidence_floor = float(sc.get("min_tag_evidence", 0.9))
    keep_neutral = bool(sc.get("keep_neutral_tags", False))
    limit = int(sc.get("evidence_per_tag", 5))
    out = []
    for tag, by_key in cues.items():
        if tag == CASUALTY_TAG or tag in rules.hidden_tags:
            continue
        if raw[tag] < rules.tag_min_evidence.get(tag, evidence_floor):
            continue
        strength = 1.0 - math.exp(-raw[tag])
        if tag in rules.violent_tags:
            # A violent tag is as credible as the document is conflict, and a
            # story that is not conflict carries none.
            if not is_conflict:
                continue
            strength = math.sqrt(strength * score)
        elif not (keep_neutral or is_conflict):
            continue
        if strength < floor:
            continue
        found = sorted((h for hs in by_key.values() for h in hs), key=lambda h: -h[0])[:limit]
        evidence = tuple(
            Evidence(
                field="title" if f == 0 else "text",
                start=s,
                end=e,
                text=originals[f][s:e],
            )
            for _, f, s, e in sorted(found, key=lambda h: (h[1], h[2]))
        )
        out.append(TagHit(tag=tag, score=round(strength, 3), evidence=evidence))
    out.sort(key=lambda t: (-t.score, t.tag))
    return tuple(out)
