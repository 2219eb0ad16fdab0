from collections.abc import Iterator

import pytest
from sqlalchemy.orm import Session, sessionmaker

from bot.handoff.roster import Roster, load_roster, sync_roster
from bot.storage.db import make_engine, session_factory, transaction
from tests.conftest import SALES_FIXTURES


@pytest.fixture(scope="session")
def roster() -> Roster:
    return load_roster(SALES_FIXTURES / "roster.yml")


@pytest.fixture
def factory(db_url: str, roster: Roster) -> Iterator[sessionmaker]:
    engine = (
        make_engine(db_url, pool_size=20, max_overflow=100) if db_url.startswith("postgresql") else make_engine(db_url)
    )
    factory = session_factory(engine)
    with transaction(factory) as session:
        sync_roster(session, roster)
    yield factory
    engine.dispose()


@pytest.fixture
def session(factory: sessionmaker) -> Iterator[Session]:
    with transaction(factory) as session:
        yield session
