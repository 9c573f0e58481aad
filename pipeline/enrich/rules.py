"""Rule data for the conflict tagger: packaged TOML, user files merged over it,
compiled once into the lexicon (lexicon.py: every phrase, one matcher), the
pattern regexes and the scoring tables.
"""

from __future__ import annotations

import hashlib
import json
import re
import tomllib
from collections.abc import Mapping
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Any

from ..errors import ConfigError
from .lexicon import Lexicon, Role, expand

PACKAGE_DIR = Path(__file__).parent
RULES_DIR = PACKAGE_DIR / "rules"
CONFLICT_RULES = RULES_DIR / "conflict.toml"
# Data that changes what the enrich stages output; hashed into rules_hash().
_HASHED_DIRS = ("rules", "data", "figures")
_HASHED_SUFFIXES = (".toml", ".json", ".txt", ".tsv", ".csv")

__all__ = [
    "Lexicon",
    "Role",
    "Rules",
    "default_rules",
    "expand",
    "load_rules",
    "merge",
    "rules_hash",
]


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


@dataclass(frozen=True, slots=True)
class Rules:
    """Compiled conflict rules; build with `Rules.load()` or `Rules.load(path)`."""

    data: dict[str, Any]
    digest: str
    lexicon: Lexicon
    # (regex, requires, role, anchored): an anchored regex is tried with
    # `match` where one of its anchors (lexicon phrases) starts; the others
    # scan the text when it holds one of their `requires` substrings.
    # regex, requires, roles, anchored, swallows (the cue words inside a match are its own)
    patterns: tuple[tuple[re.Pattern[str], tuple[str, ...], tuple[Role, ...], bool, bool], ...]
    scoring: dict[str, Any]
    tag_weights: dict[str, dict[str, float]]
    tag_min_evidence: dict[str, float]  # a tag's own floor, over scoring.min_tag_evidence
    violent_tags: frozenset[str]
    hidden_tags: frozenset[str]  # evidence for the score, never reported
    domain_weights: dict[str, float]
    demoting_domains: frozenset[str]
    hard_domains: frozenset[str]  # demote even a sentence with an armed actor
    # domain -> the tags whose strong evidence cancels it (any one of them)
    domain_yields: dict[str, tuple[str, ...]]
    # domain -> the tags (or ANY_VIOLENT) whose strong cue in a sentence lifts its demotion there
    sentence_yields: dict[str, tuple[str, ...]]
    # the distinct groups of sentence_yields, in a fixed order: their flag bits (cues.py)
    yield_groups: tuple[tuple[str, ...], ...]
    cause_domains: frozenset[str]  # contexts that explain displacement and need by themselves
    infos: dict[str, Any]  # matched span -> compiled cue info (cues.py fills it)
    weighed: dict[Any, Any] = field(default_factory=dict)  # conflict.py's cache

    @classmethod
    def load(cls, path: str | Path | None = None) -> Rules:
        """Packaged rules, with the TOML file at `path` (if given) merged over them."""
        data = _read(CONFLICT_RULES)
        if path is not None:
            user = _read(Path(path))
            _check_names(data, user)
            data = merge(data, user)
        return cls.from_data(data)

    @classmethod
    def from_data(cls, data: dict[str, Any]) -> Rules:
        digest = hashlib.sha256(json.dumps(data, sort_keys=True).encode()).hexdigest()[:16]
        context = data.get("context", {})
        entries: list[tuple[str, Role]] = []
        kinds = (
            "actors",
            "weapons",
            "casualties",
            "civilians",
            "targets",
            "dated",
            "negations",
            "hedges",
        )
        for kind in kinds:
            entries += [(w, (kind, "", "")) for w in context.get(kind, ())]
        tag_weights: dict[str, dict[str, float]] = {}
        tag_min_evidence: dict[str, float] = {}
        violent = set()
        hidden = set()
        for tag, table in data.get("tags", {}).items():
            if not table.get("emit", True):
                hidden.add(tag)
            tag_weights[tag] = {
                "strong": float(table.get("strong_weight", 1.0)),
                "weak": float(table.get("weak_weight", 0.6)),
            }
            if "min_evidence" in table:
                tag_min_evidence[tag] = float(table["min_evidence"])
            if table.get("violent", True):
                violent.add(tag)
            for strength in ("strong", "weak"):
                entries += [(w, ("tag", tag, strength)) for w in table.get(strength, ())]
        domain_weights = {}
        yields = {}
        sentence_yields = {}
        causes = set()
        demoting = set()
        hard = set()
        for name, table in data.get("domains", {}).items():
            domain_weights[name] = float(table.get("weight", 0.5))
            if "yields_to" in table:
                yields[name] = _names(table["yields_to"])
            if "sentence_yields_to" in table or "yields_to" in table:
                sentence_yields[name] = _names(table.get("sentence_yields_to", yields.get(name)))
            if table.get("explains_needs", False):
                causes.add(name)
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
            # a pattern may name several tags: evidence for each
            # ... or none: a mask too long to list as phrases (it must swallow)
            roles = (
                (("domain", p["domain"], ""),)
                if "domain" in p
                else ()
                if p.get("mask", False)
                else tuple(("tag", t, p.get("strength", "strong")) for t in _names(p["tag"]))
            )
            patterns.append(
                (
                    re.compile(p["regex"]),
                    tuple(p.get("requires", ())),
                    roles,
                    bool(anchors),
                    bool(p.get("swallows", False)),
                )
            )
        return cls(
            data=data,
            digest=digest,
            lexicon=Lexicon.build(entries),
            patterns=tuple(patterns),
            scoring=dict(data.get("scoring", {})),
            tag_weights=tag_weights,
            tag_min_evidence=tag_min_evidence,
            violent_tags=frozenset(violent),
            hidden_tags=frozenset(hidden),
            domain_weights=domain_weights,
            demoting_domains=frozenset(demoting),
            hard_domains=frozenset(hard),
            domain_yields=yields,
            sentence_yields=sentence_yields,
            yield_groups=tuple(sorted(set(sentence_yields.values()))),
            cause_domains=frozenset(causes),
            infos={},
        )


