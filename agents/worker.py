"""`newswire worker`: the Faust worker running the dedupe and enrich agents.

Topics are created first (unless --no-create-topics); SIGTERM or SIGINT stop
the worker cleanly: agents finish their current record, the producer is
flushed and the delivered offsets committed.
"""

from __future__ import annotations

import argparse
import dataclasses
import logging
from typing import Any

from pipeline.kafka import ensure_topics, make_admin
from pipeline.settings import Settings

log = logging.getLogger("newswire.worker")


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

    from .app import create_app

    if getattr(args, "web_port", None):
        settings = dataclasses.replace(settings, web_port=args.web_port)
    if getattr(args, "no_create_topics", False):
        make_admin(settings).close()  # fail fast and clearly on a wrong address or credentials
    else:
        ensure_topics(settings, echo=log.info)
    app = create_app(settings, enrich_concurrency=getattr(args, "concurrency", 1) or 1)
    worker = faust.Worker(
        app,
        loglevel=settings.log_level.upper(),
        logging_config=logging_config(settings),
        quiet=True,
    )
    # kafka-python (topic creation) is loud while a broker is away; Faust reports it already.
    logging.getLogger("kafka").setLevel(logging.CRITICAL)
    try:
        worker.execute_from_commandline()
    except SystemExit as exc:
        code = exc.code
        return code if isinstance(code, int) else (0 if code is None else 1)
    return 0
