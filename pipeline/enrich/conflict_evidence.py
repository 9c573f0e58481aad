"""What the conflict tagger's weighed cues add up to: each tag's evidence (repeats of a
cue count for less), the weight of the non-conflict context, how much of the violence the
lead holds, and the tags reported with their evidence spans (conflict.py).
"""

from __future__ import annotations

import math
from bisect import bisect_right

from ..schema import Evidence, TagHit
from .cues import _DATED, _DEMOTE
from .rules import Rules

# A hidden tag: a casualty cue among armed actors adds to the violence and names no tag.
CASUALTY_TAG = "__casualty__"


def lead_share(
    cues: dict[str, dict[str, list[tuple[float, int, int, int]]]],
    violent: frozenset[str],
    unit_start: list[int],
    title: str,
    flags: list[int] | None = None,
) -> float:
    """The share of the violence evidence found in the title and the first two sentences:
    what an article leads with is its story, however long the rest. A body sentence dated
    to this week (a weekday, "overnight", "yesterday": `flags` with the dated bit) and in
    no context of its own counts as lead wherever it stands: "On Monday an Israeli drone
    strike on a car near Tyre killed two people", in the eighth sentence of a story about
    hotels, is news, not the background a war named in passing is."""
    first_body = 1 if title else 0
    lead_end = unit_start[first_body + 2] if len(unit_start) > first_body + 2 else 1 << 30
    body_starts = unit_start[first_body:]
    news = {
        first_body + u
        for u, f in enumerate((flags or [])[first_body:])
        if f & _DATED and not f & _DEMOTE
    }
    lead = total = 0.0
    for name, by_key in cues.items():
        if name not in violent and name != CASUALTY_TAG:
            continue
        for found in by_key.values():
            for w, field, start, _ in found:
                total += w
                in_lead = (field == 0 and title) or start < lead_end
                if in_lead or (news and first_body + bisect_right(body_starts, start) - 1 in news):
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


# What the document score weighs, each with its weight in [scoring.document] (conflict.toml).
FEATURES = (
    "violence",  # the violence evidence, capped at max_violence
    "context",  # armed actors and weapons of different names
    "neutral",  # displacement and needs evidence, capped at max_neutral
    "cause",  # 1 when needs are found with war named as their cause
    "nonconflict",  # the weight of non-conflict contexts (sport, a flood, a court...)
    "background_length",  # how long the article is, times the violence found after its lead
    "framed",  # 1 when a non-conflict headline frames a whole article
)


def document_features(
    rules: Rules,
    cues: dict[str, dict[str, list[tuple[float, int, int, int]]]],
    raw: dict[str, float],
    violence: float,
    domain_hits: dict[str, dict[str, bool]],
    unit_start: list[int],
    title: str,
    flags: list[int],
    framed: bool,
    n_actors: int,
    n_weapons: int,
) -> dict[str, float]:
    """What the document score weighs (FEATURES), from the weighed cues of one article."""
    sc = rules.scoring
    violent = rules.violent_tags
    needs = sum(v for t, v in raw.items() if t not in violent and t != CASUALTY_TAG)
    # Displacement or need with war named as its cause, even in passing, but not when a
    # disaster is there to be the cause ("floods displace a million in a country where
    # the army is also fighting al-Shabaab").
    cause = (
        violence >= float(sc.get("cause_min_violence", 0.05))
        and needs >= float(sc.get("cause_min_needs", 1.0))
        and not (domain_hits.keys() & rules.cause_domains)
    )
    # more sentences, more war words in passing: the violence found after the lead of a
    # long article is as often its background (ln of the units beyond background_from,
    # up to background_to)
    n_units = min(float(sc.get("background_to", 16)), len(unit_start))
    length = math.log(max(1.0, n_units / float(sc.get("background_from", 3))))
    lead = lead_share(cues, violent, unit_start, title, flags)
    return {
        "violence": min(violence, float(sc.get("max_violence", 6.0))),
        "context": min(
            float(sc.get("max_context", 1.4)),
            float(sc.get("actor_weight", 0.35)) * min(3, n_actors)
            + float(sc.get("weapon_weight", 0.35)) * min(3, n_weapons),
        ),
        "neutral": min(
            float(sc.get("max_neutral", 0.75)), float(sc.get("neutral_weight", 0.25)) * needs
        ),
        "cause": float(cause),
        "nonconflict": nonconflict_weight(rules, domain_hits, raw),
        "background_length": length * (1.0 - lead),
        "framed": float(framed),
    }


def document_score(rules: Rules, features: dict[str, float]) -> float:
    """The logistic of the weighted features, less the bias: a score in 0..1."""
    sc = rules.scoring
    weights = sc.get("document", {})
    z = sum(float(weights.get(name, 0.0)) * x for name, x in features.items())
    z -= float(sc.get("bias", 0.0))
    return 1.0 / (1.0 + math.exp(-max(-60.0, min(60.0, z))))


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
