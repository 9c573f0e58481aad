"""The mends a probe review of the 2026-11-28 rules asked for: each rule keeps its target and
no longer fires on the near misses the reviewer wrote (ledes in capitals, counts over 120 after
"are over", people walking across a border, a country that opens a sentence, passengers and fans,
an ambiguous "among them", participles of aid, strikes on refineries, tanks called Leopards,
speakers described by a clause, opinions)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from .support import sourced, tag


@pytest.mark.parametrize(
    ("text", "want"),
    [
        # a lede in capitals keeps its cues
        (
            "BREAKING: MORE THAN 5,000 PEOPLE FORCED FROM THEIR HOMES AS FIGHTING SPREADS.",
            ["displaced"],
        ),
        (
            "Over 2,000 Residents Forced From Their Homes As Militias Clash In Jonglei.",
            ["displaced"],
        ),
        # people who cross by themselves, as against the path of an expulsion
        (
            "About 1,500 Venezuelans walked across the border into Colombia on Monday.",
            ["displaced"],
        ),
        (
            "Algeria expelled more than 29,000 migrants across the border near Assamaka.",
            ["returned"],
        ),
        # passengers and fans are who they are; people who spend nights away are displaced
        (
            "Nearly 1,000 passengers spent a freezing night at Heathrow after flights were "
            "cancelled.",
            ["other"],
        ),
        ("About 60,000 fans poured out of Wembley after the final whistle.", ["other"]),
        (
            "About 2,000 people spent another freezing night in a warehouse near the border.",
            ["displaced"],
        ),
        # "them" with two counts of people before it is no part of the nearest
        (
            "Some 5,000 mourners gathered for the funeral of the 14 people killed in the strike, "
            "and 200 uniformed fighters were among them.",
            ["other", "killed", "combatants"],
        ),
        # a participle of aid with a phrase after it is passive: its count received
        (
            "WHO said about 85,000 children vaccinated in the first round would need a second "
            "dose.",
            ["aid"],
        ),
    ],
)
def test_categories_after_the_review(text, want):
    assert [f[1] for f in sourced(text)] == want


def test_a_count_over_an_age_after_are_over_stays():
    got = sourced("The people displaced by the clashes are over 10,000, the administration said.")
    assert [f[0] for f in got] == ["over 10,000"]


@pytest.mark.parametrize(
    ("text", "want"),
    [
        # a country that opens the sentence is no source of ", it said"
        (
            "The ministry of health gave new figures on Sunday. The DRC lost 1,200 people to mpox "
            "this year, it said.",
            ["the ministry of health"],
        ),
        # speakers described by a clause are no count
        (
            "Five witnesses who spoke to AFP said soldiers shot dead at least 20 people.",
            ["Five witnesses"],
        ),
        # an opinion is no report
        ("Parents believe the school's 600 pupils should be moved.", [None]),
    ],
)
def test_sources_after_the_review(text, want):
    assert [f[2] for f in sourced(text)] == want


@pytest.mark.parametrize(
    ("title", "text"),
    [
        (
            "Ryazan refinery ablaze",
            "An explosion at the Ryazan oil refinery overnight followed a Ukrainian drone attack, "
            "the regional governor said, adding that fire crews were fighting the blaze.",
        ),
        (
            "Leopards push toward Robotyne",
            "German-made Leopards attacked Russian positions near Robotyne at dawn, Ukraine's army "
            "said, as fighting intensified along the southern front.",
        ),
        (
            "Wad al-Nourah victims buried",
            "The 27 men shot by RSF fighters in Wad al-Nourah were buried in a mass grave on "
            "Thursday, witnesses said.",
        ),
    ],
)
def test_strikes_tanks_and_killings_stay_conflict(title, text):
    assert tag(title, text).is_conflict


@pytest.mark.parametrize(
    ("title", "text"),
    [
        # captives handed over with their number between the verb and the Red Cross
        (
            "Two hostages handed over",
            "Hamas handed two Israeli hostages to the Red Cross in Khan Younis on Saturday, and "
            "Israel freed 183 Palestinian prisoners under the ceasefire deal.",
        ),
        (
            "Prisoners go home",
            "The rebels released 40 captured soldiers to the ICRC at a crossing point on Monday.",
        ),
        # munitions that blow up while being destroyed: their own blast is no strike
        (
            "",
            "Expired army ammunition exploded at a depot in Brazzaville while soldiers were "
            "destroying it, injuring 20 people nearby, the government said.",
        ),
        (
            "",
            "Expired ammunition exploded at a military camp outside Lagos as it was being "
            "destroyed, killing three soldiers, the army said.",
        ),
    ],
)
def test_handovers_and_expired_munitions_are_no_violence(title, text):
    assert not tag(title, text).is_conflict


def test_a_handover_beside_a_killing_stays_conflict():
    text = (
        "Hamas handed the bodies of two hostages to the Red Cross on Thursday, hours after an "
        "Israeli airstrike killed 30 people in Jabalia, the civil defence said."
    )
    assert tag("Bodies handed over", text).is_conflict


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
        ("UNHCR figures show 3,000 people fled.", ["UNHCR"]),
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


def test_a_disposal_blast_with_soldiers_among_the_dead_is_an_accident():
    text = (
        "Thirteen people, four of them soldiers, were killed when expired ammunition exploded "
        "during a disposal operation by the army at a beach in Garut on Monday, the military "
        "said. Villagers who gather scrap metal from the casings were among the dead."
    )
    assert not tag("Ammunition disposal blast kills 13 in West Java", text).is_conflict


def test_a_strike_on_an_ammunition_depot_stays_conflict():
    text = (
        "A Ukrainian drone strike set off a huge explosion at an ammunition depot in Toropets "
        "overnight, killing two soldiers, the regional governor said."
    )
    assert tag("Drone strike hits Russian ammunition depot", text).is_conflict


@pytest.mark.parametrize(
    ("title", "text"),
    [
        (
            "China stages drills around Taiwan",
            "China's military began a second day of large-scale exercises around Taiwan, "
            "practising a blockade of key ports and strikes on energy facilities with live fire.",
        ),
        ("", "Israeli jets simulated strikes on Iran in a drill over the Mediterranean."),
    ],
)
def test_what_drills_rehearse_is_no_event(title, text):
    assert not tag(title, text).is_conflict


def test_a_strike_beside_a_rehearsed_one_stays_conflict():
    text = (
        "Russian forces practised strikes on airfields last week, then hit Kharkiv with missiles "
        "overnight, killing 12 people, the governor said."
    )
    assert tag("Missiles hit Kharkiv", text).is_conflict


def test_a_candidate_shot_in_the_active_voice_is_violence_against_a_civilian():
    text = (
        "A gunman shot Senator Julián Arbeláez, a presidential hopeful of the opposition, twice "
        "in the head as he addressed supporters in a park in Bogotá on Saturday, police said. A "
        "15-year-old suspect was arrested at the scene. The defence minister said investigators "
        "were looking into whether an armed group had paid for the attack."
    )
    verdict = tag("Colombian presidential hopeful shot at Bogotá rally", text)
    assert verdict.is_conflict
    assert "violence_against_civilians" in {h.tag for h in verdict.tags}


def test_a_player_shot_in_the_active_voice_is_no_politics():
    text = "The striker shot the ball past the keeper in the 89th minute to win the derby."
    assert not tag("Late winner settles derby", text).is_conflict


def test_rebels_entering_a_city_report_the_war():
    text = (
        "More than 30,000 people crossed from Congo into Burundi in three days after M23 rebels "
        "and their allies entered the lakeside city of Uvira, the UN refugee agency said."
    )
    assert tag("Thousands cross into Burundi", text).is_conflict


def test_allies_entering_talks_are_no_advance():
    assert not tag("", "Opposition allies entered the talks on Monday.").is_conflict


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


def test_an_art_show_about_a_war_is_no_report_of_it():
    # the whole article of dev137 je0002 (a short excerpt with only the war's words still
    # scores above the threshold: fiction halves the strong cues of its sentences)
    record = next(r for r in _load_conflict("dev137") if r["id"] == "je0002")
    assert not tag(record["title"], record["text"]).is_conflict


def _load_conflict(name: str) -> list[dict]:
    path = Path(__file__).resolve().parents[3] / "eval" / name / "conflict.jsonl"
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]


@pytest.mark.parametrize(
    "text",
    [
        "A Russian missile struck an exhibition centre in Kyiv, killing three people.",
        "An artist was killed when a Russian drone hit his studio in Kharkiv on Monday.",
    ],
)
def test_strikes_on_venues_and_artists_stay_conflict(text):
    assert tag("", text).is_conflict


@pytest.mark.parametrize(
    ("title", "text"),
    [
        (
            "Correction: Obolon blast caused by gas, not a drone",
            "We earlier reported an explosion in a residential building in Kyiv as a possible "
            "drone strike. Emergency services now say it was caused by a gas leak, and there "
            "was no air raid alert at the time. Two people were injured.",
        ),
        (
            "Reeves defends budget 'raid' on pensions",
            "The chancellor has defended her budget against accusations that it amounts to a "
            "raid on pension savers. The opposition said it would fight the measures line by "
            "line.",
        ),
    ],
)
def test_gas_blasts_and_budget_raids_are_no_war(title, text):
    assert not tag(title, text).is_conflict


def test_a_reaction_that_says_the_enemy_wants_no_peace_keeps_the_strike():
    text = (
        "Ukraine's president has reacted to the overnight attack, in which Russia fired more "
        "than 40 missiles and nearly 600 drones, killing four members of one family in Lviv. "
        '"Every such strike shows Moscow is not interested in peace," Volodymyr Zelensky '
        "wrote, urging allies to speed up deliveries of air defence systems."
    )
    title = "Zelensky: 'Every such strike shows Moscow is not interested in peace'"
    assert tag(title, text).is_conflict
