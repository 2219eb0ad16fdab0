"""Rasa's SQL tracker store, able to forget a conversation.

Rasa keeps every event of a chat to run it. When a visitor declines consent or asks to be
erased, the action marks the turn (`erase_requested`); at the end of that turn, with the
conversation's lock still held, this store publishes the turn's events (so the recorder sees the
decline), deletes every stored event of the sender and writes back a fresh session carrying only
the slots that steer the dialog and name nobody. Erasures requested from outside a chat
(the leads API, retention) come through `bot.recording.erasure_channel`, under the same lock.

Configured in endpoints.yml as `type: bot.recording.tracker_store.ErasableSQLTrackerStore`.
"""

from __future__ import annotations

import json
import logging
import time
from typing import Any

from rasa.core.tracker_store import SQLTrackerStore
from rasa.shared.core.events import ActionExecuted, Event, SessionStarted, SlotSet
from rasa.shared.core.trackers import DialogueStateTracker

from bot.dialog.privacy import ERASE_MARKER, KEPT_SLOTS

logger = logging.getLogger(__name__)


def fresh_session(tracker: DialogueStateTracker, at: float) -> list[Event]:
    """A new session with only the kept slots, so the chat goes on without its past."""
    slots = [SlotSet(name, value, timestamp=at) for name, value in tracker.current_slot_values().items()
             if name in KEPT_SLOTS and value is not None]
    return [SessionStarted(timestamp=at), *slots, ActionExecuted("action_listen", timestamp=at)]


class ErasableSQLTrackerStore(SQLTrackerStore):
    """SQLTrackerStore plus `erase`, and erasure at the end of a turn that asks for it."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        # Rasa passes the endpoint's `url` as `host`; an empty one means the local SQLite file.
        if not kwargs.get("host"):
            kwargs.pop("host", None)
        super().__init__(*args, **kwargs)

    async def save(self, tracker: DialogueStateTracker) -> None:
        # The marker never outlives the turn that set it: the fresh session written below drops
        # it. So reading the slot costs no query on the hot path of every turn.
        if tracker.get_slot(ERASE_MARKER) is not True:
            await super().save(tracker)
            return
        await self.stream_events(tracker)
        await self.erase(tracker.sender_id)
        self._write(tracker.sender_id, fresh_session(tracker, time.time()))
        logger.info("tracker store: a conversation's events were erased at the visitor's request")

    async def erase(self, sender_id: str) -> int:
        """Delete every stored event of this sender; how many went."""
        with self.session_scope() as session:
            deleted = session.query(self.SQLEvent).filter(self.SQLEvent.sender_id == sender_id).delete()
            session.commit()
        return int(deleted)

    def _write(self, sender_id: str, events: list[Event]) -> None:
        with self.session_scope() as session:
            for event in events:
                data = event.as_dict()
                session.add(self.SQLEvent(sender_id=sender_id, type_name=event.type_name, timestamp=data.get("timestamp"),
                                          intent_name=None, action_name=data.get("name"), data=json.dumps(data)))
            session.commit()
