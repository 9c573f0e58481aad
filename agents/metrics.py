"""Prometheus metrics on the Faust web port: Faust's own sensors plus our outcomes.

`GET http://host:<web_port>/metrics` when the web server is on (settings.web_port).
"""

from __future__ import annotations

from typing import Any

import faust
from prometheus_client import CollectorRegistry, Counter

from pipeline.settings import Settings


class Outcomes:
    """Records handled per stage and outcome (unique, duplicate, enriched, deadletter...)."""

    def __init__(self, registry: CollectorRegistry) -> None:
        self.registry = registry
        self._counter = Counter(
            "newswire_records",
            "Records handled by the agents, per stage and outcome",
            ["stage", "outcome"],
            registry=registry,
        )
        self._children: dict[tuple[str, str], Any] = {}

    def inc(self, stage: str, outcome: str, n: int = 1) -> None:
        child = self._children.get((stage, outcome))
        if child is None:
            child = self._children[stage, outcome] = self._counter.labels(stage, outcome)
        child.inc(n)

    def value(self, stage: str, outcome: str) -> float:
        got = self.registry.get_sample_value(
            "newswire_records_total", {"stage": stage, "outcome": outcome}
        )
        return got or 0.0


def install(app: faust.App, settings: Settings) -> Outcomes:
    # One registry per app: tests build several apps in one process.
    registry = CollectorRegistry()
    if settings.web_port is not None:
        from faust.sensors.prometheus import setup_prometheus_sensors

        setup_prometheus_sensors(app, registry=registry, name_prefix="newswire_faust")
    return Outcomes(registry)
