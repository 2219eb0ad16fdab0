"""What must hold on every turn of every generated conversation, whatever the visitor typed.

Question texts come from domain.yml's `responses:` so rewording a question does not break the
fuzzer; everything else is read from the replies and the tracker, as a client would see them.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Any

from bot.dialog.asking import FREE_REASKS, MAX_ASKS, questions_left, times_asked
from bot.yamlfile import load_yaml

DOMAIN = Path(__file__).resolve().parents[2] / "domain.yml"
DISCOVERY = ("industry", "company_size", "budget", "authority", "timeline")
CONTACT = ("person_name", "email", "company")
ASKED_SLOTS = DISCOVERY + CONTACT
# The brief's cues, plus invitations seen in legitimate closing replies ("just say ...", "come back here or ask to
# talk to a person").
CUES = re.compile(
    r"ask me|let me know|anything else|feel free|you can|get in touch|we'll email|book|talk soon|see you"
    r"|tell me|just say|come back|ask to talk|ask for a person",
    re.I,
)
CONTACT = ("person_name", "email", "company")
CONFIRMATIONS = ("right?", "correct?", "is that", "did you mean")
INVARIANTS = (
    "third_ask",
    "dead_end",
    "buying_signal_ignored",
    "person_request_ignored",
    "answer_not_taken",
    "button_label_ignored",
    "later_yes_ignored",
    "request_kept_as_answer",
    "no_end_state",
    "http_error",
)


@lru_cache(maxsize=1)
def responses() -> dict[str, list[str]]:
    """Each response name with the texts of its variations."""
    with DOMAIN.open(encoding="utf-8") as file:
        loaded = load_yaml(file).get("responses") or {}
    return {
        name: [str(v.get("text", "")).strip() for v in variations if isinstance(v, dict)]
        for name, variations in loaded.items()
    }


def question_texts() -> dict[str, set[str]]:
    """slot -> the texts that put its question (utter_ask_<slot>)."""
    return {slot: set(responses().get(f"utter_ask_{slot}", [])) for slot in ASKED_SLOTS}


def asks(text: str, variations: set[str]) -> bool:
    """The message puts this question: it is one of the variations, alone or after an acknowledgement."""
    text = text.strip()
    return any(text == v or text.endswith(" " + v) for v in variations if v)


@dataclass
class State:
    """What a client can see after a turn: the tracker's slots and loop, and the last buttons shown."""

    slots: dict[str, Any] = field(default_factory=dict)
    active_loop: str | None = None
    requested_slot: str | None = None
    buttons: list[dict[str, str]] = field(default_factory=list)
    question: str = ""

    @property
    def discovery_complete(self) -> bool:
        return all(self.slots.get(slot) is not None for slot in DISCOVERY)

    @property
    def end_state(self) -> bool:
        return self.discovery_complete and (self.slots.get("email") is not None or self.slots.get("consent") is False)


@dataclass
class Move:
    """One visitor message and what it was meant as, so the checks know what to expect."""

    text: str
    kind: str  # opening, answer, buying, click, typed_title, decline, later_yes, digression, goodbye, free, consent
    slot: str | None = None
    typed_title: bool = False
    later_yes: bool = False
    raw: str = ""  # the pool phrase before noise, shown in transcripts so a typo'd answer is visible as such
    # a question of theirs ("why do you need that?") or a change of an earlier answer: the re-ask after it is free
    asked_us: bool = False
    wants_person: bool = False  # asks for a person ("is there a human i can talk to"), however typed


@dataclass
class Turn:
    index: int
    move: Move
    before: State
    messages: list[dict[str, Any]]
    after: State
    seconds: float = 0.0
    error: str | None = None


@dataclass
class Violation:
    name: str
    turn: int
    detail: str


def texts(messages: list[dict[str, Any]]) -> list[str]:
    return [str(m.get("text") or "") for m in messages]


