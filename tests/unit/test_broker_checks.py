"""Clear errors before the broker starts: no Java, no Maven, a bad heap; free ports."""

from __future__ import annotations

import socket

import pytest

from pipeline.broker import checks, local
from pipeline.broker.checks import free_port_pair
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


def test_free_port_pairs_come_from_below_the_ephemeral_range(tmp_path):
    ranges = tmp_path / "ip_local_port_range"
    ranges.write_text("32768\t60999\n")
    for _ in range(20):
        port = free_port_pair(ranges=str(ranges))
        assert 20000 <= port < 32766
        for p in (port, port + 1):  # both ends are free to bind
            with socket.socket() as sock:
                sock.bind(("127.0.0.1", p))


def test_free_port_pairs_fall_back_to_the_kernel_without_room_below(tmp_path):
    ranges = tmp_path / "ip_local_port_range"
    ranges.write_text("1024\t65000\n")
    assert 1024 <= free_port_pair(ranges=str(ranges)) < 65535


def test_a_taken_controller_port_is_named_as_the_controllers(monkeypatch, tmp_path):
    monkeypatch.setattr(local, "check_java", lambda: None)
    listener = free_port_pair("127.0.0.1")
    controller = listener + 1
    with socket.socket() as busy:
        busy.bind(("127.0.0.1", controller))
        busy.listen()
        broker = LocalBroker(tmp_path / "home", tmp_path / "cache", port=listener)
        with pytest.raises(BrokerError, match=rf"port {controller} on .*controller \(the listener"):
            broker.start(echo=lambda *_: None)
