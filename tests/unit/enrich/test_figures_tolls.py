"""Tolls and tallies: buildings bombed or hit count as housing lost; a verb that has no
passive ("died", "fled") after a count is its main verb, never a reduced relative; places
that house or shelter people hold the displaced; those who remain after a count of
hostages or detainees are still held."""

from __future__ import annotations

import pytest

from .support import categories, figures, sourced, summary


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The network said nine clinics had been bombed since March.",
            [("nine clinics", "structure", "housing")],
        ),
        (
            "More than 400 schools have been hit, the education cluster said.",
            [("More than 400 schools", "structure", "housing")],
        ),
        (
            "The doctors' union said 31 hospitals had been put out of service.",
            [("31 hospitals", "structure", "housing")],
        ),
        (
            "Overnight, 25 mosques were shelled, the ministry said.",
            [("25 mosques", "structure", "housing")],
        ),
    ],
)
def test_buildings_bombed_shelled_or_hit_are_housing_lost(text, expected):
    assert summary(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Three soldiers died during the exchange of fire, the army said.",
            [("Three soldiers", "person", "killed")],
        ),
        (
            "Some 40 policemen perished during the exchange of fire.",
            [("Some 40 policemen", "person", "killed")],
        ),
        (
            "About 120 families fled during the exchange of fire.",
            [("About 120 families", "household", "displaced")],
        ),
    ],
)
def test_a_verb_without_a_passive_after_a_count_is_its_own_event(text, expected):
    assert summary(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Some 40 camps now shelter about 60,000 people, the agency said.",
            [
                ("Some 40 camps", "structure", "capacity"),
                ("about 60,000 people", "person", "displaced"),
            ],
        ),
        (
            "Schools are being used as shelters, housing about 12,000 displaced people.",
            [("about 12,000 displaced people", "person", "displaced")],
        ),
        (
            # housing the noun says nothing
            "About 3,000 households received temporary housing from the government.",
            [("About 3,000 households", "household", "aid")],
        ),
    ],
)
def test_places_that_house_or_shelter_people_hold_the_displaced(text, expected):
    assert summary(text) == expected


def test_those_who_remain_after_a_count_of_hostages_are_still_hostages():
    assert summary(
        "The army says 90 people were abducted in March and about 70 remain in the forest."
    ) == [("90 people", "person", "kidnapped"), ("about 70", "person", "kidnapped")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The toll was revised down to 45 from 49, the civil defence said.",
            [("45", "person", "killed"), ("49", "person", "killed")],
        ),
        (
            "The agency revised the number of displaced people to 1.8 million from 2.1 million.",
            [("1.8 million", "person", "displaced"), ("2.1 million", "person", "displaced")],
        ),
        (
            "Officials said 40 people were killed, raising an earlier toll of 16 given by the "
            "army.",
            [("40 people", "person", "killed"), ("16", "person", "killed")],
        ),
        # the earlier value keeps the toll's category, whatever event words follow it
        (
            "The death toll had risen to 2,946, up from 2,901 on Friday, as rescuers reached "
            "remote hamlets.",
            [("2,946", "person", "killed"), ("2,901", "person", "killed")],
        ),
        (
            "The number of people in shelters fell to 1,200, down from 3,400, as families "
            "returned home.",
            [("1,200", "person", "displaced"), ("3,400", "person", "displaced")],
        ),
    ],
)
def test_a_toll_revised_from_an_earlier_one_counts_both(text, expected):
    assert summary(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Soldiers seized 23 AK-47 rifles.", [("23 AK-47 rifles", "other", "other")]),
        ("Russia lost two T-72 tanks near the town.", [("two T-72 tanks", "other", "other")]),
        (
            "Troops seized 4,512 rounds of ammunition.",
            [("4,512 rounds of ammunition", "other", "other")],
        ),
        ("Strikes damaged 14 apartment blocks.", [("14 apartment blocks", "structure", "housing")]),
        (
            "Five signatories of the peace deal were killed.",
            [("Five signatories", "person", "killed")],
        ),
        ("Police said 30 guests were freed.", [("30 guests", "person", "other")]),
        # rounds of a contest stay a time, not a count
        ("The talks went through three rounds of negotiations.", []),
    ],
)
def test_weapons_by_model_ammunition_blocks_and_more_people_are_counted(text, expected):
    assert summary(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The ship carried 25 seafarers.", [("25 seafarers", "person", "other")]),
        ("Police questioned 40 investigators.", [("40 investigators", "person", "other")]),
        ("The monitor recorded 218 violations.", [("218 violations", "other", "other")]),
        ("Strikes hit three monasteries.", [("three monasteries", "structure", "housing")]),
        # places counted as villages and districts are: provinces, states, cities, countries
        (
            "Police detained people at protests in 38 cities, the monitor said.",
            [("38 cities", "other", "other")],
        ),
        (
            "Schools in 26 provinces will stay closed on Monday.",
            [("26 provinces", "other", "other")],
        ),
        (
            "The force has troops from 50 countries.",
            [("50 countries", "other", "other")],
        ),
        # the people and things of ordinary news
        (
            "More than 47,000 runners started the marathon on Sunday.",
            [("More than 47,000 runners", "person", "other")],
        ),
        (
            "The carmaker said it would cut about 4,000 jobs and close 58 branches.",
            [("about 4,000 jobs", "other", "other"), ("58 branches", "other", "other")],
        ),
        ("Scientists described 224 new species.", [("224 new species", "other", "other")]),
    ],
)
def test_more_counted_people_places_and_things(text, expected):
    assert summary(text) == expected


