"""An attack on a house of worship is one on the worshippers in it ("Halle synagogue attack",
"the Christchurch mosque shootings"): a strong cue of violence against civilians, so a
headline that names one is news even when its story is told by a technology desk. A church
or a mosque that is merely named stays no cue."""

from __future__ import annotations

from pipeline.enrich.cues import lower, scan
from pipeline.enrich.rules import default_rules

from .support import tag


def _strong(text: str) -> set[str]:
    hits = scan(default_rules(), text, lower(text))
    return {t for _, _, info in hits for t, strength in info[1] if strength == "strong"}


def test_an_attack_on_a_house_of_worship_is_a_strong_cue():
    assert "violence_against_civilians" in _strong("Gunman livestreamed Halle synagogue attack")
    assert "violence_against_civilians" in _strong("after the Christchurch mosque shootings")


def test_a_house_of_worship_named_alone_is_no_cue():
    assert _strong("The mosque reopened after repairs to its roof.") == set()


def test_a_synagogue_attack_told_by_the_technology_desk_is_news():
    found = tag(
        "Gunman livestreamed Halle synagogue attack on Twitch, company says",
        "A gunman who tried to force his way into a synagogue in Halle on Wednesday, then shot "
        "dead two people nearby, broadcast the attack live on Twitch, the streaming service "
        "said. About 2,200 people watched the video before it was removed. Federal prosecutors "
        "took over the case, treating it as a right-wing extremist terrorist attack. Copies of "
        "the video spread on Telegram within hours. Facebook and YouTube said they were "
        "blocking re-uploads. Police arrested the suspect after a shootout.",
    )
    assert found.is_conflict
