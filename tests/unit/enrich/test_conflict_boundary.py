"""The boundary of organised violence: what the authorities treat as terrorism and attacks
on politicians are conflict, whatever crime words surround them; accidents with
explosives, poachers, foiled plots, criminal networks, metaphors, vigils and fighters laying
down their arms are not."""

from __future__ import annotations

import pytest

from .support import tag, tags_of


def test_crime_words_do_not_hide_what_prosecutors_call_terrorism():
    found = tag(
        "Attacker at Munich market charged",
        "A man drove into shoppers at a market in Munich, killing two and wounding 30, "
        "police said. Prosecutors charged the suspect with murder and membership of a "
        "terrorist organisation; counter-terrorism officers searched his flat.",
    )
    assert found.is_conflict and "terrorism" in tags_of(found)


def test_a_candidate_shot_at_a_rally_is_violence_against_civilians():
    found = tag(
        "Candidate shot dead after rally",
        "A candidate for the provincial assembly, who had denounced the local militias, was "
        "shot dead as he left a rally, police said.",
    )
    assert found.is_conflict and "violence_against_civilians" in tags_of(found)


@pytest.mark.parametrize(
    ("title", "text"),
    [
        (
            "Explosives kill four at limestone quarry",
            "Four workers died when explosives detonated early at a limestone quarry, police "
            "said. The owner was charged with breaching safety rules.",
        ),
        (
            "Two soldiers killed in training accident",
            "Two soldiers were killed when a mortar round fell short at a firing range, the "
            "army said.",
        ),
        (
            "Old mine kills farmer",
            "A farmer was killed when his plough struck a mine left over from the civil war, "
            "a mine action group said. Explosive remnants still cover the district.",
        ),
        (
            "Rangers kill two rhino poachers",
            "Two suspected poachers were shot dead in an exchange of fire with rangers in the "
            "park, and a rifle was recovered, the parks agency said.",
        ),
        (
            "Police arrest men suspected of planning attack on church",
            "Police detained three men suspected of planning an attack on a church with "
            "knives and firebombs. No weapons were found.",
        ),
        (
            "Blast damages flats as criminal networks feud",
            "An explosion damaged the entrance of a block of flats overnight, and police "
            "said it was part of a conflict between criminal networks that has brought a wave "
            "of bombings.",
        ),
        (
            "President declares war on the cartels",
            "The president said the country was at war with the drug cartels and would send "
            "more troops to the border, in a speech to officers.",
        ),
        (
            "Opposition kills the bill in a late-night ambush",
            "Opposition senators forced a surprise vote that killed the bill, in what the "
            "minister called a hit job.",
        ),
        (
            "Hornet invasion alarms beekeepers",
            "Beekeepers reported a record number of nests of the invasive hornet, which "
            "attacks honeybees.",
        ),
        (
            "Soldiers join battle against wildfires",
            "Soldiers and firefighters fought flames on three fronts, and thousands of "
            "residents were evacuated, the civil protection agency said.",
        ),
        (
            "Police detain anti-war protesters at St Petersburg vigil",
            "Police detained 20 people who laid flowers at a monument to protest against the "
            "war, a rights group said. They had come to lay flowers for victims of a missile "
            "strike on Odesa.",
        ),
        (
            "PKK fighters burn their rifles",
            "About 30 fighters of the Kurdistan Workers' Party laid down and burned their "
            "rifles at a cave in northern Iraq, in a first step towards ending the group's "
            "armed struggle.",
        ),
    ],
)
def test_accidents_poachers_plots_gangs_metaphors_vigils_disarming_are_not_conflict(title, text):
    assert not tag(title, text).is_conflict


def test_a_ship_hijacked_with_its_crew_held_and_a_mob_killing_are_conflict():
    ship = tag(
        "Houthis hijack tanker and hold crew",
        "Houthi fighters landed on the tanker by helicopter and sailed it to Hodeidah, where "
        "its 23 crew members are held, the operator said.",
    )
    assert ship.is_conflict and "violence_against_civilians" in tags_of(ship)
    mob = tag(
        "Mob beats two men to death in Assam",
        "A mob of villagers beat two men to death after accusing them of stealing cattle, "
        "police said. Four people were arrested.",
    )
    assert mob.is_conflict and "violence_against_civilians" in tags_of(mob)
    # a debate hijacked is no hijacking
    assert not tag(
        "Opposition hijacks the budget debate",
        "Opposition lawmakers hijacked the budget debate with a motion on housing.",
    ).is_conflict


@pytest.mark.parametrize(
    ("title", "text"),
    [
        (
            "Lightning kills 12 in Uttar Pradesh",
            "Lightning strikes killed 12 people in three districts on Sunday, most of them "
            "farmers, officials said.",
        ),
        (
            "Army chiefs speak on hotline",
            "The directors general of military operations of the two countries spoke by "
            "telephone and agreed to keep respecting the ceasefire, the army said.",
        ),
        (
            "Cup semi-final: River and Boca in war of nerves",
            "River Plate and Boca Juniors fought out a 0-0 draw in the first leg of the "
            "semi-final. Boca's defence held under a late bombardment.",
        ),
        (
            "Police raid call-centre fraud ring",
            "Police raided an office used by an online fraud ring near the border and detained "
            "80 people, many of whom said they had been forced to work there.",
        ),
        (
            "Army foils smuggling attempt",
            "The army said it had stopped an attempt to smuggle 2 million captagon pills across "
            "the border, seizing the drugs after the smugglers fled back across the frontier. "
            "No one was hurt.",
        ),
    ],
)
def test_lightning_titles_sport_legs_fraud_raids_and_fleeing_smugglers_are_not_conflict(
    title, text
):
    assert not tag(title, text).is_conflict


