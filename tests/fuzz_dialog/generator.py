"""A seeded visitor that decides each message from what it can see after the last turn.

It answers the pending question (the tracker's `requested_slot`) from the pools with noise, or
digresses as its persona would; it clicks buttons or types their titles. Everything random comes
from one `random.Random(seed)`, so a conversation replays from its seed (up to the bot's own
random choice among response variations).
"""

from __future__ import annotations

import hashlib
import random
import re
from collections import Counter
from typing import Any

from tests.fuzz_dialog import pools
from tests.fuzz_dialog.invariants import DISCOVERY, Move, State

PERSONAS = ("cooperative", "hurried_buyer", "question_asker", "skipper", "decliner_then_accepter", "chaotic")
WILLING = ("cooperative", "hurried_buyer")
MAX_TURNS = 30
NOISE = {
    "cooperative": 0.4,
    "hurried_buyer": 0.8,
    "question_asker": 0.5,
    "skipper": 0.5,
    "decliner_then_accepter": 0.5,
    "chaotic": 1.0,
}
# a contact question answered with another contact detail: the name asked, the company given, and so on
MISFILED = {"person_name": "company", "company": "email", "email": "company"}
DIGRESS = {
    "cooperative": 0.08,
    "hurried_buyer": 0.04,
    "question_asker": 0.35,
    "skipper": 0.3,
    "decliner_then_accepter": 0.1,
    "chaotic": 0.5,
}


def conversation_seed(run_seed: int, index: int) -> int:
    """A stable per-conversation seed, printed with failures and accepted by --only-seed."""
    return int(hashlib.sha256(f"{run_seed}:{index}".encode()).hexdigest()[:10], 16)


def payloads(buttons: list[dict[str, str]]) -> list[str]:
    return [str(b.get("payload", "")) for b in buttons]


