"""`newswire consume`'s pretty view and filters (no broker)."""

from __future__ import annotations

import base64

from pipeline.consume import format_figure, format_pretty, matches

ENRICHED = {
    "id": "ee1c45c1e8dd129c",
    "title": "Mosul battle: IS leaders fleeing city",
    "source": {"feed": "seeds/000.txt", "domain": "bbc.co.uk", "name": "BBC News"},
    "published_at": "2016-10-20T10:00:00Z",
    "conflict": {"is_conflict": True, "score": 0.97, "tags": [{"tag": "battle", "score": 0.9}]},
    "figures": [
        {"value": 5000, "low": None, "high": 5000, "qualifier": "at_most", "vague": False,
         "unit": "person", "noun": "fighters", "category": "combatants", "projected": False,
         "attribution": None, "text": "up to 5,000 IS fighters"},
        {"value": None, "low": 200, "high": 300, "qualifier": "range", "vague": False,
         "unit": "household", "noun": "families", "category": "displaced", "projected": True,
         "attribution": "the UN", "text": "between 200 and 300 families"},
    ],
    "places": [{"name": "Mosul", "country": "IQ", "lat": 36.3, "lon": 43.1, "mentions": 9}],
    "dedupe": {"fingerprint": "0" * 16, "revision": 1},
}  # fmt: skip


def test_pretty_enriched_shows_the_essentials_at_a_glance():
    out = format_pretty("enriched", ENRICHED)
    for part in (
        "Mosul battle", "BBC News (bbc.co.uk)", "2016-10-20", "CONFLICT 0.97: battle 0.90",
        "≤5,000 fighters [combatants]", "200–300 families [displaced] (projected) — per the UN",
        "Mosul (IQ) ×9", "rev 1",
    ):  # fmt: skip
        assert part in out, part


def test_pretty_duplicate_and_deadletter():
    dup = {"id": "b", "duplicate_of": "a", "similarity": 0.969, "reason": "near_duplicate"}
    assert "dup b -> a  similarity 0.969  near_duplicate" in format_pretty("duplicates", dup)
    dead = {"topic": "news.raw", "partition": 2, "offset": 7, "error": "InvalidRecord: not JSON",
            "payload": base64.b64encode(b"garbage").decode(), "stage": "dedupe"}  # fmt: skip
    out = format_pretty("deadletter", dead)
    assert "news.raw[2]@7" in out and "not JSON" in out and "garbage" in out


def test_a_headline_figure_the_text_repeats_is_shown_once():
    def fig(field, value, category, text):
        return {"field": field, "value": value, "low": value, "high": value, "text": text,
                "qualifier": "exact", "unit": "person", "category": category}  # fmt: skip

    record = dict(
        ENRICHED,
        figures=[
            fig("title", 12, "killed", "12"),
            fig("title", 40, "kidnapped", "40"),
            fig("text", 12, "killed", "12 people"),
            fig("text", 3000, "displaced", "About 3,000"),
        ],
    )
    figures = [line for line in format_pretty("enriched", record).splitlines() if "    - " in line]
    assert len(figures) == 3
    assert figures[0].startswith("    - 40 person [kidnapped]") and figures[0].endswith("(title)")
    assert '"12 people"' in figures[1] and "(title)" not in figures[1]
    assert '"About 3,000"' in figures[2]


def test_figure_with_approx_qualifier_and_float_value():
    f = {"value": 1200000.0, "qualifier": "approx", "noun": "people", "category": "displaced"}
    assert format_figure(f).startswith("~1,200,000 people [displaced]")


def test_filters_by_tag_and_score():
    assert matches(ENRICHED, ["battle"], None)
    assert not matches(ENRICHED, ["unrest"], None)
    assert matches(ENRICHED, None, 0.9) and not matches(ENRICHED, None, 0.98)
    assert not matches({"title": "no conflict block"}, ["battle"], None)


class _Message:
    def __init__(self, offset: int, value: bytes | None, key: bytes | None = None) -> None:
        self.topic, self.partition, self.offset, self.value = "news.raw", 0, offset, value
        self.key = key


class _Consumer:
    """kafka-python's consumer as cmd_consume uses it: one batch, then nothing."""

    def __init__(self, values: list[bytes | None]) -> None:
        self.batches = [{0: [_Message(i, v, b"k%d" % i) for i, v in enumerate(values)]}]

    def poll(self, timeout_ms: int) -> dict:
        return self.batches.pop(0) if self.batches else {}

    def close(self) -> None:
        pass


def _consume(monkeypatch, values: list[bytes | None], *args: str, topic: str = "raw") -> int:
    import pipeline.consume as consume
    from pipeline.cli import main

    monkeypatch.setattr(consume, "make_consumer", lambda *a, **k: _Consumer(values))
    return main(["consume", "--topic", topic, "--from-beginning", "--timeout", "0.1", *args])


def test_a_record_of_the_wrong_shape_is_a_warning_and_the_next_is_shown(monkeypatch, capsys):
    values = [
        b'{"id": "b", "title": "bad", "figures": "oops", "conflict": "high"}',
        b'{"id": "c", "title": "shown after"}',
    ]
    assert _consume(monkeypatch, values) == 0
    out, err = capsys.readouterr()
    assert "shown after" in out and "bad" not in out
    assert "@0: cannot show the record" in err
    assert _consume(monkeypatch, values, "--min-score", "0.5", topic="enriched") == 0
    assert "@0: cannot show the record" in capsys.readouterr().err  # the filter too


def test_ctrl_c_ends_consume_with_the_interrupted_status(monkeypatch):
    import pipeline.consume as consume
    from pipeline.cli import main

    class Interrupted(_Consumer):
        def poll(self, timeout_ms: int) -> dict:
            raise KeyboardInterrupt

    monkeypatch.setattr(consume, "make_consumer", lambda *a, **k: Interrupted([]))
    assert main(["consume", "--topic", "raw"]) == 130


def test_a_withdrawn_conflict_record_is_shown_as_withdrawn_not_as_an_error(monkeypatch, capsys):
    values = [None, b'{"id": "c", "title": "shown after"}']
    assert _consume(monkeypatch, values, topic="conflict") == 0
    out, err = capsys.readouterr()
    assert "k0: withdrawn" in out and "shown after" in out and not err
    assert _consume(monkeypatch, values, "--format", "jsonl", topic="conflict") == 0
    assert '{"id":"k0","withdrawn":true}' in capsys.readouterr().out
