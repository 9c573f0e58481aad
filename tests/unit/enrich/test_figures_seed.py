"""The user's seed article gives exactly its nine figures."""

from __future__ import annotations

from pathlib import Path

from pipeline.enrich.figures import extract_figures
from pipeline.enrich.text import normalise, split_sentences
from pipeline.schema import FIGURE_CATEGORIES, FIGURE_QUALIFIERS, FIGURE_UNITS

SEED = Path(__file__).resolve().parents[3] / "seeds" / "000_d618fc00f0c004b1.txt"


def _seed_figures():
    raw = SEED.read_text(encoding="utf-8")
    title, _, body = raw.partition("\n")
    title, body = normalise(title), normalise(body)
    figures = extract_figures(title, body, split_sentences(title), split_sentences(body))
    return raw.partition("\n")[2], figures


def test_seed_gives_exactly_nine_figures():
    _, figures = _seed_figures()
    got = [(f.value, f.qualifier, f.unit, f.category, f.projected, f.attribution) for f in figures]
    assert got == [
        (5000, "at_most", "person", "combatants", False, None),
        (5000, "exact", "person", "displaced", False, "Save the Children"),
        (1000, "exact", "person", "displaced", False, "Save the Children"),
        (7500, "exact", "person", "capacity", False, None),
        (9000, "exact", "person", "displaced", False, None),
        (50000, "exact", "person", "capacity", True, None),
        # latrines are what aid agencies dig and install (the sets: aid 90 times of 112)
        (16, "exact", "other", "aid", False, "Save the Children"),
        (200000, "at_least", "person", "displaced", True, "the UN"),
        (1500000, "at_most", "person", "civilians", False, None),
    ]


def test_seed_spans_and_nouns():
    body, figures = _seed_figures()
    assert [f.text for f in figures] == [
        "up to 5,000 IS fighters",
        "5,000 people",
        "1,000",
        "7,500 people",
        "9,000 refugees",
        "50,000 people",
        "16 latrines",
        "at least 200,000",
        "Up to 1.5 million civilians",
    ]
    assert [f.noun for f in figures] == [
        "fighters", "people", None, "people", "refugees", "people", "latrines", None, "civilians",
    ]  # fmt: skip
    for f in figures:
        assert f.field == "text"
        assert body[f.start : f.end] == f.text  # spans index the original article


def test_seed_never_takes_years_durations_or_names():
    _, figures = _seed_figures()
    texts = " ".join(f.text for f in figures)
    assert "2014" not in texts
    assert "10 days" not in texts
    assert "Gen" not in texts


def test_seed_vocabularies():
    _, figures = _seed_figures()
    for f in figures:
        assert f.category in FIGURE_CATEGORIES
        assert f.unit in FIGURE_UNITS
        assert f.qualifier in FIGURE_QUALIFIERS
