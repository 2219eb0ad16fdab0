"""SQLAlchemy models. Migrations in bot/storage/migrations are the source of the schema."""

from __future__ import annotations

from datetime import datetime
from typing import Any, Optional

from sqlalchemy import (
    JSON,
    Boolean,
    Column,
    DateTime,
    Float,
    ForeignKey,
    Index,
    Integer,
    MetaData,
    String,
    Text,
    UniqueConstraint,
    false,
    text,
)
from sqlalchemy.orm import Mapped, declarative_base, relationship

from bot.clock import utcnow
from bot.qualification.lifecycle import LEAD

NAMING_CONVENTION = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}
metadata = MetaData(naming_convention=NAMING_CONVENTION)
Base: Any = declarative_base(metadata=metadata)


class Lead(Base):
    """A person we have contact details for. One lead owns each normalized email; a chat that
    typed an owned email without proving it gets a lead of its own that only claims it."""

    __tablename__ = "leads"
    __table_args__ = (
        Index(
            "uq_leads_email_key_owner",
            "email_key",
            unique=True,
            sqlite_where=text("claims_lead_id IS NULL"),
            postgresql_where=text("claims_lead_id IS NULL"),
        ),
    )
    id: Mapped[int] = Column(Integer, primary_key=True)
    email_key = Column(String(320), nullable=False, index=True)
    email = Column(String(320), nullable=False)
    # the lead whose email this one typed, unproven; no foreign key: the claim outlives its erasure
    claims_lead_id = Column(Integer, nullable=True)
    email_verified = Column(Boolean, nullable=False, default=False, server_default=false())
    person_name = Column(String(200))
    company = Column(String(200))
    company_domain = Column(String(255), index=True)
    industry = Column(String(40))
    company_size = Column(Integer)
    budget_usd = Column(Float)
    authority = Column(String(20))
    timeline_days = Column(Integer)
    plan = Column(String(40))
    stage = Column(String(20), nullable=False, default=LEAD)
    stage_reason = Column(Text)
    disqualification = Column(String(40))
    score = Column(Integer)
    score_reasons: Mapped[list[str]] = Column(JSON, nullable=False, default=list)
    owner_id = Column(Integer, ForeignKey("sdrs.id"), nullable=True)
    status = Column(String(20), nullable=False, default="new")
    conversations_count = Column(Integer, nullable=False, default=0)
    created_at = Column(DateTime(timezone=True), nullable=False, default=utcnow)
    updated_at = Column(DateTime(timezone=True), nullable=False, default=utcnow, onupdate=utcnow)

    conversations: Mapped[list[Conversation]] = relationship(
        "Conversation", back_populates="lead", order_by="Conversation.started_at"
    )
    owner: Mapped[Optional[Sdr]] = relationship("Sdr")  # noqa: UP045
    # newest first; read-only (bookings change through bot/handoff/booking.py)
    confirmed_bookings: Mapped[list[Booking]] = relationship(
        "Booking",
        primaryjoin="and_(Booking.lead_id == Lead.id, Booking.status == 'confirmed')",
        order_by="Booking.start_at.desc()",
        viewonly=True,
    )

    @property
    def confirmed_booking(self) -> Booking | None:
        return self.confirmed_bookings[0] if self.confirmed_bookings else None


class Conversation(Base):
    """One visitor's chat (a Rasa sender id); joined to a lead once they leave details."""

    __tablename__ = "conversations"
    id: Mapped[int] = Column(Integer, primary_key=True)
    sender_id = Column(String(255), nullable=False, unique=True)
    lead_id = Column(Integer, ForeignKey("leads.id"), nullable=True, index=True)
    consent = Column(Boolean, nullable=True)
    page = Column(String(500))
    plan = Column(String(40))
    timezone = Column(String(64))
    human_requested_at = Column(DateTime(timezone=True))
    shared_at = Column(DateTime(timezone=True))  # an SDR joined live: the transcript is theirs to read
    live_sdr = Column(String(200))  # who of the sales team is talking in the chat now (the assistant is paused)
    live_at = Column(DateTime(timezone=True))  # when they last wrote
    discovery_completed_at = Column(DateTime(timezone=True))
    started_at = Column(DateTime(timezone=True), nullable=False, default=utcnow)
    last_message_at = Column(DateTime(timezone=True))

    lead: Mapped[Optional[Lead]] = relationship("Lead", back_populates="conversations")  # noqa: UP045
    messages: Mapped[list[Message]] = relationship("Message", back_populates="conversation", order_by="Message.at")


