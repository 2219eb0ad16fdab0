"""Alembic environment: our metadata, the URL given by bot.storage.migrate."""

from __future__ import annotations

from alembic import context

from bot.storage.db import make_engine
from bot.storage.models import metadata

config = context.config
url = config.get_main_option("sqlalchemy.url")
assert url, "bot.storage.migrate sets sqlalchemy.url"
engine = make_engine(url)
with engine.connect() as connection:
    context.configure(connection=connection, target_metadata=metadata, render_as_batch=True)
    with context.begin_transaction():
        context.run_migrations()
engine.dispose()
