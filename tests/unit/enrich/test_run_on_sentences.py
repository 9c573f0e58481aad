"""A table or a list flattened into one line is no sentence: a run past RUN_ON characters
is cut at a clause break, an "and" or a space, so the figure stage's work, which grows with
the square of a sentence's numbers, stays bounded. Every figure of the list is still found,
and sentences of real length are never cut."""

from __future__ import annotations

from pipeline.enrich.text import RUN_ON, normalise, split_sentences

from .support import figures


def _list_of_counts(n: int) -> str:
    return " and ".join(f"{i} people fled" for i in range(1, n + 1)) + "."


def test_a_run_on_list_is_cut_into_pieces_no_longer_than_the_bound():
    text = _list_of_counts(600)
    sentences = split_sentences(text)
    assert len(sentences) > 1
    assert all(len(s.text) <= RUN_ON for s in sentences)
    assert all(text[s.start : s.end] == s.text for s in sentences)


def test_a_run_on_is_cut_before_an_and_so_no_count_loses_its_noun():
    text = _list_of_counts(600)
    found = figures(text)
    assert [f.value for f in found] == list(range(1, 601))
    assert {f.category for f in found} == {"displaced"}


def test_a_run_on_without_breaks_is_cut_at_spaces():
    text = " ".join(["casualties"] * 400)
    sentences = split_sentences(text)
    assert all(len(s.text) <= RUN_ON and " " not in (s.text[0], s.text[-1]) for s in sentences)
    assert " ".join(s.text for s in sentences) == text


def test_a_run_on_word_longer_than_the_bound_is_cut_at_the_bound():
    text = "x" * (RUN_ON * 2 + 5)
    assert [len(s.text) for s in split_sentences(text)] == [RUN_ON, RUN_ON, 5]


def test_a_long_sentence_of_real_news_is_not_cut():
    sentence = normalise(
        "The fighting, which began on Tuesday when RSF units attacked army positions around "
        "the airport, has displaced at least 12,000 people from Babanusa and nearby villages, "
        "killed 40 civilians, including 11 children and a nurse who was on her way to the "
        "hospital, and cut water to the town's 90,000 residents, according to the local "
        "emergency room, which said on Thursday that many of those who fled were sleeping in "
        "the open near El Obeid without food, blankets or medicine and that the roads south "
        "had been closed by checkpoints manned by fighters on both sides, leaving aid convoys "
        "stranded for a week."
    )
    assert len(sentence) > 450
    assert [s.text for s in split_sentences(sentence)] == [sentence]
