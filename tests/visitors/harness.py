"""Scripted pricing-page visitors played against the running stack over REST (`make eval-dialog`).

Each visitor (tests/visitors/*.yml) opens with their own first message, reacts to the offer to
help pick a plan, answers whichever question the assistant asks (by `requested_slot`, never by
position), says their interjections when a given question comes up, and books the first time
offered. The harness checks what a visitor would notice: discovery reached or not, no question
asked more than twice, nothing asked that was already said, no "I'm not sure how to help", and
the lead's stage and booking in the leads API.
"""

from __future__ import annotations

import json
import time
import urllib.request
import uuid
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Protocol

from bot.yamlfile import load_yaml

VISITORS_DIR = Path(__file__).parent
FALLBACK_WORDS = ("not sure how to help", "didn't quite get that")
DISCOVERY = ("industry", "company_size", "budget", "authority", "timeline")
MAX_TURNS = 45
MAX_ASKS = 2


class Chat(Protocol):
    def say(self, sender: str, text: str, metadata: dict[str, Any] | None = None) -> list[dict[str, Any]]: ...
    def tracker(self, sender: str) -> dict[str, Any]: ...
    def api(self, path: str) -> Any: ...


@dataclass
class Visitor:
    name: str
    opening: str
    answers: dict[str, str] = field(default_factory=dict)
    accept: str | None = "sure"  # reply to the offer; None declines it with `decline`
    decline: str = "not now"
    before: list[str] = field(default_factory=list)  # said after the opening, before the offer is answered
    interjections: dict[str, list[str]] = field(default_factory=dict)  # said when that question is first asked
    retry: dict[str, str] = field(default_factory=dict)  # the second answer when the first was not understood
    metadata: dict[str, Any] = field(default_factory=dict)
    book_with: str | None = None  # typed instead of clicking a time ("the second one")
    expect: dict[str, Any] = field(default_factory=dict)

    def __post_init__(self) -> None:
        # YAML reads a bare yes/no as a boolean and 250 as a number; a visitor types text
        self.answers = {slot: _typed(value) for slot, value in self.answers.items()}
        self.retry = {slot: _typed(value) for slot, value in self.retry.items()}
        self.before = [_typed(text) for text in self.before]
        self.interjections = {slot: [_typed(text) for text in texts] for slot, texts in self.interjections.items()}
        self.opening = _typed(self.opening)
        self.accept = None if self.accept is None else _typed(self.accept)
        self.decline = _typed(self.decline)

    @property
    def opens_with_question(self) -> bool:
        return "?" in self.opening or self.opening.split()[0].lower() in (
            "how",
            "what",
            "do",
            "does",
            "is",
            "can",
            "which",
            "why",
        )


def _typed(value: Any) -> str:
    if isinstance(value, bool):
        return "yes" if value else "no"
    return str(value)


@dataclass
class Outcome:
    visitor: Visitor
    asked: Counter[str]
    reached_discovery: bool
    stage: str | None
    booked: bool
    problems: list[str]
    turns: int

    @property
    def passed(self) -> bool:
        return not self.problems


def load_visitors(directory: Path = VISITORS_DIR) -> list[Visitor]:
    visitors = []
    for path in sorted(directory.glob("*.yml")):
        for entry in load_yaml(path.read_text()) or []:
            visitors.append(Visitor(**entry))
    names = [v.name for v in visitors]
    duplicates = {n for n in names if names.count(n) > 1}
    if duplicates:
        raise ValueError(f"visitor names must be unique: {sorted(duplicates)}")
    return visitors


def _texts(replies: list[dict[str, Any]]) -> list[str]:
    return [str(r.get("text") or "") for r in replies]