class Checks:
    """The invariants of one conversation; keeps what it needs across turns (asks counted, offer declined)."""

    def __init__(self) -> None:
        self.questions = question_texts()
        self.prompts = {
            t for name, vs in responses().items() if name.startswith(("utter_ask_", "utter_invalid_")) for t in vs
        }
        self.asked: Counter[str] = Counter()
        self.free_asks: Counter[str] = Counter()
        self.declined = False

    def turn(self, turn: Turn) -> list[Violation]:
        if turn.error is not None:
            return [Violation("http_error", turn.index, turn.error)]
        found: list[Violation] = []
        for check in (
            self.third_ask,
            self.dead_end,
            self.buying_signal_ignored,
            self.person_request_ignored,
            self.answer_not_taken,
            self.button_label_ignored,
            self.later_yes_ignored,
            self.request_kept_as_answer,
        ):
            found.extend(check(turn))
        if turn.move.kind == "decline":
            self.declined = True
        return found

    def third_ask(self, turn: Turn) -> list[Violation]:
        found = []
        for text in texts(turn.messages):
            for slot, variations in self.questions.items():
                if asks(text, variations):
                    asked_for_something = turn.move.asked_us or turn.move.wants_person
                    if asked_for_something and self.asked[slot] >= 1 and self.free_asks[slot] < FREE_REASKS:
                        self.free_asks[slot] += 1  # put again after their question or request: not a failed ask
                        continue
                    self.asked[slot] += 1
                    if self.asked[slot] == 3:
                        found.append(Violation("third_ask", turn.index, f"{slot} asked a third time: {text!r}"))
        return found

    def dead_end(self, turn: Turn) -> list[Violation]:
        shown = [m for m in turn.messages if m.get("text") or m.get("buttons") or m.get("custom") or m.get("image")]
        if not shown:
            return [Violation("dead_end", turn.index, "no reply")]
        last = shown[-1]
        text, buttons = str(last.get("text") or ""), last.get("buttons") or []
        if text.startswith("Sorry, I didn't") and not buttons and text.strip() not in self.prompts:
            return [Violation("dead_end", turn.index, f"ends on {text!r}")]
        if turn.move.kind == "goodbye" or buttons or "?" in text or CUES.search(text):
            return []
        return [Violation("dead_end", turn.index, f"no next step offered: {text!r}")]

    def buying_signal_ignored(self, turn: Turn) -> list[Violation]:
        if turn.move.kind != "buying":
            return []
        after = turn.after
        if (
            after.active_loop in ("qualification_form", "contact_form")
            or after.slots.get("human_requested") is True
            or after.slots.get("slots_offered") is True
        ):
            return []
        return [
            Violation(
                "buying_signal_ignored", turn.index, f"active_loop={after.active_loop}, no hand-off or meeting offered"
            )
        ]

    def person_request_ignored(self, turn: Turn) -> list[Violation]:
        """Asked for a person, in whatever words and typos: the hand-off runs (a person now, or one to follow up)."""
        if not turn.move.wants_person or turn.before.slots.get("human_requested") is True:
            return []
        if turn.after.slots.get("human_requested") is True:
            return []
        said = " | ".join(texts(turn.messages))[:120]
        return [Violation("person_request_ignored", turn.index, f"asked {turn.move.text!r}, got {said!r}")]

    def request_kept_as_answer(self, turn: Turn) -> list[Violation]:
        """A question or request of theirs ("ok go ahead and book it", "is there a human") is never taken as the
        answer to the question pending (it had been kept as the industry, "in your words")."""
        slot = turn.before.requested_slot
        if turn.move.kind != "digression" or not (turn.move.asked_us or turn.move.wants_person):
            return []
        if slot not in ASKED_SLOTS or turn.before.slots.get(slot) is not None or turn.after.slots.get(slot) is None:
            return []
        asks = turn.after.slots.get("asks") or {}
        if times_asked(asks, slot) >= MAX_ASKS and times_asked(asks, f"{slot}?") >= FREE_REASKS:
            return []  # asked twice and put again after their questions as often as allowed: given up, by design
        guess = turn.before.slots.get("pending_guess")
        if isinstance(guess, dict) and guess.get("slot") == slot:
            return []  # "About 100 people, right?" then a question: their own figure kept, and said so
        kept = turn.after.slots.get(slot)
        return [Violation("request_kept_as_answer", turn.index, f"{slot} set to {kept!r} by {turn.move.text!r}")]

    def answer_not_taken(self, turn: Turn) -> list[Violation]:
        slot = turn.move.slot
        if turn.move.kind != "answer" or slot is None:
            return []
        if turn.before.requested_slot != slot:
            # a contact detail given to another contact question is kept where it belongs, when nothing was there
            if slot in CONTACT and turn.before.slots.get(slot) is None and turn.after.slots.get(slot) is None:
                return [Violation("answer_not_taken", turn.index, f"{slot} given as {turn.move.text!r} and lost")]
            return []
        if turn.after.slots.get(slot) is not None or turn.after.requested_slot != slot:
            return []
        said = " ".join(texts(turn.messages)).lower()
        if any(phrase in said for phrase in CONFIRMATIONS):
            return []
        return [
            Violation("answer_not_taken", turn.index, f"{slot} still empty and still asked after {turn.move.text!r}")
        ]

    def button_label_ignored(self, turn: Turn) -> list[Violation]:
        if not turn.move.typed_title or not turn.before.buttons:
            return []
        same = [b.get("payload") for b in turn.before.buttons] == [b.get("payload") for b in turn.after.buttons]
        if same and turn.after.question == turn.before.question and any(m.get("buttons") for m in turn.messages):
            return [
                Violation("button_label_ignored", turn.index, f"typed {turn.move.text!r}, same buttons shown again")
            ]
        return []

    def later_yes_ignored(self, turn: Turn) -> list[Violation]:
        if not (self.declined and turn.move.later_yes):
            return []
        if turn.after.active_loop == "qualification_form" or turn.after.discovery_complete:
            return []
        if not questions_left(turn.after.slots, turn.after.slots.get("asks"), DISCOVERY):
            return []  # every question was put twice already (answers erased after a no): never a third time
        return [
            Violation(
                "later_yes_ignored",
                turn.index,
                f"declined earlier, said {turn.move.text!r}, active_loop={turn.after.active_loop}",
            )
        ]

    @staticmethod
    def end(persona: str, turns: list[Turn]) -> list[Violation]:
        """Checked once the conversation is over: a willing visitor gets somewhere within 30 turns."""
        if persona not in ("cooperative", "hurried_buyer") or not turns:
            return []
        if any(t.after.end_state for t in turns[:30]):
            return []
        last = turns[-1].after
        missing = [s for s in (*DISCOVERY, "email") if last.slots.get(s) is None]
        return [
            Violation("no_end_state", turns[-1].index, f"after {len(turns)} turns, still missing {', '.join(missing)}")
        ]
