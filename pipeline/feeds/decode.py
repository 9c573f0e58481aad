"""Incremental Content-Encoding decoding under a hard cap on the decoded size.

A 10 KB gzip body can inflate to 10 GB. httpx would inflate whole chunks at
once; here zlib is asked for at most (cap - produced + 1) bytes per step, so
memory stays at the cap whatever the ratio, and the fetch fails as too_large
the moment one byte too many comes out.
"""

from __future__ import annotations

import zlib

from ..errors import FetchError


class CappedDecoder:
    def __init__(self, content_encoding: str | None, cap: int) -> None:
        enc = (content_encoding or "identity").strip().lower()
        if enc in ("gzip", "x-gzip"):
            self._z: zlib._Decompress | None = zlib.decompressobj(16 + zlib.MAX_WBITS)
        elif enc == "deflate":
            self._z = None  # zlib-wrapped or raw: decided on the first bytes
        elif enc in ("identity", ""):
            self._z = None
        else:
            raise FetchError("bad_content", f"unsupported Content-Encoding {enc!r}")
        self._encoding = enc
        self._cap = cap
        self._out = bytearray()
        self._raw = 0

    def _check(self) -> None:
        if len(self._out) > self._cap:
            raise FetchError("too_large", f"body exceeds {self._cap} bytes once decoded")

    def feed(self, chunk: bytes) -> None:
        self._raw += len(chunk)
        if self._raw > self._cap:  # endless compressed stream that inflates to little
            raise FetchError("too_large", f"body exceeds {self._cap} bytes on the wire")
        if self._encoding in ("identity", ""):
            self._out += chunk
            self._check()
            return
        if self._z is None:  # deflate: RFC says zlib-wrapped, some servers send raw
            raw = not (
                len(chunk) >= 2 and (chunk[0] & 0x0F) == 8 and (chunk[0] << 8 | chunk[1]) % 31 == 0
            )
            self._z = zlib.decompressobj(-zlib.MAX_WBITS if raw else zlib.MAX_WBITS)
        self._inflate(chunk)

    def _inflate(self, data: bytes) -> None:
        assert self._z is not None
        try:
            while data:
                room = self._cap - len(self._out) + 1
                self._out += self._z.decompress(data, room)
                self._check()
                data = self._z.unconsumed_tail
                if self._z.eof:
                    rest = self._z.unused_data
                    if rest.strip(b"\x00") and self._encoding != "deflate":
                        # concatenated gzip members are legal; start the next one
                        self._z = zlib.decompressobj(16 + zlib.MAX_WBITS)
                        data = rest
                    else:
                        return
        except zlib.error as exc:
            raise FetchError("bad_content", f"corrupt {self._encoding} body: {exc}") from None

    def finish(self) -> bytes:
        if self._z is not None and not self._z.eof and self._raw:
            # A compressed stream that never reached its end marker was cut short (a
            # dropped connection under a Content-Length that matched): its XML would
            # parse up to the cut, and the last entry come out as a truncated revision.
            raise FetchError(
                "bad_content", f"truncated {self._encoding} body: the stream ends early"
            )
        return bytes(self._out)
