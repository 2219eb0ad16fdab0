from collections.abc import AsyncIterator
from datetime import UTC

import pytest
from aiohttp.test_utils import TestClient, TestServer

from bot.qualification.lifecycle import decide_stage
from bot.qualification.policy import Policy
from bot.qualification.score import Answers, score
from bot.recording.recorder import record_events
from bot.settings import Settings
from bot.storage.db import make_engine, session_factory, transaction
from bot.storage.leads import save_qualified_contact
from bot.web.app import create_app

pytestmark = pytest.mark.clock  # reads the clock: rerun by scripts/clock-matrix.sh

TOKEN = "test-token-123"
AUTH = {"Authorization": f"Bearer {TOKEN}"}


@pytest.fixture
async def client(db_url: str, policy: Policy) -> AsyncIterator[TestClient]:
    engine = make_engine(db_url)
    with transaction(session_factory(engine)) as session:
        for sender, answers in [
            (
                "visitor-api-000000001",
                Answers(
                    industry="software",
                    company_size=200,
                    budget=80_000,
                    authority="decision_maker",
                    timeline=40,
                    email="jane@acme.com",
                    person_name="Jane",
                    company="=HYPERLINK(1)",
                ),
            ),
            (
                "visitor-api-000000002",
                Answers(
                    industry="retail",
                    budget=1000,
                    authority="no_authority",
                    timeline=400,
                    email="bob@gmail.com",
                    person_name="Bob",
                ),
            ),
        ]:
            result = score(answers, policy)
            save_qualified_contact(session, sender, answers, result, decide_stage(answers, result))
        record_events(
            session,
            "visitor-api-000000001",
            [
                {"event": "user", "timestamp": 10.0, "text": "hi"},
                {"event": "bot", "timestamp": 11.0, "text": "Hi there!"},
            ],
        )
    engine.dispose()
    settings = Settings(database_url=db_url, leads_api_token=TOKEN)
    client = TestClient(TestServer(create_app(settings)))
    await client.start_server()
    yield client
    await client.close()


async def test_without_a_valid_token_the_api_refuses(client: TestClient) -> None:
    for headers in ({}, {"Authorization": "Bearer wrong"}, {"Authorization": TOKEN}):
        response = await client.get("/api/leads", headers=headers)
        assert response.status == 401
        assert "bearer token" in (await response.json())["error"]
    assert (await client.get("/api/leads/1")).status == 401
    assert (await client.get("/api/leads.csv")).status == 401


async def test_leads_list_matches_the_contract(client: TestClient) -> None:
    response = await client.get("/api/leads", headers=AUTH)
    assert response.status == 200
    leads = await response.json()
    assert [lead["email"] for lead in leads] == ["bob@gmail.com", "jane@acme.com"]
    jane = leads[1]
    for key in (
        "id",
        "stage",
        "email",
        "person_name",
        "company",
        "industry",
        "budget_usd",
        "authority",
        "timeline_days",
        "company_size",
        "score",
        "score_reasons",
        "owner",
        "booking",
    ):
        assert key in jane
    assert jane["stage"] == "prospect" and jane["budget_usd"] == 80000 and jane["timeline_days"] == 40
    assert isinstance(jane["score_reasons"], list) and jane["owner"] is None and jane["booking"] is None
    assert leads[0]["stage"] == "lead"


async def test_filters_and_pagination(client: TestClient) -> None:
    prospects = await (await client.get("/api/leads?stage=prospect", headers=AUTH)).json()
    assert [lead["email"] for lead in prospects] == ["jane@acme.com"]
    response = await client.get("/api/leads?limit=1", headers=AUTH)
    assert response.headers["X-Total-Count"] == "2" and "offset=1" in response.headers["Link"]
    assert await (await client.get("/api/leads?since=2999-01-01", headers=AUTH)).json() == []


@pytest.mark.parametrize(
    "query, parameter",
    [
        ("stage=customer", "stage"),
        ("since=yesterday", "since"),
        ("limit=0", "limit"),
        ("offset=-1", "offset"),
        ("limit=abc", "limit"),
    ],
)
async def test_a_bad_filter_is_a_400_with_a_clear_message(client: TestClient, query: str, parameter: str) -> None:
    response = await client.get(f"/api/leads?{query}", headers=AUTH)
    assert response.status == 400
    body = await response.json()
    assert body["parameter"] == parameter and body["error"]


async def test_one_lead_has_the_transcript_both_ways_in_order(client: TestClient) -> None:
    leads = await (await client.get("/api/leads?stage=prospect", headers=AUTH)).json()
    lead = await (await client.get(f"/api/leads/{leads[0]['id']}", headers=AUTH)).json()
    assert [(m["from"], m["text"]) for m in lead["transcript"]] == [("visitor", "hi"), ("assistant", "Hi there!")]
    assert lead["transcript"][0]["at"].endswith("+00:00")


