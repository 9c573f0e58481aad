"""Cues: the lexicon's matches in one field, each turned into a compiled cue.

A matched span's roles (lexicon.py) are compiled once into a small tuple, the
`Info`, cached by span text, so the conflict tagger's work per hit is a dict
lookup and a few integer operations. Pattern rules (regexes in the rule file)
are tried where one of their anchors matched, or over the whole field when it
holds one of their `requires` substrings.
"""

from __future__ import annotations

from itertools import count

from .rules import Rules

# Per-sentence context flags.
(
    _ACTOR,
    _WEAPON,
    _VSTRONG,
    _CASUALTY,
    _CIVILIAN,
    _NSTRONG,
    _DISASTER,
    _DEMOTE,
    _HARD,
    _TARGET,
    _DATED,
) = (1 << i for i in range(11))
# A sentence demoted only by a domain that yields to a tag ("a shooting the authorities
# call terrorism is no ordinary crime") keeps its cues when it holds a strong cue of
# that very tag: "charged with membership of a terrorist organisation" is no crime story.
# Each group of tags some domain yields to has two bits from YIELD_SHIFT on: one for
# "demoted by a domain that yields to it", k places up one for "holds a strong cue of one
# of them" (k groups). A group may name ANY_VIOLENT: a strong cue of any reported violent
# tag lifts it.
YIELD_SHIFT = 11
ANY_VIOLENT = "violent"


def yield_tags(rules: Rules) -> tuple[tuple[str, ...], ...]:
    """The groups of tags domains yield to, in a fixed order (their bit positions)."""
    return rules.yield_groups


def yielding_demotion(own: int, k: int) -> int:
    """Nonzero when a domain that yields to a tag demotes the sentence with flags `own`
    and no strong cue of that tag is in it (k: the number of yield_tags)."""
    return (own >> YIELD_SHIFT) & ((1 << k) - 1) & ~(own >> (YIELD_SHIFT + k))


_KIND_FLAG = {
    "actors": _ACTOR,
    "weapons": _WEAPON,
    "casualties": _CASUALTY,
    "civilians": _CIVILIAN,
    "targets": _TARGET,
    "dated": _DATED,
}
_NEG, _HEDGE = 1, 2
_MODIFIER = {"negations": _NEG, "hedges": _HEDGE}
# A compiled cue: (flags, tags ((tag, strength), ...), domains, anchors,
# is_casualty, modifier: _NEG, _HEDGE or 0, serial number: a cache key)
Info = tuple[int, tuple[tuple[str, str], ...], tuple[str, ...], tuple[int, ...], bool, int, int]
_SERIAL = count()


def lower(s: str) -> str:
    """`s.lower()`, one character for one, so spans found in it index `s`."""
    low = s.lower()
    if len(low) != len(s):  # "İ" lowers to two characters; spans must not move
        low = "".join(c.lower()[:1] or c for c in s)
    return low


def _compile(rules: Rules, roles) -> Info | None:
    flags = 0
    tags, domains, anchors, casualty, modifier = [], [], [], False, 0
    yielded = yield_tags(rules)
    k = len(yielded)
    for kind, name, strength in roles:
        if kind == "tag":
            tags.append((name, strength))
            if strength == "strong":
                flags |= _VSTRONG if name in rules.violent_tags else _NSTRONG
                for j, group in enumerate(yielded):
                    if name in group or (
                        ANY_VIOLENT in group
                        and name in rules.violent_tags
                        and name not in rules.hidden_tags  # "civil war" is background
                    ):
                        flags |= 1 << (YIELD_SHIFT + k + j)
        elif kind == "domain":
            domains.append(name)
            if name in rules.demoting_domains:
                if name in rules.sentence_yields:
                    flags |= 1 << (YIELD_SHIFT + yielded.index(rules.sentence_yields[name]))
                else:
                    flags |= _DEMOTE
            flags |= _HARD if name in rules.hard_domains else 0
            flags |= _DISASTER if name == "disaster" else 0
        elif kind == "anchor":
            anchors.append(int(name))
        elif kind in _MODIFIER:
            modifier = max(modifier, _MODIFIER[kind]) if modifier != _NEG else _NEG
        elif kind in _KIND_FLAG:
            flags |= _KIND_FLAG[kind]
            casualty = casualty or kind == "casualties"
    if flags & _ACTOR and all(name == "terrorism" for name, _ in tags):
        # a group's name ("Boko Haram") is no event: a court or a crime story naming it
        # stays one ("convicted 125 Boko Haram suspects of terrorism financing"); armed men
        # who act are ("Taliban fighters took control of the city")
        flags &= ~(((1 << k) - 1) << (YIELD_SHIFT + k))
    if not (flags or tags or domains or anchors or modifier):
        return None  # a mask: it only swallows the words inside it
    return flags, tuple(tags), tuple(domains), tuple(anchors), casualty, modifier, next(_SERIAL)


