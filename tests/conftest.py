"""Shared fixtures: a fixed-date extractor, the policy, and a fresh database per test.

Databases: every storage test runs on SQLite and on PostgreSQL. TEST_DATABASES picks which
(default "sqlite,postgresql"); PostgreSQL comes from TEST_POSTGRES_URL (default the local
server). When PostgreSQL is asked for and cannot be reached the run fails loudly.
"""

from __future__ import annotations

import os
import uuid
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest
from sqlalchemy import create_engine, text

from bot.nlu.extractor import QualificationExtractor
from bot.qualification.policy import Policy, load_policy
from bot.settings import PROJECT_ROOT
from bot.storage.migrate import upgrade

TODAY = date(2026, 11, 22)
POSTGRES_URL = os.environ.get("TEST_POSTGRES_URL", "postgresql://postgres@127.0.0.1:5432/test")
DATABASES = [d.strip() for d in os.environ.get("TEST_DATABASES", "sqlite,postgresql").split(",") if d.strip()]


@pytest.fixture(scope="session")
def extractor() -> QualificationExtractor:
    return QualificationExtractor.from_files(PROJECT_ROOT / "sales" / "industries.yml",
                                             PROJECT_ROOT / "sales" / "currencies.yml", lambda: TODAY)


@pytest.fixture(scope="session")
def policy() -> Policy:
    return load_policy(PROJECT_ROOT / "sales" / "policy.yml")


def postgres_schema_url() -> tuple[str, str]:
    schema = f"t_{uuid.uuid4().hex[:12]}"
    admin = create_engine(POSTGRES_URL, future=True)
    try:
        with admin.begin() as connection:
            connection.execute(text(f"CREATE SCHEMA {schema}"))
    except Exception as error:
        raise RuntimeError(f"PostgreSQL was asked for (TEST_DATABASES) but {POSTGRES_URL} is not reachable: {error}") from error
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


@pytest.fixture
def db_url(empty_db_url: str) -> str:
    """A fresh database with every migration applied."""
    upgrade(empty_db_url)
    return empty_db_url
