"""Rate limits that hold for every way in, and the client address they are keyed on.

Without REDIS_URL the windows live in this web process's memory. With it they live in Redis,
so several web processes share one budget per visitor (and a visitor cannot multiply it by
landing on another process). If Redis cannot be reached the limit lets the request through and
says so in the log: a visitor is never refused because our own limiter is down.
"""

from __future__ import annotations

import logging
import time
import uuid
from collections import OrderedDict, deque
from collections.abc import Callable
from functools import lru_cache
from ipaddress import IPv4Network, IPv6Network, ip_address, ip_network
from typing import Protocol

from aiohttp import web
from redis.asyncio import Redis
from redis.exceptions import RedisError

from bot.settings import Settings
from bot.web.keys import SETTINGS

logger = logging.getLogger(__name__)
MAX_TRACKED_KEYS = 50_000


class RateLimiter(Protocol):
    async def limited(self, key: str) -> bool:
        """Counts one more event for `key` unless it is already over its budget."""

    async def over(self, key: str) -> bool:
        """Whether `key` used up its budget, without counting anything."""

    async def reserve(self, key: str) -> str | None:
        """Counts one event now and returns its ticket, or None when over budget: for work that
        is costly, the place is taken before the work starts, not after it."""

    async def refund(self, key: str, ticket: str) -> None:
        """Takes back an event `reserve` counted (the attempt turned out not to count)."""


class MemoryRateLimiter:
    """Sliding windows per key, bounded so a flood of new keys cannot grow it forever."""

    def __init__(
        self,
        per_window: int,
        window_seconds: float = 60,
        max_keys: int = MAX_TRACKED_KEYS,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        self.per_window = per_window
        self.window_seconds = window_seconds
        self.max_keys = max_keys
        self.clock = clock
        self.windows: OrderedDict[str, deque[float]] = OrderedDict()

    async def limited(self, key: str) -> bool:
        now = self.clock()
        window = self.windows.pop(key, None) or deque()
        while window and now - window[0] > self.window_seconds:
            window.popleft()
        self.windows[key] = window  # most recently used last
        while len(self.windows) > self.max_keys:
            self.windows.popitem(last=False)
        if len(window) >= self.per_window:
            return True
        window.append(now)
        return False

    async def over(self, key: str) -> bool:
        now = self.clock()
        window = self.windows.get(key) or deque()
        return sum(1 for t in window if now - t <= self.window_seconds) >= self.per_window

    async def reserve(self, key: str) -> str | None:
        if await self.limited(key):
            return None
        return repr(self.windows[key][-1])

    async def refund(self, key: str, ticket: str) -> None:
        window = self.windows.get(key)
        if window is not None and float(ticket) in window:
            window.remove(float(ticket))


# One sorted set per key, scored by Redis's own clock (no skew between web processes): drop what
# left the window, refuse when full, else record this event; atomic, so two processes never both
# take the last place.
_SLIDING_WINDOW = """
local now = redis.call('TIME')
local ms = tonumber(now[1]) * 1000 + math.floor(tonumber(now[2]) / 1000)
redis.call('ZREMRANGEBYSCORE', KEYS[1], '-inf', ms - tonumber(ARGV[1]))
if redis.call('ZCARD', KEYS[1]) >= tonumber(ARGV[2]) then return 1 end
if ARGV[3] == '' then return 0 end
redis.call('ZADD', KEYS[1], ms, ARGV[3])
redis.call('PEXPIRE', KEYS[1], ARGV[1])
return 0
"""


class RedisRateLimiter:
    """The same sliding window, shared by every web process through Redis."""

    def __init__(self, client: Redis, name: str, per_window: int, window_seconds: float = 60) -> None:
        self.client = client
        self.prefix = f"qualifier:limit:{name}:"
        self.per_window = per_window
        self.window_ms = int(window_seconds * 1000)
        self._script = client.register_script(_SLIDING_WINDOW)

    async def limited(self, key: str) -> bool:
        return await self._run(key, uuid.uuid4().hex)

    async def over(self, key: str) -> bool:
        return await self._run(key, "")

    async def reserve(self, key: str) -> str | None:
        ticket = uuid.uuid4().hex
        return None if await self._run(key, ticket) else ticket

    async def refund(self, key: str, ticket: str) -> None:
        try:
            await self.client.zrem(self.prefix + key, ticket)
        except (RedisError, OSError) as error:
            logger.warning("rate limit refund lost: Redis unavailable (%s)", error)

    async def _run(self, key: str, member: str) -> bool:
        try:
            return bool(await self._script(keys=[self.prefix + key], args=[self.window_ms, self.per_window, member]))
        except (RedisError, OSError) as error:
            logger.warning("rate limit not applied: Redis unavailable (%s)", error)
            return False


REDIS = web.AppKey("redis", Redis)


def make_limiter(app: web.Application, name: str, per_window: int, window_seconds: float = 60) -> RateLimiter:
    """Redis-backed when REDIS_URL is set (one client per app, closed with it), else in memory."""
    settings: Settings = app[SETTINGS]
    if not settings.redis_url:
        return MemoryRateLimiter(per_window, window_seconds)
    if REDIS not in app:
        app[REDIS] = Redis.from_url(settings.redis_url, socket_timeout=1.0, socket_connect_timeout=1.0)

        async def close(app: web.Application) -> None:
            await app[REDIS].close()

        app.on_cleanup.append(close)  # type: ignore[arg-type]
    return RedisRateLimiter(app[REDIS], name, per_window, window_seconds)


@lru_cache(maxsize=16)
def comma_list(setting: str) -> frozenset[str]:
    """A comma-separated setting as a set, parsed once per value rather than on every request."""
    return frozenset(item.strip() for item in setting.split(",") if item.strip())


@lru_cache(maxsize=16)
def trusted_networks(setting: str) -> tuple[IPv4Network | IPv6Network, ...]:
    """TRUSTED_PROXIES, addresses or networks ("10.0.0.0/8", "127.0.0.1"), parsed once per value.
    A setting that names no network is refused at once rather than trusting nobody silently."""
    networks = []
    for item in (part.strip() for part in setting.split(",")):
        if not item:
            continue
        try:
            networks.append(ip_network(item, strict=False))
        except ValueError:
            raise ValueError(f"TRUSTED_PROXIES: {item!r} is not an IP address or network (like 10.0.0.0/8)") from None
    return tuple(networks)


def is_trusted(address: str, networks: tuple[IPv4Network | IPv6Network, ...]) -> bool:
    try:
        ip = ip_address(address)
    except ValueError:
        return False
    return any(ip in network for network in networks)


def client_address(request: web.Request) -> str:
    """The visitor's address: the socket's, or the last one a trusted proxy added."""
    remote = request.remote or "unknown"
    trusted = trusted_networks(request.app[SETTINGS].trusted_proxies)
    if not is_trusted(remote, trusted):
        return remote
    hops = [h.strip() for h in request.headers.get("X-Forwarded-For", "").split(",") if h.strip()]
    while hops and is_trusted(hops[-1], trusted):
        hops.pop()
    return hops[-1] if hops else remote
