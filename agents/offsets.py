"""Which input offset is safe to commit: never one past a record still being worked on.

Pure helpers for agents.app.FastFetchConsumer. Faust commits, per partition, the end
of the first run of consecutive acked offsets. Its guard against a hole at the head of
that run is off by one (a single missing record passes) and is skipped when the
committed offset is unknown or 0; these two rules close the hole.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any


def lowest_in_flight(messages: Iterable[Any], generation: int | None = None) -> dict[Any, int]:
    """Per partition, the lowest offset of a received, not yet acked message.

    Messages fetched in an older consumer generation are left out: Faust drops them
    unprocessed after a rebalance, and the partition is read again from its
    committed offset, so they must not hold commits back.
    """
    floor: dict[Any, int] = {}
    for message in list(messages):  # a WeakSet: copy before iterating
        if message.acked:
            continue
        fetched_in = getattr(message, "generation_id", None)
        if generation is not None and fetched_in is not None and fetched_in != generation:
            continue
        tp, offset = message.tp, message.offset
        if tp not in floor or offset < floor[tp]:
            floor[tp] = offset
    return floor


def commit_allowed(
    first_acked: int, committed: int | None, in_flight: int | None, has_gaps: bool = False
) -> bool:
    """Whether a commit may start from the run of acks beginning at `first_acked`.

    `committed` is the partition's committed offset (the next record to read);
    `in_flight` the lowest offset received and not yet acked; `has_gaps` says that
    Faust knows of offsets that will never arrive (compacted away, transaction
    markers), which it fills in itself, so a head hole may be one of those.
    """
    if in_flight is not None and in_flight < first_acked:
        return False
    return committed is None or has_gaps or first_acked <= committed
