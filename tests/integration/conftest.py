"""Fixtures of the integration tests that run worker processes."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from .workerproc import WorkerProcess


@pytest.fixture
def workers() -> Iterator[list[WorkerProcess]]:
    """Worker processes a test starts; each is stopped (SIGTERM, then SIGKILL) after it."""
    started: list[WorkerProcess] = []
    yield started
    for w in started:
        w.stop()
