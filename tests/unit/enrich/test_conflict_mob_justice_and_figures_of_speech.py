"""Words of violence in other senses, from the national press: a crowd that kills suspected
thieves is mob justice, a crime; a "political lynching", a "political war", fans who invade
a pitch, the laws of armed conflict, light attack aircraft, a getaway car, "fighting crime"
and "former frontline areas" are no violence. A mob that
kills for a victim's faith, and armed men who lynch an informer, stay violence."""

from __future__ import annotations

import pytest

from .support import tag


@pytest.mark.parametrize(
    ("title", "text"),
    [
        (
            "Two suspected thieves lynched by irate residents in Kisii",
            "The two were caught breaking into a shop at about 4am and were chased down by "
            "boda boda riders. The police commander said officers arrived too late to save the "
            'men. "We condemn mob justice in the strongest terms," he said.',
        ),
        ("", "An irate mob lynched two suspected phone thieves in Kibera on Sunday."),
        (
            "MPs impeach deputy president as allies cry 'political lynching'",
            "He accused his rivals in the government of waging a political war against him. "
            '"This is not impeachment; it is a political lynching aimed at finishing me," he '
            "told MPs.",
        ),
        (
            "Police fire tear gas as fans invade pitch after loss",
            "Policemen on Sunday fired tear gas to disperse fans who invaded the pitch at the "
            "stadium after the home side lost the league match.",
        ),
        (
            "Five men shot dead at car wash as community's murder toll passes 100",
            "The killings bring the number of Arab citizens murdered this year to 101, in a "
            "wave of crime blamed on feuding crime families. Police said two gunmen opened fire "
            "and fled in a car that was later found torched. The minister called for the "
            "security service to be involved in fighting crime in Arab communities.",
        ),
        (
            "Remains of 150 martyrs return home as Iran marks war anniversary",
            "The remains were returned through the border crossing on Thursday. Iran says "
            "thousands of its soldiers are still missing from the 1980-1988 war, and teams "
            "search for mass graves in former frontline areas.",
        ),
        (
            "Air force inducts six light attack aircraft",
            "The air force on Tuesday inducted six A-29 Super Tucano light attack aircraft into "
            "its fleet at a ceremony. Crews received training on the laws of armed conflict.",
        ),
    ],
)
def test_violent_words_in_other_senses_are_no_conflict(title, text):
    assert not tag(title, text).is_conflict


@pytest.mark.parametrize(
    "text",
    [
        "A mob lynched two Muslim men accused of carrying beef in Jharkhand, police said.",
        "Gunmen killed 12 villagers and lynched a suspected informer, residents said.",
    ],
)
def test_a_crowd_that_kills_for_faith_or_gunmen_who_lynch_stay_violence(text):
    assert tag("", text).is_conflict
