"""`make run` refuses to start on a taken port, with a message that says which and what to do."""

import os
import socket
import subprocess
import sys
from pathlib import Path

from bot.settings import PROJECT_ROOT


def test_a_taken_port_is_reported_before_anything_starts(tmp_path: Path) -> None:
    with socket.socket() as taken:
        taken.bind(("127.0.0.1", 0))
        taken.listen()
        port = taken.getsockname()[1]
        result = subprocess.run(
            [sys.executable, "-m", "bot.runner"],
            cwd=PROJECT_ROOT,
            capture_output=True,
            text=True,
            timeout=120,
            env={
                **os.environ,
                "ACTIONS_PORT": str(port),
                "PYTHONPATH": str(PROJECT_ROOT),
                "DATA_DIR": str(tmp_path / "var"),
            },
        )
    assert result.returncode == 1
    assert f"port already in use: ACTIONS_PORT {port}" in result.stdout
