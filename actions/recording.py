"""Adapters from actions to storage: what to save when, nothing more."""

from __future__ import annotations

from rasa_sdk import Tracker

from actions import runtime
from bot.qualification.lifecycle import StageDecision
from bot.qualification.score import Answers, Score
from bot.storage.leads import mark_human_requested, save_qualified_contact


async def human_requested(tracker: Tracker) -> None:
    sender_id = tracker.sender_id
    await runtime.write(lambda session: mark_human_requested(session, sender_id))


async def qualified_contact(tracker: Tracker, answers: Answers, score: Score, decision: StageDecision) -> int | None:
    sender_id = tracker.sender_id
    return await runtime.write(lambda session: save_qualified_contact(session, sender_id, answers, score, decision).id)
