"""Marketer figures: the funnel by day, page and plan, drop-off per question, and the messages
the assistant did not understand. Counts are anonymous (funnel_events)."""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field
from datetime import datetime

from sqlalchemy import or_, select
from sqlalchemy.orm import Session

from bot.storage.models import Booking, Conversation, FunnelEvent, Lead, Message

FUNNEL = (("visitor", "Visitors"), ("engaged", "Engaged"), ("discovery_completed", "Discovery completed"),
          ("contact_left", "Contact left"), ("prospect", "Prospects"), ("booked", "Booked"))
QUESTIONS = ("industry", "company_size", "budget", "authority", "timeline", "consent", "person_name", "email", "company")
LOW_CONFIDENCE = 0.6


@dataclass
class Funnel:
    totals: dict[str, int]
    by_day: dict[str, dict[str, int]]
    by_page: dict[str, dict[str, int]]
    by_plan: dict[str, dict[str, int]]
    drop_off: list[tuple[str, int, int]] = field(default_factory=list)  # question, asked, answered


def funnel(session: Session, since: datetime | None = None) -> Funnel:
    events = select(FunnelEvent.kind, FunnelEvent.at, FunnelEvent.page, FunnelEvent.plan)
    if since:
        events = events.where(FunnelEvent.at >= since)
    rows = [(kind, at, page, plan) for kind, at, page, plan in session.execute(events)]
    prospects = session.execute(select(Lead.created_at, Lead.plan).where(Lead.stage == "prospect")).all()
    booked = session.execute(select(Booking.confirmed_at, Conversation.page, Conversation.plan)
                             .join(Conversation, Conversation.sender_id == Booking.sender_id, isouter=True)
                             .where(Booking.status == "confirmed")).all()
    rows += [("prospect", at, None, plan) for at, plan in prospects]
    rows += [("booked", at, page, plan) for at, page, plan in booked if at is not None]
    totals: dict[str, int] = defaultdict(int)
    by_day: dict[str, dict[str, int]] = defaultdict(lambda: defaultdict(int))
    by_page: dict[str, dict[str, int]] = defaultdict(lambda: defaultdict(int))
    by_plan: dict[str, dict[str, int]] = defaultdict(lambda: defaultdict(int))
    asked: dict[str, int] = defaultdict(int)
    answered: dict[str, int] = defaultdict(int)
    for kind, at, page, plan in rows:
        if kind.startswith("asked:"):
            asked[kind[6:]] += 1
            continue
        if kind.startswith("answered:"):
            answered[kind[9:]] += 1
            continue
        totals[kind] += 1
        by_day[at.strftime("%Y-%m-%d")][kind] += 1
        by_page[page or "(unknown)"][kind] += 1
        by_plan[plan or "(none)"][kind] += 1
    drop = [(q, asked[q], answered[q]) for q in QUESTIONS if asked[q]]
    return Funnel(dict(totals), {k: dict(v) for k, v in sorted(by_day.items(), reverse=True)},
                  {k: dict(v) for k, v in by_page.items()}, {k: dict(v) for k, v in by_plan.items()}, drop)


def not_understood(session: Session, limit: int = 200) -> list[Message]:
    """Visitor messages that fell back or were classified with low confidence, newest first."""
    return list(session.execute(
        select(Message).where(Message.sender == "visitor", ~Message.text.startswith("/"),
                              or_(Message.intent == "nlu_fallback", Message.confidence < LOW_CONFIDENCE))
        .order_by(Message.at.desc()).limit(limit)).scalars())


def training_snippet(messages: list[Message]) -> str:
    """A data/nlu/ snippet to paste and label: one example per distinct message."""
    seen: list[str] = []
    for message in messages:
        text = " ".join(str(message.text).split())
        if text and text not in seen:
            seen.append(text)
    lines = ['version: "3.1"', "# Review each example, move it under the right intent, then `make validate` and `make train`.",
             "nlu:", "- intent: inform  # TODO: set the right intent", "  examples: |"]
    lines += [f"    - {text}" for text in seen]
    return "\n".join(lines) + "\n"

