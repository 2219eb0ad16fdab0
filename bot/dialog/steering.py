"""Steering back to discovery after the visitor's own questions, the way a good SDR would: one
short offer after an answer, never nagging after a "no".

Nothing here knows about Rasa: actions pass in what the tracker says and get back the words.
"""

from __future__ import annotations

from dataclasses import dataclass

from bot.dialog.answers import UNKNOWN

# Answers that show a visitor is buying, not browsing: after one of these an offer is made even
# if they declined earlier.
BUYING_SIGNAL_ANSWERS = frozenset({"faq/contract", "faq/security", "faq/data_handling", "faq/discounts"})
QUESTIONS_BEFORE_OFFERING_AGAIN = 2

BRIDGES = (
    "Want me to help you pick the right plan? It takes a few quick questions.",
    "If you like, I can suggest the plan that fits best after a few quick questions.",
    "Shall I ask a few quick questions to point you to the right plan?",
)
ACKNOWLEDGEMENTS = ("Glad that helps!", "Great!", "Good to hear.")
STILL_OPEN = (
    'Whenever you\'re ready, tap "Sure, go ahead" above, or ask me anything else.',
    'Ask me anything else, or say "go ahead" for a plan recommendation.',
)
AFTER_DECLINE = ("Anything else I can help with?", "What else would you like to know?", "Ask me anything else anytime.")
OFFER_BUTTONS = ({"title": "Sure, go ahead", "payload": "/affirm"}, {"title": "Not now", "payload": "/deny"})


@dataclass(frozen=True)
class Steering:
    """What the conversation says about offering discovery."""

    discovery_done: bool
    questions_answered: int  # the visitor's own questions answered so far, this one included
    declined_at: int | None  # questions_answered when they last said "not now"
    buying_signal: bool = False  # this question shows buying intent

    def should_offer(self) -> bool:
        if self.discovery_done:
            return False
        if self.declined_at is None or self.buying_signal:
            return True
        return self.questions_answered - self.declined_at >= QUESTIONS_BEFORE_OFFERING_AGAIN


def pick(options: tuple[str, ...], turn: int, last: str | None = None) -> str:
    """Vary the wording by turn, and never the sentence said just before."""
    choice = options[turn % len(options)]
    if choice == last and len(options) > 1:
        choice = options[(turn + 1) % len(options)]
    return choice


def greeting(plan: str | None, name: str | None, *, after_answer: bool = False) -> str:
    """The hello; `after_answer` when the visitor's opening question was just answered."""
    hello = f"Hi {first_name(name)}, welcome back!" if name and name != UNKNOWN else "Hi there!"
    if plan:
        return f"{hello} Looking at the {plan.capitalize()} plan?"
    if after_answer:
        return f"{hello} I'm the assistant for our sales team; ask me anything about plans, pricing or security."
    return f"{hello} I can answer questions about our plans and help you find the right one."


def first_name(name: str | None) -> str:
    return (name or "").split()[0] if name and name != UNKNOWN and name.split() else ""
