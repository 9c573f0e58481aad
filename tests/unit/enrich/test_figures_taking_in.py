"""'Taken in': people a place has taken in are hosted (displaced); people it can take in
are its capacity; people taken in for questioning are detained; a town 'taken in a week'
is no one taken in."""

from __future__ import annotations

import pytest

from .support import figures


def found(text: str) -> list[tuple[int | float | None, str]]:
    return [(f.value, f.category) for f in figures(text)]


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("Moldova has taken in 100,000 Ukrainians since the war began.", [(100_000, "displaced")]),
        (
            "Poland has taken in about 1 million people, the government said.",
            [(1_000_000, "displaced")],
        ),
        ("The town has taken in 40 orphans from the front.", [(40, "displaced")]),
        ("Chad took in more than 600,000 Sudanese refugees last year.", [(600_000, "displaced")]),
        ("The camp can take in 50,000 people.", [(50_000, "capacity")]),
        ("Police said 12 men were taken in for questioning.", [(12, "arrested")]),
    ],
)
def test_what_taking_people_in_makes_of_them(text, want):
    assert found(text) == want


def test_a_count_taken_in_some_time_is_not_a_count_of_people_taken_in():
    text = (
        "The Taliban captured three more provincial capitals on Friday, bringing the number "
        "they have taken in a week to 17."
    )
    assert all(category != "displaced" for _, category in found(text))


@pytest.mark.parametrize(
    ("text", "want"),
    [
        # a hotspot with room for some is holding more: the displaced it holds
        (
            "The Moria hotspot on Lesvos, which has room for about 2,000, was holding 3,150 "
            "people on Monday, police said.",
            [(2000, "capacity"), (3150, "displaced")],
        ),
        # flown on to where they are received, nights spent away from home, a city emptied
        (
            "The government said it would fly about 1,000 migrants to reception centres on the "
            "mainland.",
            [(1000, "displaced")],
        ),
        (
            "About 2,000 people spent another freezing night in a warehouse near the border.",
            [(2000, "displaced")],
        ),
        (
            "Some 4,000 people spent the night with neighbours or in mosques.",
            [(4000, "displaced")],
        ),
        ("Around 300 people spent the rest of the night in the courtyard.", [(300, "displaced")]),
        (
            "Hundreds of families spent nights in their cars, the governor said.",
            [(None, "displaced")],
        ),
        ("Some 8,000 people streamed out of western Mosul on Saturday.", [(8000, "displaced")]),
        # home again: crossed home, arrived back
        (
            "UNHCR said some 1,800 Lebanese had also crossed home through the Arida post.",
            [(1800, "returned")],
        ),
        (
            "A local chief said about 2,000 families had arrived back in the past week.",
            [(2000, "returned")],
        ),
    ],
)
def test_people_held_received_or_home_again(text, want):
    assert found(text) == want