class Message(Base):
    """Every message both ways. `event_key` makes recording a replayed tracker a no-op."""

    __tablename__ = "messages"
    __table_args__ = (UniqueConstraint("conversation_id", "event_key", name="uq_messages_conversation_event"),)
    id: Mapped[int] = Column(Integer, primary_key=True)
    conversation_id = Column(Integer, ForeignKey("conversations.id", ondelete="CASCADE"), nullable=False, index=True)
    event_key = Column(String(64), nullable=False)
    sender = Column(String(10), nullable=False)  # visitor | assistant
    author = Column(String(200))  # the SDR who wrote an assistant-side message in a live handoff
    text = Column(Text, nullable=False)
    intent = Column(String(100))
    confidence = Column(Float)
    at = Column(DateTime(timezone=True), nullable=False)

    conversation: Mapped[Conversation] = relationship("Conversation", back_populates="messages")


class Answer(Base):
    """A discovery or contact answer: the visitor's words and the normalized value."""

    __tablename__ = "answers"
    id: Mapped[int] = Column(Integer, primary_key=True)
    conversation_id = Column(Integer, ForeignKey("conversations.id", ondelete="CASCADE"), nullable=False, index=True)
    slot = Column(String(40), nullable=False)
    raw_text = Column(Text)
    value = Column(JSON)
    at = Column(DateTime(timezone=True), nullable=False, default=utcnow)


class QualificationResult(Base):
    __tablename__ = "qualification_results"
    id: Mapped[int] = Column(Integer, primary_key=True)
    lead_id = Column(Integer, ForeignKey("leads.id", ondelete="CASCADE"), nullable=False, index=True)
    score = Column(Integer, nullable=False)
    criteria = Column(JSON, nullable=False)
    reasons = Column(JSON, nullable=False)
    disqualification = Column(String(40))
    policy_version = Column(String(80), nullable=False)
    at = Column(DateTime(timezone=True), nullable=False, default=utcnow)


class StageChange(Base):
    __tablename__ = "stage_changes"
    id: Mapped[int] = Column(Integer, primary_key=True)
    lead_id = Column(Integer, ForeignKey("leads.id", ondelete="CASCADE"), nullable=False, index=True)
    from_stage = Column(String(20))
    to_stage = Column(String(20), nullable=False)
    reason = Column(Text, nullable=False)
    at = Column(DateTime(timezone=True), nullable=False, default=utcnow)


class FunnelEvent(Base):
    """Anonymous funnel counts: kept even for visitors who decline consent."""

    __tablename__ = "funnel_events"
    __table_args__ = (UniqueConstraint("conversation_key", "kind", name="uq_funnel_events_conversation_kind"),)
    id: Mapped[int] = Column(Integer, primary_key=True)
    conversation_key = Column(String(64), nullable=False)
    kind = Column(String(40), nullable=False)
    page = Column(String(500))
    plan = Column(String(40))
    at = Column(DateTime(timezone=True), nullable=False, default=utcnow)


class Sdr(Base):
    """A sales rep from the roster (sales/roster.yml)."""

    __tablename__ = "sdrs"
    id: Mapped[int] = Column(Integer, primary_key=True)
    last_assigned_at = Column(DateTime(timezone=True))
    email = Column(String(320), nullable=False, unique=True)
    name = Column(String(200), nullable=False)
    timezone = Column(String(64), nullable=False)
    online = Column(Boolean, nullable=False, default=False)
    weight = Column(Integer, nullable=False, default=1)
    assigned_count = Column(Integer, nullable=False, default=0)
    active = Column(Boolean, nullable=False, default=True)


