import asyncio
import csv
import html
import io
import re
from collections.abc import AsyncIterator
from pathlib import Path

import pytest
from aiohttp.test_utils import TestClient, TestServer
from sqlalchemy import select

from bot.qualification.lifecycle import decide_stage
from bot.qualification.policy import Policy
from bot.qualification.score import Answers, score
from bot.recording.recorder import record_events
from bot.settings import PROJECT_ROOT, Settings
from bot.storage.db import make_engine, session_factory, transaction
from bot.storage.leads import save_qualified_contact
from bot.storage.models import OutboxItem
from bot.web.app import create_app
from bot.web.users import check_password, decoy_for, hash_password, save_user
from tests.web.seeding import lead_with_a_missed_message

# scrypt at N=2^10: these tests sign in dozens of times and do not check the hashing cost itself
CHEAP = 2**10

pytestmark = pytest.mark.clock  # reads the clock: rerun by scripts/clock-matrix.sh

XSS = "<img src=x onerror=alert(1)>"


@pytest.fixture
async def client(db_url: str, policy: Policy, tmp_path: Path) -> AsyncIterator[TestClient]:
    answers = Answers(
        industry="software",
        company_size=200,
        budget=80_000,
        authority="decision_maker",
        timeline=40,
        email="jane@acme.com",
        person_name="Jane",
        company="Acme",
    )
    lead_with_a_missed_message(db_url, policy, "visitor-inbox-0000001", answers, XSS)
    users = tmp_path / "users.yml"
    save_user(users, "sam", "correct horse battery", cost=CHEAP)
    settings = Settings(
        database_url=db_url, leads_api_token="t", inbox_users_path=users, secret_key="k" * 32, data_dir=tmp_path
    )
    client = TestClient(TestServer(create_app(settings, outbox_worker=False)))
    await client.start_server()
    yield client
    await client.close()


async def login(client: TestClient) -> str:
    response = await client.post(
        "/inbox/login", data={"username": "sam", "password": "correct horse battery", "next": "/inbox"}
    )
    assert response.status == 200 and "Jane" in await response.text()
    page = await (await client.get("/inbox/leads/1")).text()
    return re.search(r'name="csrf" value="([^"]+)"', page).group(1)


async def test_strangers_are_sent_to_the_login_page(client: TestClient) -> None:
    for path in ("/inbox", "/inbox/leads/1", "/inbox/analytics", "/inbox/review", "/inbox/leads.csv", "/inbox/outbox"):
        response = await client.get(path, allow_redirects=False)
        assert response.status == 302 and response.headers["Location"].startswith("/inbox/login")
    assert (await client.post("/inbox/leads/1/status", data={"status": "won"})).status == 403


async def test_a_wrong_password_is_refused(client: TestClient) -> None:
    response = await client.post("/inbox/login", data={"username": "sam", "password": "nope"})
    assert response.status == 401 and "Wrong username or password" in await response.text()


async def test_ten_failed_sign_ins_lock_the_name_even_against_the_right_password(client: TestClient) -> None:
    for _ in range(10):
        assert (await client.post("/inbox/login", data={"username": "sam", "password": "guess"})).status == 401
    response = await client.post("/inbox/login", data={"username": "sam", "password": "correct horse battery"})
    assert response.status == 429 and "Too many failed sign-ins" in await response.text()
    # the same address guessing other names is held too
    assert (await client.post("/inbox/login", data={"username": "someone-else", "password": "x"})).status == 429


async def test_a_burst_of_wrong_passwords_is_refused_past_the_limit_not_all_hashed(client: TestClient) -> None:
    async def attempt() -> int:
        return (await client.post("/inbox/login", data={"username": "sam", "password": "guess"})).status

    statuses = await asyncio.gather(*(attempt() for _ in range(13)))
    assert sorted(statuses) == [401] * 10 + [429] * 3  # before: all 13 hashed (the limit was counted after each hash)


async def test_a_right_password_gives_its_place_in_the_failure_budget_back(client: TestClient) -> None:
    # one more than the limit: each success gave its place back
    for _ in range(11):
        assert (
            await client.post(
                "/inbox/login", data={"username": "sam", "password": "correct horse battery"}, allow_redirects=False
            )
        ).status == 302


async def test_the_session_cookie_is_secure_when_the_site_is_served_over_https(db_url: str, tmp_path: Path) -> None:
    users = tmp_path / "users.yml"
    save_user(users, "sam", "correct horse battery", cost=CHEAP)
    settings = Settings(
        database_url=db_url,
        leads_api_token="t",
        inbox_users_path=users,
        secret_key="k" * 32,
        data_dir=tmp_path,
        public_url="https://sales.example.com",
    )
    async with TestClient(TestServer(create_app(settings, outbox_worker=False))) as https_client:
        response = await https_client.post(
            "/inbox/login", data={"username": "sam", "password": "correct horse battery"}, allow_redirects=False
        )
        assert response.status == 302
        cookie = response.headers["Set-Cookie"]
        assert "inbox_session=" in cookie and "Secure" in cookie and "HttpOnly" in cookie


