"""`newswire poll` and `newswire feeds import-opml`: argparse wiring for pipeline/cli.py."""

from __future__ import annotations

import argparse
import signal
import sys
import threading
from pathlib import Path

from ..errors import InputError
from ..settings import Settings
from .feedsfile import dump_feeds, parse_shard
from .logsetup import configure_logging
from .opml import feeds_from_opml


def add_poll_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--feeds",
        metavar="FILE",
        help="TOML feeds file (default: feeds_file setting, else the bundled list)",
    )
    parser.add_argument(
        "--once", action="store_true", help="poll every due feed once, then exit (for cron)"
    )
    parser.add_argument(
        "--shard",
        metavar="I/N",
        help="only the feeds whose URL hash mod N is I (split one file between pollers)",
    )


def add_feeds_arguments(subparsers: argparse._SubParsersAction) -> None:
    imp = subparsers.add_parser(
        "import-opml", help="convert an OPML subscription list to a feeds file"
    )
    imp.add_argument("file", metavar="FILE", help="the OPML file, or - for standard input")
    imp.add_argument("-o", "--output", metavar="OUT", help="write the TOML here (default: stdout)")
    imp.add_argument(
        "--force", action="store_true", help="with -o: replace OUT if it exists (default: refuse)"
    )
    imp.set_defaults(func=cmd_feeds_import_opml)


def cmd_poll(args: argparse.Namespace, settings: Settings) -> int:
    from .daemon import run_poller  # httpx and kafka only when actually polling

    configure_logging(settings)
    shard = parse_shard(args.shard) if getattr(args, "shard", None) else None
    stop = threading.Event()

    def _stop(signum: int, _frame: object) -> None:
        stop.set()  # the loop notices within 0.2 s, flushes, saves and returns

    previous = {s: signal.signal(s, _stop) for s in (signal.SIGTERM, signal.SIGINT)}
    try:
        return run_poller(
            settings,
            feeds_path=getattr(args, "feeds", None),
            once=bool(getattr(args, "once", False)),
            shard=shard,
            stop_event=stop,
        )
    finally:
        for sig, handler in previous.items():
            signal.signal(sig, handler)


def cmd_feeds_import_opml(args: argparse.Namespace, settings: Settings) -> int:
    try:
        body = sys.stdin.buffer.read() if args.file == "-" else Path(args.file).read_bytes()
    except OSError as exc:
        raise InputError(f"cannot read {args.file}: {exc.strerror}") from None
    feeds = feeds_from_opml(body, origin=args.file)
    text = dump_feeds(feeds, header=f"newswire feeds, imported from {args.file}")
    if args.output:
        out = Path(args.output)
        if out.exists() and not getattr(args, "force", False):
            raise InputError(f"{out} exists: choose another -o, or add --force to replace it")
        out.write_text(text, encoding="utf-8")
        print(f"wrote {len(feeds)} feed(s) to {args.output}", file=sys.stderr)
    else:
        sys.stdout.write(text)
    return 0
