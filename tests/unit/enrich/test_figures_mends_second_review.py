"""Sources and categories of figures mended after the second probe review of 2026-11-28:
", saying" after a named person, "with officials reporting", earlier counts "given by" a body,
offices that end in "General", report nouns, names that end in a data word or open with a
particle, asides that describe the subject, and counts after a structure count that are people."""

from __future__ import annotations

import pytest

from .support import sourced


def test_saying_after_a_named_person_gives_the_person():
    got = sourced(
        "Opposition leader Bobi Wine addressed supporters in Kampala on Sunday, saying 18 of his "
        "activists had been abducted by security forces."
    )
    assert [(f[1], (f[2] or "").lower()) for f in got] == [
        ("kidnapped", "opposition leader bobi wine")
    ]


@pytest.mark.parametrize(
    ("text", "want"),
    [
        # who reports in an absolute clause after "with"
        (
            "Heavy rain lashed Kerala for a third day, with officials reporting 27 deaths and "
            "4,000 people in relief camps.",
            ["officials", "officials"],
        ),
        (
            "The storm hit at dawn, with witnesses and local officials reporting at least 30 dead.",
            ["witnesses and local officials"],
        ),
        # ... but who they are is still no report
        ("Police detained journalists reporting 22 deaths in the camp.", [None]),
        # a body named with a lower-case service: the whole of it says ", it said"
        (
            "The Ukrainian air force shot down 38 Russian drones overnight, it said on Telegram.",
            ["the Ukrainian air force"],
        ),
        (
            "The Sri Lankan coast guard rescued 40 fishermen on Monday, it said.",
            ["the Sri Lankan coast guard"],
        ),
    ],
)
def test_reporters_in_with_clauses_and_services(text, want):
    assert [f[2] for f in sourced(text)] == want


@pytest.mark.parametrize(
    ("text", "want"),
    [
        # an earlier count given by a source
        (
            "The death toll climbed to 64, up from the 41 initially given by the civil defence.",
            [None, "the civil defence"],
        ),
        (
            "Sudan's ambassador said only 38 people had died, rejecting the figure of more than "
            "200 given by the UN.",
            ["Sudan's ambassador", "the UN"],
        ),
        # ... and only that count: what follows is not its source's
        (
            "Gunmen killed at least 113 people, the local chairman told reporters, raising an "
            "earlier toll of 16 given by the army, and set fire to more than 220 houses.",
            ["the local chairman", "the army", "the local chairman"],
        ),
        # aid given by someone is no report
        ("Food given by WFP reached 3,000 families.", [None]),
    ],
)
def test_earlier_counts_given_by_a_source(text, want):
    assert [f[2] for f in sourced(text)] == want


@pytest.mark.parametrize(
    "office",
    ["Inspector General Usman Anwar", "Inspector General of Police Usman Anwar"],
)
def test_he_stands_for_an_official_whose_office_ends_in_general(office):
    got = sourced(
        f"Police have arrested 3,944 suspects, {office} said on Saturday. He said 500 people "
        "had been released."
    )
    assert [f[2] for f in got] == [office, office]


@pytest.mark.parametrize(
    ("text", "want"),
    [
        # a report named as a noun is no verb with the words before it as subject
        (
            "US Africa Command acknowledged in its latest quarterly report that five civilians "
            "had been killed.",
            ["US Africa Command"],
        ),
        ("The UN estimates that 1.9 million people have fled.", ["the UN"]),
        # a data word that ends a name stays in it
        (
            "Iraq Body Count, which compiles deaths from media reports, recorded 13,187 civilian "
            "deaths across Iraq in 2017.",
            ["Iraq Body Count"],
        ),
        ("UNHCR figures show 3,000 people fled.", ["UNHCR figures"]),
        # "alone" says how much, not who
        ("The city morgue alone registered 9,606 bodies.", ["the city morgue"]),
    ],
)
def test_report_nouns_named_counts_and_alone(text, want):
    assert [f[2] for f in sourced(text)] == want


@pytest.mark.parametrize(
    ("text", "want"),
    [
        # a name whose last part opens with a lower-case particle
        ("Haider al-Abadi said 300 people were killed.", ["Haider al-Abadi"]),
        ("Mohammed al-Hout told reporters 300 people were killed.", ["Mohammed al-Hout"]),
        # asides that describe the subject: a participle, a time, a list inside a clause
        (
            "Haider al-Abadi, then Iraq's prime minister, put the civilian toll at 1,260.",
            ["Haider al-Abadi"],
        ),
        (
            "Gaza's health ministry, run by Hamas, said 2,310 Palestinians were killed.",
            ["Gaza's health ministry"],
        ),
        (
            "The Britain-based monitor, which relies on a network of doctors, activists and "
            "fighters inside the country, said the dead included 13,249 civilians.",
            ["the Britain-based monitor"],
        ),
    ],
)
def test_particle_names_and_descriptive_asides(text, want):
    assert [f[2] for f in sourced(text)] == want