class Visitor:
    """One generated visitor; `next(state)` gives its next message, or None when it leaves."""

    def __init__(self, seed: int, persona: str | None = None) -> None:
        self.seed, self.rng = seed, random.Random(seed)
        self.persona = persona or self.rng.choice(PERSONAS)
        self.level = NOISE[self.persona]
        self.turns = 0
        self.declined = self.accepted = self.said_bye = False
        self.digressions: Counter[str] = Counter()
        self.idle = 0
        self.questions_asked = 0
        self.previous_buttons: list[dict[str, str]] = []

    def chance(self, p: float) -> bool:
        return self.rng.random() < p

    def say(self, text: str, kind: str, safe: bool = False, **extra: Any) -> Move:
        clause = kind in ("opening", "answer", "free", "digression", "buying")
        return Move(pools.noisy(self.rng, text, self.level, safe or kind == "goodbye", clause), kind, raw=text, **extra)

    def opening(self) -> Move:
        self.turns = 1
        o = pools.OPENINGS
        if self.persona == "hurried_buyer" or (self.persona == "chaotic" and self.chance(0.25)):
            return self.say(self.rng.choice(pools.BUYING_SIGNALS), "buying")
        choices = {
            "cooperative": ["greeting", "pricing", "feature"],
            "question_asker": ["pricing", "feature", "compliance", "competitor"],
            "skipper": ["greeting", "pricing", "feature", "compliance"],
            "decliner_then_accepter": ["pricing", "feature", "compliance"],
            "chaotic": list(o),
        }[self.persona]
        return self.say(self.rng.choice(o[self.rng.choice(choices)]), "opening")

    def next(self, state: State, messages: list[dict[str, Any]]) -> Move | None:
        if self.turns >= (20 if self.persona == "chaotic" else MAX_TURNS) or self.said_bye:
            return None
        self.turns += 1
        buttons = state.buttons
        if (
            not buttons
            and state.requested_slot is None
            and self.previous_buttons
            and "button" in " ".join(str(m.get("text")) for m in messages)
        ):
            buttons = self.previous_buttons  # "pick one of the times above": the old buttons still stand
        self.previous_buttons = buttons or self.previous_buttons
        if state.end_state and not buttons and state.requested_slot is None:
            return self.leave()
        if buttons or state.requested_slot is not None:
            self.idle = 0
        if buttons:
            return self.on_buttons(state, buttons)
        if state.requested_slot in pools.ANSWERS:
            return self.on_question(state, state.requested_slot)
        return self.free(state)

    def leave(self) -> Move | None:
        if self.chance(0.5):
            return None
        self.said_bye = True
        return self.say(self.rng.choice(pools.GOODBYES), "goodbye")

    def click_or_type(self, button: dict[str, str], kind: str = "click", **extra: Any) -> Move:
        if self.chance(0.35):
            title = str(button.get("title", ""))
            return Move(pools.typed_title(self.rng, title, self.level), kind, typed_title=True, raw=title, **extra)
        return Move(str(button.get("payload", "")), kind, **extra)

    def pick(self, buttons: list[dict[str, str]], payload_start: str) -> dict[str, str] | None:
        found = [b for b in buttons if str(b.get("payload", "")).startswith(payload_start)]
        return self.rng.choice(found) if found else None

    def on_buttons(self, state: State, buttons: list[dict[str, str]]) -> Move | None:
        kinds = payloads(buttons)
        if any(p.startswith(("/choose_slot", "/set_timezone")) for p in kinds):
            if self.persona == "chaotic" and self.chance(0.2):
                return self.digress(state, state.requested_slot)
            choice = self.pick(buttons, "/choose_slot") or self.pick(buttons, "/set_timezone")
            return self.click_or_type(choice or buttons[0])
        if "/give_consent" in kinds:
            if self.persona == "chaotic" and self.chance(0.2):
                return self.click_or_type(self.pick(buttons, "/decline_consent") or buttons[-1])
            if self.chance(0.2):
                return self.say(self.rng.choice(pools.CONSENT_YES), "consent")
            return self.click_or_type(self.pick(buttons, "/give_consent") or buttons[0])
        titles = [str(b.get("title", "")) for b in buttons]
        if "/affirm" in kinds and any(t.lower().startswith("sure") for t in titles):
            return self.on_offer(state, buttons)
        if "/affirm" in kinds and any("delete" in t.lower() for t in titles):
            return self.click_or_type(self.pick(buttons, "/deny") or buttons[-1])
        if "/start_discovery" in kinds:
            return self.click_or_type(self.pick(buttons, "/start_discovery") or buttons[0])
        slot = state.requested_slot
        if slot in pools.ANSWERS and self.chance(0.5):
            return self.on_question(state, slot)
        usable = [b for b in buttons if self.persona in ("skipper", "chaotic") or str(b.get("payload")) != "/skip"]
        return self.click_or_type(self.rng.choice(usable or buttons))

    def on_offer(self, state: State, buttons: list[dict[str, str]]) -> Move:
        yes = self.pick(buttons, "/affirm") or buttons[0]
        no = self.pick(buttons, "/deny") or buttons[-1]
        wants_no = (self.persona == "decliner_then_accepter" and not self.declined) or (
            self.persona in ("question_asker", "chaotic") and not self.declined and self.chance(0.3)
        )
        if wants_no:
            self.declined = True
            if self.chance(0.4):
                return self.say(self.rng.choice(pools.DECLINES), "decline")
            return self.click_or_type(no, "decline")
        self.accepted = True
        return self.click_or_type(yes, later_yes=self.declined)

    def on_question(self, state: State, slot: str) -> Move:
        limit = 2 if self.persona == "chaotic" else 1
        if self.digressions[slot] < limit and self.chance(DIGRESS[self.persona]):
            self.digressions[slot] += 1
            return self.digress(state, slot)
        other_contact = MISFILED.get(slot)
        if other_contact and state.slots.get(other_contact) is None and self.chance(0.15):
            # the company typed where the name was asked, the email where the company was: kept where it belongs
            text = self.rng.choice(pools.SAID_AS[other_contact])
            return self.say(text, "answer", safe=True, slot=other_contact)
        text = self.rng.choice(pools.ANSWERS[slot])
        if self.persona == "hurried_buyer" and slot in DISCOVERY and self.chance(0.3):
            other = [s for s in DISCOVERY if s != slot and state.slots.get(s) is None]
            if other:
                text += ", " + self.rng.choice(pools.ANSWERS[self.rng.choice(other)])
        return self.say(text, "answer", safe=slot in ("email", "person_name", "company"), slot=slot)

    def digress(self, state: State, slot: str | None) -> Move:
        """A detour while a question is pending; willing visitors only ask why or ask about the product."""
        options = ["why", "product"]
        if self.persona == "skipper":
            options = ["skip", "skip", "skip", "why"]
        elif self.persona == "question_asker":
            options = ["product", "product", "why"]
        elif self.persona == "chaotic":
            options = ["why", "skip", "product", "human", "gibberish", "correction", "goodbye", "call"]
        choice = self.rng.choice(options)
        known = [s for s in pools.CORRECTIONS if state.slots.get(s) is not None]
        if choice == "correction" and known:
            # a change of an earlier answer is theirs to ask: it is taken and said so, and the question put again free
            return self.say(self.rng.choice(pools.CORRECTIONS[self.rng.choice(known)]), "digression", asked_us=True)
        if choice == "goodbye":
            self.said_bye = True
            return self.say(self.rng.choice(pools.GOODBYES), "goodbye")
        pool = {
            "why": pools.WHY,
            "skip": pools.SKIPS,
            "product": pools.PRODUCT_QUESTIONS,
            "human": pools.HUMAN,
            "gibberish": pools.GIBBERISH,
            "correction": pools.GIBBERISH,
            "call": pools.CALL_REQUESTS,
        }[choice]
        if choice == "gibberish":
            said = self.rng.choice(pool)
            # "???" says the question was not understood: the assistant explains it, and asks it again for free
            return Move(said, "digression", asked_us=bool(re.fullmatch(r"\W*\?[?!.\s]*", said)))
        return self.say(
            self.rng.choice(pool),
            "digression",
            asked_us=choice in ("why", "product", "call"),
            wants_person=choice == "human",
        )

    def free(self, state: State) -> Move | None:
        """Nothing is pending: ask, push forward, come back to an offer once declined, or leave."""
        self.idle += 1
        if self.declined and not self.accepted and self.questions_asked >= 1 and self.chance(0.7):
            self.accepted = True
            return self.say(self.rng.choice(pools.LATER_YES), "later_yes", later_yes=True)
        if self.persona in WILLING:
            if self.persona == "hurried_buyer" and self.chance(0.5):
                return self.say(self.rng.choice(pools.BUYING_SIGNALS), "buying")
            return self.say(self.rng.choice(pools.ADVANCE), "free")
        if self.persona == "chaotic":
            pool = self.rng.choice(
                [
                    pools.GIBBERISH,
                    pools.PRODUCT_QUESTIONS,
                    pools.OPENINGS["out_of_scope"],
                    pools.OPENINGS["chitchat"],
                    pools.HUMAN,
                    pools.BUYING_SIGNALS,
                    pools.ADVANCE,
                    pools.GOODBYES,
                ]
            )
            kind = "buying" if pool is pools.BUYING_SIGNALS else "goodbye" if pool is pools.GOODBYES else "free"
            self.said_bye = kind == "goodbye"
            return self.say(self.rng.choice(pool), kind, wants_person=pool is pools.HUMAN)
        if self.idle > 5 or (state.discovery_complete and self.idle > 2):
            return self.leave()
        if self.questions_asked < 3 and (self.persona != "skipper" or self.chance(0.3)):
            self.questions_asked += 1
            return self.say(self.rng.choice(pools.PRODUCT_QUESTIONS), "free")
        return self.say(self.rng.choice(pools.ADVANCE), "free")
