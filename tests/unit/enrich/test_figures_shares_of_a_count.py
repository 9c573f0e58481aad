"""A bare count told for a name takes what the sentence or the one before counts (dev272's
statistics): "Germany hosts 1.2 million", "accounted for 8.2 million of them", ", with
3.88 million" at the end of a clause; a rate after "with" is no count."""

from __future__ import annotations

from .support import summary


def test_a_place_that_hosts_a_bare_count_hosts_the_people_counted_before():
    found = summary(
        "Some 6.5 million refugees live in Europe. Germany hosts 1.2 million, the most of any "
        "country, according to the agency."
    )
    assert found == [
        ("Some 6.5 million refugees", "person", "displaced"),
        ("1.2 million", "person", "displaced"),
    ]


def test_a_share_accounted_for_counts_what_the_total_counted():
    found = summary(
        "Floods displaced 32 million people. Pakistan's monsoon floods alone accounted for 8.2 "
        "million of them."
    )
    assert [(f[0], f[2]) for f in found] == [
        ("32 million people", "displaced"),
        ("8.2 million", "displaced"),
    ]


def test_a_count_after_with_ending_its_clause_counts_the_sentences_people():
    assert summary(
        "Syria was the biggest source of refugees, with 3.88 million, ahead of Afghanistan."
    ) == [("3.88 million", "person", "displaced")]


def test_rates_after_with_and_counts_of_other_verbs_stay_uncounted():
    assert summary(
        "About 20,400 people were killed in road crashes. Sweden had the safest roads, with 22 "
        "and 26 deaths per million inhabitants."
    ) == [("About 20,400 people", "person", "killed")]
    assert summary("Some 6.5 million refugees live in Europe. The city spent 1.2 million.") == [
        ("Some 6.5 million refugees", "person", "displaced")
    ]
