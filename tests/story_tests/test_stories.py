"""The dialog as Rasa test stories, with --fail-on-prediction-errors."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from bot.settings import PROJECT_ROOT
from tests.model import trained_model

pytestmark = pytest.mark.slow


def test_every_test_story_is_predicted_exactly(tmp_path: Path) -> None:
    result = subprocess.run(
        [
            sys.executable,
            "-m",
            "bot.runner.rasa_cli",  # rasa, with the plugins the running assistant has
            "test",
            "core",
            "--model",
            str(trained_model()),
            "--stories",
            "tests/stories",
            "--fail-on-prediction-errors",
            "--out",
            str(tmp_path),
        ],
        cwd=PROJECT_ROOT,
        capture_output=True,
        text=True,
        timeout=600,
    )
    failed = tmp_path / "failed_test_stories.yml"
    report = failed.read_text() if failed.exists() else ""
    assert result.returncode == 0, f"{report}\n{result.stdout[-3000:]}\n{result.stderr[-3000:]}"
    assert "None of the test stories failed" in report
