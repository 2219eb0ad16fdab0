"""Rate limits that hold for every way in, and the client address they are keyed on.

The limits live in each web process's memory; several web processes behind a load balancer
each keep their own (see the README's operations section).
"""

from __future__ import annotations

from collections import OrderedDict, deque
from functools import lru_cache

from aiohttp import web

from bot.web.keys import SETTINGS

MAX_TRACKED_KEYS = 50_000


class RateLimiter:
    """Sliding windows per key, bounded so a flood of new keys cannot grow it forever."""

    def __init__(self, per_window: int, window_seconds: float = 60, max_keys: int = MAX_TRACKED_KEYS) -> None:
        self.per_window = per_window
        self.window_seconds = window_seconds
        self.max_keys = max_keys
        self.windows: OrderedDict[str, deque[float]] = OrderedDict()

    def limited(self, key: str, now: float) -> bool:
        """Counts one more event for `key` unless it is already over its budget."""
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

    def over(self, key: str, now: float) -> bool:
        """Whether `key` used up its budget, without counting anything."""
        window = self.windows.get(key) or deque()
        return sum(1 for t in window if now - t <= self.window_seconds) >= self.per_window


@lru_cache(maxsize=16)
def comma_list(setting: str) -> frozenset[str]:
    """A comma-separated setting as a set, parsed once per value rather than on every request."""
    return frozenset(item.strip() for item in setting.split(",") if item.strip())


def client_address(request: web.Request) -> str:
    """The visitor's address: the socket's, or the last one a trusted proxy added."""
    remote = request.remote or "unknown"
    trusted = comma_list(request.app[SETTINGS].trusted_proxies)
    if remote not in trusted:
        return remote
    hops = [h.strip() for h in request.headers.get("X-Forwarded-For", "").split(",") if h.strip()]
    while hops and hops[-1] in trusted:
        hops.pop()
    return hops[-1] if hops else remote
