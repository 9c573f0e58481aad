"""What the headline says the story is about, for counts with no event of their own, when
no sentence before them says it; and people of one country counted living in another, or
hosted by it, who are displaced (dev361, dev368, dev382, dev401)."""

from __future__ import annotations

from pipeline.enrich.figures import extract_figures
from pipeline.enrich.text import normalise, split_sentences

from .support import summary


def body(title: str, text: str) -> list[tuple[str, str, str]]:
    """(span, unit, category) of each figure of the body text, under its title."""
    t, x = normalise(title), normalise(text)
    found = extract_figures(t, x, split_sentences(t), split_sentences(x))
    return [(f.text, f.unit, f.category) for f in found if f.field == "text"]


def test_the_headline_says_who_people_are_when_no_sentence_before_does():
    text = (
        "Authorities have opened 68 schools in the city. About 9,000 people are in the "
        "buildings, officials said."
    )
    assert body("Families fleeing the offensive fill schools in Hasakah", text)[1] == (
        "About 9,000 people",
        "person",
        "displaced",
    )
    assert summary(text)[1] == ("About 9,000 people", "person", "other")


def test_the_headline_is_the_sentence_before_the_first():
    text = "The UN expects at least 200,000 more in the coming weeks."
    assert body("Thousands flee fighting in El Fasher", text) == [
        ("at least 200,000", "person", "displaced")
    ]
    assert summary(text) == []


def test_the_sentences_before_outweigh_the_headline():
    text = (
        "Thousands of families fled to the school in October. About 6,000 people were there "
        "on Monday, the agency said."
    )
    assert body("Strike kills 12 at Gaza school used as shelter", text)[1] == (
        "About 6,000 people",
        "person",
        "displaced",
    )


def test_nationals_living_in_another_country_are_displaced():
    found = summary(
        "Migración Colombia said about 870,000 Venezuelans were living in Colombia by "
        "mid-year. The agency said nearly 1.5 million Syrians were still in Lebanon."
    )
    assert found == [
        ("about 870,000 Venezuelans", "person", "displaced"),
        ("nearly 1.5 million Syrians", "person", "displaced"),
    ]


def test_nationals_a_country_hosts_are_displaced():
    assert summary("Jordan hosts 1.3 million Syrians, the government said.") == [
        ("1.3 million Syrians", "person", "displaced")
    ]


def test_nationals_at_home_or_met_somewhere_are_not_displaced():
    found = summary(
        "About 40 million Ukrainians live in Ukraine. The report draws on interviews with 48 "
        "Afghans in Islamabad. More than 517,000 Israelis lived in West Bank settlements."
    )
    assert [f[2] for f in found] == ["civilians", "other", "civilians"]
