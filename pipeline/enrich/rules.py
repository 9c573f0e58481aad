"""Rule data for the conflict tagger: packaged TOML, user files merged over it,
compiled once into a few regexes and lookup tables.

Word lists are compiled into one trie-shaped regex per case mode: Python's `re`
tries alternatives one by one, and a trie lets each text position fail after a
character or two, where a flat alternation of hundreds of phrases (or one named
group per phrase) is tens of times slower. The lowercase trie is entered only
after a non-word character (`scan_re`, run over the text with a space in
front), which lets `re` skip the inside of words in C.

Entries may hold `{a|b|}` alternations, expanded when the rules load
("{gunmen|militants} {attacked|stormed}"), and `#` for one digit ("in 18##").
"""

from __future__ import annotations

import hashlib
import json
import re
import tomllib
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any

PACKAGE_DIR = Path(__file__).parent
RULES_DIR = PACKAGE_DIR / "rules"
CONFLICT_RULES = RULES_DIR / "conflict.toml"
# Data that changes what the enrich stages output; hashed into rules_hash().
_HASHED_DIRS = ("rules", "data", "figures")
_HASHED_SUFFIXES = (".toml", ".json", ".txt", ".tsv", ".csv")

_DIGITS = str.maketrans("0123456789", "##########")
Role = tuple[str, str, str]  # (kind, name, strength), e.g. ("tag", "battle", "weak")


def merge(base: Mapping[str, Any], over: Mapping[str, Any]) -> dict[str, Any]:
    """Merge a user table over ours: tables recurse, lists extend (or replace
    with `replace = true`), `remove = [...]` drops entries from the table's lists."""
    out = dict(base)
    replace = bool(over.get("replace", False))
    for key, value in over.items():
        if key in ("replace", "remove"):
            continue
        old = out.get(key)
        if isinstance(value, dict) and isinstance(old, dict):
            out[key] = merge(old, value)
        elif isinstance(value, list) and isinstance(old, list) and not replace:
            out[key] = old + [v for v in value if v not in old]
        else:
            out[key] = value
    removed = set(over.get("remove", ()))
    if removed:
        for key, value in out.items():
            if isinstance(value, list):
                out[key] = [v for v in value if v not in removed]
    return out


def _key(phrase: str) -> str:
    """Lookup key of a phrase or a matched span: spaces and hyphens vary in news."""
    if phrase.startswith("="):
        key = "=" + phrase[1:].replace(" ", "").replace("-", "")
    else:
        key = phrase.lower().replace(" ", "").replace("-", "").replace("\n", "")
    # digits match "#" entries; the regex, not the key, tells 1944 from 2014
    return key.translate(_DIGITS) if any(c.isdigit() for c in key) else key


_ALT = re.compile(r"\{([^{}]*)\}")


def expand(phrase: str) -> list[str]:
    """'{a|b} c{|s}' -> ['a c', 'b c', 'a cs', 'b cs'] (spaces collapsed)."""
    m = _ALT.search(phrase)
    if m is None:
        return [" ".join(phrase.split())]
    out = []
    for alt in m.group(1).split("|"):
        out += expand(phrase[: m.start()] + alt + phrase[m.end() :])
    return out


def _trie_regex(entries: Iterable[tuple[str, bool]], letters: str) -> str:
    root: dict[str, Any] = {}
    for text, is_prefix in entries:
        node = root
        for ch in text:
            node = node.setdefault(ch, {})
        node["$"] = node.get("$", False) or is_prefix

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
    return f"(?<![{letters}0-9])" + emit(root) + f"(?![{letters}0-9])"


@dataclass(frozen=True, slots=True)
class Lexicon:
    scan_re: re.Pattern[str]  # run over " " + lowercase text; a match starts 1 early
    case_re: re.Pattern[str]
    exact: dict[str, tuple[Role, ...]]
    prefix: dict[str, tuple[Role, ...]]
    cache: dict[str, tuple[Role, ...]]

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
        # An exact phrase also holds the roles of the longest prefix entry that
        # covers it ("abducted" listed as an anchor is still "abduct*").
        prefixes = {k for k, p in roles if p}
        for key, is_prefix in list(roles):
            if not is_prefix:
                for end in range(len(key) - 1, 0, -1):
                    if key[:end] in prefixes:
                        roles[(key, False)] |= roles[(key[:end], True)]
                        break
        exact: dict[str, tuple[Role, ...]] = {}
        prefix: dict[str, tuple[Role, ...]] = {}
        for (key, is_prefix), found in roles.items():
            # A phrase listed as both strong and weak for a tag counts as strong.
            strong = {(k, n) for k, n, s in found if s == "strong"}
            kept = tuple(sorted(r for r in found if r[2] != "weak" or (r[0], r[1]) not in strong))
            (prefix if is_prefix else exact)[key] = kept
        # The case-sensitive list is short acronyms: scanning without the
        # leading look-behind is six times faster, and callers check the
        # boundary on the few matches instead.
        case_re = _trie_regex(case, "A-Za-z").removeprefix("(?<![A-Za-z0-9])")
        scan = "[^a-z0-9]" + _trie_regex(lower, "a-z").removeprefix("(?<![a-z0-9])")
        return cls(
            re.compile(scan),
            re.compile(case_re),
            exact,
            prefix,
            {},
        )

    def roles(self, matched: str, case_sensitive: bool = False) -> tuple[Role, ...]:
        cache_key = "=" + matched if case_sensitive else matched
        found = self.cache.get(cache_key)
        if found is not None:
            return found
        key = _key(cache_key)
        found = self.exact.get(key)
        if found is None:
            found = ()
            for end in range(len(key), 0, -1):
                found = self.prefix.get(key[:end], ())
                if found:
                    break
        if len(self.cache) < 100_000:  # matched spans are few: lexicon phrases
            self.cache[cache_key] = found
        return found


