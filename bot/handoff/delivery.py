"""Delivering the outbox (bot/storage/outbox.py): emails over SMTP, signed CRM webhooks and
alerts, retried with backoff by the web app's worker until they go through.

Without SMTP settings, emails stay in the outbox marked as kept locally, so nothing is lost and
the inbox can show them.
"""

from __future__ import annotations

import asyncio
import hashlib
import hmac
import json
import logging
from datetime import datetime, timedelta
from email import message_from_bytes, policy

import aiohttp
import aiosmtplib
from sqlalchemy import select
from sqlalchemy.orm import Session, sessionmaker

from bot.clock import utcnow
from bot.recording import spool
from bot.settings import Settings
from bot.storage.db import transaction
from bot.storage.erasure import TRACKER_ERASURE
from bot.storage.models import Booking, OutboxItem

logger = logging.getLogger(__name__)
KEPT_LOCALLY = "kept in the outbox: no SMTP server configured"
MAX_BACKOFF = timedelta(hours=1)


def signature(secret: str, body: bytes) -> str:
    return "sha256=" + hmac.new(secret.encode(), body, hashlib.sha256).hexdigest()


async def _send_email(item: OutboxItem, delivery: Settings) -> str | None:
    """None when delivered; a note when kept locally."""
    if not delivery.smtp_host:
        return KEPT_LOCALLY
    message = message_from_bytes(item.payload["raw"].encode(), policy=policy.default)
    if not message["From"]:
        message["From"] = delivery.mail_from  # alerts are composed without a sender: MAIL_FROM is it
    await aiosmtplib.send(message, hostname=delivery.smtp_host, port=delivery.smtp_port,
                          username=delivery.smtp_user or None, password=delivery.smtp_password or None,
                          start_tls=delivery.smtp_starttls, timeout=20)
    return None


async def _post_webhook(item: OutboxItem, delivery: Settings, http: aiohttp.ClientSession) -> str | None:
    if not delivery.crm_webhook_url:
        return "no CRM_WEBHOOK_URL configured"
    body = json.dumps(item.payload, sort_keys=True).encode()
    headers = {"Content-Type": "application/json", "Idempotency-Key": str(item.idempotency_key),
               "X-Signature": signature(delivery.crm_webhook_secret, body)}
    async with http.post(delivery.crm_webhook_url, data=body, headers=headers, timeout=aiohttp.ClientTimeout(total=15)) as response:
        if response.status >= 300:
            raise RuntimeError(f"CRM answered HTTP {response.status}")
    return None


async def _erase_trackers(item: OutboxItem, delivery: Settings, http: aiohttp.ClientSession) -> str | None:
    """Ask Rasa to drop these conversations' events, and drop them from the recorder's spools."""
    senders = [str(s) for s in item.payload.get("sender_ids", [])]
    for name in (spool.TRANSCRIPT_SPOOL, spool.DEAD_LETTERS, spool.LEAD_SPOOL):
        spool.forget(delivery.data_dir / name, senders)
    async with http.post(f"{delivery.effective_rasa_url}/webhooks/erasure/forget", json={"sender_ids": senders},
                         headers={"Authorization": f"Bearer {delivery.rasa_token}"},
                         timeout=aiohttp.ClientTimeout(total=30)) as response:
        if response.status != 200:
            raise RuntimeError(f"Rasa answered HTTP {response.status} to the erasure: {(await response.text())[:200]}")
        erased = await response.json()
    return f"erased {erased.get('events', 0)} tracker events of {len(senders)} conversations"


def _alert_still_needed(session: Session, item: OutboxItem) -> bool:
    sender = item.payload.get("sender_id")
    booked = session.execute(select(Booking.id).where(Booking.sender_id == sender, Booking.status == "confirmed")).first()
    return booked is None


async def deliver_due(factory: sessionmaker, delivery: Settings, http: aiohttp.ClientSession, now: datetime | None = None,
                      limit: int = 50) -> int:
    """Deliver what is due; returns how many items were settled this round."""
    now = now or utcnow()

    def due() -> list[int]:
        with transaction(factory) as session:
            return list(session.execute(select(OutboxItem.id).where(
                OutboxItem.delivered_at.is_(None), OutboxItem.next_attempt_at <= now).order_by(OutboxItem.id).limit(limit)).scalars())

    settled = 0
    for item_id in await asyncio.to_thread(due):
        with transaction(factory) as session:
            item = session.get(OutboxItem, item_id)
            if item is None or item.delivered_at is not None:
                continue
            try:
                if item.kind == "email":
                    note = await _send_email(item, delivery)
                elif item.kind == "webhook":
                    note = await _post_webhook(item, delivery, http)
                elif item.kind == TRACKER_ERASURE:
                    note = await _erase_trackers(item, delivery, http)
                elif item.kind == "alert":
                    if _alert_still_needed(session, item):
                        note = await _send_email(item, delivery)
                    else:
                        note = "not needed: the visitor booked"
                else:
                    note = f"unknown kind {item.kind}"
                item.delivered_at, item.last_error = now, note
                settled += 1
            except Exception as error:
                item.attempts = (item.attempts or 0) + 1
                backoff = min(timedelta(seconds=5 * 2 ** min(item.attempts, 12)), MAX_BACKOFF)
                item.next_attempt_at = now + backoff
                item.last_error = f"{type(error).__name__}: {error}"[:500]
                logger.warning("outbox item %s (%s) failed, retry in %s: %s", item.id, item.kind, backoff, error)
    return settled


async def run_worker(factory: sessionmaker, delivery: Settings, http: aiohttp.ClientSession, interval: float = 2.0) -> None:
    while True:
        try:
            await deliver_due(factory, delivery, http)
        except Exception:
            logger.exception("outbox worker round failed")
        await asyncio.sleep(interval)