@pytest.mark.parametrize(
    ("text", "want"),
    [
        # people after a structure count stay people (second review of the day)
        ("The storm destroyed 200 homes and 15 remain missing.", ["housing", "missing"]),
        ("The storm destroyed 200 homes and 15 died.", ["housing", "killed"]),
        ("Mobs set fire to 60 shops and 14 were burned alive.", ["housing", "killed"]),
    ],
)
def test_people_after_a_structure_count_after_the_review(text, want):
    assert [f[1] for f in sourced(text)] == want


@pytest.mark.parametrize(
    ("text", "want"),
    [
        # a place before a present-tense report verb: the verb stays one
        (
            "The UN office in the region reports 4,500 new arrivals since Monday.",
            ["the UN office in the region"],
        ),
        (
            "Local officials in the province claim 60 civilians died in the raid.",
            ["local officials in the province"],
        ),
        # a border town is no body
        ("The Sudanese border town of Adre received 12,000 refugees last week, it said.", [None]),
        # reporters among the hurt report nothing
        (
            "Police fired tear gas, with a BBC crew reporting live from the square among 20 "
            "people hurt.",
            [None],
        ),
    ],
)
def test_sources_after_the_second_review(text, want):
    assert [f[2] for f in sourced(text)] == want


def test_he_stands_for_an_office_holder_the_lede_names_without_a_report():
    got = sourced(
        "UN Secretary-General António Guterres visited the camp on Tuesday. He said 3,000 "
        "people had arrived since Monday."
    )
    assert [f[2] for f in got] == ["UN Secretary-General António Guterres"]


def test_staff_in_a_story_of_displacement_are_who_work_there():
    got = sourced(
        "Thousands of families fled the fighting to camps near the town. The organisation, "
        "which has about 600 staff in the province, said it planned to open three more clinics."
    )
    assert [(f[0], f[1]) for f in got] == [
        ("Thousands of families", "displaced"),
        ("about 600 staff", "other"),
        ("three more clinics", "other"),
    ]


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("About 8,000 have been released for lack of evidence, the ministry said.", ["arrested"]),
        ("More than 300 have been pardoned and released since July 2024.", ["arrested"]),
        # hostages released are still who they were
        ("Hamas released 33 hostages on Sunday.", ["kidnapped"]),
    ],
)
def test_who_is_let_go_for_want_of_a_case_was_held(text, want):
    assert [f[1] for f in sourced(text)] == want


@pytest.mark.parametrize(
    "text",
    [
        "About 25,000 families in Dadu district are still living in more than 120 relief camps.",
        "About 4,500 migrants are waiting in Tijuana's 34 shelters, the city's office said.",
    ],
)
def test_people_in_counted_camps_with_a_place_between_are_displaced(text):
    assert [f[1] for f in sourced(text)] == ["displaced", "capacity"]


@pytest.mark.parametrize(
    ("text", "want"),
    [
        (
            "The town, under blockade since 2022, is home to about 270,000 people, most of them "
            "displaced.",
            ["civilians"],
        ),
        (
            "Before the war the city had about 1.5 million residents, including people displaced "
            "by earlier fighting in Darfur.",
            ["civilians"],
        ),
        # a verb that counts the displaced keeps them
        (
            "The convoy carried food for the town, which shelters 270,000 people, most of them "
            "displaced from nearby villages.",
            ["displaced"],
        ),
    ],
)
def test_a_population_with_the_displaced_among_it_is_a_population(text, want):
    assert [f[1] for f in sourced(text)] == want


def test_a_crossing_in_a_story_of_returns_is_a_return():
    text = (
        "More than 310,000 Syrians have gone home from Turkey since December, the interior "
        "ministry said. Thousands more returned through Bab al-Hawa this week. Last week about "
        "7,600 people crossed at Cilvegozu alone."
    )
    assert [f[1] for f in sourced(text)] == ["returned", "returned", "returned"]


@pytest.mark.parametrize(
    "last",
    [
        # the other way, or a move to sites, stays displacement
        "In the other direction, about 3,000 Syrians crossed into Lebanon.",
        "About 1,700 people were moved from Idomeni to army-run sites.",
    ],
)
def test_a_crossing_the_other_way_in_a_story_of_returns_stays_displacement(last):
    text = (
        "More than 310,000 Syrians have gone home from Lebanon since December, officials said. "
        "Thousands more returned through Masnaa this week. " + last
    )
    assert [f[1] for f in sourced(text)][-1] == "displaced"
