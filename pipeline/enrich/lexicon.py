"""The lexicon: every rule phrase compiled into one matcher and role table.

Entries may hold `{a|b|}` alternations, expanded when the rules load
("{gunmen|militants} {attacked|stormed}"), and `#` for one digit ("in 18##");
" " matches a space or a hyphen, "-" a hyphen, a space or nothing, a trailing
"*" any word ending and a leading "=" makes an entry case-sensitive.

The phrases form one trie per case mode, compiled to a regex: Python's `re`
tries alternatives one by one, and a trie lets each text position fail after a
character or two, where a flat alternation of hundreds of phrases is tens of
times slower. The lowercase trie is entered only after a non-word character
(`scan_re`, run over the text with a space in front), which lets `re` skip the
inside of words in C; where entries overlap the longest wins, and matches never
overlap, left to right.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

Role = tuple[str, str, str]  # (kind, name, strength), e.g. ("tag", "battle", "weak")

_DIGITS = str.maketrans("0123456789", "##########")
_ALT = re.compile(r"\{([^{}]*)\}")
_COMPANY = frozenset(("actors", "weapons", "casualties", "civilians", "targets"))


def _key(phrase: str) -> str:
    """Lookup key of a phrase or a matched span: spaces and hyphens vary in news."""
    if phrase.startswith("="):
        key = "=" + phrase[1:].replace(" ", "").replace("-", "")
    else:
        key = phrase.lower().replace(" ", "").replace("-", "").replace("\n", "")
    return key


def expand(phrase: str) -> list[str]:
    """'{a|b} c{|s}' -> ['a c', 'b c', 'a cs', 'b cs'] (spaces collapsed)."""
    m = _ALT.search(phrase)
    if m is None:
        return [" ".join(phrase.split())]
    out = []
    for alt in m.group(1).split("|"):
        out += expand(phrase[: m.start()] + alt + phrase[m.end() :])
    return out


def _trie(entries: Iterable[tuple[str, bool]]) -> dict[str, Any]:
    """Nested dicts by character; "$" marks an entry's end (True: a prefix entry)."""
    root: dict[str, Any] = {}
    for text, is_prefix in entries:
        node = root
        for ch in text:
            node = node.setdefault(ch, {})
        node["$"] = node.get("$", False) or is_prefix
    return root


def _trie_regex(root: dict[str, Any], letters: str) -> str:
    """The trie as a regex, without a look-behind: callers check word starts."""

    def emit(node: dict[str, Any]) -> str:
        parts = []
        for ch in sorted(k for k in node if k != "$"):
            edge = {" ": "[ -]", "-": "[ -]?", "#": "[0-9]"}.get(ch) or re.escape(ch)
            parts.append(edge + emit(node[ch]))
        if "$" in node:  # longer continuations first, so the longest phrase wins
            parts.append(f"[{letters}]*" if node["$"] else "")
        return parts[0] if len(parts) == 1 else "(?:" + "|".join(parts) + ")"

    if not root:
        return r"(?!x)x"
    return emit(root) + f"(?![{letters}0-9])"


def _case_split(case: set[tuple[str, bool]]) -> tuple[re.Pattern[str] | None, tuple[str, ...]]:
    """The case-sensitive entries that do not start with a lowercase letter, as a regex
    of their own, and the leading literal runs of those that do ("bear" of "bear
    attacked"): where no run occurs, only the first can match, and it skips the many
    lowercase letters the full regex is tried at. None when an entry starts with a
    hyphen, whose optional edge could match at any letter."""
    if any(phrase[:1] in (" ", "-") for phrase, _ in case):
        return None, ()
    lowered = [phrase for phrase, _ in case if "a" <= phrase[0] <= "z"]
    runs: list[str] = []
    for run in sorted({re.split("[ #-]", phrase, maxsplit=1)[0] for phrase in lowered}, key=len):
        if not any(run.startswith(kept) for kept in runs):  # found wherever `kept` is
            runs.append(run)
    others = _trie((phrase, pre) for phrase, pre in case if not "a" <= phrase[0] <= "z")
    return re.compile(_trie_regex(others, "A-Za-z")), tuple(runs)


def _longest_prefix(
    roles: dict[tuple[str, bool], set[Role]], prefixes: set[str], key: str
) -> set[Role]:
    """The roles of the longest prefix entry ("abduct*") that `key` or a start of it matches."""
    for end in range(len(key), 0, -1):
        if key[:end] in prefixes:
            return roles[(key[:end], True)]
    return set()


