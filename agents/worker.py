"""`newswire worker`: the Faust worker running the dedupe and enrich agents.

Topics are created first (unless --no-create-topics); SIGTERM or SIGINT stop
the worker cleanly: agents finish their current record, the producer is
flushed and the delivered offsets committed.
"""

from __future__ import annotations

import argparse
import dataclasses
import logging
import time
from collections.abc import Callable
from typing import Any

from pipeline.kafka import ensure_topics, make_admin
from pipeline.settings import Settings

log = logging.getLogger("newswire.worker")
# aiokafka logs an ERROR line per reconnect attempt (every ~100 ms per client) while the
# broker is away: ~70 lines a second, for as long as the outage lasts.
NOISY_LOGGERS = ("aiokafka", "aiokafka.consumer.fetcher", "aiokafka.consumer.group_coordinator")
REPEAT_INTERVAL_S = 30.0


class RepeatFilter(logging.Filter):
    """Lets a warning or error with the same message template through once per interval;
    the next one that passes says how many were held back."""

    def __init__(
        self, interval_s: float = REPEAT_INTERVAL_S, clock: Callable[[], float] = time.monotonic
    ) -> None:
        super().__init__()
        self.interval_s, self.clock = interval_s, clock
        self.last: dict[tuple[str, object], float] = {}
        self.held: dict[tuple[str, object], int] = {}

    def filter(self, record: logging.LogRecord) -> bool:
        if record.levelno < logging.WARNING:
            return True
        key, now = (record.name, record.msg), self.clock()
        last = self.last.get(key)
        if last is not None and now - last < self.interval_s:
            self.held[key] = self.held.get(key, 0) + 1
            return False
        self.last[key] = now
        held = self.held.pop(key, 0)
        if held and last is not None:
            record.msg = f"{record.msg} ({held} more like this in the last {now - last:.0f}s)"
        return True


def quiet_repeats(names: tuple[str, ...] = NOISY_LOGGERS) -> RepeatFilter:
    repeat = RepeatFilter()
    for name in names:
        logging.getLogger(name).addFilter(repeat)
    return repeat


def logging_config(settings: Settings) -> dict[str, Any] | None:
    """JSON lines on stderr when settings.log_format is json; Faust's own format otherwise."""
    if settings.log_format != "json":
        return None
    return {
        "version": 1,
        "disable_existing_loggers": False,
        "formatters": {"json": {"()": "pipeline.feeds.logsetup.JsonFormatter"}},
        "handlers": {"stderr": {"class": "logging.StreamHandler", "formatter": "json"}},
        "root": {"handlers": ["stderr"], "level": settings.log_level.upper()},
    }


def cmd_worker(args: argparse.Namespace, settings: Settings) -> int:
    import faust

    from pipeline.feeds.logsetup import redact_secrets

    from .app import create_app, dedupe_in_spec

    redact_secrets(settings)  # client libraries log the SASL handshake at debug level

    if getattr(args, "web_port", None):
        settings = dataclasses.replace(settings, web_port=args.web_port)
    # The app first: a bad rules file is a clear error before any broker is contacted.
    app = create_app(settings, enrich_concurrency=getattr(args, "concurrency", 1) or 1)
    if getattr(args, "no_create_topics", False):
        make_admin(settings).close()  # fail fast and clearly on a wrong address or credentials
    else:
        ensure_topics(settings, echo=log.info)
    # The worker's own topic, before Faust subscribes: created by Faust in the same second,
    # it could be missing from the metadata of the first partition assignment, which then
    # assigns none of it, and the dedupe stage waits for the next metadata refresh (up to 5
    # minutes; a fresh-clone CI run saw nothing come out for 60 s).
    ensure_topics(settings, echo=log.info, specs=[dedupe_in_spec(settings)])
    worker = faust.Worker(
        app,
        loglevel=settings.log_level.upper(),
        logging_config=logging_config(settings),
        quiet=True,
    )
    # kafka-python (topic creation) is loud while a broker is away; Faust reports it already.
    logging.getLogger("kafka").setLevel(logging.CRITICAL)
    quiet_repeats()
    try:
        worker.execute_from_commandline()
    except SystemExit as exc:
        code = exc.code
        return code if isinstance(code, int) else (0 if code is None else 1)
    return 0
