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
    _DATED,
    _DEMOTE,
    _DISASTER,
    _HARD,
    _NEG,
    _NSTRONG,
    _TARGET,
    _VSTRONG,
    _WEAPON,
    YIELD_SHIFT,
    Info,
    lower,
    scan,
    yield_tags,
    yielding_demotion,
)
from .rules import Rules, default_rules
from .text import Sentence

_ARMED = _ACTOR | _WEAPON | _VSTRONG
_NEUTRAL_CONTEXT = _ARMED | _CASUALTY | _NSTRONG | _DISASTER
_LOOKBACK = 30  # characters searched before a cue for a negation or hedge
# what a court judges: the strong cues its headline may name and still frame the article
_CHARGES = frozenset(
    ("violence_against_civilians", "violence", "terrorism", "explosions_remote_violence")
)
_JUDGING = ("court", "history")  # the domains whose headline names what it judges or remembers
# the history words that date a headline's attack to years ago
_ANNIVERSARY = ("years after", "years since", "years on", "anniversary", "decades after")
# the words that open a headline's clause of its own
_BESIDE = (" as ", " while ", " amid ")


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
        # a court's headline names the crime it judges, not a riot or a strike, and one that
        # remembers the atrocity it remembers ("Addis Ababa remembers victims of 1937
        # Graziani massacre")
        charged = {n for h in hits if h[0] == 0 for n, st in h[4][1] if st == "strong"}
        # a strong cue in a clause of its own is today's news beside what is remembered:
        # "Beirut port blast marked on fourth anniversary as strikes hit the south"
        beside = any(
            h[0] == 0
            and any(st == "strong" for _, st in h[4][1])
            and any(lows[0].rfind(w, 0, h[2]) >= 0 for w in _BESIDE)
            for h in hits
        )
        # ... and a headline's war words in a clause of their own are no part of its frame:
        # "Winter storm floods thousands of tents in Gaza as strikes continue in the south"
        # (not when the clause has a context of its own: "as Gaza ceasefire takes effect", "as
        # army removes WWII bomb")
        aside = any(
            h[0] == 0
            and any(n in rules.violent_tags for n, _ in h[4][1])
            and _own_clause(lows[0], h[2], title_contexts)
            for h in hits
        )
        court = (
            charged <= _CHARGES
            and not beside
            and any(any(domain_hits.get(name, {}).values()) for name in _JUDGING)
        )
        # armed men or weapons in the headline beside what it judges ("as soldiers open
        # fire", "Shelling halts exhumation"), not the attack an anniversary remembers ("Five
        # years after Easter bombings")
        remembered = domain_hits.get("history", {})
        anniversary = any(remembered.get(key) for key in _ANNIVERSARY)
        armed = bool(flags[0] & (_ACTOR | _WEAPON)) and not anniversary
        framed = not aside and _frame(flags, len(yield_tags(rules)), court, armed)
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
    for field, unit, start, end, info, modifier in hits:
        own, near = flags[unit], window[unit]
        # Only an armed actor rescues a demoted sentence (weapons turn up in
        # games and films too), and not from history or fiction.
        demoting = own & _DEMOTE or yielding_demotion(own, yielding)
        demoted = demoting and (own & _HARD or not own & _ACTOR)
        scored = None
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
        for name, w in scored:
            cues.setdefault(name, {}).setdefault(key, []).append((w * modifier, field, start, end))

    repeat = float(sc.get("repeat_weight", 0.3))
    raw = {tag: aggregate(by_key, repeat) for tag, by_key in cues.items()}
    violence = sum(v for t, v in raw.items() if t in violent or t == CASUALTY_TAG)
    score = 0.0
    if violence > 0.0:
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


def _own_clause(title: str, at: int, contexts: list[int]) -> bool:
    """The headline's cue at `at` stands in a clause opened by "as", "while" or "amid" that
    holds none of the headline's demoting contexts."""
    opened = max(title.rfind(w, 0, at) for w in _BESIDE)
    return opened >= 0 and not any(c > opened for c in contexts)


def _frame(flags: list[int], k: int, court: bool, armed: bool) -> bool:
    """A whole article whose headline sits in a non-conflict context (a peace deal, an
    anniversary, a film, a quake) and names neither a strong violent event nor a casualty:
    that context holds for every sentence, whose war words are then its background. True
    when the article is so framed. `court`: the headline judges or remembers (a court, an
    anniversary); `armed`: armed men or weapons act in it beside what it judges."""
    title = flags[0]
    demoted = title & _DEMOTE or yielding_demotion(title, k)
    # a court names the atrocity it judges ("court jails doctor for genocide complicity"),
    # unless armed men or weapons act in the headline ("court convicts protesters as
    # soldiers open fire")
    charge = court and not armed
    if demoted and not title & (_CASUALTY if charge else _VSTRONG | _CASUALTY):
        for own in flags[1:]:
            # a strong cue of violence or a casualty dated to a day of this week, with armed
            # men or weapons, in a sentence of no other context, is news the headline does
            # not cover: "Marawi's victims are paid, seven years on ... On Wednesday,
            # soldiers clashed with IS fighters", "Russian forces hit the works with
            # missiles on Thursday, killing seven employees"
            dated = own & _DATED and own & (_VSTRONG | _CASUALTY) and own & (_ACTOR | _WEAPON)
            if dated and not (own & _DEMOTE or yielding_demotion(own, k)):
                return False
        # a domain that yields (a match) frames each sentence as it would its own: a
        # strong cue of the tags it yields to still lifts it there
        mask = _DEMOTE | _HARD | (((1 << k) - 1) << YIELD_SHIFT)
        for u in range(1, len(flags)):
            flags[u] |= title & mask
        return True
    return False


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
