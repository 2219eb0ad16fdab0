"""Adapters from actions to storage: what to save when, nothing more."""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import asdict
from pathlib import Path
from typing import Any

from rasa_sdk import Tracker
from sqlalchemy.orm import Session

from actions import runtime
from bot.clock import utcnow
from bot.dialog.steering import first_name
from bot.handoff.live import request_person
from bot.logsafe import describe
from bot.qualification.lifecycle import StageDecision, decide_stage
from bot.qualification.score import Answers, Score, score
from bot.recording import spool
from bot.recording.recorder import record_history
from bot.retrying import TRANSIENT
from bot.settings import get_settings
from bot.storage.erasure import erase_conversation
from bot.storage.leads import save_qualified_contact
from bot.storage.outbox import enqueue_email

# What the lead spool holds: a lead to save, or a consented conversation to write.
LEAD, HISTORY = "lead", "history"

logger = logging.getLogger(__name__)


async def consent_given(tracker: Tracker) -> None:
    """Write the conversation so far: it was kept only in Rasa's working memory until now. In an
    outage it is spooled with the leads and written by `replay_spooled` once the database is back."""
    sender_id, events = tracker.sender_id, list(tracker.events)
    try:
        await runtime.write(lambda session: record_history(session, sender_id, events, consent=True))
    except runtime.StorageUnavailable:
        spool.append(_lead_spool(), [{"kind": HISTORY, "sender_id": sender_id, "events": events}])


async def human_requested(tracker: Tracker) -> str | None:
    """Record the request; the name of the online SDR who was told, or None when nobody covering
    this visitor is online. That SDR reads the conversation so far, so it is written now.
    Raises `StorageUnavailable` when the database is away: nobody could be told."""
    sender_id, zone, roster, public_url = (
        tracker.sender_id,
        tracker.get_slot("timezone"),
        runtime.roster(),
        runtime.links().public_url,
    )
    events = list(tracker.events)

    def work(session: Session) -> str | None:
        now = utcnow()
        sdr = request_person(
            session, roster=roster, sender_id=sender_id, visitor_timezone=zone, public_url=public_url, now=now
        )
        if sdr is None:
            return None
        record_history(session, sender_id, events, shared_at=now)
        return str(sdr.name)

    return await runtime.write(work)


async def qualified_contact(tracker: Tracker, answers: Answers, result: Score, decision: StageDecision) -> int | None:
    """The saved lead's id; None when the database would not take it, in which case the answers
    are spooled and saved by `replay_spooled` once it is back."""
    await replay_spooled()
    sender_id, proven = tracker.sender_id, tracker.get_slot("verified_email")
    try:
        return await runtime.write(
            lambda session: (
                save_qualified_contact(session, sender_id, answers, result, decision, proven_email=proven).id
            )
        )
    except runtime.StorageUnavailable:
        spool.append(
            _lead_spool(),
            [
                {
                    "kind": LEAD,
                    "sender_id": sender_id,
                    "answers": asdict(answers),
                    "proven_email": proven,
                    "at": utcnow().isoformat(),
                }
            ],
        )
        return None


async def resources_promised(tracker: Tracker, answers: Answers, lead_id: int) -> bool:
    """Queue the resources email the visitor is about to be promised (sales/resources.yml); False
    when it could not be queued, and then nothing is promised."""
    if not answers.email:
        return False
    message = runtime.resources().email(
        to=answers.email,
        first_name=first_name(answers.person_name) or None,
        industry=answers.industry,
        sender=runtime.links().mail_from,
    )
    key = f"resources:{lead_id}:{tracker.sender_id}"
    try:
        await runtime.write(lambda session: enqueue_email(session, key, message, now=utcnow()))
    except runtime.StorageUnavailable:
        return False
    return True


async def replay_spooled() -> int:
    """Write what an outage kept back (conversations consented to, leads); how many went in.
    While the database is away the rest goes back to the spool, in order. A record that can
    never be written (unreadable, or refused for what it holds) is set aside in the lead
    dead-letter file with its error, so it neither blocks the ones behind it nor is lost."""
    path = _lead_spool()
    if not path.exists():
        return 0
    records = spool.take(path)
    written = 0
    for done, record in enumerate(records):
        try:
            await runtime.write(_replay(record), attempts=1)
        except runtime.StorageUnavailable as unavailable:
            if isinstance(unavailable.__cause__, TRANSIENT):
                spool.prepend(path, records[done:])
                return written
            _set_aside(record, unavailable.__cause__ or unavailable)
            continue
        except Exception as unreadable:  # a record this version cannot read: keep it for a person
            _set_aside(record, unreadable)
            continue
        written += 1
    return written


def _set_aside(record: dict[str, Any], error: BaseException) -> None:
    dead_letters = _lead_spool().with_name(spool.LEAD_DEAD_LETTERS)
    logger.error(
        "lead spool: a record of %s was set aside in %s: %s", record.get("sender_id"), dead_letters, describe(error)
    )
    spool.append(dead_letters, [{**record, "_error": f"{type(error).__name__}: {error}"[:500]}])


def _replay(record: dict[str, Any]) -> Callable[[Session], object]:
    sender_id = str(record["sender_id"])
    if record.get("kind") == HISTORY:
        events = list(record["events"])
        return lambda session: record_history(session, sender_id, events, consent=True)
    answers = Answers(**record["answers"])
    result = score(answers, runtime.policy())
    decision = decide_stage(answers, result)
    proven = record.get("proven_email")
    return lambda session: (
        save_qualified_contact(
            session, sender_id, answers, result, decision, proven_email=str(proven) if proven else None
        ).id
    )


async def erase_visitor(tracker: Tracker) -> dict[str, Any]:
    """ "Delete my data": this chat, and its lead when the chat is all of it or the site signed
    who the visitor is. Counts of what went; raises `StorageUnavailable` when nothing could be."""
    sender_id = tracker.sender_id
    signed = (
        tracker.get_slot("verified_email") is not None
    )  # set at session start; the token itself may have expired since
    spool.forget_everywhere(get_settings().data_dir, [sender_id])  # what waits on disk goes too, dead letters included

    def work(session: Session) -> dict[str, Any]:
        report = erase_conversation(
            session, sender_id, whole_lead=signed, reason="request", requested_by="visitor", now=utcnow()
        )
        return dict(report.counts)

    return await runtime.write(work)


def _lead_spool() -> Path:
    return get_settings().data_dir / spool.LEAD_SPOOL
