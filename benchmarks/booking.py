"""Slot computation for a roster of 50 SDRs over two weeks, and booking latency on SQLite."""

from __future__ import annotations

import tempfile
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path

from benchmarks.conditions import describe, percentiles
from bot.handoff.availability import Interval, open_slots
from bot.handoff.booking import confirm, offer_slots
from bot.handoff.roster import Defaults, Roster, SdrSpec, sync_roster
from bot.storage.db import make_engine, session_factory, transaction
from bot.storage.migrate import upgrade
from bot.storage.models import Sdr

ZONES = ["America/New_York", "America/Chicago", "America/Los_Angeles", "Europe/Berlin", "Europe/London", "Asia/Tokyo"]
COUNTRIES = {"America": "US", "Europe/Berlin": "DE", "Europe/London": "GB", "Asia": "JP"}


def roster_of(n: int) -> Roster:
    hours = {d: "09:00-17:00" for d in ("mon", "tue", "wed", "thu", "fri")}
    sdrs = []
    for i in range(n):
        zone = ZONES[i % len(ZONES)]
        country = next(v for k, v in COUNTRIES.items() if zone.startswith(k))
        sdrs.append(
            SdrSpec(
                name=f"SDR {i}",
                email=f"sdr{i}@example.com",
                timezone=zone,
                country=country,
                working_hours=hours,
                daily_cap=8,
            )
        )
    return Roster(defaults=Defaults(), sdrs=sdrs)


def main() -> None:
    roster = roster_of(50)
    now = datetime(2026, 11, 23, 8, 0, tzinfo=UTC)
    busy = [Interval(now + timedelta(hours=h), now + timedelta(hours=h, minutes=30)) for h in range(0, 24 * 14, 5)]
    samples = []
    for _ in range(5):
        start = time.perf_counter()
        total = sum(
            len(open_slots(spec, roster.defaults, busy, now, count=200, horizon_days=14, per_day=20))
            for spec in roster.sdrs
        )
        samples.append((time.perf_counter() - start) * 1000)
    print(f"booking ({describe()})")
    print(
        f"  open slots for 50 SDRs over 14 days ({total} slots, {len(busy)} busy intervals each): "
        f"{percentiles(samples)}"
    )
    with tempfile.TemporaryDirectory() as tmp:
        url = f"sqlite:///{Path(tmp) / 'bench.db'}"
        upgrade(url)
        factory = session_factory(make_engine(url))
        with transaction(factory) as session:
            sync_roster(session, roster)
        latencies = []
        for i in range(100):
            sender = f"visitor-{i}"
            begin = time.perf_counter()
            with transaction(factory) as session:
                sdr = session.get(Sdr, 1 + i % 50)
                spec = roster.by_email(str(sdr.email))
                holds = offer_slots(
                    session, sdr, spec, roster.defaults, sender_id=sender, lead_id=None, visitor_timezone="UTC", now=now
                )
            with transaction(factory) as session:
                outcome = confirm(session, sender_id=sender, start=holds[0].start_at, now=now)
                assert outcome.problem is None
            latencies.append((time.perf_counter() - begin) * 1000)
    print(f"  offer (hold 4 slots) + confirm, SQLite: {percentiles(latencies)}")
