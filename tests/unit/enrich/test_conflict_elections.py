"""Political violence at elections (eval/dev59's register): a killing the authorities call a
political assassination is political violence, not an ordinary crime; the phrase in a film
review or a history piece reports no current event."""

from __future__ import annotations

from .support import tag


def test_a_killing_called_a_political_assassination_is_conflict():
    conflict = tag(
        "Lawmaker shot dead at her home",
        "A state lawmaker was shot dead at her home early on Saturday by a man posing as a "
        "police officer, officials said. The governor called it a politically motivated "
        "assassination, and the suspect was arrested after a manhunt.",
    )
    assert conflict.is_conflict is True


def test_the_phrase_in_a_review_or_a_history_is_not():
    assert (
        tag(
            "Film review: a thriller about a political assassination",
            "The director's new film follows a journalist who uncovers a political "
            "assassination in 1970s Rome. The cast is strong and the score is haunting.",
        ).is_conflict
        is False
    )
    assert (
        tag(
            "Thirty years on, a nation remembers a prime minister's assassination",
            "Thousands gathered on Saturday to mark 30 years since the political "
            "assassination of the prime minister at a peace rally in 1995.",
        ).is_conflict
        is False
    )
