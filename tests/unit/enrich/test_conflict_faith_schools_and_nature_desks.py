"""The religion, education, infrastructure and environment desks (eval/dev322-dev325): their
own war words used loosely (a war on plastic, a statue's beheading, an air-raid drill), the
disasters and crimes they report, and the killings of a community's guards that are
conflict."""

from __future__ import annotations

from .support import tag


def test_a_new_front_in_the_war_on_plastic_is_rhetoric():
    conflict = tag(
        "EU opens new front in war on plastic",
        "The European Parliament voted on Tuesday to ban single-use cutlery and straws, the "
        "latest battle in the war on single-use plastic. Campaigners welcomed the vote, and "
        "manufacturers said they would need two years to adapt.",
    )
    assert conflict.is_conflict is False


def test_a_cloudburst_that_kills_pilgrims_is_a_disaster():
    conflict = tag(
        "Cloudburst near mountain shrine sweeps away pilgrims' tents",
        "At least 12 people were killed and 30 were missing after a cloudburst sent a wall of "
        "water and mud through a camp of pilgrims near the shrine on Friday, officials said. "
        "Soldiers and police searched the debris through the night, and injured pilgrims were "
        "flown to hospitals by army helicopters.",
    )
    assert conflict.is_conflict is False


def test_schools_that_rehearse_an_air_raid_report_no_attack():
    conflict = tag(
        "Schools rehearse air-raid evacuation during national drills",
        "Pupils across the island filed into basements on Wednesday as air-raid sirens "
        "sounded during the annual civil defence exercise, held alongside the military drills. "
        "Police stopped traffic as part of the simulation of a missile attack. Teachers "
        "walked children through first-aid stations and showed them emergency backpacks. The "
        "drills come as the neighbouring military has stepped up exercises around the island.",
    )
    assert conflict.is_conflict is False


def test_statues_beheaded_by_burglars_are_a_crime():
    conflict = tag(
        "Two men arrested over beheaded statues at church",
        "Police arrested two men suspected of breaking into a church and beheading four "
        "statues of saints, the archdiocese said. The men also stole a chalice and cash from "
        "the collection box, and police said they were known for burglary.",
    )
    assert conflict.is_conflict is False


def test_a_navy_destroying_illegal_refineries_polices_oil_theft():
    conflict = tag(
        "Illegal refinery raid: navy destroys 40 sites in creeks",
        "The navy destroyed 40 illegal refining sites and seized three barges laden with "
        "stolen crude in the creeks on Tuesday, a navy spokesman said. Troops arrested nine "
        "suspects during the operation, he said. The navy said it had seized tanks and boats "
        "used to move the oil.",
    )
    assert conflict.is_conflict is False


def test_an_indigenous_guards_leader_shot_dead_by_an_armed_group_is_conflict():
    conflict = tag(
        "Indigenous guard leader shot dead in Cauca",
        "A leader of the indigenous guard who led patrols against illegal logging in the "
        "south-west was shot dead on Sunday near his home, his community said. The regional "
        "indigenous council blamed a FARC dissident group that had threatened the guards. "
        "Two men on a motorbike fired at him as he returned from a community assembly.",
    )
    assert conflict.is_conflict is True
    assert "violence_against_civilians" in {t.tag for t in conflict.tags}
