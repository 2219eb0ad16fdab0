"""The product as an attacker on the public internet meets it: only the web app answers, and it
believes nothing a browser says about who the visitor is."""

from __future__ import annotations

import json
import re
import stat
import urllib.error
import urllib.request
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from bot.clock import utcnow
from bot.dialog.identity import sign_identity
from bot.qualification.lifecycle import decide_stage
from bot.qualification.policy import load_policy
from bot.qualification.score import Answers, score
from bot.settings import get_settings
from bot.storage.db import make_engine, session_factory
from bot.storage.leads import save_qualified_contact
from tests.e2e.stack import Stack, start_stack
from tests.model import trained_model
from tests.waiting import eventually

pytestmark = pytest.mark.slow
SITE_SECRET = "e2e-site-secret"
HOSTILE = [
    "/restart",
    "/session_start",
    "/action_restart",
    '/inform{"budget": 1e999}',
    "/choose_slot{{{{",
    "/",
    "9" * 400,
    "{}",
    "null",
    "\u0000\u0001\u0002",
    "'; DROP TABLE leads; --",
    "<script>alert(1)</script>",
    "\u202e\u202d" * 50,
    "🙂" * 500,
    '/greet{"email": "ceo@victim.com"}',
    "a" * 2000,
    "%s%s%n",
    "../../etc/passwd",
]


@pytest.fixture(scope="module")
def stack(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Stack]:
    trained_model()
    data = tmp_path_factory.mktemp("front-door")
    database_url = f"sqlite:///{data / 'leads.db'}"
    # more turns a minute than the default: every test here talks from 127.0.0.1
    stack = start_stack(data, database_url, SITE_SECRET=SITE_SECRET, CHAT_TURNS_PER_MINUTE="600")
    stack.data_dir, stack.database_url = data, database_url  # type: ignore[attr-defined]
    try:
        yield stack
    finally:
        stack.stop()


def post(url: str, body: Any, headers: dict[str, str] | None = None) -> tuple[int, Any]:
    request = urllib.request.Request(
        url, json.dumps(body).encode(), {"Content-Type": "application/json", **(headers or {})}
    )
    try:
        with urllib.request.urlopen(request, timeout=60) as response:
            return response.status, json.load(response)
    except urllib.error.HTTPError as error:
        return error.code, json.loads(error.read() or b"{}")


def conversation(stack: Stack) -> tuple[str, str]:
    status, issued = post(f"{stack.web}/chat/session", {})
    assert status == 200
    return issued["sender"], issued["token"]


def chat(stack: Stack, sender: str, token: str, text: str, metadata: dict[str, Any] | None = None) -> tuple[int, Any]:
    return post(f"{stack.web}/chat", {"sender": sender, "token": token, "message": text, "metadata": metadata or {}})


def updates_status(stack: Stack, query: str) -> int:
    try:
        with urllib.request.urlopen(f"{stack.web}/chat/updates?{query}&after=0", timeout=30) as response:
            return int(response.status)
    except urllib.error.HTTPError as error:
        return error.code


def listening_addresses(port: int) -> set[str]:
    """Local addresses of the sockets listening on `port`, read from the kernel's own table."""
    found = set()
    for table in ("/proc/net/tcp", "/proc/net/tcp6"):
        for line in Path(table).read_text().splitlines()[1:]:
            local, state = line.split()[1], line.split()[3]
            address, hex_port = local.split(":")
            if state == "0A" and int(hex_port, 16) == port:  # 0A = LISTEN
                found.add(address)
    return found


def test_only_the_web_app_listens_beyond_this_machine(stack: Stack) -> None:
    rasa_port, web_port = int(stack.rasa.rsplit(":", 1)[1]), int(stack.web.rsplit(":", 1)[1])
    assert listening_addresses(rasa_port) == {"0100007F"}  # 127.0.0.1
    assert listening_addresses(web_port) - {"0100007F"}  # the one public door


def test_the_public_door_runs_on_an_aiohttp_without_the_known_smuggling_holes(stack: Stack) -> None:
    with urllib.request.urlopen(f"{stack.web}/healthz", timeout=30) as response:
        served_by = response.headers.get("Server", "")
    found = re.search(r"aiohttp/(\d+)\.(\d+)\.(\d+)", served_by)
    assert found and tuple(map(int, found.groups())) >= (3, 12, 14), served_by  # the web app's own .venv-web


def test_the_action_server_runs_actions_for_rasa_only(stack: Stack) -> None:
    # a process on this machine (or, deployed, a pod) that is not Rasa cannot write leads or book calls
    call = {
        "next_action": "action_request_human",
        "sender_id": "visitor-not-rasa-001",
        "tracker": {
            "sender_id": "visitor-not-rasa-001",
            "slots": {},
            "latest_message": {},
            "events": [],
            "paused": False,
            "active_loop": {},
        },
        "domain": {},
        "version": "3.6.2",
    }
    request = urllib.request.Request(
        f"{stack.actions}/webhook", json.dumps(call).encode(), {"Content-Type": "application/json"}
    )
    with pytest.raises(urllib.error.HTTPError) as refused:
        urllib.request.urlopen(request, timeout=30)
    assert refused.value.code == 401
    with urllib.request.urlopen(f"{stack.actions}/health", timeout=30) as health:  # probes still answer
        assert health.status == 200
    assert stack.say("visitor-via-rasa-001", "can I talk to a person?")  # and Rasa's calls go through


