"""The `newswire` command: one argparse parser, one function per subcommand."""

from __future__ import annotations

import argparse
import importlib
import sys
from collections.abc import Callable, Sequence
from typing import Any

from . import __version__
from .errors import NewswireError
from .settings import Settings, load_settings

Command = Callable[[argparse.Namespace, Settings], int]

DESCRIPTION = """\
newswire: feed pollers push articles onto Kafka; Faust agents drop duplicates,
tag conflict stories and extract the figures they report; enriched events land
on output topics (news.enriched, news.conflict, news.duplicates, news.deadletter).

Settings come from NEWSWIRE_* environment variables and an optional TOML file
(--config or NEWSWIRE_CONFIG); `newswire config` prints the effective ones.
"""


def _positive_rate(text: str) -> float:
    try:
        value = float(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a number: {text!r}") from None
    if not value > 0 or value == float("inf"):
        raise argparse.ArgumentTypeError(
            f"must be a number of articles per second above 0, not {text}"
        )
    return value


def _lazy(module: str, name: str) -> Command:
    """Import a command's module only when it runs: `newswire --help` stays fast."""

    def run(args: argparse.Namespace, settings: Settings) -> int:
        func: Command = getattr(importlib.import_module(module), name)
        return func(args, settings)

    return run


def _bounded(kind: type, low: float, high: float | None, what: str) -> Any:
    """An argparse type: a number of `kind` in low..high (high None: no upper bound)."""

    def parse(text: str) -> Any:
        try:
            value = kind(text)
        except ValueError:
            raise argparse.ArgumentTypeError(f"not a number: {text!r}") from None
        if value != value or value < low or (high is not None and value > high):
            bound = f"{low}..{high}" if high is not None else f"at least {low}"
            raise argparse.ArgumentTypeError(f"{what} must be {bound}, not {text}")
        return value

    return parse


TOPICS = ("enriched", "conflict", "duplicates", "deadletter", "raw", "unique")


def _topic(text: str) -> str:
    """A topic of the house plan by its short name ("enriched") or full name ("news.enriched")."""
    name = text.rsplit(".", 1)[-1]
    if name not in TOPICS:
        raise argparse.ArgumentTypeError(
            f"unknown topic {text!r}: choose from {', '.join(TOPICS)} (or news.NAME)"
        )
    return name


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="newswire",
        description=DESCRIPTION,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument("--version", action="version", version=f"newswire {__version__}")
    parser.add_argument("--config", metavar="FILE", help="TOML settings file (or NEWSWIRE_CONFIG)")
    parser.add_argument("--bootstrap", metavar="HOST:PORT", help="Kafka bootstrap servers")
    parser.add_argument("--log-level", choices=["debug", "info", "warning", "error", "critical"])
    sub = parser.add_subparsers(dest="command", metavar="COMMAND", required=True)

    broker = sub.add_parser(
        "broker",
        help="run the embedded local Kafka broker (start|stop|status|logs)",
        description="A single-node Apache Kafka (KRaft) for development and tests; its jars "
        "are fetched once from Maven Central and cached.",
    )
    broker.add_argument("action", choices=["start", "stop", "status", "logs"])
    broker.add_argument("--port", type=int, help="listener port (default: from --bootstrap, 9092)")
    broker.add_argument("--home", help="data and log directory (default: NEWSWIRE_BROKER_HOME)")
    broker.add_argument("--lines", type=int, default=50, help="lines of log for `logs`")
    broker.add_argument("--follow", "-f", action="store_true", help="with `logs`: keep printing")
    broker.set_defaults(func=_lazy("pipeline.broker.commands", "cmd_broker"))

    topics = sub.add_parser("topics", help="create the topics of the house plan")
    topics.add_argument("action", choices=["create", "list"])
    topics.set_defaults(func=_lazy("pipeline.broker.commands", "cmd_topics"))

    config = sub.add_parser("config", help="print the effective settings, secrets masked")
    config.add_argument("--format", choices=["toml", "json"], default="toml")
    config.set_defaults(func=_lazy("pipeline.broker.commands", "cmd_config"))

    poll = sub.add_parser(
        "poll",
        help="run the feed poller daemon",
        description="Fetches due feeds (conditional GET, politeness limits, backoff), puts new "
        "and updated entries on news.raw, and saves per-feed state only after the broker "
        "confirmed them. SIGTERM/SIGINT stop it cleanly. Metrics: NEWSWIRE_METRICS_PORT.",
    )
    _add_optional(poll, "pipeline.feeds.cli", "add_poll_arguments")
    poll.set_defaults(func=_lazy("pipeline.feeds.cli", "cmd_poll"))

    feeds = sub.add_parser("feeds", help="manage feeds files (import-opml)")
    feeds_sub = feeds.add_subparsers(dest="feeds_command", metavar="ACTION", required=True)
    _add_optional(feeds_sub, "pipeline.feeds.cli", "add_feeds_arguments")

    worker = sub.add_parser(
        "worker",
        help="run the Faust worker (dedupe, enrich, route)",
        description="Runs the agents: news.raw -> dedupe -> news.unique -> enrich -> "
        "news.enriched and news.conflict; duplicates to news.duplicates, unreadable records "
        "to news.deadletter. Start several with the same app_id to share the work.",
    )
    worker.add_argument(
        "--concurrency",
        type=_bounded(int, 1, 64, "--concurrency"),
        default=1,
        help="actors of the enrich agent in this process (default 1). Enrichment is CPU "
        "work on one thread, so more actors add no throughput: start more worker "
        "processes to use more cores",
    )
    worker.add_argument(
        "--web-port",
        type=_bounded(int, 1, 65535, "--web-port"),
        help="Faust web server and Prometheus metrics port, on all interfaces so that a "
        "scraper on another host can reach it (default: off)",
    )
    worker.add_argument("--no-create-topics", action="store_true", help="do not create topics")
    worker.set_defaults(func=_lazy("agents.worker", "cmd_worker"))

    replay = sub.add_parser(
        "replay",
        help="put seed files (text, RSS/Atom, JSON Feed, JSON, JSON lines) on news.raw",
        description="Reads files, folders or globs; the format is sniffed from the content.",
    )
    replay.add_argument(
        "paths", nargs="+", metavar="PATH", help="file, folder, glob, or - for stdin"
    )
    replay.add_argument("--dry-run", action="store_true", help="print the Articles as JSON lines")
    replay.add_argument(
        "--rate",
        type=_positive_rate,
        help="articles per second, more than 0 (default: as fast as it can)",
    )
    replay.add_argument("--no-progress", action="store_true", help="no progress bar on stderr")
    replay.set_defaults(func=_lazy("pipeline.replay", "cmd_replay"))

    enrich = sub.add_parser(
        "enrich",
        help="enrich inputs offline and print EnrichedArticles as JSON lines",
        description="Same inputs as replay; - reads standard input. No Kafka needed.",
    )
    enrich.add_argument("paths", nargs="+", metavar="PATH")
    enrich.add_argument("--pretty", action="store_true", help="indented JSON")
    enrich.set_defaults(func=_lazy("pipeline.replay", "cmd_enrich"))

    consume = sub.add_parser(
        "consume",
        help="tail an output topic, filter, print",
        description="Reads a topic without a consumer group (commits nothing). The pretty view "
        "shows title, source, tags and figures at a glance; jsonl prints the records.",
    )
    consume.add_argument(
        "--topic", type=_topic, default="enriched", metavar="{" + ",".join(TOPICS) + "}",
        help="which topic of the house plan, by its short or full name (default: enriched)",
    )  # fmt: skip
    consume.add_argument(
        "--from-beginning", action="store_true", help="start at the oldest record, not the end"
    )
    consume.add_argument("--follow", action="store_true", help="keep waiting for new records")
    consume.add_argument("--tag", action="append", help="only records with this conflict tag")
    consume.add_argument(
        "--min-score", type=_bounded(float, 0.0, 1.0, "--min-score"),
        help="only records with conflict score >= X (0..1)",
    )  # fmt: skip
    consume.add_argument("--format", choices=["pretty", "jsonl"], default="pretty")
    consume.add_argument(
        "--limit", type=_bounded(int, 1, None, "--limit"), help="stop after N records"
    )
    consume.add_argument(
        "--timeout", type=_bounded(float, 0.0, None, "--timeout"), default=10.0,
        help="without --follow: stop after this many seconds with no new record (default 10)",
    )  # fmt: skip
    consume.set_defaults(func=_lazy("pipeline.consume", "cmd_consume"))
    return parser


def _add_optional(parser: object, module: str, name: str) -> None:
    try:
        add = getattr(importlib.import_module(module), name)
    except (ImportError, AttributeError):
        return
    add(parser)


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    try:
        settings = load_settings(
            args.config, bootstrap=args.bootstrap, log_level=getattr(args, "log_level", None)
        )
        status: int = args.func(args, settings)
        return status
    except NewswireError as exc:
        print(f"newswire: error: {exc}", file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:
        return 0


if __name__ == "__main__":
    sys.exit(main())
