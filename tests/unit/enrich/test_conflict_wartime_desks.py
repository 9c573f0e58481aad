"""The other desks of a country at war: a truce that comes into effect, a festival that goes
ahead despite the war, and the news of this week a culture headline does not cover."""

from __future__ import annotations

from .support import explained, tag

_TRUCE = (
    "Truce comes into effect in the south as displaced families head home",
    "A truce between the army and the rebel alliance came into effect at midnight, and by "
    "morning the roads north of the capital were jammed with buses and trucks piled with "
    "mattresses. Families displaced for months set out for their villages, many waving flags "
    "from the windows. The army said it would keep its positions for 30 days while monitors "
    "deployed. Rebel commanders told residents to wait until mines were cleared from the main "
    "roads. A joint committee chaired by the regional bloc will oversee the agreement. Aid "
    "agencies said they would set up water points along the route.",
)
_FESTIVAL = (
    "Jazz festival draws 20,000 to the lakeshore despite the war",
    "More than 20,000 people attended the three nights of the jazz festival, which ended on "
    "Sunday with a concert by a local star, organisers said. Musicians from five countries "
    "performed, and dozens of young people joined workshops on music production. The festival "
    "went ahead despite the war between the army and the rebels in the hills, and police "
    "reinforced checks around the site. Families from the displacement camps were invited to "
    "attend for free. The festival is financed by foundations and local companies. Next year's "
    "edition is planned for February.",
)
_BROKEN = (
    "Ceasefire comes into effect, but shelling kills five hours later",
    "A ceasefire between the army and the rebels came into effect at midnight. Hours later, "
    "shelling killed five civilians in the market town of Kibati on Tuesday, local officials "
    "said. Each side blamed the other. Monitors said they had recorded 40 violations. Aid "
    "agencies said hundreds of families had fled the town again. The mediators called for "
    "restraint.",
)


def test_a_truce_coming_into_effect_with_families_heading_home_is_peace():
    assert not tag(*_TRUCE).is_conflict


def test_a_festival_that_goes_ahead_despite_the_war_reports_none_of_it():
    assert not tag(*_FESTIVAL).is_conflict


def test_a_truce_broken_by_shelling_the_same_day_is_still_news():
    assert tag(*_BROKEN).is_conflict


_PRINTERS = (
    "Publishers count their losses after strike on city printing works",
    "One in every three books printed in the country last year came off the presses of a "
    "single printing house, and on Friday much of it was a charred shell. Russian forces hit "
    "the works with a series of missiles on Thursday, killing seven employees and injuring 22 "
    "others, the regional governor said. Around 50,000 books, including school textbooks, were "
    "burned along with the paper stocks. 'People were at their machines,' said a production "
    "manager, who was in the building when the first missile struck. Several publishers said "
    "their autumn releases would be delayed by months. The book institute announced an "
    "emergency fund to move print runs to other plants. The city has come under frequent "
    "attack since the spring.",
)


def _framed(title: str, text: str) -> float:
    return explained(title, text)[1]["framed"]


def test_a_killing_dated_to_this_week_keeps_a_culture_headline_from_framing_the_story():
    title, text = _PRINTERS
    assert _framed(title, text) == 0.0
    # undated, the same sentence is the background the headline frames
    assert _framed(title, text.replace(" on Thursday", "")) == 1.0
