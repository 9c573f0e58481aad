"""Wars that studies play out and families who wait (dev241, dev245): a wargame or a climate
model's war has not happened, the post-9/11 wars counted whole are history, and a soldier's
rotation abroad with his family at home is no operation."""

from __future__ import annotations

from .support import tag


def test_a_war_a_wargame_plays_out_has_not_happened():
    found = tag(
        "China would take Taiwan's ports in weeks, wargame finds",
        "A think tank's wargame published on Monday found that Chinese forces would seize "
        "Taiwan's main ports within three weeks of an invasion in 2027. Teams played out 18 "
        "rounds with tanks, fighter jets and warships. In most rounds US forces would fight "
        "back with missiles from Japan and Guam. The authors said losses on all sides would be "
        "heavy. Taiwan's defence ministry said it would study the findings.",
    )
    assert not found.is_conflict


def test_a_war_a_climate_model_plays_out_has_not_happened():
    found = tag(
        "Nuclear war in Korea could starve a billion people, climate model shows",
        "A regional nuclear war on the Korean peninsula could kill 30 million people directly "
        "and cause famine for a billion more, according to a climate model published on "
        "Wednesday. The researchers modelled a war in which both sides use 100 weapons. Smoke "
        "from burning cities would cool the planet for a decade. Crop yields would fall by a "
        "fifth, the model shows. The authors said the study was meant to inform arms control "
        "talks.",
    )
    assert not found.is_conflict


def test_the_post_9_11_wars_counted_whole_are_history():
    found = tag(
        "Post-9/11 wars displaced 38 million people, study estimates",
        "The post-9/11 wars in Afghanistan, Iraq, Syria, Yemen and elsewhere have displaced at "
        "least 38 million people, according to a study by a university project. Soldiers, "
        "insurgents and civilians were killed in their hundreds of thousands, and many more "
        "died of disease and hunger. The authors counted refugees and people displaced inside "
        "their countries. They said their estimate was conservative. The report was published "
        "on the 20th anniversary of the invasion of Afghanistan.",
    )
    assert not found.is_conflict


def test_a_soldiers_rotation_abroad_with_his_family_at_home_is_no_operation():
    found = tag(
        "Six months, two children, one parent: life as an army spouse during a deployment",
        "When Sergeant Dan Reyes left Fort Hood for a six-month rotation to Lithuania in May, "
        "his wife Maria started a calendar on the fridge. Their two children cross off a day "
        "each morning. His unit is part of the US Army's regular rotation of troops to Nato's "
        "eastern flank, where soldiers train alongside Baltic forces. The base's family "
        "readiness group runs a dinner for spouses every Friday. Military family charities say "
        'long separations make it hard for spouses to keep jobs. "He calls at bedtime, which is '
        'dawn for him," Maria said.',
    )
    assert not found.is_conflict
