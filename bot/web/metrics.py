"""GET /metrics for Prometheus (prometheus-client): chat turns and their latency counted as they
happen, and what the database says at scrape time (leads by stage and reason, the outbox backlog
and its failing items). Behind a bearer token: METRICS_TOKEN, else LEADS_API_TOKEN."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import timedelta

from aiohttp import web
from prometheus_client import CONTENT_TYPE_LATEST, CollectorRegistry, Counter, Gauge, Histogram, generate_latest
from sqlalchemy import func, select
from sqlalchemy.orm import Session

from bot.bearer import bearer_matches
from bot.clock import aware, utcnow
from bot.qualification.lifecycle import PROSPECT
from bot.storage.models import Lead, OutboxItem
from bot.web.db import in_transaction
from bot.web.errors import json_error
from bot.web.keys import SETTINGS

routes = web.RouteTableDef()


@dataclass
class Metrics:
    """One registry per app, so several apps in one process (the tests) never collide."""

    registry: CollectorRegistry
    turns: Counter
    turn_seconds: Histogram
    leads: Gauge
    outbox_backlog: Gauge
    outbox_failing: Gauge
    outbox_oldest_due_seconds: Gauge

    @classmethod
    def create(cls) -> Metrics:
        registry = CollectorRegistry()
        return cls(
            registry=registry,
            turns=Counter(
                "qualifier_chat_turns", "Visitor messages through /chat, by outcome", ["outcome"], registry=registry
            ),
            turn_seconds=Histogram(
                "qualifier_chat_turn_seconds",
                "Time from a visitor's message to the assistant's reply",
                buckets=(0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30),
                registry=registry,
            ),
            leads=Gauge(
                "qualifier_leads",
                "Leads by stage and the reason a lead was kept",
                ["stage", "reason"],
                registry=registry,
            ),
            outbox_backlog=Gauge(
                "qualifier_outbox_backlog", "Outbox items not yet delivered", ["kind"], registry=registry
            ),
            outbox_failing=Gauge(
                "qualifier_outbox_failing",
                "Undelivered outbox items whose last attempt failed",
                ["kind"],
                registry=registry,
            ),
            outbox_oldest_due_seconds=Gauge(
                "qualifier_outbox_oldest_due_seconds", "How long the oldest due item has waited", registry=registry
            ),
        )


METRICS = web.AppKey("metrics", Metrics)


def _read_database(session: Session, metrics: Metrics) -> None:
    metrics.leads.clear()
    for stage, reason, count in session.execute(
        select(Lead.stage, Lead.disqualification, func.count()).group_by(Lead.stage, Lead.disqualification)
    ):
        metrics.leads.labels(stage=stage, reason=reason or ("qualified" if stage == PROSPECT else "none")).set(count)
    metrics.outbox_backlog.clear()
    metrics.outbox_failing.clear()
    pending = OutboxItem.delivered_at.is_(None)
    for kind, count, failing in session.execute(
        select(OutboxItem.kind, func.count(), func.count(OutboxItem.last_error))
        .where(pending)
        .group_by(OutboxItem.kind)
    ):
        metrics.outbox_backlog.labels(kind=kind).set(count)
        metrics.outbox_failing.labels(kind=kind).set(failing)
    now = utcnow()
    oldest = session.execute(
        select(func.min(OutboxItem.next_attempt_at)).where(pending, OutboxItem.next_attempt_at <= now)
    ).scalar()
    metrics.outbox_oldest_due_seconds.set((now - aware(oldest)) / timedelta(seconds=1) if oldest else 0)


@routes.get("/metrics", name="metrics")
async def metrics(request: web.Request) -> web.Response:
    settings = request.app[SETTINGS]
    if not bearer_matches(request.headers.get("Authorization", ""), settings.metrics_token or settings.leads_api_token):
        raise json_error(401, "missing or invalid bearer token: send Authorization: Bearer <METRICS_TOKEN>")
    collected = request.app[METRICS]
    await in_transaction(request, lambda session: _read_database(session, collected))
    return web.Response(body=generate_latest(collected.registry), headers={"Content-Type": CONTENT_TYPE_LATEST})
