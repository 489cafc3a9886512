"""Refuse requests to private, loopback, link-local and other non-public addresses (SSRF guard).

A URL list from a user, or a redirect from a public page, must not make the crawler fetch
`http://169.254.169.254/` (cloud metadata), `http://127.0.0.1:6379/` or an intranet host. The guard resolves
each request's host (asynchronously, cached per host) and refuses the request when any address is not
global. Redirects pass through downloader middlewares again, so they are checked too.

newsbot.settings lists it in DOWNLOADER_MIDDLEWARES; it guards the spiders that fetch URLs a user typed.
Settings:
    NEWSBOT_NETGUARD_ENABLED  (bool, default True)          False turns the guard off
    NEWSBOT_NETGUARD_SPIDERS  (list, default ["article"])   spiders it guards; "*" guards every spider
    NEWSBOT_NETGUARD_ALLOW    (list, default [])            networks or hosts let through anyway ("127.0.0.1", "10.0.0.0/8")
A refused request is counted as `newsbot/dropped/private_address` (a drop with a reason in the run summary).
"""

from __future__ import annotations

import asyncio
import ipaddress
import logging
import socket
from typing import Any
from urllib.parse import urlsplit

from scrapy.exceptions import IgnoreRequest, NotConfigured

logger = logging.getLogger(__name__)

NETGUARD_STATS_KEY = "newsbot/dropped/private_address"
# a URL list typed by a user may point at cloud metadata or an intranet host
DEFAULT_GUARDED_SPIDERS = ["article"]
IPAddress = ipaddress.IPv4Address | ipaddress.IPv6Address
IPNetwork = ipaddress.IPv4Network | ipaddress.IPv6Network


class PrivateAddressRefused(IgnoreRequest):
    """The guard refused a request; it counted the drop itself, so the spider's errback must not count it again."""

    counted = True


def is_public(address: IPAddress) -> bool:
    """A globally routable unicast address (not private, loopback, link-local, multicast, reserved, ...)."""
    if isinstance(address, ipaddress.IPv6Address) and address.ipv4_mapped is not None:
        address = address.ipv4_mapped
    return address.is_global and not address.is_multicast


def parse_allow(entries: list[str]) -> tuple[list[IPNetwork], set[str]]:
    """Allow-list entries as networks (an address or CIDR) and host names (anything else, lower case)."""
    networks, hosts = [], set()
    for entry in entries:
        try:
            networks.append(ipaddress.ip_network(entry.strip(), strict=False))
        except ValueError:
            hosts.add(entry.strip().lower())
    return networks, hosts


def refusal(addresses: list[IPAddress], allowed: list[IPNetwork]) -> IPAddress | None:
    """The first address that is neither public nor allowed, or None when every address may be fetched."""
    for address in addresses:
        if not is_public(address) and not any(address in network for network in allowed):
            return address
    return None


class PrivateAddressGuardMiddleware:
    def __init__(self, crawler: Any, allow: list[str]) -> None:
        self.stats = crawler.stats
        self.networks, self.hosts = parse_allow(allow)
        self._resolved: dict[tuple[str, int], list[IPAddress]] = {}

    @classmethod
    def from_crawler(cls, crawler: Any) -> PrivateAddressGuardMiddleware:
        if not crawler.settings.getbool("NEWSBOT_NETGUARD_ENABLED", True):
            raise NotConfigured("NEWSBOT_NETGUARD_ENABLED is off")
        guarded = crawler.settings.getlist("NEWSBOT_NETGUARD_SPIDERS", DEFAULT_GUARDED_SPIDERS)
        if "*" not in guarded and getattr(crawler.spidercls, "name", None) not in guarded:
            raise NotConfigured  # silently: this spider's URLs come from sites, not from a user's list
        return cls(crawler, crawler.settings.getlist("NEWSBOT_NETGUARD_ALLOW", []))

    async def addresses(self, host: str, port: int) -> list[IPAddress]:
        try:
            return [ipaddress.ip_address(host.strip("[]"))]
        except ValueError:
            pass
        if (host, port) not in self._resolved:
            infos = await asyncio.get_running_loop().getaddrinfo(host, port, type=socket.SOCK_STREAM)
            self._resolved[(host, port)] = [ipaddress.ip_address(info[4][0].split("%", 1)[0]) for info in infos]
        return self._resolved[(host, port)]

    async def process_request(self, request: Any, spider: Any = None) -> None:
        parts = urlsplit(request.url)
        host = (parts.hostname or "").lower()
        if not host or parts.scheme not in ("http", "https") or host in self.hosts:
            return None
        try:
            addresses = await self.addresses(host, parts.port or (443 if parts.scheme == "https" else 80))
        except (OSError, UnicodeError):
            return None  # unresolvable: the download fails and is counted as a DNS error
        refused = refusal(addresses, self.networks)
        if refused is not None:
            self.stats.inc_value(NETGUARD_STATS_KEY)
            logger.warning("refused %s: %s resolves to non-public address %s", request.url, host, refused)
            raise PrivateAddressRefused(f"non-public address {refused}")
        return None

