"""The whole product, started as `make run` starts it, played over the REST channel."""

from __future__ import annotations

import hashlib
import hmac
import json
import re
import uuid
from collections.abc import Iterator
from datetime import UTC
from email import message_from_bytes, policy
from typing import Any

import pytest
from aiosmtpd.controller import Controller
from icalendar import Calendar

from tests.conftest import DATABASES, drop_schema, postgres_schema_url
from tests.e2e.stack import CrmReceiver, Stack, free_port, start_stack
from tests.model import trained_model
from tests.waiting import eventually, wait_for, wait_until

pytestmark = pytest.mark.slow
METADATA = {"page": "/pricing", "plan": "business", "timezone": "Europe/Berlin"}
CRM_SECRET = "e2e-crm-secret"


class SmtpInbox:
    def __init__(self) -> None:
        self.messages: list[tuple[list[str], bytes]] = []

    async def handle_DATA(self, server: object, session: object, envelope: object) -> str:  # noqa: N802 - aiosmtpd's name
        self.messages.append((list(envelope.rcpt_tos), envelope.content))  # type: ignore[attr-defined]
        return "250 OK"


@pytest.fixture(scope="module", params=DATABASES)
def stack(request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory) -> Iterator[Stack]:
    """The product on each database: SQLite (the embedded default) and PostgreSQL."""
    trained_model()
    data = tmp_path_factory.mktemp("stack")
    if request.param == "sqlite":
        url, schema = f"sqlite:///{data / 'leads.db'}", None
    else:
        url, schema = postgres_schema_url()
    mail, crm = SmtpInbox(), CrmReceiver()
    smtp = Controller(mail, hostname="127.0.0.1", port=free_port())
    smtp.start()
    stack = start_stack(
        data,
        url,
        SMTP_HOST="127.0.0.1",
        SMTP_PORT=str(smtp.port),
        CRM_WEBHOOK_URL=crm.url,
        CRM_WEBHOOK_SECRET=CRM_SECRET,
    )
    stack.mail, stack.crm = mail, crm  # type: ignore[attr-defined]
    try:
        yield stack
    finally:
        code = stack.stop()
        smtp.stop()
        crm.close()
        if schema:
            drop_schema(schema)
    assert code == 0, "".join(stack.output[-40:])
    assert "rasa stopped" in "".join(stack.output)


def play(stack: Stack, sender: str, turns: list[tuple[str, str | None]]) -> list[list[dict]]:
    """Each turn: what the visitor says, and the question (requested_slot) expected after it."""
    replies = []
    for text, expected_slot in turns:
        replies.append(stack.say(sender, text, METADATA))
        assert stack.tracker(sender)["slots"]["requested_slot"] == expected_slot, (text, replies[-1])
    return replies


def wait_for_lead(stack: Stack, email: str) -> dict:
    """The lead, once its transcript is written (off the reply path)."""

    def recorded() -> dict | None:
        leads = [lead for lead in stack.api("/api/leads") if lead["email"] == email]
        lead = stack.api(f"/api/leads/{leads[0]['id']}") if leads else None
        return lead if lead is not None and len(lead["transcript"]) >= 10 else None

    found = eventually(recorded, timeout=10)
    assert found is not None, f"no lead for {email}"
    return found


