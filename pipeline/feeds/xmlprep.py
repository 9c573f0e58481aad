"""Make feed bytes safe and well-decoded before any XML parser sees them.

Two jobs, both done on our side instead of trusting the parser:

* Decoding. Feeds lie about their charset. We pick the encoding ourselves
  (BOM, then HTTP charset, then the XML declaration, then UTF-8, then
  windows-1252) and hand the parser UTF-8 with a matching declaration. A
  document that *declares* a single-byte Western charset but is valid UTF-8
  with multi-byte sequences is UTF-8: latin-1 text almost never forms valid
  UTF-8 by accident, while the opposite mistake is common.
* DTDs. Every DOCTYPE (and any stray <!ENTITY>) is removed, so entity
  expansion (billion laughs) and external entities (XXE, SSRF through the
  parser) cannot happen whatever the parser's own defaults are. Undefined
  entities that remain are then left unexpanded by the parser.
"""

from __future__ import annotations

import codecs
import re
from dataclasses import dataclass

_XML_DECL = re.compile(r"""^\s*<\?xml[^>]*?encoding\s*=\s*["']([A-Za-z0-9._:-]+)["']""", re.I)
_XML_DECL_ANY = re.compile(r"^\s*<\?xml[^>]*\?>", re.I)
_DOCTYPE = re.compile(r"<!DOCTYPE\b[^\[>]*(?:\[.*?\]\s*)?>", re.I | re.S)
_DOCTYPE_OPEN = re.compile(r"<!DOCTYPE\b", re.I)
_ENTITY_DECL = re.compile(r"<!ENTITY\b[^>]*>?", re.I)
_ENTITY_OPEN = re.compile(r"<!ENTITY\b", re.I)
_PROLOG_SCAN = 65536
_CHARSET = re.compile(r"""charset\s*=\s*["']?([A-Za-z0-9._:-]+)""", re.I)
_SINGLE_BYTE_WESTERN = frozenset(
    {"latin-1", "iso8859-1", "iso8859-15", "cp1252", "ascii", "cp1250", "iso8859-2"}
)
_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32-le"),
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)


@dataclass(frozen=True, slots=True)
class Prepared:
    text: str  # the decoded document, DTD removed
    encoding: str  # what we decoded it with
    declared: str | None  # what the HTTP header or XML declaration claimed
    warnings: tuple[str, ...]


def _codec_name(label: str | None) -> str | None:
    if not label:
        return None
    try:
        return codecs.lookup(label.strip()).name
    except LookupError:
        return None


def header_charset(content_type: str | None) -> str | None:
    if not content_type:
        return None
    m = _CHARSET.search(content_type)
    return m.group(1) if m else None


def _bom(body: bytes) -> tuple[str | None, int]:
    for bom, name in _BOMS:
        if body.startswith(bom):
            return name, len(bom)
    # UTF-16 without a BOM still begins with '<' as two bytes.
    if body.startswith(b"\x00<\x00"):
        return "utf-16-be", 0
    if body.startswith(b"<\x00") and body[2:4] in (b"?\x00", b"r\x00", b"f\x00", b"R\x00"):
        return "utf-16-le", 0
    return None, 0


def _looks_utf8(body: bytes) -> bool:
    try:
        body.decode("utf-8")
    except UnicodeDecodeError:
        return False
    return not body.isascii()


def decode_document(body: bytes, content_type: str | None = None) -> tuple[str, str, str | None]:
    """(text, encoding used, encoding declared); never raises on any bytes."""
    bom_codec, skip = _bom(body)
    if bom_codec:
        return body[skip:].decode(bom_codec, "replace"), bom_codec, bom_codec
    head = body[:1024].decode("ascii", "replace")
    decl = _XML_DECL.match(head)
    declared_label = header_charset(content_type) or (decl.group(1) if decl else None)
    declared = _codec_name(declared_label)
    candidates: list[str] = []
    if declared:
        if declared in _SINGLE_BYTE_WESTERN and _looks_utf8(body):
            candidates.append("utf-8")
        candidates.append(declared)
    candidates += ["utf-8", "cp1252"]
    for name in candidates:
        try:
            return body.decode(name), name, declared_label
        except (UnicodeDecodeError, LookupError):
            continue
    # latin-1 maps every byte, so this cannot fail: garbage in, visible garbage out.
    return body.decode("latin-1"), "latin-1", declared_label


def strip_dtd(text: str) -> tuple[str, bool]:
    """Remove every DOCTYPE and entity declaration; True when something was removed."""
    removed = False
    # A DOCTYPE is only meaningful in the prolog; matching the full pattern there
    # alone keeps this linear on a hostile 10 MB body full of "<!DOCTYPE".
    head, tail = text[:_PROLOG_SCAN], text[_PROLOG_SCAN:]
    for _ in range(8):
        new = _DOCTYPE.sub("", head, count=1)
        if new == head:
            break
        head, removed = new, True
    text = head + tail
    if _DOCTYPE_OPEN.search(text):  # unterminated, huge or misplaced: neutralise the opener
        text, removed = _DOCTYPE_OPEN.sub("<!-- -->", text), True
    if _ENTITY_OPEN.search(text):
        text, removed = _ENTITY_DECL.sub("", text), True
    return text, removed


def prepare_xml(body: bytes, content_type: str | None = None) -> Prepared:
    """Decode, strip DTDs, and re-declare the document as UTF-8."""
    text, used, declared = decode_document(body, content_type)
    warnings: list[str] = []
    if declared and _codec_name(declared) != used:
        warnings.append(f"declared charset {declared!r} was wrong; decoded as {used}")
    text, removed = strip_dtd(text)
    if removed:
        warnings.append("DOCTYPE/entity declarations removed (never expanded)")
    # The text is UTF-8 from here on; the declaration must say so or the parser re-decodes.
    text = _XML_DECL_ANY.sub('<?xml version="1.0" encoding="utf-8"?>', text, count=1)
    return Prepared(text=text, encoding=used, declared=declared, warnings=tuple(warnings))
