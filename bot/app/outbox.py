"""Delivering the outbox (bot/storage/outbox.py holds what is queued, its kinds and the CRM
event names): emails over SMTP, signed CRM webhooks, alerts and erasures of Rasa's copy, retried
with backoff by the web app's worker until they go through.

Without SMTP settings, emails stay in the outbox marked as kept locally, so nothing is lost and
the inbox can show them.
"""

from __future__ import annotations

import asyncio
import hashlib
import hmac
import json
import logging
from dataclasses import dataclass
from datetime import datetime, timedelta
from email import message_from_bytes, policy
from email.message import EmailMessage
from typing import Any, cast

import aiohttp
import aiosmtplib
from sqlalchemy import select, update
from sqlalchemy.engine import CursorResult
from sqlalchemy.orm import Session

from bot.app.database import Database
from bot.clock import utcnow
from bot.logsafe import describe, log_failure
from bot.recording import spool
from bot.retrying import OUTBOX
from bot.settings import Settings
from bot.storage.models import Booking, OutboxItem
from bot.storage.outbox import ALERT, EMAIL_KINDS, TRACKER_ERASURE, WEBHOOK, enqueue_email

logger = logging.getLogger(__name__)
KEPT_LOCALLY = "kept in the outbox: no SMTP server configured"
# How long a claimed item is this worker's: longer than any send may take (SMTP and HTTP time
# out well before), short enough that a worker that died mid-send is replaced soon.
CLAIM_LEASE = timedelta(minutes=5)


def signature(secret: str, body: bytes) -> str:
    return "sha256=" + hmac.new(secret.encode(), body, hashlib.sha256).hexdigest()


async def _send_email(item: Claimed, delivery: Settings) -> str | None:
    """None when delivered; a note when kept locally."""
    if not delivery.smtp_host:
        return KEPT_LOCALLY
    message = message_from_bytes(item.payload["raw"].encode(), policy=policy.default)
    if not message["From"]:
        message["From"] = delivery.mail_from  # alerts are composed without a sender: MAIL_FROM is it
    await aiosmtplib.send(
        message,
        hostname=delivery.smtp_host,
        port=delivery.smtp_port,
        username=delivery.smtp_user or None,
        password=delivery.smtp_password or None,
        start_tls=delivery.smtp_starttls,
        timeout=20,
    )
    return None


async def _post_webhook(item: Claimed, delivery: Settings, http: aiohttp.ClientSession) -> str | None:
    if not delivery.crm_webhook_url:
        return "no CRM_WEBHOOK_URL configured"
    body = json.dumps(item.payload, sort_keys=True).encode()
    headers = {
        "Content-Type": "application/json",
        "Idempotency-Key": str(item.idempotency_key),
        "X-Signature": signature(delivery.crm_webhook_secret, body),
    }
    async with http.post(
        delivery.crm_webhook_url, data=body, headers=headers, timeout=aiohttp.ClientTimeout(total=15)
    ) as response:
        if response.status >= 300:
            raise RuntimeError(f"CRM answered HTTP {response.status}")
    return None


async def _erase_trackers(item: Claimed, delivery: Settings, http: aiohttp.ClientSession) -> str | None:
    """Ask Rasa to drop these conversations' events, and drop them from the recorder's spools."""
    senders = [str(s) for s in item.payload.get("sender_ids", [])]
    spool.forget_everywhere(delivery.data_dir, senders)
    async with http.post(
        f"{delivery.effective_rasa_url}/webhooks/erasure/forget",
        json={"sender_ids": senders},
        headers={"Authorization": f"Bearer {delivery.rasa_token}"},
        timeout=aiohttp.ClientTimeout(total=30),
    ) as response:
        if response.status != 200:
            raise RuntimeError(f"Rasa answered HTTP {response.status} to the erasure: {(await response.text())[:200]}")
        erased = await response.json()
    return f"erased {erased.get('events', 0)} tracker events of {len(senders)} conversations"


@dataclass(frozen=True)
class Claimed:
    """An outbox item this worker holds for the length of the lease: what sending needs, read
    in the claiming transaction so no transaction stays open across SMTP or HTTP."""

    id: int
    kind: str
    payload: dict[str, Any]
    idempotency_key: str
    attempts: int
    still_needed: bool = True


