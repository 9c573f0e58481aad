"""Only the Outbox marks an input offset safe to commit.

Faust's Stream acks, on its own, an event it skips instead of handing it to the agent
(dequeued while the flow is suspended during a rebalance, or fetched in an older
generation), even on a noack() stream. At revocation the consumer forgets the committed
offset of the revoked partitions, so that ack alone became committable: the group's
offset moved past a record nobody processed, and the record was never delivered.
"""

from __future__ import annotations

import asyncio

from faust.types import TP
from faust.types.tuples import ConsumerMessage

from agents.app import build
from agents.delivery import Outbox, Output
from pipeline.settings import Settings


def _setup():
    wiring = build(Settings(app_id="unit-delivery", topic_prefix="d."))
    app = wiring.app
    consumer = app.consumer
    topic = wiring.topics.dedupe_in.get_topic_name()
    tp = TP(topic, 0)
    app.topics._acking_topics.add(topic)  # as the conductor does for an agent's topic

    def message(offset: int) -> ConsumerMessage:
        m = ConsumerMessage(topic, 0, offset, 0.0, 0, [], b"k", b"v", None, 1, 1, tp)
        m.refcount = 1  # one stream holds it
        return m

    return app, consumer, tp, message


def test_an_ack_faust_makes_for_a_skipped_event_is_not_committable():
    _app, consumer, tp, message = _setup()
    # just after on_partitions_revoked: the committed offset of tp is forgotten
    consumer._committed_offset.pop(tp, None)
    skipped = message(41)
    # Stream.__aiter__'s skip path: `event.ack()` -> Message.ack(consumer)
    skipped.ack(consumer)
    assert consumer._new_offset(tp) is None  # no commit past offset 41


def test_an_event_acked_by_the_outbox_is_committable():
    app, consumer, tp, message = _setup()
    consumer._committed_offset.pop(tp, None)

    class Event:
        def __init__(self, m):
            self.message = m

        def ack(self):
            return self.message.ack(consumer)

    delivered = message(41)
    asyncio.run(Outbox(app).send(Event(delivered), []))  # nothing to send: acked at once
    assert consumer._new_offset(tp) == 42


class _Broker:
    """A topic whose sends the test settles: the first attempt of the chosen values fails,
    every other attempt is confirmed in the order it reached the producer."""

    def __init__(self, fail_once: set[bytes]) -> None:
        self.fail_once = set(fail_once)
        self.in_flight: list[tuple[bytes, asyncio.Future]] = []
        self.written: list[bytes] = []  # the partition's log, in order

    def get_topic_name(self) -> str:
        return "d.news.enriched"

    async def send(self, *, key=None, value=None, headers=None, timestamp=None):
        future = asyncio.get_running_loop().create_future()
        self.in_flight.append((value, future))
        return future

    def settle(self) -> None:
        flying, self.in_flight = self.in_flight, []
        for value, future in flying:
            if value in self.fail_once:
                self.fail_once.discard(value)
                future.set_exception(ConnectionError("broker away"))
            else:
                self.written.append(value)
                future.set_result(None)


class _Event:
    def __init__(self) -> None:
        self.message = type("Message", (), {})()
        self.acked = False

    def ack(self) -> bool:
        self.acked = True
        return False


def test_a_retried_send_is_not_overtaken_by_a_later_record_of_the_same_key():
    app, *_ = _setup()
    broker = _Broker(fail_once={b"revision 0"})

    async def run() -> list[_Event]:
        outbox = Outbox(app, retry_delay=0.0)
        events = [_Event(), _Event(), _Event()]
        await outbox.send(events[0], [Output(broker, b"a1", b"revision 0")])
        await outbox.send(events[1], [Output(broker, b"a1", b"revision 1")])
        await outbox.send(events[2], [Output(broker, b"a2", b"other article")])
        for _ in range(20):  # the broker answers; the Outbox retries and goes on
            broker.settle()
            await asyncio.sleep(0)
        return events

    events = asyncio.run(run())
    assert all(e.acked for e in events)
    revisions = [v for v in broker.written if v.startswith(b"revision")]
    # A consumer keeping the last record per key must see the newest revision.
    assert revisions == [b"revision 0", b"revision 1"]
    assert b"other article" in broker.written


class _SlowTopic:
    """A topic whose send yields to the event loop before the producer takes the record,
    as Faust's does when its buffer is busy; every record is then confirmed."""

    def __init__(self, name: str, log: list[tuple[str, bytes]]) -> None:
        self.name = name
        self.log = log

    def get_topic_name(self) -> str:
        return self.name

    async def send(self, *, key=None, value=None, headers=None, timestamp=None):
        await asyncio.sleep(0)
        self.log.append((self.name, value))
        future = asyncio.get_running_loop().create_future()
        future.set_result(None)
        return future


def test_revisions_sent_by_two_actors_sharing_an_outbox_stay_in_order_on_every_topic():
    app, *_ = _setup()
    log: list[tuple[str, bytes]] = []
    enriched, conflict = _SlowTopic("d.news.enriched", log), _SlowTopic("d.news.conflict", log)

    async def run() -> list[_Event]:
        outbox = Outbox(app, retry_delay=0.0)
        events = [_Event(), _Event()]
        # Two actors of the enrich agent, each with one revision of article a1, going
        # to news.enriched and news.conflict: the second starts while the first awaits.
        first = [Output(enriched, b"a1", b"r0"), Output(conflict, b"a1", b"r0")]
        second = [Output(enriched, b"a1", b"r1"), Output(conflict, b"a1", b"r1")]
        await asyncio.gather(outbox.send(events[0], first), outbox.send(events[1], second))
        for _ in range(20):
            await asyncio.sleep(0)
        return events

    events = asyncio.run(run())
    assert all(e.acked for e in events)
    for name in ("d.news.enriched", "d.news.conflict"):
        assert [value for topic, value in log if topic == name] == [b"r0", b"r1"]
