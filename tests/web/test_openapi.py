"""The OpenAPI document is true of the running app: schemathesis generates requests from it
(valid and invalid) against `python -m bot.web` on seeded data and checks every response."""

import os
import subprocess
import sys
import urllib.request
from pathlib import Path

import pytest

from bot.qualification.lifecycle import decide_stage
from bot.qualification.policy import Policy
from bot.qualification.score import Answers, score
from bot.recording.recorder import record_events
from bot.settings import PROJECT_ROOT
from bot.storage.db import make_engine, session_factory, transaction
from bot.storage.leads import save_qualified_contact
from bot.storage.migrate import upgrade
from tests.e2e.stack import free_port
from tests.waiting import wait_until

pytestmark = pytest.mark.slow
TOKEN = "openapi-token-789"


def seed(database_url: str, policy: Policy) -> None:
    upgrade(database_url)
    engine = make_engine(database_url)
    with transaction(session_factory(engine)) as session:
        for number in range(3):
            answers = Answers(
                industry="software",
                company_size=200,
                budget=80_000.0,
                authority="decision_maker",
                timeline=40,
                email=f"person{number}@acme{number}.example",
                person_name=f"Person {number}",
                company="Acme",
            )
            result = score(answers, policy)
            save_qualified_contact(
                session, f"visitor-openapi-{number:04d}", answers, result, decide_stage(answers, result)
            )
            record_events(
                session,
                f"visitor-openapi-{number:04d}",
                [
                    {"event": "user", "timestamp": 10.0 + number, "text": "hi"},
                    {"event": "bot", "timestamp": 11.0 + number, "text": "Hello!"},
                ],
            )
    engine.dispose()


def test_every_documented_operation_answers_as_documented(tmp_path: Path, policy: Policy) -> None:
    database_url = f"sqlite:///{tmp_path / 'leads.db'}"
    seed(database_url, policy)
    port = free_port()
    env = {
        **os.environ,
        "DATABASE_URL": database_url,
        "LEADS_API_TOKEN": TOKEN,
        "DATA_DIR": str(tmp_path / "var"),
        "SECRET_KEY": "k" * 32,
        "PYTHONPATH": str(PROJECT_ROOT),
        "RETENTION_DAYS": "0",
    }
    web = subprocess.Popen(
        [sys.executable, "-m", "bot.web", "--host", "127.0.0.1", "--port", str(port)],
        cwd=PROJECT_ROOT,
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        text=True,
    )
    try:
        schema_url = f"http://127.0.0.1:{port}/api/openapi.json"
        wait_until(lambda: answers(schema_url), timeout=60)
        result = subprocess.run(
            [
                str(Path(sys.executable).parent / "schemathesis"),
                "run",
                schema_url,
                "-H",
                f"Authorization: Bearer {TOKEN}",
                "--checks",
                "all",
                "--max-examples",
                "40",
                "--seed",
                "1",
                "--workers",
                "1",
                "--phases",
                "examples,coverage,fuzzing,stateful",
                "--no-color",
            ],
            capture_output=True,
            text=True,
            timeout=600,
            cwd=tmp_path,
        )
    finally:
        web.terminate()
        log, _ = web.communicate(timeout=30)
    assert result.returncode == 0, result.stdout[-6000:] + "\n--- web app ---\n" + log[-3000:]
    assert "Tested: 5" in result.stdout and "No issues found" in result.stdout  # all five operations, none skipped


def answers(url: str) -> bool:
    try:
        urllib.request.urlopen(url, timeout=1)
    except OSError:
        return False
    return True