async def test_visitor_text_is_shown_escaped(client: TestClient) -> None:
    await login(client)
    page = await (await client.get("/inbox/leads/1")).text()
    assert "&lt;img src=x onerror=alert(1)&gt;" in page and XSS not in page
    review = await (await client.get("/inbox/review")).text()
    assert "&lt;img src=x onerror=alert(1)&gt;" in review and XSS not in review


async def test_status_changes_need_the_csrf_token_and_feed_the_crm(client: TestClient, db_url: str) -> None:
    csrf = await login(client)
    assert (await client.post("/inbox/leads/1/status", data={"status": "won"})).status == 403
    response = await client.post("/inbox/leads/1/status", data={"status": "contacted", "csrf": csrf})
    assert response.status == 200 and "Status: new -&gt; contacted" in await response.text()
    engine = make_engine(db_url)
    with transaction(session_factory(engine)) as session:
        events = [
            i.payload["event"]
            for i in session.execute(select(OutboxItem).where(OutboxItem.kind == "webhook")).scalars()
        ]
    engine.dispose()
    assert "lead.status_changed" in events


async def test_the_review_exports_a_training_snippet(client: TestClient) -> None:
    await login(client)
    snippet = await (await client.get("/inbox/review/export.yml")).text()
    assert snippet.startswith('version: "3.1"') and f"    - {XSS}" in snippet


async def test_analytics_and_csv_render_for_a_signed_in_user(client: TestClient) -> None:
    await login(client)
    page = await (await client.get("/inbox/analytics")).text()
    assert "Funnel" in page and "Visitors" in page
    token = re.search(r'name="csrf" value="([^"]+)"', await (await client.get("/inbox/leads/1")).text()).group(1)
    await client.post("/inbox/leads/1/notes", data={"text": "called, wants a demo", "csrf": token})
    await client.post("/inbox/leads/1/status", data={"status": "contacted", "csrf": token})
    rows = list(csv.DictReader(io.StringIO(await (await client.get("/inbox/leads.csv")).text())))
    assert rows[0]["email"] == "jane@acme.com" and rows[0]["status"] == "contacted"
    notes = rows[0]["notes"].split(" | ")  # every note, oldest first, with when and who
    assert [note.split(" ", 1)[1] for note in notes] == ["sam: called, wants a demo", "sam: Status: new -> contacted"]
    assert all(re.match(r"\d{4}-\d\d-\d\dT\d\d:\d\d", note) for note in notes)


def test_the_widget_script_is_small_and_never_renders_text_as_html() -> None:
    import gzip

    from bot.web.pages import STATIC

    source = (STATIC / "widget.js").read_bytes()
    assert len(gzip.compress(source)) < 30_000
    text = source.decode()
    assert text.count("innerHTML") == 1 and "launcher.innerHTML = '<svg" in text  # a constant icon, never message text
    assert "textContent" in text and "createTextNode" in text


async def test_logging_out_revokes_the_session_even_for_a_copied_cookie(client: TestClient) -> None:
    await login(client)
    copied = {c.key: c.value for c in client.session.cookie_jar}
    page = await (await client.get("/inbox")).text()
    csrf = re.search(r'name="csrf" value="([^"]+)"', page).group(1)
    await client.post("/inbox/logout", data={"csrf": csrf})
    client.session.cookie_jar.update_cookies(copied)  # an attacker replays the cookie they copied
    response = await client.get("/inbox", allow_redirects=False)
    assert response.status == 302 and response.headers["Location"].startswith("/inbox/login")


async def test_removing_a_user_signs_them_out_everywhere(client: TestClient, db_url: str, tmp_path: Path) -> None:
    from bot.web.users import remove_user

    await login(client)
    assert (await client.get("/inbox", allow_redirects=False)).status == 200
    assert remove_user(tmp_path / "users.yml", "sam", db_url)
    response = await client.get("/inbox", allow_redirects=False)
    assert response.status == 302


async def test_a_new_password_signs_the_user_out_everywhere(client: TestClient, db_url: str, tmp_path: Path) -> None:
    await login(client)
    assert (await client.get("/inbox", allow_redirects=False)).status == 200
    save_user(tmp_path / "users.yml", "sam", "a brand new passphrase", db_url, cost=CHEAP)
    assert (await client.get("/inbox", allow_redirects=False)).status == 302


