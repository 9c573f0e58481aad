"""The English-language press of South Asia and Africa (eval/dev61's register): its names for
insurgents, its night coaches, and the ceremonies, drills and programmes that report no
fighting."""

from __future__ import annotations

import pytest

from .support import tag, tags_of


def test_maoists_who_torch_vehicles_and_beat_workers_are_armed_actors():
    conflict = tag(
        "Naxals set fire to trucks at bridge site",
        "Suspected Naxals set fire to six trucks and an excavator at a bridge construction "
        "site in Gadchiroli district on Sunday night and assaulted two workers, police said. "
        "A search operation was launched in the area.",
    )
    assert conflict.is_conflict is True


def test_petrol_bombs_hurled_at_a_night_coach_are_no_sports_story():
    conflict = tag(
        "Five burnt to death as petrol bombs hit night coach",
        "Five passengers were burnt to death when attackers hurled petrol bombs at a night "
        "coach on the highway during an opposition blockade, police said.",
    )
    assert conflict.is_conflict is True


@pytest.mark.parametrize(
    ("title", "text"),
    [
        (
            "New transport aircraft inducted with water cannon salute",
            "The first two transport aircraft were inducted into the air force at a ceremony "
            "on Monday and received a water cannon salute, the defence ministry said.",
        ),
        (
            "Army stages firepower demonstration for cadets",
            "Troops staged a firepower demonstration for cadets on Saturday, with tanks, "
            "artillery and helicopters, and simulated an assault on an enemy position. The "
            "commander said it showed the combat readiness of the division.",
        ),
        (
            "Former militants complete rehabilitation programme",
            "Forty former militants completed a rehabilitation programme in the regional capital "
            "and were handed over to their families, officials said. The defectors had received "
            "vocational training.",
        ),
    ],
)
def test_ceremonies_drills_and_programmes_report_no_fighting(title, text):
    conflict = tag(title, text)
    assert conflict.is_conflict is False, tags_of(conflict)
