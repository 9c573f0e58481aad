"""The lookups' shortcuts find what plain scans would find."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from pipeline.enrich.figures.rules import PhraseTable
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


_WORDS = ["in", "to", "the", "toll"]
# texts hold the one-token forms of two-word phrases too ("cut-off")
_TOKENS = [*_WORDS, "x", "in-to", "to-the", "the-toll", "in-to-the"]
_phrases = st.lists(
    st.lists(st.sampled_from(_WORDS), min_size=1, max_size=3).map(" ".join), max_size=12
)


def _plain_table(phrases: list[str]) -> dict[tuple[str, ...], int]:
    table: dict[tuple[str, ...], int] = {}
    for value, phrase in enumerate(phrases):
        words = tuple(phrase.split())
        for form in (words, ("-".join(words),)) if len(words) > 1 else (words,):
            table.setdefault(form, value)
    return table


@settings(max_examples=300, deadline=None)
@given(_phrases, st.lists(st.sampled_from(_TOKENS), max_size=8))
def test_phrase_tables_find_the_longest_phrase_at_either_end(phrases, words):
    table: PhraseTable[int] = PhraseTable()
    for value, phrase in enumerate(phrases):
        table.add(phrase, value)
    plain = _plain_table(phrases)
    for i in range(len(words) + 1):
        starting = [(len(f), v) for f, v in plain.items() if tuple(words[i : i + len(f)]) == f]
        assert table.match_at(words, i) == (max(starting) if starting and i < len(words) else None)
        ending = [
            (len(f), v)
            for f, v in plain.items()
            if i + 1 >= len(f) and tuple(words[i + 1 - len(f) : i + 1]) == f
        ]
        expected = max(ending) if ending and i < len(words) else None
        assert table.match_ending_at(words, i) == expected
