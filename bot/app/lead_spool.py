"""What the action server keeps on disk while the database is away (a consented conversation,
a lead to save) and the policy for writing it back once the database answers again."""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import asdict
from pathlib import Path
from typing import Any

from sqlalchemy.orm import Session

from bot.app.database import Database, StorageUnavailable
from bot.clock import utcnow
from bot.logsafe import describe
from bot.qualification.lifecycle import StageDecision, decide_stage
from bot.qualification.policy import Policy
from bot.qualification.score import Answers, Score, score
from bot.recording import spool
from bot.recording.recorder import record_history
from bot.retrying import TRANSIENT
from bot.storage.leads import save_qualified_contact

logger = logging.getLogger(__name__)
LEAD, HISTORY = "lead", "history"  # the two kinds of record the lead spool holds


def spool_path(data_dir: Path) -> Path:
    return data_dir / spool.LEAD_SPOOL


async def write_history_or_keep(
    database: Database, data_dir: Path, sender_id: str, events: list[dict[str, Any]]
) -> None:
    """The conversation so far, consented to: written now, or spooled and written by `replay`."""
    try:
        await database.run_in_turn(lambda session: record_history(session, sender_id, events, consent=True), "write")
    except StorageUnavailable:
        spool.append(spool_path(data_dir), [{"kind": HISTORY, "sender_id": sender_id, "events": events}])


async def save_lead_or_keep(
    database: Database,
    data_dir: Path,
    sender_id: str,
    answers: Answers,
    result: Score,
    decision: StageDecision,
    *,
    proven_email: str | None,
) -> int | None:
    """The saved lead's id; None when the database would not take it, and then the answers are
    spooled (scored again on replay, by the policy of that day)."""
    try:
        return await database.run_in_turn(
            lambda session: (
                save_qualified_contact(session, sender_id, answers, result, decision, proven_email=proven_email).id
            ),
            "write",
        )
    except StorageUnavailable:
        record = {
            "kind": LEAD,
            "sender_id": sender_id,
            "answers": asdict(answers),
            "proven_email": proven_email,
            "at": utcnow().isoformat(),
        }
        spool.append(spool_path(data_dir), [record])
        return None


async def replay(database: Database, data_dir: Path, policy: Policy) -> int:
    """Write what an outage kept back, in order; how many went in. While the database is away
    the rest goes back to the spool. A record that can never be written (unreadable, or refused
    for what it holds) is set aside in the dead-letter file with its error, so it neither blocks
    the ones behind it nor is lost."""
    path = spool_path(data_dir)
    if not path.exists():
        return 0
    records = spool.take(path)
    written = 0
    for done, record in enumerate(records):
        try:
            await database.run_in_turn(_writer(record, policy), "write", attempts=1)
        except StorageUnavailable as unavailable:
            if isinstance(unavailable.__cause__, TRANSIENT):
                spool.prepend(path, records[done:])
                return written
            _set_aside(path, record, unavailable.__cause__ or unavailable)
            continue
        except Exception as unreadable:  # a record this version cannot read: keep it for a person
            _set_aside(path, record, unreadable)
            continue
        written += 1
    return written


def _set_aside(path: Path, record: dict[str, Any], error: BaseException) -> None:
    dead_letters = path.with_name(spool.LEAD_DEAD_LETTERS)
    logger.error(
        "lead spool: a record of %s was set aside in %s: %s", record.get("sender_id"), dead_letters, describe(error)
    )
    spool.append(dead_letters, [{**record, "_error": f"{type(error).__name__}: {error}"[:500]}])


def _writer(record: dict[str, Any], policy: Policy) -> Callable[[Session], object]:
    sender_id = str(record["sender_id"])
    if record.get("kind") == HISTORY:
        events = list(record["events"])
        return lambda session: record_history(session, sender_id, events, consent=True)
    answers = Answers(**record["answers"])
    result = score(answers, policy)
    decision = decide_stage(answers, result)
    proven = record.get("proven_email")
    return lambda session: (
        save_qualified_contact(
            session, sender_id, answers, result, decision, proven_email=str(proven) if proven else None
        ).id
    )