async def test_erasing_a_person_needs_the_csrf_token_and_a_typed_confirmation(client: TestClient) -> None:
    csrf = await login(client)
    assert (await client.post("/inbox/leads/1/erase", data={"confirm": "ERASE"})).status == 403
    refused = await client.post("/inbox/leads/1/erase", data={"confirm": "yes", "csrf": csrf})
    assert refused.status == 400 and "Nothing was erased" in await refused.text()
    page = await (await client.get("/inbox/leads/1")).text()
    assert re.search(r"<title>[^<]*</title>", page) and page.count("Erase this person") == 1
    done = await client.post("/inbox/leads/1/erase", data={"confirm": "ERASE", "csrf": csrf})
    assert done.status == 200 and "Erased" in await done.text() and "jane@acme.com" not in await done.text()
    assert (await client.get("/inbox/leads/1")).status == 404


async def test_a_filter_the_inbox_cannot_read_is_named_instead_of_dropped(client: TestClient) -> None:
    await login(client)
    response = await client.get("/inbox?min_score=lots")
    assert response.status == 400 and "min_score must be a whole number" in await response.text()
    export = await client.get("/inbox/leads.csv?since=yesterday")
    assert export.status == 400 and "since must be an ISO 8601 date" in await export.text()
    assert (await client.get("/inbox?min_score=&stage=prospect")).status == 200  # an untouched form field is no filter


async def test_times_are_shown_in_the_zone_of_the_browser_that_signed_in(client: TestClient) -> None:
    """An inbox user who is not an SDR on the roster sees times in their browser's zone; a
    zone name that is not one is ignored."""
    response = await client.post(
        "/inbox/login",
        data={"username": "sam", "password": "correct horse battery", "next": "/inbox", "zone": "Asia/Tokyo"},
    )
    assert response.status == 200 and "Times in Asia/Tokyo." in await response.text()
    await client.post(
        "/inbox/logout", data={"csrf": re.search(r'name="csrf" value="([^"]+)"', await response.text()).group(1)}
    )
    response = await client.post(
        "/inbox/login",
        data={
            "username": "sam",
            "password": "correct horse battery",
            "next": "/inbox",
            "zone": "Mars/Olympus_Mons<script>",
        },
    )
    assert "Times in UTC." in await response.text()


def test_the_sign_in_page_sends_the_browsers_zone() -> None:
    page = (PROJECT_ROOT / "bot" / "web" / "templates" / "inbox" / "login.html").read_text()
    assert 'name="zone"' in page and "resolvedOptions().timeZone" in page


async def test_a_stranger_typing_a_leads_email_gets_a_lead_of_their_own_that_the_sdr_can_merge(
    client: TestClient, db_url: str, policy: Policy
) -> None:
    engine = make_engine(db_url)
    with transaction(session_factory(engine)) as session:
        stranger = Answers(
            industry="retail",
            company_size=5,
            budget=1_000,
            authority="decision_maker",
            timeline=10,
            email="JANE@acme.com",
            person_name="Mallory Stranger",
            company="Evil Corp",
        )
        result = score(stranger, policy)
        claim_id = save_qualified_contact(
            session, "visitor-inbox-0000002", stranger, result, decide_stage(stranger, result)
        ).id
    engine.dispose()
    csrf = await login(client)
    owner_page = await (await client.get("/inbox/leads/1")).text()
    assert "Jane" in owner_page and "Evil Corp" in owner_page.split('id="claims"')[1]  # listed as a claim, not merged
    assert "Mallory" not in owner_page.split('id="claims"')[0]
    claim_page = await (await client.get(f"/inbox/leads/{claim_id}")).text()
    assert "Claims the same email as" in claim_page and "unverified" in claim_page
    listing = await (await client.get("/api/leads", headers={"Authorization": "Bearer t"})).json()
    assert {(lead["id"], lead["claims_lead_id"], lead["email_verified"]) for lead in listing} == {
        (1, None, False),
        (claim_id, 1, False),
    }
    assert (await client.post(f"/inbox/leads/{claim_id}/merge", data={})).status == 403  # no CSRF token
    merged = await client.post(f"/inbox/leads/{claim_id}/merge", data={"csrf": csrf})
    page = await merged.text()
    assert merged.status == 200 and merged.url.path == "/inbox/leads/1"
    assert f"Merged lead #{claim_id}" in page and "Jane" in page and "Acme" in page
    assert (await client.get(f"/inbox/leads/{claim_id}")).status == 404
    again = await client.post(f"/inbox/leads/{claim_id}/merge", data={"csrf": csrf})
    assert again.status == 409 and "Nothing was merged" in await again.text()


