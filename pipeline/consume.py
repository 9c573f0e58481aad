"""`newswire consume`: tail a topic, filter, print (pretty) or pass on (JSON lines).

Uses kafka-python without a consumer group: it reads every partition and
commits nothing, so it never disturbs the workers. Without --follow it stops
after --timeout seconds without a new record. A record that does not decode
gets a one-line warning on stderr and the tail goes on.
"""

from __future__ import annotations

import argparse
import base64
import os
import sys
import time
from typing import Any, TextIO

from .codec import decode, encode
from .errors import InvalidRecord, NewswireError
from .kafka import make_consumer
from .settings import Settings

FILTERABLE = ("enriched", "conflict")
QUALIFIER_SIGN = {"exact": "", "approx": "~", "at_least": "≥", "at_most": "≤", "range": ""}


def _withdrawn(key: bytes | None, fmt: str) -> str:
    """A tombstone: on news.conflict, a later revision of the article is no longer a
    conflict story, and the record under its id is withdrawn."""
    article_id = (key or b"").decode("utf-8", "replace")
    if fmt == "jsonl":
        return encode({"id": article_id, "withdrawn": True}).decode("utf-8")
    return f"{article_id}: withdrawn (a later revision is no longer a conflict story)"


def _num(value: Any) -> str:
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    return f"{value:,}" if isinstance(value, int | float) else str(value)


def format_figure(f: dict[str, Any]) -> str:
    if f.get("qualifier") == "range" or (f.get("value") is None and f.get("low") is not None):
        amount = f"{_num(f.get('low'))}–{_num(f.get('high'))}"
    else:
        amount = QUALIFIER_SIGN.get(f.get("qualifier", ""), "") + _num(f.get("value"))
    parts = [amount, f.get("noun") or f.get("unit") or "", f"[{f.get('category', '?')}]"]
    if f.get("vague"):
        parts.append("(vague)")
    if f.get("projected"):
        parts.append("(projected)")
    line = " ".join(p for p in parts if p)
    if f.get("attribution"):
        line += f" — per {f['attribution']}"
    if f.get("text"):
        line += f'  "{f["text"]}"'
    return line


def _source(source: Any) -> str:
    if not isinstance(source, dict):
        return "?"
    name, domain = source.get("name"), source.get("domain") or source.get("feed") or "?"
    return f"{name} ({domain})" if name else str(domain)


