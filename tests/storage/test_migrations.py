from alembic.script import ScriptDirectory
from sqlalchemy import create_engine, inspect

from bot.storage.migrate import MIGRATIONS, alembic_config, downgrade, upgrade
from bot.storage.models import metadata


def test_every_revision_upgrades_and_downgrades(empty_db_url: str) -> None:
    script = ScriptDirectory.from_config(alembic_config(empty_db_url))
    revisions = [r.revision for r in reversed(list(script.walk_revisions()))]
    assert revisions, f"no migrations found in {MIGRATIONS}"
    for revision in revisions:
        upgrade(empty_db_url, revision)
    engine = create_engine(empty_db_url)
    assert set(metadata.tables) <= set(inspect(engine).get_table_names())
    for revision in reversed(revisions[:-1]):
        downgrade(empty_db_url, revision)
    downgrade(empty_db_url, "base")
    assert set(inspect(engine).get_table_names()) <= {"alembic_version"}
    upgrade(empty_db_url)
    assert set(metadata.tables) <= set(inspect(engine).get_table_names())
    engine.dispose()


def test_migrations_match_the_models(db_url: str) -> None:
    from alembic.autogenerate import compare_metadata
    from alembic.migration import MigrationContext

    engine = create_engine(db_url)
    with engine.connect() as connection:
        differences = compare_metadata(MigrationContext.configure(connection), metadata)
    engine.dispose()
    assert differences == []
