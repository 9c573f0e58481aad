"""The agents under Faust's test_context: no broker, sends captured in memory.

Records go in through `agent.test_context().put(...)`; every topic's `send` is
replaced by a recorder that hands back an already-delivered future, so the
Outbox acks as it would after a broker's confirmation.
"""

from __future__ import annotations

import asyncio
import dataclasses
import logging
from collections.abc import Callable
from typing import Any

import pytest

from agents import enrich as enrich_agent
from agents.app import Wiring, build
from agents.dedupe import FINGERPRINT_HEADER, HASH_HEADER, REVISION_HEADER, fingerprint
from agents.dedupe_logic import content_hash
from pipeline import codec
from pipeline.schema import Article, Conflict, Source
from pipeline.settings import Settings

STORY = (
    "Fighting intensified on Tuesday as government forces pushed into the eastern districts, "
    "according to officials and aid workers. At least 1,200 families fled to camps near the "
    "border, the UN refugee agency said. A spokesperson said convoys were delayed by shelling "
    "and that more than 300 people had been wounded since the offensive began last week. "
    "Residents described nights of heavy artillery fire and said food prices had tripled."
)


def article(
    id: str, text: str = STORY, title: str = "Clashes in the east", feed: str = "a"
) -> Article:
    return Article(
        id=id, url=None, canonical_url=None, guid=None,
        source=Source(feed=f"https://{feed}.example/rss", domain=f"{feed}.example", name=feed),
        title=title, text=text, language="en", published_at=None,
        fetched_at="2025-03-10T00:00:00Z",
    )  # fmt: skip


class Sent:
    """Every record the agents sent, per topic suffix (raw, unique, enriched...)."""

    def __init__(self, wiring: Wiring, monkeypatch: pytest.MonkeyPatch) -> None:
        self.records: dict[str, list[tuple[bytes | None, bytes, dict]]] = {}
        for field in dataclasses.fields(wiring.topics):
            topic = getattr(wiring.topics, field.name)
            monkeypatch.setattr(topic, "send", self._recorder(field.name))

    def _recorder(self, name: str) -> Callable[..., Any]:
        async def send(*, key=None, value=None, headers=None, timestamp=None, **_: Any):
            self.records.setdefault(name, []).append((key, value, headers or {}))
            future = asyncio.get_running_loop().create_future()
            future.set_result(None)
            return future

        return send

    def values(self, name: str) -> list[dict[str, Any]]:
        return [codec.decode(value) for _, value, _ in self.records.get(name, [])]


@pytest.fixture
def wiring() -> Wiring:
    return build(Settings(app_id="unit-agents", topic_prefix="u."))


@pytest.fixture
def sent(wiring: Wiring, monkeypatch: pytest.MonkeyPatch) -> Sent:
    return Sent(wiring, monkeypatch)


async def settle() -> None:
    for _ in range(20):
        await asyncio.sleep(0)


async def put_all(agent: Any, items: list[tuple[bytes | None, bytes, dict | None]]) -> None:
    async with agent.test_context() as ctx:
        for key, value, headers in items:
            await ctx.put(value, key=key, headers=headers)
            await settle()


def dedupe_in(a: Article) -> tuple[bytes, bytes, dict[str, bytes]]:
    """A record as the route agent forwards it to the single-partition dedupe topic."""
    headers = {
        FINGERPRINT_HEADER: fingerprint(a).encode(),
        HASH_HEADER: content_hash(a.title, a.text).encode(),
    }
    return a.id.encode(), codec.encode(a), headers


# -- route: news.raw -> dedupe topic --------------------------------------------
def test_route_forwards_valid_articles_with_fingerprint_and_hash(wiring, sent):
    a = article("a1")
    asyncio.run(put_all(wiring.app.agents["dedupe-route"], [(b"a1", codec.encode(a), None)]))
    [(key, value, headers)] = sent.records["dedupe_in"]
    assert key == b"a1" and value == codec.encode(a)
    assert headers[FINGERPRINT_HEADER] == fingerprint(a).encode()
    assert headers[HASH_HEADER] == content_hash(a.title, a.text).encode()


def test_garbage_becomes_a_dead_letter_and_the_agent_carries_on(wiring, sent):
    garbage = [b"\xff\xfe not utf-8", b"not json", b'{"id": "x"}', b"[1, 2]"]
    items = [(b"k", g, None) for g in garbage] + [(b"ok", codec.encode(article("ok")), None)]
    asyncio.run(put_all(wiring.app.agents["dedupe-route"], items))
    letters = sent.values("deadletter")
    assert len(letters) == 4
    assert all(d["stage"] == "dedupe" and d["topic"] == "u.news.raw" for d in letters)
    assert [d["offset"] for d in letters] == [0, 1, 2, 3]
    assert "JSON" in letters[0]["error"] and "source" in letters[2]["error"]
    assert codec.decode(codec.encode(letters[1]))["payload"] == "bm90IGpzb24="  # b"not json"
    assert [k for k, _, _ in sent.records["dedupe_in"]] == [b"ok"]