def test_a_qualified_visitor_walks_through_discovery_with_digressions_and_becomes_a_prospect(stack: Stack) -> None:
    sender = uuid.uuid4().hex
    logged_before = len(stack.output)
    replies = play(
        stack,
        sender,
        [
            ("hi", None),
            ("sure", "industry"),
            ("we're a software company", "company_size"),
            ("why do you need that?", "company_size"),
            ("about 200 employees", "budget"),
            ("how much does it cost?", "budget"),
            ("roughly 10-15k a month", "authority"),
            ("I'd have to run it by our CFO", "timeline"),
            ("actually the budget is 80k", "timeline"),
            ("next quarter", "consent"),
            ("/give_consent", "person_name"),
            ("Jane Doe", "email"),
            ("not an email", "email"),
            ("jane.doe@acme-corp.com", "company"),
            ("Acme Corp", None),
        ],
    )
    assert replies[0][0]["text"] == "Hi there! Looking at the Business plan?"
    budget_buttons = next(m["buttons"] for m in replies[4] if m.get("buttons"))
    assert budget_buttons[0]["payload"] == '/inform{"budget": 6000}'  # rendered from the escaped {{...}} in domain.yml
    errors = [line for line in stack.output[logged_before:] if re.search(r"\bERROR\b|\[error\s*\]", line)]
    assert not errors, "".join(errors)  # a normal conversation logs no ERROR (button payloads are not read as slots)
    assert "Company size tells me" in replies[3][0]["text"]
    # the price for the 200 employees given a turn before, from sales/plans.yml (not "how many users do you have?")
    assert "Business for 200 users: $19,800 a month" in replies[5][0]["text"]
    assert replies[8][0]["text"] == "Got it, I've updated your budget to $80,000 a year."
    assert "doesn't look like an email" in replies[12][0]["text"]
    assert "great fit" in replies[-1][0]["text"] and "score" not in replies[-1][0]["text"].lower()
    offer = replies[-1][-1]
    assert "Lena Fischer" in offer["text"] and "Europe/Berlin" in offer["text"]
    assert 4 <= len(offer["buttons"]) <= 6 and offer["buttons"][-1]["title"] == "None of these work"
    booked = stack.say(sender, offer["buttons"][0]["payload"], METADATA)
    assert booked[0]["text"].startswith("You're booked with Lena Fischer on ")
    assert "jane.doe@acme-corp.com" in booked[0]["text"]
    slots = stack.tracker(sender)["slots"]
    assert (slots["industry"], slots["company_size"], slots["budget"], slots["authority"]) == (
        "software",
        200,
        80000.0,
        "influencer",
    )

    lead = wait_for_lead(stack, "jane.doe@acme-corp.com")
    assert lead["stage"] == "prospect" and lead["budget_usd"] == 80000 and lead["person_name"] == "Jane Doe"
    assert lead["owner"] == "lena.fischer@example.com"
    assert lead["booking"]["sdr"] == "lena.fischer@example.com" and lead["booking"]["start"].endswith("+01:00")

    mail = stack.mail  # type: ignore[attr-defined]
    wait_until(
        lambda: (
            {r for rcpts, _ in mail.messages for r in rcpts} >= {"jane.doe@acme-corp.com", "lena.fischer@example.com"}
        )
    )
    for _, raw in mail.messages:
        message = message_from_bytes(raw, policy=policy.default)
        part = next(p for p in message.walk() if p.get_content_type() == "text/calendar")
        event = next(iter(Calendar.from_ical(part.get_payload(decode=True)).walk("VEVENT")))
        assert event["DTSTART"].dt.isoformat() == datetime_from(lead["booking"]["start"])
    crm = stack.crm  # type: ignore[attr-defined]
    wait_until(lambda: any(json.loads(body)["event"] == "booking.confirmed" for _, body in crm.received))
    for headers, body in crm.received:
        assert headers["X-Signature"] == "sha256=" + hmac.new(CRM_SECRET.encode(), body, hashlib.sha256).hexdigest()
        assert headers["Idempotency-Key"]
    assert any(reason.startswith("Budget $80,000/yr") for reason in lead["score_reasons"])
    # the last replies are recorded from Rasa's event stream, which may trail the API by a moment
    wait_until(lambda: stack.api(f"/api/leads/{lead['id']}")["transcript"][-1]["from"] == "assistant")
    lead = stack.api(f"/api/leads/{lead['id']}")
    transcript = [(m["from"], m["text"]) for m in lead["transcript"]]
    assert transcript[0] == ("visitor", "hi")
    assert ("assistant", "Hi there! Looking at the Business plan?") in transcript
    assert transcript[-1][0] == "assistant"
    stamps = [m["at"] for m in lead["transcript"]]
    assert stamps == sorted(stamps)


