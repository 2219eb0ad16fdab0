"""How often each question has been put to the visitor, and what to ask instead of a third time.

Every path that repeats a question (a re-ask after a bad answer, after an FAQ answer, after a
fallback, a handoff message or a correction) goes through the form's ask step, so counting
there counts them all. Nothing here knows about Rasa.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

MAX_ASKS = 2  # a question is put at most twice; the third time the visitor's words are kept and we move on


def times_asked(counts: Any, slot: str) -> int:
    if not isinstance(counts, Mapping):
        return 0
    value = counts.get(slot, 0)
    return int(value) if isinstance(value, (int, float)) and not isinstance(value, bool) else 0


def counted(counts: Any, slot: str) -> dict[str, int]:
    """The counts with one more ask of `slot`."""
    base = {k: int(v) for k, v in counts.items() if isinstance(v, (int, float))} if isinstance(counts, Mapping) else {}
    return {**base, slot: base.get(slot, 0) + 1}


# What the visitor asked us, not an answer that failed: the question put again after our answer is not
# counted (twice at most per question, so a visitor who only asks questions is not asked forever)
FREE_REASKS = 2


def _free_key(slot: str) -> str:
    return f"{slot}?"


def counted_ask(counts: Any, slot: str, after_their_question: bool) -> dict[str, int]:
    """The counts after asking `slot`: a re-ask right after answering the visitor's own question is kept
    apart (up to FREE_REASKS of them), so asking along the way never uses up a question's two asks."""
    if after_their_question and times_asked(counts, slot) >= 1 and times_asked(counts, _free_key(slot)) < FREE_REASKS:
        return counted(counts, _free_key(slot))
    return counted(counts, slot)


def exhausted(counts: Any, slot: str) -> bool:
    """Asked twice already: a third ask is not allowed."""
    return times_asked(counts, slot) >= MAX_ASKS


def questions_left(values: Mapping[str, Any], counts: Any, slots: Sequence[str]) -> list[str]:
    """The questions that can still be put: unanswered and not asked twice. A visitor whose
    answers were erased (consent declined) after two asks is never offered "a few questions" again."""
    return [slot for slot in slots if values.get(slot) is None and not exhausted(counts, slot)]


@dataclass
class AskPlan:
    """What the ask step does: the questions given up on, and the one to ask (None: form done)."""

    given_up: list[str] = field(default_factory=list)
    ask: str | None = None


def plan_ask(
    slot: str, order: Sequence[str], values: Mapping[str, Any], counts: Any, *, after_their_question: bool = False
) -> AskPlan:
    """Ask `slot` unless it was asked twice; then give it up and ask the next open question
    (also within its own limit), in the form's order. Right after answering the visitor's own question,
    the pending one is put again while it has free re-asks left ("why do you need that?" to the second
    ask of the email had got the email given up on, unasked)."""
    plan = AskPlan()
    if after_their_question and times_asked(counts, slot) and times_asked(counts, _free_key(slot)) < FREE_REASKS:
        plan.ask = slot
        return plan
    candidates = [slot] + [s for s in order if s != slot and values.get(s) is None]
    for candidate in candidates:
        if exhausted(counts, candidate):
            plan.given_up.append(candidate)
            continue
        plan.ask = candidate
        break
    return plan


def details_first(values: Mapping[str, Any], counts: Any, contact_slots: Sequence[str]) -> bool:
    """Someone who asks for a person wants to be reached, not questioned: their details come before the
    discovery questions, which follow as optional. Only when consent was never asked (a declined consent
    has its own path) and a contact detail is missing."""
    return (
        values.get("consent") is None
        and not times_asked(counts, "consent")
        and any(values.get(slot) is None for slot in contact_slots)
    )
