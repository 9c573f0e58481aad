"""The lexicon's shortcuts find what its plain regex scans would find."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from pipeline.enrich.rules import default_rules

_PIECES = [
    "bear", "bears", " attacked", "-attacked", " killed", " have killed", "mil", "lion", "s",
    "IS", "ISK", "TH", "x", "9", " ", "-", "(", ")", "CPI", " (Maoist)", "M23", "RSF", ".",
]  # fmt: skip


def _plain_case_spans(s: str) -> list[tuple[int, int]]:
    lexicon = default_rules().lexicon
    return [
        (m.start(), m.end())
        for m in lexicon.case_re.finditer(s)
        if not (m.start() and s[m.start() - 1].isalnum())
    ]


def test_case_spans_skip_the_lowercase_entries_only_where_none_can_match():
    lexicon = default_rules().lexicon
    for s in (
        "A bear attacked hikers; IS fighters and the CPI (Maoist) too.",
        "1.2 million killed, polar bears have killed two, THIS is ISK",
        "xbear attacked RSF",
        "grizzlies mauled",
        "",
    ):
        assert lexicon.case_spans(s) == _plain_case_spans(s), s


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(_PIECES), max_size=12).map("".join))
def test_case_spans_equal_the_plain_scan(s):
    assert default_rules().lexicon.case_spans(s) == _plain_case_spans(s)
