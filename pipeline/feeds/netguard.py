"""SSRF guard: a feed URL (or any redirect hop) must resolve to public addresses only.

A feeds file or an OPML import can come from anyone, and a redirect can come
from any server on the internet; neither may make the poller talk to the
loopback, the LAN, link-local metadata services (169.254.169.254) and the like.
Every address a name resolves to is checked, not just the first, and the
caller connects to a checked address (so DNS rebinding between check and
connect cannot slip a private address in).
"""

from __future__ import annotations

import asyncio
import contextlib
import ipaddress
import socket
import threading
from collections.abc import Awaitable, Callable
from typing import Any

from ..errors import FetchError

Resolver = Callable[[str, int], Awaitable[list[str]]]
IPAddress = ipaddress.IPv4Address | ipaddress.IPv6Address

# getaddrinfo cannot be cancelled, and in a DNS outage it blocks until the resolver gives
# up (tens of seconds per name). loop.getaddrinfo runs it in the default executor, whose
# threads asyncio.run and the interpreter's exit both wait for: SIGTERM hung until every
# lookup under way timed out. Each lookup gets a daemon thread instead, which nothing
# waits for; the fetch deadline abandons it. A bound on the lookups left running keeps
# an outage from piling up threads (the fetch then fails as a DNS error and backs off).
MAX_LOOKUPS = 256
_lookups = threading.BoundedSemaphore(MAX_LOOKUPS)


async def system_resolver(host: str, port: int) -> list[str]:
    if not _lookups.acquire(blocking=False):
        raise OSError(f"{MAX_LOOKUPS} DNS lookups still unanswered")
    loop = asyncio.get_running_loop()
    future: asyncio.Future[list[Any]] = loop.create_future()

    def settle(infos: list[Any] | None, exc: BaseException | None) -> None:
        if future.done():  # abandoned by the fetch deadline
            return
        if exc is not None:
            future.set_exception(exc)
        else:
            future.set_result(infos or [])

    def lookup() -> None:
        infos, error = None, None
        try:
            infos = socket.getaddrinfo(host, port, type=socket.SOCK_STREAM)
        except BaseException as exc:  # handed to the awaiting fetch
            error = exc
        finally:
            _lookups.release()
        with contextlib.suppress(RuntimeError):  # the loop is closed: the poller stopped
            loop.call_soon_threadsafe(settle, infos, error)

    try:
        threading.Thread(target=lookup, name=f"newswire-dns {host}", daemon=True).start()
    except RuntimeError as exc:  # no thread to be had
        _lookups.release()
        raise OSError(f"cannot start a DNS lookup: {exc}") from None
    infos = await future
    return list(dict.fromkeys(str(info[4][0]) for info in infos))


# what a refusal tells the user who meant it: feeds served on this machine or network
_ALLOW_HINT = "(set NEWSWIRE_ALLOW_PRIVATE_ADDRESSES=true to poll feeds on this machine or network)"


def is_public(ip: IPAddress) -> bool:
    if isinstance(ip, ipaddress.IPv6Address):
        mapped = ip.ipv4_mapped or ip.sixtofour
        if mapped is not None:
            return is_public(mapped)
        if ip.teredo is not None:
            return False
    # is_global is False for private, loopback, link-local, reserved, shared
    # (100.64/10), documentation and unspecified ranges; multicast is separate.
    return ip.is_global and not ip.is_multicast


async def resolve_public(host: str, port: int, resolver: Resolver | None = None) -> str:
    """A public address for host, or FetchError('ssrf_refused' | 'dns')."""
    try:
        literal = ipaddress.ip_address(host.strip("[]"))
    except ValueError:
        literal = None
    if literal is not None:
        if not is_public(literal):
            raise FetchError("ssrf_refused", f"{host} is not a public address {_ALLOW_HINT}")
        return str(literal)
    try:
        addresses = await (resolver or system_resolver)(host, port)
    except (OSError, UnicodeError) as exc:
        raise FetchError("dns", f"cannot resolve {host}: {exc}") from None
    if not addresses:
        raise FetchError("dns", f"{host} resolves to no address")
    for text in addresses:
        ip = ipaddress.ip_address(text.split("%", 1)[0])
        if not is_public(ip):
            raise FetchError(
                "ssrf_refused", f"{host} resolves to non-public address {ip} {_ALLOW_HINT}"
            )
    return addresses[0].split("%", 1)[0]
