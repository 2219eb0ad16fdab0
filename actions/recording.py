"""Adapters from actions to storage: what to save when, nothing more."""

from __future__ import annotations

from typing import Any

from rasa_sdk import Tracker

from actions import runtime
from bot.app import booking_chat, erasure, lead_spool, live_reply, outbox
from bot.clock import utcnow
from bot.dialog.steering import first_name
from bot.qualification.lifecycle import StageDecision
from bot.qualification.score import Answers, Score
from bot.settings import get_settings


async def consent_given(tracker: Tracker) -> None:
    """Write the conversation so far: it was kept only in Rasa's working memory until now. In an
    outage it is spooled with the leads and written by `replay_spooled` once the database is back.
    A no read into this very turn ("dana@brightlabs.co", taken for a decline) is left out: the yes stands."""
    events = list(tracker.events)
    last_user = max((i for i, e in enumerate(events) if e.get("event") == "user"), default=-1)
    events = [
        e
        for i, e in enumerate(events)
        if not (i > last_user and e.get("event") == "slot" and e.get("name") == "consent" and e.get("value") is False)
    ]
    await lead_spool.write_history_or_keep(runtime.database(), get_settings().data_dir, tracker.sender_id, events)


async def human_requested(tracker: Tracker) -> str | None:
    """Record the request; the name of the online SDR who was told, or None when nobody covering
    this visitor is online. That SDR reads the conversation so far, so it is written now.
    Raises `StorageUnavailable` when the database is away: nobody could be told."""
    return await live_reply.ask_for_person(
        runtime.database(),
        sender_id=tracker.sender_id,
        visitor_timezone=tracker.get_slot("timezone"),
        events=list(tracker.events),
        roster=runtime.roster(),
        public_url=runtime.links().public_url,
    )


async def qualified_contact(tracker: Tracker, answers: Answers, result: Score, decision: StageDecision) -> int | None:
    """The saved lead's id; None when the database would not take it, in which case the answers
    are spooled and saved by `replay_spooled` once it is back."""
    await replay_spooled()
    return await lead_spool.save_lead_or_keep(
        runtime.database(),
        get_settings().data_dir,
        tracker.sender_id,
        answers,
        result,
        decision,
        proven_email=tracker.get_slot("verified_email"),
    )


async def callback_requested(tracker: Tracker, lead_id: int) -> str | None:
    """A lead who asked for a person while nobody was online goes to an SDR to reply (the SDR's name;
    None when it went to the fallback queue). Raises `StorageUnavailable` when the database is away."""
    return await booking_chat.callback(
        runtime.database(),
        lead_id=lead_id,
        sender_id=tracker.sender_id,
        roster=runtime.roster(),
        visitor_timezone=tracker.get_slot("timezone"),
        links=runtime.links(),
    )


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
        await outbox.queue_email(runtime.database(), key, message, now=utcnow())
    except runtime.StorageUnavailable:
        return False
    return True


async def replay_spooled() -> int:
    """Write what an outage kept back (bot/app/lead_spool.py); how many went in."""
    return await lead_spool.replay(runtime.database(), get_settings().data_dir, runtime.policy())


async def erase_visitor(tracker: Tracker) -> dict[str, Any]:
    """ "Delete my data" (bot/app/erasure.py); the chat's lead goes too when the site signed who the
    visitor is (set at session start; the token itself may have expired since)."""
    signed = tracker.get_slot("verified_email") is not None
    return await erasure.erase_visitor(
        runtime.database(), get_settings().data_dir, get_settings().data_repo, tracker.sender_id, signed=signed
    )
