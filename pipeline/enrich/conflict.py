"""Conflict tagging: multi-label tags with evidence spans and one document score.

The rules (pipeline/enrich/rules/conflict.toml) give cues by tag, split into
strong cues that mean violence on their own ("airstrike", "clashes") and weak
cues that are violent only in the right company ("attack", "battle",
"offensive"). The company is decided per sentence:

- weak cues count only near armed actors, weapons or strong cues (a sentence
  either side), so a footballer's "attack" or a party's "offensive" stays quiet;
- sentences holding a non-conflict context cue (sport, disaster, crime,
  history, fiction, peace talks, peaceful protest) lose their weak cues unless
  an armed actor sits in that very sentence;
- negated and hedged cues ("no fighting was reported", "could use chemical
  weapons") are dropped or halved; figurative phrases ("price war", "battle
  over the bill") are masks that swallow the cue words inside them.

The document score is a logistic of the violence evidence, armed-actor and
weapon variety and the non-conflict context found anywhere in the article, so a
story *about* a flood, a match or a treaty needs much more violence to count.
"""

from __future__ import annotations

import math
from collections.abc import Sequence

from ..schema import Conflict, Evidence, TagHit
from .rules import Role, Rules, default_rules
from .text import Sentence

# Per-sentence context flags.
_ACTOR, _WEAPON, _VSTRONG, _CASUALTY, _CIVILIAN, _NSTRONG, _DISASTER, _DEMOTE = (
    1 << i for i in range(8)
)
_ARMED = _ACTOR | _WEAPON | _VSTRONG
_NEUTRAL_CONTEXT = _ARMED | _CASUALTY | _NSTRONG | _DISASTER
_KIND_FLAG = {"actors": _ACTOR, "weapons": _WEAPON, "casualties": _CASUALTY, "civilians": _CIVILIAN}
_LOOKBACK = 30  # characters searched before a cue for a negation or hedge
_PATTERN_BEFORE, _PATTERN_AFTER = 40, 200  # window a regex rule searches around its word


def _lower(s: str) -> str:
    low = s.lower()
    if len(low) != len(s):  # "İ" lowers to two characters; spans must not move
        low = "".join(c.lower()[:1] or c for c in s)
    return low


