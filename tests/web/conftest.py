"""Fixtures the inbox and studio tests share."""

from pathlib import Path

import pytest

from tests.web.studio_setup import marketers_files


@pytest.fixture
def repo(tmp_path: Path) -> Path:
    """A copy of the files a marketer edits (tests/web/studio_setup.py)."""
    return marketers_files(tmp_path)
