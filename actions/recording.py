"""Adapters from actions to storage: what to save when, nothing more."""

from __future__ import annotations

from rasa_sdk import Tracker
from sqlalchemy.orm import Session

from actions import runtime
from bot.clock import utcnow
from bot.handoff.live import request_person
from bot.qualification.lifecycle import StageDecision
from bot.qualification.score import Answers, Score
from bot.storage.leads import save_qualified_contact


async def human_requested(tracker: Tracker) -> str | None:
    """Record the request; the name of the online SDR who was told, if any."""
    sender_id, zone, roster, public_url = tracker.sender_id, tracker.get_slot("timezone"), runtime.roster(), runtime.links().public_url

    def work(session: Session) -> str | None:
        sdr = request_person(session, roster=roster, sender_id=sender_id, visitor_timezone=zone, public_url=public_url, now=utcnow())
        return str(sdr.name) if sdr is not None else None

    return await runtime.write(work)


async def qualified_contact(tracker: Tracker, answers: Answers, score: Score, decision: StageDecision) -> int | None:
    sender_id = tracker.sender_id
    return await runtime.write(lambda session: save_qualified_contact(session, sender_id, answers, score, decision).id)
