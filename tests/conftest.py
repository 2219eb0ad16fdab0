"""Shared fixtures: a fixed-date extractor, the policy, a fresh database per test, and the clock.

Databases: every storage test runs on SQLite and on PostgreSQL. TEST_DATABASES picks which
(default "sqlite,postgresql"); PostgreSQL comes from TEST_POSTGRES_URL (default the local
server). When PostgreSQL is asked for and cannot be reached the run fails loudly.

Clock: `--clock=<ISO instant>` (or TEST_CLOCK) moves the whole run to that instant with
time-machine, ticking from there (to replay one instant); `--clock-matrix` (tests/clock_matrix.py)
runs each `clock` test at awkward instants too (DST switches, New Year's Eve, a leap day, a
Saturday) so that a test which leans on the wall clock, or code that reads it instead of the `now`
it was given, fails every time, not by the hour.
"""

from __future__ import annotations

import asyncio
import functools
import gc
import os
import re
import shutil
import uuid
from collections.abc import Iterator
from datetime import date, datetime
from pathlib import Path
from typing import TYPE_CHECKING

import pytest
import redis
import time_machine
from sqlalchemy import create_engine, text
from sqlalchemy.pool import NullPool

if TYPE_CHECKING:  # the controller of `-n 2` runs no test: the product's modules load in the workers only
    from bot.nlu.extractor import QualificationExtractor
    from bot.qualification.policy import Policy

# The files sales ops edit, as frozen copies: a routine edit of sales/*.yml never breaks a test.
# Set before anything reads the settings, so every process the tests start (the stack) uses them too.
SALES_FIXTURES = Path(__file__).parent / "fixtures" / "sales"
for _variable, _name in (
    ("POLICY_PATH", "policy"),
    ("ROSTER_PATH", "roster"),
    ("PLANS_PATH", "plans"),
    ("COMPETITORS_PATH", "competitors"),
    ("TAXONOMY_PATH", "industries"),
    ("CURRENCIES_PATH", "currencies"),
    ("RESOURCES_PATH", "resources"),
):
    os.environ[_variable] = str(SALES_FIXTURES / f"{_name}.yml")

pytest_plugins = ["tests.clock_marker", "tests.clock_matrix"]

TODAY = date(2026, 11, 22)
REDIS_URL = os.environ.get("TEST_REDIS_URL", "redis://127.0.0.1:6379/9")
POSTGRES_URL = os.environ.get("TEST_POSTGRES_URL", "postgresql://postgres@127.0.0.1:5432/test")
DATABASES = [d.strip() for d in os.environ.get("TEST_DATABASES", "sqlite,postgresql").split(",") if d.strip()]


def pytest_addoption(parser: pytest.Parser) -> None:
    parser.addoption(
        "--clock",
        default=os.environ.get("TEST_CLOCK", "real"),
        help="run every test as if it were this ISO 8601 instant (with an offset); 'real' for the wall clock",
    )


@functools.cache
def redis_problem() -> str | None:
    """Why Redis cannot be used, or None when it answers."""
    try:
        redis.Redis.from_url(REDIS_URL, socket_connect_timeout=2, socket_timeout=2).ping()
    except redis.RedisError as error:
        return f"Redis at {REDIS_URL} (TEST_REDIS_URL) is not reachable: {error}"
    return None


# `make test-fast` (TEST_FAST=1) leaves out the test files that import Rasa itself: importing it (and
# TensorFlow) costs each worker about 10 s, half the inner loop's budget. `make test` runs them.
_IMPORTS_RASA_RE = re.compile(r"^\s*(?:from\s+rasa(?:\.|\s)|import\s+rasa(?:\.|\s|$))", re.M)
TESTS = Path(__file__).resolve().parent


@functools.cache
def _test_modules() -> dict[Path, str]:
    """Every test module's text, read once for the two filters below."""
    return {path.resolve(): path.read_text(encoding="utf-8") for path in TESTS.rglob("test_*.py")}


@functools.cache
def files_importing_rasa() -> frozenset[Path]:
    return frozenset(path for path, text in _test_modules().items() if _IMPORTS_RASA_RE.search(text))


# A module marked as a whole with a marker test-fast deselects (`pytestmark = pytest.mark.slow`, or a list holding
# slow, browser or sweep) would be imported only to run none of it; Playwright's and Hypothesis's imports cost each
# worker about a second.
_DESELECTED_MODULE_RE = re.compile(r"^pytestmark = (?:\[[^\]]*?|[^\n]*?)pytest\.mark\.(?:slow|browser|sweep)\b", re.M)


