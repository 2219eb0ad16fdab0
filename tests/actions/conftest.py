from collections.abc import Iterator

import pytest
from sqlalchemy.orm import sessionmaker

from actions import runtime
from bot.handoff.roster import sync_roster
from bot.settings import get_settings
from bot.storage.db import make_engine, session_factory, transaction


@pytest.fixture
def action_db(db_url: str, monkeypatch: pytest.MonkeyPatch) -> Iterator[sessionmaker]:
    """Point the action server's settings at a fresh database; yields a session factory on it."""
    monkeypatch.setenv("DATABASE_URL", db_url)
    get_settings.cache_clear()
    runtime.database.cache_clear()
    engine = make_engine(db_url)
    factory = session_factory(engine)
    with transaction(factory) as session:
        sync_roster(session, runtime.roster())
    yield factory
    engine.dispose()
    runtime.database().close()
    runtime.database.cache_clear()
    get_settings.cache_clear()
