"""Clear errors before the broker starts: no Java, no Maven, a bad heap."""

from __future__ import annotations

import pytest

from pipeline.broker import checks, local
from pipeline.broker.local import LocalBroker
from pipeline.errors import BrokerError


def test_missing_java_is_a_one_line_error(monkeypatch):
    monkeypatch.setattr(checks.shutil, "which", lambda name: None)
    with pytest.raises(BrokerError, match="Java 17 or newer"):
        checks.check_java()


def test_missing_maven_is_a_clear_error_when_jars_are_not_cached(monkeypatch, tmp_path):
    real_which = local.shutil.which
    monkeypatch.setattr(
        local.shutil, "which", lambda name: None if name == "mvn" else real_which(name)
    )
    broker = LocalBroker(tmp_path / "home", tmp_path / "empty-cache", port=1)
    with pytest.raises(BrokerError, match="Maven"):
        broker.ensure_jars(echo=lambda *_: None)


def test_old_java_is_refused(monkeypatch):
    class Proc:
        stdout = ""
        stderr = 'openjdk version "11.0.2" 2019-01-15'

    monkeypatch.setattr(checks.subprocess, "run", lambda *a, **k: Proc())
    with pytest.raises(BrokerError, match="found Java 11"):
        checks.check_java()


def test_cached_jars_need_no_maven(monkeypatch, tmp_path):
    broker = LocalBroker(tmp_path / "home", tmp_path / "cache", port=1)
    broker.libs.mkdir(parents=True)
    (broker.libs / ".complete").touch()
    monkeypatch.setattr(local.shutil, "which", lambda name: None)
    assert broker.ensure_jars(echo=lambda *_: None) == broker.libs


def test_heap_must_be_a_size():
    with pytest.raises(BrokerError, match="heap"):
        checks.min_heap("lots")


def test_a_cluster_id_never_starts_with_a_dash_the_storage_tool_would_read_as_an_option():
    # 0xF8 as first byte encodes to "-" in base64url: that draw is skipped, as Kafka does
    draws = iter([b"\xf8" + bytes(15), b"\x01" + bytes(15)])
    cluster_id = local.new_cluster_id(lambda: next(draws))
    assert cluster_id == "AQAAAAAAAAAAAAAAAAAAAA"
    assert len(local.new_cluster_id()) == 22
