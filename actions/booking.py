"""Booking a call inside the chat: offer times as buttons, book the chosen one, offer more."""

from __future__ import annotations

import json
from datetime import datetime

from rasa_sdk import Action, Tracker
from rasa_sdk.events import EventType, FollowupAction, SlotSet
from rasa_sdk.executor import CollectingDispatcher
from rasa_sdk.types import DomainDict

from actions import runtime
from actions.steering import answer_question
from actions.tracker_view import latest_intent
from bot.app import booking_chat
from bot.clock import utcnow
from bot.dialog.answer_choice import QUESTION_INTENTS
from bot.dialog.answers import EMAIL_RE
from bot.dialog.timezones import zone_in
from bot.dialog.turns import MEETING_TIME_RE, booking_request
from bot.handoff.availability import describe_slot, zone_label
from bot.handoff.choice import Choice, day_asked, match_choice, part_of_day
from bot.handoff.service import Offer
from bot.wording import say

# a booking problem: its sentence in wording.yml (booking.<key>)
PROBLEMS = {
    "past": "booking.past",
    "unknown_slot": "booking.unknown_slot",
    "expired": "booking.taken",
    "taken": "booking.taken",
}


def present(dispatcher: CollectingDispatcher, offer: Offer | None, *, intro: str) -> list[EventType]:
    """Times as buttons; `slots_offered` lets a typed reply ("Tuesday at 9") reach the booking."""
    if offer is None or (offer.sdr_name is None):
        dispatcher.utter_message(response="utter_team_will_email")
        return [SlotSet("slots_offered", False)]
    if not offer.choices:
        dispatcher.utter_message(response="utter_no_open_times", sdr_name=offer.sdr_name)
        return [SlotSet("slots_offered", False)]
    _time_buttons(
        dispatcher,
        say("booking.times_in", intro=intro, timezone=zone_label(offer.visitor_timezone)),
        [(c.start_iso, c.label) for c in offer.choices],
    )
    return [SlotSet("slots_offered", True)]


def _time_buttons(dispatcher: CollectingDispatcher, text: str, choices: list[tuple[str, str]]) -> None:
    buttons = [
        {"title": label, "payload": f'/choose_slot{{"meeting_time": "{start_iso}"}}'} for start_iso, label in choices
    ]
    buttons.append({"title": say("booking.none_of_these_button"), "payload": "/more_slots"})
    dispatcher.utter_message(text=text, buttons=buttons)


def offered_starts(tracker: Tracker, *, every: bool = False) -> list[datetime]:
    """The times in the latest offer the visitor saw, from its buttons (`every`: in every offer of the chat,
    the latest first)."""
    seen: list[datetime] = []
    for event in reversed(tracker.events):
        if event.get("event") != "bot":
            continue
        buttons = (event.get("data") or {}).get("buttons") or []
        starts = [_parse(_payload_time(str(b.get("payload") or ""))) for b in buttons]
        found = [s for s in starts if s is not None]
        if found and not every:
            return found
        seen += [start for start in found if start not in seen]
    return seen


def _payload_time(payload: str) -> str | None:
    if not payload.startswith("/choose_slot"):
        return None
    try:
        value = json.loads(payload.removeprefix("/choose_slot") or "{}").get("meeting_time")
    except (ValueError, AttributeError):
        return None
    return value if isinstance(value, str) else None


class ActionOfferSlots(Action):
    """Route the prospect to an SDR and offer times (once the visitor's time zone is known)."""

    def name(self) -> str:
        return "action_offer_slots"

    async def run(self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict) -> list[EventType]:
        lead_id = tracker.get_slot("lead_id")
        message = tracker.latest_message or {}
        named = any(entity.get("entity") == "timezone" for entity in message.get("entities") or [])
        # "central time", "i'm in berlin" typed rather than a button clicked
        typed = None if named else zone_in(message.get("text") or "")
        zone = typed or tracker.get_slot("timezone")
        noted: list[EventType] = [SlotSet("timezone", typed)] if typed else []
        if lead_id is None:
            if not (named or typed):
                return [
                    FollowupAction("action_fallback")
                ]  # "um ." classified as a time zone names none: not understood
            dispatcher.utter_message(response="utter_timezone_noted")
            return noted
        if not zone:
            dispatcher.utter_message(response="utter_ask_timezone")
            return []
        roster, sender = runtime.roster(), tracker.sender_id
        try:
            offer = await booking_chat.first_offer(
                runtime.database(), lead_id=int(lead_id), sender_id=sender, roster=roster, visitor_timezone=zone
            )
        except runtime.StorageUnavailable:
            dispatcher.utter_message(response="utter_unavailable")
            return [SlotSet("slots_offered", False)]
        intro = say("booking.first_times", sdr_name=offer.sdr_name) if offer and offer.sdr_name else ""
        return [*noted, *present(dispatcher, offer, intro=intro)]


