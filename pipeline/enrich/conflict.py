"""Conflict tagging: multi-label tags with evidence spans and one document score.

The rules (pipeline/enrich/rules/conflict.toml) give cues by tag, split into
strong cues that mean violence on their own ("airstrike", "clashes") and weak
cues that are violent only in the right company ("attack", "battle",
"offensive"). All cue words, context words, masks and pattern anchors are one
lexicon, found in a single scan of each field; each distinct matched span is
compiled once into a small tuple, so the work per hit is a dict lookup and a
few integer operations. The company is decided per sentence:

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
A tag is reported only with evidence of its own: at least `min_tag_evidence`
(one strong cue, or two distinct weak ones); generic words of war ("war",
"conflict", "violence") and "armed men killed people" feed the score through a
hidden tag and name no tag.
"""

from __future__ import annotations

import math
from collections.abc import Sequence

from ..schema import Conflict, Evidence, TagHit
from .rules import Rules, default_rules
from .text import Sentence

# Per-sentence context flags.
_ACTOR, _WEAPON, _VSTRONG, _CASUALTY, _CIVILIAN, _NSTRONG, _DISASTER, _DEMOTE, _HARD, _TARGET = (
    1 << i for i in range(10)
)
_ARMED = _ACTOR | _WEAPON | _VSTRONG
_NEUTRAL_CONTEXT = _ARMED | _CASUALTY | _NSTRONG | _DISASTER
_KIND_FLAG = {
    "actors": _ACTOR,
    "weapons": _WEAPON,
    "casualties": _CASUALTY,
    "civilians": _CIVILIAN,
    "targets": _TARGET,
}
_LOOKBACK = 30  # characters searched before a cue for a negation or hedge
_CASUALTY_TAG = "__casualty__"
_NEG, _HEDGE = 1, 2
_MODIFIER = {"negations": _NEG, "hedges": _HEDGE}
# A compiled cue: (flags, tags ((tag, strength), ...), domains, anchors,
# is_casualty, modifier: _NEG, _HEDGE or 0)
Info = tuple[int, tuple[tuple[str, str], ...], tuple[str, ...], tuple[int, ...], bool, int]


def _lower(s: str) -> str:
    low = s.lower()
    if len(low) != len(s):  # "İ" lowers to two characters; spans must not move
        low = "".join(c.lower()[:1] or c for c in s)
    return low


def _compile(rules: Rules, roles) -> Info | None:
    flags = 0
    tags, domains, anchors, casualty, modifier = [], [], [], False, 0
    for kind, name, strength in roles:
        if kind == "tag":
            tags.append((name, strength))
            if strength == "strong":
                flags |= _VSTRONG if name in rules.violent_tags else _NSTRONG
        elif kind == "domain":
            domains.append(name)
            flags |= _DEMOTE if name in rules.demoting_domains else 0
            flags |= _HARD if name in rules.hard_domains else 0
            flags |= _DISASTER if name == "disaster" else 0
        elif kind == "anchor":
            anchors.append(int(name))
        elif kind in _MODIFIER:
            modifier = max(modifier, _MODIFIER[kind]) if modifier != _NEG else _NEG
        elif kind in _KIND_FLAG:
            flags |= _KIND_FLAG[kind]
            casualty = casualty or kind == "casualties"
    if not (flags or tags or domains or anchors or modifier):
        return None  # a mask: it only swallows the words inside it
    return flags, tuple(tags), tuple(domains), tuple(anchors), casualty, modifier


def _info(rules: Rules, key: str, case: bool) -> Info | None:
    cache_key = "=" + key if case else key
    try:
        return rules.infos[cache_key]
    except KeyError:
        info = _compile(rules, rules.lexicon.roles(key, case))
        if len(rules.infos) < 100_000:
            rules.infos[cache_key] = info
        return info


def _scan(rules: Rules, s: str, low: str) -> list[tuple[int, int, Info]]:
    """Every lexicon and pattern hit of one field, sorted by start."""
    infos = rules.infos
    found = []
    padded = " " + low
    for m in rules.lexicon.scan_re.finditer(padded):
        start, end = m.span()  # the match starts one early, at the padding
        info = infos.get(padded[start + 1 : end], 0)
        if info == 0:
            info = _info(rules, padded[start + 1 : end], False)
        if info is not None:
            found.append((start, end - 1, info))
    extra = []
    for m in rules.lexicon.case_re.finditer(s):
        start = m.start()
        if not (start and s[start - 1].isalnum()):
            info = _info(rules, m.group(), True)
            if info is not None:
                extra.append((start, m.end(), info))
    patterns = rules.patterns
    for start, _, info in found:
        for i in info[3]:
            m = patterns[i][0].match(low, start)
            if m is not None:
                extra.append((start, m.end(), _pattern_info(rules, i)))
    for i, (regex, requires, _, anchored) in enumerate(patterns):
        if not anchored and (not requires or any(w in low for w in requires)):
            extra += [(m.start(), m.end(), _pattern_info(rules, i)) for m in regex.finditer(low)]
    if extra:
        found += extra
        found.sort(key=lambda h: h[0])
    return found


