"""An in-memory stand-in for kafka-python's producer, for offline poller tests."""

from concurrent.futures import Future

from pipeline.codec import decode_article


class _Future(Future):
    def get(self, timeout=None):  # kafka-python's FutureRecordMetadata spelling
        return self.result(timeout)


class FakeProducer:
    def __init__(self, fail: bool = False) -> None:
        self.fail = fail
        self.sent: list = []  # (topic, key, Article)
        self.closed = False

    def send(self, topic, key=None, value=None):
        future = _Future()
        if self.fail:
            future.set_exception(RuntimeError("broker down"))
        else:
            self.sent.append((topic, key, decode_article(value)))
            future.set_result(None)
        return future

    def flush(self, timeout=None):
        pass

    def close(self, timeout=None):
        self.closed = True
