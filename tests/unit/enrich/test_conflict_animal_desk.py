"""From the animal and wildlife set: the director of an office, a park or a hospital is no
film director, so the artists' context does not lower a story in which a FARC dissident
group shot a park ranger dead."""

from __future__ import annotations

from pipeline.enrich.cues import lower, scan
from pipeline.enrich.rules import default_rules

from .support import tag


def _domains(text: str) -> set[str]:
    return {d for _, _, info in scan(default_rules(), text, lower(text)) for d in info[2]}


def test_an_offices_director_is_no_artist():
    assert "artists" not in _domains("the director of the parks service said")
    assert "artists" not in _domains("the country director of the charity said")
    assert "artists" in _domains("the film's director said")


def test_a_ranger_shot_dead_by_farc_dissidents_is_news():
    # dev189 da0064, whole
    found = tag(
        "Colombia pulls rangers out of Amazon parks after dissidents kill guard",
        (
            "Colombia's national parks service said on Tuesday it was withdrawing its staff "
            "from two parks in the Amazon after a ranger was shot dead by members of a FARC "
            "dissident group. The ranger, 34-year-old Edilberto Camacho, was killed on "
            "Saturday near his home in the rural area of La Macarena, in Meta department, "
            "when armed men on a motorcycle stopped him on the road, the agency said. In a "
            "pamphlet circulated in the area last month, the dissident faction led by the "
            'commander known as Calarca had declared rangers "military targets" and ordered '
            'them to leave. "We cannot ask our people to stay where their lives are '
            'threatened," the director of the parks service said. Armed groups that moved '
            "into territory left by the FARC after the 2016 peace deal have driven "
            "deforestation, clearing forest for coca and cattle ranching, environmental "
            "researchers say. The government, which is in talks with several armed groups "
            "including the Calarca faction, condemned the killing and said it would send "
            "troops to the area."
        ),
    )
    assert found.is_conflict
