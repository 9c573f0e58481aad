"""Sources named through the data they gave: a long body's name counts as one word of the
phrase after "according to" ("a provisional count of the Ministry of the Interior"), and data
given to someone name no giver ("figures presented to the World Health Assembly": the
assembly heard them, the subject of the sentence counted them)."""

from __future__ import annotations

import pytest

from .support import sourced


@pytest.mark.parametrize(
    "text",
    [
        "At least 14 people were killed, according to a provisional count of the Ministry of "
        "the Interior.",
        "At least 14 people were killed, according to a provisional count by the Ministry of "
        "the Interior.",
    ],
)
def test_a_long_name_after_a_count_is_the_source(text):
    assert sourced(text) == [("At least 14 people", "killed", "the Ministry of the Interior")]


def test_the_words_before_a_name_still_bound_the_phrase():
    got = sourced(
        "At least 14 people were killed, according to a count that was kept by several "
        "local volunteers in the town."
    )
    assert got[0][2] != "a count that was kept by several local volunteers in the town"


def test_data_presented_to_an_assembly_leave_the_subject_as_the_source():
    got = sourced(
        "WHO's Surveillance System recorded 1,521 attacks in 2023, killing 751 people, "
        "according to figures presented to the World Health Assembly on Monday."
    )
    assert [f[2] for f in got] == ["WHO's Surveillance System"] * 2


def test_data_given_to_a_newsroom_by_a_body_are_the_bodys():
    got = sourced(
        "At least 30 people died, according to figures provided to Reuters by the health ministry."
    )
    assert got == [("At least 30 people", "killed", "the health ministry")]


def test_suspected_and_confirmed_cases_are_no_report_of_the_sentences_subject():
    got = sourced(
        "Lebanon's first cholera outbreak in decades has reached more than 4,000 suspected and "
        "confirmed cases and 20 deaths in six weeks, according to the health ministry."
    )
    assert [f[2] for f in got] == ["the health ministry", "the health ministry"]


def test_a_sentence_opened_by_according_to_is_that_sources_count():
    got = sourced(
        "According to the World Health Organization, Afghanistan recorded more than 75,000 "
        "suspected measles cases and nearly 400 deaths in 2022."
    )
    assert [f[2] for f in got] == ["the World Health Organization"] * 2


def test_a_speaker_inside_the_according_to_sentence_still_speaks():
    got = sourced("According to the agency, the governor said 300 families had fled the fighting.")
    assert got[0][2] == "the governor"


def test_a_monitor_that_logged_a_count_gave_it():
    got = sourced("The Yemen Data Project logged more than 25,000 air raids between 2015 and 2022.")
    assert got == [("more than 25,000 air raids", "other", "the Yemen Data Project")]
