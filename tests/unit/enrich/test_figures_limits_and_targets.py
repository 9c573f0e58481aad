"""A bare number set as a limit or a goal (dev260, and older sets' targets): a ceiling,
cap or quota of admissions is capacity, a troop ceiling a force; a target counts what the
count it is measured against counts. Other limits stay as they were."""

from __future__ import annotations

from .support import figures, summary


def test_a_refugee_ceiling_and_its_old_value_are_capacity():
    found = summary(
        "The order also cut the refugee ceiling for fiscal 2017 to 50,000 from the 110,000 set "
        "by the previous administration. The ceiling for fiscal 2025 had been 125,000, though "
        "only some 27,000 refugees were admitted."
    )
    assert found == [
        ("50,000", "person", "capacity"),
        ("110,000", "person", "capacity"),
        ("125,000", "person", "capacity"),
        ("some 27,000 refugees", "person", "displaced"),
    ]


def test_a_cap_set_at_a_value_and_a_ceiling_met_are_capacity():
    found = summary(
        "President Joe Biden set the cap on refugee admissions at 125,000 for the 2022 fiscal "
        "year. The United States admitted 84,995 refugees, meeting the ceiling of 85,000. "
        "Ottawa has capped new private sponsorship applications at 15,000 a year."
    )
    assert found == [
        ("125,000", "person", "capacity"),
        ("84,995 refugees", "person", "displaced"),
        ("85,000", "person", "capacity"),
        ("15,000", "person", "capacity"),
    ]


def test_a_troop_ceiling_counts_the_force():
    assert summary("The council raised the troop ceiling to 17,000.") == [
        ("17,000", "person", "combatants")
    ]


def test_a_target_counts_what_the_count_before_it_counts():
    found = summary(
        "The armed forces have about 152,000 volunteer soldiers, short of a target of 169,000. "
        "In Gaza more than 189,000 children were vaccinated in three days, beyond the target "
        "of 156,500."
    )
    assert found == [
        ("about 152,000 volunteer soldiers", "person", "combatants"),
        ("169,000", "person", "combatants"),
        ("more than 189,000 children", "person", "aid"),
        ("156,500", "person", "aid"),
    ]
    targeted = figures("Some 90,000 volunteers signed up, against a target of 50,000.")
    assert [(f.category, f.projected) for f in targeted] == [
        ("combatants", False),
        ("combatants", True),
    ]


def test_a_limit_that_admits_no_people_counts_nothing():
    assert summary("The quota of 400 tonnes was met, and the cap of 12 applies.") == [
        ("400 tonnes", "other", "other")
    ]
    assert summary("The debt ceiling talks dragged on for 12 days. The cap was lifted.") == []
