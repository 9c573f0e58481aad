"""Numbers that are never figures, and numbers that are never people."""

from __future__ import annotations

import pytest

from pipeline.enrich.figures import extract_figures
from pipeline.enrich.text import normalise, split_sentences


def figs_title(title: str):
    title = normalise(title)
    return extract_figures(title, "", split_sentences(title), [])


def figs_body(text: str):
    text = normalise(text)
    return extract_figures("", text, [], split_sentences(text))


NONE = [
    # a rate's base, a family's size, a year that begins a name
    "The homicide rate fell to 46 per 100,000 inhabitants last year.",
    "In its shelters there is one toilet per 850 people, the agency said.",
    '"They came at night," said Habiba, a mother of six who arrived last week.',
    "Libya is not a party to the 1951 Refugee Convention, the agency said.",
    "The ICRC marked the anniversary of the 1949 Geneva Conventions.",
    # years
    "Mosul has been in the hands of IS since 2014.",
    "The war began in 2011 and has not ended.",
    "The conflict, which began in March 2011, shows no sign of ending.",
    "Between 2014 and 2016 the group lost most of its territory.",
    "The 2014-2016 offensive was the longest of the war.",
    "By 2030 the city hopes to rebuild.",
    "In the 1990s the region was calm.",
    # dates
    "Security Council Resolution 2334 was adopted on December 23, 2016.",
    "The vote is due on 3 March 2016.",
    "Talks resume on March 3 in Geneva.",
    "The deadline is 12/04/2019.",
    "The attack happened on the 5th of June.",
    # times
    "The blast happened at 10:30 local time.",
    "The curfew begins at 3pm and ends at 6 a.m.",
    "Troops entered the town at 0300 GMT.",
    # ages
    "A man, 34, and a woman, 29, were arrested on suspicion of murder.",
    "The 34-year-old soldier died on Sunday.",
    "The suspects, aged 25 and 31, appeared in court.",
    "John Smith (45) was named as the victim.",
    "The suspect, aged 19, was known to police.",
    # durations
    "He was sentenced to 10 years in prison.",
    "For 18 months, the city has been under siege.",
    "The siege lasted three weeks.",
    "The 10-day ceasefire collapsed.",
    "Fighting has raged for more than two years.",
    # ordinals
    "He was the first journalist to reach the town, and the second to leave.",
    "It is the 3rd attack this month and the 21st this year.",
    # percentages
    "Unemployment rose to 12 percent in March from 9 per cent a year earlier.",
    "Around 70% of the population has fled.",
    "Turnout was 45.5 pct.",
    # money
    "The government approved a $5m aid package and pledged £200 million for reconstruction.",
    "The UN appealed for 2.5 billion dollars in aid.",
    "The fund raised US$ 40,000 in a week.",
    "The deal is worth €300m.",
    "Donors pledged millions of dollars.",
    # phone numbers, addresses, codes, labels
    "Call +44 20 7946 0958 for details.",
    "The ministry is at 10 Downing Street.",
    "Flight MH17 was shot down over Ukraine.",
    "F-16 jets struck the base.",
    "Covid-19 cases rose.",
    "Article 5 of the treaty was invoked.",
    "The convoy took Highway 1 north.",
    "See section 3.2.1 of the report.",
    "The G20 summit opened in Rome.",
    # scores, votes
    "Barcelona won 2-1 at home on Sunday.",
    "The bill passed 52-48 in the Senate.",
    # a set score beside another, however near an event word
    "She won 6-3, 4-6, 7-5 in three hours, reaching her first final.",
    "The champion won 7-6, 6-7, 6-4, reaching the quarter-finals as the fans fled the rain.",
    # counts of things that are no figures
    "The two sides signed the deal, which has three main parts and five points.",
    "The earthquake had a magnitude of 7.8 and struck 10 km deep.",
    "The team scored 3 goals.",
    "The parliament has 120 seats after the 2019 vote.",
    "It was one of the worst attacks in years.",
    "No one was hurt in the incident.",
    "The two sides met in Geneva.",
    "He has visited the camp four times.",
    "The temperature reached 45 degrees.",
    # money in the rupee's, the naira's and the hryvnia's signs; rates per head of population
    "The ministry paid ₹10 lakh to each bereaved family and ₹50,000 to the seriously hurt.",
    "Fares rose to ₴8,000 and ₦45,000 for the trip.",
    "Sweden had the safest roads, with 22 deaths per million inhabitants.",
    "The region recorded 46 murders per 100,000 people last year.",
    "Ireland won the Six Nations championship on Saturday.",
]


@pytest.mark.parametrize("text", NONE, ids=[t[:50] for t in NONE])
def test_not_figures(text):
    assert figs_body(text) == ()


def test_year_next_to_a_real_figure():
    got = figs_body("In 2014, some 2,000 people were killed in the conflict.")
    assert [(f.value, f.category) for f in got] == [(2000, "killed")]


