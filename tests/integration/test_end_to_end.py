"""Issue 2's promise: the user's seed article, replayed with the CLI, comes out
enriched on news.enriched, readable by a client that is not ours (kcat) and by
`newswire consume`."""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
import time

import pytest

from .workerproc import REPO, WorkerProcess, settings_env

pytestmark = [pytest.mark.integration, pytest.mark.timeout(150)]

SEED = "seeds/000_d618fc00f0c004b1.txt"


def _newswire(settings, *args: str, timeout: float = 60) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "pipeline.cli", *args],
        cwd=REPO, env=settings_env(settings), capture_output=True, text=True, timeout=timeout,
    )  # fmt: skip


def _seed_id(settings) -> str:
    dry = _newswire(settings, "replay", "--dry-run", SEED)
    assert dry.returncode == 0, dry.stderr
    return json.loads(dry.stdout.splitlines()[0])["id"]


def _kcat_records(bootstrap: str, topic: str) -> list[dict]:
    out = subprocess.run(
        ["kcat", "-b", bootstrap, "-C", "-t", topic, "-o", "beginning", "-e", "-q", "-J"],
        capture_output=True, text=True, timeout=30, check=False,
    )  # fmt: skip
    assert out.returncode == 0, out.stderr
    return [json.loads(line) for line in out.stdout.splitlines() if line.strip()]


def test_replayed_seed_is_read_back_enriched_by_kcat_and_by_newswire_consume(
    isolated_settings, tmp_path
):
    kcat = shutil.which("kcat")
    if kcat is None:  # .ci/run installs it; a developer machine may not have it
        pytest.fail("kcat is not installed (Debian package kcat); .ci/run installs it")
    created = _newswire(isolated_settings, "topics", "create")
    assert created.returncode == 0, created.stderr
    worker = WorkerProcess(isolated_settings, tmp_path / "worker.log").start()
    try:
        worker.wait_ready(timeout=90)
        started = time.monotonic()
        replay = _newswire(isolated_settings, "replay", "--no-progress", SEED)
        assert replay.returncode == 0, replay.stderr
        assert "replayed 1 article" in replay.stderr

        seed_id = _seed_id(isolated_settings)
        topic = isolated_settings.topic("enriched")
        found = None
        while time.monotonic() - started < 60 and found is None:
            for record in _kcat_records(isolated_settings.bootstrap, topic):
                if record.get("key") == seed_id:
                    found = json.loads(record["payload"])
            time.sleep(0.5)
        assert found is not None, f"seed not on {topic} within 60 s:\n{worker.log()}"
        assert found["schema"] == "newswire.enriched.v1"
        assert found["conflict"]["is_conflict"] is True
        texts = {f["text"] for f in found["figures"]}
        assert any("5,000 IS fighters" in t for t in texts), texts
        assert {"Mosul", "Syria"} <= {p["name"] for p in found["places"]}

        pretty = _newswire(
            isolated_settings, "consume", "--from-beginning", "--timeout", "5", "--limit", "1"
        )
        assert pretty.returncode == 0, pretty.stderr
        assert "Mosul battle" in pretty.stdout
        assert "5,000" in pretty.stdout and "combatants" in pretty.stdout
    finally:
        assert worker.stop() == 0, worker.log()
