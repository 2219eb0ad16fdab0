"""A Rasa event broker that records the exchange into our database.

Rasa calls `publish` for every tracker event (user and bot messages, slots, actions). Writes
happen on a background thread so a slow or failing database never delays or breaks the
conversation; a failed batch is retried with backoff and, if the process stops before it could
be written, spooled to a file that is replayed on the next start.
"""

from __future__ import annotations

import asyncio
import json
import logging
import queue
import threading
import time
from collections import defaultdict
from pathlib import Path
from typing import Any

from rasa.core.brokers.broker import EventBroker
from rasa.utils.endpoints import EndpointConfig

from bot.recording.recorder import record_events
from bot.settings import get_settings
from bot.storage.db import make_engine, session_factory, transaction

logger = logging.getLogger(__name__)
RECORDED_KINDS = {"user", "bot", "slot", "action"}


class TranscriptWriter:
    """Batches events per conversation and writes them, retrying until the database accepts."""

    def __init__(self, database_url: str, spool: Path, *, max_backoff: float = 30.0, gather_seconds: float = 0.25) -> None:
        self._gather_seconds = gather_seconds
        self._factory = session_factory(make_engine(database_url))
        self._queue: queue.Queue[dict[str, Any] | None] = queue.Queue()
        self._spool = spool
        self._max_backoff = max_backoff
        self._pending: list[dict[str, Any]] = self._read_spool()
        self._stopped = threading.Event()
        self._thread = threading.Thread(target=self._run, name="transcript-writer", daemon=True)
        self._thread.start()

    def put(self, event: dict[str, Any]) -> None:
        if event.get("event") in RECORDED_KINDS and event.get("sender_id"):
            self._queue.put(event)

    def flush(self, timeout: float = 10.0) -> bool:
        """Wait until everything queued so far is written (for tests and shutdown)."""
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            if self._queue.unfinished_tasks == 0 and not self._pending:
                return True
            time.sleep(0.02)
        return False

    def close(self) -> None:
        self.flush(timeout=5.0)
        self._stopped.set()
        self._queue.put(None)
        self._thread.join(timeout=5.0)
        leftover = self._pending + self._drain()
        if leftover:
            self._spool.parent.mkdir(parents=True, exist_ok=True)
            with self._spool.open("a", encoding="utf-8") as spool:
                for event in leftover:
                    spool.write(json.dumps(event, default=str) + "\n")
            logger.warning("transcript writer: %d events spooled to %s for the next start", len(leftover), self._spool)

    def _read_spool(self) -> list[dict[str, Any]]:
        if not self._spool.exists():
            return []
        events = [json.loads(line) for line in self._spool.read_text(encoding="utf-8").splitlines() if line.strip()]
        self._spool.unlink()
        return events

    def _drain(self) -> list[dict[str, Any]]:
        drained: list[dict[str, Any]] = []
        while True:
            try:
                item = self._queue.get_nowait()
            except queue.Empty:
                return drained
            self._queue.task_done()
            if item is not None:
                drained.append(item)

    def _run(self) -> None:
        backoff = 0.2
        while not self._stopped.is_set():
            if not self._pending:
                item = self._queue.get()
                self._queue.task_done()
                if item is None:
                    return
                self._pending.append(item)
                # gather a turn's worth of events into one transaction, off the reply path
                self._stopped.wait(self._gather_seconds)
                self._pending += self._drain()
            try:
                self._write(self._pending)
                self._pending = []
                backoff = 0.2
            except Exception:
                logger.exception("transcript writer: write failed, retrying in %.1fs", backoff)
                self._stopped.wait(backoff)
                backoff = min(backoff * 2, self._max_backoff)

    def _write(self, events: list[dict[str, Any]]) -> None:
        by_sender: dict[str, list[dict[str, Any]]] = defaultdict(list)
        for event in events:
            by_sender[str(event["sender_id"])].append(event)
        with transaction(self._factory) as session:
            for sender_id, sender_events in by_sender.items():
                record_events(session, sender_id, sender_events)


class TranscriptBroker(EventBroker):
    """Configured in endpoints.yml as `type: bot.recording.broker.TranscriptBroker`."""

    def __init__(self, writer: TranscriptWriter) -> None:
        self.writer = writer

    @classmethod
    async def from_endpoint_config(cls, broker_config: EndpointConfig,
                                   event_loop: asyncio.AbstractEventLoop | None = None) -> TranscriptBroker:
        settings = get_settings()
        return cls(TranscriptWriter(settings.effective_database_url, settings.data_dir / "transcript-spool.jsonl"))

    def publish(self, event: dict[str, Any]) -> None:
        self.writer.put(event)

    def is_ready(self) -> bool:
        return True

    async def close(self) -> None:
        self.writer.close()
