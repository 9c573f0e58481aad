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

# ASCII texts go through bytes: one translate maps letters to lowercase and
# everything but letters and digits to a space, and bytes.split finds the words
# faster than str.split (or a regex) would.
_BYTE_MAP = bytes(
    (ord(chr(c).lower()) if chr(c).isalnum() else 32) if c < 128 else c for c in range(256)
)
_WORD = re.compile(r"[^\W_]+")  # any script, for the rarer non-ASCII texts
_SHINGLE = 3
_CACHE: dict[bytes, bytes] = {}
_CACHE_LIMIT = 100_000  # ~135 bytes a word: at most ~13 MB; news vocabulary fits
EMPTY = "0" * 16
# Two fixed byte permutations (S-boxes) derived from blake2b. Plain XOR of word
# hashes is linear, so shingles sharing words vote in lockstep and edits flip
# about twice as many bits as independent shingle hashes would; a byte S-box
# after each XOR removes the linearity at the cost of two bytes.translate calls.


def _sbox(round_: int) -> bytes:
    ranked = sorted((hashlib.blake2b(bytes((round_, b))).digest(), b) for b in range(256))
    return bytes(b for _, b in ranked)


_SBOX = (_sbox(0), _sbox(1))
# Bit k of every byte, for up to `_MASK_LANES` lanes (sliced down per text).
_MASK_LANES = 4096
_MASKS = tuple(int.from_bytes(bytes([1 << k]) * _MASK_LANES, "little") for k in range(8))


def _word_hashes(words: list[bytes]) -> bytes:
    """The 8-byte hashes of `words`, concatenated (cached per word)."""
    try:
        return b"".join(map(_CACHE.__getitem__, words))
    except KeyError:
        if len(_CACHE) + len(words) >= _CACHE_LIMIT:
            _CACHE.clear()
        for w in words:
            if w not in _CACHE:
                _CACHE[w] = hashlib.blake2b(w, digest_size=8).digest()
        return b"".join(map(_CACHE.__getitem__, words))


def simhash(text: str) -> str:
    """SimHash of `text` as 16 lowercase hex characters; equal texts, equal hashes."""
    if text.isascii():
        words = text.encode("ascii").translate(_BYTE_MAP).split()
    else:
        words = [w.encode("utf-8") for w in _WORD.findall(text.lower())]
    if not words:
        return EMPTY
    lanes = _word_hashes(words)
    n = len(words) - _SHINGLE + 1
    if n < 1:  # too short for a shingle: vote over the words themselves
        n, shingles = len(words), lanes
    else:
        # Shingle i: word i's hash, XOR word i+1's shifted 8 bits left (its low
        # bits filled from word i), S-box, XOR word i+2's shifted 16 bits, S-box.
        # As little-endian integers, those shifts are the byte offsets 7 and 14.
        size = 8 * n
        whole = int.from_bytes(lanes[:size], "little")
        first = whole ^ int.from_bytes(lanes[7 : 7 + size], "little")
        mixed = int.from_bytes(first.to_bytes(size, "little").translate(_SBOX[0]), "little")
        mixed ^= int.from_bytes(lanes[14 : 14 + size], "little")
        shingles = mixed.to_bytes(size, "little").translate(_SBOX[1])
    # Vote per bit: byte j of every lane, as one big integer, masked with bit k
    # of every byte and counted with bit_count().
    if n <= _MASK_LANES:
        masks = _MASKS
    else:
        ones = int.from_bytes(b"\x01" * n, "little")
        masks = tuple(ones << k for k in range(8))
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