def test_durations_and_real_figures_in_one_sentence():
    got = figs_body(
        "5,000 people have fled in the last 10 days, and 3,000 more in the previous two weeks."
    )
    assert [f.value for f in got] == [5000, 3000]


def test_age_next_to_a_real_figure():
    got = figs_body("The 34-year-old was one of 12 people killed in the attack.")
    assert [(f.value, f.category) for f in got] == [(12, "killed")]


def test_bare_year_like_count_needs_a_noun():
    assert [f.value for f in figs_body("Officials said 2000 people had fled.")] == [2000]
    assert figs_body("The total was 2000.") == ()


def test_percent_and_money_are_never_people():
    text = "Around 70% of the 5,000 people have fled and $2 million was raised for 300 families."
    for f in figs_body(text):
        assert "%" not in f.text and "$" not in f.text
    assert [f.value for f in figs_body(text)] == [5000, 300]


def test_one_needs_its_noun():
    assert figs_body("One of them said the city had fallen.") == ()
    assert [f.value for f in figs_body("One soldier was killed.")] == [1]


def test_title_only_field_works():
    assert [f.field for f in figs_title("Bomb kills 12 in Kabul")] == ["title"]


def test_ages_in_a_list_after_a_real_count():
    got = figs_body("Two men, aged 25 and 31, were arrested.")
    assert [(f.value, f.category) for f in got] == [(2, "arrested")]


def test_a_figure_in_a_short_sentence_after_a_year_is_found():
    from pipeline.enrich.figures import extract_figures
    from pipeline.enrich.text import split_sentences

    text = "The war began in 2015. 5 people were killed."
    figures = extract_figures("", text, [], split_sentences(text))
    assert [(f.value, f.category) for f in figures] == [(5, "killed")]


def test_ages_told_in_a_story_are_no_figures():
    for text in (
        "She was 10 when she was taken. Her family lives in a camp.",
        "The children, some as young as three, had been taken during raids.",
        "The schoolteacher, 55, has been taken into protective custody, police said.",
    ):
        norm = normalise(text)
        assert extract_figures("", norm, [], split_sentences(norm)) == (), text


@pytest.mark.parametrize(
    "text",
    [
        "The girls, abducted at 12, were freed in a raid last year.",
        "Married at 14, she fled the camp with her husband.",
        "He was recruited at 15 and fought with the militia for three years.",
    ],
)
def test_a_bare_number_after_a_life_event_and_at_is_an_age(text):
    assert figs_body(text) == ()


def test_a_count_put_at_a_number_after_a_life_event_word_is_still_a_count():
    got = figs_body("The police put the number abducted at nine, and said three were held.")
    assert [f.value for f in got][:1] == [9]


@pytest.mark.parametrize(
    ("text", "value", "category"),
    [
        ("In Kano 19 people were killed when gunmen attacked a market.", 19, "killed"),
        ("Across Ituri 200 civilians were killed last month.", 200, "killed"),
        ("In South Sudan 40 families fled their villages.", 40, "displaced"),
        ("At Kakuma 500 refugees arrived last week.", 500, "displaced"),
    ],
)
def test_a_count_after_a_place_after_in_is_no_number_in_a_name(text, value, category):
    got = figs_body(text)
    assert [(f.value, f.category) for f in got] == [(value, category)]


def test_a_number_that_ends_a_name_stays_a_label_without_a_counted_noun():
    assert figs_body("Under Resolution 2334 settlements are illegal.") == ()
    assert figs_body("In Section 144 areas gatherings of five were banned.") == ()


def test_in_may_is_the_month_not_the_modal():
    got = figs_body("Gunmen killed 12 people in May, police said.")
    assert [(f.value, f.projected) for f in got] == [(12, False)]
    got = figs_body("Officials said 5,000 people may need aid.")
    assert [(f.value, f.projected) for f in got] == [(5000, True)]


def test_a_ration_of_water_in_litres_is_a_measure_not_water_delivered():
    got = figs_body("People receive about 15 litres of water a day, below the emergency minimum.")
    assert got == ()
    got = figs_body("Oxfam is trucking 1.2 million litres of water a day to the camp.")
    assert [(f.value, f.category) for f in got] == [(1_200_000, "aid")]


@pytest.mark.parametrize(
    "text",
    [
        '"We walked for nine days," said one woman who asked not to be named.',
        "“They took everything we had,” said two residents of the village.",
        "“Nobody came to help us,” added one teacher, who fled with her pupils.",
    ],
)
def test_the_speaker_after_a_quote_is_no_count(text):
    assert figs_body(text) == ()


def test_after_an_apposition_the_reporting_verb_still_reports_a_count():
    text = "The army spokesman, Onyema Nwachukwu, said 26 soldiers were wounded."
    assert [(f.value, f.category) for f in figs_body(text)] == [(26, "injured")]


def test_the_age_someone_died_at_is_no_toll():
    assert figs_body("The veteran actor died at 83 yesterday at his home, his family said.") == ()
    got = figs_body("An earlier count had put the dead at 18.")
    assert [(f.value, f.category) for f in got] == [(18, "killed")]