@dataclass(frozen=True, slots=True)
class Rules:
    """Compiled conflict rules; build with `Rules.load()` or `Rules.load(path)`."""

    data: dict[str, Any]
    digest: str
    lexicon: Lexicon
    # (regex, requires, role, anchored): an anchored regex is tried with
    # `match` where one of its anchors (lexicon phrases) starts; the others
    # scan the text when it holds one of their `requires` substrings.
    patterns: tuple[tuple[re.Pattern[str], tuple[str, ...], Role, bool], ...]
    scoring: dict[str, Any]
    tag_weights: dict[str, dict[str, float]]
    violent_tags: frozenset[str]
    hidden_tags: frozenset[str]  # evidence for the score, never reported
    domain_weights: dict[str, float]
    demoting_domains: frozenset[str]
    hard_domains: frozenset[str]  # demote even a sentence with an armed actor
    infos: dict[str, Any]  # matched span -> compiled cue info (conflict.py fills it)

    @classmethod
    def load(cls, path: str | Path | None = None) -> Rules:
        """Packaged rules, with the TOML file at `path` (if given) merged over them."""
        data = _read(CONFLICT_RULES)
        if path is not None:
            data = merge(data, _read(Path(path)))
        return cls.from_data(data)

    @classmethod
    def from_data(cls, data: dict[str, Any]) -> Rules:
        digest = hashlib.sha256(json.dumps(data, sort_keys=True).encode()).hexdigest()[:16]
        context = data.get("context", {})
        entries: list[tuple[str, Role]] = []
        kinds = ("actors", "weapons", "casualties", "civilians", "targets", "negations", "hedges")
        for kind in kinds:
            entries += [(w, (kind, "", "")) for w in context.get(kind, ())]
        tag_weights: dict[str, dict[str, float]] = {}
        violent = set()
        hidden = set()
        for tag, table in data.get("tags", {}).items():
            if not table.get("emit", True):
                hidden.add(tag)
            tag_weights[tag] = {
                "strong": float(table.get("strong_weight", 1.0)),
                "weak": float(table.get("weak_weight", 0.6)),
            }
            if table.get("violent", True):
                violent.add(tag)
            for strength in ("strong", "weak"):
                entries += [(w, ("tag", tag, strength)) for w in table.get(strength, ())]
        domain_weights = {}
        demoting = set()
        hard = set()
        for name, table in data.get("domains", {}).items():
            domain_weights[name] = float(table.get("weight", 0.5))
            if table.get("demotes_sentence", True):
                demoting.add(name)
                if not table.get("spares_actors", True):
                    hard.add(name)
            entries += [(w, ("domain", name, "")) for w in table.get("words", ())]
        entries += [(w, ("mask", "", "")) for w in data.get("masks", {}).get("words", ())]
        patterns = []
        for i, p in enumerate(data.get("patterns", ())):
            anchors = p.get("anchors", ())
            entries += [(a, ("anchor", str(i), "")) for a in anchors]
            role = (
                ("domain", p["domain"], "")
                if "domain" in p
                else ("tag", p["tag"], p.get("strength", "strong"))
            )
            patterns.append(
                (re.compile(p["regex"]), tuple(p.get("requires", ())), role, bool(anchors))
            )
        return cls(
            data=data,
            digest=digest,
            lexicon=Lexicon.build(entries),
            patterns=tuple(patterns),
            scoring=dict(data.get("scoring", {})),
            tag_weights=tag_weights,
            violent_tags=frozenset(violent),
            hidden_tags=frozenset(hidden),
            domain_weights=domain_weights,
            demoting_domains=frozenset(demoting),
            hard_domains=frozenset(hard),
            infos={},
        )


def _read(path: Path) -> dict[str, Any]:
    with path.open("rb") as handle:
        return tomllib.load(handle)


@lru_cache(maxsize=1)
def default_rules() -> Rules:
    return Rules.load()


@lru_cache(maxsize=1)
def _files_hash() -> str:
    digest = hashlib.sha256()
    for folder in _HASHED_DIRS:
        base = PACKAGE_DIR / folder
        if not base.is_dir():
            continue
        for path in sorted(base.rglob("*")):
            if path.is_file() and path.suffix in _HASHED_SUFFIXES:
                digest.update(str(path.relative_to(PACKAGE_DIR)).encode() + b"\0")
                digest.update(path.read_bytes() + b"\0")
    return digest.hexdigest()


def rules_hash(rules: Rules | None = None) -> str:
    """Hash of the rule data files in use (16 hex chars); a user rules object
    changes it, so records say which rules made them."""
    digest = hashlib.sha256(_files_hash().encode())
    if rules is not None and rules.digest != default_rules().digest:
        digest.update(rules.digest.encode())
    return digest.hexdigest()[:16]
