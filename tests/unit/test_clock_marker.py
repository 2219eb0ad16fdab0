"""The clock marker's honesty check fails a run with an unmarked test that reads the time, also when
the tests are spread over pytest-xdist workers (as `make test` runs them)."""

from __future__ import annotations

import pytest

pytest_plugins = ["pytester"]
pytestmark = pytest.mark.slow  # each runs pytest again in a process of its own: not for `make test-fast`

# spelled so that this module's own source does not read as reading the time
UNMARKED = """
from datetime import datetime

def test_reads_the_wall_clock():
    assert datetime.{now}().year > 2000

def test_reads_nothing():
    assert 1 + 1 == 2
""".replace("{now}", "now")


@pytest.mark.parametrize("workers", [[], ["-n", "2"]], ids=["one-process", "two-workers"])
def test_an_unmarked_test_that_reads_the_time_fails_the_run(pytester: pytest.Pytester, workers: list[str]) -> None:
    pytester.makepyfile(test_unmarked=UNMARKED)
    result = pytester.runpytest_subprocess("-p", "tests.clock_marker", "-p", "no:cacheprovider", *workers)
    result.stdout.fnmatch_lines(["*not marked `clock`*", "*test_unmarked.py: test_reads_the_wall_clock*"])
    assert result.ret == pytest.ExitCode.TESTS_FAILED


def test_a_marked_one_passes(pytester: pytest.Pytester) -> None:
    pytester.makepyfile(test_marked="import pytest\npytestmark = pytest.mark.clock\n" + UNMARKED)
    result = pytester.runpytest_subprocess("-p", "tests.clock_marker", "-p", "no:cacheprovider", "-n", "2")
    assert result.ret == pytest.ExitCode.OK, result.stdout.str()
