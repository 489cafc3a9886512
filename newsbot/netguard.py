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

The middleware resolves a host before the download, and the download resolves it again: a DNS server that
answers a public address first and a private one a second later (DNS rebinding) would slip between the two.
So when the guard covers the spider, `newsbot crawl` also installs GuardedResolver as Twisted's resolver:
the address the connection will use is checked at connect time, and a non-public one fails the download as
a name-resolution error (logged with the reason; counted once, as `download/CannotResolveHostError`).
"""

from __future__ import annotations

import asyncio
import ipaddress
import logging
import socket
from typing import Any
from urllib.parse import urlsplit

from scrapy.exceptions import IgnoreRequest, NotConfigured
from scrapy.resolver import CachingThreadedResolver
from twisted.internet.error import DNSLookupError

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


def guard_applies(settings: Any, spider_name: str | None) -> bool:
    """The guard is on and covers this spider (NEWSBOT_NETGUARD_ENABLED, NEWSBOT_NETGUARD_SPIDERS)."""
    if not settings.getbool("NEWSBOT_NETGUARD_ENABLED", True):
        return False
    guarded = settings.getlist("NEWSBOT_NETGUARD_SPIDERS", DEFAULT_GUARDED_SPIDERS)
    return "*" in guarded or spider_name in guarded


class GuardedResolver(CachingThreadedResolver):
    """Scrapy's default resolver, refusing names that resolve to a non-public address not allowed by
    NEWSBOT_NETGUARD_ALLOW. Checked on every lookup, cached or not: the checked address is the one connected to."""

    def __init__(self, reactor: Any, cache_size: int, timeout: float, allow: list[str]) -> None:
        super().__init__(reactor, cache_size, timeout)
        self.networks, self.hosts = parse_allow(allow)

    @classmethod
    def from_crawler(cls, crawler: Any, reactor: Any) -> GuardedResolver:
        settings = crawler.settings
        cache_size = settings.getint("DNSCACHE_SIZE") if settings.getbool("DNSCACHE_ENABLED") else 0
        return cls(reactor, cache_size, settings.getfloat("DNS_TIMEOUT"), settings.getlist("NEWSBOT_NETGUARD_ALLOW", []))

    def getHostByName(self, name: str, timeout: Any = ()) -> Any:  # noqa: N802 - Twisted's interface name
        return super().getHostByName(name, timeout).addCallback(self._checked, name)

    def _checked(self, address: str, name: str) -> str:
        if name.lower() in self.hosts:
            return address
        refused = refusal([ipaddress.ip_address(address)], self.networks)
        if refused is not None:
            logger.warning("refused to connect to %s: it now resolves to non-public address %s", name, refused)
            raise DNSLookupError(f"{name} resolves to non-public address {refused}")
        return address


class PrivateAddressGuardMiddleware:
    def __init__(self, crawler: Any, allow: list[str]) -> None:
        self.stats = crawler.stats
        self.networks, self.hosts = parse_allow(allow)
        self._resolved: dict[tuple[str, int], list[IPAddress]] = {}

    @classmethod
    def from_crawler(cls, crawler: Any) -> PrivateAddressGuardMiddleware:
        if not guard_applies(crawler.settings, getattr(crawler.spidercls, "name", None)):
            raise NotConfigured  # off, or this spider's URLs come from sites, not from a user's list
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