def _shown_figures(figures: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """The figures to show: a headline's figure that the text also reports is shown once.

    The record keeps both ("Clashes kill 12" and "killed 12 people"); at a glance
    the second line would read as a second twelve.
    """

    def key(f: dict[str, Any]) -> tuple[Any, ...]:
        return (f.get("value"), f.get("low"), f.get("high"), f.get("category"))

    in_text = {key(f) for f in figures if f.get("field") != "title"}
    return [f for f in figures if f.get("field") != "title" or key(f) not in in_text]


def format_article(r: dict[str, Any]) -> list[str]:
    dedupe = r.get("dedupe") or {}
    head = (
        f"{_source(r.get('source'))} · published {r.get('published_at') or '?'} · id {r.get('id')}"
    )
    if dedupe:
        head += f" · rev {dedupe.get('revision', 0)}"
    lines = [f"● {r.get('title') or '(no title)'}", f"  {head}"]
    conflict = r.get("conflict")
    if isinstance(conflict, dict):
        tags = ", ".join(
            f"{t.get('tag')} {t.get('score', 0):.2f}" for t in conflict.get("tags", [])
        )
        verdict = "CONFLICT" if conflict.get("is_conflict") else "not conflict"
        lines.append(f"  {verdict} {conflict.get('score', 0):.2f}" + (f": {tags}" if tags else ""))
    figures = _shown_figures(r.get("figures") or [])
    if figures:
        lines.append("  figures:")
        lines += [
            f"    - {format_figure(f)}" + (" (title)" if f.get("field") == "title" else "")
            for f in figures
        ]
    places = r.get("places") or []
    if places:
        shown = ", ".join(
            f"{p.get('name')} ({p.get('country')})"
            + (f" ×{p['mentions']}" if p.get("mentions") else "")
            for p in places
        )
        lines.append(f"  places: {shown}")
    return lines


def format_duplicate(r: dict[str, Any]) -> list[str]:
    line = (
        f"dup {r.get('id')} -> {r.get('duplicate_of')}  similarity {r.get('similarity', 0):.3f}"
        f"  {r.get('reason')}"
    )
    if r.get("title"):
        line += f'  "{r["title"]}" ({_source(r.get("source"))})'
    return [line]


def format_deadletter(r: dict[str, Any]) -> list[str]:
    try:
        payload = base64.b64decode(r.get("payload") or "")
    except ValueError:
        payload = b""
    preview = payload[:80].decode("utf-8", "replace").replace("\n", "\\n")
    return [
        f"dead {r.get('topic')}[{r.get('partition')}]@{r.get('offset')} "
        f"stage={r.get('stage') or '?'} error: {r.get('error')}",
        f"  payload ({len(payload)} bytes): {preview!r}",
    ]


def format_pretty(topic_kind: str, record: dict[str, Any]) -> str:
    if topic_kind == "duplicates":
        lines = format_duplicate(record)
    elif topic_kind == "deadletter":
        lines = format_deadletter(record)
    else:
        lines = format_article(record)
    return "\n".join(lines) + "\n"


def matches(record: dict[str, Any], tags: list[str] | None, min_score: float | None) -> bool:
    conflict = record.get("conflict") or {}
    if min_score is not None and float(conflict.get("score") or 0.0) < min_score:
        return False
    if tags:
        have = {t.get("tag") for t in conflict.get("tags", []) if isinstance(t, dict)}
        return bool(have & set(tags))
    return True


def _warn(text: str) -> None:
    print(f"newswire: warning: {text}", file=sys.stderr)


def cmd_consume(args: argparse.Namespace, settings: Settings) -> int:
    kind = args.topic
    if (args.tag or args.min_score is not None) and kind not in FILTERABLE:
        raise NewswireError("--tag and --min-score apply to --topic enriched or conflict only")
    topic = settings.topic(kind)
    consumer = make_consumer(
        settings,
        topic,
        group_id=None,
        auto_offset_reset="earliest" if args.from_beginning else "latest",
        max_partition_fetch_bytes=8 * 1024 * 1024,
    )
    out: TextIO = sys.stdout
    shown = 0
    last = time.monotonic()
    try:
        while True:
            batches = consumer.poll(timeout_ms=500)
            if not batches:
                if not args.follow and time.monotonic() - last >= args.timeout:
                    return 0
                continue
            last = time.monotonic()
            for records in batches.values():
                for msg in records:
                    where = f"{msg.topic}[{msg.partition}]@{msg.offset}"
                    if msg.value is None:  # a tombstone: the key's record was withdrawn
                        if args.tag or args.min_score is not None:
                            continue
                        line = _withdrawn(msg.key, args.format)
                        out.write(line + "\n")
                        out.flush()
                        continue
                    try:
                        record = decode(msg.value or b"")
                        if not isinstance(record, dict):
                            raise InvalidRecord(
                                f"a record must be an object, not {type(record).__name__}"
                            )
                    except InvalidRecord as exc:
                        _warn(f"{where}: cannot decode the record ({exc})")
                        continue
                    try:
                        if not matches(record, args.tag, args.min_score):
                            continue
                        if args.format == "jsonl":
                            line = encode(record).decode("utf-8")
                        else:
                            line = format_pretty(kind, record)
                    except Exception as exc:  # JSON of the wrong shape: a line, not a crash
                        _warn(f"{where}: cannot show the record ({type(exc).__name__}: {exc})")
                        continue
                    out.write(line + "\n")
                    out.flush()
                    shown += 1
                    if args.limit and shown >= args.limit:
                        return 0
    except BrokenPipeError:
        # The reader went away (`| head`): stop quietly, and keep Python from
        # complaining when it flushes stdout at exit.
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        return 0
    except KeyboardInterrupt:
        return 130  # as the rest of the CLI: interrupted, not done
    finally:
        consumer.close()