class RoutingDecision(Base):
    """Why a prospect went to an SDR (or to the fallback queue)."""

    __tablename__ = "routing_decisions"
    id: Mapped[int] = Column(Integer, primary_key=True)
    lead_id = Column(Integer, ForeignKey("leads.id", ondelete="CASCADE"), nullable=False, index=True)
    sdr_id = Column(Integer, ForeignKey("sdrs.id"), nullable=True)
    rule = Column(String(40), nullable=False)  # account_owner | rules | round_robin | fallback_queue
    reason = Column(Text, nullable=False)
    at = Column(DateTime(timezone=True), nullable=False, default=utcnow)


class RoutingState(Base):
    """One row; updating it serializes routing decisions so round robin stays fair under load."""

    __tablename__ = "routing_state"
    id: Mapped[int] = Column(Integer, primary_key=True)
    version = Column(Integer, nullable=False, default=0)


class Booking(Base):
    """A held or confirmed meeting. `slot_key` is unique while the slot is taken, NULL after."""

    __tablename__ = "bookings"
    id: Mapped[int] = Column(Integer, primary_key=True)
    lead_id = Column(Integer, ForeignKey("leads.id", ondelete="CASCADE"), nullable=True, index=True)
    sdr_id: Mapped[int] = Column(Integer, ForeignKey("sdrs.id"), nullable=False, index=True)
    sender_id = Column(String(255), nullable=False, index=True)
    start_at: Mapped[datetime] = Column(DateTime(timezone=True), nullable=False)
    end_at: Mapped[datetime] = Column(DateTime(timezone=True), nullable=False)
    status = Column(String(20), nullable=False)  # held | confirmed | cancelled | released
    slot_key = Column(String(80), unique=True, nullable=True)
    hold_expires_at = Column(DateTime(timezone=True))
    visitor_timezone = Column(String(64))
    created_at = Column(DateTime(timezone=True), nullable=False, default=utcnow)
    confirmed_at = Column(DateTime(timezone=True))
    cancelled_at = Column(DateTime(timezone=True))
    guests: Mapped[list[str] | None] = Column(JSON)  # colleagues the visitor added to the invite (email addresses)
    moves = Column(
        Integer, nullable=False, default=0, server_default="0"
    )  # times moved to another time (reschedule page)

    sdr: Mapped[Sdr] = relationship("Sdr")


class OutboxItem(Base):
    """Email, CRM webhook or alert waiting to go out; retried with backoff until delivered."""

    __tablename__ = "outbox"
    id: Mapped[int] = Column(Integer, primary_key=True)
    kind = Column(String(20), nullable=False)  # email | webhook | alert
    idempotency_key = Column(String(120), nullable=False, unique=True)
    payload: Mapped[dict[str, Any]] = Column(JSON, nullable=False)
    attempts = Column(Integer, nullable=False, default=0)
    next_attempt_at = Column(DateTime(timezone=True), nullable=False, default=utcnow)
    delivered_at = Column(DateTime(timezone=True))
    last_error = Column(Text)
    created_at = Column(DateTime(timezone=True), nullable=False, default=utcnow)


class LeadNote(Base):
    """An SDR's note on a lead, shown on its inbox page."""

    __tablename__ = "lead_notes"
    id: Mapped[int] = Column(Integer, primary_key=True)
    lead_id = Column(Integer, ForeignKey("leads.id", ondelete="CASCADE"), nullable=False, index=True)
    author = Column(String(120), nullable=False)
    text = Column(Text, nullable=False)
    at = Column(DateTime(timezone=True), nullable=False, default=utcnow)


