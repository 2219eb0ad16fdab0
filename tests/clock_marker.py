"""Keeps the `clock` marker honest.

`scripts/clock-matrix.sh` reruns only the tests marked `clock` at awkward instants, so a test that
depends on the time but is not marked would escape it. This plugin watches every test: one that
reads the product's clock (`bot.clock.utcnow`, through any code path run in this process) or whose
module freezes or reads the time itself, and is not marked `clock`, fails the run with the line to
add. A marked test that never reads the clock is reported too, so the matrix stays small.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from datetime import datetime, tzinfo
from pathlib import Path

import pytest

import bot.clock

_current: list[str] = [""]
_readers: set[str] = set()
_SELF_TIMED = re.compile(r"time_machine|datetime\.now\(|date\.today\(|\butcnow\(|\butctoday\(|time\.time\(")
_module_reads: dict[Path, bool] = {}
_from_workers: dict[str, list[str]] = {}  # module -> test names, as workers reported them


class _WatchedDatetime(datetime):
    """`bot.clock`'s view of datetime: the same, except that asking it for now is noted."""

    @classmethod
    def now(cls, tz: tzinfo | None = None) -> datetime:  # type: ignore[override]
        _readers.add(_current[0])
        return datetime.now(tz)


def _module_reads_time(path: Path) -> bool:
    if path not in _module_reads:
        _module_reads[path] = bool(_SELF_TIMED.search(path.read_text(encoding="utf-8")))
    return _module_reads[path]


def pytest_configure(config: pytest.Config) -> None:
    config.addinivalue_line(
        "markers", "clock: reads or freezes the time; rerun by scripts/clock-matrix.sh at awkward instants"
    )
    bot.clock.datetime = _WatchedDatetime  # type: ignore[misc]


@pytest.hookimpl(hookwrapper=True)
def pytest_runtest_protocol(item: pytest.Item) -> Iterator[None]:
    _current[0] = item.nodeid
    yield
    _current[0] = ""


def _unmarked_readers(session: pytest.Session) -> dict[str, list[str]]:
    by_module: dict[str, list[str]] = {}
    for item in session.items:
        if any(item.get_closest_marker(name) is not None for name in ("clock", "slow", "browser")):
            continue  # marked, or never rerun by the matrix (it runs `not slow and not browser`)
        if item.nodeid in _readers or _module_reads_time(Path(str(item.path))):
            by_module.setdefault(str(item.path), []).append(item.name)
    return by_module


@pytest.hookimpl(optionalhook=True)
def pytest_testnodedown(node: object, error: object) -> None:
    """Under pytest-xdist (`make test`) each worker watches its own tests and hands what it saw to
    the controller, which reports for all of them: a worker's own verdict would go unseen."""
    for module, names in json.loads(getattr(node, "workeroutput", {}).get("clock_unmarked", "{}")).items():
        _from_workers.setdefault(module, []).extend(n for n in names if n not in _from_workers.get(module, []))


def pytest_sessionfinish(session: pytest.Session, exitstatus: int) -> None:
    if exitstatus not in (0, 1):
        return
    unmarked = _unmarked_readers(session) if session.items else {}
    worker_output = getattr(session.config, "workeroutput", None)
    if worker_output is not None:
        worker_output["clock_unmarked"] = json.dumps(unmarked)
        return
    for module, names in _from_workers.items():
        unmarked.setdefault(module, []).extend(n for n in names if n not in unmarked.get(module, []))
    if not unmarked:
        return
    reporter = session.config.pluginmanager.get_plugin("terminalreporter")
    lines = [
        "clock marker: these tests read or freeze the time but are not marked `clock`, so the clock matrix would "
        "skip them."
    ]
    for module, names in sorted(unmarked.items()):
        shown = ", ".join(names[:4]) + (f" and {len(names) - 4} more" if len(names) > 4 else "")
        lines.append(f"  {module}: {shown}\n    add `pytestmark = pytest.mark.clock` (or mark those tests)")
    if reporter is not None:
        reporter.write_line("\n".join(lines), red=True)
    session.exitstatus = pytest.ExitCode.TESTS_FAILED
