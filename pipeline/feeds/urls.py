"""Canonical URLs and stable article ids.

The id must not change between polls, restarts or pollers, so it is derived
only from what the feed gives: the canonical URL first (two feeds linking the
same story agree on it), then the GUID, then the content itself.
"""

from __future__ import annotations

import hashlib
from urllib.parse import parse_qsl, urlencode, urljoin, urlsplit, urlunsplit

# Parameters that identify a campaign or a click, never the document.
_TRACKING_EXACT = frozenset(
    {
        "fbclid",
        "gclid",
        "dclid",
        "gbraid",
        "wbraid",
        "msclkid",
        "yclid",
        "twclid",
        "mc_cid",
        "mc_eid",
        "ocid",
        "cmpid",
        "at_medium",
        "at_campaign",
        "at_custom1",
        "at_custom2",
        "at_custom3",
        "at_custom4",
        "at_link",
        "at_format",
        "at_bbc_team",
        "at_ptr_name",
        "at_link_id",
        "at_link_origin",
        "at_link_type",
        "at_email",
        "_ga",
        "_gl",
        "igshid",
        "mkt_tok",
        "ito",
        "icid",
        "ns_mchannel",
        "ns_source",
        "ns_campaign",
        "ns_linkname",
        "ns_fee",
        "xtor",
        "wt.mc_id",
        "wt_mc_id",
        "s_cid",
        "sr_share",
        "smid",
        "ref_src",
    }
)
_TRACKING_PREFIXES = ("utm_", "at_", "pk_", "mtm_", "hsa_", "__hs", "oly_")
_DEFAULT_PORTS = {"http": 80, "https": 443}


def _is_tracking(name: str) -> bool:
    low = name.lower()
    return low in _TRACKING_EXACT or low.startswith(_TRACKING_PREFIXES)


def canonical_url(url: str | None, base: str | None = None) -> str | None:
    """Lowercase scheme and host, no default port, no fragment, no tracking, sorted query.

    Returns None for anything that is not an absolute http(s) URL, so a junk
    link never becomes the identity of an article.
    """
    if not url or not isinstance(url, str):
        return None
    url = url.strip()
    if base:
        try:
            url = urljoin(base, url)
        except ValueError:
            return None
    try:
        parts = urlsplit(url)
        scheme = parts.scheme.lower()
        host = (parts.hostname or "").rstrip(".")
        port = parts.port
    except ValueError:  # bad port, bad IPv6 literal
        return None
    if scheme not in _DEFAULT_PORTS or not host:
        return None
    if ":" in host:  # IPv6 literal keeps its brackets
        host = f"[{host}]"
    netloc = host if port in (None, _DEFAULT_PORTS[scheme]) else f"{host}:{port}"
    query = [
        (k, v) for k, v in parse_qsl(parts.query, keep_blank_values=True) if not _is_tracking(k)
    ]
    query.sort()
    path = parts.path or "/"
    return urlunsplit((scheme, netloc, path, urlencode(query, doseq=True), ""))


def host_of(url: str | None) -> str:
    """The host of a URL without a leading 'www.', or '' when there is none."""
    if not url:
        return ""
    try:
        host = (urlsplit(url).hostname or "").rstrip(".").lower()
    except ValueError:
        return ""
    return host[4:] if host.startswith("www.") else host


def short_hash(*parts: str) -> str:
    """First 16 hex chars of sha256 over the parts (NUL separated)."""
    digest = hashlib.sha256("\x00".join(parts).encode("utf-8", "surrogatepass"))
    return digest.hexdigest()[:16]


def article_id(
    canonical: str | None, guid: str | None, title: str, text: str, *, namespace: str = ""
) -> str:
    """Stable id: from the canonical URL, else the GUID, else the content.

    A GUID that is not itself a URL or URN ("12345") is only unique within its
    feed, so it is namespaced (by the feed's domain) to keep two feeds apart.
    """
    if canonical:
        return short_hash(canonical)
    if guid:
        guid = guid.strip()
        global_guid = ":" in guid  # http://..., tag:..., urn:uuid:...
        return short_hash("guid", guid if global_guid else f"{namespace}/{guid}")
    return short_hash("content", title, text)
