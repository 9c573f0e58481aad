"""Who speaks when the sentence wraps its source in a clause: a subordinate clause before the
subject ("After the army claimed ..., the rebel spokesman ... but said"), an aside after it
("The governor of Borno State, Babagana Zulum, visited ... but said"), "its teams" inside
what a body said, and an agency named for what it deals with ("the provincial disaster
authority"). Also a count after an island's name ("on Lesbos 12 bodies")."""

from __future__ import annotations

from .support import sourced


def test_a_clause_before_the_subject_does_not_give_the_source_after_but():
    got = sourced(
        "After the army claimed 40 rebels had been killed, the rebel spokesman denied any "
        "losses but said 300 soldiers had been captured."
    )
    assert got == [
        ("40 rebels", "killed", "the army"),
        ("300 soldiers", "arrested", "the rebel spokesman"),
    ]


def test_the_name_in_an_aside_after_the_subject_speaks_after_but():
    got = sourced(
        "The governor of Borno State, Babagana Zulum, visited the camp on Friday but said "
        "5,000 families there still lacked shelter."
    )
    assert [f[2] for f in got] == ["Babagana Zulum"]


def test_a_subject_before_a_relative_aside_speaks_after_but_warned():
    got = sourced(
        "Fatima Bello, who lost two sons in the attack, buried them on Friday but warned that "
        "12 other boys from the village were still missing."
    )
    assert got[-1] == ("12 other boys", "missing", "Fatima Bello")


def test_its_teams_inside_what_a_body_said_leave_the_body_as_the_source():
    got = sourced(
        "Mercy Corps said its teams in Djugu territory had registered 4,200 newly displaced "
        "households in a week. Another 1,300 households arrived in Bunia on Sunday alone, it "
        "said."
    )
    assert [f[2] for f in got] == ["Mercy Corps", "Mercy Corps"]


def test_its_officer_as_the_subject_of_its_own_report_stays_the_source():
    got = sourced("Its director said about 200 patients were being treated at the clinic.")
    assert [f[2] for f in got] == ["Its director"]


def test_an_agency_named_for_disasters_keeps_its_whole_name_after_where():
    got = sourced(
        "Temperatures reached 51°C in Jacobabad, where the provincial disaster authority said "
        "1,200 people were treated for heatstroke."
    )
    assert [f[2] for f in got] == ["the provincial disaster authority"]


def test_a_count_after_an_islands_name_on_which_it_happened_is_a_figure():
    got = sourced(
        "Some 300 migrants were rescued off Lampedusa on Sunday, according to the Italian "
        "coast guard, while on Lesbos 12 bodies washed ashore, Greek police said."
    )
    assert ("12 bodies", "killed", "Greek police") in got


def test_a_name_that_ends_in_a_number_after_on_is_still_a_label():
    assert sourced("The bill passed on Resolution 2334 votes in the chamber.") == []


def test_the_name_in_an_aside_after_a_common_noun_office_speaks_after_but():
    got = sourced(
        "The head of the camp, Ahmed Yusuf, said 3,000 families had arrived but cautioned "
        "that 500 more were on the road."
    )
    assert [f[2] for f in got] == ["Ahmed Yusuf", "Ahmed Yusuf"]


def test_an_office_with_a_place_and_no_aside_still_speaks_after_but():
    got = sourced("The police in Kano confirmed the attack but said 11 people had died.")
    assert got == [("11 people", "killed", "the police in Kano")]
