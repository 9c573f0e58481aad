"""A lone "one" that a verb of violence strikes counts ("killing one and wounding two").
Who is held again or about to stand trial was held: "rearrested", "face arson charges",
"would be tried". And the numbers listed after one label are all the label's ("Sections 16,
18 and 20"), but not a count in a clause of its own after it ("IPC Phase 5, and 6.7 million
people")."""

from __future__ import annotations

import pytest

from .support import categories, figures, summary


@pytest.mark.parametrize(
    "text",
    [
        "Twelve of those released with him were rearrested at the prison gate, a lawyer said.",
        "In Kitengela, nine people face arson charges.",
        "The justice ministry said 12 people would be tried for undermining state security.",
        "Prosecutors said 30 protesters could be prosecuted.",
    ],
)
def test_held_again_or_to_be_tried_is_arrested(text):
    assert categories(text) == ["arrested"]


@pytest.mark.parametrize(
    "text",
    [
        "So far 17 people have been arrested. They face charges under Sections 16, 18 and 20.",
        "They were charged under Articles 12, 14 or 20.",
    ],
)
def test_every_number_listed_after_a_label_is_the_labels(text):
    assert [f.text for f in figures(text)] == (["17 people"] if "17" in text else [])


@pytest.mark.parametrize(
    ("text", "span"),
    [
        ("About 300,000 people face IPC Phase 5, and 6 million people crisis levels.", "6 million"),
        ("Five journalists were killed, according to Article 19, and 3 are missing.", "3"),
        ("In Phase 2, 40 of the hostages were released.", "40 of the hostages"),
        ("The bus overturned on Highway 1 and 12 of the passengers died.", "12 of the passengers"),
    ],
)
def test_a_count_after_a_labels_number_in_a_clause_of_its_own_stays(text, span):
    assert any(span in s for s, _, _ in summary(text))


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("Guards opened fire on detainees, killing one and wounding two others.", "killed"),
        ("The army said it had detained two saboteurs and killed one.", "killed"),
        ("Gunmen stormed the bus, abducting one, police said.", "kidnapped"),
    ],
)
def test_a_lone_one_struck_by_a_verb_of_violence_counts(text, want):
    assert ("one", "person", want) in summary(text)


def test_one_of_a_group_after_the_verb_is_still_no_count():
    assert summary("The strike killed one of the commanders.") == []


@pytest.mark.parametrize(
    "text",
    [
        "Two boys were hurt; the more seriously injured one, aged 12, was flown to Nairobi.",
        "The new drug will be tried on 300 volunteers.",
    ],
)
def test_a_described_one_and_a_drug_tried_on_volunteers_are_no_arrest_nor_count(text):
    assert all(s != "one" and c != "arrested" for s, _, c in summary(text))
