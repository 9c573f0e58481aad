"""SimHash fingerprints: stable, and close for near-duplicates only."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from pipeline.enrich.fingerprint import EMPTY, hamming, simhash

SEED = Path(__file__).resolve().parents[3] / "seeds" / "000_d618fc00f0c004b1.txt"
BODY = SEED.read_text(encoding="utf-8").partition("\n")[2]
OTHER = " ".join(
    [
        "The central bank kept interest rates unchanged on Thursday, saying inflation was",
        "easing faster than expected while unemployment stayed close to a record low.",
        "Economists had forecast the decision, though several expect a cut before summer.",
        "Shares in the country's largest lenders rose after the announcement, and the",
        "currency slipped against the dollar in afternoon trading in the capital.",
    ]
    * 6
)


def test_fingerprint_is_sixteen_hex_chars_and_deterministic():
    fp = simhash(BODY)
    assert len(fp) == 16 and int(fp, 16) >= 0
    assert simhash(BODY) == fp


def test_fingerprint_is_the_same_in_another_process_with_another_hash_seed():
    code = (
        "import sys; from pipeline.enrich.fingerprint import simhash; "
        "print(simhash(sys.stdin.read()))"
    )
    env = {**os.environ, "PYTHONHASHSEED": "12345"}
    out = subprocess.run(
        [sys.executable, "-c", code],
        input=BODY,
        capture_output=True,
        text=True,
        env=env,
        check=True,
        cwd=Path(__file__).resolve().parents[3],
    )
    assert out.stdout.strip() == simhash(BODY)


def test_near_duplicates_have_small_hamming_distance():
    edited = BODY.replace("5,000", "6,000").replace("Monday", "Tuesday")
    edited = edited.replace("It could be months before the city is liberated.", "")
    assert hamming(simhash(BODY), simhash(edited)) <= 10
    # Case, punctuation and spacing do not matter.
    assert simhash(BODY.upper().replace(",", " ")) == simhash(BODY)


def test_unrelated_texts_have_large_hamming_distance():
    assert hamming(simhash(BODY), simhash(OTHER)) >= 18


def test_word_order_matters():
    words = BODY.split()
    assert hamming(simhash(BODY), simhash(" ".join(reversed(words)))) >= 12


def test_hamming_counts_differing_bits():
    assert hamming("0" * 16, "0" * 16) == 0
    assert hamming("0" * 16, "f" * 16) == 64
    assert hamming("0000000000000001", "0000000000000003") == 1


def test_empty_and_tiny_texts():
    assert simhash("") == EMPTY
    assert simhash("!!! ...") == EMPTY
    assert len(simhash("Two words")) == 16
    assert simhash("مرحبا بالعالم") != EMPTY  # other scripts have words too
