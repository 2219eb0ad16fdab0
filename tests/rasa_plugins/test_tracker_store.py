"""Rasa's own SQL tracker store, with erasure: a declined or "delete my data" turn leaves no words."""

import asyncio
from pathlib import Path

from rasa.shared.core.domain import Domain
from rasa.shared.core.events import ActionExecuted, BotUttered, SessionStarted, SlotSet, UserUttered
from rasa.shared.core.trackers import DialogueStateTracker

from bot.rasa_plugins.tracker_store import ErasableSQLTrackerStore
from bot.settings import PROJECT_ROOT

DOMAIN = Domain.load(str(PROJECT_ROOT / "domain.yml"))


class Published:
    def __init__(self) -> None:
        self.events: list[dict] = []

    def publish(self, event: dict) -> None:
        self.events.append(event)

    def is_ready(self) -> bool:
        return True


def store(tmp_path: Path, broker: Published | None = None) -> ErasableSQLTrackerStore:
    return ErasableSQLTrackerStore(
        domain=DOMAIN, dialect="sqlite", db=str(tmp_path / "tracker.db"), host=None, event_broker=broker
    )  # type: ignore[arg-type]


def texts(tracker: DialogueStateTracker | None) -> list[str]:
    return [e.text for e in (tracker.events if tracker else []) if isinstance(e, (UserUttered, BotUttered)) and e.text]


def test_a_turn_that_asks_for_erasure_leaves_only_the_steering_slots(tmp_path: Path) -> None:
    broker = Published()
    trackers = store(tmp_path, broker)
    tracker = DialogueStateTracker.from_events(
        "wc_erase",
        [
            ActionExecuted("action_session_start"),
            SessionStarted(),
            SlotSet("page", "/pricing"),
            ActionExecuted("action_listen"),
            UserUttered("we are Acme, budget 80k"),
            SlotSet("budget", 80000.0),
            SlotSet("industry", "software"),
            BotUttered("Thanks! May we keep your details?"),
            ActionExecuted("action_listen"),
        ],
        DOMAIN.slots,
    )
    asyncio.run(trackers.save(tracker))
    assert texts(asyncio.run(trackers.retrieve("wc_erase"))) == [
        "we are Acme, budget 80k",
        "Thanks! May we keep your details?",
    ]

    for event in (
        UserUttered("no thanks"),
        SlotSet("consent", False),
        SlotSet("erase_requested", True),
        BotUttered("No problem: nothing personal will be kept"),
        ActionExecuted("action_listen"),
    ):
        tracker.update(event)
    asyncio.run(trackers.save(tracker))

    kept = asyncio.run(trackers.retrieve_full_tracker("wc_erase"))
    assert kept is not None and texts(kept) == []
    assert kept.get_slot("consent") is False and kept.get_slot("page") == "/pricing"
    assert (
        kept.get_slot("budget") is None
        and kept.get_slot("industry") is None
        and kept.get_slot("erase_requested") is None
    )
    # the recorder heard the decline before the events went
    assert {"event": "slot", "name": "consent", "value": False} in [
        {k: e.get(k) for k in ("event", "name", "value")} for e in broker.events
    ]


def test_a_later_turn_after_erasure_is_stored_as_usual(tmp_path: Path) -> None:
    trackers = store(tmp_path)
    tracker = DialogueStateTracker.from_events(
        "wc_after", [SessionStarted(), UserUttered("delete my data"), SlotSet("erase_requested", True)], DOMAIN.slots
    )
    asyncio.run(trackers.save(tracker))
    again = asyncio.run(trackers.retrieve("wc_after"))
    assert again is not None
    again.update(UserUttered("do you have sso?"))
    asyncio.run(trackers.save(again))
    assert texts(asyncio.run(trackers.retrieve("wc_after"))) == ["do you have sso?"]


