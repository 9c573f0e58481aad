"""The worker processes bench/pipeline.py starts (it runs itself with a mode argument):
bare Faust agents that copy records through one or two hops, and the newswire worker,
optionally with its enrichment core stubbed out."""

from __future__ import annotations

import argparse
import itertools
from pathlib import Path

from pipeline import codec
from pipeline.settings import load_settings

RAW = "raw"


def run_copies(hops: int) -> int:
    """news.raw -> output with bare agents that copy each record: one hop (the passthrough
    the issue compares with), or two through a one-partition internal topic (the worker's
    route and dedupe hops with no work, decoding or tables)."""
    import faust

    from agents.app import app_config

    settings = load_settings()
    config = app_config(settings)
    Path(config["datadir"]).mkdir(parents=True, exist_ok=True)
    app = faust.App(settings.app_id, **config)

    def topic(name: str, **kw: object) -> faust.TopicT:
        return app.topic(name, key_serializer=RAW, value_serializer=RAW, **kw)

    topics = [topic(settings.topic("raw"))]
    if hops == 2:
        topics.append(topic(f"{settings.app_id}-middle", partitions=1, internal=True))
    topics.append(topic(settings.topic("enriched")))
    for k, (source, sink) in enumerate(itertools.pairwise(topics)):

        async def copy(stream, sink=sink):  # type: ignore[no-untyped-def]
            async for event in stream.events():
                await sink.send(key=event.key, value=event.value)

        app.agent(source, name=f"copy{k}")(copy)
    faust.Worker(app, loglevel="info", quiet=True).execute_from_commandline()
    return 0


def run_worker(stub: bool) -> int:
    if stub:  # the agents' own cost: the enrichment core replaced by a trivial one
        from pipeline import enrich as core
        from pipeline.schema import Annotations, Conflict, PipelineInfo

        def enrich(article, *, revision=0, enriched_at, fingerprint="", **_):  # type: ignore[no-untyped-def]
            notes = Annotations(Conflict(False, 0.0), (), (), fingerprint or "0" * 16)
            info = PipelineInfo("stub", "stub", enriched_at)
            return codec.enriched(article, notes, revision=revision, info=info)

        core.enrich = enrich
    from agents.worker import cmd_worker

    ns = argparse.Namespace(concurrency=1, web_port=None, no_create_topics=True)
    return cmd_worker(ns, load_settings())