class Erasure(Base):
    """Audit of one erasure: why, by whom and how much, never whose."""

    __tablename__ = "erasures"
    id: Mapped[int] = Column(Integer, primary_key=True)
    reason = Column(String(20), nullable=False)  # request | declined | retention
    requested_by = Column(String(120), nullable=False)  # api | inbox:<user> | visitor | retention
    counts: Mapped[dict[str, int]] = Column(JSON, nullable=False)
    at = Column(DateTime(timezone=True), nullable=False, default=utcnow)


class InboxSession(Base):
    """A signed-in inbox user; deleting the row signs that browser out wherever the cookie is."""

    __tablename__ = "inbox_sessions"
    id: Mapped[int] = Column(Integer, primary_key=True)
    token_hash = Column(String(64), nullable=False, unique=True)
    username = Column(String(120), nullable=False, index=True)
    created_at = Column(DateTime(timezone=True), nullable=False)
    expires_at: Mapped[datetime] = Column(DateTime(timezone=True), nullable=False)


class TrainingLabel(Base):
    """A marketer's reading of a message: the intent it meant and the words that said each entity.
    One per wording (`text_key`): labelling the same words again replaces the label. A label made
    from a visitor's message goes when that visitor asks to be erased; retention keeps it, unlinked."""

    __tablename__ = "training_labels"
    id: Mapped[int] = Column(Integer, primary_key=True)
    text_key = Column(String(64), nullable=False, unique=True)  # sha256 of the words as a model sees them
    text = Column(Text, nullable=False)
    intent = Column(String(100), nullable=False)
    entities: Mapped[list[dict[str, Any]]] = Column(JSON, nullable=False, default=list)  # [{entity, span, value}]
    message_id = Column(Integer, ForeignKey("messages.id", ondelete="SET NULL"), index=True)
    labelled_by = Column(String(120), nullable=False)
    labelled_at = Column(DateTime(timezone=True), nullable=False)


class ModelVersion(Base):
    """A model the studio trained from a snapshot of the marketers' files: its progress while it
    trains, its scores beside the live model's, and who published it when. Every version is kept
    (files and model under DATA_DIR/studio/versions/<id>), so any one can be restored."""

    __tablename__ = "model_versions"
    id: Mapped[int] = Column(Integer, primary_key=True)
    state = Column(String(20), nullable=False, index=True)  # training | ready | failed
    stage = Column(String(200), nullable=False, default="")  # what it is doing now, for the page
    started_by = Column(String(120), nullable=False)
    started_at: Mapped[datetime] = Column(DateTime(timezone=True), nullable=False)
    finished_at = Column(DateTime(timezone=True))
    pid = Column(Integer)  # the training process, to tell one that died from one still running
    fingerprint = Column(String(40))  # of its training files (bot/studio/snapshot.py)
    wording_only = Column(Boolean, nullable=False, default=False)  # only responses changed since the live model
    model_file = Column(Text)
    scores: Mapped[dict[str, Any]] = Column(JSON, nullable=False, default=dict)
    live_scores: Mapped[dict[str, Any]] = Column(JSON, nullable=False, default=dict)  # the live model's, then
    error = Column(Text)
    published_at = Column(DateTime(timezone=True), index=True)  # the latest publish of it
    published_by = Column(String(120))
    publish_reason = Column(Text)  # why it was published though it scored worse, or "rollback"
    preview_url = Column(String(200))  # its training process answers "how would you read this?" there for a while
    preview_token = Column(String(64))


class StudioEvent(Base):
    """Audit of the studio: who labelled, removed, trained or published what, and when."""

    __tablename__ = "studio_events"
    id: Mapped[int] = Column(Integer, primary_key=True)
    at = Column(DateTime(timezone=True), nullable=False, index=True)
    username = Column(String(120), nullable=False)
    action = Column(String(40), nullable=False)  # label | unlabel
    detail: Mapped[dict[str, Any]] = Column(JSON, nullable=False)
    label_id = Column(Integer, nullable=True, index=True)  # the label acted on (kept after it is removed)