@pytest.mark.parametrize(
    ("text", "want"),
    [
        (
            "The military said 920 militants, 165 soldiers and 47 civilians had died in the "
            "five-month siege.",
            ["killed", "killed", "killed"],
        ),
        (
            "Officials said 30 fighters, 12 police officers or 8 soldiers were wounded.",
            ["injured", "injured", "injured"],
        ),
        # a list never closed by "and" shares nothing: each keeps its own reading
        (
            "The garrison had 300 soldiers, 40 police officers. Two were wounded.",
            ["combatants", "combatants", "injured"],
        ),
    ],
)
def test_every_count_of_a_list_shares_the_event_after_it(text, want):
    assert categories(text) == want


@pytest.mark.parametrize(
    ("text", "want"),
    [
        (
            "The UN said 115 people were killed in the Gran Grif attack on Pont-Sonde \u2014 98 "
            "men, ten women and seven children \u2014 and that 6,000 residents fled.",
            ["killed", "killed", "killed", "killed", "displaced"],
        ),
        (
            "Ukraine and Russia exchanged 390 prisoners each, 270 soldiers and 120 civilians "
            "on each side, the president said.",
            ["other", "other", "other"],
        ),
        # counts that do not add up to the one before them are no breakdown of it
        (
            "Officials said 50 people were killed, and 20 soldiers and 10 police officers "
            "were deployed to the town.",
            ["killed", "combatants", "combatants"],
        ),
    ],
)
def test_counts_that_add_up_to_the_count_before_them_share_its_category(text, want):
    assert categories(text) == want


@pytest.mark.parametrize(
    ("text", "want"),
    [
        (
            "Roughly 700 residents, eighty of them children, were evacuated from the district.",
            ["displaced", "displaced"],
        ),
        # an aside with a verb of its own is a clause, not a part named in passing
        (
            "Hamas released 33 hostages, eight of whom were dead, officials said.",
            ["kidnapped", "killed"],
        ),
    ],
)
def test_a_part_named_in_an_aside_does_not_cut_the_count_from_its_verb(text, want):
    assert categories(text) == want


def test_the_last_item_of_a_list_shares_the_event_before_the_list():
    text = (
        "Fighters attacked army positions at dawn, killing twelve soldiers, four police "
        "officers and two civilians, a security source said."
    )
    assert categories(text) == ["killed", "killed", "killed"]


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("Mohamed Ali, a teacher, said he had lost 14 relatives in the flood.", ["killed"]),
        ("The rebels said they had lost three of their men in the clashes.", ["killed"]),
        # after a count, or of contact, or of homes, "lost" kills no one
        ("About 5,000 workers lost their jobs when the factory closed.", ["other"]),
        ("Contact has been lost with about 2,000 residents of the district.", ["civilians"]),
        ("About 90,000 people have lost their homes, UNICEF said.", ["displaced"]),
    ],
)
def test_people_lost_are_killed_only_when_the_verb_comes_first(text, want):
    assert categories(text) == want


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Two years after the earthquake, almost 700,000 people still live in container "
            "cities, the agency said.",
            [("almost 700,000 people", "person", "displaced")],
        ),
        (
            "About 2,000 families from the area still live in 31 welfare centres, he said.",
            [
                ("About 2,000 families", "household", "displaced"),
                ("31 welfare centres", "structure", "capacity"),
            ],
        ),
        # living in a town is no shelter
        (
            "About 40,000 people live in the town, the mayor said.",
            [("About 40,000 people", "person", "civilians")],
        ),
    ],
)
def test_people_who_live_in_places_for_the_displaced_are_displaced(text, expected):
    assert summary(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Police said 40 people were killed in the attack. Hospital officials put the "
            "figure at 52.",
            [("40 people", "person", "killed"), ("52", "person", "killed")],
        ),
        (
            "At least 173 social leaders were killed last year, Indepaz said. The "
            "Ombudsman's office gave a lower figure, 136.",
            [("At least 173 social leaders", "person", "killed"), ("136", "person", "killed")],
        ),
        (
            "The envoy said 20,000 refugees had crossed into Chad. The government puts "
            "the number at 35,000.",
            [("20,000 refugees", "person", "displaced"), ("35,000", "person", "displaced")],
        ),
        (
            "The ambassador said 38 people died, rejecting the figure of more than 200 "
            "given by the UN.",
            [("38 people", "person", "killed"), ("more than 200", "person", "killed")],
        ),
    ],
)
def test_a_bare_number_that_restates_a_count_takes_the_count_before_it(text, expected):
    assert summary(text) == expected


