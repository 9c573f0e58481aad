"""The feeds file: TOML, one [[feed]] table per feed.

[[feed]]
url = "https://feeds.bbci.co.uk/news/world/rss.xml"
name = "BBC News - World"      # optional; else the feed's own title
interval = "15m"               # optional: seconds, or "90s", "15m", "2h"
tags = ["world", "news"]       # optional
enabled = true                 # optional
"""

from __future__ import annotations

import hashlib
import json
import re
import tomllib
from dataclasses import dataclass
from pathlib import Path

from ..errors import ConfigError

_KEYS = frozenset({"url", "name", "interval", "tags", "enabled"})
_DURATION = re.compile(r"^\s*(\d+(?:\.\d+)?)\s*(s|m|h|d)?\s*$", re.I)
_UNITS = {"s": 1, "m": 60, "h": 3600, "d": 86400}


@dataclass(frozen=True, slots=True)
class FeedConfig:
    url: str
    name: str | None = None
    interval: float | None = None  # seconds
    tags: tuple[str, ...] = ()
    enabled: bool = True


def default_feeds_path() -> Path:
    return Path(__file__).with_name("default_feeds.toml")


def parse_interval(value: object, where: str) -> float | None:
    if value is None:
        return None
    if isinstance(value, int | float) and not isinstance(value, bool) and value > 0:
        return float(value)
    if isinstance(value, str):
        m = _DURATION.match(value)
        if m and float(m.group(1)) > 0:
            return float(m.group(1)) * _UNITS[(m.group(2) or "s").lower()]
    raise ConfigError(f"{where}: interval must be positive seconds or like '15m', not {value!r}")


def load_feeds(path: str | Path) -> list[FeedConfig]:
    try:
        with open(path, "rb") as fh:
            data = tomllib.load(fh)
    except OSError as exc:
        raise ConfigError(f"cannot read feeds file {path}: {exc.strerror}") from None
    except tomllib.TOMLDecodeError as exc:
        raise ConfigError(f"feeds file {path} is not valid TOML: {exc}") from None
    return feeds_from_data(data, str(path))


def feeds_from_data(data: dict, origin: str) -> list[FeedConfig]:
    tables = data.get("feed", [])
    if not isinstance(tables, list):
        raise ConfigError(f"{origin}: 'feed' must be an array of tables ([[feed]])")
    feeds: list[FeedConfig] = []
    seen: set[str] = set()
    for i, table in enumerate(tables, 1):
        where = f"{origin}: feed #{i}"
        if not isinstance(table, dict):
            raise ConfigError(f"{where}: must be a table")
        unknown = set(table) - _KEYS
        if unknown:
            raise ConfigError(f"{where}: unknown key(s) {', '.join(sorted(unknown))}")
        url = table.get("url")
        if not isinstance(url, str) or not re.match(r"^https?://[^\s/]+", url.strip(), re.I):
            raise ConfigError(f"{where}: url must be an http(s) URL, not {url!r}")
        url = url.strip()
        if url in seen:  # the same feed twice would be polled twice as often
            continue
        seen.add(url)
        tags = table.get("tags", [])
        if not isinstance(tags, list) or not all(isinstance(t, str) for t in tags):
            raise ConfigError(f"{where}: tags must be a list of strings")
        name = table.get("name")
        if name is not None and not isinstance(name, str):
            raise ConfigError(f"{where}: name must be a string")
        enabled = table.get("enabled", True)
        if not isinstance(enabled, bool):
            raise ConfigError(f"{where}: enabled must be true or false")
        feeds.append(
            FeedConfig(
                url=url,
                name=name or None,
                interval=parse_interval(table.get("interval"), where),
                tags=tuple(tags),
                enabled=enabled,
            )
        )
    return feeds


def _toml_str(value: str) -> str:
    # A JSON string is a valid TOML basic string (same escapes, \uXXXX included).
    return json.dumps(value, ensure_ascii=False)


def dump_feeds(feeds: list[FeedConfig], header: str | None = None) -> str:
    lines: list[str] = []
    if header:
        lines += [f"# {line}" for line in header.splitlines()] + [""]
    for f in feeds:
        lines.append("[[feed]]")
        lines.append(f"url = {_toml_str(f.url)}")
        if f.name:
            lines.append(f"name = {_toml_str(f.name)}")
        if f.interval:
            lines.append(f"interval = {int(f.interval)}")
        if f.tags:
            lines.append(f"tags = [{', '.join(_toml_str(t) for t in f.tags)}]")
        if not f.enabled:
            lines.append("enabled = false")
        lines.append("")
    return "\n".join(lines)


def shard_of(url: str, count: int) -> int:
    """Stable across processes and Python versions (unlike hash())."""
    return int(hashlib.sha256(url.encode("utf-8")).hexdigest()[:16], 16) % count


def in_shard(url: str, shard: tuple[int, int] | None) -> bool:
    return shard is None or shard_of(url, shard[1]) == shard[0]


def parse_shard(text: str) -> tuple[int, int]:
    m = re.match(r"^\s*(\d+)\s*/\s*(\d+)\s*$", text or "")
    if not m or int(m.group(2)) < 1 or int(m.group(1)) >= int(m.group(2)):
        raise ConfigError(f"--shard must be I/N with 0 <= I < N, not {text!r}")
    return int(m.group(1)), int(m.group(2))