@dataclass(frozen=True, slots=True)
class Lexicon:
    scan_re: re.Pattern[str]  # run over " " + lowercase text; a match starts 1 early
    case_re: re.Pattern[str]  # case-sensitive entries, no look-behind
    exact: dict[str, tuple[Role, ...]]
    prefix: dict[str, tuple[Role, ...]]
    # entries with "#" for a digit, by their key with every digit a "#": "in 19##" and
    # "in 20##" keep their own roles, as 1944 is history and 2014 may not be
    numbered: dict[str, tuple[str, ...]]
    cache: dict[str, tuple[Role, ...]]
    case_rest: re.Pattern[str] | None  # case_re without the lowercase-initial entries
    case_runs: tuple[str, ...]  # what each lowercase-initial entry starts with

    @classmethod
    def build(cls, entries: Iterable[tuple[str, Role]]) -> Lexicon:
        roles: dict[tuple[str, bool], set[Role]] = {}
        lower: set[tuple[str, bool]] = set()
        case: set[tuple[str, bool]] = set()
        for raw, role in ((p, r) for e, r in entries for p in expand(e)):
            phrase = raw.strip()
            is_prefix = phrase.endswith("*")
            phrase = phrase.rstrip("*").strip()
            if not phrase or phrase == "=":
                continue
            if phrase.startswith("="):
                case.add((phrase[1:], is_prefix))
            else:
                phrase = phrase.lower()
                lower.add((phrase, is_prefix))
            roles.setdefault((_key(phrase), is_prefix), set()).add(role)
        # A phrase keeps the company its words would have given the sentence:
        # "gunmen killed" still names an armed actor and a casualty.
        # A company phrase with no tag of its own keeps its words' strong tags too:
        # the target "camps for displaced" still says displacement. (Masks keep none:
        # "price war" must not say war.)
        prefixes = {k for k, p in roles if p}
        # A mask inherits nothing from its words: "killed the bill" names no casualty
        # and "seized assets" no seizure; it keeps only the roles listed for itself.
        masks = {k for k, found in roles.items() if ("mask", "", "") in found}
        for phrase, is_prefix in lower:
            if " " in phrase and (_key(phrase), is_prefix) not in masks:
                found = roles[(_key(phrase), is_prefix)]
                inherit_tags = all(r[0] in _COMPANY for r in found)
                for word in phrase.split():
                    key = _key(word)
                    own = roles.get((key, False)) or _longest_prefix(roles, prefixes, key)
                    found |= {
                        r
                        for r in own
                        if r[0] in _COMPANY or (inherit_tags and r[::2] == ("tag", "strong"))
                    }
        # An exact phrase also holds the roles of the longest prefix entry that
        # covers it ("abducted" listed as an anchor is still "abduct*"), unless it
        # names a context of its own: "fires ballistic missiles into sea" is a test,
        # not the strike "fire* ... missile*" would make it.
        for key, is_prefix in list(roles):
            own = roles[(key, is_prefix)]
            if (
                not is_prefix
                and (key, is_prefix) not in masks
                and not any(r[0] == "domain" for r in own)
            ):
                # a pattern's anchor keeps the roles its phrase already had as a prefix
                # entry ("ballistic missile" of "ballistic missile*")
                anchor_only = all(r[0] == "anchor" for r in own)
                own |= _longest_prefix(roles, prefixes, key if anchor_only else key[:-1])
        exact: dict[str, tuple[Role, ...]] = {}
        prefix: dict[str, tuple[Role, ...]] = {}
        for (key, is_prefix), found in roles.items():
            # A phrase listed as both strong and weak for a tag counts as strong.
            strong = {(k, n) for k, n, s in found if s == "strong"}
            kept = tuple(sorted(r for r in found if r[2] != "weak" or (r[0], r[1]) not in strong))
            (prefix if is_prefix else exact)[key] = kept
        numbered: dict[str, list[str]] = {}
        for key in exact:
            if "#" in key:
                numbered.setdefault(key.translate(_DIGITS), []).append(key)
        return cls(
            re.compile("[^a-z0-9]" + _trie_regex(_trie(lower), "a-z")),
            re.compile(_trie_regex(_trie(case), "A-Za-z")),
            exact,
            prefix,
            {k: tuple(v) for k, v in numbered.items()},
            {},
            *_case_split(case),
        )

    def roles(self, matched: str, case_sensitive: bool = False) -> tuple[Role, ...]:
        cache_key = "=" + matched if case_sensitive else matched
        found = self.cache.get(cache_key)
        if found is not None:
            return found
        key = _key(cache_key)
        found = self.exact.get(key)
        if any(c.isdigit() for c in key):
            found = self._numbered(key, found)
        if found is None:
            found = ()
            for end in range(len(key), 0, -1):
                found = self.prefix.get(key[:end], ())
                if found:
                    break
        if len(self.cache) < 100_000:  # matched spans are few: lexicon phrases
            self.cache[cache_key] = found
        return found

    def _numbered(self, key: str, found: tuple[Role, ...] | None) -> tuple[Role, ...] | None:
        """`found` (the roles of `key`'s own entry, if any) with those of the entries
        whose "#"s the digits of `key` fill."""
        fits = [
            entry
            for entry in self.numbered.get(key.translate(_DIGITS), ())
            if all(e == c or (e == "#" and c.isdigit()) for e, c in zip(entry, key, strict=True))
        ]
        if not fits:
            return found
        return tuple(sorted({r for entry in fits for r in self.exact[entry]}.union(found or ())))

    def case_spans(self, s: str) -> list[tuple[int, int]]:
        """Spans of the case-sensitive entries in `s`. The regex has no
        look-behind (scanning is six times faster without), so matches after a
        letter or digit are dropped here. (The lowercase entries: `scan_re`.)"""
        regex = self.case_re
        if self.case_rest is not None:
            # The full regex is tried at every lowercase letter, but its lowercase-initial
            # entries can only match where one of their runs occurs (and seldom do: "lion"
            # of "million"); it has no look-behind, so a match at i is one in any scan.
            regex = self.case_rest
            for run in self.case_runs:
                i = s.find(run)
                while i != -1 and self.case_re.match(s, i) is None:
                    i = s.find(run, i + 1)
                if i != -1:
                    regex = self.case_re
                    break
        out = []
        for m in regex.finditer(s):
            start = m.start()
            if not (start and s[start - 1].isalnum()):
                out.append((start, m.end()))
        return out