def test_a_record_too_big_for_the_producer_is_a_dead_letter_not_a_stuck_partition(wiring, sent):
    # Faust's producer refuses records over 1,000,000 bytes whatever the retries: an
    # Outbox that retried one would never ack it, and its partition would stop for good.
    import base64

    from agents.delivery import MAX_DEAD_LETTER_PAYLOAD

    big = article("big", text=STORY + " More." * 200_000)
    garbage = b"x" * 1_200_000
    items = [
        (b"big", codec.encode(big), None),
        (b"junk", garbage, None),
        (b"ok", codec.encode(article("ok")), None),
    ]
    asyncio.run(put_all(wiring.app.agents["dedupe-route"], items))
    letters = sent.values("deadletter")
    assert [d["stage"] for d in letters] == ["size", "dedupe"]
    assert "bytes" in letters[0]["error"] and letters[0]["key"] == "big"
    assert all(len(base64.b64decode(d["payload"])) == MAX_DEAD_LETTER_PAYLOAD for d in letters)
    assert f"of {len(garbage)} bytes" in letters[1]["error"]
    assert [k for k, _, _ in sent.records["dedupe_in"]] == [b"ok"]  # the stream goes on


def test_an_enriched_record_too_big_to_send_is_a_dead_letter(wiring, sent, monkeypatch):
    import agents.delivery

    monkeypatch.setattr(agents.delivery, "MAX_OUTPUT_BYTES", 2_000)
    items = [(b"w1", codec.encode(article("w1")), {REVISION_HEADER: b"0"})]
    asyncio.run(put_all(wiring.app.agents["enrich"], items))
    assert [d["stage"] for d in sent.values("deadletter")] == ["size"]
    assert "enriched" not in sent.records and "conflict" not in sent.records


# -- dedupe: the single-partition stage -------------------------------------------
def test_dedupe_drops_exact_content_and_near_duplicates(wiring, sent):
    original = article("a1")
    same_id = article("a1")
    same_content = article("b2", feed="b")
    near = article("c3", text="UPDATE: " + STORY + " (Reuters)", feed="c")
    other = article("d4", text="Morocco beat Senegal on penalties to lift the cup in Rabat.")
    items = [dedupe_in(a) for a in (original, same_id, same_content, near, other)]
    asyncio.run(put_all(wiring.app.agents["dedupe"], items))

    assert [k for k, _, _ in sent.records["unique"]] == [b"a1", b"d4"]
    dups = {d["id"]: d for d in sent.values("duplicates")}
    assert dups["a1"]["reason"] == "same_id" and dups["a1"]["duplicate_of"] == "a1"
    assert dups["b2"]["reason"] == "same_content" and dups["b2"]["duplicate_of"] == "a1"
    assert dups["c3"]["reason"] == "near_duplicate" and dups["c3"]["duplicate_of"] == "a1"
    assert 0.9 < dups["c3"]["similarity"] < 1.0
    assert dups["c3"]["title"] == near.title and dups["c3"]["source"]["domain"] == "c.example"


def test_dedupe_passes_an_updated_article_with_its_revision_raised(wiring, sent):
    v0 = article("a1")
    v1 = article("a1", text=STORY.replace("1,200 families", "1,500 families"))
    asyncio.run(put_all(wiring.app.agents["dedupe"], [dedupe_in(v0), dedupe_in(v1)]))
    revisions = [h[REVISION_HEADER] for _, _, h in sent.records["unique"]]
    assert revisions == [b"0", b"1"]
    assert "duplicates" not in sent.records


def test_dedupe_state_is_in_tables(wiring, sent):
    asyncio.run(put_all(wiring.app.agents["dedupe"], [dedupe_in(article("a1"))]))
    assert "a1" in wiring.app.tables["dedupe-ids"]
    assert len(wiring.app.tables["dedupe-hashes"]) == 1


