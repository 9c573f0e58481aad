"""The soak benchmark's measurements: RSS and CPU of a process tree (from /proc), the size
of files and folders, the poller's seen rows, and the records on a topic."""

from __future__ import annotations

import contextlib
import os
import sqlite3
from pathlib import Path

from kafka import TopicPartition
from kafka.errors import KafkaError

from pipeline.kafka import make_consumer
from pipeline.settings import Settings


def descendants(pid: int) -> list[int]:
    """pid and every process below it (from /proc/*/stat)."""
    children: dict[int, list[int]] = {}
    for entry in os.listdir("/proc"):
        if not entry.isdigit():
            continue
        try:
            with open(f"/proc/{entry}/stat") as fh:
                ppid = int(fh.read().rsplit(")", 1)[1].split()[1])
        except (OSError, IndexError, ValueError):
            continue
        children.setdefault(ppid, []).append(int(entry))
    out, todo = [], [pid]
    while todo:
        p = todo.pop()
        out.append(p)
        todo.extend(children.get(p, []))
    return out


def rss_mb(pid: int) -> float:
    """VmRSS of pid and its descendants, in MB."""
    total_kb = 0
    for p in descendants(pid):
        try:
            with open(f"/proc/{p}/status") as fh:
                for line in fh:
                    if line.startswith("VmRSS:"):
                        total_kb += int(line.split()[1])
                        break
        except OSError:
            continue
    return total_kb / 1024


def cpu_seconds(pid: int) -> float:
    """User + system CPU of pid and its descendants, in seconds."""
    ticks = 0
    for p in descendants(pid):
        try:
            with open(f"/proc/{p}/stat") as fh:
                fields = fh.read().rsplit(")", 1)[1].split()
            ticks += int(fields[11]) + int(fields[12])  # utime, stime
        except (OSError, IndexError, ValueError):
            continue
    return ticks / os.sysconf("SC_CLK_TCK")


def state_files(path: Path) -> list[Path]:
    return [path, path.with_name(path.name + "-wal"), path.with_name(path.name + "-shm")]


def file_bytes(paths: list[Path]) -> int:
    total = 0
    for p in paths:
        with contextlib.suppress(FileNotFoundError):
            total += p.stat().st_size
    return total


def tree_bytes(root: Path) -> int:
    total = 0
    for folder, _, names in os.walk(root):
        for n in names:
            with contextlib.suppress(FileNotFoundError):
                total += os.stat(os.path.join(folder, n)).st_size
    return total


def seen_rows(path: Path) -> int | None:
    """Rows of the poller's seen table, read-only (WAL lets a reader in meanwhile)."""
    try:
        db = sqlite3.connect(f"file:{path}?mode=ro", uri=True, timeout=2.0)
        try:
            return int(db.execute("SELECT COUNT(*) FROM seen").fetchone()[0])
        finally:
            db.close()
    except sqlite3.Error:
        return None


class Offsets:
    """Records on a topic so far: the sum of its partitions' end offsets."""

    def __init__(self, settings: Settings) -> None:
        self.consumer = make_consumer(settings, group_id=None)
        self.partitions: dict[str, list[TopicPartition]] = {}

    def records(self, topic: str) -> int | None:
        try:
            tps = self.partitions.get(topic)
            if not tps:
                found = self.consumer.partitions_for_topic(topic) or set()
                tps = self.partitions[topic] = [TopicPartition(topic, p) for p in sorted(found)]
            if not tps:
                return None
            return int(sum(self.consumer.end_offsets(tps).values()))
        except KafkaError:
            return None

    def close(self) -> None:
        self.consumer.close()