def test_a_restated_figure_needs_a_count_to_restate():
    # nothing before says what was counted: the bare number stays unread
    assert summary("Sales rose in the spring. Analysts put the figure at 40.") == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The president said more than 200 people had been killed by the cyclone and "
            "about 100,000 were in 1,200 safety centres.",
            ["killed", "displaced", "capacity"],
        ),
        (
            "The minister said at least 219 people had been killed, and that about 60,000 "
            "were still living in some 300 relief camps.",
            ["killed", "displaced", "capacity"],
        ),
    ],
)
def test_a_bare_count_in_shelters_after_a_toll_is_displaced_not_killed(text, expected):
    assert categories(text) == expected


def test_a_counted_noun_in_a_building_is_not_sheltering_there():
    # with its own noun, a count "in the school" is who was there, not who sheltered there
    assert categories("About 500 pupils were in the school when it was hit.") == ["other"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "More than 1.4 million Afghans had returned from Iran this year. She warned "
            "that the number could reach 3 million by the end of 2025.",
            ["returned", "returned"],
        ),
        (
            "Armed men abducted 150 worshippers from a church, residents said. Police put "
            "the number at about eighty and said three were shot dead.",
            ["kidnapped", "kidnapped", "killed"],
        ),
    ],
)
def test_a_new_value_of_the_count_named_before_keeps_its_category(text, expected):
    assert categories(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        # a count word with a noun of its own, a crowd, a boxing count: nothing restated
        "Storms killed 12 people in Texas. The payrolls figure of 228,000 beat forecasts.",
        "Police said 12 people were arrested. Organisers put the number at 50,000.",
        "Two men were arrested. The champion failed to beat the count of 10.",
        "Three people were injured. Analysts cut their estimate of 40 new listings to 25.",
    ],
)
def test_a_number_that_only_looks_like_a_count_given_again_is_not_one(text):
    assert len(figures(text)) == 1


def test_a_counted_thing_revised_by_analysts_is_counted_once():
    # outlets are counted premises (dev184); "to 25" restates no toll
    got = figures("Three people were injured. Analysts cut their estimate of 40 new outlets to 25.")
    assert [f.text for f in got] == ["Three people", "40 new outlets"]


@pytest.mark.parametrize(
    "text",
    [
        # beds and building sites are no shelters, a return to work no return home
        "Floods killed 9 people, and about 200 were still in hospital beds.",
        "The quake killed 40 workers, and about 300 were in construction sites.",
        "Some 2,000 workers have yet to return to work after the strike.",
    ],
)
def test_beds_building_sites_and_work_are_no_homes_or_shelters(text):
    assert "displaced" not in categories(text)


@pytest.mark.parametrize(
    ("text", "want"),
    [
        (
            "Moldova, a country of 2.5 million people, hosts about 120,000 refugees.",
            ["civilians", "displaced"],
        ),
        (
            "Adre, a border town of 40,000, now hosts over 230,000 refugees.",
            ["civilians", "displaced"],
        ),
        # the population phrase names the number after it, not one before it
        (
            "Ituri has some 1.5 million displaced people, the UN says, in a province of about "
            "5.7 million people.",
            ["displaced", "civilians"],
        ),
    ],
)
def test_a_place_counted_by_its_people_is_its_population(text, want):
    assert categories(text) == want


@pytest.mark.parametrize(
    ("text", "want"),
    [
        # a part of the count that follows it, and a fronted whole
        ("Fourteen of the 17 dead were workers at a garment factory.", [14, 17]),
        ("Of the 26 dead, nine were members of the security forces.", [26, 9]),
        # a bare number a clause refers back to
        ("It said 143 people had died, more than double the 64 it reported on Monday.", [143, 64]),
        ("That is more than the 27,950 who made the crossing in the whole of 2023.", [27950]),
        # the whole of a count of listed things and its part are read, as dev29 counts
        # both; seats are no listed thing
        ("The Arakan Army now controls 14 of the 17 townships.", [14, 17]),
        ("The party won 240 of the 543 seats in the lower house.", []),
    ],
)
def test_parts_and_counts_referred_back_to_are_read(text, want):
    assert [f.value for f in figures(text)] == want


