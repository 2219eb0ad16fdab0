"""Reading what the actions need from a rasa-sdk Tracker."""

from __future__ import annotations

from typing import Any

from rasa_sdk import Tracker
from rasa_sdk.events import EventType, SlotSet
from rasa_sdk.executor import CollectingDispatcher

from bot.dialog.answers import DISCOVERY_SLOTS, UNKNOWN
from bot.dialog.asking import questions_left
from bot.dialog.steering import offer_buttons
from bot.dialog.turns import Reading, plain_answer, read_reply, reply_from
from bot.nlu.language import another_language
from bot.qualification.score import Answers, is_student


def latest_intent(tracker: Tracker) -> str | None:
    intent = (tracker.latest_message or {}).get("intent") or {}
    name = intent.get("name")
    return str(name) if name else None


def known(value: Any) -> Any:
    return None if value == UNKNOWN else value


def discovery_open(tracker: Tracker) -> bool:
    """A discovery question is still unanswered and may still be put (bot/dialog/asking.py)."""
    return bool(questions_left(tracker.current_slot_values(), tracker.get_slot("asks"), DISCOVERY_SLOTS))


def questions_asked(tracker: Tracker) -> int:
    """The visitor's own questions so far (FAQ and comparisons), the latest included."""
    return sum(
        1
        for event in tracker.events
        if event.get("event") == "user"
        and _is_question(((event.get("parse_data") or {}).get("intent") or {}).get("name") or "")
    )


def _is_question(intent: str) -> bool:
    return intent.startswith("faq") or intent == "compare"


def reading_of(tracker: Tracker) -> Reading:
    """The latest reply read in context (bot/dialog/turns): an answer to the pending question,
    a question, a command, a request for a person, a buying signal."""
    requested = tracker.get_slot("requested_slot") if tracker.active_loop.get("name") else None
    return read_reply(reply_from(tracker.latest_message or {}, requested))


def english_only_notice(dispatcher: CollectingDispatcher, tracker: Tracker) -> list[EventType]:
    """Once a conversation, to a visitor writing in another language: the replies are in English (bot/nlu/language)."""
    text = str((tracker.latest_message or {}).get("text") or "")
    if tracker.get_slot("english_only_said") or not another_language(text):
        return []
    dispatcher.utter_message(response="utter_english_only")
    return [SlotSet("english_only_said", True)]


def specialist_response(tracker: Tracker) -> str:
    """ "I don't want to guess on that one": noted for sales only where someone can follow up. After a no to
    keeping the chat nothing is noted; without an email yet, the way to get the answer is said."""
    if tracker.get_slot("consent") is False:
        return "utter_specialist_not_kept"
    if not tracker.get_slot("email"):
        return "utter_specialist_no_email"
    return "utter_specialist"


def answers_pending_question(tracker: Tracker) -> bool:
    """A reply ("Eva Novak", "travel") while a form waits for an answer: the form takes it as
    the answer, so a digression action triggered by a misread intent stays silent."""
    return (
        bool(tracker.active_loop.get("name") and tracker.get_slot("requested_slot"))
        and reading_of(tracker) is Reading.ANSWER
    )


def clear_answer(tracker: Tracker) -> Any:
    """The value the latest message plainly gives for the pending question, if a form asks one
    (bot/dialog/turns.plain_answer)."""
    requested = tracker.get_slot("requested_slot")
    if not (tracker.active_loop.get("name") and requested):
        return None
    return plain_answer(tracker.latest_message or {}, str(requested))


def replies_since_offer(tracker: Tracker) -> int | None:
    """How many messages the visitor sent after the last offer of questions before the latest one (None: no offer
    made yet). An offer they let pass is not put again at once."""
    accept = offer_buttons()[0]["payload"]  # the offer's own "yes" button marks it
    replies = 0
    for event in reversed(tracker.events):
        if event.get("event") == "user":
            replies += 1
        elif event.get("event") == "bot" and any(
            button.get("payload") == accept for button in (event.get("data") or {}).get("buttons") or []
        ):
            return max(0, replies - 1)
    return None


def said_before(tracker: Tracker) -> str | None:
    """The assistant's latest sentence, so the next one is not the same."""
    for event in reversed(tracker.events):
        if event.get("event") == "bot" and event.get("text"):
            return str(event["text"])
    return None


def whole_count(value: Any) -> int | None:
    """A head count as a whole number, when it is one at all (not None, "unknown" or a yes)."""
    return int(value) if isinstance(value, (int, float)) and not isinstance(value, bool) and value >= 1 else None


def team_size(tracker: Tracker) -> int | None:
    """The team size the visitor gave, when they gave a number."""
    return whole_count(tracker.get_slot("company_size"))


def visitor_said(tracker: Tracker) -> str:
    """Everything the visitor typed this conversation, for what they said they need ("we need SSO")."""
    return "\n".join(_visitor_messages(tracker))


def visitor_said_earlier(tracker: Tracker) -> str:
    """What the visitor typed before their latest message: "why enterprise?" is no wish for Enterprise."""
    return "\n".join(_visitor_messages(tracker)[:-1])


def _visitor_messages(tracker: Tracker) -> list[str]:
    return [str(e.get("text") or "") for e in tracker.events if e.get("event") == "user"]


def has_spoken(tracker: Tracker) -> bool:
    """Whether the assistant has said anything yet this conversation (a greeting is owed if not). A chat erased
    after a no to keeping it has no messages left, but the slots kept say it went on ("Hi there!" came again)."""
    kept = tracker.get_slot("asks") or tracker.get_slot("consent") is not None or tracker.get_slot("declined_at")
    return bool(kept) or any(event.get("event") == "bot" for event in tracker.events)


def answers_from(tracker: Tracker, *, returning: bool = False) -> Answers:
    slot = tracker.get_slot
    said = [str(e.get("text") or "") for e in tracker.events if e.get("event") == "user"]
    return Answers(
        industry=known(slot("industry")),
        company_size=known(slot("company_size")),
        budget=known(slot("budget")),
        authority=known(slot("authority")),
        timeline=known(slot("timeline")),
        email=known(slot("email")),
        person_name=known(slot("person_name")),
        company=known(slot("company")),
        plan=slot("plan"),
        page=slot("page"),
        questions_asked=questions_asked(tracker),
        returning=returning,
        student=is_student(slot("authority"), said),
    )
