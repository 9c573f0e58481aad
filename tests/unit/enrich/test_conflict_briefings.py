"""From the press-briefing set: a gunman who opens fire outside a house of worship attacks
the worshippers (a strong cue of violence against civilians), and an arms package told by
its price and its source ("a $400 million package of weapons, drawn from US military
stocks") is the defence desk's business, not a strike."""

from __future__ import annotations

from pipeline.enrich.cues import lower, scan
from pipeline.enrich.rules import default_rules

from .support import tag


def _strong(text: str) -> set[str]:
    hits = scan(default_rules(), text, lower(text))
    return {t for _, _, info in hits for t, strength in info[1] if strength == "strong"}


def test_opening_fire_at_a_house_of_worship_is_a_strong_cue():
    assert "violence_against_civilians" in _strong("A gunman opened fire outside a synagogue.")
    assert "violence_against_civilians" in _strong("He opened fire on worshippers at prayer.")
    assert _strong("A fire broke out inside a church.") == set()


def test_a_shooting_outside_a_synagogue_told_at_a_police_briefing_is_news():
    # dev191 db0042, whole
    found = tag(
        "Israel's police chief says gunman killed seven outside Neve Yaakov synagogue "
        "before being shot dead",
        "JERUSALEM \u2014 A Palestinian gunman opened fire outside a synagogue in the Neve "
        "Yaakov neighbourhood of East Jerusalem on Friday evening, killing seven people "
        "and wounding three before he was shot dead by police, Israel's police "
        "commissioner told reporters at the scene. The commissioner said the attacker, a "
        "21-year-old resident of East Jerusalem, arrived by car at about 8:15pm, as "
        "worshippers were leaving Sabbath prayers, and fired at people on the street. "
        '"This is one of the worst terror attacks we have seen in recent years," he said. '
        "Police raised their alert level across the country and sent reinforcements to "
        "Jerusalem. When asked whether the attack was linked to an Israeli raid in Jenin "
        "a day earlier, in which nine Palestinians were killed, he said he would not "
        "speculate about motives. Officers were searching the attacker's home and had "
        "detained several people for questioning, police said. The White House condemned "
        'the attack and called it "absolutely horrific". Hundreds of people gathered at '
        "the scene late into the night, and some shouted at officers. Medics of the Magen "
        "David Adom emergency service said the wounded included a 15-year-old boy and a "
        "woman in her seventies.",
    )
    assert found.is_conflict


def test_an_arms_package_told_by_its_price_is_no_conflict_story():
    found = tag(
        "Pentagon details $400 million Ukraine package with artillery rounds and vehicles",
        "The Pentagon on Friday announced a new $400 million package of weapons for Ukraine, "
        "drawn from US military stocks, including artillery ammunition, Stinger missiles and "
        "dozens of armoured vehicles. A deputy press secretary told reporters the equipment "
        "would be delivered in the coming weeks. When asked whether the administration would "
        "send longer-range missiles, she said she had nothing to announce. She declined to "
        "discuss when the equipment would reach the front line.",
    )
    assert not found.is_conflict