@functools.cache
def files_test_fast_deselects() -> frozenset[Path]:
    return frozenset(path for path, text in _test_modules().items() if _DESELECTED_MODULE_RE.search(text))


def pytest_ignore_collect(collection_path: Path) -> bool | None:
    if os.environ.get("TEST_FAST") == "1" and (
        collection_path.resolve() in files_importing_rasa() or collection_path.resolve() in files_test_fast_deselects()
    ):
        return True
    return None


def pytest_terminal_summary(terminalreporter: pytest.TerminalReporter) -> None:
    if os.environ.get("TEST_FAST") == "1":
        names = ", ".join(sorted(str(path.relative_to(TESTS.parent)) for path in files_importing_rasa()))
        terminalreporter.write_line(f"test-fast: left out the files that import Rasa ({names}); `make test` runs them")


def pytest_runtest_setup(item: pytest.Item) -> None:
    """Tests marked `redis` share state through a real Redis. `make test` needs it and fails
    loudly without it; `make test-fast` (TEST_REDIS=optional) skips them and says why."""
    if item.get_closest_marker("redis") is None or (problem := redis_problem()) is None:
        return
    if os.environ.get("TEST_REDIS") == "optional":
        pytest.skip(f"{problem}; start it with `redis-server --daemonize yes` to run this test")
    pytest.fail(problem, pytrace=False)


# The longest files first, in this order, then the other stack and browser files, then the rest: with
# two workers (`make test`, which passes --no-loadscope-reorder) the 3-minute fuzz files no longer
# start last while the other worker sits idle.
LONGEST_FIRST = (
    "test_studio_loop.py",
    "test_dialog_fuzz.py",
    "test_fuzz.py",
    "test_conversation_over_rest.py",
    "test_scale_out.py",
)


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    def weight(item: pytest.Item) -> int:
        if item.path.name in LONGEST_FIRST:
            return LONGEST_FIRST.index(item.path.name)
        heavy = item.get_closest_marker("slow") or item.get_closest_marker("browser")
        return len(LONGEST_FIRST) + (0 if heavy else 1)

    items.sort(key=weight)  # stable: a file's own order stays


def pytest_collection_finish(session: pytest.Session) -> None:
    """Importing Rasa imports Sanic, which makes uvloop the event loop of every later test. Our web
    app runs on asyncio's own loop, and under uvloop pytest-timeout's alarm never fires, so a hung
    test held CI to its 90-minute limit: put the standard loop back once every module is imported."""
    asyncio.set_event_loop_policy(None)


def pytest_unconfigure(config: pytest.Config) -> None:
    """pytest collects garbage five times at the end of each process to find unraisable exceptions;
    over a heap holding WordNet and every imported module that took 2 s a worker. Objects alive now
    are not garbage from a test: freeze them so that those collections walk only what tests left."""
    gc.freeze()


def pytest_report_header(config: pytest.Config) -> str:
    return f"clock: {config.getoption('--clock')}, TZ={os.environ.get('TZ', '(machine default)')}"


@pytest.fixture(scope="session", autouse=True)
def matrix_clock(request: pytest.FixtureRequest) -> Iterator[None]:
    instant = str(request.config.getoption("--clock"))
    if instant == "real":
        yield
        return
    moment = datetime.fromisoformat(instant)
    if moment.tzinfo is None:
        raise pytest.UsageError(f"--clock needs an offset (an instant, not a wall time): {instant}")
    with time_machine.travel(moment, tick=True):
        yield


@pytest.fixture(scope="session")
def extractor() -> QualificationExtractor:
    from bot.nlu.extractor import QualificationExtractor

    return QualificationExtractor.from_files(
        SALES_FIXTURES / "industries.yml", SALES_FIXTURES / "currencies.yml", lambda: TODAY
    )


@pytest.fixture(scope="session")
def policy() -> Policy:
    from bot.qualification.policy import load_policy

    return load_policy(SALES_FIXTURES / "policy.yml")


def postgres_schema_url() -> tuple[str, str]:
    schema = f"t_{uuid.uuid4().hex[:12]}"
    admin = create_engine(POSTGRES_URL, future=True)
    try:
        with admin.begin() as connection:
            connection.execute(text(f"CREATE SCHEMA {schema}"))
    except Exception as error:
        raise RuntimeError(
            f"PostgreSQL was asked for (TEST_DATABASES) but {POSTGRES_URL} is not reachable: {error}"
        ) from error
    finally:
        admin.dispose()
    separator = "&" if "?" in POSTGRES_URL else "?"
    return f"{POSTGRES_URL}{separator}options=-csearch_path%3D{schema}", schema


