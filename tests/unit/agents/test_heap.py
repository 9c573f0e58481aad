"""The worker hands the heap's free pages back: a heap left full of holes shrinks."""

from __future__ import annotations

import platform

from agents.heap import release_free_heap


def _rss_mb() -> float:
    with open("/proc/self/status") as fh:
        for line in fh:
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) / 1024
    raise AssertionError("no VmRSS")


def test_free_pages_left_inside_the_heap_go_back_to_the_system():
    assert platform.system() == "Linux" and platform.libc_ver()[0] == "glibc"
    release_free_heap()
    # 2 KB blocks come from the heap (not mmap); keeping every 64th alive leaves the
    # freed ones as holes that free() alone cannot give back
    blocks = [bytes(2048) for _ in range(100_000)]
    kept = blocks[::64]
    del blocks
    before = _rss_mb()
    assert release_free_heap() is True
    after = _rss_mb()
    assert before - after > 50, (before, after)
    assert len(kept) == 1_563


def test_the_worker_app_releases_free_heap_pages_on_a_timer():
    from agents.app import build
    from pipeline.settings import Settings

    wiring = build(Settings(app_id="unit-heap", topic_prefix="u."))
    names = [getattr(task, "__qualname__", "") for task in wiring.app._app_tasks]
    assert any(name.startswith("register.") and name.endswith(".release") for name in names)
