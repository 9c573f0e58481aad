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
- a toll with no armed man in its sentence ("a truck drove into the crowd, killing 12")
  counts once another sentence names the attack terror ("prosecutors are treating it as a
  terrorist attack"), even inside a crime or road-accident context, which yields to it;
- negated and hedged cues ("no fighting was reported", "could use chemical
  weapons") are dropped or halved; figurative phrases ("price war", "battle
  over the bill") are masks that swallow the cue words inside them.

The document score is a logistic of the violence evidence, armed-actor and
weapon variety and the non-conflict context found anywhere in the article, so a
story *about* a flood, a match or a treaty needs much more violence to count. A
digest ("Morning briefing:") is several stories: only the contexts beside its
violence count.
A tag is reported only with evidence of its own: at least `min_tag_evidence`
(one strong cue, or two distinct weak ones); generic words of war ("war",
"conflict", "violence") and "armed men killed people" feed the score through a
hidden tag and name no tag.
"""

from __future__ import annotations

from collections.abc import Sequence

from ..schema import Conflict
from .conflict_evidence import (
    CASUALTY_TAG,
    aggregate,
    document_features,
    document_score,
    tag_hits,
)
from .cues import (
    _ACTOR,
    _CASUALTY,
    _CIVILIAN,
    _DEMOTE,
    _DISASTER,
    _HARD,
    _NEG,
    _NSTRONG,
    _TARGET,
    _VSTRONG,
    _WEAPON,
    Info,
    lower,
    scan,
    yield_tags,
    yielding_demotion,
)
from .headline_frame import frame_headline
from .rules import Rules, default_rules
from .text import Sentence

_ARMED = _ACTOR | _WEAPON | _VSTRONG
_NEUTRAL_CONTEXT = _ARMED | _CASUALTY | _NSTRONG | _DISASTER
_STRONG = _VSTRONG | _NSTRONG  # a strong cue of any tag: only such a cue can name an attack
_LOOKBACK = 30  # characters searched before a cue for a negation or hedge


def tag_conflict(
    title: str,
    text: str,
    title_sentences: Sequence[Sentence] = (),
    text_sentences: Sequence[Sentence] = (),
    *,
    threshold: float = 0.5,
    rules: Rules | None = None,
    originals: tuple[str, str] | None = None,
    explain: dict[str, float] | None = None,
) -> Conflict:
    """Tag the normalised title and text. Evidence offsets index them and, as
    normalisation keeps lengths, the `originals` too, which evidence quotes.
    `explain`, when given, receives the document features the score weighed (none
    when no violence was found: the score is then 0)."""
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
    title_contexts: list[int] = []  # where the headline's demoting contexts start
    domain_units: list[tuple[str, str, int]] = []  # (domain, key, unit) of each context hit
    for field, (s, sents) in enumerate(((title, ()), (text, text_sentences))):
        low = lower(s)
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
        for start, end, info in scan(rules, s, low):
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
                domain_units.append((name, key, unit))
                if field == 0 and name in rules.demoting_domains:
                    title_contexts.append(start)
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
    framed = False
    # a digest's headline lists its stories: none of their contexts holds for all of them
    digest = any(domain_hits.get("digest", {}).values())
    if title and n_units > float(sc.get("frame_units", 5)) and not digest:
        framed = frame_headline(rules, hits, flags, domain_hits, lows[0], title_contexts)
    window = [
        flags[u]
        | (flags[u - 1] if u and unit_field[u - 1] == unit_field[u] else 0)
        | (flags[u + 1] if u + 1 < n_units and unit_field[u + 1] == unit_field[u] else 0)
        for u in range(n_units)
    ]
    if title and n_units > 1:  # a headline sums up the lead: they share company
        window[0] |= flags[1]
    title_w = float(sc.get("title_weight", 1.5))
    casualty_w = float(sc.get("casualty_weight", 0.5))
    civilian_w = float(sc.get("civilian_casualty_weight", 1.0))
    violent = rules.violent_tags
    # tag -> cue key -> [(weight, field, start, end)]
    cues: dict[str, dict[str, list[tuple[float, int, int, int]]]] = {}
    casualty_units: set[int] = set()
    # (cue, sentence flags, window flags) -> the cue's tag weights, cached
    # across articles: the same cue in the same company weighs the same.
    weighed = rules.weighed
    if len(weighed) > 100_000:
        weighed.clear()
    yielding = len(yield_tags(rules))
    violent_units: set[int] = set()
    unarmed_tolls: list[tuple[int, int, int, int, float]] = []
    toll_tags = sc.get("toll_tags", ())
    group_words = sc.get("toll_group_words", ())
    named_attack = False
    for field, unit, start, end, info, modifier in hits:
        own, near = flags[unit], window[unit]
        # Only an armed actor rescues a demoted sentence (weapons turn up in
        # games and films too), and not from history or fiction.
        demoting = own & _DEMOTE or yielding_demotion(own, yielding)
        demoted = demoting and (own & _HARD or not own & _ACTOR)
        scored = None
        if not named_attack and info[0] & _STRONG and not info[0] & _ACTOR and modifier == 1.0:
            named_attack = any(t in toll_tags and st == "strong" for t, st in info[1]) and (
                _names_attack(lows[field][start:end], group_words)
            )
        if info[4] and not own & (_ARMED | _DEMOTE | _HARD):
            # a crime or a road accident yields to the attack, once it is named
            unarmed_tolls.append((unit, field, start, end, modifier))
        if info[4] and own & _ARMED and unit not in casualty_units and not demoted:
            casualty_units.add(unit)  # one per sentence: "killed ... dead ... died"
            # armed men killing civilians, or a deadly attack on a civilian
            # place (a market, a church, a camp), targets civilians
            if (own & _CIVILIAN and own & _ACTOR) or (own & _TARGET and own & _ARMED):
                scored = [("violence_against_civilians", civilian_w)]
            else:
                scored = [(CASUALTY_TAG, casualty_w)]
        tagged = weighed.get((info[6], own, near))
        if tagged is None:
            tagged = weighed[info[6], own, near] = _weigh(rules, info, near, demoted)
        if scored is None:
            if not tagged:
                continue
            scored = list(tagged)
        else:
            scored += tagged
        if field == 0:
            modifier *= title_w
        key = lows[field][start:end]
        if digest and any(name in violent or name == CASUALTY_TAG for name, _ in scored):
            violent_units.add(unit)
        for name, w in scored:
            cues.setdefault(name, {}).setdefault(key, []).append((w * modifier, field, start, end))

    repeat = float(sc.get("repeat_weight", 0.3))
    raw = {tag: aggregate(by_key, repeat) for tag, by_key in cues.items()}
    if unarmed_tolls and named_attack:
        # "a truck drove into the market, killing 12 ... prosecutors are treating it as a
        # terrorist attack": once the attack is named, its toll is the attack's, though no
        # gunman or bomb shares the toll's sentence
        for unit, field, start, end, modifier in unarmed_tolls:
            if unit not in casualty_units:
                casualty_units.add(unit)
                w = casualty_w * modifier * (title_w if field == 0 else 1.0)
                key = lows[field][start:end]
                cues.setdefault(CASUALTY_TAG, {}).setdefault(key, []).append((w, field, start, end))
        raw[CASUALTY_TAG] = aggregate(cues[CASUALTY_TAG], repeat)
    violence = sum(v for t, v in raw.items() if t in violent or t == CASUALTY_TAG)
    score = 0.0
    if violence > 0.0:
        if digest:
            domain_hits = _story_contexts(domain_units, violent_units, unit_field)
        features = document_features(
            rules,
            cues,
            raw,
            violence,
            domain_hits,
            unit_start,
            title,
            flags,
            framed,
            len(actors),
            len(weapons),
        )
        score = document_score(rules, features)
        if explain is not None:
            explain.update(features)
    is_conflict = score >= threshold
    return Conflict(
        is_conflict=is_conflict,
        score=round(score, 3),
        tags=tag_hits(rules, cues, raw, score, is_conflict, originals or (title, text)),
    )


def _names_attack(key: str, group_words: Sequence[str]) -> bool:
    """A phrase that names an attack ("a terrorist attack", "treated as terrorism"), not
    the one word for a group ("jihadist", "JNIM") nor a phrase for one ("a terrorist
    organisation"): a group is named in the background of a mine's collapse too."""
    words = key.split()
    return len(words) > 1 and not any(w in group_words for w in words)


def _story_contexts(
    domain_units: list[tuple[str, str, int]],
    violent_units: set[int],
    unit_field: list[int],
) -> dict[str, dict[str, bool]]:
    """A digest's contexts: those of the stories that hold its violence (their sentences
    and the ones beside them). "In football, River Plate meet Botafogo" says nothing of
    the fighting in Catatumbo. The headline lists every story: its contexts count, at a
    sentence's weight, only when its own words carry the violence ("Lithuania quits the
    landmine treaty")."""
    near = {
        v + d
        for v in violent_units
        for d in (-1, 0, 1)
        if 0 <= v + d < len(unit_field) and unit_field[v + d] == unit_field[v]
    }
    out: dict[str, dict[str, bool]] = {}
    for name, key, unit in domain_units:
        if unit in near:
            out.setdefault(name, {})[key] = False
    return out


def _weigh(rules: Rules, info: Info, near: int, demoted: int) -> tuple[tuple[str, float], ...]:
    """The weights of a cue's tags, given its sentence's company."""
    sc = rules.scoring
    no_ctx = float(sc.get("weak_no_context", 0.1))
    casualty_only = float(sc.get("weak_casualty_only", 0.5))
    demoted_strong = float(sc.get("strong_in_demoted_sentence", 0.5))
    weights = rules.tag_weights
    violent = rules.violent_tags
    scored = []
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
    return tuple(scored)