def test_erase_drops_one_conversation_only(tmp_path: Path) -> None:
    trackers = store(tmp_path)
    for sender in ("wc_one", "wc_two"):
        asyncio.run(
            trackers.save(
                DialogueStateTracker.from_events(
                    sender, [SessionStarted(), UserUttered(f"hi from {sender}")], DOMAIN.slots
                )
            )
        )
    assert asyncio.run(trackers.erase("wc_one")) == 2
    assert asyncio.run(trackers.retrieve("wc_one")) is None
    assert texts(asyncio.run(trackers.retrieve("wc_two"))) == ["hi from wc_two"]


def turn(tracker: DialogueStateTracker, text: str) -> None:
    for event in (UserUttered(text), BotUttered(f"re: {text}"), ActionExecuted("action_listen")):
        tracker.update(event)


def test_two_rasa_replicas_on_one_database_see_each_others_turns(tmp_path: Path) -> None:
    """Each store remembers conversations; a turn taken by the other replica is never missed or doubled."""
    broker_a, broker_b = Published(), Published()
    replica_a, replica_b = store(tmp_path, broker_a), store(tmp_path, broker_b)
    tracker = DialogueStateTracker.from_events(
        "wc_shared",
        [ActionExecuted("action_session_start"), SessionStarted(), ActionExecuted("action_listen")],
        DOMAIN.slots,
    )
    asyncio.run(replica_a.save(tracker))
    for number in range(1, 7):
        replica = replica_a if number % 3 else replica_b  # a, a, b, a, a, b
        current = asyncio.run(replica.retrieve("wc_shared"))
        assert current is not None
        turn(current, f"message {number}")
        asyncio.run(replica.save(current))

    expected = [text for n in range(1, 7) for text in (f"message {n}", f"re: message {n}")]
    assert texts(asyncio.run(replica_a.retrieve("wc_shared"))) == expected
    assert texts(asyncio.run(replica_b.retrieve("wc_shared"))) == expected
    assert texts(asyncio.run(store(tmp_path).retrieve_full_tracker("wc_shared"))) == expected
    # each replica published exactly the events of the turns it took
    published = [e.get("text") for e in broker_a.events + broker_b.events if e["event"] in ("user", "bot")]
    assert sorted(published) == sorted(expected)


def test_an_erasure_on_another_replica_is_seen_at_once(tmp_path: Path) -> None:
    replica_a, replica_b = store(tmp_path), store(tmp_path)
    tracker = DialogueStateTracker.from_events(
        "wc_gone", [SessionStarted(), ActionExecuted("action_listen")], DOMAIN.slots
    )
    turn(tracker, "I'm Ada, ada@example.com")
    asyncio.run(replica_a.save(tracker))
    assert texts(asyncio.run(replica_a.retrieve("wc_gone"))) == [
        "I'm Ada, ada@example.com",
        "re: I'm Ada, ada@example.com",
    ]

    asyncio.run(replica_b.erase("wc_gone"))
    replica_b._write("wc_gone", [SessionStarted(), ActionExecuted("action_listen")])

    again = asyncio.run(replica_a.retrieve("wc_gone"))
    assert again is not None and texts(again) == []
    turn(again, "hello again")
    asyncio.run(replica_a.save(again))
    assert texts(asyncio.run(replica_b.retrieve_full_tracker("wc_gone"))) == ["hello again", "re: hello again"]


def test_a_remembered_conversation_is_not_read_back_from_the_database(tmp_path: Path) -> None:
    from sqlalchemy import event

    trackers = store(tmp_path)
    tracker = DialogueStateTracker.from_events(
        "wc_fast", [SessionStarted(), ActionExecuted("action_listen")], DOMAIN.slots
    )
    asyncio.run(trackers.save(tracker))
    assert asyncio.run(trackers.retrieve("wc_fast")) is not None  # a new session is read once
    statements: list[str] = []
    event.listen(trackers.engine, "before_cursor_execute", lambda *args: statements.append(args[2]))
    for number in range(5):
        current = asyncio.run(trackers.retrieve("wc_fast"))
        assert current is not None
        turn(current, f"message {number}")
        asyncio.run(trackers.save(current))
    reads_of_events = [s for s in statements if s.lstrip().upper().startswith("SELECT") and "events.data" in s]
    assert reads_of_events == []
    assert len(texts(asyncio.run(store(tmp_path).retrieve("wc_fast")))) == 10
