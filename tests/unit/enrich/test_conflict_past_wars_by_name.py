"""Past wars named by their place and era, and the illnesses named after them, date what
they name: a study of Gulf War illness among veterans of the 1991 Gulf War is history, not
a chemical attack (dev211). A strike in the Gulf today is still news."""

from __future__ import annotations

from .support import tag


def test_a_study_of_gulf_war_illness_is_history():
    found = tag(
        "Study links Gulf War illness to sarin exposure, three decades on",
        "A study of more than 1,000 veterans of the 1991 Gulf War found that those with a gene "
        "variant were more likely to develop Gulf War illness. Sarin was released when Iraqi "
        "chemical weapons stores were bombed and later demolished, the authors say. Gulf War "
        "illness affects as many as a quarter of the US troops deployed.",
    )
    assert not found.is_conflict


def test_a_strike_in_the_gulf_today_is_news():
    found = tag(
        "Missile strike hits tanker in the Gulf, crew killed",
        "A missile struck a tanker in the Gulf on Tuesday, killing two crew members, the "
        "navy said. Houthi forces claimed the attack.",
    )
    assert found.is_conflict
