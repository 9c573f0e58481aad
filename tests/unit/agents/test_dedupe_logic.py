"""The dedupe decision on plain dicts: exact, content and near duplicates, updates, replays."""

from __future__ import annotations

import itertools

import pytest

from agents.dedupe_logic import (
    DUPLICATE,
    NEAR_DUPLICATE,
    SAME_CONTENT,
    SAME_ID,
    STALE,
    UNIQUE,
    Candidate,
    DedupeState,
    band_layout,
    content_hash,
)

DAY = 86400.0
FP = "0123456789abcdef"


def flip(fp: str, *bits: int) -> str:
    value = int(fp, 16)
    for bit in bits:
        value ^= 1 << bit
    return f"{value:016x}"


class Feed:
    """Candidates with increasing offsets, as the single-partition dedupe topic hands them out."""

    def __init__(self) -> None:
        self.offsets = itertools.count()

    def __call__(self, id: str, text: str, fp: str = FP, ts: float = 1000.0) -> Candidate:
        return Candidate(id, content_hash("t", text), fp, ts, next(self.offsets))


@pytest.fixture
def state() -> DedupeState:
    return DedupeState({}, {}, max_distance=3, window_s=7 * DAY)


@pytest.fixture
def feed() -> Feed:
    return Feed()


def test_first_sighting_is_unique(state, feed):
    assert state.decide(feed("a", "story")).kind == UNIQUE


def test_same_id_same_content_is_a_duplicate(state, feed):
    state.decide(feed("a", "story"))
    d = state.decide(feed("a", "story"))
    assert (d.kind, d.reason, d.duplicate_of, d.similarity) == (DUPLICATE, SAME_ID, "a", 1.0)


def test_same_content_under_another_id_is_a_duplicate(state, feed):
    state.decide(feed("a", "story", fp=FP))
    d = state.decide(feed("b", "  STORY ", fp="ffffffffffffffff"))
    assert (d.kind, d.reason, d.duplicate_of) == (DUPLICATE, SAME_CONTENT, "a")


@pytest.mark.parametrize("bits", [(0,), (5, 40), (1, 30, 63)])
def test_near_duplicate_within_distance(state, feed, bits):
    state.decide(feed("a", "story one", fp=FP))
    d = state.decide(feed("b", "story two", fp=flip(FP, *bits)))
    assert (d.kind, d.reason, d.duplicate_of) == (DUPLICATE, NEAR_DUPLICATE, "a")
    assert d.similarity == pytest.approx(1 - len(bits) / 64, abs=1e-4)


def test_every_pattern_of_three_flipped_bits_is_found():
    # Pigeonhole over 4 bands of 16 bits: exhaustive over bit positions spread across bands.
    for bits in itertools.combinations(range(0, 64, 5), 3):
        state = DedupeState({}, {}, max_distance=3)
        state.decide(Candidate("a", "h1", FP, 0.0, 0))
        d = state.decide(Candidate("b", "h2", flip(FP, *bits), 0.0, 1))
        assert d.reason == NEAR_DUPLICATE, bits


def test_far_apart_fingerprints_pass(state, feed):
    state.decide(feed("a", "story one", fp=FP))
    d = state.decide(feed("b", "another story", fp=flip(FP, 1, 17, 33, 49)))
    assert d.kind == UNIQUE


def test_updated_article_passes_with_its_revision_raised(state, feed):
    state.decide(feed("a", "first version"))
    d1 = state.decide(feed("a", "second version", fp=flip(FP, 3)))
    d2 = state.decide(feed("a", "third version", fp=flip(FP, 9)))
    assert (d1.kind, d1.revision, d2.kind, d2.revision) == (UNIQUE, 1, UNIQUE, 2)
    # the update is not a near duplicate of itself, and a copy of it is a duplicate
    d3 = state.decide(feed("b", "third version", fp=flip(FP, 9)))
    assert (d3.kind, d3.duplicate_of) == (DUPLICATE, "a")


def test_a_replayed_record_gets_its_first_answer_again(state, feed):
    first = feed("a", "story")
    assert state.decide(first).kind == UNIQUE
    # the worker died before committing: the same record (same offset) comes again
    assert state.decide(first) == state.decide(first)
    assert state.decide(first).kind == UNIQUE


def test_replay_of_an_older_record_after_an_update_is_stale(state, feed):
    v0 = feed("a", "first version")
    v1 = feed("a", "second version", fp=flip(FP, 3))
    state.decide(v0)
    state.decide(v1)
    assert state.decide(v0).kind == STALE
    again = state.decide(v1)
    assert (again.kind, again.revision) == (UNIQUE, 1)


def test_outside_the_window_nothing_matches(state, feed):
    state.decide(feed("a", "story", ts=0.0))
    assert state.decide(feed("b", "story", ts=8 * DAY)).kind == UNIQUE
    assert state.decide(feed("c", "other", fp=flip(FP, 2), ts=8 * DAY)).kind == DUPLICATE
    d = state.decide(feed("a", "story", ts=16 * DAY))
    assert (d.kind, d.revision) == (UNIQUE, 0)  # an expired id starts afresh


