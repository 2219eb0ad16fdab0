"""The public web app runs on its own environment (.venv-web), on versions without the known
holes of the ones Rasa 3.6 pins (docs/environments.md), and imports neither Rasa nor spaCy."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from importlib.metadata import version

import pytest

from bot.runner.__main__ import WEB_VENV, web_python
from bot.settings import PROJECT_ROOT

PROBE = """
import json, sys
from importlib.metadata import version
import bot.web.__main__, bot.web.app
print(json.dumps({"aiohttp": version("aiohttp"), "python-socketio": version("python-socketio"),
                  "loaded": sorted(m for m in ("rasa", "spacy", "tensorflow", "rasa_sdk") if m in sys.modules)}))
"""


def numbers(text: str) -> tuple[int, ...]:
    return tuple(int(part) for part in text.split(".")[:3])


@pytest.mark.skipif(not (WEB_VENV / "bin" / "python").exists(), reason="no .venv-web: `make install` builds it")
def test_the_web_app_runs_on_patched_aiohttp_and_socketio_without_rasa() -> None:
    assert web_python() == str(WEB_VENV / "bin" / "python")
    env = {**os.environ, "PYTHONPATH": str(PROJECT_ROOT)}
    probe = subprocess.run(
        [web_python(), "-c", PROBE], capture_output=True, text=True, env=env, cwd=PROJECT_ROOT, timeout=120
    )
    assert probe.returncode == 0, probe.stderr
    found = json.loads(probe.stdout.strip().splitlines()[-1])
    assert numbers(found["aiohttp"]) >= (3, 12, 14)  # CVE-2024-52304, CVE-2025-53643: request smuggling
    assert numbers(found["python-socketio"]) >= (5, 14, 0)  # CVE-2025-61765: pickles over a Redis manager
    assert found["loaded"] == []


def test_rasas_environment_has_the_patched_socketio_too() -> None:
    assert numbers(version("python-socketio")) >= (5, 14, 0)
    assert sys.prefix != str(WEB_VENV)