def test_the_rasa_token_is_not_on_any_command_line(stack: Stack) -> None:
    for cmdline in Path("/proc").glob("[0-9]*/cmdline"):
        try:
            assert stack.rasa_token.encode() not in cmdline.read_bytes()
        except (PermissionError, FileNotFoundError, ProcessLookupError):
            continue


def test_keys_users_and_databases_are_readable_by_their_owner_only(stack: Stack) -> None:
    data_dir: Path = stack.data_dir  # type: ignore[attr-defined]
    assert stat.S_IMODE(data_dir.stat().st_mode) == 0o700
    files = [p for p in data_dir.rglob("*") if p.is_file()]
    assert {p.name for p in files} >= {"secret_key", "inbox_users.yml", "leads.db"}
    assert {p.name: oct(stat.S_IMODE(p.stat().st_mode)) for p in files if stat.S_IMODE(p.stat().st_mode) & 0o077} == {}


def test_a_conversation_is_read_and_written_only_by_the_browser_it_was_issued_to(stack: Stack) -> None:
    sender, token = conversation(stack)
    other_sender, other_token = conversation(stack)
    status, replies = chat(stack, sender, token, "do you support sso?")
    assert status == 200 and "SAML" in json.dumps(replies)
    assert chat(stack, sender, other_token, "hi")[0] == 403
    assert chat(stack, sender, "", "hi")[0] == 403
    assert post(f"{stack.web}/chat", {"sender": sender, "message": "hi"})[0] == 403  # an issued id needs its token
    # A REST client's own random id still works with the REST channel's body (docs/interfaces.md) ...
    rest_sender = "rest-client-own-id-0001"
    status, replies = post(
        f"{stack.web}/chat", {"sender": rest_sender, "message": "is there a free trial?", "metadata": {}}
    )
    assert status == 200 and replies
    # ... but no conversation's live replies are readable without an issued id and its token
    for query in (
        f"sender={rest_sender}",
        f"sender={rest_sender}&token={token}",
        f"sender={sender}",
        f"sender={sender}&token={other_token}",
    ):
        assert updates_status(stack, query) == 403, query
    assert updates_status(stack, f"sender={sender}&token={token}") == 200
    assert not [line for line in stack.output if token in line or other_token in line]  # tokens stay out of the logs
    assert other_sender != sender


def _returning_lead(stack: Stack) -> None:
    answers = Answers(
        industry="software",
        company_size=200,
        budget=80_000,
        authority="decision_maker",
        timeline=40,
        email="jane@acme.example",
        person_name="Jane Doe",
        company="Acme",
    )
    factory = session_factory(make_engine(stack.database_url))  # type: ignore[attr-defined]
    policy = load_policy(get_settings().policy_path)
    with factory() as session:
        result = score(answers, policy)
        save_qualified_contact(session, "visitor-earlier-device-01", answers, result, decide_stage(answers, result))
        session.commit()


def test_a_stranger_claiming_a_leads_email_learns_nothing_but_a_signed_visitor_is_welcomed_back(stack: Stack) -> None:
    _returning_lead(stack)
    sender, token = conversation(stack)
    status, replies = chat(
        stack,
        sender,
        token,
        "/greet",
        {"email": "jane@acme.example", "consent": True, "person_name": "Jane Doe", "page": "/pricing"},
    )
    said = json.dumps(replies)
    assert status == 200 and "Jane" not in said and "welcome back" not in said.lower()
    assert stack.tracker(sender)["slots"].get("budget") is None

    signed = sign_identity(SITE_SECRET, "jane@acme.example", "Jane Doe", int(utcnow().timestamp()) + 600, consent=True)
    sender, token = conversation(stack)
    status, replies = chat(stack, sender, token, "/greet", {"identity": signed, "page": "/pricing"})
    assert status == 200 and "Jane" in json.dumps(replies)
    slots = stack.tracker(sender)["slots"]
    assert slots.get("budget") == 80000.0 and slots.get("consent") is True


def test_every_hostile_message_gets_a_reply_and_never_a_server_error(stack: Stack) -> None:
    sender, token = conversation(stack)
    for text in HOSTILE:
        status, replies = chat(
            stack, sender, token, text, {"page": "x" * 10_000, "timezone": ["Europe/Berlin"], "plan": {}}
        )
        assert status == 200, (text, status, replies)
        assert any(r.get("text") for r in replies), (text, replies)
    status, replies = chat(stack, sender, token, "how much is business for 20 users?")
    assert status == 200 and "$" in json.dumps(replies)  # the conversation still works afterwards


def tracker_words(stack: Stack, sender: str) -> list[str]:
    return [
        str(e.get("text"))
        for e in stack.tracker(sender)["events"]
        if e.get("event") in ("user", "bot") and e.get("text")
    ]