def test_prune_keeps_the_tables_bounded(feed):
    ids, hashes = {}, {}
    state = DedupeState(ids, hashes, window_s=DAY)
    for i in range(50):
        state.decide(
            feed(f"old{i}", f"old story {i}", fp=f"{i * 0x9E3779B97F4A7C15 % 2**64:016x}", ts=0.0)
        )
    state.decide(feed("new", "new story", fp="ffff0000ffff0000", ts=2 * DAY))
    removed = 0
    while True:
        removed += state.prune(now=2 * DAY, budget=7)
        if not state.pruning:
            break
    assert removed == 100
    assert set(ids) == {"new"} and len(hashes) == 1
    # a pruned fingerprint is gone from the index too
    d = state.decide(feed("x", "x", fp=f"{0:016x}", ts=2 * DAY))
    assert d.kind == UNIQUE


def test_prune_does_not_wipe_state_when_records_are_old(feed):
    state = DedupeState({}, {}, window_s=DAY)
    state.decide(feed("a", "archived story", ts=0.0))
    while True:
        state.prune(now=100 * DAY)
        if not state.pruning:
            break
    assert "a" in state.ids


class StoreLike(dict):
    """A table whose iteration sees the keys as they were when it began, however the
    table changes meanwhile (a RocksDB iterator); counts the keys it hands out."""

    def __init__(self) -> None:
        super().__init__()
        self.read = 0

    def __iter__(self):
        for key in list(dict.keys(self)):
            self.read += 1
            yield key


def test_a_pass_over_a_store_with_stable_iteration_reads_its_keys_a_few_at_a_time(feed):
    ids, hashes = StoreLike(), StoreLike()
    # with RocksDB, a snapshot of 400,000 ids and hashes held the stream ~1.7 s
    state = DedupeState(ids, hashes, window_s=DAY, stable_iteration=True)
    for i in range(50):
        state.decide(feed(f"old{i}", f"story {i}", fp=f"{i * 0x9E3779B97F4A7C15 % 2**64:016x}"))
    state.decide(feed("new", "new story", fp="ffff0000ffff0000", ts=2 * DAY))
    ids.read = hashes.read = 0
    assert state.prune(now=2 * DAY, budget=7) == 7
    assert ids.read + hashes.read <= 8
    state.decide(feed("newer", "newer story", fp="00ff00ff00ff00ff", ts=2 * DAY))  # mid-pass
    while state.pruning:
        state.prune(now=2 * DAY, budget=7)
    assert set(ids) == {"new", "newer"} and len(hashes) == 2


def test_rebuild_index_from_the_table_alone(feed):
    state = DedupeState({}, {}, max_distance=3)
    state.decide(feed("a", "story", fp=FP))
    recovered = DedupeState(dict(state.ids), dict(state.hashes), max_distance=3)
    assert recovered.rebuild_index() == 1
    assert recovered.decide(feed("b", "edited story", fp=flip(FP, 7))).duplicate_of == "a"


@pytest.mark.parametrize("distance", [0, 1, 3, 5, 7])
def test_band_layout_covers_64_bits(distance):
    bands = band_layout(distance)
    assert len(bands) == distance + 1
    assert sum(mask.bit_length() for _, mask in bands) == 64


def test_content_hash_ignores_case_and_spacing():
    assert content_hash("Title", "a  b\nc") == content_hash("title", "A B C")
    assert content_hash("Title", "a b c") != content_hash("Title", "a b d")


def _at(c: Candidate, partition: int, offset: int) -> Candidate:
    return Candidate(c.id, c.content_hash, c.fingerprint, c.ts, c.offset, (partition, offset))


def test_copies_forwarded_twice_repeat_their_first_answers_and_never_make_a_revision(state, feed):
    """The route stage forwards records again when its news.raw offsets were not committed:
    v1, v2, then v1 and v2 again, at new offsets on the dedupe topic."""
    v1, v2 = _at(feed("a", "five killed"), 0, 10), _at(feed("a", "eight killed"), 0, 11)
    assert (state.decide(v1).kind, state.decide(v2).revision) == (UNIQUE, 1)
    again1, again2 = _at(feed("a", "five killed"), 0, 10), _at(feed("a", "eight killed"), 0, 11)
    assert state.decide(again1).kind == STALE  # not revision 2 with v1's text
    d = state.decide(again2)
    assert (d.kind, d.revision) == (UNIQUE, 1)
    # a duplicate forwarded twice is a duplicate again
    dup = _at(feed("a", "eight killed"), 0, 12)
    assert state.decide(dup).kind == DUPLICATE
    assert state.decide(_at(feed("a", "eight killed"), 0, 12)).kind == DUPLICATE
    # a real new revision still passes
    v3 = state.decide(_at(feed("a", "nine killed"), 0, 13))
    assert (v3.kind, v3.revision) == (UNIQUE, 2)


def test_positions_on_other_partitions_or_from_older_entries_fall_back_to_the_dedupe_offset(feed):
    state = DedupeState({}, {}, max_distance=3, window_s=7 * DAY)
    state.decide(_at(feed("a", "five killed"), 0, 10))
    # the same id produced to another partition: news.raw offsets cannot be compared
    d = state.decide(_at(feed("a", "eight killed"), 3, 2))
    assert (d.kind, d.revision) == (UNIQUE, 1)
    # an entry written before news.raw positions were kept (five fields)
    old = DedupeState({"b": ["h", FP, 0, 1000.0, 5]}, {}, max_distance=3, window_s=7 * DAY)
    assert old.decide(Candidate("b", "h2", FP, 1000.0, 4, (0, 99))).kind == STALE
    assert old.decide(Candidate("b", "h2", FP, 1000.0, 6, (0, 99))).revision == 1
