"""First-person dispatches and the diplomatic and industry desks (dev223, dev225, dev227): a
city's diary of nights of strikes and a survivor's testimony of an attack this week are news;
what a blast "sounded like" or was "thought" to be is not what it was; an illness fought is
no war; an envoy shot dead is political violence; an empire's colonial killings asked
forgiveness for are history; a blast at a plant that makes explosives is an accident."""

from __future__ import annotations

from .support import tag


def test_a_citys_diary_of_nights_of_strikes_is_news():
    found = tag(
        "Kharkiv diary: 'We have learned to tell a glide bomb from a missile by the sound'",
        "I am writing this in the corridor of our flat at 4am on Saturday. The first explosion "
        "came a little after midnight, then three more within twenty minutes. This week the "
        "regional governor has reported strikes on the city every night, and on Thursday a "
        "printing house near us was hit and seven people were killed. We no longer go down to "
        "the metro, because by the time the alert sounds the bombs are already falling. My "
        "sister in Lviv asks every day when we will leave.",
    )
    assert found.is_conflict


def test_a_survivors_testimony_of_this_weeks_attack_is_news():
    found = tag(
        "'We held the safe-room door shut for eight hours': a kibbutz survivor's testimony",
        "On Saturday morning the sirens started at 6.30, so we went into the safe room with the "
        "children. After the rockets, we heard men shouting in the garden and gunfire in the "
        "house next door. The gunmen tried to open the door, then shot at it, then left. The "
        "army reached us in the evening. Israel calls it the deadliest terror attack in its "
        "history, and every day this week we learn of another neighbour who was killed or taken "
        "into Gaza. We are in a hotel by the Dead Sea now.",
    )
    assert found.is_conflict


def test_a_quake_that_sounded_like_a_bombing_is_a_disaster():
    found = tag(
        "'It sounded like a bombing, then the building folded': an Antakya survivor",
        "At 4.17am the building shook and it sounded like a bombing, then the floors folded "
        "onto each other. I spent 104 hours under the rubble before rescuers reached me. The "
        "earthquake killed more than 50,000 people in Turkey and Syria.",
    )
    assert not found.is_conflict


def test_an_envoy_shot_dead_is_political_violence():
    found = tag(
        "",
        "The country's consul was shot dead outside his home, police said. Detectives are "
        "investigating the murder.",
    )
    assert found.is_conflict


def test_colonial_killings_asked_forgiveness_for_are_history():
    found = tag(
        "German president asks forgiveness for colonial killings on Tanzania visit",
        "Germany's president asked for forgiveness on Wednesday for the killings committed by "
        "German colonial troops during the Maji Maji uprising in what was then German East "
        "Africa. Historians estimate that up to 300,000 people died in the rebellion of "
        "1905-1907, many from hunger after colonial forces burned crops and villages.",
    )
    assert not found.is_conflict


def test_a_blast_at_an_explosives_plant_is_an_accident():
    found = tag(
        "Explosion levels building at Tennessee explosives plant, no survivors found",
        "Investigators were searching on Saturday for the cause of an explosion that destroyed "
        "a building at an explosives manufacturer in rural Tennessee, where none of the 16 "
        "people inside survived. The blast was felt for miles. Bomb technicians were working "
        "slowly because unexploded material was scattered across the site. Federal agents said "
        "there was no indication of a deliberate act.",
    )
    assert not found.is_conflict
