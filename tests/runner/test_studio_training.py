"""The studio's training runs Rasa in its own process (bot/runner/studio_training.py): files Rasa cannot
train fail with Rasa's own words for the page, and nothing is left that looks like a model."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from bot.app.database import Database
from bot.runner.studio_training import train
from bot.settings import PROJECT_ROOT

pytestmark = pytest.mark.slow  # loads Rasa and TensorFlow in the test process


def test_files_rasa_cannot_read_fail_with_what_is_wrong_and_leave_no_model(tmp_path: Path) -> None:
    files = tmp_path / "version" / "files"
    shutil.copytree(PROJECT_ROOT / "data", files / "data")
    shutil.copyfile(PROJECT_ROOT / "config.yml", files / "config.yml")
    (files / "domain.yml").write_text("intents:\n  - greet\nresponses: [this is: not: a mapping\n", encoding="utf-8")
    database = Database.open(f"sqlite:///{tmp_path / 'studio.db'}")
    try:
        with pytest.raises(RuntimeError, match=r"Rasa could not train these files: .+"):
            train(database, 1, tmp_path / "version", "0" * 16, live_model=None)
    finally:
        database.close()
    assert not list((tmp_path / "version").glob("*.tar.gz"))
    assert (tmp_path / "version" / "train.log").exists()  # what Rasa said is kept for whoever looks further
