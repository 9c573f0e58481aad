"""The document score: weighted features read from [scoring.document], and the violence
found after the lead of an article of a few sentences counted as its background."""

from __future__ import annotations

from pipeline.enrich.conflict_evidence import FEATURES
from pipeline.enrich.rules import Rules

from .support import explained, tag

# A health story of seven sentences that names an attack of last year after its lead.
_CAMPAIGN = [
    "Health workers began a two-week measles vaccination campaign on Monday, aiming to reach "
    "3 million children under five.",
    "The ministry said cold chains had been extended to 40 new clinics this year.",
    "Mothers queued outside health posts from early morning in several towns.",
    "Community radio stations broadcast messages in six languages.",
    "In the north-east, where insurgents attacked two health convoys last year and killed four "
    "vaccinators, teams travel with local guides.",
    "Officials said the campaign would be followed by a polio round in March.",
]
_ATTACK = (
    "Insurgents attacked a health convoy in the north-east on Monday, killing four vaccinators "
    "and a driver, officials said."
)


def test_an_attack_named_after_the_lead_of_a_short_article_is_its_background():
    found = tag("Measles vaccination drive reaches remote districts", " ".join(_CAMPAIGN))
    assert not found.is_conflict


def test_the_same_article_leading_with_an_attack_is_conflict():
    text = " ".join([_ATTACK, *_CAMPAIGN[1:4]])
    assert tag("Insurgents kill four vaccinators in north-east", text).is_conflict


def _scored(title: str, text: str, rules: Rules) -> tuple[float, dict[str, float]]:
    found, features = explained(title, text, rules)
    return found.score, features


def test_the_score_weighs_the_features_with_the_weights_of_the_rules():
    data = Rules.load().data
    title, text = "Insurgents kill four vaccinators in north-east", _ATTACK
    score, features = _scored(title, text, Rules.from_data(data))
    assert set(features) == set(FEATURES) and features["violence"] > 0.0
    unweighted = {**data["scoring"], "document": {**data["scoring"]["document"], "violence": 0.0}}
    lower, _ = _scored(title, text, Rules.from_data({**data, "scoring": unweighted}))
    assert score >= 0.5 > lower


def test_a_text_without_violence_explains_nothing_and_scores_zero():
    score, features = _scored("Measles campaign", _CAMPAIGN[1], Rules.load())
    assert score == 0.0 and features == {}


# An eleven-sentence travel story with one strike of this week in its eighth sentence.
_HOTELS = [
    "Hotel owners in Beirut and the resorts of Mount Lebanon say bookings from expatriates are "
    "picking up ahead of the summer season.",
    "Middle East Airlines has added flights from Paris, Dubai, Abidjan and Lagos.",
    "The tourism minister said she expected more than a million visitors by September.",
    "Restaurants in Gemmayzeh and Mar Mikhael have extended their opening hours.",
    "Prices remain high after the collapse of the currency, and many hotels quote rates only in "
    "dollars.",
    "Owners in Byblos and Batroun said weekend occupancy was close to full.",
    "Many southern towns, however, remain largely empty.",
    "On Monday an Israeli drone strike on a car near Tyre killed two people, the health ministry "
    "said.",
    "The Israeli military said it had targeted a Hezbollah operative.",
    "Hoteliers said such strikes kept some visitors away from the south.",
    "The ministry plans a campaign aimed at Gulf tourists in July.",
]


def test_a_strike_dated_to_this_week_late_in_a_long_story_is_news_not_background():
    title = "Lebanon's hoteliers count on a diaspora summer"
    assert tag(title, "\n\n".join(_HOTELS)).is_conflict
    # the same strike in a year gone by is the background of the travel story
    dated = [s.replace("On Monday an", "In 2006 an") for s in _HOTELS]
    assert not tag(title, "\n\n".join(dated)).is_conflict
