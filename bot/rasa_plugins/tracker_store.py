"""Rasa's SQL tracker store, able to forget a conversation.

Rasa keeps every event of a chat to run it. When a visitor declines consent or asks to be
erased, the action marks the turn (`erase_requested`); at the end of that turn, with the
conversation's lock still held, this store publishes the turn's events (so the recorder sees the
decline), deletes every stored event of the sender and writes back a fresh session carrying only
the slots that steer the dialog and name nobody. Erasures requested from outside a chat
(the leads API, retention) come through `bot.rasa_plugins.erasure_channel`, under the same lock.

Rasa's SQLTrackerStore reads a conversation's events three times a turn: once to run it, and
twice more while saving (once to learn which events are new for the event broker, once to count
what is stored). This store remembers the stored events of recent conversations with a
fingerprint of their rows (lowest and highest id, count, latest timestamp). Each read and save
checks the fingerprint with one indexed aggregate query and reuses what it remembers only when
nothing changed, so another Rasa replica, or an erasure, is seen at once. On SQLite it keeps
its connections instead of opening one per query.

Configured in endpoints.yml as `type: bot.rasa_plugins.tracker_store.ErasableSQLTrackerStore`.

Rasa 3.6 internals overridden or relied on:
- `rasa.core.tracker_store.SQLTrackerStore`: overrides `retrieve` and `save` (whose logic of
  "what follows the stored events is new" is copied); its constructor's keywords (`host` is the
  endpoint's `url`); the attributes `engine`, `sessionmaker`, `domain`, `event_broker`; the
  nested ORM class `SQLEvent` (columns id, sender_id, type_name, timestamp, intent_name,
  action_name, data) and its table layout; `session_scope()`; the private
  `_event_query(session, sender_id, fetch_events_from_all_sessions)`; `stream_events(tracker)`
  and the private `_stream_new_events(broker, events, sender_id)`.
- `rasa.shared.core.trackers.DialogueStateTracker.from_dict` and `current_slot_values()`;
  the events `SessionStarted`, `SlotSet`, `ActionExecuted` and their `as_dict()` shape.
- SQLAlchemy 1.4, as Rasa 3.6 pins it (`sa.orm.session.sessionmaker`, `Query`).
"""

from __future__ import annotations

import json
import logging
import time
from collections import OrderedDict
from dataclasses import dataclass
from typing import Any

import sqlalchemy as sa
from rasa.core.tracker_store import SQLTrackerStore
from rasa.shared.core.events import ActionExecuted, Event, SessionStarted, SlotSet
from rasa.shared.core.trackers import DialogueStateTracker

from bot.dialog.privacy import ERASE_MARKER, KEPT_SLOTS

logger = logging.getLogger(__name__)


def fresh_session(tracker: DialogueStateTracker, at: float) -> list[Event]:
    """A new session with only the kept slots, so the chat goes on without its past."""
    slots = [
        SlotSet(name, value, timestamp=at)
        for name, value in tracker.current_slot_values().items()
        if name in KEPT_SLOTS and value is not None
    ]
    return [SessionStarted(timestamp=at), *slots, ActionExecuted("action_listen", timestamp=at)]


Fingerprint = tuple[int | None, int | None, int, float | None]
REMEMBERED_CONVERSATIONS = (
    1000  # about the conversations a replica has open at full load (40 turns/s, a turn every 20 s)
)


@dataclass
class Remembered:
    """The stored rows of one conversation as of `fingerprint`: its current session's events, as stored."""

    fingerprint: Fingerprint
    session_events: list[str]

    def extended(self, written: list[tuple[int, float | None, str]]) -> Remembered:
        """As it stands after appending these rows (id, timestamp, data)."""
        low, _high, count, latest = self.fingerprint
        ids = [row_id for row_id, _, _ in written]
        stamps = [stamp for stamp in (latest, *(stamp for _, stamp, _ in written)) if stamp is not None]
        fingerprint = (
            min(ids) if low is None else low,
            max(ids),
            count + len(written),
            max(stamps) if stamps else None,
        )
        return Remembered(fingerprint, self.session_events + [data for _, _, data in written])


