from pathlib import Path

import pytest
from sqlalchemy import create_engine, func, select, text

from bot.recording.transcript_writer import TranscriptWriter
from bot.retrying import Backoff
from bot.storage.models import Message

pytestmark = pytest.mark.clock  # reads the clock: rerun by scripts/clock-matrix.sh

EVENT = {"event": "user", "timestamp": 5.0, "text": "hello", "sender_id": "visitor-broker-000001"}
CONSENT = {"event": "slot", "timestamp": 4.0, "name": "consent", "value": True, "sender_id": EVENT["sender_id"]}


def messages(url: str) -> int:
    engine = create_engine(url)
    with engine.connect() as connection:
        n = connection.execute(select(func.count()).select_from(Message.__table__)).scalar_one()
    engine.dispose()
    return int(n)


def test_events_reach_the_database_off_the_conversation_path(db_url: str, tmp_path: Path) -> None:
    writer = TranscriptWriter(db_url, tmp_path / "spool.jsonl")
    writer.put(CONSENT)
    writer.put(EVENT)
    writer.put({**EVENT, "event": "bot", "text": "Hi there!", "timestamp": 6.0})
    writer.put({"event": "action", "name": "action_listen", "sender_id": EVENT["sender_id"]})
    assert writer.flush()
    writer.close()
    assert messages(db_url) == 2


def test_a_database_outage_loses_nothing(tmp_path: Path) -> None:
    url = f"sqlite:///{tmp_path / 'late.db'}"
    spool = tmp_path / "spool.jsonl"
    writer = TranscriptWriter(
        url, spool, backoff=Backoff(first=0.01, most=0.05)
    )  # tables do not exist yet: writes fail
    writer.put(CONSENT)
    writer.put(EVENT)
    assert not writer.flush(timeout=0.5)
    writer.close(grace=0.2)  # the database is away: spooled at once rather than after the usual 5 s
    assert spool.exists()

    from bot.storage.migrate import upgrade

    upgrade(url)
    writer = TranscriptWriter(url, spool)  # the next start replays what was spooled
    assert writer.flush()
    writer.close()
    assert not spool.exists()
    assert messages(url) == 1
    engine = create_engine(url)
    with engine.connect() as connection:
        assert connection.execute(text("select text from messages")).scalar_one() == "hello"
    engine.dispose()


def test_a_bad_event_is_set_aside_and_the_rest_keep_flowing(db_url: str, tmp_path: Path) -> None:
    import json

    writer = TranscriptWriter(db_url, tmp_path / "spool.jsonl")
    writer.put(CONSENT)
    writer.put({**EVENT, "parse_data": {"intent": "not-a-mapping"}})  # malformed: no intent name to read
    writer.put({**EVENT, "event": "bot", "text": "Hi there!", "timestamp": 6.0})
    assert writer.flush()
    writer.close()
    assert messages(db_url) == 1
    dead = [json.loads(line) for line in writer.dead_letters.read_text().splitlines()]
    assert [d["text"] for d in dead] == ["hello"] and "AttributeError" in dead[0]["_error"]
    assert oct(writer.dead_letters.stat().st_mode & 0o777) == "0o600"


def test_the_queue_is_bounded_and_overflow_waits_on_disk(tmp_path: Path) -> None:
    url = f"sqlite:///{tmp_path / 'late.db'}"
    spool = tmp_path / "spool.jsonl"
    writer = TranscriptWriter(
        url, spool, backoff=Backoff(first=0.01, most=0.05), max_queue=5
    )  # no tables yet: the database is "away"
    writer.put(CONSENT)
    for n in range(50):
        writer.put({**EVENT, "text": f"message {n}", "timestamp": 10.0 + n})
    assert writer._queue.qsize() <= 5
    writer.close(grace=0.2)

    from bot.storage.migrate import upgrade

    upgrade(url)
    writer = TranscriptWriter(url, spool)
    assert writer.flush()
    writer.close()
    assert messages(url) == 50  # nothing lost
