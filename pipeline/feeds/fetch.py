"""One conditional GET of one feed, with every limit enforced on our side.

Redirects are followed by hand so that each hop is checked (scheme, SSRF,
loops, count) and so we know whether the chain was permanent. The body is
streamed through a capped decoder. The whole exchange runs under one deadline,
because per-read timeouts alone let a server drip a byte every few seconds
forever.
"""

from __future__ import annotations

import asyncio
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Protocol
from urllib.parse import urljoin, urlsplit

import httpx

from .. import __version__
from ..errors import FetchError
from ..settings import Settings
from .decode import CappedDecoder
from .netguard import Resolver, resolve_public
from .schedule import parse_retry_after

_REDIRECTS = (301, 302, 303, 307, 308)
_PERMANENT = (301, 308)
_ACCEPT = (
    "application/rss+xml, application/atom+xml, application/feed+json, application/rdf+xml;q=0.9, "
    "application/xml;q=0.9, text/xml;q=0.9, application/json;q=0.8, */*;q=0.5"
)


class FeedLocation(Protocol):
    url: str
    etag: str | None
    last_modified: str | None


class FeedFetchError(FetchError):
    """A FetchError with what the scheduler needs: the HTTP status and any Retry-After."""

    def __init__(
        self,
        kind: str,
        message: str,
        *,
        status: int | None = None,
        retry_after: float | None = None,
    ) -> None:
        super().__init__(kind, message)
        self.status = status
        self.retry_after = retry_after


@dataclass(slots=True)
class FetchResult:
    not_modified: bool
    status: int
    url: str  # the URL that finally answered
    permanent_url: str | None  # set when a chain of 301/308 moved the feed for good
    body: bytes = b""
    headers: dict[str, str] = field(default_factory=dict)  # lowercased names
    elapsed_s: float = 0.0

    @property
    def etag(self) -> str | None:
        return self.headers.get("etag")

    @property
    def last_modified(self) -> str | None:
        return self.headers.get("last-modified")


def user_agent(settings: Settings) -> str:
    return f"newswire/{__version__} (+{settings.user_agent_contact})"


def make_client(
    settings: Settings, transport: httpx.AsyncBaseTransport | None = None
) -> httpx.AsyncClient:
    """The shared client: no redirects (we follow them), no proxies from the environment."""
    t = settings.fetch_timeout_s
    return httpx.AsyncClient(
        transport=transport,
        follow_redirects=False,
        trust_env=False,
        timeout=httpx.Timeout(t, connect=min(10.0, t)),
        limits=httpx.Limits(max_connections=settings.concurrency, max_keepalive_connections=32),
    )


async def fetch(
    client: httpx.AsyncClient,
    feed: FeedLocation,
    *,
    settings: Settings,
    clock: Callable[[], float] = time.time,
    resolver: Resolver | None = None,
) -> FetchResult:
    """GET the feed; FeedFetchError(kind, ...) on anything but 2xx or 304."""
    started = time.monotonic()
    try:
        async with asyncio.timeout(settings.fetch_timeout_s):
            result = await _follow(client, feed, settings, clock, resolver)
    except TimeoutError:
        raise FeedFetchError(
            "timeout", f"no complete response within {settings.fetch_timeout_s}s"
        ) from None
    except httpx.TimeoutException as exc:
        raise FeedFetchError("timeout", f"{type(exc).__name__}: {exc}") from None
    except httpx.UnsupportedProtocol as exc:
        raise FeedFetchError("bad_url", str(exc)) from None
    except httpx.ConnectError as exc:
        text = str(exc)
        kind = "dns" if ("name" in text.lower() and "known" in text.lower()) else "connect"
        raise FeedFetchError(kind, text or type(exc).__name__) from None
    except httpx.HTTPError as exc:  # protocol errors, resets mid-body
        raise FeedFetchError("connect", f"{type(exc).__name__}: {exc}") from None
    except (httpx.InvalidURL, UnicodeError, ValueError) as exc:
        # A Location httpx cannot even build a request for ("http://xn--a.com/",
        # control characters): the feed's fault, backed off like any other.
        raise FeedFetchError("bad_url", f"{type(exc).__name__}: {exc}") from None
    result.elapsed_s = time.monotonic() - started
    return result