class ErasableSQLTrackerStore(SQLTrackerStore):
    """SQLTrackerStore plus `erase`, erasure at the end of a turn that asks for it, and memory."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        # Rasa passes the endpoint's `url` as `host`; an empty one means the local SQLite file.
        if not kwargs.get("host"):
            kwargs.pop("host", None)
        super().__init__(*args, **kwargs)
        engine: sa.engine.Engine = self.engine  # type: ignore[has-type]  # Rasa leaves it unannotated
        if engine.dialect.name == "sqlite":
            # SQLAlchemy 1.4 opens a new SQLite connection per session; Rasa uses this store from
            # its event loop only, so pooled connections may cross to whichever thread that is.
            self.engine = sa.create_engine(
                engine.url, poolclass=sa.pool.QueuePool, hide_parameters=True, connect_args={"check_same_thread": False}
            )
            self.sessionmaker = sa.orm.session.sessionmaker(bind=self.engine)
        self._remembered: OrderedDict[str, Remembered] = OrderedDict()

    def _fingerprint(self, session: sa.orm.Session, sender_id: str) -> Fingerprint:
        event = self.SQLEvent
        row = (
            session.query(
                sa.func.min(event.id), sa.func.max(event.id), sa.func.count(event.id), sa.func.max(event.timestamp)
            )
            .filter(event.sender_id == sender_id)
            .one()
        )
        return row[0], row[1], int(row[2]), row[3]

    def _remember(self, sender_id: str, remembered: Remembered) -> None:
        self._remembered[sender_id] = remembered
        self._remembered.move_to_end(sender_id)
        while len(self._remembered) > REMEMBERED_CONVERSATIONS:
            self._remembered.popitem(last=False)

    def _current(self, session: sa.orm.Session, sender_id: str) -> Remembered:
        """What is stored for this conversation now, from memory when the rows did not change."""
        fingerprint = self._fingerprint(session, sender_id)
        remembered = self._remembered.get(sender_id)
        if remembered is None or remembered.fingerprint != fingerprint:
            rows = self._event_query(session, sender_id, fetch_events_from_all_sessions=False).all()
            remembered = Remembered(fingerprint, [row.data for row in rows])
        self._remember(sender_id, remembered)
        return remembered

    async def retrieve(self, sender_id: str) -> DialogueStateTracker | None:
        with self.session_scope() as session:
            stored = self._current(session, sender_id).session_events
        if not (self.domain and stored):
            return None
        return DialogueStateTracker.from_dict(sender_id, [json.loads(data) for data in stored], self.domain.slots)

    async def save(self, tracker: DialogueStateTracker) -> None:
        # The marker never outlives the turn that set it: the fresh session written below drops
        # it. So reading the slot costs no query on the hot path of every turn.
        if tracker.get_slot(ERASE_MARKER) is True:
            await self._save_and_erase(tracker)
            return
        sender_id = tracker.sender_id
        with self.session_scope() as session:
            remembered = self._current(session, sender_id)
            # As Rasa's save: what follows the stored events of the current session is new.
            new_events = list(tracker.events)[len(remembered.session_events) :]
            if self.event_broker is not None:
                await self._stream_new_events(self.event_broker, new_events, sender_id)
            rows = [self._row(sender_id, event) for event in new_events]
            session.add_all(rows)
            session.flush()  # assigns the ids; read them before the commit expires the rows
            written = [(row.id, row.timestamp, row.data) for row in rows]
            session.commit()
        if any(isinstance(event, SessionStarted) for event in new_events):
            self._remembered.pop(sender_id, None)  # a new session: the next read asks the database
        elif written:
            self._remember(sender_id, remembered.extended(written))

    def _row(self, sender_id: str, event: Event) -> Any:
        data = event.as_dict()
        return self.SQLEvent(
            sender_id=sender_id,
            type_name=event.type_name,
            timestamp=data.get("timestamp"),
            intent_name=data.get("parse_data", {}).get("intent", {}).get("name"),
            action_name=data.get("name"),
            data=json.dumps(data),
        )

    async def _save_and_erase(self, tracker: DialogueStateTracker) -> None:
        await self.stream_events(tracker)
        await self.erase(tracker.sender_id)
        self._write(tracker.sender_id, fresh_session(tracker, time.time()))
        logger.info("tracker store: a conversation's events were erased at the visitor's request")

    async def erase(self, sender_id: str) -> int:
        """Delete every stored event of this sender; how many went."""
        self._remembered.pop(sender_id, None)
        with self.session_scope() as session:
            deleted = session.query(self.SQLEvent).filter(self.SQLEvent.sender_id == sender_id).delete()
            session.commit()
        return int(deleted)

    def _write(self, sender_id: str, events: list[Event]) -> None:
        self._remembered.pop(sender_id, None)
        with self.session_scope() as session:
            session.add_all([self._row(sender_id, event) for event in events])
            session.commit()