def tag_conflict(
    title: str,
    text: str,
    title_sentences: Sequence[Sentence] = (),
    text_sentences: Sequence[Sentence] = (),
    *,
    threshold: float = 0.5,
    rules: Rules | None = None,
    originals: tuple[str, str] | None = None,
) -> Conflict:
    """Tag the normalised title and text. Evidence offsets index them and, as
    normalisation keeps lengths, the `originals` too, which evidence quotes."""
    rules = rules or default_rules()
    sc = rules.scoring
    lex = rules.lexicon
    # Units: the title is one unit, the body one per sentence.
    unit_start: list[int] = []
    unit_field: list[int] = []
    hits: list[tuple[int, int, int, int, tuple[Role, ...]]] = []  # field, unit, start, end, roles
    lows: list[str] = []
    for field, (s, sents) in enumerate(((title, ()), (text, text_sentences))):
        low = _lower(s)
        lows.append(low)
        if not s:
            continue
        base = len(unit_start)
        starts = [x.start for x in sents] if sents else [0]
        starts[0] = 0
        unit_start.extend(starts)
        unit_field.extend([field] * len(starts))
        found = [(m.start(), m.end(), lex.roles(m.group())) for m in lex.lower_re.finditer(low)]
        found += [
            (m.start(), m.end(), lex.roles(m.group(), True))
            for m in lex.case_re.finditer(s)
            if not (m.start() and s[m.start() - 1].isalnum())
        ]
        if found:
            _run_patterns(rules, low, found)
        _assign(hits, found, field, base, starts)
    if not hits:
        return Conflict(is_conflict=False, score=0.0, tags=())

    n_units = len(unit_start)
    flags = [0] * n_units
    domain_hits: dict[str, dict[str, bool]] = {}
    actors: set[str] = set()
    weapons: set[str] = set()
    violent = rules.violent_tags
    for field, unit, start, end, roles in hits:
        for kind, name, strength in roles:
            if kind == "tag":
                if strength == "strong":
                    flags[unit] |= _VSTRONG if name in violent else _NSTRONG
            elif kind == "domain":
                key = lows[field][start:end]
                seen = domain_hits.setdefault(name, {})
                seen[key] = seen.get(key, False) or field == 0
                if name in rules.demoting_domains:
                    flags[unit] |= _DEMOTE
                if name == "disaster":
                    flags[unit] |= _DISASTER
            elif kind in _KIND_FLAG:
                flags[unit] |= _KIND_FLAG[kind]
                if kind == "actors":
                    actors.add(lows[field][start:end])
                elif kind == "weapons":
                    weapons.add(lows[field][start:end])
    window = [
        flags[u]
        | (flags[u - 1] if u and unit_field[u - 1] == unit_field[u] else 0)
        | (flags[u + 1] if u + 1 < n_units and unit_field[u + 1] == unit_field[u] else 0)
        for u in range(n_units)
    ]

    title_w = float(sc.get("title_weight", 1.5))
    no_ctx = float(sc.get("weak_no_context", 0.1))
    casualty_only = float(sc.get("weak_casualty_only", 0.5))
    demoted_strong = float(sc.get("strong_in_demoted_sentence", 0.5))
    hedge = float(sc.get("hedge_factor", 0.5))
    casualty_w = float(sc.get("casualty_weight", 0.5))
    weights = rules.tag_weights
    # tag -> cue key -> [(weight, field, start, end)]
    cues: dict[str, dict[str, list[tuple[float, int, int, int]]]] = {}
    casualty_units: set[int] = set()
    for field, unit, start, end, roles in hits:
        own, near = flags[unit], window[unit]
        # Only an armed actor rescues a demoted sentence: weapons turn up in
        # games, films and histories too.
        demoted = own & _DEMOTE and not own & _ACTOR
        modifier = -1.0
        for kind, name, strength in roles:
            if kind == "casualties":
                if not own & (_ACTOR | _WEAPON) or unit in casualty_units or demoted:
                    continue
                casualty_units.add(unit)  # one per sentence: "killed ... dead ... died"
                name = "violence_against_civilians" if own & _CIVILIAN else "battle"
                w = casualty_w
            elif kind != "tag" or name not in weights:
                continue
            else:
                w = weights[name][strength]
                weak = strength == "weak"
                if name in violent:
                    if weak and not near & _ARMED:
                        w *= casualty_only if near & (_CASUALTY | _NSTRONG) else no_ctx
                    if demoted:
                        w = 0.0 if weak else w * demoted_strong
                elif weak and not near & _NEUTRAL_CONTEXT:
                    w *= no_ctx
            if w <= 0.0:
                continue
            if modifier < 0:
                modifier = _modifier(rules, lows[field], unit_start[unit], start, hedge)
            w *= modifier * (title_w if field == 0 else 1.0)
            if w > 0.0:
                key = lows[field][start:end]
                cues.setdefault(name, {}).setdefault(key, []).append((w, field, start, end))

    raw = {
        tag: _aggregate(by_key, float(sc.get("repeat_weight", 0.3))) for tag, by_key in cues.items()
    }
    violence = sum(v for t, v in raw.items() if t in violent)
    score = 0.0
    if violence > 0.0:
        context = min(
            float(sc.get("max_context", 1.4)),
            float(sc.get("actor_weight", 0.35)) * min(3, len(actors))
            + float(sc.get("weapon_weight", 0.35)) * min(3, len(weapons)),
        )
        neutral = min(
            float(sc.get("max_neutral", 0.75)),
            float(sc.get("neutral_weight", 0.25))
            * sum(v for t, v in raw.items() if t not in violent),
        )
        z = (
            float(sc.get("violence_weight", 1.3))
            * min(violence, float(sc.get("max_violence", 6.0)))
            + context
            + neutral
            - _nonconflict(rules, domain_hits)
            - float(sc.get("bias", 1.7))
        )
        score = 1.0 / (1.0 + math.exp(-z))
    is_conflict = score >= threshold
    return Conflict(
        is_conflict=is_conflict,
        score=round(score, 3),
        tags=_tag_hits(rules, cues, raw, score, is_conflict, originals or (title, text)),
    )


