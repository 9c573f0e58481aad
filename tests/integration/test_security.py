"""SASL on the local broker's second listener: right credentials work, wrong ones fail clearly."""

from __future__ import annotations

import dataclasses
import time

import pytest

from pipeline.errors import BrokerError
from pipeline.kafka import make_admin, make_producer

pytestmark = pytest.mark.integration


@pytest.fixture
def sasl_settings(kafka_settings, local_broker):
    return dataclasses.replace(
        kafka_settings,
        bootstrap=f"127.0.0.1:{local_broker.sasl_port}",
        security_protocol="SASL_PLAINTEXT",
        sasl_mechanism="PLAIN",
        sasl_username="newswire",
        sasl_password="test-secret",
    )


def test_producer_authenticates_with_sasl_plain(sasl_settings):
    producer = make_producer(sasl_settings)
    try:
        meta = producer.send("sasl-check", key=b"k", value=b"v").get(timeout=30)
    finally:
        producer.close()
    assert meta.offset >= 0


def test_wrong_password_fails_with_a_clear_error_not_a_retry_loop(sasl_settings):
    wrong = dataclasses.replace(sasl_settings, sasl_password="not-the-password")
    started = time.monotonic()
    with pytest.raises(BrokerError, match="authentication failed") as info:
        make_admin(wrong)
    assert time.monotonic() - started < 30
    assert "not-the-password" not in str(info.value)
