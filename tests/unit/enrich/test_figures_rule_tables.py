"""The figure rules' phrase tables: alternations expand as the conflict lexicon's do, and
a multiword phrase also matches in its hyphenated one-token form."""

from __future__ import annotations

from pipeline.enrich.figures.rules import PhraseTable


def test_an_alternation_adds_one_phrase_per_choice_and_the_empty_choice():
    table: PhraseTable[str] = PhraseTable()
    table.add("{raised|revised} {its|the} {|death }toll", "report")
    words = "the ministry revised its death toll to 40".split()
    assert table.match_at(words, 2) == (4, "report")
    assert table.match_at("they raised the toll".split(), 1) == (3, "report")
    assert table.match_at("they cut the toll".split(), 1) is None


def test_a_phrase_without_braces_is_added_as_it_is_and_hyphenated():
    table: PhraseTable[str] = PhraseTable()
    table.add("asylum seekers", "displaced")
    assert table.match_at(["asylum", "seekers"], 0) == (2, "displaced")
    assert table.match_at(["asylum-seekers"], 0) == (1, "displaced")
