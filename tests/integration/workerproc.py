"""Run `newswire worker` (or `newswire poll`) as a subprocess and read topics back, for the
integration tests.

Every wait is bounded; a failing wait shows the worker's log tail.
"""

from __future__ import annotations

import dataclasses
import os
import signal
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

from kafka.errors import KafkaError

from pipeline.codec import decode
from pipeline.kafka import make_admin, make_consumer
from pipeline.settings import Settings

REPO = Path(__file__).resolve().parents[2]
READY = "[^Worker]: Ready"


def settings_env(settings: Settings) -> dict[str, str]:
    """The environment that makes a child process load exactly these settings."""
    env = settings.as_environment(os.environ)
    env["PYTHONUNBUFFERED"] = "1"
    return env


class WorkerProcess:
    """One `python -m pipeline.cli worker` with its log in a file."""

    command = "worker"

    def __init__(self, settings: Settings, log_path: Path, *args: str) -> None:
        self.settings = settings
        self.log_path = log_path
        self.args = args
        self.proc: subprocess.Popen[bytes] | None = None

    def start(self) -> WorkerProcess:
        log = open(self.log_path, "ab")  # noqa: SIM115 - the child keeps it
        self.proc = subprocess.Popen(
            [sys.executable, "-m", "pipeline.cli", self.command, *self.args],
            cwd=REPO,
            env=settings_env(self.settings),
            stdout=log,
            stderr=subprocess.STDOUT,
            stdin=subprocess.DEVNULL,
        )
        log.close()
        return self

    def log(self, lines: int = 40) -> str:
        try:
            text = self.log_path.read_text(errors="replace")
        except FileNotFoundError:
            return ""
        return "\n".join(text.splitlines()[-lines:])

    def wait_ready(self, timeout: float = 60.0, count: int = 1) -> None:
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            assert self.proc is not None
            if self.proc.poll() is not None:
                code = self.proc.returncode
                raise AssertionError(f"{self.command} exited with {code}:\n{self.log()}")
            if (
                self.log_path.exists()
                and self.log_path.read_text(errors="replace").count(READY) >= count
            ):
                return
            time.sleep(0.2)
        raise AssertionError(f"{self.command} not ready within {timeout:.0f}s:\n{self.log()}")

    def stop(self, timeout: float = 20.0) -> int | None:
        """SIGTERM, then SIGKILL if it does not stop in time; returns the exit status."""
        if self.proc is None or self.proc.poll() is not None:
            return None if self.proc is None else self.proc.returncode
        self.proc.send_signal(signal.SIGTERM)
        try:
            return self.proc.wait(timeout)
        except subprocess.TimeoutExpired:
            self.proc.kill()
            self.proc.wait(10)
            return None

    def kill(self) -> None:
        assert self.proc is not None
        self.proc.kill()
        self.proc.wait(10)


class PollerProcess(WorkerProcess):
    """One `python -m pipeline.cli poll --feeds FILE` (args), same log and signal handling."""

    command = "poll"


def wait_group_members(settings: Settings, count: int, timeout: float = 45.0) -> int:
    """Wait until the workers' consumer group is Stable with `count` members; returns the last
    count seen (bounded: the caller asserts)."""
    admin = make_admin(settings)
    members = -1
    try:
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            try:
                group = admin.describe_groups([settings.app_id])[settings.app_id]
            except KafkaError:  # the coordinator is still being elected
                group = {"group_state": "", "members": []}
            members = len(group["members"]) if group["group_state"] == "Stable" else -1
            if members == count:
                break
            time.sleep(0.5)
    finally:
        admin.close()
    return members


@dataclasses.dataclass(frozen=True)
class Record:
    key: str | None
    value: Any
    partition: int
    offset: int


def read_topic(
    settings: Settings,
    name: str,
    until: Callable[[list[Record]], bool],
    timeout: float = 60.0,
    settle: float = 0.0,
) -> list[Record]:
    """Every record of a topic from the beginning, until `until(records)` holds (bounded).

    With `settle`, it keeps reading that long after the condition first holds,
    so records that should NOT arrive get a chance to show up.
    """
    consumer = make_consumer(
        settings, settings.topic(name), group_id=None, auto_offset_reset="earliest"
    )
    records: list[Record] = []
    deadline = time.monotonic() + timeout
    settled_at: float | None = None
    try:
        while time.monotonic() < deadline:
            for batch in consumer.poll(timeout_ms=200).values():
                for m in batch:
                    key = m.key.decode() if m.key is not None else None
                    value = decode(m.value) if m.value is not None else None  # a tombstone
                    records.append(Record(key, value, m.partition, m.offset))
            if settled_at is None and until(records):
                settled_at = time.monotonic()
            if settled_at is not None and time.monotonic() - settled_at >= settle:
                return records
    finally:
        consumer.close()
    return records
