"""`newswire replay` and `newswire enrich`: seed files in, Articles out.

Both read the same inputs (files, folders, globs, or - for standard input);
the format of each is sniffed from its content by pipeline.feeds.
"""

from __future__ import annotations

import argparse
import glob
import os
import sys
import time
from collections import deque
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any, Protocol

from .codec import encode
from .errors import InputError, NewswireError
from .schema import Article
from .settings import Settings

# In a folder, documentation beside the inputs is not an input.
# In a folder, only files of these kinds are inputs (a file named on the command line is
# read whatever its name): a folder also holds logs, scripts and pid files, and each
# would become an article on news.raw.
INPUT_SUFFIXES = (
    ".txt", ".text", ".xml", ".rss", ".atom", ".rdf", ".json", ".jsonl", ".ndjson",
)  # fmt: skip

# Bigger inputs are refused: a seed file is not a data dump, and reading one
# whole into memory must stay cheap.
MAX_INPUT_BYTES = 64 * 1024 * 1024
# Sends whose delivery is not yet known, at most: a replay of millions of articles
# keeps this many futures, settling the oldest as it goes (and waiting for it when
# the broker lags), instead of one future per article until the end.
MAX_UNSETTLED = 10_000


def utc_now() -> str:
    return datetime.now(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


class _Send(Protocol):
    """A kafka-python send's future (FutureRecordMetadata)."""

    is_done: bool

    def get(self, timeout: float | None = None) -> Any: ...


@dataclass(frozen=True, slots=True)
class Input:
    origin: str  # path as given, or "-" for standard input
    data: bytes


def expand_paths(paths: list[str]) -> Iterator[str | InputError]:
    """Files in the order given; folders recursively, sorted, their input files only
    (INPUT_SUFFIXES); globs expanded."""
    for given in paths:
        if given == "-":
            yield "-"
            continue
        matches = sorted(glob.glob(given, recursive=True)) if glob.has_magic(given) else [given]
        if not matches:
            yield InputError(f"{given}: no file matches this pattern")
        for match in matches:
            path = Path(match)
            if path.is_dir():
                found = sorted(
                    p
                    for p in path.rglob("*")
                    if p.is_file()
                    and not p.name.startswith(".")
                    and p.name.lower().endswith(INPUT_SUFFIXES)
                )
                if not found:
                    yield InputError(
                        f"{match}: folder holds no input files ({', '.join(INPUT_SUFFIXES)})"
                    )
                yield from (str(p) for p in found)
            else:
                yield match


def read_inputs(paths: list[str]) -> Iterator[Input | InputError]:
    for item in expand_paths(paths):
        if isinstance(item, InputError):
            yield item
            continue
        try:
            if item == "-":
                data = sys.stdin.buffer.read(MAX_INPUT_BYTES + 1)
            else:
                if os.path.getsize(item) > MAX_INPUT_BYTES:
                    raise InputError(f"{item}: larger than {MAX_INPUT_BYTES // 2**20} MiB")
                data = Path(item).read_bytes()
        except OSError as exc:
            yield InputError(f"{item}: {exc.strerror or exc}")
            continue
        except InputError as exc:
            yield exc
            continue
        if len(data) > MAX_INPUT_BYTES:
            yield InputError(f"{item}: larger than {MAX_INPUT_BYTES // 2**20} MiB")
            continue
        yield Input(item, data)


def load_articles(paths: list[str], fetched_at: str) -> Iterator[Article | InputError]:
    """Every Article of every input; an input that cannot be read yields one InputError."""
    from .feeds.sniff import articles_from_bytes

    for item in read_inputs(paths):
        if isinstance(item, InputError):
            yield item
            continue
        origin = "<stdin>" if item.origin == "-" else item.origin
        try:
            articles = articles_from_bytes(item.data, origin=origin, fetched_at=fetched_at)
        except NewswireError as exc:
            message = str(exc)
            yield InputError(message if message.startswith(origin) else f"{origin}: {message}")
            continue
        if not articles:
            yield InputError(f"{origin}: holds no articles")
        yield from articles


def _report(error: InputError) -> None:
    print(f"newswire: {error}", file=sys.stderr)


def cmd_enrich(args: argparse.Namespace, settings: Settings) -> int:
    from .enrich import enrich, load_rules

    rules = load_rules(settings.rules_file)
    failed = 0
    indent = {"indent": 2} if args.pretty else {}
    out = sys.stdout
    for item in load_articles(args.paths, utc_now()):
        if isinstance(item, InputError):
            _report(item)
            failed += 1
            continue
        record = enrich(
            item,
            enriched_at=utc_now(),
            conflict_threshold=settings.conflict_threshold,
            rules=rules,
        )
        if indent:
            import json

            from .codec import to_dict

            out.write(json.dumps(to_dict(record), indent=2, ensure_ascii=False) + "\n")
        else:
            out.write(encode(record).decode() + "\n")
    out.flush()
    return 1 if failed else 0


def cmd_replay(args: argparse.Namespace, settings: Settings) -> int:
    fetched_at = utc_now()
    if args.dry_run:
        failed = 0
        for item in load_articles(args.paths, fetched_at):
            if isinstance(item, InputError):
                _report(item)
                failed += 1
            else:
                sys.stdout.write(encode(item).decode() + "\n")
        sys.stdout.flush()
        return 1 if failed else 0

    from .kafka import ensure_topics, make_producer
    from .progress import progress

    ensure_topics(settings)
    topic = settings.topic("raw")
    producer = make_producer(settings)
    failed = sent = refused = 0
    unsettled: deque[tuple[str, _Send]] = deque()  # (article id, its send)
    lost = 0
    interval = 1.0 / args.rate if args.rate else 0.0
    next_at = time.monotonic()
    bar = progress(f"replay -> {topic}", "article", file=sys.stderr, disable=args.no_progress)
    try:
        for item in load_articles(args.paths, fetched_at):
            if isinstance(item, InputError):
                bar.clear()
                _report(item)
                failed += 1
                continue
            if interval:
                next_at += interval
                delay = next_at - time.monotonic()
                if delay > 0:
                    time.sleep(delay)
            try:
                future = producer.send(topic, key=item.id.encode(), value=encode(item))
            except Exception as exc:  # too large for the broker, buffer full in an outage
                bar.clear()
                print(
                    f"newswire: {item.source.feed}: article {item.id} not sent: {exc!r}",
                    file=sys.stderr,
                )
                refused += 1
                continue
            sent += 1
            bar.update(1)
            unsettled.append((item.id, future))
            while unsettled and (len(unsettled) > MAX_UNSETTLED or unsettled[0][1].is_done):
                lost += _settle(*unsettled.popleft(), bar)
        try:
            producer.flush(timeout=60)
        except Exception as exc:  # the futures below say which sends it concerns
            print(
                f"newswire: the broker did not take every article in time: {exc!r}", file=sys.stderr
            )
        while unsettled:
            lost += _settle(*unsettled.popleft(), bar)
    finally:
        bar.close()
        producer.close(timeout=10)
    lost += refused
    print(
        f"replayed {sent + refused - lost} article(s) to {topic}"
        + (f"; {failed} input(s) failed" if failed else "")
        + (f"; {lost} not delivered" if lost else ""),
        file=sys.stderr,
    )
    return 1 if (failed or lost) else 0


def _settle(article_id: str, future: _Send, bar: Any) -> int:
    """Wait for one send's outcome: 0 if the broker has the article, 1 (reported) if not."""
    try:
        future.get(timeout=60)
    except Exception as exc:  # every failed send is reported, none is silent
        bar.clear()
        print(f"newswire: article {article_id}: delivery failed: {exc}", file=sys.stderr)
        return 1
    return 0
