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
from agents.delivery import Outbox
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
