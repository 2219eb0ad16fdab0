"""Which SDR gets a prospect: the account's existing owner, then the rules, then a fair
weighted round robin, else the fallback queue. Every decision is stored with its reason."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import select, update
from sqlalchemy.orm import Session

from bot.clock import utcnow
from bot.handoff.roster import SEGMENTS, Roster, SdrSpec
from bot.storage.models import Lead, RoutingDecision, RoutingState, Sdr


@dataclass(frozen=True)
class Route:
    sdr: Sdr | None
    rule: str
    reason: str


def segment_of(company_size: int | None) -> str | None:
    if company_size is None:
        return None
    return next((name for name, (low, high) in SEGMENTS.items() if low <= company_size <= high), None)


def _matches(spec: SdrSpec, lead: Lead, visitor_timezone: str | None, *, strict: bool) -> bool:
    territory_ok = spec.covers(visitor_timezone)
    if not strict:
        return territory_ok
    industry_ok = not spec.industries or lead.industry in spec.industries
    segment = segment_of(lead.company_size)  # type: ignore[arg-type]
    segment_ok = not spec.segments or segment is None or segment in spec.segments
    return territory_ok and industry_ok and segment_ok


def _serialize(session: Session) -> None:
    """Take the routing lock: a write to one row, so concurrent prospects queue up here."""
    updated = session.execute(update(RoutingState).where(RoutingState.id == 1).values(version=RoutingState.version + 1))
    if updated.rowcount == 0:  # type: ignore[attr-defined]
        session.add(RoutingState(id=1, version=1))
        session.flush()


def route(
    session: Session, lead: Lead, roster: Roster, visitor_timezone: str | None, now: datetime | None = None
) -> Route:
    now = now or utcnow()
    _serialize(session)
    active = {str(s.email): s for s in session.execute(select(Sdr).where(Sdr.active.is_(True))).scalars()}
    result = _choose(session, lead, roster, active, visitor_timezone)
    if result.sdr is not None:
        result.sdr.assigned_count = (result.sdr.assigned_count or 0) + 1
        result.sdr.last_assigned_at = now
        lead.owner_id = result.sdr.id
    session.add(
        RoutingDecision(
            lead_id=lead.id,
            sdr_id=result.sdr.id if result.sdr else None,
            rule=result.rule,
            reason=result.reason,
            at=now,
        )
    )
    session.flush()
    return result


def _choose(
    session: Session, lead: Lead, roster: Roster, active: dict[str, Sdr], visitor_timezone: str | None
) -> Route:
    if lead.owner_id is not None:
        owner = session.get(Sdr, lead.owner_id)
        if owner is not None and owner.active:
            return Route(owner, "account_owner", f"already owned by {owner.name}")
    domain = lead.company_domain  # None for free and disposable mailboxes (Score.account_domain)
    if domain:
        owner = session.execute(
            select(Sdr)
            .join(Lead, Lead.owner_id == Sdr.id)
            .where(Lead.company_domain == domain, Lead.id != lead.id, Sdr.active.is_(True))
            .limit(1)
        ).scalar_one_or_none()
        if owner is not None:
            return Route(owner, "account_owner", f"{owner.name} owns the {domain} account")
    for strict, rule in ((True, "rules"), (False, "territory")):
        specs = [s for s in roster.sdrs if s.email in active and _matches(s, lead, visitor_timezone, strict=strict)]
        if specs:
            chosen = _weighted_round_robin([active[s.email] for s in specs])
            names = ", ".join(s.name for s in specs)
            detail = (
                f"industry {lead.industry or 'unknown'}, segment {segment_of(lead.company_size) or 'unknown'}, "  # type: ignore[arg-type]
                f"time zone {visitor_timezone or 'unknown'}"
            )
            return Route(chosen, rule, f"{detail}; eligible: {names}; weighted round robin chose {chosen.name}")
    return Route(
        None, "fallback_queue", f"no SDR covers time zone {visitor_timezone or 'unknown'}; queued for manual assignment"
    )


def _weighted_round_robin(candidates: list[Sdr]) -> Sdr:
    """The SDR furthest below their weighted share; ties go to whoever waited longest."""

    def key(sdr: Sdr) -> tuple[float, datetime, int]:
        waited = sdr.last_assigned_at or datetime.min.replace(tzinfo=None)
        if waited.tzinfo is not None:
            waited = waited.replace(tzinfo=None)
        return ((sdr.assigned_count or 0) / max(1, sdr.weight or 1), waited, int(sdr.id))

    return min(candidates, key=key)