class ActionOfferMoreSlots(Action):
    def name(self) -> str:
        return "action_offer_more_slots"

    async def run(self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict) -> list[EventType]:
        roster, sender = runtime.roster(), tracker.sender_id
        text = str((tracker.latest_message or {}).get("text") or "")
        part = part_of_day(text)
        day = day_asked(text, tracker.get_slot("timezone") or "UTC", utcnow())
        # "anything friday afternoon?": said back as "on Friday 11 Dec in the afternoon" ("" when neither was asked)
        asked = " ".join(piece for piece in (f"on {day:%A %d %b}" if day else "", part[0] if part else "") if piece)
        try:
            offer = await booking_chat.later_offer(
                runtime.database(), sender_id=sender, roster=roster, hours=part[1] if part else None, day=day
            )
        except runtime.StorageUnavailable:
            dispatcher.utter_message(response="utter_unavailable")
            return []
        if offer is None:
            # no times were offered yet, so "more times" was read into something else ("whats 17 times 23"):
            # not understood, said so, with a way on
            return [FollowupAction("action_fallback")]
        if asked and offer.rule == "in_hours":
            return present(dispatcher, offer, intro=say("booking.times_in_part", part=asked))
        if asked:  # none in the part of the day they asked for: said, and the later times instead
            return present(dispatcher, offer, intro=say("booking.none_in_part", part=asked, sdr=offer.sdr_name or ""))
        return present(dispatcher, offer, intro=say("booking.later_times"))


class ActionBookMeeting(Action):
    def name(self) -> str:
        return "action_book_meeting"

    async def run(self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict) -> list[EventType]:
        start = _parse(tracker.get_slot("meeting_time"))
        if start is None and not offered_starts(tracker):
            # no times on offer: "book me a flight" read as choosing one is not understood, and said so
            return [SlotSet("meeting_time", None), FollowupAction("action_fallback")]
        noted: list[EventType] = []
        if start is None:
            text = str((tracker.latest_message or {}).get("text") or "")
            typed = zone_in(text)
            zone = typed or tracker.get_slot("timezone") or "UTC"
            if typed and typed != tracker.get_slot("timezone"):
                # "those times r in london?? central time pls", "Kenya": the times again, in that zone; "Tuesday 12:00
                # my time (EAT)": the time read in it (it was read in the zone of the offer)
                if not MEETING_TIME_RE.search(text) and day_asked(text, zone, utcnow()) is None:
                    return [SlotSet("meeting_time", None), FollowupAction("action_offer_slots")]
                noted = [SlotSet("timezone", typed)]
            choice = match_choice(text, offered_starts(tracker), zone, utcnow())
            if choice.chosen is None:
                # "thu 11:15 works" for a time of an earlier offer: that time, if nobody took it since
                earlier = match_choice(text, offered_starts(tracker, every=True), zone, utcnow())
                choice = earlier if earlier.chosen is not None else choice
            if choice.options:  # "any afternoon slot at all?": those offered in it, for them to pick one
                _time_buttons(
                    dispatcher,
                    say("booking.which_of", asked_for=choice.asked_for, timezone=zone_label(zone)),
                    [(s.isoformat(), describe_slot(s, zone)) for s in choice.options],
                )
                return [SlotSet("meeting_time", None), *noted]
            if choice.elsewhere:  # "only free after 4pm": none offered then, so times then are looked for
                return [SlotSet("meeting_time", None), FollowupAction("action_offer_more_slots")]
            if choice.chosen is None and not choice.nearest and latest_intent(tracker) in QUESTION_INTENTS:
                return [SlotSet("meeting_time", None), *answer_question(dispatcher, tracker)]  # a question, not a time
            if choice.chosen is None:
                self._not_offered(dispatcher, choice, zone, offered_starts(tracker))
                return [SlotSet("meeting_time", None), *noted]
            start = choice.chosen
        sender, links, roster = tracker.sender_id, runtime.links(), runtime.roster()
        try:
            result, offer = await booking_chat.book_chosen(
                runtime.database(), sender_id=sender, start=start, links=links, roster=roster
            )
        except runtime.StorageUnavailable:
            dispatcher.utter_message(response="utter_unavailable")
            return [SlotSet("meeting_time", None)]
        if result.problem == "already_booked":
            dispatcher.utter_message(response="utter_already_booked")
            return [SlotSet("meeting_time", None)]
        if result.problem:
            events = present(
                dispatcher,
                offer,
                intro=say("booking.fresh_times", problem=say(PROBLEMS.get(result.problem, "booking.unavailable"))),
            )
            return [SlotSet("meeting_time", None), *events]
        dispatcher.utter_message(
            response="utter_booked", sdr_name=result.sdr_name, when=result.when, invitee=result.email
        )
        return [SlotSet("meeting_time", None), SlotSet("slots_offered", False), SlotSet("booked", True), *noted]

    @staticmethod
    def _not_offered(dispatcher: CollectingDispatcher, choice: Choice, zone: str, offered: list[datetime]) -> None:
        """A typed time we did not offer: the nearest offered ones as buttons; words that name no time: the
        offered times again, as buttons (a nudge to the ones "above" leaves a phone user scrolling back)."""
        if choice.nearest:
            _time_buttons(
                dispatcher,
                say(
                    "booking.not_open",
                    asked_for=choice.asked_for or say("booking.that_time"),
                    timezone=zone_label(zone),
                ),
                [(s.isoformat(), describe_slot(s, zone)) for s in choice.nearest],
            )
        elif offered:
            _time_buttons(
                dispatcher,
                say("booking.pick_one", timezone=zone_label(zone)),
                [(s.isoformat(), describe_slot(s, zone)) for s in offered],
            )
        else:
            dispatcher.utter_message(response="utter_pick_a_time")


