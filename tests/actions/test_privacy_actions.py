"""Consent, "delete my data" and an unavailable database, with real trackers and a real database."""

from collections.abc import Iterator
from pathlib import Path

import pytest
from rasa_sdk.events import FollowupAction, SlotSet
from rasa_sdk.executor import CollectingDispatcher
from sqlalchemy import func, select
from sqlalchemy.orm import sessionmaker

from actions import recording, runtime
from actions.conversation import ActionRequestHuman
from actions.forms import ValidateContactForm
from actions.outcome import ActionWrapUp
from actions.privacy import ActionEraseData
from bot.qualification.lifecycle import decide_stage
from bot.qualification.score import Answers, score
from bot.recording.recorder import record_events
from bot.settings import get_settings
from bot.storage.leads import save_qualified_contact
from bot.storage.models import Conversation, Lead, Message
from tests.actions.helpers import DOMAIN, make_tracker, text_of, user_event

pytestmark = pytest.mark.clock  # reads the clock: rerun by scripts/clock-matrix.sh

EARLIER = [
    user_event("how much for 50 users?", "faq"),
    {"event": "bot", "text": "Business for 50 users: $4,950 a month."},
    user_event("we're a fintech, 60 people"),
    {"event": "bot", "text": "May I keep your details?"},
]
ANSWERS = {
    "industry": "financial_services",
    "company_size": 60,
    "budget": 50_000.0,
    "authority": "decision_maker",
    "timeline": 30,
    "consent": True,
    "person_name": "Ada Lovelace",
    "email": "ada@analytical.example",
    "company": "Analytical Engines",
}


@pytest.fixture
def data_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setenv("DATA_DIR", str(tmp_path))
    get_settings.cache_clear()
    return tmp_path


def count(factory: sessionmaker, model: type) -> int:
    with factory() as session:
        return int(session.execute(select(func.count()).select_from(model)).scalar_one())


async def test_an_email_typed_to_the_consent_question_is_a_yes_and_kept(action_db: sessionmaker) -> None:
    # "dana@brightlabs.co" was read as a no ("I won't keep any personal details") and the lead was lost
    tracker = make_tracker(
        before=EARLIER,
        text="dana@brightlabs.co",
        intent="decline_consent",
        form="contact_form",
        slots={"requested_slot": "consent"},
        this_turn={"consent": False},
        sender_id="wc_consent_email_0001",
    )
    result = await ValidateContactForm().validate_consent(False, CollectingDispatcher(), tracker, DOMAIN)
    assert result == {"consent": True, "email": "dana@brightlabs.co"}
    assert count(action_db, Message) > 0  # the conversation so far is kept, as after a typed yes


async def test_consent_writes_the_conversation_so_far(action_db: sessionmaker) -> None:
    tracker = make_tracker(
        before=EARLIER,
        text="yes, that's fine",
        intent="affirm",
        form="contact_form",
        slots={"requested_slot": "consent"},
        this_turn={"consent": True},
        sender_id="wc_consent_000000001",
    )
    assert count(action_db, Message) == 0
    result = await ValidateContactForm().validate_consent(True, CollectingDispatcher(), tracker, DOMAIN)
    assert result == {"consent": True}
    with action_db() as session:
        texts = session.execute(select(Message.text).order_by(Message.at, Message.id)).scalars().all()
    assert texts == [
        "how much for 50 users?",
        "Business for 50 users: $4,950 a month.",
        "we're a fintech, 60 people",
        "May I keep your details?",
        "yes, that's fine",
    ]


async def test_delete_my_data_erases_the_visitors_lead_and_marks_the_turn(
    action_db: sessionmaker, data_dir: Path
) -> None:
    sender = "wc_erase_me_0000001"
    with action_db.begin() as session:
        answers = Answers(**{k: v for k, v in ANSWERS.items() if k != "consent"})
        result = score(answers, runtime.policy())
        save_qualified_contact(session, sender, answers, result, decide_stage(answers, result))
        record_events(session, sender, [{"event": "user", "timestamp": 1.0, "text": "how much for 50 users?"}])
    tracker = make_tracker(text="yes", intent="affirm", slots={"erase_confirmed": True}, sender_id=sender)
    dispatcher = CollectingDispatcher()
    events = await ActionEraseData().run(dispatcher, tracker, DOMAIN)
    assert dispatcher.messages[0]["response"] == "utter_erasure_done"
    assert {(e["name"], e["value"]) for e in events} == {
        ("erase_confirmed", None),
        ("consent", False),
        ("erase_requested", True),
    }
    assert count(action_db, Lead) == 0 and count(action_db, Message) == 0 and count(action_db, Conversation) == 0