def datetime_from(iso: str) -> str:
    from datetime import datetime

    return datetime.fromisoformat(iso).astimezone(UTC).isoformat()


def test_an_all_in_one_opening_is_never_asked_again_and_an_unqualified_visitor_stays_a_lead(stack: Stack) -> None:
    sender = uuid.uuid4().hex
    replies = play(
        stack,
        sender,
        [
            ("I'm a student at a university, just researching, no budget", "company_size"),
            ("rather not say", "consent"),
            ("yes that's fine", "person_name"),
            ("Sam", "email"),
            ("sam@gmail.com", "company"),
            ("State University", None),
        ],
    )
    assert "skip" in replies[1][0]["text"].lower()
    assert not any("choose_slot" in b["payload"] for reply in replies[-1] for b in reply.get("buttons", []))
    lead = wait_for_lead(stack, "sam@gmail.com")
    assert lead["stage"] == "lead"
    assert lead["disqualification"] in ("student", "no_budget", "no_authority")


def test_declining_consent_keeps_the_visitor_anonymous_but_answered(stack: Stack) -> None:
    sender = uuid.uuid4().hex
    play(
        stack,
        sender,
        [
            ("I'm the CEO of a 50 person law firm, budget 60k, need it next month", "consent"),
            ("/decline_consent", None),
        ],
    )
    answer = stack.say(sender, "do you support sso?")
    assert "SAML" in answer[0]["text"], answer  # no second hello: the chat was erased, not begun again
    assert all(lead["person_name"] != "CEO" for lead in stack.api("/api/leads"))


def test_a_question_or_a_puzzled_reply_is_answered_and_never_kept_as_the_answer(stack: Stack) -> None:
    # a stranger's "and is there a free trial" to the industry question was kept as their industry, and "???" to
    # the consent question was taken as a no ("we can skip that one") and the chat ended
    sender = uuid.uuid4().hex
    replies = play(
        stack,
        sender,
        [
            ("let's get started", "industry"),
            ("and is there a free trial", "industry"),
            ("we're a 50 person law firm, I'm the managing partner, budget 60k a year, need it next month", "consent"),
            ("???", "consent"),
            ("yes that's fine", "person_name"),
        ],
    )
    assert "trial" in replies[1][0]["text"].lower()
    said_to_puzzled = " ".join(reply.get("text") or "" for reply in replies[3]).lower()
    assert "skip" not in said_to_puzzled and "ok?" in said_to_puzzled, replies[3]
    assert stack.tracker(sender)["slots"]["industry"] == "professional_services"


def test_a_product_question_no_answer_of_ours_answers_gets_a_specialist_and_one_we_answer_gets_its_answer(
    stack: Stack,
) -> None:
    # a stranger's "is it HIPAA compliant?" had the SOC 2 answer and "can we pay by invoice?" the price list
    sender = uuid.uuid4().hex
    hipaa, invoice = (
        stack.say(sender, text, METADATA) for text in ("is it HIPAA compliant?", "can we pay by invoice?")
    )
    said = " ".join(reply.get("text", "") for reply in hipaa)  # the hello first, then the answer
    assert hipaa[0]["text"].startswith("Hi there!") and "specialist" in said and "SOC 2" not in said, hipaa
    assert "invoice" in invoice[0]["text"].lower(), invoice


