"""GET /metrics for Prometheus (prometheus-client): chat turns and their latency counted as they
happen, and what the database says at scrape time (leads by stage and reason, the outbox backlog
and its failing items). Behind a bearer token: METRICS_TOKEN, else LEADS_API_TOKEN."""

from __future__ import annotations

from dataclasses import dataclass

from aiohttp import web
from prometheus_client import CONTENT_TYPE_LATEST, CollectorRegistry, Counter, Gauge, Histogram, generate_latest

from bot.app.operations import Backlog, backlog
from bot.bearer import bearer_matches
from bot.qualification.lifecycle import PROSPECT
from bot.web.errors import json_error
from bot.web.keys import DATABASE, SETTINGS

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


def _show(figures: Backlog, metrics: Metrics) -> None:
    metrics.leads.clear()
    for stage, reason, count in figures.leads:
        metrics.leads.labels(stage=stage, reason=reason or ("qualified" if stage == PROSPECT else "none")).set(count)
    metrics.outbox_backlog.clear()
    metrics.outbox_failing.clear()
    for kind, count, failing in figures.outbox:
        metrics.outbox_backlog.labels(kind=kind).set(count)
        metrics.outbox_failing.labels(kind=kind).set(failing)
    metrics.outbox_oldest_due_seconds.set(figures.oldest_due_seconds)


@routes.get("/metrics", name="metrics")
async def metrics(request: web.Request) -> web.Response:
    settings = request.app[SETTINGS]
    if not bearer_matches(request.headers.get("Authorization", ""), settings.metrics_token or settings.leads_api_token):
        raise json_error(401, "missing or invalid bearer token: send Authorization: Bearer <METRICS_TOKEN>")
    collected = request.app[METRICS]
    _show(await backlog(request.app[DATABASE]), collected)
    return web.Response(body=generate_latest(collected.registry), headers={"Content-Type": CONTENT_TYPE_LATEST})
