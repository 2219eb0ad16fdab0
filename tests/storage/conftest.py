from collections.abc import Iterator

import pytest
from sqlalchemy.orm import Session

from bot.storage.db import make_engine, session_factory, transaction


@pytest.fixture
def session(db_url: str) -> Iterator[Session]:
    """One transaction on a fresh, migrated database (SQLite and PostgreSQL), committed at the end."""
    engine = make_engine(db_url)
    with transaction(session_factory(engine)) as session:
        yield session
    engine.dispose()
