"""Records the exchange into our database, off the conversation's path.

Rasa's event broker (bot/rasa_plugins/broker.py) hands every tracker event to this writer.
Writes happen on a background thread so a slow or failing database never delays or breaks the
conversation; a failed batch is retried with backoff and, if the process stops before it could
be written, spooled to a file that is replayed on the next start (bot/recording/spool.py).
"""

from __future__ import annotations

import contextlib
import logging
import queue
import threading
import time
from collections import defaultdict
from pathlib import Path
from typing import Any

from tenacity import Retrying, before_sleep_log

from bot.logsafe import describe
from bot.recording import spool
from bot.recording.recorder import record_events
from bot.retrying import BACKGROUND, TRANSIENT, Backoff, retry_if_transient
from bot.storage.db import make_engine, session_factory, transaction

logger = logging.getLogger(__name__)
RECORDED_KINDS = {"user", "bot", "slot", "action"}


class TranscriptWriter:
    """Batches events per conversation and writes them, retrying until the database accepts.

    The queue is bounded: past `max_queue` events (the database has been away a long time)
    new ones go to the spool file instead of memory. An event the database rejects for what it
    holds, not for being away, is set aside in the dead-letter file so the rest keep flowing.
    """

    def __init__(
        self,
        database_url: str,
        spool_path: Path,
        *,
        backoff: Backoff = BACKGROUND,
        gather_seconds: float = 0.25,
        max_queue: int = 10_000,
    ) -> None:
        self._gather_seconds = gather_seconds
        self._factory = session_factory(make_engine(database_url))
        self._queue: queue.Queue[dict[str, Any] | None] = queue.Queue(maxsize=max_queue)
        self._spool = spool_path
        self.dead_letters = spool_path.with_name(spool.DEAD_LETTERS)
        self._pending: list[dict[str, Any]] = spool.take(self._spool)
        self._overflow_lock = threading.Lock()
        self._overflowing = False
        self._stopped = threading.Event()
        # until the database takes the batch, or the writer is stopped (close() spools what is left)
        self._retrying = Retrying(
            wait=backoff.wait,
            retry=retry_if_transient,
            stop=lambda _: self._stopped.is_set(),
            sleep=self._pause,
            reraise=True,
            before_sleep=before_sleep_log(logger, logging.ERROR),
        )
        self._thread = threading.Thread(target=self._run, name="transcript-writer", daemon=True)
        self._thread.start()

    def _pause(self, seconds: float) -> None:
        self._stopped.wait(seconds)  # a stop cuts the wait short

    def put(self, event: dict[str, Any]) -> None:
        if event.get("event") not in RECORDED_KINDS or not event.get("sender_id"):
            return
        with self._overflow_lock:
            if not self._overflowing:
                try:
                    self._queue.put_nowait(event)
                    return
                except queue.Full:
                    self._overflowing = True  # from now on to disk, in order, until the backlog is read back
            spool.append(self._spool, [event])

    def flush(self, timeout: float = 10.0) -> bool:
        """Wait until everything queued so far is written (for tests and shutdown)."""
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            if self._queue.unfinished_tasks == 0 and not self._pending and not self._spool.exists():
                return True
            time.sleep(0.02)
        return False

    def close(self, grace: float = 5.0) -> None:
        """Waits up to `grace` seconds for the database; what is still queued then is spooled."""
        self.flush(timeout=grace)
        self._stopped.set()
        with contextlib.suppress(queue.Full):
            self._queue.put_nowait(None)
        self._thread.join(timeout=5.0)
        leftover = self._pending + self._drain()  # older than any backlog already on disk
        if spool.prepend(self._spool, leftover):
            logger.warning("transcript writer: %d events spooled to %s for the next start", len(leftover), self._spool)

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
        while not self._stopped.is_set():
            if not self._pending:
                try:
                    item = self._queue.get(timeout=1.0)
                except queue.Empty:
                    with self._overflow_lock:  # the backlog of a long outage, read back once the queue is empty
                        self._pending, self._overflowing = spool.take(self._spool), False
                    continue
                self._queue.task_done()
                if item is None:
                    return
                self._pending.append(item)
                # gather a turn's worth of events into one transaction, off the reply path
                self._stopped.wait(self._gather_seconds)
                self._pending += self._drain()
            try:
                self._retrying(self._write_or_set_aside, self._pending)
            except TRANSIENT:
                return  # stopped while the database was away: close() spools the batch
            self._pending = []

    def _write_or_set_aside(self, events: list[dict[str, Any]]) -> None:
        try:
            self._write(events)
        except TRANSIENT:
            raise
        except Exception:
            # Something in the batch is bad: write one event at a time (recording is idempotent)
            # and set aside only what still fails.
            for event in events:
                try:
                    self._write([event])
                except TRANSIENT:
                    raise
                except Exception as error:
                    logger.error(
                        "transcript writer: an event of %s set aside in %s: %s",
                        event.get("sender_id"),
                        self.dead_letters,
                        describe(error),
                    )
                    spool.append(self.dead_letters, [{**event, "_error": f"{type(error).__name__}: {error}"[:500]}])

    def _write(self, events: list[dict[str, Any]]) -> None:
        by_sender: dict[str, list[dict[str, Any]]] = defaultdict(list)
        for event in events:
            by_sender[str(event["sender_id"])].append(event)
        with transaction(self._factory) as session:
            for sender_id, sender_events in by_sender.items():
                record_events(session, sender_id, sender_events)