def rows(stack: Stack, statement: Any) -> list[Any]:
    engine = make_engine(stack.database_url)  # type: ignore[attr-defined]
    with session_factory(engine)() as session:
        found = list(session.execute(statement).all())
    engine.dispose()
    return found


DISCOVERY = [
    "how much for 50 users?",
    "yes",
    "we run a chain of dental clinics",
    "about 120 people",
    "around 40k a year",
    "I'm the COO, I sign off",
    "this quarter",
]


def test_nothing_personal_is_kept_before_consent_and_declining_erases_rasas_copy(stack: Stack) -> None:
    from sqlalchemy import select

    from bot.storage.models import Answer, Conversation, Message

    sender, token = conversation(stack)
    for text in DISCOVERY:
        assert chat(stack, sender, token, text)[0] == 200
    assert "dental" in " ".join(tracker_words(stack, sender))  # Rasa holds the chat while it runs ...
    conversation_id = eventually(lambda: rows(stack, select(Conversation.id).where(Conversation.sender_id == sender)))[
        0
    ][0]
    assert (
        rows(stack, select(Message.id).where(Message.conversation_id == conversation_id)) == []
    )  # ... we keep no words
    assert rows(stack, select(Answer.id).where(Answer.conversation_id == conversation_id)) == []
    status, replies = chat(stack, sender, token, "no thanks")
    assert status == 200 and "deleted" in json.dumps(replies)
    assert tracker_words(stack, sender) == []
    assert eventually(
        lambda: rows(stack, select(Conversation.consent).where(Conversation.sender_id == sender)) == [(False,)]
    )
    status, replies = chat(stack, sender, token, "do you have SSO?")
    assert status == 200 and "SAML" in json.dumps(replies)  # the visitor can go on asking


def test_delete_my_data_in_the_chat_asks_first_then_forgets(stack: Stack) -> None:
    sender, token = conversation(stack)
    chat(stack, sender, token, "we're a 40 person agency, do you have SSO?")
    status, replies = chat(stack, sender, token, "please delete my data")
    assert status == 200 and "Delete it?" in json.dumps(replies)
    assert chat(stack, sender, token, "no")[0] == 200
    assert any("SSO" in words for words in tracker_words(stack, sender))  # "no" keeps everything
    chat(stack, sender, token, "actually, delete my data")
    status, replies = chat(stack, sender, token, "yes")
    assert status == 200 and "Done" in json.dumps(replies)
    assert tracker_words(stack, sender) == []


def test_the_leads_api_erases_a_person_and_rasa_forgets_their_chats(stack: Stack) -> None:
    import urllib.request

    sender, token = conversation(stack)
    for text in [*DISCOVERY, "yes", "Grace Hopper", "grace@cobol.example", "Navy Labs"]:
        assert chat(stack, sender, token, text)[0] == 200
    leads = eventually(lambda: [lead for lead in stack.api("/api/leads") if lead["email"] == "grace@cobol.example"])
    lead_id = leads[0]["id"]
    transcript = stack.api(f"/api/leads/{lead_id}")["transcript"]
    assert transcript[0]["text"] == "how much for 50 users?"  # written at consent, from the start of the chat
    request = urllib.request.Request(
        f"{stack.web}/api/leads/{lead_id}", method="DELETE", headers={"Authorization": f"Bearer {stack.api_token}"}
    )
    with urllib.request.urlopen(request, timeout=30) as response:
        assert response.status == 204
    with pytest.raises(urllib.error.HTTPError) as gone:
        stack.api(f"/api/leads/{lead_id}")
    assert gone.value.code == 404
    assert eventually(lambda: tracker_words(stack, sender) == [])  # the outbox worker asked Rasa to forget


def test_a_forged_forwarded_header_does_not_buy_a_fresh_rate_budget(stack: Stack) -> None:
    codes = []
    for attempt in range(25):
        status, _ = post(f"{stack.web}/chat/session", {}, {"X-Forwarded-For": f"203.0.113.{attempt}"})
        codes.append(status)
    assert 429 in codes  # keyed on the real socket address, not on a header anyone can write


def test_operators_see_the_stack_ready_and_its_turns_counted(stack: Stack) -> None:
    with urllib.request.urlopen(f"{stack.web}/readyz", timeout=10) as response:
        assert response.status == 200 and json.load(response)["checks"] == {"database": "ok", "rasa": "ok"}
    # a REST client's own id (its openings have a budget apart from /chat/session's, which earlier tests spent)
    assert (
        post(f"{stack.web}/chat", {"sender": "rest-client-metrics-0001", "message": "how much for 50 users?"})[0] == 200
    )
    request = urllib.request.Request(f"{stack.web}/metrics", headers={"Authorization": f"Bearer {stack.api_token}"})
    with urllib.request.urlopen(request, timeout=10) as response:
        text = response.read().decode()
    answered = next(
        float(line.split()[-1])
        for line in text.splitlines()
        if line.startswith('qualifier_chat_turns_total{outcome="answered"}')
    )
    turns = next(
        float(line.split()[-1]) for line in text.splitlines() if line.startswith("qualifier_chat_turn_seconds_count")
    )
    assert answered >= 1 and turns >= answered