def _parse(value: object) -> datetime | None:
    if not isinstance(value, str):
        return None
    try:
        moment = datetime.fromisoformat(value.replace("Z", "+00:00"))
    except ValueError:
        return None
    return moment if moment.tzinfo else None


class ActionAboutBooking(Action):
    """After booking: a colleague added to the invite, another time, or where the details are."""

    def name(self) -> str:
        return "action_about_booking"

    async def run(self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict) -> list[EventType]:
        text = str((tracker.latest_message or {}).get("text") or "")
        asked = booking_request(text) or ("add_guest" if tracker.get_slot("guest_pending") else "details")
        guest = EMAIL_RE.search(text)
        sender, links = tracker.sender_id, runtime.links()
        visitor = str(tracker.get_slot("email") or "")
        try:
            if asked == "add_guest" and guest and guest.group(0).lower() != visitor.lower():
                address = guest.group(0)
                call = await booking_chat.with_guest(runtime.database(), sender_id=sender, guest=address, links=links)
            else:
                call = await booking_chat.call_booked(runtime.database(), sender_id=sender, links=links)
        except runtime.StorageUnavailable:
            dispatcher.utter_message(response="utter_unavailable")
            return []
        if call is None:
            dispatcher.utter_message(response="utter_no_booked_call")
            return [SlotSet("guest_pending", False)]
        if asked == "add_guest" and guest:
            dispatcher.utter_message(
                response="utter_guest_invited", guest=guest.group(0), sdr_name=call.sdr_name, when=call.when
            )
            return [SlotSet("guest_pending", False)]
        if asked == "add_guest":
            dispatcher.utter_message(response="utter_ask_guest_email")
            return [SlotSet("guest_pending", True)]
        if asked == "reschedule":
            dispatcher.utter_message(
                response="utter_reschedule", reschedule_link=call.reschedule_link, sdr_name=call.sdr_name
            )
            return [SlotSet("guest_pending", False)]
        zone = zone_in(text)
        if zone is not None:  # "what time is that in Eastern time?": the call's time there, not the details again
            dispatcher.utter_message(response="utter_call_time_in_zone", when=call.when_in(zone))
            return [SlotSet("guest_pending", False)]
        dispatcher.utter_message(
            response="utter_call_details" if call.email else "utter_call_details_no_email",
            sdr_name=call.sdr_name,
            when=call.when,
            invitee=call.email,
            reschedule_link=call.reschedule_link,
        )
        return [SlotSet("guest_pending", False)]
