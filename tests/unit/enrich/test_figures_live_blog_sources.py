"""Sources in live-blog entries: the time stamp that opens an entry ("09.12 BST", "2:15pm:",
"08:30") is neither part of the source nor a number that hides it; a name after a
dateline's dash opens its sentence; officials who "have since said" report; and a
correspondent "reporting from" a place is who speaks."""

from __future__ import annotations

import pytest

from .support import sourced


@pytest.mark.parametrize(
    ("text", "who"),
    [
        (
            "09.12 BST Ihor Klymenko, Ukraine's interior minister, says about 16,000 people "
            "live in the critical zone.",
            "Ihor Klymenko",
        ),
        (
            "2:15pm: Bernardino Rafael, Mozambique's police chief, says 1,534 inmates escaped "
            "from the central prison.",
            "Bernardino Rafael",
        ),
        (
            "08:30 Gérald Darmanin, the interior minister, says 45,000 police officers will be "
            "deployed tonight.",
            "Gérald Darmanin",
        ),
        ("14:32 GMT The FBI now says 14 people were killed in the attack.", "The FBI"),
        (
            "BRASÍLIA — Flávio Dino, the justice minister, said about 1,500 people had been "
            "detained after the riot.",
            "Flávio Dino",
        ),
        (
            "Al Jazeera's Hind Khoudary, reporting from Deir el-Balah, says at least 16 people "
            "were killed in a strike on a school.",
            "Al Jazeera's Hind Khoudary",
        ),
    ],
)
def test_the_speaker_after_a_time_stamp_or_dateline_is_the_source(text, who):
    got = sourced(text)
    assert len(got) == 1
    assert got[0][2] is not None and got[0][2].lower() == who.lower()


def test_the_time_stamp_is_never_a_figure():
    got = sourced("10.40 CET Police say about 500 officers were deployed overnight.")
    assert [(f[0], f[2]) for f in got] == [("about 500 officers", "Police")]


def test_officials_who_have_since_said_report_the_count():
    got = sourced(
        "An earlier version of this post gave the number of missing as 1,100; officials have "
        "since said about 850 people remain unaccounted for."
    )
    assert got[-1] == ("about 850 people", "missing", "officials")


def test_a_count_at_the_start_of_a_sentence_is_no_time_stamp():
    got = sourced("12.5 Tonnes of food reached the camp, officials said.")
    assert all(f[2] != "Tonnes" for f in got)
