"""A person from sales talking with a visitor: the visitor's request for one, the queue, taking
the chat, an SDR's reply and the hand-back."""

from __future__ import annotations

import asyncio
from datetime import datetime
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session
from sqlalchemy.sql import Select

from bot.app.database import Database
from bot.clock import aware, utcnow
from bot.handoff.live import Claim, Live, Waiting, claim, hand_back, live_in, request_person, waiting
from bot.handoff.roster import Roster
from bot.recording.recorder import record_history
from bot.storage.models import Conversation, Message

# The transcript is written by Rasa's event broker in batches: an SDR's reply shows on their page
# once it is stored, or after this long, whichever comes first.
RECORDED_WITHIN = 3.0
LOOK_EVERY = 0.1


async def ask_for_person(
    database: Database,
    *,
    sender_id: str,
    visitor_timezone: str | None,
    events: list[dict[str, Any]],
    roster: Roster,
    public_url: str,
) -> str | None:
    """The name of the online SDR who was told, or None when nobody covering this visitor is
    online. That SDR reads the conversation so far, so it is written now. Raises
    `StorageUnavailable` when the database is away: nobody could be told."""

    def work(session: Session) -> str | None:
        now = utcnow()
        sdr = request_person(
            session,
            roster=roster,
            sender_id=sender_id,
            visitor_timezone=visitor_timezone,
            public_url=public_url,
            now=now,
        )
        if sdr is None:
            return None
        record_history(session, sender_id, events, shared_at=now)
        return str(sdr.name)

    return await database.run_in_turn(work, "write")


async def who_has(database: Database, sender_id: str) -> Live | None:
    return await database.run(lambda session: live_in(session, sender_id))


async def return_to_assistant(database: Database, sender_id: str) -> str | None:
    """The SDR who had the chat, or None when nobody had."""
    return await database.run(lambda session: hand_back(session, sender_id))


async def waiting_now(database: Database) -> list[Waiting]:
    return await database.run(lambda session: waiting(session, utcnow()))


async def take(database: Database, sender_id: str, sdr: str, now: datetime) -> Claim:
    """`sdr` takes the chat unless another SDR has it (bot/handoff/live.py)."""
    return await database.run(lambda session: claim(session, sender_id, sdr, now))


def _messages_of(sender_id: str) -> Select:
    """This visitor's recorded messages, to narrow further."""
    return (
        select(Message)
        .join(Conversation, Message.conversation_id == Conversation.id)
        .where(Conversation.sender_id == sender_id)
    )


async def wait_until_recorded(database: Database, sender_id: str, author: str, text: str) -> bool:
    """Whether the reply reached the transcript within RECORDED_WITHIN seconds. The writer is
    Rasa's event broker in another process, and SQLite has no notification to wait on, so this
    looks every LOOK_EVERY seconds; a reply not stored by then shows on the next poll of the page."""

    def recorded(session: Session) -> bool:
        found = session.execute(
            _messages_of(sender_id).where(Message.author == author, Message.text == text).limit(1)
        ).first()
        return found is not None

    loop = asyncio.get_running_loop()
    deadline = loop.time() + RECORDED_WITHIN
    while not await database.run(recorded):
        if loop.time() >= deadline:
            return False
        await asyncio.sleep(LOOK_EVERY)
    return True


async def written_by_people(database: Database, sender_id: str, after: datetime) -> list[dict[str, Any]]:
    """What an SDR wrote into this visitor's chat after `after`, for the widget (times in epoch ms)."""

    def work(session: Session) -> list[dict[str, Any]]:
        rows = session.execute(
            _messages_of(sender_id).where(Message.author.is_not(None), Message.at > after).order_by(Message.at)
        ).scalars()
        return [{"text": m.text, "author": m.author, "at": int(aware(m.at).timestamp() * 1000)} for m in rows]

    return await database.run(work)


async def messages_after(database: Database, sender_id: str, after_id: int) -> list[dict[str, Any]]:
    """The messages recorded after message `after_id`, for the SDR's open conversation page."""

    def work(session: Session) -> list[dict[str, Any]]:
        rows = session.execute(
            _messages_of(sender_id).where(Message.id > after_id).order_by(Message.id).limit(200)
        ).scalars()
        return [{"id": m.id, "sender": m.sender, "author": m.author, "text": m.text} for m in rows]

    return await database.run(work)
