"""OPML subscription lists to feeds-file entries, parsed without any DTD processing.

OPML files come from other people's exports, so the parser refuses entity
declarations outright (the defusedxml rule) and never resolves external
entities; DTDs are also stripped beforehand by xmlprep.
"""

from __future__ import annotations

from xml.parsers import expat

from ..errors import InputError
from .feedsfile import FeedConfig
from .xmlprep import prepare_xml


class _EntityRefused(Exception):
    pass


def _refuse(*_: object) -> None:
    raise _EntityRefused("entity declarations are not allowed in OPML")


def feeds_from_opml(body: bytes, origin: str = "OPML") -> list[FeedConfig]:
    prepared = prepare_xml(body)
    parser = expat.ParserCreate()
    parser.SetParamEntityParsing(expat.XML_PARAM_ENTITY_PARSING_NEVER)
    parser.EntityDeclHandler = _refuse
    parser.UnparsedEntityDeclHandler = _refuse
    parser.ExternalEntityRefHandler = lambda *_: 0  # never fetch; 0 = error if one is hit
    stack: list[str | None] = []  # category titles of the enclosing outlines
    feeds: list[FeedConfig] = []
    seen: set[str] = set()

    def start(name: str, attrs: dict[str, str]) -> None:
        if name.lower() != "outline":
            return
        low = {k.lower(): v for k, v in attrs.items()}
        url = (low.get("xmlurl") or "").strip()
        title = (low.get("title") or low.get("text") or "").strip() or None
        if url:
            if url.lower().startswith(("http://", "https://")) and url not in seen:
                seen.add(url)
                tags = [t for t in stack if t]
                tags += [c.strip("/ ") for c in low.get("category", "").split(",") if c.strip("/ ")]
                feeds.append(FeedConfig(url=url, name=title, tags=tuple(dict.fromkeys(tags))))
            stack.append(None)
        else:
            stack.append(title)  # a folder: its title tags the feeds inside it

    def end(name: str) -> None:
        if name.lower() == "outline" and stack:
            stack.pop()

    parser.StartElementHandler = start
    parser.EndElementHandler = end
    try:
        parser.Parse(prepared.text.encode("utf-8"), True)
    except _EntityRefused as exc:
        raise InputError(f"{origin}: {exc}") from None
    except expat.ExpatError as exc:
        raise InputError(f"{origin}: not well-formed OPML: {exc}") from None
    return feeds
