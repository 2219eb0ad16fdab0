"""Waiting for something another process or task does, with a deadline and a clear failure."""

from __future__ import annotations

import asyncio
import time
from collections.abc import Callable
from typing import TypeVar

T = TypeVar("T")


def wait_until(check: Callable[[], object], timeout: float = 30.0) -> None:
    deadline = time.monotonic() + timeout
    while not check():
        if time.monotonic() > deadline:
            raise AssertionError(f"timed out after {timeout:g} s")
        time.sleep(0.1)


def eventually(get: Callable[[], T], timeout: float = 30.0) -> T:
    """As `wait_until`, for a wait whose result the test goes on with: the first truthy value of `get`."""
    got: list[T] = []

    def arrived() -> bool:
        got.append(get())
        return bool(got[-1])

    wait_until(arrived, timeout)
    return got[-1]


async def wait_for(check: Callable[[], object], timeout: float = 30.0) -> None:
    """As `wait_until`, without blocking the event loop the awaited thing runs on."""
    deadline = time.monotonic() + timeout
    while not check():
        if time.monotonic() > deadline:
            raise AssertionError(f"timed out after {timeout:g} s")
        await asyncio.sleep(0.05)