@pytest.mark.parametrize(
    ("title", "text"),
    [
        (
            "Troops trade fire on the border",
            "Border troops of the two countries exchanged heavy fire along the frontier on "
            "Monday, and two soldiers were wounded, officials said.",
        ),
        (
            "Police raid on favela leaves 12 dead",
            "A police raid on a favela in the north of the city left 12 people dead after "
            "gunmen opened fire on officers, residents said.",
        ),
        (
            "Exodus after lightning offensive",
            "More than 50,000 people have fled the region since the army's lightning offensive "
            "last week, officials said.",
        ),
    ],
)
def test_fire_exchanged_raids_on_a_place_and_lightning_offensives_are_conflict(title, text):
    assert tag(title, text).is_conflict


@pytest.mark.parametrize(
    ("title", "text"),
    [
        (
            "Candidates trade fire over economy",
            "The two candidates traded fire over tax policy and immigration in a heated debate "
            "on Tuesday.",
        ),
        (
            "Programme graduates 500 repentant fighters",
            "The army's rehabilitation programme has graduated 500 repentant former members of "
            "the armed group after a course of deradicalisation and vocational training. They "
            "will be handed over to their states for reintegration.",
        ),
        (
            "Court sentences two over 2019 hotel attack",
            "An anti-terrorism court sentenced two men to death on Tuesday for helping plan the "
            "2019 hotel bombing in which 21 people were killed. A third was acquitted.",
        ),
        (
            "Ministry approves new strike drone",
            "The defence ministry has codified a new domestically built long-range strike drone, "
            "its press service said. Manufacturers can produce it in large numbers.",
        ),
        (
            "Police seize drugs in warehouse raid",
            "Police seized 200 kg of methamphetamine and arrested five men in a raid on a "
            "warehouse, the police chief said. The syndicate had been smuggling drugs abroad.",
        ),
    ],
)
def test_political_sparring_reintegration_courts_procurement_and_drug_raids_are_not_conflict(
    title, text
):
    assert not tag(title, text).is_conflict


@pytest.mark.parametrize(
    ("title", "text"),
    [
        (
            "Enemy air aggression targets sites near the capital",
            "The enemy carried out an air aggression shortly after midnight, targeting a number "
            "of sites near the capital, a military source said. Our air defences intercepted "
            "some of the hostile missiles.",
        ),
        (
            "Regime in lightning collapse as rebels enter capital",
            "Rebels entered the capital on Sunday after a lightning offensive, and fighting was "
            "reported near the airport.",
        ),
        (
            "Shells hit city centre",
            "Residents scampered for cover as shells hit the city centre, killing 3 people.",
        ),
        (
            "Boy loses second leg",
            "A boy who lost one leg in an air strike last year lost his second leg in another "
            "strike on the town, his family said.",
        ),
    ],
)
def test_state_media_aggressions_and_war_words_near_sport_or_weather_words_are_conflict(
    title, text
):
    assert tag(title, text).is_conflict


@pytest.mark.parametrize(
    ("title", "text"),
    [
        (
            "Ceasefire with guerrilla group takes effect",
            "A six-month ceasefire between the government and the guerrilla group took effect at "
            "midnight. Both sides said they would suspend attacks and offensive operations.",
        ),
        (
            "Pipeline blast kills dozens as villagers collect fuel",
            "An explosion at a fuel pipeline tapped by thieves killed at least 40 people as "
            "residents collected leaking petrol in buckets, officials said.",
        ),
        (
            "Army apologises to mothers for killings of their sons",
            "The army commander apologised to the mothers of young men killed by soldiers in the "
            "2000s and falsely presented as guerrillas killed in combat.",
        ),
    ],
)
def test_a_truce_an_accident_and_an_apology_for_old_killings_are_not_conflict(title, text):
    assert tag(title, text).is_conflict is False


@pytest.mark.parametrize(
    ("title", "text"),
    [
        (
            "Girl killed by stray bullet from wedding gunfire",
            "A 10-year-old girl died on Saturday after being hit by a stray bullet fired into "
            "the air at a wedding in a neighbouring street, the interior ministry said. Police "
            "arrested two men and seized a rifle.",
        ),
        (
            "Army's guns and rockets pound desert ranges in long-range firing exercise",
            "The army's artillery regiments fired howitzers and rockets at the field firing "
            "ranges this week during an exercise to test long-range precision fire, the army "
            "said on Friday.",
        ),
    ],
)
def test_celebratory_gunfire_and_firing_ranges_are_no_attack(title, text):
    assert not tag(title, text).is_conflict


@pytest.mark.parametrize(
    ("title", "text"),
    [
        (
            "Furnace explosion at nickel smelter kills 11 workers",
            "Eleven workers were killed and dozens injured when a furnace exploded at a nickel "
            "smelter on Sunday, the company said. Slag ignited material nearby and set off "
            "explosions in oxygen tanks, a spokesman said. Unions said it was the latest of "
            "several deadly accidents at the industrial park.",
        ),
    ],
)
def test_a_plants_own_blasts_and_tanks_are_an_accident(title, text):
    conflict = tag(title, text)
    assert conflict.is_conflict is False, conflict