async def test_delete_my_data_reaches_every_spool_and_dead_letter_file(action_db: sessionmaker, data_dir: Path) -> None:
    from bot.recording import spool

    sender, other = "wc_erase_spools_001", "wc_keep_spools_0001"
    for name in spool.PERSONAL_FILES:
        spool.append(
            data_dir / name,
            [{"sender_id": sender, "text": "ada@analytical.example"}, {"sender_id": other, "text": "kept"}],
        )
    tracker = make_tracker(text="yes", intent="affirm", slots={"erase_confirmed": True}, sender_id=sender)
    await ActionEraseData().run(CollectingDispatcher(), tracker, DOMAIN)
    for name in spool.PERSONAL_FILES:  # lead-dead-letters.jsonl and the transcript's files were left before
        left = (data_dir / name).read_text()
        assert "ada@analytical.example" not in left and other in left, name


async def test_no_to_the_confirmation_keeps_everything(action_db: sessionmaker) -> None:
    tracker = make_tracker(text="no", intent="deny", slots={"erase_confirmed": False})
    dispatcher = CollectingDispatcher()
    events = await ActionEraseData().run(dispatcher, tracker, DOMAIN)
    assert dispatcher.messages[0]["response"] == "utter_erasure_kept"
    assert [e["name"] for e in events] == ["erase_confirmed"]