async def test_the_lead_page_reads_like_a_person_wrote_it(client: TestClient, db_url: str) -> None:
    """Answers with labels, units and the visitor's own words (a corrected one says what it was),
    and the transcript with times and what a pressed button said, never a raw key or payload."""
    engine = make_engine(db_url)
    with transaction(session_factory(engine)) as session:
        record_events(
            session,
            "visitor-inbox-0000001",
            [
                {"event": "user", "timestamp": 1_796_000_000.0, "text": "we're about 120 people"},
                {"event": "slot", "timestamp": 1_796_000_001.0, "name": "company_size", "value": 120},
                {
                    "event": "user",
                    "timestamp": 1_796_000_002.0,
                    "text": "3-4k a month, depending on seats and whether the annual discount applies",
                },
                {"event": "slot", "timestamp": 1_796_000_003.0, "name": "budget", "value": 42_000},
                {"event": "user", "timestamp": 1_796_000_004.0, "text": "actually 5k a month"},
                {"event": "slot", "timestamp": 1_796_000_005.0, "name": "budget", "value": 60_000},
                {"event": "user", "timestamp": 1_796_000_006.0, "text": '/inform{"timeline": 118}'},
                {"event": "slot", "timestamp": 1_796_000_007.0, "name": "timeline", "value": 118},
            ],
        )
    engine.dispose()
    await login(client)
    page = html.unescape(await (await client.get("/inbox/leads/1")).text())
    answers = re.sub(r"\s+", " ", re.sub(r"<[^>]+>", " ", page.split("<h2>Answers</h2>")[1].split("</section>")[0]))
    assert "Company size 120 employees said: “we're about 120 people”" in answers
    assert ("Budget $60,000 a year said: “actually 5k a month” corrected from $42,000 a year") in answers
    assert "Timeline about 4 months, by 28 Mar 2027" in answers  # 118 days from the day it was said (30 Nov 2026, UTC)
    assert "company_size" not in answers and "42000" not in answers
    transcript = page.split("<h2>Transcript</h2>")[1]
    assert "3-4k a month, depending on seats and whether the annual discount applies" in transcript  # never cut off
    assert "/inform{" not in transcript and "[pressed a button: inform: 118]" in transcript
    assert re.search(r"\w{3} \d\d \w{3} 2026, \d\d:\d\d \w+", transcript)  # each message with its time and zone


async def test_the_review_lists_conversations_that_went_wrong_with_a_link_to_each(client: TestClient) -> None:
    await login(client)
    page = await (await client.get("/inbox/review")).text()
    section = page.split("Where the assistant went wrong")[1].split("Messages the assistant did not understand")[0]
    assert "the assistant did not understand" in section
    assert 'href="/inbox/conversations/visitor-inbox-0000001"' in section
    assert "Sorry, I didn&#39;t quite get that." in section and XSS not in section  # the words around it, escaped


async def test_analytics_shows_a_chosen_range_and_says_when_a_date_is_wrong(client: TestClient) -> None:
    await login(client)
    everything = await (await client.get("/inbox/analytics")).text()
    assert "1970-01-01" in everything  # the seeded chat, from the first second of 1970
    assert "1970-01-01" not in await (await client.get("/inbox/analytics?range=7d")).text()
    custom = await (await client.get("/inbox/analytics?since=1970-01-01&until=1970-01-01")).text()
    assert "1970-01-01" in custom and "(custom range)" in custom  # until is the whole day
    assert "1970-01-01" not in await (await client.get("/inbox/analytics?since=1970-01-02")).text()
    wrong = await client.get("/inbox/analytics?since=last+tuesday")
    assert wrong.status == 200 and "That range could not be used: since must be an ISO 8601 date" in await wrong.text()
    assert (
        "That range could not be used: range must be one of 7d, 30d, 90d, all"
        in await (await client.get("/inbox/analytics?range=1y")).text()
    )


async def test_a_chat_another_rep_took_is_not_answered_twice(client: TestClient, db_url: str) -> None:
    from bot.clock import utcnow
    from bot.handoff.live import claim

    engine = make_engine(db_url)
    with transaction(session_factory(engine)) as session:
        claim(session, "visitor-inbox-0000001", "lena", utcnow())
    engine.dispose()
    token = await login(client)
    reply = await client.post(
        "/inbox/conversations/visitor-inbox-0000001/reply", data={"text": "Hi, Sam here!", "csrf": token}
    )
    assert reply.status == 409 and "lena is talking with this visitor; your reply was not sent." in await reply.text()
    taken = await client.post("/inbox/conversations/visitor-inbox-0000001/claim", data={"csrf": token})
    assert "lena took this chat first" in await taken.text()


def test_an_unknown_name_is_hashed_as_dearly_as_the_costliest_user_and_no_users_means_no_hashing() -> None:
    users = {"sam": hash_password("correct horse battery", cost=CHEAP), "kim": hash_password("x" * 12, cost=CHEAP * 2)}
    decoy = decoy_for(users)
    assert decoy is not None and decoy.split("$")[1] == str(CHEAP * 2)
    assert not check_password("correct horse battery", decoy)
    assert decoy_for({}) is None  # nobody to sign in as, so nothing to hide by timing
