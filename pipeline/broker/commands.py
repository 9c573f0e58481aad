"""`newswire broker`, `newswire topics` and `newswire config`."""

from __future__ import annotations

import argparse
import json
import os
import sys
import time
from pathlib import Path

from ..errors import ConfigError
from ..settings import Settings
from .local import LocalBroker


def local_broker(
    settings: Settings, *, port: int | None = None, home: str | None = None
) -> LocalBroker:
    first = settings.bootstrap.split(",")[0]
    host, _, port_text = first.rpartition(":")
    if port is None:
        try:
            port = int(port_text)
        except ValueError:
            raise ConfigError(f"bootstrap {first!r} has no port") from None
    if host not in ("127.0.0.1", "localhost", ""):
        raise ConfigError(
            f"the embedded broker listens on 127.0.0.1, but bootstrap is {first}; "
            "set NEWSWIRE_BOOTSTRAP=127.0.0.1:PORT to use it"
        )
    return LocalBroker(
        home or settings.broker_home, settings.broker_cache, port=port, heap=settings.broker_heap
    )


def cmd_broker(args: argparse.Namespace, settings: Settings) -> int:
    broker = local_broker(settings, port=args.port, home=args.home)
    if args.action == "start":
        broker.start()
        return 0
    if args.action == "stop":
        broker.stop()
        return 0
    if args.action == "status":
        st = broker.status()
        state = f"running (pid {st.pid})" if st.running else "not running"
        print(f"broker {state}; bootstrap {st.bootstrap}; data {st.data_dir}; log {st.log_file}")
        return 0 if st.running else 3
    print(broker.tail_log(args.lines))
    if args.follow:
        _follow(broker.log_file)
    return 0


def _follow(path: Path) -> None:
    """Print what the broker appends to its log until interrupted, across roll-overs
    (the file is renamed to broker.log.1 and a new one begun)."""
    offset = path.stat().st_size
    while True:
        with open(path, "rb") as fh:
            inode = os.fstat(fh.fileno()).st_ino
            fh.seek(offset)
            while True:
                line = fh.readline()
                if line:
                    sys.stdout.write(line.decode("utf-8", "replace"))
                    sys.stdout.flush()
                elif _inode(path) not in (None, inode):
                    break  # rolled over: read the rest of the new file from its start
                else:
                    time.sleep(0.5)
        offset = 0


def _inode(path: Path) -> int | None:
    try:
        return path.stat().st_ino
    except FileNotFoundError:  # between the rename and the new file
        return None


def cmd_topics(args: argparse.Namespace, settings: Settings) -> int:
    from ..kafka import ensure_topics, make_admin, topic_specs

    if args.action == "create":
        created = ensure_topics(settings, echo=print)
        if not created:
            print("all topics exist already")
        return 0
    admin = make_admin(settings)
    try:
        existing = set(admin.list_topics())
    finally:
        admin.close()
    for spec in topic_specs(settings):
        mark = "present" if spec.name in existing else "missing"
        print(f"{spec.name}\t{mark}\tpartitions={spec.partitions}\t{spec.config}")
    return 0


def cmd_config(args: argparse.Namespace, settings: Settings) -> int:
    values = settings.masked()
    if args.format == "json":
        print(json.dumps(values, indent=2))
        return 0
    print("[newswire]")
    for key, value in values.items():
        if value is None:
            print(f"# {key} = (unset)")
        else:
            print(f"{key} = {json.dumps(value)}")
    return 0