@pytest.fixture
def unavailable_db(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """A real database with no tables: every write fails, as during an outage."""
    monkeypatch.setenv("DATABASE_URL", f"sqlite:///{tmp_path / 'down.db'}")
    monkeypatch.setenv("DATA_DIR", str(tmp_path))
    get_settings.cache_clear()
    runtime.database.cache_clear()
    yield
    runtime.database.cache_clear()
    get_settings.cache_clear()


async def test_a_lead_that_cannot_be_saved_is_spooled_the_visitor_told_and_it_is_saved_later(
    unavailable_db: None, tmp_path: Path, db_url: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    tracker = make_tracker(text="Analytical Engines", slots=ANSWERS, form=None, sender_id="wc_spooled_0000001")
    dispatcher = CollectingDispatcher()
    await ActionWrapUp().run(dispatcher, tracker, DOMAIN)
    assert [m.get("response") for m in dispatcher.messages] == ["utter_save_delayed"]  # no promise of a call
    assert "ada@analytical.example" in (tmp_path / "lead-spool.jsonl").read_text()

    monkeypatch.setenv("DATABASE_URL", db_url)  # the database is back
    get_settings.cache_clear()
    runtime.database.cache_clear()
    assert await recording.replay_spooled() == 1
    assert not (tmp_path / "lead-spool.jsonl").exists()
    with runtime.database().sessions() as session:
        lead = session.execute(select(Lead)).scalar_one()
    assert (lead.email, lead.stage) == ("ada@analytical.example", "prospect")
    runtime.database().close()


async def test_a_spooled_record_that_can_never_be_written_is_set_aside_and_the_rest_are_saved(
    unavailable_db: None, tmp_path: Path, db_url: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    from dataclasses import asdict

    from bot.recording import spool

    good = Answers(**{k: v for k, v in ANSWERS.items() if k in Answers.__dataclass_fields__})
    spool.append(
        tmp_path / "lead-spool.jsonl",
        [
            {"kind": "lead", "sender_id": "wc_spool_broken_001", "answers": {"no_such_answer": 1}},  # written by a bug
            {"kind": "lead", "sender_id": "wc_spool_good_00001", "answers": asdict(good)},
        ],
    )
    monkeypatch.setenv("DATABASE_URL", db_url)  # the database is back
    get_settings.cache_clear()
    runtime.database.cache_clear()
    assert await recording.replay_spooled() == 1
    assert await recording.replay_spooled() == 0  # nothing left to retry on every turn
    assert not (tmp_path / "lead-spool.jsonl").exists()
    set_aside = (tmp_path / "lead-dead-letters.jsonl").read_text()
    assert (
        "wc_spool_broken_001" in set_aside and "no_such_answer" in set_aside and "wc_spool_good_00001" not in set_aside
    )
    with runtime.database().sessions() as session:
        assert session.execute(select(Lead.email)).scalars().all() == [ANSWERS["email"]]
    runtime.database().close()


async def test_consent_during_an_outage_keeps_the_conversation_and_writes_it_once_the_database_is_back(
    unavailable_db: None, tmp_path: Path, db_url: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    tracker = make_tracker(
        before=EARLIER,
        text="yes, that's fine",
        intent="affirm",
        form="contact_form",
        slots={"requested_slot": "consent"},
        this_turn={"consent": True},
        sender_id="wc_consent_outage_01",
    )
    assert await ValidateContactForm().validate_consent(True, CollectingDispatcher(), tracker, DOMAIN) == {
        "consent": True
    }
    assert "how much for 50 users?" in (tmp_path / "lead-spool.jsonl").read_text()

    monkeypatch.setenv("DATABASE_URL", db_url)  # the database is back
    get_settings.cache_clear()
    runtime.database.cache_clear()
    assert await recording.replay_spooled() == 1
    with runtime.database().sessions() as session:
        texts = session.execute(select(Message.text).order_by(Message.at, Message.id)).scalars().all()
        consent = session.execute(select(Conversation.consent)).scalar_one()
    assert texts[0] == "how much for 50 users?" and len(texts) == 5 and consent is True
    runtime.database().close()


async def test_a_read_during_an_outage_fails_loudly_rather_than_finding_nothing(unavailable_db: None) -> None:
    with pytest.raises(runtime.StorageUnavailable):
        await runtime.database().run_in_turn(lambda session: session.execute(select(Lead)).scalars().all(), "read")


async def test_asking_for_a_person_during_an_outage_says_so_instead_of_nobody_is_online(unavailable_db: None) -> None:
    dispatcher = CollectingDispatcher()
    events = await ActionRequestHuman().run(
        dispatcher, make_tracker(text="can I talk to a person?", intent="human"), DOMAIN
    )
    assert [m.get("response") for m in dispatcher.messages] == ["utter_unavailable"]
    assert events == []


async def test_a_saved_prospect_is_handed_to_the_times_on_offer_by_rasa(
    action_db: sessionmaker, data_dir: Path
) -> None:
    tracker = make_tracker(text="Analytical Engines", slots=ANSWERS, form=None, sender_id="wc_prospect_0000001")
    events = await ActionWrapUp().run(CollectingDispatcher(), tracker, DOMAIN)
    with action_db() as session:
        lead_id = session.execute(select(Lead.id)).scalar_one()
    assert events == [SlotSet("fit", "good"), SlotSet("lead_id", float(lead_id)), FollowupAction("action_offer_slots")]


async def test_a_typed_email_cannot_take_over_a_lead_but_one_the_site_signed_joins_it(
    action_db: sessionmaker, data_dir: Path
) -> None:
    owner = await ActionWrapUp().run(
        CollectingDispatcher(),
        make_tracker(text="Analytical Engines", slots=ANSWERS, form=None, sender_id="wc_real_ada_000001"),
        DOMAIN,
    )
    stranger = {**ANSWERS, "person_name": "Mallory Stranger", "company": "Evil Corp", "industry": "retail"}
    await ActionWrapUp().run(
        CollectingDispatcher(),
        make_tracker(text="Evil Corp", slots=stranger, form=None, sender_id="wc_mallory_000001"),
        DOMAIN,
    )
    signed = {**ANSWERS, "verified_email": "ada@analytical.example", "company_size": 80}  # set by action_session_start
    await ActionWrapUp().run(
        CollectingDispatcher(),
        make_tracker(text="Analytical Engines", slots=signed, form=None, sender_id="wc_ada_laptop_0001"),
        DOMAIN,
    )
    owner_id = next(e["value"] for e in owner if e.get("name") == "lead_id")
    with action_db() as session:
        leads = {lead.id: lead for lead in session.execute(select(Lead)).scalars()}
        real = leads.pop(int(owner_id))
        (claim,) = leads.values()
        assert (real.person_name, real.company, real.company_size, real.email_verified) == (
            "Ada Lovelace",
            "Analytical Engines",
            80,
            True,
        )
        assert (claim.person_name, claim.claims_lead_id, claim.email_verified) == ("Mallory Stranger", real.id, False)
        senders = {c.sender_id: c.lead_id for c in session.execute(select(Conversation)).scalars()}
    assert senders == {"wc_real_ada_000001": real.id, "wc_ada_laptop_0001": real.id, "wc_mallory_000001": claim.id}

    # the stranger's "delete my data" takes their own chat and claim, never the person's lead
    tracker = make_tracker(text="yes", intent="affirm", slots={"erase_confirmed": True}, sender_id="wc_mallory_000001")
    await ActionEraseData().run(CollectingDispatcher(), tracker, DOMAIN)
    with action_db() as session:
        assert [lead.id for lead in session.execute(select(Lead)).scalars()] == [real.id]


async def test_a_failing_database_call_logs_no_personal_data(
    action_db: sessionmaker, caplog: pytest.LogCaptureFixture
) -> None:
    from sqlalchemy import text

    def work(session: object) -> None:  # a statement the database refuses, with a visitor's email and words in it
        session.execute(
            text("INSERT INTO no_such_table (email, said) VALUES (:email, :said)"),  # type: ignore[attr-defined]
            {"email": "secret.person@example.com", "said": "my private message"},
        )

    with caplog.at_level("DEBUG"), pytest.raises(runtime.StorageUnavailable):
        await runtime.database().run_in_turn(work, "write", attempts=2)
    logged = "\n".join(record.getMessage() for record in caplog.records)
    assert "database write failed" in logged and ("OperationalError" in logged or "ProgrammingError" in logged)
    assert "secret.person" not in logged and "private message" not in logged


async def test_a_lead_promised_resources_gets_them_queued_for_their_industry(
    action_db: sessionmaker, data_dir: Path
) -> None:
    from bot.storage.models import OutboxItem

    nurture = {**ANSWERS, "authority": "no_authority", "industry": "healthcare"}  # kept as a lead, not a prospect
    dispatcher = CollectingDispatcher()
    await ActionWrapUp().run(
        dispatcher,
        make_tracker(text="Analytical Engines", slots=nurture, form=None, sender_id="wc_nurture_00000001"),
        DOMAIN,
    )
    said = " ".join(text_of(m) or "" for m in dispatcher.messages)
    assert "I'll send a few resources" in said
    with action_db() as session:
        (item,) = session.execute(select(OutboxItem).where(OutboxItem.kind == "email")).scalars().all()
    assert item.payload["to"] == "ada@analytical.example" and item.payload["subject"] == "A few resources for you"
    assert "Hi Ada," in item.payload["raw"] and "example.com/guides/healthcare" in item.payload["raw"].replace(
        "=\n", ""
    )


@pytest.mark.parametrize("said", ["wait, i didn't say yes", "actually I changed my mind, don't keep my details"])
async def test_a_yes_taken_back_at_the_name_question_ends_the_form_and_erases_what_was_kept(
    action_db: sessionmaker, said: str
) -> None:
    yes = make_tracker(
        before=EARLIER,
        text="sure",
        intent="affirm",
        form="contact_form",
        slots={"requested_slot": "consent"},
        this_turn={"consent": True},
        sender_id="wc_taken_back_000001",
    )
    await ValidateContactForm().validate_consent(True, CollectingDispatcher(), yes, DOMAIN)
    assert count(action_db, Message) > 0
    dispatcher = CollectingDispatcher()
    tracker = make_tracker(
        before=[*EARLIER, user_event("sure", "affirm"), {"event": "bot", "text": "Thanks! And your name?"}],
        text=said,
        form="contact_form",
        slots={"requested_slot": "person_name", "consent": True},
        sender_id="wc_taken_back_000001",
    )
    events = await ValidateContactForm().run(dispatcher, tracker, DOMAIN)
    assert events == [SlotSet("consent", False), SlotSet("erase_requested", True), SlotSet("requested_slot", None)]
    assert "nothing personal will be kept" in text_of(dispatcher.messages[0])
    assert count(action_db, Message) == 0