# -- enrich ------------------------------------------------------------------------
@pytest.fixture
def fake_core(monkeypatch: pytest.MonkeyPatch) -> list[dict[str, Any]]:
    """The enrichment core replaced: conflict when the title says so; fails on 'boom'."""
    from pipeline import enrich as core

    calls: list[dict[str, Any]] = []
    real = core.enrich

    def enrich(a: Article, **kwargs: Any):
        calls.append({"id": a.id, **kwargs})
        if a.title == "boom":
            raise ValueError("the core failed")
        record = real(a, **kwargs)
        is_conflict = a.title.startswith("WAR")
        return dataclasses.replace(record, conflict=Conflict(is_conflict, float(is_conflict)))

    monkeypatch.setattr(core, "enrich", enrich)
    return calls


def test_enrich_routes_conflict_to_both_topics_and_the_rest_to_enriched(wiring, sent, fake_core):
    war, calm = article("w1", title="WAR in the east"), article("c1", title="Cup final")
    items = [
        (b"w1", codec.encode(war), {REVISION_HEADER: b"2"}),
        (b"c1", codec.encode(calm), None),
    ]
    asyncio.run(put_all(wiring.app.agents["enrich"], items))
    assert [k for k, _, _ in sent.records["enriched"]] == [b"w1", b"c1"]
    assert [k for k, _, _ in sent.records["conflict"]] == [b"w1"]
    assert sent.records["conflict"][0][1] == sent.records["enriched"][0][1]
    first = sent.values("enriched")[0]
    assert first["schema"] == "newswire.enriched.v1" and first["dedupe"]["revision"] == 2
    assert first["pipeline"]["enriched_at"].endswith("Z")
    assert [c["revision"] for c in fake_core] == [2, 0]


def test_a_revision_that_is_no_longer_conflict_withdraws_the_record_from_news_conflict(
    wiring, sent, fake_core
):
    items = [
        (b"r1", codec.encode(article("r1", title="WAR in the east")), {REVISION_HEADER: b"0"}),
        (b"r1", codec.encode(article("r1", title="Cup final")), {REVISION_HEADER: b"1"}),
        (b"n1", codec.encode(article("n1", title="Cup final")), None),
    ]
    asyncio.run(put_all(wiring.app.agents["enrich"], items))
    # the first revision, then a tombstone for the second; nothing for a first revision
    assert [(k, v is None) for k, v, _ in sent.records["conflict"]] == [
        (b"r1", False),
        (b"r1", True),
    ]
    assert [k for k, _, _ in sent.records["enriched"]] == [b"r1", b"r1", b"n1"]


def test_enrich_reuses_the_dedupe_fingerprint_header_and_ignores_an_odd_one(
    wiring, sent, fake_core
):
    a, b = article("f1", title="Cup final"), article("f2", title="Cup final")
    items = [
        (b"f1", codec.encode(a), {FINGERPRINT_HEADER: fingerprint(a).encode()}),
        (b"f2", codec.encode(b), {FINGERPRINT_HEADER: b"not-a-simhash"}),
    ]
    asyncio.run(put_all(wiring.app.agents["enrich"], items))
    assert [c["fingerprint"] for c in fake_core] == [fingerprint(a), ""]
    records = sent.values("enriched")
    assert [r["dedupe"]["fingerprint"] for r in records] == [fingerprint(a), fingerprint(b)]


def test_enrich_failure_and_garbage_become_dead_letters(wiring, sent, fake_core):
    items = [
        (b"x", b"\x00garbage", None),
        (b"b1", codec.encode(article("b1", title="boom")), None),
        (b"ok", codec.encode(article("ok", title="Cup final")), None),
    ]
    asyncio.run(put_all(wiring.app.agents["enrich"], items))
    letters = sent.values("deadletter")
    assert [d["stage"] for d in letters] == ["enrich", "enrich"]
    assert "the core failed" in letters[1]["error"] and letters[1]["key"] == "b1"
    assert [k for k, _, _ in sent.records["enriched"]] == [b"ok"]


def test_the_actors_of_a_concurrent_enrich_agent_share_one_outbox(monkeypatch, fake_core):
    # Per-actor Outboxes could send a newer revision of an article before an older one
    # that another actor holds; one shared Outbox keeps each key's outputs in order.
    made: list[Any] = []

    class Counted(enrich_agent.Outbox):
        def __init__(self, *args: Any, **kwargs: Any) -> None:
            super().__init__(*args, **kwargs)
            made.append(self)

    monkeypatch.setattr(enrich_agent, "Outbox", Counted)
    wiring = build(Settings(app_id="unit-agents", topic_prefix="u."), enrich_concurrency=2)
    sent = Sent(wiring, monkeypatch)
    agent = wiring.app.agents["enrich"]
    for rev in (b"0", b"1"):  # each test context starts an actor of the agent
        record = codec.encode(article("s1", title="WAR in the east"))
        asyncio.run(put_all(agent, [(b"s1", record, {REVISION_HEADER: rev})]))
    assert len(made) == 1
    assert [r["dedupe"]["revision"] for r in sent.values("enriched")] == [0, 1]


