"""Marketer figures: the funnel by day, page and plan, drop-off per question, and the messages
the assistant did not understand. Counts are anonymous (funnel_events)."""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field
from datetime import datetime, timedelta

from sqlalchemy import or_, select
from sqlalchemy.orm import Session

from bot.clock import aware
from bot.dialog.answers import UNKNOWN
from bot.storage.models import Answer, Conversation, FunnelEvent, Message

FUNNEL = (
    ("visitor", "Visitors"),
    ("engaged", "Engaged"),
    ("discovery_completed", "Discovery completed"),
    ("contact_left", "Contact left"),
    ("prospect", "Prospects"),
    ("booked", "Booked"),
)
STAGES = tuple(key for key, _ in FUNNEL)
QUESTIONS = (
    "industry",
    "company_size",
    "budget",
    "authority",
    "timeline",
    "consent",
    "person_name",
    "email",
    "company",
)
LOW_CONFIDENCE = 0.6


@dataclass(frozen=True)
class QuestionFigures:
    slot: str
    asked: int
    answered: int  # of those asked: answered <= asked
    volunteered: int  # given before the question came, so never asked


@dataclass
class Funnel:
    """Counted per conversation: each conversation counts once in every stage up to the
    deepest it reached, so every stage is a subset of the one before (booked <= prospects),
    in the totals and in every day, page and plan."""

    totals: dict[str, int]
    by_day: dict[str, dict[str, int]]
    by_page: dict[str, dict[str, int]]
    by_plan: dict[str, dict[str, int]]
    questions: list[QuestionFigures] = field(default_factory=list)


@dataclass
class _Conversation:
    first: datetime
    kinds: set[str] = field(default_factory=set)
    page: str | None = None
    plan: str | None = None

    def depth(self) -> int:
        return max((i for i, stage in enumerate(STAGES) if stage in self.kinds), default=-1)


def funnel(session: Session, since: datetime | None = None, until: datetime | None = None) -> Funnel:
    """Conversations that began in [since, until)."""
    conversations: dict[str, _Conversation] = {}
    for key, kind, at, page, plan in session.execute(
        select(FunnelEvent.conversation_key, FunnelEvent.kind, FunnelEvent.at, FunnelEvent.page, FunnelEvent.plan)
    ):
        at = aware(at)
        conversation = conversations.setdefault(key, _Conversation(first=at))
        conversation.first = min(conversation.first, at)
        conversation.kinds.add(kind)
        if kind in ("consent_given", "consent_declined"):
            conversation.kinds.add("answered:consent")  # yes or no, the consent question was answered
        conversation.page = conversation.page or page
        conversation.plan = conversation.plan or plan
    chosen = [
        c
        for c in conversations.values()
        if (since is None or c.first >= aware(since)) and (until is None or c.first < aware(until))
    ]
    totals: dict[str, int] = {stage: 0 for stage in STAGES}
    by_day: dict[str, dict[str, int]] = defaultdict(lambda: defaultdict(int))
    by_page: dict[str, dict[str, int]] = defaultdict(lambda: defaultdict(int))
    by_plan: dict[str, dict[str, int]] = defaultdict(lambda: defaultdict(int))
    for conversation in chosen:
        for stage in STAGES[: conversation.depth() + 1]:
            totals[stage] += 1
            by_day[conversation.first.strftime("%Y-%m-%d")][stage] += 1
            by_page[conversation.page or "(unknown)"][stage] += 1
            by_plan[conversation.plan or "(none)"][stage] += 1
    return Funnel(
        totals,
        {k: dict(v) for k, v in sorted(by_day.items(), reverse=True)},
        {k: dict(v) for k, v in by_page.items()},
        {k: dict(v) for k, v in by_plan.items()},
        _questions(chosen),
    )


def _questions(conversations: list[_Conversation]) -> list[QuestionFigures]:
    figures = []
    for slot in QUESTIONS:
        asked = [c for c in conversations if f"asked:{slot}" in c.kinds]
        answered = sum(1 for c in asked if f"answered:{slot}" in c.kinds)
        # rows recorded before volunteered answers had their own kind read "answered" without "asked"
        volunteered = sum(
            1
            for c in conversations
            if f"asked:{slot}" not in c.kinds and (f"volunteered:{slot}" in c.kinds or f"answered:{slot}" in c.kinds)
        )
        if asked or volunteered:
            figures.append(QuestionFigures(slot, len(asked), answered, volunteered))
    return figures


