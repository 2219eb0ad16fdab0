"""Erasure on request (a visitor, an SDR, the leads API) and by retention: what the person
asked to go goes, from the database and from every spool on disk."""

from __future__ import annotations

import asyncio
import logging
from pathlib import Path
from typing import Any

from sqlalchemy.orm import Session

from bot.app.database import Database
from bot.app.labelling import forget_labels
from bot.clock import utcnow
from bot.logsafe import log_failure
from bot.recording import spool
from bot.storage.erasure import ErasureReport, erase_conversation, erase_lead, purge_expired

logger = logging.getLogger(__name__)


async def erase_lead_on_request(database: Database, data_repo: Path, lead_id: int, *, requested_by: str) -> bool:
    """False when there is no such lead; Rasa's copy and the spools follow through the outbox, the
    studio's labels of their words leave the training data under `data_repo` at once."""

    def work(session: Session) -> ErasureReport | None:
        report = erase_lead(session, lead_id, reason="request", requested_by=requested_by, now=utcnow())
        if report is not None:
            forget_labels(data_repo, report.labelled_texts)
        return report

    return await database.run(work) is not None


async def erase_visitor(
    database: Database, data_dir: Path, data_repo: Path, sender_id: str, *, signed: bool
) -> dict[str, Any]:
    """ "Delete my data": this chat, and its lead when the chat is all of it or the site signed
    who the visitor is. Counts of what went; raises `StorageUnavailable` when nothing could be."""
    spool.forget_everywhere(data_dir, [sender_id])  # what waits on disk goes too, dead letters included

    def work(session: Session) -> dict[str, Any]:
        report = erase_conversation(
            session, sender_id, whole_lead=signed, reason="request", requested_by="visitor", now=utcnow()
        )
        forget_labels(data_repo, report.labelled_texts)
        return dict(report.counts)

    return await database.run_in_turn(work, "write")


async def run_retention(database: Database, retention_days: int, interval: float = 3600.0) -> None:
    """Hourly: erase unconverted leads and anonymous chats past RETENTION_DAYS."""

    while retention_days > 0:
        try:
            report = await database.run(lambda session: purge_expired(session, days=retention_days, now=utcnow()))
            if report.counts:
                logger.info("retention: erased %s", dict(report.counts))
        except Exception as error:
            log_failure(logger, "retention purge failed; trying again in an hour", error)
        await asyncio.sleep(interval)