def _info(rules: Rules, key: str, case: bool) -> Info | None:
    cache_key = "=" + key if case else key
    try:
        return rules.infos[cache_key]
    except KeyError:
        info = _compile(rules, rules.lexicon.roles(key, case))
        if info is not None and info[1] and not case:
            inherited = _named_inside(rules, key) & ~info[0]
            if inherited:
                info = (info[0] | inherited, *info[1:])
        if len(rules.infos) < 100_000:
            rules.infos[cache_key] = info
        return info


def _named_inside(rules: Rules, key: str) -> int:
    """The actor and weapon flags of the words inside a longer cue: "armed men attacked",
    "abducted by ELN guerrillas" and "glide bombs struck" name who or what did it, though
    the longest match swallows those words' own entries."""
    words = key.split()
    flags = 0
    for i in range(len(words)):
        for j in range(i + 1, min(len(words), i + 3) + 1):
            if j - i < len(words):
                for kind, _, _ in rules.lexicon.roles(" ".join(words[i:j])):
                    if kind in _INSIDE:
                        flags |= _KIND_FLAG[kind]
    return flags


_INSIDE = ("actors", "weapons")


def _pattern_info(rules: Rules, i: int) -> Info:
    key = f"\0pattern{i}"
    info = rules.infos.get(key)
    if info is None:
        info = _compile(rules, rules.patterns[i][2]) or (0, (), (), (), False, 0, next(_SERIAL))
        rules.infos[key] = info
    return info


def _inside(hit: tuple[int, int, Info], spans: list[tuple[int, int]]) -> bool:
    return any(a <= hit[0] and hit[1] <= b and (hit[0], hit[1]) != (a, b) for a, b in spans)


def scan(rules: Rules, s: str, low: str) -> list[tuple[int, int, Info]]:
    """Every lexicon and pattern hit of one field, sorted by start; `low` is
    `lower(s)`. Masks swallow the words inside them and yield no hit."""
    infos = rules.infos
    lexicon = rules.lexicon
    found = []
    anchored = []
    padded = " " + low
    for m in lexicon.scan_re.finditer(padded):
        start, end = m.span()  # the match starts one early, at the padding
        key = padded[start + 1 : end]
        info = infos.get(key, 0)
        if info == 0:
            info = _info(rules, key, False)
        if info is not None:
            found.append((start, end - 1, info))
            if info[3]:
                anchored.append((start, info[3]))
    extra = []
    for start, end in lexicon.case_spans(s):
        info = _info(rules, s[start:end], True)
        if info is not None:
            extra.append((start, end, info))
    patterns = rules.patterns
    swallowed = []
    for start, anchors in anchored:
        for i in anchors:
            m = patterns[i][0].match(low, start)
            if m is not None:
                extra.append((start, m.end(), _pattern_info(rules, i)))
                if patterns[i][4]:
                    swallowed.append((start, m.end()))
    for i, (regex, requires, _, is_anchored, _) in enumerate(patterns):
        if not is_anchored and (not requires or any(w in low for w in requires)):
            extra += [(m.start(), m.end(), _pattern_info(rules, i)) for m in regex.finditer(low)]
    if swallowed:
        # like a longer lexicon phrase, the match swallows the cue words inside it
        found = [h for h in found if not _inside(h, swallowed)]
        extra = [h for h in extra if not _inside(h, swallowed)]
    if extra:
        found += extra
        found.sort(key=lambda h: h[0])
    return found
