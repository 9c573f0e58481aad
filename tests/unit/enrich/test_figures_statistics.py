"""The register of statistics reports (UNHCR, IDMC, OCHA, IOM, Eurostat) and the wire
stories written from them: age groups and ratios are no counts, displacements and
deportations are people, a peak is the count before, counts come in brackets after
names, and the bodies that keep the count are its source."""

from __future__ import annotations

import pytest

from .support import figures


def found(text: str) -> list[tuple[int | float | None, str]]:
    return [(f.value, f.category) for f in figures(text)]


def sources(text: str) -> list[str | None]:
    return [f.attribution for f in figures(text)]


@pytest.mark.parametrize(
    ("text", "want"),
    [
        # an age group is no count: "children under five"
        (
            "Some 2.4 million children under five are acutely malnourished, OCHA said.",
            [(2_400_000, "civilians")],
        ),
        ("About 1,100 were children under the age of 15, the charity said.", []),
        ("Under five people were hurt in the blast.", [(5, "injured")]),
        (
            "Of the 3,500 people detained, 600 were under 18, the rights group said.",
            [(3_500, "arrested"), (600, "arrested")],
        ),
        (
            "Young people under 18 make up most of the 4,000 protesters arrested.",
            [(4_000, "arrested")],
        ),
        # a ratio is no count: "one latrine for every 180 people"
        ("There is only one latrine for every 180 people in the camp.", []),
        ("One in every 68 people on Earth has been forced from home.", []),
        # in need, not fed: suffering malnutrition
        (
            "UNICEF expects about 740,000 children to suffer severe acute malnutrition.",
            [(740_000, "civilians")],
        ),
        ("The agency treated 420,000 children for severe acute malnutrition.", [(420_000, "aid")]),
        # a programme's reach is aid; children treated for it sought medical help (the
        # guideline's "injured"; the sets: 39 injured, 27 aid, 11 other)
        (
            "About 4,300 children were treated for severe malnutrition in March.",
            [(4_300, "injured")],
        ),
        (
            "More than 90,000 pregnant women may suffer moderate malnutrition.",
            [(90_000, "civilians")],
        ),
        ("The ministry said 60 people were held pending trial over the riots.", [(60, "arrested")]),
    ],
)
def test_ages_ratios_and_need(text, want):
    assert found(text) == want


@pytest.mark.parametrize(
    ("text", "want"),
    [
        (
            "There were 61.3 million internal displacements worldwide in 2024, IDMC said.",
            [(61_300_000, "displaced")],
        ),
        (
            "The hurricanes prompted about 10.4 million evacuations in the United States.",
            [(10_400_000, "displaced")],
        ),
        ("Germany carried out 20,310 deportations last year.", [(20_310, "returned")]),
        ("The office registered about 11,900 asylum applicants.", [(11_900, "displaced")]),
        # the count at a peak is the same count, earlier
        (
            "IOM said 8.6 million people were internally displaced in June, down from a peak "
            "of 11.3 million in January.",
            [(8_600_000, "displaced"), (11_300_000, "displaced")],
        ),
        # counts in brackets after the names of what they count
        (
            "Some 6.1 million refugees from Ukraine were recorded across Europe. Germany (1.2 "
            "million) and Poland (about 980,000) hosted the most.",
            [(6_100_000, "displaced"), (1_200_000, "displaced"), (980_000, "displaced")],
        ),
        ("He was born in Ghana (1961) and moved to London.", []),
        # where arrivals are kept, where they land, and where people live outside their country
        (
            "More than 5,800 unaccompanied children are in the islands' reception centres.",
            [(5_800, "displaced")],
        ),
        ("About 5,100 migrants landed on Lampedusa over two days.", [(5_100, "displaced")]),
        ("Two people were killed when a rocket landed on a house.", [(2, "killed")]),
        ("Some 230 pilgrims landed at Jeddah on Friday.", [(230, "other")]),
        ("Rescue teams with 120 doctors set off for the quake zone.", [(120, "other")]),
        ("About 7.6 million Venezuelans live outside their country.", [(7_600_000, "displaced")]),
        ("Taliban officials set up 4 reception camps near the border.", [(4, "capacity")]),
        (
            "About 1,400 people who had landed since July would be held for deportation.",
            [(1_400, "arrested")],
        ),
        # "along with" shares the event of the count before, not its noun's category
        (
            "About 1.9 million refugees went home in the first half of the year, along with "
            "4.3 million internally displaced people.",
            [(1_900_000, "returned"), (4_300_000, "returned")],
        ),
        (
            "Over 600,000 South Sudanese returnees had crossed back from Sudan, along with "
            "190,000 Sudanese refugees.",
            [(600_000, "returned"), (190_000, "displaced")],
        ),
        # a place in the figure's own phrase does not hide its aside from its verb
        (
            "About 1.9 million people in Gaza, or 90% of the population, have been displaced.",
            [(1_900_000, "displaced")],
        ),
    ],
)
def test_counts_of_statistics_reports(text, want):
    assert found(text) == want


@pytest.mark.parametrize(
    ("text", "want"),
    [
        (
            "The World Health Organization (WHO) has verified 156 attacks on health care, "
            "which killed at least 1,270 people.",
            ["the World Health Organization (WHO)"] * 2,
        ),
        ("Another 308 were wounded and 125 kidnapped, the database said.", ["the database"] * 2),
        ("The project has recorded more than 24,500 deaths on the route.", ["the project"]),
        ("About 300 people fled, according to R4V.", ["R4V"]),
        ("About 300 people fled, the G7 said.", ["the G7"]),
        ("Rebels (who control the town) killed 12 people, police said.", ["police"]),
    ],
)
def test_who_keeps_the_count(text, want):
    assert sources(text) == want
