"""The clock matrix: every test marked `clock` once more at each awkward instant, in the same run.

`make test` (and `make test-clock`) pass `--clock-matrix`: each marked test is parametrized with the
instants below, and for that one test the product's time is moved there with time-machine (ticking)
and the machine's time zone (TZ, `time.tzset`) is another one. One process serves every instant,
so the matrix costs its tests' own time instead of a pytest start and collection per instant, and
its items share the workers with the rest of the suite. A test that caches "now" across tests, or a
fixture that reads the clock before the instant is set, fails here as a long-running server would.
"""

from __future__ import annotations

import os
import time
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import datetime

import pytest
import time_machine


@dataclass(frozen=True)
class Instant:
    id: str
    at: str  # an ISO 8601 instant with its offset, or "real" for the wall clock
    zone: str  # the machine's TZ while the test runs
    why: str


MATRIX = (
    Instant(
        "berlin-spring",
        "2027-03-28T00:59:59+00:00",
        "Pacific/Auckland",
        "Berlin: a second before clocks spring forward",
    ),
    Instant(
        "berlin-twice",
        "2027-10-31T00:30:00+00:00",
        "America/Los_Angeles",
        "Berlin: 02:30 CEST, the hour that happens twice",
    ),
    Instant(
        "newyork-spring",
        "2027-03-14T06:59:59+00:00",
        "Europe/Berlin",
        "New York: a second before clocks spring forward",
    ),
    Instant(
        "newyork-twice",
        "2027-11-07T05:30:00+00:00",
        "Pacific/Auckland",
        "New York: 01:30 EDT, the hour that happens twice",
    ),
    Instant(
        "year-end",
        "2026-12-31T23:59:59+00:00",
        "Pacific/Auckland",
        "the last second of the year (already next year locally)",
    ),
    Instant("leap-day", "2028-02-29T12:00:00+00:00", "America/Los_Angeles", "a leap day"),
    Instant("saturday", "2026-11-28T15:00:00+00:00", "UTC", "a Saturday"),
    Instant("wall-la", "real", "America/Los_Angeles", "the wall clock, another zone"),
)


def pytest_addoption(parser: pytest.Parser) -> None:
    parser.addoption(
        "--clock-matrix",
        action="store_true",
        help="also run every test marked `clock` at each instant of tests/clock_matrix.py",
    )


def pytest_generate_tests(metafunc: pytest.Metafunc) -> None:
    if metafunc.config.getoption("--clock-matrix") and metafunc.definition.get_closest_marker("clock"):
        metafunc.parametrize(
            "clock_instant", [None, *MATRIX], ids=["now", *(i.id for i in MATRIX)], indirect=True, scope="function"
        )


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    """The instants run on SQLite only (PostgreSQL runs each clock test once, at now): time is the
    product's, not the database's, and the matrix would otherwise double."""
    chosen, dropped = [], []
    for item in items:
        params = getattr(item, "callspec", None) and item.callspec.params
        at_instant = bool(params) and params.get("clock_instant") is not None
        (dropped if at_instant and "postgresql" in params.values() else chosen).append(item)
    if dropped:
        config.hook.pytest_deselected(items=dropped)
        items[:] = chosen


@pytest.fixture(autouse=True)
def clock_instant(request: pytest.FixtureRequest) -> Iterator[Instant | None]:
    """Autouse, and first of a test's fixtures: the instant holds for the test's own fixtures too."""
    instant: Instant | None = getattr(request, "param", None)
    if instant is None:
        yield None
        return
    saved = os.environ.get("TZ")
    os.environ["TZ"] = instant.zone
    time.tzset()
    try:
        if instant.at == "real":
            yield instant
        else:
            with time_machine.travel(datetime.fromisoformat(instant.at), tick=True):
                yield instant
    finally:
        if saved is None:
            os.environ.pop("TZ", None)
        else:
            os.environ["TZ"] = saved
        time.tzset()
