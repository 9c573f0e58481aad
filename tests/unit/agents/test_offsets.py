"""No offset is committed past a record whose outputs are not yet on the broker."""

from __future__ import annotations

import asyncio

from faust.transport.drivers import aiokafka as aiokafka_driver
from faust.types import TP
from faust.types.tuples import ConsumerMessage

from agents.app import build
from agents.delivery import Outbox
from agents.offsets import commit_allowed, lowest_in_flight
from pipeline.settings import Settings


class _Event:
    def __init__(self, message, consumer):
        self.message = message
        self._consumer = consumer

    def ack(self):
        return self.message.ack(self._consumer)


def _setup(name: str):
    wiring = build(Settings(app_id=f"unit-offsets-{name}", topic_prefix="o."))
    app = wiring.app
    consumer = app.consumer
    topic = wiring.topics.unique.get_topic_name()
    tp = TP(topic, 0)
    app.topics._acking_topics.add(topic)

    def received(offset: int, generation: int | None = None) -> ConsumerMessage:
        m = ConsumerMessage(topic, 0, offset, 0.0, 0, [], b"k", b"v", None, 1, 1, tp)
        m.refcount = 1
        m.generation_id = app.consumer_generation_id if generation is None else generation
        consumer.track_message(m)  # as the conductor does before handing it to a stream
        return m

    def deliver(m: ConsumerMessage) -> None:
        asyncio.run(Outbox(app).send(_Event(m, consumer), []))

    return app, consumer, tp, received, deliver


def test_a_record_acked_before_the_one_ahead_of_it_is_not_committed_past_it():
    _app, consumer, tp, received, deliver = _setup("head")
    consumer._committed_offset[tp] = 40  # the next record to read is 40
    first, second = received(40), received(41)
    deliver(second)  # 41's outputs confirmed first; 40's still on their way
    assert consumer._new_offset(tp) is None
    deliver(first)
    assert consumer._new_offset(tp) == 42


def test_faust_alone_would_commit_past_the_record_still_in_flight():
    # The defect the override exists for; if Faust fixes it, this test says so.
    _app, consumer, tp, received, deliver = _setup("faust")
    consumer._committed_offset[tp] = 40
    received(40)
    deliver(received(41))
    assert aiokafka_driver.Consumer._new_offset(consumer, tp) == 42


def test_with_no_committed_offset_the_lowest_record_in_flight_still_holds_commits():
    _app, consumer, tp, received, deliver = _setup("unknown")
    consumer._committed_offset.pop(tp, None)  # as just after a revocation
    first = received(7)
    deliver(received(8))
    deliver(received(9))
    assert consumer._filter_committable_offsets({tp}) == {}
    deliver(first)
    assert consumer._filter_committable_offsets({tp}) == {tp: 10}


def test_a_record_fetched_before_a_rebalance_does_not_hold_commits_back():
    app, consumer, tp, received, deliver = _setup("generation")
    app.consumer_generation_id = 5
    consumer._committed_offset[tp] = 12
    received(11, generation=4)  # dropped unprocessed by Faust; 12 is where reading resumed
    deliver(received(12))
    assert consumer._new_offset(tp) == 13


def test_commit_allowed_rules():
    assert commit_allowed(40, committed=40, in_flight=None)
    assert not commit_allowed(41, committed=40, in_flight=None)
    assert commit_allowed(41, committed=40, in_flight=None, has_gaps=True)
    assert not commit_allowed(41, committed=None, in_flight=40)
    assert commit_allowed(40, committed=None, in_flight=45)
    assert not commit_allowed(41, committed=40, in_flight=40, has_gaps=True)


def test_lowest_in_flight_skips_acked_and_older_generations():
    class M:
        def __init__(self, tp, offset, acked=False, generation_id=3):
            self.tp, self.offset, self.acked, self.generation_id = tp, offset, acked, generation_id

    msgs = [M("a", 5), M("a", 3, acked=True), M("a", 4, generation_id=2), M("b", 9), M("b", 8)]
    assert lowest_in_flight(msgs, 3) == {"a": 5, "b": 8}
    assert lowest_in_flight(msgs) == {"a": 4, "b": 8}