def _read(path: Path) -> dict[str, Any]:
    with path.open("rb") as handle:
        return tomllib.load(handle)


def _check_names(ours: Mapping[str, Any], user: Mapping[str, Any]) -> None:
    """A user file extends our sections and tags; a name we do not have is a typo (a tag
    outside the vocabulary would reach every consumer as a new tag)."""
    unknown = sorted(set(user) - set(ours))
    if unknown:
        raise ValueError(
            f"unknown section(s) {', '.join(unknown)}; the sections are {', '.join(sorted(ours))}"
        )
    tags = user.get("tags", {})
    unknown = sorted(set(tags) - set(ours.get("tags", {}))) if isinstance(tags, dict) else []
    if unknown:
        raise ValueError(
            f"unknown tag(s) {', '.join(unknown)}; the tags are {', '.join(sorted(ours['tags']))}"
        )


@lru_cache(maxsize=1)
def default_rules() -> Rules:
    return Rules.load()


def load_rules(path: str | Path | None) -> Rules:
    """The packaged rules, with the user's file at `path` merged over them when given
    (read once per path). A file that cannot be read or compiled is a ConfigError
    naming it, so a worker stops at start rather than tagging with rules it half has."""
    if not path:
        return default_rules()
    return _user_rules(str(Path(path).expanduser()))


@lru_cache(maxsize=4)
def _user_rules(path: str) -> Rules:
    try:
        return Rules.load(path)
    except OSError as exc:
        raise ConfigError(f"rules file {path}: {exc.strerror or exc}") from None
    except tomllib.TOMLDecodeError as exc:
        raise ConfigError(f"rules file {path} is not valid TOML: {exc}") from None
    except (TypeError, ValueError, AttributeError, re.error) as exc:
        raise ConfigError(f"rules file {path}: {type(exc).__name__}: {exc}") from None


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


def _names(value: str | list[str] | tuple[str, ...] | None) -> tuple[str, ...]:
    """A rule-file value that names one thing or a list of them, as a sorted tuple."""
    if value is None:
        return ()
    return (str(value),) if isinstance(value, str) else tuple(sorted(str(v) for v in value))
