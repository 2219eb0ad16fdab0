"""Apply Alembic migrations programmatically (on start, in tests, from the command line)."""

from __future__ import annotations

import argparse
from pathlib import Path

from alembic import command
from alembic.config import Config

MIGRATIONS = Path(__file__).resolve().parent / "migrations"


def alembic_config(url: str) -> Config:
    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS))
    config.set_main_option("sqlalchemy.url", url.replace("%", "%%"))
    return config


def upgrade(url: str, revision: str = "head") -> None:
    command.upgrade(alembic_config(url), revision)


def downgrade(url: str, revision: str) -> None:
    command.downgrade(alembic_config(url), revision)


def main() -> None:
    from bot.settings import get_settings

    parser = argparse.ArgumentParser(description="Apply database migrations")
    parser.add_argument("revision", nargs="?", default="head")
    args = parser.parse_args()
    url = get_settings().effective_database_url
    upgrade(url, args.revision)
    print(f"migrate: database at {url.split('@')[-1]} is at {args.revision}")


if __name__ == "__main__":
    main()
