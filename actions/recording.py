"""Adapters from actions to storage: what to save when, nothing more."""

from __future__ import annotations

from dataclasses import asdict
from pathlib import Path
from typing import Any

from rasa_sdk import Tracker
from sqlalchemy.orm import Session

from actions import runtime
from bot.clock import utcnow
from bot.dialog.identity import verified_identity
from bot.handoff.live import request_person
from bot.qualification.lifecycle import StageDecision
from bot.qualification.score import Answers, Score
from bot.recording import spool
from bot.recording.recorder import record_history
from bot.settings import get_settings
from bot.storage.erasure import erase_conversation
from bot.storage.leads import save_qualified_contact


async def consent_given(tracker: Tracker) -> None:
    """Write the conversation so far: it was kept only in Rasa's working memory until now."""
    sender_id, events = tracker.sender_id, list(tracker.events)
    await runtime.write(lambda session: record_history(session, sender_id, events, consent=True))


async def human_requested(tracker: Tracker) -> str | None:
    """Record the request; the name of the online SDR who was told, if any. That SDR reads the
    conversation so far, so it is written now."""
    sender_id, zone, roster, public_url = tracker.sender_id, tracker.get_slot("timezone"), runtime.roster(), runtime.links().public_url
    events = list(tracker.events)

    def work(session: Session) -> str | None:
        now = utcnow()
        sdr = request_person(session, roster=roster, sender_id=sender_id, visitor_timezone=zone, public_url=public_url, now=now)
        if sdr is None:
            return None
        record_history(session, sender_id, events, shared_at=now)
        return str(sdr.name)

    return await runtime.write(work)


async def qualified_contact(tracker: Tracker, answers: Answers, score: Score, decision: StageDecision) -> int | None:
    """The saved lead's id; None when the database would not take it, in which case the answers
    are spooled and saved by `replay_spooled_leads` once it is back."""
    await replay_spooled_leads()
    sender_id = tracker.sender_id
    lead_id = await runtime.write(lambda session: save_qualified_contact(session, sender_id, answers, score, decision).id)
    if lead_id is None:
        spool.append(_lead_spool(), [{"sender_id": sender_id, "answers": asdict(answers), "at": utcnow().isoformat()}])
    return lead_id


async def replay_spooled_leads() -> int:
    """Save leads that could not be saved earlier; how many were."""
    path = _lead_spool()
    if not path.exists():
        return 0
    from bot.qualification.lifecycle import decide_stage
    from bot.qualification.score import score

    saved = 0
    for record in spool.take(path):
        answers = Answers(**record["answers"])
        result = score(answers, runtime.policy())
        decision = decide_stage(answers, result)
        sender_id = str(record["sender_id"])

        def save(session: Session, a: Answers = answers, r: Score = result, d: StageDecision = decision,
                 s: str = sender_id) -> int:
            return int(save_qualified_contact(session, s, a, r, d).id)

        done = await runtime.write(save, attempts=1)
        if done is None:
            spool.append(path, [record])
        else:
            saved += 1
    return saved


async def erase_visitor(tracker: Tracker) -> dict[str, Any] | None:
    """"Delete my data": this chat, and its lead when the chat is all of it or the site signed
    who the visitor is. Counts of what went; None when the database is unavailable."""
    sender_id = tracker.sender_id
    metadata = tracker.get_slot("session_started_metadata") or {}
    identity = verified_identity(metadata.get("identity") if isinstance(metadata, dict) else None,
                                 get_settings().site_secret, utcnow())
    spool.forget(_lead_spool(), [sender_id])

    def work(session: Session) -> dict[str, Any]:
        report = erase_conversation(session, sender_id, whole_lead=identity is not None, reason="request",
                                    requested_by="visitor", now=utcnow())
        return dict(report.counts)

    return await runtime.write(work)


def _lead_spool() -> Path:
    return get_settings().data_dir / spool.LEAD_SPOOL