@pytest.mark.parametrize(
    ("text", "want"),
    [
        # a list after a colon breaks down the count before it
        (
            "Gunmen took 163 pupils and teachers from a school on Thursday, the state "
            "government said: 152 pupils and 11 teachers.",
            ["kidnapped", "kidnapped", "kidnapped"],
        ),
        (
            "3,412 people came home on return flights in the first quarter, the agency said: "
            "1,020 from Libya and 2,392 from Niger.",
            ["returned", "returned", "returned"],
        ),
        # a total brings up the last count of its unit, not the boats between
        (
            "More than 1,100 people crossed the Channel in 19 boats on Saturday, the Home "
            "Office said, bringing the total for the year to 31,208.",
            ["displaced", "other", "displaced"],
        ),
        # a toll revised to a count of people of another kind is still a toll
        (
            "The prison service revised the toll from the riot at the Machala prison to 46 "
            "inmates from 31.",
            ["killed", "killed"],
        ),
    ],
)
def test_breakdowns_totals_and_tolls_take_the_count_they_belong_to(text, want):
    assert categories(text) == want


@pytest.mark.parametrize(
    "text",
    [
        "Some 1.6 million children are likely to be acutely malnourished, the office said.",
        "About 58,000 people have lost their crops, the department said.",
        "About 190,000 residents of the worst-hit towns were still without drinking water.",
    ],
)
def test_people_in_need_by_what_they_lack_are_civilians(text):
    assert categories(text) == ["civilians"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "A week later the militia said the dead on its side numbered 41.",
            [("41", "person", "killed")],
        ),
        (
            "The number of refugees who have crossed into the country since March now totals "
            "607,000, the agency said.",
            [("607,000", "person", "displaced")],
        ),
        (
            "The number of people who fled the fighting totalled 12,500 by Sunday.",
            [("12,500", "person", "displaced")],
        ),
    ],
)
def test_a_count_that_totals_or_numbers_a_tally_named_before_it_takes_its_category(text, expected):
    assert summary(text) == expected


@pytest.mark.parametrize(
    ("text", "want"),
    [
        # a name in brackets between the toll and its value
        (
            "The death toll from Typhoon Odette (international name: Rai) rose to 375 on Monday, "
            "the Philippine National Police said.",
            [("375", "killed", "the Philippine National Police")],
        ),
        (
            "The official death toll from Super Typhoon Yolanda (Haiyan) has climbed to 3,976, "
            "the council said.",
            [("3,976", "killed", "the council")],
        ),
        # a day of the month before "to" is no range with the toll's value
        (
            "Five more people died on Monday, taking the toll since the onset of the monsoon on "
            "June 24 to 88, according to the State Emergency Operation Centre.",
            [
                ("Five more people", "killed", "the State Emergency Operation Centre"),
                ("88", "killed", "the State Emergency Operation Centre"),
            ],
        ),
        # ... and days stay a range of dates
        ("Floods from June 3 to 9 killed 12 people.", [("12 people", "killed", None)]),
    ],
)
def test_tolls_past_brackets_and_dates(text, want):
    assert sourced(text) == want


def test_a_tally_of_civilians_killed_counts_the_killed():
    found = summary(
        "The number of civilians killed in clashes with security forces has risen to 49, the "
        "ombudsman said. The number of civilians in the old city has risen to 12,000."
    )
    assert [(f[0], f[2]) for f in found] == [("49", "killed"), ("12,000", "civilians")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The death toll from a Russian strike on two apartment blocks in Ternopil rose to 32.",
            [("32", "person", "killed")],
        ),
        (
            "The death toll from a strike on two buildings in Ternopil rose to 34, including six "
            "children.",
            [("34", "person", "killed"), ("six children", "person", "killed")],
        ),
    ],
)
def test_a_count_inside_the_phrase_after_a_toll_does_not_hide_it(text, expected):
    got = summary(text)
    assert [f for f in got if f[1] == "person"] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The government on Monday raised to 272 the number of civilians killed in Kishishe.",
            [("272", "person", "killed")],
        ),
        (
            "Police arrested another opposition figure on Saturday, bringing to seven the "
            "number of presidential hopefuls detained in recent weeks.",
            [("seven", "person", "arrested")],
        ),
        (
            "The Houthis detained nine more UN staff members on Thursday, bringing to 59 the "
            "number of UN personnel they hold.",
            [
                ("nine more UN staff members", "person", "arrested"),
                ("59", "person", "arrested"),
            ],
        ),
        (
            "Strikes killed two aid workers and wounded five this month, bringing to 14 the "
            "number of humanitarian workers killed this year.",
            [
                ("two aid workers", "person", "killed"),
                ("five", "person", "injured"),
                ("14", "person", "killed"),
            ],
        ),
    ],
)
def test_a_tally_named_after_its_new_value_counts_what_it_names(text, expected):
    assert summary(text) == expected