def _pattern_info(rules: Rules, i: int) -> Info:
    key = f"\0pattern{i}"
    info = rules.infos.get(key)
    if info is None:
        info = _compile(rules, (rules.patterns[i][2],)) or (0, (), (), (), False, 0)
        rules.infos[key] = info
    return info


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
    # Units: the title is one unit, the body one per sentence.
    unit_start: list[int] = []
    unit_field: list[int] = []
    # field, unit, start, end, info, modifier (1.0, or the hedge factor)
    hits: list[tuple[int, int, int, int, Info, float]] = []
    hedge = float(sc.get("hedge_factor", 0.5))
    flags: list[int] = []
    lows: list[str] = []
    actors: set[str] = set()
    weapons: set[str] = set()
    domain_hits: dict[str, dict[str, bool]] = {}
    for field, (s, sents) in enumerate(((title, ()), (text, text_sentences))):
        low = _lower(s)
        lows.append(low)
        if not s:
            continue
        starts = [x.start for x in sents] if sents else [0]
        starts[0] = 0
        unit = len(unit_start)
        unit_start.extend(starts)
        unit_field.extend([field] * len(starts))
        flags.extend([0] * len(starts))
        last = len(unit_start) - 1
        next_start = unit_start[unit + 1] if unit < last else len(s) + 1
        neg_end = hedge_end = -(1 << 30)  # where the last negation and hedge ended
        for start, end, info in _scan(rules, s, low):
            if start >= next_start:
                while unit < last and unit_start[unit + 1] <= start:
                    unit += 1
                next_start = unit_start[unit + 1] if unit < last else len(s) + 1
                neg_end = hedge_end = -(1 << 30)
            f = info[0]
            if f:
                flags[unit] |= f
                if f & (_ACTOR | _WEAPON):
                    (actors if f & _ACTOR else weapons).add(low[start:end])
            for name in info[2]:
                seen = domain_hits.setdefault(name, {})
                key = low[start:end]
                seen[key] = seen.get(key, False) or field == 0
            if info[5]:
                if info[5] == _NEG:
                    neg_end = end
                else:
                    hedge_end = end
            elif (info[1] or info[4]) and start - neg_end > _LOOKBACK:
                hits.append(
                    (
                        field,
                        unit,
                        start,
                        end,
                        info,
                        1.0 if start - hedge_end > _LOOKBACK else hedge,
                    )
                )
    if not hits:
        return Conflict(is_conflict=False, score=0.0, tags=())

    n_units = len(unit_start)
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
    casualty_w = float(sc.get("casualty_weight", 0.5))
    civilian_w = float(sc.get("civilian_casualty_weight", 1.0))
    weights = rules.tag_weights
    violent = rules.violent_tags
    # tag -> cue key -> [(weight, field, start, end)]
    cues: dict[str, dict[str, list[tuple[float, int, int, int]]]] = {}
    casualty_units: set[int] = set()
    for field, unit, start, end, info, modifier in hits:
        own, near = flags[unit], window[unit]
        # Only an armed actor rescues a demoted sentence (weapons turn up in
        # games and films too), and not from history or fiction.
        demoted = own & _DEMOTE and (own & _HARD or not own & _ACTOR)
        scored = []
        if info[4] and own & _ARMED and unit not in casualty_units and not demoted:
            casualty_units.add(unit)  # one per sentence: "killed ... dead ... died"
            # armed men killing civilians, or a deadly attack on a civilian
            # place (a market, a church, a camp), targets civilians
            if (own & _CIVILIAN and own & _ACTOR) or (own & _TARGET and own & _ARMED):
                scored.append(("violence_against_civilians", civilian_w))
            else:
                scored.append((_CASUALTY_TAG, casualty_w))
        for name, strength in info[1]:
            if name not in weights:
                continue
            w = weights[name][strength]
            weak = strength == "weak"
            if name in violent:
                if weak and not near & _ARMED:
                    w *= casualty_only if near & (_CASUALTY | _NSTRONG) else no_ctx
                if demoted:
                    w = 0.0 if weak else w * demoted_strong
            elif weak and not near & _NEUTRAL_CONTEXT:
                w *= no_ctx
            if w > 0.0:
                scored.append((name, w))
        if not scored:
            continue
        if field == 0:
            modifier *= title_w
        key = lows[field][start:end]
        for name, w in scored:
            cues.setdefault(name, {}).setdefault(key, []).append((w * modifier, field, start, end))

    repeat = float(sc.get("repeat_weight", 0.3))
    raw = {tag: _aggregate(by_key, repeat) for tag, by_key in cues.items()}
    violence = sum(v for t, v in raw.items() if t in violent or t == _CASUALTY_TAG)
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
            * sum(v for t, v in raw.items() if t not in violent and t != _CASUALTY_TAG),
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


def _aggregate(by_key: dict[str, list[tuple[float, int, int, int]]], repeat: float) -> float:
    total = 0.0
    for found in by_key.values():
        if len(found) == 1:
            total += found[0][0]
            continue
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
    evidence_floor = float(sc.get("min_tag_evidence", 0.9))
    keep_neutral = bool(sc.get("keep_neutral_tags", False))
    limit = int(sc.get("evidence_per_tag", 5))
    out = []
    for tag, by_key in cues.items():
        if tag == _CASUALTY_TAG or tag in rules.hidden_tags or raw[tag] < evidence_floor:
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
