"""`RASA_REPLICAS=2 make run` on PostgreSQL and Redis: two Rasa servers and two action servers
behind HAProxy, two web workers on one port, and nothing done twice or lost."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import time
import urllib.error
import uuid
from collections import Counter
from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor
from datetime import UTC, datetime
from typing import Any

import pytest
from sqlalchemy import create_engine, text

from bot.recording.spool import DEAD_LETTERS
from bot.storage.db import session_factory, transaction
from bot.storage.funnel import anonymous_key
from bot.storage.outbox import enqueue_event
from tests.conftest import DATABASES, POSTGRES_URL, REDIS_URL, drop_schema, postgres_schema_url
from tests.e2e.stack import CrmReceiver, Stack, start_stack
from tests.model import trained_model
from tests.waiting import wait_until

pytestmark = [
    pytest.mark.slow,
    pytest.mark.redis,
    pytest.mark.skipif("postgresql" not in DATABASES, reason="the scale-out path runs on PostgreSQL (TEST_DATABASES)"),
]
METADATA = {"page": "/pricing", "plan": "business"}
OPENINGS = ["how much for 50 users?", "do you have SSO?", "we're a software company", "about 200 employees", "hi"]


@pytest.fixture(scope="module")
def scaled(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Stack]:
    trained_model()
    data = tmp_path_factory.mktemp("scaled")
    url, schema = postgres_schema_url()
    crm = CrmReceiver()
    # Rasa's tracker store takes the schema from POSTGRESQL_SCHEMA (its own setting)
    stack = start_stack(
        data,
        url,
        RASA_REPLICAS="2",
        WEB_WORKERS="2",
        TRACKER_STORE_URL=POSTGRES_URL,
        POSTGRESQL_SCHEMA=schema,
        REDIS_URL=REDIS_URL,
        CRM_WEBHOOK_URL=crm.url,
        CRM_WEBHOOK_SECRET="scale-secret",
    )
    stack.crm = crm  # type: ignore[attr-defined]
    stack.database_url = url  # type: ignore[attr-defined]
    stack.data_dir = data  # type: ignore[attr-defined]
    try:
        yield stack
    finally:
        code = stack.stop()
        crm.close()
        drop_schema(schema)
    assert code == 0, "".join(stack.output[-60:])


def children(stack: Stack, marker: str) -> list[int]:
    listing = subprocess.run(
        ["ps", "-o", "pid=,args=", "--ppid", str(stack.process.pid)], capture_output=True, text=True
    ).stdout
    return [int(line.split()[0]) for line in listing.splitlines() if marker in line]


def test_the_runner_started_two_of_each_behind_haproxy(scaled: Stack) -> None:
    output = "".join(scaled.output)
    for name in ("actions-1", "actions-2", "rasa-1", "rasa-2", "balancer", "web-1", "web-2"):
        assert f"run: {name} is up" in output
    assert len(children(scaled, "bot.runner.rasa_server")) == 2
    assert len(children(scaled, "bot.runner.action_server")) == 2
    assert len(children(scaled, "bot.web")) == 2


def test_messages_sent_at_once_are_each_processed_once_in_turn(scaled: Stack) -> None:
    """20 conversations each get 5 messages at the same moment, spread over both replicas."""
    senders = [f"scale-{uuid.uuid4().hex[:10]}" for _ in range(20)]
    jobs = [(sender, f"{text} (#{n})") for sender in senders for n, text in enumerate(OPENINGS)]

    def send(job: tuple[str, str]) -> list[dict[str, Any]]:
        return scaled.say(job[0], job[1], METADATA)

    with ThreadPoolExecutor(len(jobs)) as pool:
        replies = list(pool.map(send, jobs))
    unanswered = [job for job, reply in zip(jobs, replies, strict=True) if not reply]
    errors = "".join(line for line in scaled.output if "ERROR" in line or "Error" in line or "WARNING" in line)[-6000:]
    assert unanswered == [], f"every message gets an answer; the stack said:\n{errors}"

    for sender in senders:
        events = scaled.tracker(sender)["events"]
        said = [e["text"] for e in events if e["event"] == "user"]
        assert Counter(said) == Counter(message for s, message in jobs if s == sender)  # each once, none lost
        # turns never overlap: each message is read only after the previous turn ended listening
        for index, event in enumerate(events):
            if event["event"] == "user":
                before = [e for e in events[:index] if e["event"] in ("action", "user")]
                assert before and before[-1]["event"] == "action" and before[-1]["name"] == "action_listen", (
                    sender,
                    index,
                )

    # both replicas' transcript writers counted every conversation, and set nothing aside
    engine = create_engine(scaled.database_url)  # type: ignore[attr-defined]

    def spoke() -> set[str]:
        with engine.connect() as connection:
            return {
                row[0]
                for row in connection.execute(text("SELECT conversation_key FROM funnel_events WHERE kind = 'spoke'"))
            }

    keys = {anonymous_key(s) for s in senders}
    wait_until(lambda: spoke() >= keys, timeout=20)
    engine.dispose()
    assert not (scaled.data_dir / DEAD_LETTERS).exists()  # type: ignore[attr-defined]


def test_a_killed_action_server_is_restarted_and_conversations_go_on(scaled: Stack) -> None:
    senders = [f"kill-{uuid.uuid4().hex[:10]}" for _ in range(6)]
    dialog = [
        "hi",
        "sure",
        "we're a software company",
        "about 200 employees",
        "roughly 10-15k a month",
        "I make the final call",
        "next quarter",
    ]
    failures: list[str] = []
    answered: list[str] = []
    turns: list[tuple[str, float, float]] = []  # (sender, began, ended): which turns were in flight at the kill

    def visitor(sender: str) -> None:
        for message in dialog:
            began = time.monotonic()
            try:
                scaled.say(sender, message, METADATA)
                answered.append(sender)
            except (urllib.error.URLError, OSError) as error:
                failures.append(f"{sender}: {message}: {error}")
            turns.append((sender, began, time.monotonic()))
            time.sleep(0.3)  # a visitor's pace, so the kill lands mid-conversation

    victim = children(scaled, "bot.runner.action_server")[0]
    with ThreadPoolExecutor(len(senders)) as pool:
        running = [pool.submit(visitor, sender) for sender in senders]
        wait_until(lambda: len(set(answered)) == len(senders), timeout=60)  # every conversation under way
        killed_at = time.monotonic()
        os.kill(victim, signal.SIGKILL)
        for future in running:
            future.result()
    assert failures == []  # the balancer sent what it could not deliver to the other action server
    output = "".join(scaled.output)
    assert "exited with code -9; restarting it" in output
    wait_until(lambda: len(children(scaled, "bot.runner.action_server")) == 2, timeout=90)

    completed = {s for s in senders if scaled.tracker(s)["slots"].get("timeline")}
    in_flight = {sender for sender, began, ended in turns if began <= killed_at <= ended}
    # at most the turns in flight at the kill are lost (one or several, as the visitors' turns overlap)
    assert set(senders) - completed <= in_flight, (completed, in_flight)
    late = f"kill-after-{uuid.uuid4().hex[:8]}"
    for message in dialog:
        scaled.say(late, message, METADATA)
    slots = scaled.tracker(late)["slots"]
    assert slots["industry"] and slots["budget"] and slots["timeline"]


def test_two_web_workers_deliver_each_outbox_item_once(scaled: Stack) -> None:
    crm: CrmReceiver = scaled.crm  # type: ignore[attr-defined]
    before = len(crm.received)
    engine = create_engine(scaled.database_url)  # type: ignore[attr-defined]
    keys = [f"scale-outbox-{uuid.uuid4().hex[:8]}-{n}" for n in range(80)]
    with transaction(session_factory(engine)) as session:
        for key in keys:
            enqueue_event(session, "lead.updated", key, {"n": key}, now=datetime.now(UTC))
    engine.dispose()
    wait_until(lambda: len(crm.received) - before >= len(keys), timeout=60)
    time.sleep(3)  # a second delivery would come within a worker round or two
    delivered = Counter(json.loads(body)["idempotency_key"] for _, body in crm.received[before:])
    assert set(delivered) == set(keys)
    assert max(delivered.values()) == 1