def claim_due(session: Session, now: datetime, limit: int) -> list[Claimed]:
    """Take up to `limit` due items for this worker. Each is leased (its next attempt pushed past
    the lease) by a conditional update, so two workers never both take one; on PostgreSQL rows
    another worker is claiming are skipped (SKIP LOCKED) rather than waited for."""
    due = (
        session.execute(
            select(OutboxItem)
            .where(OutboxItem.delivered_at.is_(None), OutboxItem.next_attempt_at <= now)
            .order_by(OutboxItem.id)
            .limit(limit)
            .with_for_update(skip_locked=True)
        )
        .scalars()
        .all()
    )
    claimed = []
    for item in due:
        taken = session.execute(
            update(OutboxItem)
            .where(OutboxItem.id == item.id, OutboxItem.delivered_at.is_(None), OutboxItem.next_attempt_at <= now)
            .values(next_attempt_at=now + CLAIM_LEASE)
            .execution_options(synchronize_session=False)
        )
        if cast(CursorResult, taken).rowcount == 1:
            claimed.append(
                Claimed(
                    id=int(item.id),
                    kind=str(item.kind),
                    payload=dict(item.payload),
                    idempotency_key=str(item.idempotency_key),
                    attempts=int(item.attempts or 0),
                    still_needed=item.kind != ALERT or _alert_still_needed(session, item),
                )
            )
    return claimed


def _alert_still_needed(session: Session, item: OutboxItem) -> bool:
    sender = item.payload.get("sender_id")
    booked = session.execute(
        select(Booking.id).where(Booking.sender_id == sender, Booking.status == "confirmed")
    ).first()
    return booked is None


async def _send(item: Claimed, delivery: Settings, http: aiohttp.ClientSession) -> str | None:
    """None when delivered; otherwise a note saying why nothing needed to go out."""
    if not item.still_needed:
        return "not needed: the visitor booked"
    if item.kind in EMAIL_KINDS:
        return await _send_email(item, delivery)
    if item.kind == WEBHOOK:
        return await _post_webhook(item, delivery, http)
    if item.kind == TRACKER_ERASURE:
        return await _erase_trackers(item, delivery, http)
    return f"unknown kind {item.kind}"


def record_outcome(
    session: Session, item: Claimed, now: datetime, *, note: str | None = None, error: Exception | None = None
) -> None:
    row = session.get(OutboxItem, item.id)
    if row is None:  # erased while it was being sent
        return
    if error is None:
        row.delivered_at, row.last_error = now, note
        return
    row.attempts = item.attempts + 1
    row.next_attempt_at = now + OUTBOX.after(row.attempts)
    row.last_error = f"{type(error).__name__}: {error}"[:500]
    logger.warning(
        "outbox item %s (%s) failed, retry at %s: %s", item.id, item.kind, row.next_attempt_at, describe(error)
    )


async def deliver_due(
    database: Database, delivery: Settings, http: aiohttp.ClientSession, now: datetime | None = None, limit: int = 50
) -> int:
    """Deliver what is due; returns how many items were settled this round. Claim in one short
    transaction, send with none open, record each outcome in its own."""
    now = now or utcnow()
    settled = 0
    for item in await database.run(lambda session: claim_due(session, now, limit)):
        try:
            note = await _send(item, delivery, http)
        except Exception as error:
            failure = error
            await database.run(lambda session: record_outcome(session, item, now, error=failure))  # noqa: B023 (awaited at once)
            continue
        await database.run(lambda session: record_outcome(session, item, now, note=note))  # noqa: B023 (awaited at once)
        settled += 1
    return settled


async def run_worker(
    database: Database, delivery: Settings, http: aiohttp.ClientSession, interval: float = 2.0
) -> None:
    while True:
        try:
            await deliver_due(database, delivery, http)
        except Exception as error:
            log_failure(logger, "outbox worker round failed", error)
        await asyncio.sleep(interval)


async def queue_email(database: Database, key: str, message: EmailMessage, *, now: datetime) -> None:
    """An email sent by the worker once this transaction commits; raises `StorageUnavailable`
    when the database stays away for the turn, so nothing is promised that will not go."""
    await database.run_in_turn(lambda session: enqueue_email(session, key, message, now=now), "write")
