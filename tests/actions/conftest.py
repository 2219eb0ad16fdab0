from collections.abc import Iterator

import pytest
from sqlalchemy.orm import sessionmaker

from actions import runtime
from bot.settings import get_settings
from bot.storage.db import make_engine, session_factory


@pytest.fixture
def action_db(db_url: str, monkeypatch: pytest.MonkeyPatch) -> Iterator[sessionmaker]:
    """Point the action server's settings at a fresh database; yields a session factory on it."""
    monkeypatch.setenv("DATABASE_URL", db_url)
    get_settings.cache_clear()
    runtime.sessions.cache_clear()
    engine = make_engine(db_url)
    yield session_factory(engine)
    engine.dispose()
    runtime.sessions().kw["bind"].dispose()
    runtime.sessions.cache_clear()
    get_settings.cache_clear()
