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
import ipaddress
import socket
from collections.abc import Awaitable, Callable

from ..errors import FetchError

Resolver = Callable[[str, int], Awaitable[list[str]]]
IPAddress = ipaddress.IPv4Address | ipaddress.IPv6Address


async def system_resolver(host: str, port: int) -> list[str]:
    loop = asyncio.get_running_loop()
    infos = await loop.getaddrinfo(host, port, type=socket.SOCK_STREAM)
    return list(dict.fromkeys(str(info[4][0]) for info in infos))


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
            raise FetchError("ssrf_refused", f"{host} is not a public address")
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
            raise FetchError("ssrf_refused", f"{host} resolves to non-public address {ip}")
    return addresses[0].split("%", 1)[0]
