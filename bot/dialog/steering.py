"""Steering back to discovery after the visitor's own questions, the way a good SDR would: one
short offer after an answer, never nagging after a "no".

Nothing here knows about Rasa: actions pass in what the tracker says and get back the words,
which come from wording.yml (bot/wording.py) so marketers can change them.
"""

from __future__ import annotations

from dataclasses import dataclass

from bot.dialog.answers import UNKNOWN
from bot.wording import say

# Answers that show a visitor is buying, not browsing: after one of these an offer is made even
# if they declined earlier.
BUYING_SIGNAL_ANSWERS = frozenset({"faq/contract", "faq/security", "faq/data_handling", "faq/discounts"})
QUESTIONS_BEFORE_OFFERING_AGAIN = 2


def offer_buttons() -> list[dict[str, str]]:
    return [
        {"title": say("steering.accept_button"), "payload": "/affirm"},
        {"title": say("steering.decline_button"), "payload": "/deny"},
    ]


@dataclass(frozen=True)
class Steering:
    """What the conversation says about offering discovery."""

    discovery_done: bool
    questions_answered: int  # the visitor's own questions answered so far, this one included
    declined_at: int | None  # questions_answered when they last said "not now"
    buying_signal: bool = False  # this question shows buying intent
    since_offer: int | None = None  # the visitor's messages since the last offer, before this one (None: none made)

    def offer_standing(self) -> bool:
        """An earlier offer the visitor let pass, neither taken nor declined: a later "ok, ask away" takes it up."""
        return not self.discovery_done and self.declined_at is None and self.since_offer is not None

    def should_offer(self) -> bool:
        if self.discovery_done:
            return False
        if self.buying_signal:
            return True
        if self.since_offer is not None and self.since_offer < QUESTIONS_BEFORE_OFFERING_AGAIN:
            return False  # an offer let pass is not put after every answer ("four times in a row", a stranger said)
        if self.declined_at is None:
            return True
        return self.questions_answered - self.declined_at >= QUESTIONS_BEFORE_OFFERING_AGAIN


def pick(options: tuple[str, ...], turn: int, last: str | None = None) -> str:
    """Vary the wording by turn, and never the sentence said just before."""
    choice = options[turn % len(options)]
    if choice == last and len(options) > 1:
        choice = options[(turn + 1) % len(options)]
    return choice


def greeting(plan: str | None, name: str | None, *, after_answer: bool = False) -> str:
    """The hello; `after_answer` when the visitor opened with a question, answered right after it."""
    hello = (
        say("greeting.hello_again", first_name=first_name(name)) if name and name != UNKNOWN else say("greeting.hello")
    )
    if plan:
        return say("greeting.about_plan", hello=hello, plan=plan.capitalize())
    if after_answer:
        return say("greeting.first_answer_given", hello=hello)
    return say("greeting.default", hello=hello)


def first_name(name: str | None) -> str:
    return (name or "").split()[0] if name and name != UNKNOWN and name.split() else ""
