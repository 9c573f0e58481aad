"""Shared fixtures. `kafka_settings` starts a real Kafka broker once per session.

The broker comes from the same code as `newswire broker start`, on a free port,
in a temporary directory; the jars are cached in the user's cache directory
(or NEWSWIRE_BROKER_CACHE) so only the first run downloads them.
"""

from __future__ import annotations

import dataclasses
import os
import sys
import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest

from pipeline.broker.checks import free_port_pair
from pipeline.broker.local import LocalBroker
from pipeline.settings import Settings, load_settings
from tests.integration.harness import TABLE, OutcomeTable

REPO = Path(__file__).resolve().parent.parent
RELIABILITY_TABLE = REPO / "build" / "reliability.md"


@pytest.fixture(scope="session")
def local_broker(tmp_path_factory: pytest.TempPathFactory) -> Iterator[LocalBroker]:
    base = load_settings(environ=os.environ)
    home = tmp_path_factory.mktemp("broker")
    port = free_port_pair()
    sasl_port = free_port_pair()
    broker = LocalBroker(
        home,
        base.broker_cache,
        port=port,
        heap="768m",
        sasl_port=sasl_port,
        sasl_users={"newswire": "test-secret"},
    )
    broker.start(timeout=180)
    try:
        yield broker
    finally:
        broker.stop(timeout=20, echo=lambda *_: None)


@pytest.fixture(scope="session")
def kafka_settings(local_broker: LocalBroker, tmp_path_factory: pytest.TempPathFactory) -> Settings:
    """Settings pointing at the session's broker; replace topic_prefix per test for isolation."""
    home = tmp_path_factory.mktemp("newswire-home")
    return dataclasses.replace(
        load_settings(environ={}),
        bootstrap=local_broker.bootstrap,
        broker_home=str(home),
        partitions=3,
        allow_private_addresses=True,
    )


@pytest.fixture
def isolated_settings(kafka_settings: Settings, tmp_path: Path) -> Settings:
    """Settings with a unique topic prefix and app id, so tests never see each other's records."""
    tag = uuid.uuid4().hex[:8]
    return dataclasses.replace(
        kafka_settings,
        topic_prefix=f"t{tag}.",
        app_id=f"newswire-test-{tag}",
        broker_home=str(tmp_path),
        state_path=str(tmp_path / "poller.db"),
        table_dir=str(tmp_path / "tables"),
    )


@pytest.fixture(scope="session")
def reliability() -> OutcomeTable:
    """The outcome table of the fault and hostile-input tests (build/reliability.md)."""
    return TABLE


def pytest_sessionfinish(session: pytest.Session) -> None:
    # Only a run with the integration tests writes the table: a unit-only run (the compiled
    # check's tests/unit/enrich after `make test`) would replace it with its fuzz row alone.
    integration = any(item.nodeid.startswith("tests/integration/") for item in session.items)
    if TABLE.rows and integration:
        command = " ".join(["pytest", *sys.argv[1:]])
        TABLE.write(RELIABILITY_TABLE, command)
        _WRITTEN.append(RELIABILITY_TABLE)


_WRITTEN: list[Path] = []


def pytest_terminal_summary(terminalreporter) -> None:
    if TABLE.rows:
        terminalreporter.section("reliability outcomes")
        terminalreporter.write(TABLE.markdown())
        where = f"written to {RELIABILITY_TABLE.relative_to(REPO)}"
        terminalreporter.write_line(where if _WRITTEN else "not written (no integration tests ran)")
