"""What operators and orchestrators read: health, readiness and Prometheus metrics."""

from collections.abc import AsyncIterator
from datetime import timedelta

import pytest
from aiohttp import web
from aiohttp.test_utils import TestClient, TestServer
from prometheus_client.parser import text_string_to_metric_families

from bot.clock import utcnow
from bot.qualification.lifecycle import decide_stage
from bot.qualification.policy import Policy
from bot.qualification.score import Answers, score
from bot.settings import Settings
from bot.storage.db import make_engine, session_factory, transaction
from bot.storage.leads import save_qualified_contact
from bot.storage.models import OutboxItem
from bot.storage.outbox import enqueue_event
from bot.web.app import create_app
from tests.e2e.stack import free_port, serving

pytestmark = pytest.mark.clock  # reads the clock: rerun by scripts/clock-matrix.sh

TOKEN = "metrics-token-456"


async def client_for(settings: Settings) -> TestClient:
    client = TestClient(TestServer(create_app(settings, outbox_worker=False)))
    await client.start_server()
    return client


@pytest.fixture
async def rasa() -> AsyncIterator[str]:
    """Rasa's status endpoint, as far as readiness needs it: the one other process /readyz asks."""

    async def status(request: web.Request) -> web.Response:
        return web.Response(text="Hello from Rasa: 3.6.21")

    async with serving([web.get("/", status)]) as url:
        yield url


async def test_ready_when_the_database_and_rasa_answer(db_url: str, rasa: str) -> None:
    client = await client_for(Settings(database_url=db_url, rasa_url=rasa))
    try:
        assert (await client.get("/healthz")).status == 200
        ready = await client.get("/readyz")
        assert ready.status == 200 and (await ready.json())["checks"] == {"database": "ok", "rasa": "ok"}
    finally:
        await client.close()


async def test_not_ready_without_rasa_and_not_healthy_without_the_database(db_url: str) -> None:
    client = await client_for(Settings(database_url=db_url, rasa_url=f"http://127.0.0.1:{free_port()}"))
    try:
        assert (await client.get("/healthz")).status == 200
        ready = await client.get("/readyz")
        body = await ready.json()
        assert (
            ready.status == 503 and body["checks"]["database"] == "ok" and body["checks"]["rasa"].startswith("rasa: ")
        )
    finally:
        await client.close()
    broken = await client_for(
        Settings(database_url=f"postgresql://postgres@127.0.0.1:{free_port()}/gone")
    )  # nothing listens
    try:
        health = await broken.get("/healthz")
        assert health.status == 503 and (await health.json())["checks"]["database"].startswith("database: ")
    finally:
        await broken.close()


async def test_metrics_need_the_token_and_report_leads_and_the_outbox(db_url: str, policy: Policy) -> None:
    engine = make_engine(db_url)
    now = utcnow()
    with transaction(session_factory(engine)) as session:
        for sender, answers in [
            (
                "visitor-metrics-0001",
                Answers(
                    industry="software",
                    company_size=200,
                    budget=80_000,
                    authority="decision_maker",
                    timeline=40,
                    email="jane@acme.example",
                    person_name="Jane",
                ),
            ),
            ("visitor-metrics-0002", Answers(industry="retail", budget=0.0, email="bob@shop.example")),
        ]:
            result = score(answers, policy)
            save_qualified_contact(session, sender, answers, result, decide_stage(answers, result), now=now)
        enqueue_event(session, "lead.created", "metrics:1", {"lead_id": 1}, now=now - timedelta(minutes=2))
        session.flush()
        for item in session.query(OutboxItem).filter(OutboxItem.kind == "webhook"):
            item.last_error = "RuntimeError: CRM answered HTTP 503"
    engine.dispose()
    client = await client_for(Settings(database_url=db_url, metrics_token=TOKEN))
    try:
        assert (await client.get("/metrics")).status == 401
        response = await client.get("/metrics", headers={"Authorization": f"Bearer {TOKEN}"})
        assert response.status == 200 and response.content_type == "text/plain"
        samples = {
            (s.name, tuple(sorted(s.labels.items()))): s.value
            for family in text_string_to_metric_families(await response.text())
            for s in family.samples
        }
    finally:
        await client.close()
    assert samples[("qualifier_leads", (("reason", "qualified"), ("stage", "prospect")))] == 1
    assert samples[("qualifier_leads", (("reason", "no_budget"), ("stage", "lead")))] == 1
    assert samples[("qualifier_outbox_failing", (("kind", "webhook"),))] >= 1
    assert (
        samples[("qualifier_outbox_backlog", (("kind", "webhook"),))]
        >= samples[("qualifier_outbox_failing", (("kind", "webhook"),))]
    )
    assert samples[("qualifier_outbox_oldest_due_seconds", ())] >= 60
    assert ("qualifier_chat_turn_seconds_count", ()) in samples
