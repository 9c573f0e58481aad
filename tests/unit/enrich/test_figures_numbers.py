"""Numbers in digits and words, vague amounts, ranges and qualifiers."""

from __future__ import annotations

import pytest

from pipeline.enrich.figures import extract_figures
from pipeline.enrich.text import normalise, split_sentences


def one(text: str):
    text = normalise(text)
    got = extract_figures("", text, [], split_sentences(text))
    assert len(got) == 1, got
    return got[0]


VALUES = [
    ("Two soldiers were killed.", 2),
    ("Twenty-five people were injured.", 25),
    ("Twenty five people were injured.", 25),
    ("One hundred and fifty families fled.", 150),
    ("Three thousand people fled.", 3000),
    ("A dozen people were arrested.", 12),
    ("Two dozen people were arrested.", 24),
    ("A hundred people were arrested.", 100),
    ("Half a million people fled.", 500000),
    ("5,000 people fled.", 5000),
    ("5000 people fled.", 5000),
    ("1.5 million people fled.", 1500000),
    # decimals times a multiplier are whole, whatever binary floats make of 8.2 * 10**6
    ("8.2 million people fled.", 8200000),
    ("4.1 million people fled.", 4100000),
    ("1.15 lakh houses were damaged.", 115000),
    ("3.2m people fled.", 3200000),
    ("2 million people fled.", 2000000),
    ("1.2bn people are affected.", 1200000000),
    ("Five lakh people were evacuated.", None),  # "lakh" only after digits
    ("5 lakh people were evacuated.", 500000),
    ("Fighting has killed 10,500 people.", 10500),
    # thousands grouped by (no-break) spaces, as in UN and French-style copy
    ("Some 100 000 people have fled.", 100000),
    ("Some 1 250 000 people have fled.", 1250000),
    ("Some 12\u00a0000 people have fled.", 12000),
    ("Some 12\u202f000 people have fled.", 12000),
    ("A quarter of a million people fled.", 250000),
    ("Some 1,2 million people have been displaced.", 1200000),  # a decimal comma
    # thousands grouped by dots, as in European and translated copy; a scale keeps the point
    ("Some 5.000 residents had to abandon their homes.", 5000),
    ("More than 600.000 refugees live in the province.", 600000),
    ("Some 1.500 million people are affected.", 1500000),
]


@pytest.mark.parametrize(("text", "value"), VALUES, ids=[v[0] for v in VALUES])
def test_values(text, value):
    if value is None:
        text = normalise(text)
        got = extract_figures("", text, [], split_sentences(text))
        assert all(f.value != 5 for f in got)
        return
    assert one(text).value == value


def test_whole_values_and_bounds_are_integers():
    got = one("Between 2.3 and 4.1 million people fled.")
    assert (got.low, got.high) == (2300000, 4100000)
    assert type(got.low) is int and type(got.high) is int
    assert type(one("8.2 million people fled.").value) is int


VAGUE = [
    ("Dozens of people were injured.", 24, 99, "Dozens of people"),
    ("Scores of people were killed.", 40, 199, "Scores of people"),
    ("Hundreds of people fled.", 200, 999, "Hundreds of people"),
    ("Thousands of people fled.", 2000, 9999, "Thousands of people"),
    ("Tens of thousands of people fled.", 20000, 99999, "Tens of thousands of people"),
    ("Hundreds of thousands of people fled.", 200000, 999999, "Hundreds of thousands of people"),
    ("Millions of people are affected.", 2000000, 9999999, "Millions of people"),
    ("Several hundred families fled.", 300, 900, "Several hundred families"),
    ("Several thousand families fled.", 3000, 9999, "Several thousand families"),
    ("Several dozen families fled.", 36, 99, "Several dozen families"),
    ("A few dozen protesters were detained.", 24, 99, "A few dozen protesters"),
    ("Thousands fled the city.", 2000, 9999, "Thousands"),
]


def test_space_grouping_needs_three_digits_after_one_space():
    text = normalise("In 2015, 200 people fled. Some 7  000 people fled. Some 3 0000 people fled.")
    got = [f.value for f in extract_figures("", text, [], split_sentences(text))]
    assert got == [200]


def test_space_grouped_numbers_make_a_range():
    f = one("From 1 500 to 2 000 persons arrive each day in Adre.")
    assert (f.low, f.high) in ((1500, 2000), (2000, 2000)) or f.value == 2000


def test_a_quarter_of_a_million_spans_the_phrase():
    f = one("A quarter of a million people fled.")
    assert (f.text, f.value) == ("A quarter of a million people", 250000)


@pytest.mark.parametrize(("text", "low", "high", "span"), VAGUE, ids=[v[0] for v in VAGUE])
def test_vague_amounts(text, low, high, span):
    f = one(text)
    assert (f.value, f.low, f.high, f.vague, f.text) == (None, low, high, True, span)
    assert f.qualifier == "approx"


def test_vague_with_explicit_qualifier():
    f = one("More than a dozen people were wounded.")
    assert (f.value, f.low, f.high, f.qualifier, f.vague) == (12, 12, None, "at_least", False)
    f = one("Up to thousands of people may have fled.")
    assert (f.qualifier, f.vague) == ("at_most", True)