def drop_schema(schema: str) -> None:
    admin = create_engine(POSTGRES_URL, future=True)
    with admin.begin() as connection:
        connection.execute(text(f"DROP SCHEMA IF EXISTS {schema} CASCADE"))
    admin.dispose()


@pytest.fixture(params=DATABASES)
def empty_db_url(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[str]:
    """A fresh, empty database (no tables) of each configured kind."""
    if request.param == "sqlite":
        yield f"sqlite:///{tmp_path / 'test.db'}"
    elif request.param == "postgresql":
        url, schema = postgres_schema_url()
        try:
            yield url
        finally:
            drop_schema(schema)
    else:
        raise ValueError(f"unknown database kind in TEST_DATABASES: {request.param}")


@pytest.fixture(scope="session")
def sqlite_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """One SQLite file with every migration applied, per worker: a test gets a copy (a file copy, not
    the nine migrations again: ~0.12 s a test)."""
    path = tmp_path_factory.mktemp("template") / "migrated.db"
    from bot.storage.migrate import upgrade

    upgrade(f"sqlite:///{path}")
    return path


class MigratedSchema:
    """A PostgreSQL schema migrated once per worker and emptied before each test (rows deleted,
    sequences restarted), instead of a schema created and migrated per test: 0.06 s instead of 0.9 s.
    The rows the migrations seed (the routing lock row) are put back. A test that leaves the schema in
    another shape, or holds a lock past lock_timeout, gets a fresh one."""

    def __init__(self) -> None:
        self._open()

    def _open(self) -> None:
        self.url, self.schema = postgres_schema_url()
        from bot.storage.migrate import upgrade

        upgrade(self.url)
        self.engine = create_engine(self.url, future=True, poolclass=NullPool)
        self.tables = self._tables()
        with self.engine.connect() as connection:
            self.sequences = [
                row[0]
                for row in connection.execute(
                    text("SELECT sequencename FROM pg_sequences WHERE schemaname = current_schema()")
                )
            ]
            seeded = {
                table: [dict(row._mapping) for row in connection.execute(text(f'SELECT * FROM "{table}"'))]
                for table in self.tables - {"alembic_version"}
            }
        self.seeded = {table: rows for table, rows in seeded.items() if rows}

    def _tables(self) -> set[str]:
        with self.engine.connect() as connection:
            rows = connection.execute(text("SELECT tablename FROM pg_tables WHERE schemaname = current_schema()"))
            return {row[0] for row in rows}

    def emptied(self) -> str:
        try:
            if self._tables() != self.tables:
                raise RuntimeError("the schema changed shape")
            with self.engine.begin() as connection:
                connection.execute(text("SET LOCAL lock_timeout = '5s'"))
                # DELETE, children first, and sequences restarted: on tables this small it is ten times
                # faster than TRUNCATE, which swaps every table's files
                from bot.storage.models import metadata

                for table in reversed(metadata.sorted_tables):
                    connection.execute(table.delete())
                for sequence in self.sequences:
                    connection.execute(text(f'ALTER SEQUENCE "{sequence}" RESTART'))
                for table, rows in self.seeded.items():
                    columns = ", ".join(f'"{column}"' for column in rows[0])
                    values = ", ".join(f":{column}" for column in rows[0])
                    connection.execute(text(f'INSERT INTO "{table}" ({columns}) VALUES ({values})'), rows)
        except Exception:  # whatever went wrong, the next test starts on a new schema
            self.close()
            self._open()
        return self.url

    def close(self) -> None:
        self.engine.dispose()
        drop_schema(self.schema)


@pytest.fixture(scope="session")
def migrated_postgres() -> Iterator[MigratedSchema]:
    schema = MigratedSchema()
    yield schema
    schema.close()


@pytest.fixture(params=DATABASES)
def db_url(request: pytest.FixtureRequest, tmp_path: Path) -> str:
    """A fresh database with every migration applied, of each configured kind."""
    if request.param == "sqlite":
        path = tmp_path / "test.db"
        shutil.copyfile(request.getfixturevalue("sqlite_template"), path)
        return f"sqlite:///{path}"
    if request.param == "postgresql":
        return request.getfixturevalue("migrated_postgres").emptied()
    raise ValueError(f"unknown database kind in TEST_DATABASES: {request.param}")