async def _follow(
    client: httpx.AsyncClient,
    feed: FeedLocation,
    settings: Settings,
    clock: Callable[[], float],
    resolver: Resolver | None,
) -> FetchResult:
    url = feed.url
    seen = {url}
    permanent_url: str | None = None
    still_permanent = True
    for _hop in range(settings.max_redirects + 1):
        request = await _request(client, url, feed, settings, resolver)
        response = await client.send(request, stream=True)
        try:
            status = response.status_code
            headers = {k.lower(): v for k, v in response.headers.items()}
            if status in _REDIRECTS:
                target = _redirect_target(url, headers.get("location"), status)
                if status in _PERMANENT and still_permanent:
                    permanent_url = target
                else:
                    still_permanent = False
                if target in seen:
                    raise FeedFetchError(
                        "redirect_loop", f"redirect loop at {target}", status=status
                    )
                seen.add(target)
                url = target
                continue
            if status == 304:
                return FetchResult(True, status, url, permanent_url, headers=headers)
            if 200 <= status < 300:
                body = await _read_capped(response, settings.max_body_bytes)
                return FetchResult(False, status, url, permanent_url, body=body, headers=headers)
            raise _status_error(status, headers, clock())
        finally:
            await response.aclose()
    raise FeedFetchError("redirect_loop", f"more than {settings.max_redirects} redirects")


def _redirect_target(url: str, location: str | None, status: int) -> str:
    if not location:
        raise FeedFetchError("http_other", f"HTTP {status} without a Location", status=status)
    target = urljoin(url, location.strip())
    if urlsplit(target).scheme.lower() not in ("http", "https"):
        raise FeedFetchError("bad_url", f"redirect to a non-HTTP URL {target!r}", status=status)
    return target


async def _request(
    client: httpx.AsyncClient,
    url: str,
    feed: FeedLocation,
    settings: Settings,
    resolver: Resolver | None,
) -> httpx.Request:
    try:
        parts = urlsplit(url)
        host, port = parts.hostname, parts.port
    except ValueError as exc:
        raise FeedFetchError("bad_url", f"{url!r}: {exc}") from None
    scheme = parts.scheme.lower()
    if scheme not in ("http", "https") or not host:
        raise FeedFetchError("bad_url", f"not an http(s) URL: {url!r}")
    headers = {
        "User-Agent": user_agent(settings),
        "Accept": _ACCEPT,
        "Accept-Encoding": "gzip, deflate",  # only what CappedDecoder can bound
    }
    # Validators go back byte for byte as received: servers compare them as opaque strings.
    if feed.etag:
        headers["If-None-Match"] = feed.etag
    if feed.last_modified:
        headers["If-Modified-Since"] = feed.last_modified
    target = httpx.URL(url)
    extensions: dict[str, str] = {}
    if not settings.allow_private_addresses:
        address = await resolve_public(host, port or (443 if scheme == "https" else 80), resolver)
        # Connect to the address we checked; Host and SNI keep the name for the server and TLS.
        headers["Host"] = target.netloc.decode("ascii")
        if scheme == "https":
            extensions["sni_hostname"] = host
        target = target.copy_with(host=address)
    return client.build_request("GET", target, headers=headers, extensions=extensions)


def _status_error(status: int, headers: dict[str, str], now: float) -> FeedFetchError:
    retry_after = None
    if status in (429, 503):
        retry_after = parse_retry_after(headers.get("retry-after"), now)
    if status == 410:
        return FeedFetchError("gone", "HTTP 410 Gone: the feed was removed", status=status)
    if status == 429:
        return FeedFetchError("rate_limited", "HTTP 429", status=status, retry_after=retry_after)
    if 400 <= status < 500:
        return FeedFetchError("http_4xx", f"HTTP {status}", status=status)
    if 500 <= status < 600:
        return FeedFetchError("http_5xx", f"HTTP {status}", status=status, retry_after=retry_after)
    return FeedFetchError("http_other", f"HTTP {status}", status=status)


async def _read_capped(response: httpx.Response, cap: int) -> bytes:
    length = response.headers.get("content-length")
    if length and length.isdigit() and int(length) > cap:
        raise FeedFetchError("too_large", f"Content-Length {length} exceeds {cap} bytes")
    decoder = CappedDecoder(response.headers.get("content-encoding"), cap)
    if response.is_stream_consumed:  # only in-memory responses (test transports) get here
        decoder.feed(response.content)
        return decoder.finish()
    async for chunk in response.aiter_raw():
        decoder.feed(chunk)
    return decoder.finish()