RANGES = [
    ("Between 200 and 300 homes were destroyed.", 200, 300, "Between 200 and 300 homes"),
    ("200-300 homes were destroyed.", 200, 300, "200-300 homes"),
    ("200 to 300 homes were destroyed.", 200, 300, "200 to 300 homes"),
    ("Two or three people were hurt.", 2, 3, "Two or three people"),
    (
        "Between 1.5 and 2 million people fled.",
        1500000,
        2000000,
        "Between 1.5 and 2 million people",
    ),
    ("Some 20,000-30,000 people fled.", 20000, 30000, "Some 20,000-30,000 people"),
]


@pytest.mark.parametrize(("text", "low", "high", "span"), RANGES, ids=[r[0] for r in RANGES])
def test_ranges(text, low, high, span):
    f = one(text)
    assert (f.value, f.low, f.high, f.qualifier, f.text) == (None, low, high, "range", span)


def test_from_to_is_a_change_not_a_range():
    f = one("The death toll rose from 45 to 60.")
    assert (f.value, f.qualifier, f.category) == (60, "exact", "killed")


QUALIFIERS = [
    ("Maybe 300 people fled.", "approx"),
    ("About 300 people fled.", "approx"),
    ("Around 300 people fled.", "approx"),
    ("Nearly 300 people fled.", "approx"),
    ("Some 300 people fled.", "approx"),
    ("Roughly 300 people fled.", "approx"),
    ("An estimated 300 people fled.", "approx"),
    ("Almost 300 people fled.", "approx"),
    ("Close to 300 people fled.", "approx"),
    ("At least 300 people fled.", "at_least"),
    ("More than 300 people fled.", "at_least"),
    ("Over 300 people fled.", "at_least"),
    ("Upwards of 300 people fled.", "at_least"),
    ("No fewer than 300 people fled.", "at_least"),
    ("300 or more people fled.", "at_least"),
    ("Up to 300 people fled.", "at_most"),
    ("As many as 300 people fled.", "at_most"),
    ("Fewer than 300 people fled.", "at_most"),
    ("Less than 300 people fled.", "at_most"),
    ("Under 300 people fled.", "at_most"),
    ("No more than 300 people fled.", "at_most"),
    ("300 people fled.", "exact"),
]


@pytest.mark.parametrize(("text", "qualifier"), QUALIFIERS, ids=[q[0] for q in QUALIFIERS])
def test_qualifiers(text, qualifier):
    f = one(text)
    assert f.qualifier == qualifier
    assert f.value == 300
    bounds = {
        "exact": (300, 300),
        "approx": (None, None),
        "at_least": (300, None),
        "at_most": (None, 300),
    }[qualifier]
    assert (f.low, f.high) == bounds
    assert f.text.lower().startswith(text.lower().split(" people")[0].split(" or more")[0])


@pytest.mark.parametrize(
    ("text", "qualifier", "span"),
    [
        ("Moscow handed over 300 people.", "exact", "300 people"),
        ("The rebels turned over 300 people to the Red Cross.", "exact", "300 people"),
        ("The rebels took over 300 people to the camp.", "at_least", "over 300 people"),
    ],
)
def test_over_after_handed_or_turned_is_the_verbs_particle(text, qualifier, span):
    f = one(text)
    assert (f.value, f.qualifier, f.text) == (300, qualifier, span)


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("A couple of hundred residents fled.", 200),
        ("A couple of thousand people were waiting at the crossing.", 2000),
        ("A couple of dozen villagers were questioned.", 24),
    ],
)
def test_a_couple_of_a_scale_is_about_twice_it(text, value):
    fig = one(text)
    assert (fig.value, fig.qualifier, fig.vague, fig.low, fig.high) == (
        value,
        "approx",
        False,
        None,
        None,
    )


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Turkey said one of its pilots was killed when his jet crashed.", ["one of its pilots"]),
        ("One of the soldiers was wounded by a sniper, the army said.", ["One of the soldiers"]),
        # singled out, nothing happened to them: no count
        ("One of the soldiers said the town was quiet.", []),
        ("One of the boats sank near the shore.", []),
    ],
)
def test_one_of_a_group_counts_only_with_what_happened_to_it(text, expected):
    text = normalise(text)
    assert [f.text for f in extract_figures("", text, [], split_sentences(text))] == expected


@pytest.mark.parametrize(
    ("text", "value", "span"),
    [
        ("Five (5) persons were killed in the attack.", 5, "Five (5) persons"),
        ("The kidnappers released three (3) of the victims.", 3, "three (3) of the victims"),
    ],
)
def test_digits_in_brackets_that_repeat_a_number_in_words_belong_to_it(text, value, span):
    f = one(text)
    assert (f.value, f.text) == (value, span)


@pytest.mark.parametrize(
    ("text", "span", "value"),
    [
        ("Some two and a half million people fled.", "two and a half million people", 2500000),
        (
            "The war displaced one and a half million people.",
            "one and a half million people",
            1500000,
        ),
        (
            "Nearly one and a quarter million children are out of school.",
            "one and a quarter million children",
            1250000,
        ),
        (
            "Twenty-one and a half thousand families were displaced.",
            "Twenty-one and a half thousand families",
            21500,
        ),
    ],
)
def test_number_words_with_and_a_half_read_the_part_and_the_scale(text, span, value):
    f = one(text)
    assert span in f.text and f.value == value


@pytest.mark.parametrize(
    "text",
    [
        "Over three and a half years, the team interviewed 1,200 witnesses.",
        "It is a journey of about six and a half hours, and 1,200 passengers made it.",
        "The siege lasted 3 and a half years, and 1,200 people were killed.",
    ],
)
def test_a_duration_with_and_a_half_is_no_figure(text):
    assert one(text).value == 1200
