"""Progress of a long command on stderr: a bar on a terminal, plain lines elsewhere.

tqdm redraws its bar with carriage returns up to ten times a second whatever the stream
is: in a CI log or the systemd journal that is one ever-growing line, or a line per
redraw. Off a terminal a plain line every PLAIN_INTERVAL_S says how far the command got.
"""

from __future__ import annotations

import sys
import time
from collections.abc import Callable
from typing import Any, TextIO

PLAIN_INTERVAL_S = 30.0


class PlainProgress:
    """tqdm's update/clear/close, as a line now and then."""

    def __init__(
        self,
        desc: str,
        unit: str,
        file: TextIO,
        *,
        interval_s: float = PLAIN_INTERVAL_S,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        self.desc, self.unit, self.file = desc, unit, file
        self.interval_s, self.clock = interval_s, clock
        self.n = 0
        self._started = clock()
        self._next = self._started + interval_s

    def update(self, n: int = 1) -> None:
        self.n += n
        now = self.clock()
        if now >= self._next:
            self._next = now + self.interval_s
            rate = self.n / max(now - self._started, 1e-9)
            print(f"{self.desc}: {self.n} {self.unit}(s), {rate:.1f}/s", file=self.file, flush=True)

    def clear(self) -> None:
        pass  # nothing drawn to clear before a message

    def close(self) -> None:
        pass  # the command's own summary gives the total


def progress(desc: str, unit: str, *, file: TextIO | None = None, disable: bool = False) -> Any:
    """A tqdm bar on a terminal, PlainProgress on anything else, nothing with disable."""
    stream = file or sys.stderr
    if not disable and not _isatty(stream):
        return PlainProgress(desc, unit, stream)
    from tqdm import tqdm

    return tqdm(desc=desc, unit=unit, file=stream, disable=disable)


def _isatty(stream: Any) -> bool:
    try:
        return bool(stream.isatty())
    except (AttributeError, ValueError):  # no isatty, or a closed stream
        return False