def not_understood(session: Session, limit: int = 200) -> list[Message]:
    """Visitor messages that fell back or were classified with low confidence, newest first."""
    return list(
        session.execute(
            select(Message)
            .where(
                Message.sender == "visitor",
                ~Message.text.startswith("/"),
                or_(Message.intent == "nlu_fallback", Message.confidence < LOW_CONFIDENCE),
            )
            .order_by(Message.at.desc())
            .limit(limit)
        ).scalars()
    )


def training_snippet(messages: list[Message]) -> str:
    """A data/nlu/ snippet to paste and label: one example per distinct message."""
    seen: list[str] = []
    for message in messages:
        text = " ".join(str(message.text).split())
        if text and text not in seen:
            seen.append(text)
    lines = [
        'version: "3.1"',
        "# Review each example, move it under the right intent, then `make validate` and `make train`.",
        "nlu:",
        "- intent: inform  # TODO: set the right intent",
        "  examples: |",
    ]
    lines += [f"    - {text}" for text in seen]
    return "\n".join(lines) + "\n"


@dataclass
class WentWrong:
    """A conversation where the assistant stumbled, with what happened and the words around it."""

    sender_id: str
    lead_id: int | None
    at: datetime
    problems: list[str] = field(default_factory=list)
    context: list[tuple[str, str]] = field(default_factory=list)  # (visitor|assistant, text) around the first stumble


LEFT_AFTER = timedelta(minutes=30)  # quiet this long after the assistant spoke, without finishing: they left
_CONTEXT = 2  # messages before and after the first stumble


def went_wrong(session: Session, now: datetime, limit: int = 50) -> list[WentWrong]:
    """Recent conversations where the assistant fell back, was asked something out of scope,
    asked the same question again, kept an answer as unknown, or where the visitor left right
    after it spoke without finishing discovery; newest first."""
    found: list[WentWrong] = []
    conversations = list(
        session.execute(
            select(Conversation)
            .where(Conversation.last_message_at.is_not(None))
            .order_by(Conversation.last_message_at.desc())
            .limit(limit * 4)
        ).scalars()
    )
    ids = [conversation.id for conversation in conversations]
    said: dict[int, list[Message]] = defaultdict(list)  # two queries for the page, not two per conversation
    for message in session.execute(
        select(Message).where(Message.conversation_id.in_(ids)).order_by(Message.at, Message.id)
    ).scalars():
        said[int(message.conversation_id)].append(message)
    answers: dict[int, dict[str, object]] = defaultdict(
        dict
    )  # each question's last answer (JSON values compare in Python)
    for conversation_id, slot_name, value in session.execute(
        select(Answer.conversation_id, Answer.slot, Answer.value)
        .where(Answer.conversation_id.in_(ids))
        .order_by(Answer.at, Answer.id)
    ):
        answers[int(conversation_id)][str(slot_name)] = value
    for conversation in conversations:
        messages = said[int(conversation.id)]
        if not messages:
            continue
        problems: dict[str, int] = {}  # problem -> index of the message it happened at
        asked: set[str] = set()
        for index, message in enumerate(messages):
            if message.sender == "visitor" and message.intent == "nlu_fallback":
                problems.setdefault("the assistant did not understand", index)
            if message.sender == "visitor" and message.intent == "out_of_scope":
                problems.setdefault("asked something we do not cover", index)
            if message.sender == "assistant" and not message.author and str(message.text).rstrip().endswith("?"):
                if message.text in asked:
                    problems.setdefault("asked the same question again", index)
                asked.add(str(message.text))
        for slot_name in (name for name, value in answers[int(conversation.id)].items() if value == UNKNOWN):
            problems.setdefault(f"kept {slot_name.replace('_', ' ')} as unknown", len(messages) - 1)
        last = messages[-1]
        if (
            last.sender == "assistant"
            and conversation.discovery_completed_at is None
            and aware(now) - aware(last.at) >= LEFT_AFTER
        ):
            problems.setdefault("the visitor left right after the assistant spoke", len(messages) - 1)
        if problems:
            first = min(problems.values())
            context = [(str(m.sender), str(m.text)) for m in messages[max(0, first - _CONTEXT) : first + _CONTEXT + 1]]
            found.append(
                WentWrong(
                    str(conversation.sender_id),
                    conversation.lead_id,
                    aware(last.at),
                    sorted(problems, key=problems.__getitem__),
                    context,
                )
            )
        if len(found) >= limit:
            break
    return found
