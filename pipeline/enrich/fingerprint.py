"""64-bit SimHash over lowercased word 3-gram shingles, for near-duplicate search.

Each word gets a stable 64-bit hash (blake2b, 8 bytes; never Python's salted
hash()), cached because news vocabulary repeats. A shingle's hash is the XOR of
its three word hashes, the second shifted 8 bits and the third 16 bits (so
(a, b, c) and (c, b, a) differ), each XOR followed by a byte S-box. That mixing
and the per-bit vote run on whole byte strings and big integers: a Python loop
of 64 bits times several hundred shingles would cost milliseconds per article.
The price: shingle hashes are not fully independent, so a 5-word edit of a
3 KB text flips about 4 bits on average where per-shingle blake2b flips 2.7.
"""

from __future__ import annotations

import hashlib
import re

# Everything but ASCII letters and digits becomes a space; str.split then finds
# the words faster than a regex would.
_SEPARATORS = {c: " " for c in range(128) if not chr(c).isalnum()}
_WORD = re.compile(r"[^\W_]+")  # any script, for the rarer non-ASCII texts
_SHINGLE = 3
_CACHE: dict[str, bytes] = {}
_CACHE_LIMIT = 500_000
EMPTY = "0" * 16
# Two fixed byte permutations (S-boxes) derived from blake2b. Plain XOR of word
# hashes is linear, so shingles sharing words vote in lockstep and edits flip
# about twice as many bits as independent shingle hashes would; a byte S-box
# after each XOR removes the linearity at the cost of two bytes.translate calls.
_SBOX = tuple(
    bytes(sorted(range(256), key=lambda b, r=r: hashlib.blake2b(bytes((r, b))).digest()))
    for r in range(2)
)


def _word_hash(word: str) -> bytes:
    digest = hashlib.blake2b(word.encode("utf-8"), digest_size=8).digest()
    if len(_CACHE) >= _CACHE_LIMIT:
        _CACHE.clear()
    _CACHE[word] = digest
    return digest


def simhash(text: str) -> str:
    """SimHash of `text` as 16 lowercase hex characters; equal texts, equal hashes."""
    low = text.lower()
    words = low.translate(_SEPARATORS).split() if low.isascii() else _WORD.findall(low)
    if not words:
        return EMPTY
    hashes = list(map(_CACHE.get, words))
    if None in hashes:
        hashes = [h or _word_hash(w) for h, w in zip(hashes, words, strict=True)]
    lanes = b"".join(hashes)
    n = len(words) - _SHINGLE + 1
    if n < 1:  # too short for a shingle: vote over the words themselves
        n, shingles = len(words), lanes
    else:
        # Lane i of `whole >> 56` is word i+1's hash shifted 8 bits left (its low
        # bits filled from word i); of `whole >> 112`, word i+2's shifted 16.
        whole = int.from_bytes(lanes, "little")
        mask = (1 << (64 * n)) - 1
        first = ((whole ^ (whole >> 56)) & mask).to_bytes(8 * n, "little").translate(_SBOX[0])
        mixed = (int.from_bytes(first, "little") ^ (whole >> 112)) & mask
        shingles = mixed.to_bytes(8 * n, "little").translate(_SBOX[1])
    # Vote per bit: byte j of every lane, as one big integer, masked with bit k
    # of every byte and counted with bit_count().
    ones = int.from_bytes(b"\x01" * n, "little")
    masks = [ones << k for k in range(8)]
    bits = 0
    for j in range(8):
        column = int.from_bytes(shingles[j::8], "little")
        for k in range(8):
            if 2 * (column & masks[k]).bit_count() > n:
                bits |= 1 << (8 * j + k)
    return f"{bits:016x}"


def hamming(a: str, b: str) -> int:
    """Number of differing bits between two 16-hex-char fingerprints."""
    return (int(a, 16) ^ int(b, 16)).bit_count()