def test_the_enrich_agent_tags_with_the_users_rules_file(monkeypatch, tmp_path):
    rules = tmp_path / "rules.toml"
    rules.write_text('[tags.battle]\nstrong = ["skyfire raid"]\n')
    story = article("k1", text="A skyfire raid hit the valley overnight.", title="Valley raid")
    for rules_file, conflict in ((None, []), (str(rules), [b"k1"])):
        settings = Settings(app_id="unit-agents", topic_prefix="u.", rules_file=rules_file)
        wiring = build(settings)
        sent = Sent(wiring, monkeypatch)
        asyncio.run(put_all(wiring.app.agents["enrich"], [(b"k1", codec.encode(story), None)]))
        assert [k for k, _, _ in sent.records.get("conflict", [])] == conflict


def test_a_rules_file_that_cannot_be_read_stops_the_app_being_built(tmp_path):
    from pipeline.errors import ConfigError

    missing = tmp_path / "nowhere.toml"
    with pytest.raises(ConfigError, match=r"nowhere\.toml"):
        build(Settings(app_id="unit-agents", topic_prefix="u.", rules_file=str(missing)))


def test_outcomes_are_counted(wiring, sent, fake_core):
    asyncio.run(put_all(wiring.app.agents["enrich"], [(b"x", b"junk", None)]))
    assert wiring.outcomes.value("enrich", "deadletter") == 1


# -- the app's configuration ---------------------------------------------------------
def test_security_settings_reach_faust():
    import faust

    from agents.app import app_config, broker_credentials

    plain = Settings(bootstrap="a:1,b:2")
    assert broker_credentials(plain) is None
    assert app_config(plain)["broker"] == ["kafka://a:1", "kafka://b:2"]
    sasl = Settings(
        security_protocol="SASL_SSL", sasl_mechanism="SCRAM-SHA-512",
        sasl_username="u", sasl_password="secret",
    )  # fmt: skip
    creds = broker_credentials(sasl)
    assert isinstance(creds, faust.SASLCredentials)
    assert (creds.username, creds.password, creds.mechanism.value) == (
        "u",
        "secret",
        "SCRAM-SHA-512",
    )
    assert creds.protocol.value == "SASL_SSL" and creds.ssl_context is not None
    assert "secret" not in repr(creds)
    ssl_only = broker_credentials(Settings(security_protocol="SSL"))
    assert isinstance(ssl_only, faust.SSLCredentials)


def test_web_server_is_off_unless_a_port_is_set():
    from agents.app import app_config

    assert app_config(Settings())["web_enabled"] is False
    on = app_config(Settings(web_port=6077))
    assert on["web_enabled"] is True and on["web_port"] == 6077
    assert on["web_bind"] == "127.0.0.1"  # Faust's own default is every interface
    assert app_config(Settings(web_port=6077, listen_host="0.0.0.0"))["web_bind"] == "0.0.0.0"


def test_repeated_broker_errors_are_logged_once_per_interval():
    from agents.worker import RepeatFilter

    now = [0.0]
    repeat = RepeatFilter(interval_s=30, clock=lambda: now[0])

    def passes(msg: str, level: int = logging.ERROR) -> logging.LogRecord | None:
        record = logging.LogRecord("aiokafka", level, __file__, 1, msg, ("x",), None)
        return record if repeat.filter(record) else None

    assert passes("Unable connect to node %s") is not None
    assert [passes("Unable connect to node %s") for _ in range(50)] == [None] * 50
    assert passes("Unable to update metadata from %s") is not None  # another message
    assert passes("Unable connect to node %s", logging.INFO) is not None  # info is untouched
    now[0] = 31
    again = passes("Unable connect to node %s")
    assert again is not None and "50 more like this" in again.getMessage()


def test_rocksdb_tables_get_bounded_caches_and_write_buffers(tmp_path):
    # Faust's defaults give each table a 2 GiB block cache: memory outside Python that a
    # worker running for months would grow into.
    settings = Settings(
        app_id="unit-agents", topic_prefix="u.", store="rocksdb://", table_dir=str(tmp_path)
    )
    wiring = build(settings)
    for name in ("dedupe-ids", "dedupe-hashes"):
        options = wiring.app.tables[name].data.rocksdb_options
        assert options.block_cache_size == 16 * 1024**2
        # a memtable is freed only when full: small ones flush within minutes at news rates
        assert options.write_buffer_size * options.max_write_buffer_number <= 8 * 1024**2
