"""What people were given or served is aid (eval/dev318's register of returnees): "360
women were given sewing machines", "hot meals for 20,000 people a day"; a sentence given
by a court is not."""

from __future__ import annotations

from .support import summary


def test_people_given_goods_received_aid():
    assert summary("In Kandahar, 360 women were given sewing machines and training.") == [
        ("360 women", "person", "aid")
    ]
    assert summary("About 1,500 returnee families have been given winter kits, IOM said.") == [
        ("About 1,500 returnee families", "household", "aid")
    ]


def test_hot_meals_for_people_are_aid_to_them():
    found = summary("A WFP official said the agency was serving hot meals for 20,000 people a day.")
    assert [(text, category) for text, _, category in found] == [("20,000 people", "aid")]


def test_a_prison_term_given_is_no_aid():
    found = summary("Nine others were given life imprisonment by the court.")
    assert [category for _, _, category in found] != ["aid"]


def test_what_a_kitchen_cooks_for_people_is_aid_to_them():
    got = summary("By noon the volunteers had cooked lentil soup for about 1,800 people.")
    assert ("about 1,800 people", "person", "aid") in got


def test_goods_weighed_before_they_are_distributed_still_make_the_families_recipients():
    got = summary(
        "The agency said it had distributed 25-kilogram sacks of flour to about 9,000 families."
    )
    assert ("about 9,000 families", "household", "aid") in got