def test_model_parse_returns_normalized_entities(stack: Stack) -> None:
    import json
    import urllib.request

    body = json.dumps({"text": "I'm the CTO of a 300-person bank and we need this by next quarter"}).encode()
    request = urllib.request.Request(
        f"{stack.rasa}/model/parse?token={stack.rasa_token}", body, {"Content-Type": "application/json"}
    )
    with urllib.request.urlopen(request) as response:
        parsed = json.load(response)
    entities = {e["entity"]: e for e in parsed["entities"]}
    assert entities["company_size"]["value"] == 300 and entities["industry"]["value"] == "financial_services"
    assert entities["authority"]["value"] == "decision_maker" and isinstance(entities["timeline"]["value"], int)
    assert {e["extractor"] for e in parsed["entities"]} == {"QualificationEntityExtractor"}


def test_the_api_is_never_open_without_a_token(stack: Stack) -> None:
    import urllib.error
    import urllib.request

    for url in (f"{stack.rasa}/conversations/x/tracker", f"{stack.web}/api/leads"):
        with pytest.raises(urllib.error.HTTPError) as error:
            urllib.request.urlopen(url)
        assert error.value.code in (401, 403)


def test_the_pricing_page_and_widget_are_served(stack: Stack) -> None:
    import urllib.request

    page = urllib.request.urlopen(f"{stack.web}/").read().decode()
    assert "Talk to sales" in page and "/widget.js" in page
    assert b"QualifierWidget" in urllib.request.urlopen(f"{stack.web}/widget.js").read()


async def hang_up(client: Any) -> None:
    """Close the connection as a closing tab does, without waiting out the open long-poll (the
    server answers it at its next 25 s ping: python-socketio's own disconnect waits that long)."""
    await client.eio.disconnect(abort=True)


@pytest.mark.parametrize("transport", ["websocket", "polling"])
def test_rasas_socketio_protocol_is_spoken_at_the_web_apps_door(stack: Stack, transport: str) -> None:
    import asyncio

    import socketio

    async def visit() -> tuple[list[str], list[dict], list[str]]:
        confirmed: list[str] = []
        replies: list[dict] = []
        client = socketio.AsyncClient(reconnection=False)
        client.on("session_confirm", lambda data: confirmed.append(data))
        client.on("bot_uttered", lambda data: replies.append(data))
        await client.connect(stack.web, socketio_path="/socket.io", transports=[transport], wait_timeout=20)
        try:
            await client.emit("session_request", {"session_id": "a-guessed-session-id-0001"})  # never taken over
            await wait_for(lambda: confirmed)
            await client.emit(
                "user_uttered",
                {"message": "do you support sso?", "session_id": confirmed[0], "customData": {"plan": "business"}},
            )
            await wait_for(lambda: any("SAML" in (r.get("text") or "") for r in replies))
            await client.emit("user_uttered", {"message": "hi", "session_id": confirmed[0]})
            await wait_for(lambda: any(r.get("quick_replies") for r in replies))
        finally:
            await hang_up(client)
        # the same session id, offered back on a new connection (a reload), resumes the conversation
        again = socketio.AsyncClient(reconnection=False)
        resumed: list[str] = []
        again.on("session_confirm", lambda data: resumed.append(data))
        await again.connect(stack.web, socketio_path="/socket.io", transports=[transport], wait_timeout=20)
        try:
            await again.emit("session_request", {"session_id": confirmed[0]})
            await wait_for(lambda: resumed)
        finally:
            await hang_up(again)
        return confirmed, replies, resumed

    confirmed, replies, resumed = asyncio.run(visit())
    sender, token = confirmed[0].split(".", 1)  # the token is "<expiry>.<mac>"
    assert sender.startswith("wc_") and sender != "a-guessed-session-id-0001" and token
    assert resumed == confirmed
    buttons = next(r["quick_replies"] for r in replies if r.get("quick_replies"))
    assert all(set(b) == {"content_type", "title", "payload"} for b in buttons)
    assert any(m["event"] == "user" and m.get("text") == "do you support sso?" for m in stack.tracker(sender)["events"])
    assert not [line for line in stack.output if token in line]  # the session token stays out of the logs
