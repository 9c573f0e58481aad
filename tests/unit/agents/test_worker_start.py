"""`newswire worker` creates its own internal topic before Faust subscribes (no broker).

A fresh-clone CI run saw the first partition assignment made while the topic Faust had just
created was missing from the metadata: the dedupe stage got no partition and nothing came
out for 60 s."""

from __future__ import annotations

import argparse

import faust
import pytest

import agents.worker as worker
from pipeline.settings import Settings

seen: list[list[str]] = []  # the topics created when each faust.Worker was built
created: list[str] = []


class _StopAtStart:
    """Stands in for faust.Worker: records what existed when it was built, then stops."""

    def __init__(self, app, **kwargs) -> None:
        seen.append(list(created))

    def execute_from_commandline(self) -> None:
        raise SystemExit(0)


@pytest.mark.parametrize("no_create_topics", [False, True])
def test_the_dedupe_topic_exists_before_faust_starts(monkeypatch, no_create_topics):
    created.clear()
    seen.clear()

    def ensure_topics(settings, *, echo=None, specs=None):
        names = ["news.*"] if specs is None else [s.name for s in specs]
        created.extend(names)
        return names

    class _Admin:
        def close(self) -> None:
            pass

    monkeypatch.setattr(worker, "ensure_topics", ensure_topics)
    monkeypatch.setattr(worker, "make_admin", lambda settings: _Admin())
    monkeypatch.setattr(faust, "Worker", _StopAtStart)
    args = argparse.Namespace(no_create_topics=no_create_topics, web_port=None, concurrency=1)
    assert worker.cmd_worker(args, Settings(app_id="unit-start")) == 0
    assert seen == [(["news.*"] if not no_create_topics else []) + ["unit-start-dedupe-in"]]


def test_the_spec_is_the_topic_faust_is_told_about():
    from agents.app import build, dedupe_in_spec

    settings = Settings(app_id="unit-spec", raw_retention_ms=3_600_000)
    spec = dedupe_in_spec(settings)
    topic = build(settings).topics.dedupe_in
    assert topic.get_topic_name() == spec.name == "unit-spec-dedupe-in"
    assert topic.partitions == spec.partitions == 1
    assert spec.config == {"cleanup.policy": "delete", "retention.ms": "3600000"}
    assert topic.retention.total_seconds() * 1000 == 3_600_000