def play(chat: Chat, visitor: Visitor) -> Outcome:
    sender = f"eval-{uuid.uuid4().hex}"
    metadata = {"page": "/pricing", "timezone": "Europe/Berlin", **visitor.metadata}
    transcript: list[str] = []
    problems: list[str] = []
    asked: Counter[str] = Counter()
    offer_answered = False
    booked = False

    def say(text: str) -> list[dict[str, Any]]:
        replies = chat.say(sender, text, metadata)
        transcript.append(f"> {text}")
        transcript.extend(f"< {t}" for t in _texts(replies))
        if not replies:
            problems.append(f"no reply to {text!r}")
        for reply in _texts(replies):
            if any(word in reply.lower() for word in FALLBACK_WORDS):
                problems.append(f"fallback after {text!r}: {reply!r}")
        return replies

    last = say(visitor.opening)
    for text in visitor.before:
        last = say(text)
    attempts: Counter[str] = Counter()
    interjected: set[str] = set()
    turns = 0
    seen: dict[tuple[Any, ...], dict[str, Any]] = {}

    def tracker() -> dict[str, Any]:
        """Rasa's tracker, remembering every event seen: a decline or "delete my data" erases it."""
        state = chat.tracker(sender)
        for event in state["events"]:
            seen.setdefault((event.get("timestamp"), event.get("event"), event.get("name"), event.get("text")), event)
        return state

    while turns < MAX_TURNS and not problems:
        turns += 1
        slots = tracker()["slots"]
        requested = slots.get("requested_slot")
        if requested:
            if requested not in interjected and visitor.interjections.get(requested):
                interjected.add(requested)
                for text in visitor.interjections[requested]:
                    last = say(text)
                continue
            attempts[requested] += 1
            if attempts[requested] > MAX_ASKS + 1:
                problems.append(f"{requested} asked again and again")
                break
            answer = (
                visitor.retry.get(requested)
                if attempts[requested] > 1 and requested in visitor.retry
                else visitor.answers.get(requested)
            )
            if answer is None:
                problems.append(f"asked {requested}, which the script has no answer for")
                break
            last = say(answer)
            continue
        if slots.get("discovery_offer") and not offer_answered:
            offer_answered = True
            last = say(visitor.accept if visitor.accept else visitor.decline)
            continue
        buttons = [b for r in last for b in (r.get("buttons") or [])]
        if buttons and buttons[-1].get("title") == "None of these work" and not booked:
            typed, visitor.book_with = visitor.book_with, None  # typed once; offered alternatives are clicked
            last = say(typed or str(buttons[0]["payload"]))
            booked = any("booked" in t.lower() for t in _texts(last))
            continue
        break
    tracker()
    events = sorted(seen.values(), key=lambda e: float(e.get("timestamp") or 0))
    asked, not_understood = _questions(events)
    offers = sum(
        1
        for e in events
        if e.get("event") == "bot"
        and any(b.get("payload") == "/affirm" for b in ((e.get("data") or {}).get("buttons") or []))
    )
    reached = any(asked[slot] for slot in DISCOVERY) or any(
        e.get("event") == "action" and e.get("name") == "action_assess_fit" for e in events
    )
    for slot, count in not_understood.items():
        if count >= MAX_ASKS:
            problems.append(f"{slot} asked {count + 1} times: more than {MAX_ASKS}")
    stage = _stage(chat, visitor)
    problems += _check(visitor, asked, reached, stage, booked)
    if "offers" in visitor.expect and visitor.expect["offers"] != offers:
        problems.append(f"offered discovery {offers} times, expected {visitor.expect['offers']}")
    if problems:
        problems.append("transcript:\n    " + "\n    ".join(transcript[-30:]))
    return Outcome(visitor, asked, reached, stage, booked, problems, turns)


def _questions(events: list[dict[str, Any]]) -> tuple[Counter[str], Counter[str]]:
    """How often each question was put, and how often an answer to it was not understood."""
    asked: Counter[str] = Counter()
    not_understood: Counter[str] = Counter()
    for event in events:
        action = str((event.get("metadata") or {}).get("utter_action") or "") if event.get("event") == "bot" else ""
        if action.startswith("utter_ask_"):
            asked[action.removeprefix("utter_ask_")] += 1
        elif action.startswith("utter_invalid_"):
            not_understood[action.removeprefix("utter_invalid_")] += 1
    return asked, not_understood