async def test_a_bad_id_is_404(client: TestClient) -> None:
    for lead_id in ("999999", "abc"):
        response = await client.get(f"/api/leads/{lead_id}", headers=AUTH)
        assert response.status == 404 and "no lead" in (await response.json())["error"]


async def test_csv_export_neutralizes_formulas(client: TestClient) -> None:
    response = await client.get("/api/leads.csv", headers=AUTH)
    body = await response.text()
    assert response.headers["Content-Type"].startswith("text/csv")
    assert body.splitlines()[0].startswith("id,stage,email")
    assert "'=HYPERLINK(1)" in body


def test_a_booking_shows_times_with_the_visitors_offset_or_utc() -> None:
    from datetime import datetime

    from bot.app.lead_reads import booking_json
    from bot.storage.models import Booking, Sdr

    start = datetime(2026, 12, 1, 9, 0, tzinfo=UTC)
    booking = Booking(
        start_at=start,
        end_at=start.replace(minute=30),
        visitor_timezone="America/New_York",
        sdr=Sdr(email="alex@example.com"),
    )
    assert booking_json(booking) == {
        "start": "2026-12-01T04:00:00-05:00",
        "end": "2026-12-01T04:30:00-05:00",
        "sdr": "alex@example.com",
    }
    booking.visitor_timezone = None
    assert booking_json(booking)["start"] == "2026-12-01T09:00:00+00:00"


async def test_delete_erases_the_lead_then_get_answers_404(client: TestClient, db_url: str) -> None:
    from sqlalchemy import select

    from bot.storage.models import Erasure, Message, OutboxItem

    leads = await (await client.get("/api/leads", headers=AUTH)).json()
    jane = next(lead for lead in leads if lead["email"] == "jane@acme.com")
    assert (await client.delete(f"/api/leads/{jane['id']}")).status == 401
    response = await client.delete(f"/api/leads/{jane['id']}", headers=AUTH)
    assert response.status == 204
    assert (await client.get(f"/api/leads/{jane['id']}", headers=AUTH)).status == 404
    assert (await client.delete(f"/api/leads/{jane['id']}", headers=AUTH)).status == 404
    assert (await client.delete("/api/leads/not-a-number", headers=AUTH)).status == 404
    engine = make_engine(db_url)
    with transaction(session_factory(engine)) as session:
        assert session.execute(select(Message)).first() is None
        audit = session.execute(select(Erasure)).scalar_one()
        erasure = session.execute(select(OutboxItem).where(OutboxItem.kind == "tracker_erasure")).scalar_one()
    engine.dispose()
    assert audit.requested_by == "api" and erasure.payload == {"sender_ids": ["visitor-api-000000001"]}
    remaining = await (await client.get("/api/leads", headers=AUTH)).json()
    assert [lead["email"] for lead in remaining] == ["bob@gmail.com"]


async def test_analytics_json_is_an_ordered_funnel_of_subsets_and_per_question_figures(client: TestClient) -> None:
    assert (await client.get("/api/analytics")).status == 401
    body = await (await client.get("/api/analytics", headers=AUTH)).json()
    assert [step["stage"] for step in body["funnel"]] == [
        "visitor",
        "engaged",
        "discovery_completed",
        "contact_left",
        "prospect",
        "booked",
    ]
    counts = [step["count"] for step in body["funnel"]]
    assert counts == sorted(counts, reverse=True) and counts[0] == 1  # the one conversation with messages
    assert all(
        set(q) == {"slot", "asked", "answered", "volunteered"} and q["answered"] <= q["asked"]
        for q in body["questions"]
    )
    assert (await (await client.get("/api/analytics?since=2999-01-01", headers=AUTH)).json())["funnel"][0]["count"] == 0
    bad = await client.get("/api/analytics?since=last+week", headers=AUTH)
    assert bad.status == 400 and (await bad.json())["parameter"] == "since"
    backwards = await (await client.get("/api/analytics?since=2026-11-02&until=2026-11-01", headers=AUTH)).json()
    assert [step["count"] for step in backwards["funnel"]] == [0] * 6  # an empty window: nothing began in it


def test_every_cell_a_spreadsheet_would_run_is_neutralized() -> None:
    from bot.app.lead_reads import _csv_safe

    for cell in ("=1+1", "+1", "-1", "@SUM(A1)", "\t=1+1", "\r=1+1"):
        assert _csv_safe(cell) == "'" + cell
    assert _csv_safe("Acme") == "Acme"
