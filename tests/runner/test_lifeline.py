"""What the product starts does not outlive its starter: a supervisor, web app or studio training
killed without its shutdown (SIGKILL, out of memory) leaves no process serving behind it."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from bot.lifeline import PARENT_VARIABLE, end_with_parent
from bot.settings import PROJECT_ROOT
from tests.waiting import wait_until

CHILD = textwrap.dedent(
    """
    import subprocess, sys, time
    from bot.lifeline import end_with_parent
    watching = end_with_parent(0.1)
    grandchild = subprocess.Popen([sys.executable, "-c", "import time; time.sleep(120)"])
    print(watching, grandchild.pid, flush=True)
    time.sleep(120)
    """
)
STARTER = textwrap.dedent(
    """
    import os, subprocess, sys, time
    from bot.lifeline import started_by_me
    child = subprocess.Popen(
        [sys.executable, "-c", sys.argv[1]], env=started_by_me(os.environ),
        start_new_session=True, stdout=subprocess.PIPE, text=True,
    )
    print(child.pid, child.stdout.readline().strip(), flush=True)
    time.sleep(120)
    """
)


def _gone(pid: int) -> bool:
    """Exited, or a zombie nobody reaped (init in a container may not)."""
    status = Path(f"/proc/{pid}/status")
    try:
        return "State:\tZ" in status.read_text()
    except FileNotFoundError:
        return True


def _start(env: dict[str, str]) -> tuple[subprocess.Popen[str], int, bool, int]:
    starter = subprocess.Popen(
        [sys.executable, "-c", STARTER, CHILD],
        env={**env, "PYTHONPATH": str(PROJECT_ROOT)},
        stdout=subprocess.PIPE,
        text=True,
    )
    assert starter.stdout is not None
    child, watching, grandchild = starter.stdout.readline().split()
    return starter, int(child), watching == "True", int(grandchild)


def test_a_child_and_its_own_children_end_when_their_starter_is_killed() -> None:
    starter, child, watching, grandchild = _start(dict(os.environ))
    try:
        assert watching
        assert not _gone(child) and not _gone(grandchild)
        starter.send_signal(signal.SIGKILL)
        starter.wait()
        wait_until(lambda: _gone(child) and _gone(grandchild), timeout=10)
    finally:
        for pid in (child, grandchild):
            if not _gone(pid):
                os.kill(pid, signal.SIGKILL)


def test_a_process_not_started_by_the_product_is_left_alone(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv(PARENT_VARIABLE, raising=False)
    assert end_with_parent() is False
    monkeypatch.setenv(PARENT_VARIABLE, "1")  # inherited from further up: it names another process
    assert os.getppid() != 1 and end_with_parent() is False
    monkeypatch.setenv(PARENT_VARIABLE, "not a pid")
    assert end_with_parent() is False
