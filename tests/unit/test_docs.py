"""The docs agree with each other where they state the same fact."""

import re

from bot.settings import PROJECT_ROOT


def test_make_test_fast_is_given_one_duration_wherever_it_is_stated() -> None:
    files = [PROJECT_ROOT / name for name in ("README.md", "CONTRIBUTING.md", "Makefile")]
    files += sorted((PROJECT_ROOT / "docs").glob("*.md"))
    stated = {
        f"{path.name}: {figure}"
        for path in files
        for line in path.read_text(encoding="utf-8").splitlines()
        if "test-fast" in line or "inner loop" in line.lower()
        for figure in re.findall(r"(?:about|under) (\d+) s\b", line)
    }
    assert len({entry.split(": ")[1] for entry in stated}) == 1, sorted(stated)
