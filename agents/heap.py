"""Give the heap's free pages back to the system now and then.

A worker churns through article texts, Kafka batches and RocksDB blocks of a few
kilobytes each. glibc's malloc keeps the pages those leave free inside its heap:
over a 70-minute soak the memory in use levelled off at about 62 MB while the
free space held in the heap kept growing (14 -> 23 MB), and the RSS with it.
`malloc_trim(0)` hands whole free pages back (madvise) without moving anything.
Where the C library has no such call (musl, macOS) this does nothing. It helps a
little: in a second soak the trimmed worker ran 2-7 MB below the untrimmed one
(docs/ARCHITECTURE.md, "Running for months, measured").
"""

from __future__ import annotations

import ctypes
import ctypes.util
import logging
from collections.abc import Callable

import faust

log = logging.getLogger(__name__)

TRIM_EVERY_S = 300.0


def _malloc_trim() -> Callable[[int], int] | None:
    try:
        libc = ctypes.CDLL(ctypes.util.find_library("c") or "libc.so.6")
        trim = libc.malloc_trim
    except (OSError, AttributeError):
        return None
    trim.argtypes = [ctypes.c_size_t]
    trim.restype = ctypes.c_int
    return trim  # type: ignore[no-any-return]


_TRIM = _malloc_trim()


def release_free_heap() -> bool | None:
    """Return free heap pages to the system: True if some went, None if not supported."""
    if _TRIM is None:
        return None
    return bool(_TRIM(0))


def register(app: faust.App, every_s: float = TRIM_EVERY_S) -> None:
    @app.timer(interval=every_s, name="release-free-heap")
    async def release() -> None:
        log.debug("heap: free pages released: %s", release_free_heap())
