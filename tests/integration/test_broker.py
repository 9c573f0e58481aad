"""The local broker's lifecycle, through the same code as `newswire broker`."""

from __future__ import annotations

import os
import socket
import subprocess
import sys

import pytest
from kafka import KafkaConsumer, KafkaProducer

from pipeline.broker.checks import free_port_pair
from pipeline.broker.local import LocalBroker
from pipeline.errors import BrokerError
from pipeline.settings import load_settings

pytestmark = pytest.mark.integration


@pytest.fixture
def own_broker(tmp_path):
    broker = LocalBroker(
        tmp_path / "home", load_settings(environ={}).broker_cache, port=free_port_pair()
    )
    yield broker
    broker.stop(echo=lambda *_: None)


def _cli(broker: LocalBroker, *args: str) -> subprocess.CompletedProcess[str]:
    env = {
        **os.environ,
        "NEWSWIRE_BROKER_HOME": str(broker.home),
        "NEWSWIRE_BOOTSTRAP": broker.bootstrap,
    }
    return subprocess.run(
        [sys.executable, "-m", "pipeline.cli", "broker", *args],
        env=env, capture_output=True, text=True, timeout=180, check=False,
    )  # fmt: skip


def test_cli_start_prints_address_data_dir_and_log_and_second_start_is_harmless(own_broker):
    first = _cli(own_broker, "start")
    assert first.returncode == 0, first.stderr
    assert own_broker.bootstrap in first.stdout
    assert str(own_broker.data_dir) in first.stdout
    assert str(own_broker.log_file) in first.stdout
    pid = own_broker.status().pid

    second = _cli(own_broker, "start")
    assert second.returncode == 0
    assert "already running" in second.stdout
    assert own_broker.status().pid == pid

    status = _cli(own_broker, "status")
    assert status.returncode == 0 and "running" in status.stdout

    stop = _cli(own_broker, "stop")
    assert stop.returncode == 0 and "stopped" in stop.stdout
    assert not own_broker.status().running

    again = _cli(own_broker, "stop")
    assert again.returncode == 0 and "no broker is running" in again.stdout
    assert _cli(own_broker, "status").returncode == 3


def test_broker_killed_with_sigkill_comes_back_with_its_data(own_broker):
    own_broker.start(echo=lambda *_: None)
    producer = KafkaProducer(bootstrap_servers=own_broker.bootstrap, acks="all")
    producer.send("survivor", key=b"k", value=b"still here").get(timeout=30)
    producer.close()

    own_broker.kill()
    assert not own_broker.status().running

    own_broker.start(echo=lambda *_: None)
    consumer = KafkaConsumer(
        "survivor", bootstrap_servers=own_broker.bootstrap,
        auto_offset_reset="earliest", consumer_timeout_ms=15000,
    )  # fmt: skip
    values = [m.value for m in consumer]
    consumer.close()
    assert values == [b"still here"]


def test_start_on_a_taken_port_fails_with_a_clear_error(own_broker):
    with socket.socket() as squatter:
        squatter.bind(("127.0.0.1", own_broker.port))
        squatter.listen()
        with pytest.raises(BrokerError, match=f"port {own_broker.port} .* taken"):
            own_broker.start(echo=lambda *_: None)
    assert not own_broker.status().running


def test_the_broker_log_is_rolled_over_not_appended_to_forever(own_broker):
    from pipeline.broker.local import LOG_FILES, LOG_MAX_BYTES

    own_broker.home.mkdir(parents=True)
    filler = b"[old] INFO a line from months ago (kafka.log.LogManager)\n"
    with open(own_broker.log_file, "wb") as fh:  # a log that grew past the bound
        fh.write(filler * (LOG_MAX_BYTES // len(filler) + 1000))
    own_broker.start(echo=lambda *_: None)
    own_broker.stop(echo=lambda *_: None)
    rolled = own_broker.log_file.with_name("broker.log.1")
    assert rolled.exists() and rolled.read_bytes().startswith(b"[old]")
    assert own_broker.log_file.stat().st_size < LOG_MAX_BYTES
    assert b"[old]" not in own_broker.log_file.read_bytes()  # this run's lines only
    assert not own_broker.log_file.with_name(f"broker.log.{LOG_FILES + 1}").exists()
