"""A deal's terms are still to come (dev214): what a side must do, is to do, agreed to do or
is ready to do, what a deal calls for, and a count coordinated with a projected one in the
same clause ("will free 250 prisoners serving life sentences and 1,718 Gazans"). A count
after a verb of its own stays as it is ("called for 50,000 volunteers and said more than
90,000 signed up")."""

from __future__ import annotations

from .support import figures


def _projected(text: str) -> list[tuple[str, bool]]:
    return [(f.text, f.projected) for f in figures(text)]


def test_what_a_side_must_do_or_is_to_do_is_projected():
    assert _projected("Hamas must release all 20 living hostages within 72 hours.") == [
        ("20 living hostages", True)
    ]
    assert _projected("In return Israel is to free about 1,900 Palestinian prisoners.") == [
        ("about 1,900 Palestinian prisoners", True)
    ]


def test_what_a_deal_calls_for_or_a_side_agreed_to_is_projected():
    assert _projected("The deal calls for the release of up to 5,000 Taliban prisoners.") == [
        ("up to 5,000 Taliban prisoners", True)
    ]
    assert _projected("The two sides agreed to return about 1 million displaced people.") == [
        ("about 1 million displaced people", True)
    ]


def test_a_count_coordinated_with_a_projected_one_is_projected():
    found = _projected(
        "Israel will free 250 prisoners serving life sentences and 1,718 Gazans detained "
        "since the war began."
    )
    assert found == [("250 prisoners", True), ("1,718 Gazans", True)]


def test_a_count_after_a_verb_of_its_own_is_not():
    found = _projected(
        "The junta called for 50,000 civilian volunteers and said more than 90,000 signed up."
    )
    assert found == [("50,000 civilian volunteers", True), ("more than 90,000", False)]