def _assign(hits: list, found: list, field: int, base: int, starts: list[int]) -> None:
    """Attach each cue to its sentence (starts are sorted; cues mostly are)."""
    found.sort(key=lambda h: h[0])
    unit, last = 0, len(starts) - 1
    for start, end, roles in found:
        if not roles:
            continue
        while unit < last and starts[unit + 1] <= start:
            unit += 1
        hits.append((field, base + unit, start, end, roles))


def _run_patterns(rules: Rules, low: str, found: list) -> None:
    """Regex rules, run only around their required words: scanning 3 KB with
    each regex costs ten times more than the whole lexicon pass."""
    for pattern, requires, role in rules.patterns:
        if not requires:
            found += [(m.start(), m.end(), (role,)) for m in pattern.finditer(low)]
            continue
        anchors = []
        for word in requires:
            i = low.find(word)
            while i >= 0:
                anchors.append(i)
                i = low.find(word, i + len(word))
        if not anchors:
            continue
        anchors.sort()
        # Overlapping windows merge into one search each.
        lo, hi = anchors[0] - _PATTERN_BEFORE, anchors[0] + _PATTERN_AFTER
        windows = []
        for i in anchors[1:]:
            if i - _PATTERN_BEFORE > hi:
                windows.append((lo, hi))
                lo = i - _PATTERN_BEFORE
            hi = i + _PATTERN_AFTER
        windows.append((lo, hi))
        for lo, hi in windows:
            found += [(m.start(), m.end(), (role,)) for m in pattern.finditer(low, max(0, lo), hi)]


def _modifier(rules: Rules, low: str, unit_start: int, start: int, hedge: float) -> float:
    before = low[max(unit_start, start - _LOOKBACK) : start]
    if not before:
        return 1.0
    if rules.negation_re.search(before):
        return 0.0
    if rules.hedge_re.search(before):
        return hedge
    return 1.0


def _aggregate(by_key: dict[str, list[tuple[float, int, int, int]]], repeat: float) -> float:
    total = 0.0
    for found in by_key.values():
        ws = sorted((w for w, *_ in found), reverse=True)
        total += ws[0] + min(ws[0], repeat * sum(ws[1:]))
    return total


def _nonconflict(rules: Rules, domain_hits: dict[str, dict[str, bool]]) -> float:
    sc = rules.scoring
    title_w = float(sc.get("nonconflict_title_weight", 2.0))
    total = 0.0
    for name, keys in domain_hits.items():
        w = rules.domain_weights.get(name, 0.5)
        total += min(2.5, sum(w * (title_w if in_title else 1.0) for in_title in keys.values()))
    return min(float(sc.get("max_nonconflict", 5.0)), total)


def _tag_hits(
    rules: Rules,
    cues: dict[str, dict[str, list[tuple[float, int, int, int]]]],
    raw: dict[str, float],
    score: float,
    is_conflict: bool,
    originals: tuple[str, str],
) -> tuple[TagHit, ...]:
    sc = rules.scoring
    floor = float(sc.get("min_tag_score", 0.3))
    keep_neutral = bool(sc.get("keep_neutral_tags", True))
    limit = int(sc.get("evidence_per_tag", 5))
    out = []
    for tag, by_key in cues.items():
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
