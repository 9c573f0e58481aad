"""Page furniture: the headlines of related-story links are masked, the length kept."""

from __future__ import annotations

from pipeline.enrich import annotate
from pipeline.enrich.furniture import mask_furniture

from .support import article

_STORY = "Floodwaters forced 12,000 people from their homes in the delta, the disaster agency said."


def test_a_related_headline_on_its_own_line_is_blanked_to_the_line_end():
    text = _STORY + "\nRelated: Junta airstrikes kill 12 in Sagaing monastery\nMore rain is due."
    masked = mask_furniture(text)
    assert len(masked) == len(text)
    assert "Junta" not in masked and "Related" not in masked
    assert masked.startswith(_STORY) and masked.endswith("\nMore rain is due.")


def test_labels_after_a_sentence_and_in_capitals_are_furniture_too():
    for label in ("READ ALSO:", "Read more:", "Also read:", "Related coverage:", "Most read:"):
        text = f"{_STORY} {label} Bandits kill 11, abduct 35 in Zamfara"
        assert mask_furniture(text) == _STORY + " " * (len(text) - len(_STORY))


def test_a_label_inside_a_sentence_or_a_watch_line_is_left_alone():
    for text in (
        "Officials said the related: costs were unclear, and 40 homes were lost.",
        "Watch: Families in Zindajan dug rows of graves for 300 victims on Sunday.",
        "The report, titled Read more: what the data says, counted 40 schools.",
    ):
        assert mask_furniture(text) == text


def test_without_a_line_end_near_the_label_nothing_is_masked():
    # blocks joined by spaces: the headline's end is unknown, the next sentence may follow
    text = "Related: Schools delay term as families arrive from the south " + (
        "Hezbollah said it fired dozens of rockets at military sites in northern Israel. " * 4
    )
    assert mask_furniture(text) == text


def test_the_numbers_of_a_related_headline_are_no_figures_of_the_article():
    text = _STORY + "\n\nRead more: Toll in Kerala rain-related incidents rises to 42"
    figures = annotate(article("Floods in the delta", text)).figures
    assert [f.text for f in figures if f.field == "text"] == ["12,000 people"]


def test_the_mask_ends_where_the_articles_own_text_goes_on():
    # the first sentence end inside the run: the headline ends there
    text = (
        "Read more: Junta extends transition by five years. The government also said 3,000 "
        "displaced people had returned to Djibo this month.\nMore rain is due."
    )
    masked = mask_furniture(text)
    assert masked.startswith(" " * 50) and "The government also said 3,000" in masked
    # a run that ends as a reported sentence is the article's own
    for text in (
        "Top stories: Gunmen killed at least 40 soldiers at an army post, security sources said.",
        "READ ALSO: Tinubu meets governors Gunmen stormed the village on Sunday night, shooting "
        "17 people dead, the commissioner said.",
    ):
        assert mask_furniture(text) == text


def test_a_pipe_after_the_label_is_furniture_and_a_bare_label_line_is_kept():
    text = _STORY + "\nALSO READ | Maoists kill 3 villagers in Bijapur\nMore rain is due."
    assert "Maoists" not in mask_furniture(text)
    bare = _STORY + "\nRelated stories:\nMore rain is due."
    assert mask_furniture(bare) == bare
