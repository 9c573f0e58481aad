import asyncio
import gzip
import random
import zlib
from email.utils import formatdate

import httpx
import pytest

from pipeline.errors import FetchError
from pipeline.feeds.fetch import fetch, make_client
from pipeline.feeds.schedule import error_delay, ok_interval, parse_retry_after
from pipeline.feeds.state import FeedState
from pipeline.settings import Settings

NOW = 1_700_000_000.0
S = Settings(
    allow_private_addresses=True,
    fetch_timeout_s=2.0,
    max_body_bytes=1_000_000,
    max_redirects=3,
    min_interval_s=300,
    max_interval_s=6 * 3600,
)


def run(handler, feed=None, settings=S, resolver=None):
    async def go():
        async with make_client(settings, httpx.MockTransport(handler)) as client:
            return await fetch(
                client,
                feed or FeedState("http://feeds.test/a", "http://feeds.test/a"),
                settings=settings,
                clock=lambda: NOW,
                resolver=resolver,
            )

    return asyncio.run(go())


def chunks(data: bytes, size: int = 8192):
    """A streamed body, as a real server gives it (httpx pre-reads plain bytes)."""

    async def gen():
        for i in range(0, len(data), size):
            yield data[i : i + size]

    return gen()


def fails(kind, handler, **kw):
    with pytest.raises(FetchError) as info:
        run(handler, **kw)
    assert info.value.kind == kind, info.value
    return info.value


def test_200_then_304_with_validators_echoed_exactly():
    seen = []

    def handler(request):
        seen.append(request)
        if request.headers.get("if-none-match") == 'W/"abc-1"':
            return httpx.Response(304)
        return httpx.Response(
            200,
            content=chunks(b"<rss/>"),
            headers={"ETag": 'W/"abc-1"', "Last-Modified": "Tue, 02 Jan 2024 10:00:00 GMT"},
        )

    first = run(handler)
    assert (first.not_modified, first.body, first.etag) == (False, b"<rss/>", 'W/"abc-1"')
    feed = FeedState("k", "http://feeds.test/a", etag=first.etag, last_modified=first.last_modified)
    second = run(handler, feed)
    assert second.not_modified and second.status == 304
    assert seen[1].headers["if-none-match"] == 'W/"abc-1"'
    assert seen[1].headers["if-modified-since"] == "Tue, 02 Jan 2024 10:00:00 GMT"
    assert "if-none-match" not in seen[0].headers
    assert seen[0].headers["user-agent"].startswith("newswire/")
    assert "(+https://" in seen[0].headers["user-agent"]
    assert seen[0].headers["accept-encoding"] == "gzip, deflate"


def test_429_retry_after_seconds_and_date():
    e = fails("rate_limited", lambda r: httpx.Response(429, headers={"Retry-After": "120"}))
    assert (e.status, e.retry_after) == (429, 120.0)
    when = formatdate(NOW + 600, usegmt=True)
    e = fails("http_5xx", lambda r: httpx.Response(503, headers={"Retry-After": when}))
    assert e.retry_after == pytest.approx(600, abs=1)


def test_status_kinds():
    assert fails("http_5xx", lambda r: httpx.Response(500)).retry_after is None
    fails("http_4xx", lambda r: httpx.Response(404))
    fails("gone", lambda r: httpx.Response(410))


def test_301_updates_url_302_does_not():
    def handler(request):
        path = request.url.path
        if path == "/a":
            return httpx.Response(301, headers={"Location": "/b"})
        if path == "/b":
            return httpx.Response(302, headers={"Location": "http://other.test/c"})
        return httpx.Response(200, content=chunks(b"x"))

    r = run(handler)
    assert r.permanent_url == "http://feeds.test/b" and r.url == "http://other.test/c"
    r = run(
        lambda req: (
            httpx.Response(302, headers={"Location": "/z"})
            if req.url.path == "/a"
            else httpx.Response(200)
        )
    )
    assert r.permanent_url is None


def test_redirect_loop_and_limit_and_bad_scheme():
    fails(
        "redirect_loop",
        lambda r: httpx.Response(301, headers={"Location": "/b" if r.url.path == "/a" else "/a"}),
    )
    fails("redirect_loop", lambda r: httpx.Response(302, headers={"Location": r.url.path + "x"}))
    fails("bad_url", lambda r: httpx.Response(302, headers={"Location": "file:///etc/passwd"}))
    fails("http_other", lambda r: httpx.Response(302))


def test_gzip_body_decoded_and_gzip_bomb_cut_at_cap():
    ok = run(
        lambda r: httpx.Response(
            200, content=chunks(gzip.compress(b"<rss/>")), headers={"Content-Encoding": "gzip"}
        )
    )
    assert ok.body == b"<rss/>"
    bomb = gzip.compress(b"\0" * 50_000_000, compresslevel=9)
    assert len(bomb) < 100_000
    e = fails(
        "too_large",
        lambda r: httpx.Response(200, content=chunks(bomb), headers={"Content-Encoding": "gzip"}),
    )
    assert "decoded" in str(e)


def test_deflate_zlib_and_raw():
    data = b"<rss>deflate</rss>"
    raw = zlib.compressobj(wbits=-15)
    raw_body = raw.compress(data) + raw.flush()
    for body in (zlib.compress(data), raw_body):
        assert (
            run(
                lambda r, b=body: httpx.Response(
                    200, content=chunks(b), headers={"Content-Encoding": "deflate"}
                )
            ).body
            == data
        )