def _stage(chat: Chat, visitor: Visitor) -> str | None:
    email = visitor.answers.get("email")
    if not email:
        return None
    for _ in range(25):
        leads = [lead for lead in chat.api("/api/leads") if str(lead.get("email", "")).lower() == email.lower()]
        if leads:
            return str(leads[0]["stage"])
        time.sleep(0.2)
    return None


def _check(visitor: Visitor, asked: Counter[str], reached: bool, stage: str | None, booked: bool) -> list[str]:
    expect = visitor.expect
    problems = []
    if "discovery" in expect and bool(expect["discovery"]) != reached:
        problems.append(f"discovery {'never reached' if expect['discovery'] else 'started though declined'}")
    if "stage" in expect and expect["stage"] != stage:
        problems.append(f"stage {stage!r}, expected {expect['stage']!r}")
    if "booked" in expect and bool(expect["booked"]) != booked:
        problems.append(f"booked={booked}, expected {expect['booked']}")
    for slot in expect.get("never_asked", []):
        if asked.get(slot):
            problems.append(f"{slot} was asked though the visitor had already said it")
    return problems


def report(outcomes: list[Outcome]) -> str:
    lines = [f"{'visitor':34} {'opens with':9} {'asked':5} {'discovery':9} {'stage':8} {'booked':6} result"]
    for o in outcomes:
        lines.append(
            f"{o.visitor.name[:34]:34} {'question' if o.visitor.opens_with_question else 'other':9} "
            f"{sum(o.asked.values()):5} {'yes' if o.reached_discovery else 'no':9} {o.stage or '-':8} "
            f"{'yes' if o.booked else 'no':6} {'pass' if o.passed else 'FAIL'}"
        )
    question_first = [o for o in outcomes if o.visitor.opens_with_question]
    should_reach = [o for o in question_first if o.visitor.expect.get("discovery", True)]
    reached = sum(o.reached_discovery for o in should_reach)
    lines.append(
        f"\n{sum(o.passed for o in outcomes)}/{len(outcomes)} visitors pass; "
        f"{reached}/{len(should_reach)} question-first visitors who accept the offer reach discovery "
        f"({len(question_first)} of {len(outcomes)} open with a question)"
    )
    for o in outcomes:
        if not o.passed:
            lines.append(f"\nFAIL {o.visitor.name}:\n  " + "\n  ".join(o.problems))
    return "\n".join(lines)


class HttpChat:
    """A stack already running (`make run`): REST webhook and tracker on Rasa, leads API on the web app."""

    def __init__(self, rasa: str, web: str, rasa_token: str, api_token: str) -> None:
        self.rasa, self.web, self.rasa_token, self.api_token = rasa, web, rasa_token, api_token

    def say(self, sender: str, text: str, metadata: dict[str, Any] | None = None) -> list[dict[str, Any]]:
        body = json.dumps({"sender": sender, "message": text, "metadata": metadata or {}}).encode()
        request = urllib.request.Request(
            f"{self.rasa}/webhooks/rest/webhook", body, {"Content-Type": "application/json"}
        )
        with urllib.request.urlopen(request, timeout=60) as response:
            return list(json.load(response))

    def tracker(self, sender: str) -> dict[str, Any]:
        with urllib.request.urlopen(
            f"{self.rasa}/conversations/{sender}/tracker?token={self.rasa_token}", timeout=30
        ) as response:
            return dict(json.load(response))

    def api(self, path: str) -> Any:
        request = urllib.request.Request(f"{self.web}{path}", headers={"Authorization": f"Bearer {self.api_token}"})
        with urllib.request.urlopen(request, timeout=30) as response:
            return json.load(response)
