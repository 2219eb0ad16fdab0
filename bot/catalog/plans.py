"""Plans and per-seat prices (sales/plans.yml), and quotes computed from them.

A visitor who asks "how much is Business for 50 users?" gets figures worked out from the file,
never a number typed into a response that drifts from the price list.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

from pydantic import Field, root_validator, validator

from bot.nlu.numbers import replace_number_words
from bot.yamlfile import LocatedYaml, StrictModel

MAX_SEATS = 1_000_000


class Plan(StrictModel):
    id: str = Field(regex=r"^[a-z][a-z0-9_]*$")
    name: str = Field(min_length=1)
    per_seat_monthly: float | None = Field(default=None, gt=0)
    min_seats: int = Field(default=1, ge=1, le=MAX_SEATS)
    max_seats: int | None = Field(default=None, ge=1, le=MAX_SEATS)
    includes: list[str] = Field(default_factory=list)

    @root_validator(skip_on_failure=True)
    def _seats_in_order(cls, values: dict) -> dict:  # noqa: N805
        if values["max_seats"] is not None and values["max_seats"] < values["min_seats"]:
            raise ValueError(f"max_seats {values['max_seats']} is below min_seats {values['min_seats']}")
        return values

    @property
    def custom(self) -> bool:
        return self.per_seat_monthly is None


class Catalog(StrictModel):
    currency: str = Field(regex=r"^[A-Z]{3}$")
    annual_discount_percent: float = Field(ge=0, lt=100)
    plans: list[Plan] = Field(min_items=1)

    @validator("plans")
    def _unique_ids(cls, plans: list[Plan]) -> list[Plan]:  # noqa: N805
        seen: set[str] = set()
        for plan in plans:
            if plan.id in seen:
                raise ValueError(f"plan id '{plan.id}' is listed twice")
            seen.add(plan.id)
        return plans

    @property
    def ids(self) -> frozenset[str]:
        """The plan ids a page may name in the widget's metadata, and the policy's minimums key on."""
        return frozenset(plan.id for plan in self.plans)

    def find(self, text: str) -> Plan | None:
        """The plan a message names ("Business", "the starter plan"), if exactly one."""
        named = [p for p in self.plans if re.search(rf"\b{re.escape(p.name)}\b|\b{re.escape(p.id)}\b", text, re.I)]
        return named[0] if len(named) == 1 else None


def load_plans(path: Path) -> Catalog:
    doc = LocatedYaml(path)
    if not isinstance(doc.data, dict):
        raise doc.error("expected a mapping with currency, annual_discount_percent and plans")
    return doc.parse(Catalog)


_SEATS_RE = re.compile(
    r"\b(\d{1,3}(?:,\d{3})+|\d+)\s*(?:\+\s*)?(?:users?|seats?|people|persons|licen[cs]es?|team\s*members?|members|"
    r"employees|reps|agents|agent\s+seats|staff|sales\s*people|salespeople|colleagues|of\s+us)\b",
    re.I,
)


def seats_in(text: str) -> int | None:
    """The number of users a pricing question is about ("50 users", "twenty seats"), if any."""
    match = _SEATS_RE.search(replace_number_words(text))
    if match is None:
        return None
    seats = int(match.group(1).replace(",", ""))
    return seats if 1 <= seats <= MAX_SEATS else None


@dataclass(frozen=True)
class Quote:
    plan: Plan
    seats: int
    billed_seats: int
    monthly: float  # billed monthly, per month
    annual: float  # billed annually, per year, after the discount

    @property
    def annual_per_month(self) -> float:
        return self.annual / 12


def quote(catalog: Catalog, plan: Plan, seats: int) -> Quote | None:
    """Monthly and annual cost for `seats` users; None for a custom-priced plan."""
    if plan.per_seat_monthly is None:
        return None
    billed = max(seats, plan.min_seats)
    monthly = billed * plan.per_seat_monthly
    annual = monthly * 12 * (1 - catalog.annual_discount_percent / 100)
    return Quote(plan, seats, billed, round(monthly, 2), round(annual, 2))


def money(amount: float, currency: str) -> str:
    symbol = {"USD": "$", "EUR": "€", "GBP": "£"}.get(currency)
    figure = f"{amount:,.0f}" if amount == int(amount) else f"{amount:,.2f}"
    return f"{symbol}{figure}" if symbol else f"{figure} {currency}"


def _fits(plan: Plan, seats: int) -> bool:
    return plan.max_seats is None or seats <= plan.max_seats


def _quote_line(catalog: Catalog, plan: Plan, seats: int) -> str:
    if not _fits(plan, seats):
        return f"{plan.name} goes up to {plan.max_seats} users, so it doesn't fit {seats}."
    priced = quote(catalog, plan, seats)
    if priced is None:
        return f"{plan.name} is priced for your volume by our sales team (from {plan.min_seats} users)."
    cur = catalog.currency
    minimum = (
        f" (it starts at {plan.min_seats} seats, so {seats} are billed as {priced.billed_seats})"
        if priced.billed_seats > seats
        else ""
    )
    return (
        f"{plan.name} for {seats} users{minimum}: {money(priced.monthly, cur)} a month billed monthly, or "
        f"{money(priced.annual, cur)} a year billed annually ({money(priced.annual_per_month, cur)} a month"
        + (f", {catalog.annual_discount_percent:g}% off)." if catalog.annual_discount_percent else ").")
    )


def pricing_answer(catalog: Catalog, text: str) -> str:
    """The answer to a pricing question: a computed quote when it names a number of users, else the price list."""
    seats = seats_in(text)
    plan = catalog.find(text)
    if seats is not None:
        plans = (
            [plan] if plan else [p for p in catalog.plans if _fits(p, seats) and (not p.custom or seats >= p.min_seats)]
        )
        return " ".join(_quote_line(catalog, p, seats) for p in plans or catalog.plans[-1:])
    cur = catalog.currency

    def price(p: Plan) -> str:
        return f"{money(p.per_seat_monthly, cur)} per user per month" if p.per_seat_monthly else "custom-priced"

    if plan:
        lead = f"{plan.name} is {price(plan)}" + (f", from {plan.min_seats} users" if plan.min_seats > 1 else "")
    else:
        parts = [f"{p.name} ({price(p)})" for p in catalog.plans]
        lead = f"We have {len(parts)} plans: " + (
            f"{', '.join(parts[:-1])} and {parts[-1]}" if len(parts) > 1 else parts[0]
        )
    saving = f" Annual billing saves {catalog.annual_discount_percent:g}%." if catalog.annual_discount_percent else ""
    return f"{lead}.{saving} Tell me how many users you have and I'll work out the exact figure."