def test_corrupt_gzip_and_unknown_encoding():
    fails(
        "bad_content",
        lambda r: httpx.Response(
            200, content=chunks(b"not gzip"), headers={"Content-Encoding": "gzip"}
        ),
    )
    fails(
        "bad_content",
        lambda r: httpx.Response(200, content=b"x", headers={"Content-Encoding": "br"}),
    )


def test_endless_body_cut_at_cap():
    async def endless():
        while True:
            yield b"<item>" * 10_000
            await asyncio.sleep(0)

    fails("too_large", lambda r: httpx.Response(200, content=endless()))


def test_content_length_over_cap_refused_before_reading():
    fails(
        "too_large",
        lambda r: httpx.Response(200, headers={"Content-Length": "999999999"}, content=b""),
    )


def test_slow_drip_hits_total_deadline():
    async def drip():
        for _ in range(100):
            yield b"x"
            await asyncio.sleep(0.1)

    settings = Settings(allow_private_addresses=True, fetch_timeout_s=0.5)
    fails("timeout", lambda r: httpx.Response(200, content=drip()), settings=settings)


def test_connect_error_kind():
    def handler(request):
        raise httpx.ConnectError("connection refused", request=request)

    fails("connect", handler)


@pytest.mark.parametrize(
    "address",
    [
        "127.0.0.1",
        "10.1.2.3",
        "192.168.0.1",
        "169.254.169.254",
        "::1",
        "fe80::1",
        "::ffff:127.0.0.1",
        "100.64.0.1",
        "224.0.0.1",
        "0.0.0.0",
    ],
)
def test_ssrf_refused_for_private_names(address):
    async def resolver(host, port):
        return [address]

    guarded = Settings(allow_private_addresses=False)
    error = fails(
        "ssrf_refused", lambda r: httpx.Response(200), settings=guarded, resolver=resolver
    )
    assert "NEWSWIRE_ALLOW_PRIVATE_ADDRESSES=true" in str(error)  # says how to allow it


def test_ssrf_literal_ip_and_redirect_hop_refused():
    guarded = Settings(allow_private_addresses=False)

    async def public(host, port):
        return ["93.184.216.34"] if host == "feeds.test" else ["10.0.0.5"]

    feed = FeedState("k", "http://127.0.0.1/feed", None, None)
    error = fails(
        "ssrf_refused", lambda r: httpx.Response(200), feed=feed, settings=guarded, resolver=public
    )
    assert "NEWSWIRE_ALLOW_PRIVATE_ADDRESSES=true" in str(error)
    fails(
        "ssrf_refused",
        lambda r: httpx.Response(302, headers={"Location": "http://intranet.test/"}),
        settings=guarded,
        resolver=public,
    )


def test_public_address_is_pinned_with_host_header():
    guarded = Settings(allow_private_addresses=False)
    seen = []

    async def public(host, port):
        return ["93.184.216.34"]

    def handler(request):
        seen.append(request)
        return httpx.Response(200, content=chunks(b"ok"))

    assert run(handler, settings=guarded, resolver=public).body == b"ok"
    assert seen[0].url.host == "93.184.216.34" and seen[0].headers["host"] == "feeds.test"


# -- schedule ---------------------------------------------------------------------


def test_retry_after_parsing():
    assert parse_retry_after("30", NOW) == 30.0
    assert parse_retry_after(formatdate(NOW - 100, usegmt=True), NOW) == 0.0
    assert parse_retry_after("soon", NOW) is None
    assert parse_retry_after("99999999", NOW) == 86_400


def test_interval_respects_max_age_ttl_and_clamps():
    assert ok_interval(interval=None, headers={}, ttl=None, settings=S) == 900
    assert (
        ok_interval(
            interval=600, headers={"cache-control": "public, max-age=3600"}, ttl=None, settings=S
        )
        == 3600
    )
    assert ok_interval(interval=600, headers={}, ttl=7200, settings=S) == 7200
    assert ok_interval(interval=10, headers={}, ttl=None, settings=S) == 300  # floor
    assert ok_interval(interval=10**7, headers={}, ttl=None, settings=S) == 6 * 3600  # ceiling


def test_backoff_grows_with_jitter_and_honours_retry_after():
    rnd = random.Random(1)
    delays = [error_delay(n, settings=S, rnd=rnd) for n in range(1, 12)]
    assert 150 <= delays[0] <= 300 and 300 <= delays[1] <= 600
    assert max(delays) <= 6 * 3600 and delays[-1] >= 3 * 3600
    again = [error_delay(n, settings=S, rnd=random.Random(1)) for n in range(1, 3)]
    assert again[0] == delays[0]  # deterministic given the injected random
    assert error_delay(1, settings=S, rnd=rnd, retry_after=5000) == 5000


def test_a_compressed_body_cut_short_is_an_error_not_a_shorter_feed():
    body = gzip.compress(b"<rss>" + b"<item>entry</item>" * 500 + b"</rss>")
    fails(
        "bad_content",
        lambda r: httpx.Response(
            200, content=chunks(body[: len(body) * 3 // 4]), headers={"Content-Encoding": "gzip"}
        ),
    )
    raw = zlib.compressobj(wbits=-15)
    deflated = raw.compress(b"<rss>" + b"<item>x</item>" * 500 + b"</rss>") + raw.flush()
    fails(
        "bad_content",
        lambda r: httpx.Response(
            200, content=chunks(deflated[:-4]), headers={"Content-Encoding": "deflate"}
        ),
    )
