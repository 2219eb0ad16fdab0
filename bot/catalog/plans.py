"""Plans and per-seat prices (sales/plans.yml), and quotes computed from them.

A visitor who asks "how much is Business for 50 users?" gets figures worked out from the file,
never a number typed into a response that drifts from the price list. The words around the
figures are wording.yml's `pricing` group.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

from pydantic import Field, root_validator, validator

from bot.nlu.numbers import replace_number_words
from bot.wording import listed, say
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
        named = self.named(text)
        return named[0] if len(named) == 1 else None

    def named(self, text: str) -> list[Plan]:
        """Every plan a message names, in the file's order ("starter vs business"). A plan named with an everyday
        word is not named where the word is used the everyday way: "none of your business", "my business",
        "small business", "business hours"."""
        return [
            p
            for p in self.plans
            if any(
                not _EVERYDAY_BEFORE_RE.search(text[: m.start()]) and not _EVERYDAY_AFTER_RE.match(text, m.end())
                for m in re.finditer(rf"\b(?:{re.escape(p.name)}|{re.escape(p.id)})\b", text, re.I)
            )
        ]


_EVERYDAY_BEFORE_RE = re.compile(
    r"\b(?:none\s+of\s+(?:your|ur|my|their|his|her)|(?:my|our|his|her|their|own|small|family|local|growing)(?:\s+own)?)"
    r"\s+$",
    re.I,
)
_EVERYDAY_AFTER_RE = re.compile(
    r"(?:es)?\s+(?:hours|days?|owners?|partners?|model|email|address|trips?|cards?|case|class|school|degree|unit)\b",
    re.I,
)


def load_plans(path: Path) -> Catalog:
    doc = LocatedYaml(path)
    if not isinstance(doc.data, dict):
        raise doc.error("expected a mapping with currency, annual_discount_percent and plans")
    return doc.parse(Catalog)


_SEATS_RE = re.compile(
    r"\b(\d{1,3}(?:,\d{3})+|\d+)\s*(?:\+\s*)?(?:users?|seats?|people|persons|ppl|peeps|folks|guys|heads|licen[cs]es?|"
    r"team\s*members?|members|employees|reps|agents|agent\s+seats|staff|sales\s*people|salespeople|colleagues|of\s+us)\b"
    # "pricing for a team of 12?"
    r"|\bteam\s+of\s+(\d{1,3}(?:,\d{3})+|\d+)\b",
    re.I,
)


# those who would use it, said apart from the staff: "200 staff but only 25 would use the tool", "25 of them need
# access", "licenses for 25": the users are priced, not the head count
_USERS_RE = re.compile(
    r"\b(\d{1,3}(?:,\d{3})+|\d+)\s*(?:users?|seats?|licen[cs]es?|logins?|accounts|"
    # "Business para 10 usuarios", "für 20 Nutzer", "pour 15 utilisateurs", "per 10 utenti": the users, in their words
    r"usuari[oa]s|usu[aá]rios|utilisateurs|u[zż]ytkownik[oó]w|benutzer(?:innen)?|nutzer(?:innen)?|utenti|gebruikers|"
    r"anv[aä]ndare|brugere|brukere|k[aä]ytt[aä]j[aä][aä]?|licen[cç]as|lizenzen|licencias)(?!\w)"
    r"|\b(?:seats?|licen[cs]es?|logins?|accounts)\s+for\s+(\d{1,3}(?:,\d{3})+|\d+)\b"
    r"|\b(\d{1,3}(?:,\d{3})+|\d+)\s+(?:\w+\s+){0,3}?(?:would|will|need\s+to|needs?\s+to|are\s+going\s+to|going\s+to)\s+(?:actually\s+|really\s+|ever\s+|regularly\s+)?"
    r"(?:use|be\s+using|log\s+in|access|need\s+(?:it|access|a\s+seat|seats|logins?))\b"
    r"|\b(\d{1,3}(?:,\d{3})+|\d+)\s+(?:of\s+(?:them|us|those)\s+)?(?:need|needs|want)\s+(?:access|a\s+seat|seats|logins?)\b",
    re.I,
)


def _count(match: re.Match[str] | None) -> int | None:
    if match is None:
        return None
    seats = int(next(group for group in match.groups() if group).replace(",", ""))
    return seats if 1 <= seats <= MAX_SEATS else None


def users_in(text: str) -> int | None:
    """Those who would use it, when said as such ("25 would use it", "40 seats"): never a head count."""
    return _count(_USERS_RE.search(replace_number_words(text)))


def seats_in(text: str) -> int | None:
    """The number of users a pricing question is about ("50 users", "twenty seats", "12 ppl", "a team of 12");
    those who would use it before the staff named beside them."""
    words = replace_number_words(text)
    return _count(_USERS_RE.search(words) or _SEATS_RE.search(words))


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
        return say("pricing.too_many", plan=plan.name, max_seats=str(plan.max_seats), seats=str(seats))
    priced = quote(catalog, plan, seats)
    if priced is None:
        return say("pricing.custom", plan=plan.name, min_seats=str(plan.min_seats))
    cur = catalog.currency
    minimum = (
        say("pricing.minimum", min_seats=str(plan.min_seats), seats=str(seats), billed=str(priced.billed_seats))
        if priced.billed_seats > seats
        else ""
    )
    percent = catalog.annual_discount_percent
    return say(
        "pricing.quote",
        plan=plan.name,
        seats=str(seats),
        minimum=minimum,
        monthly=money(priced.monthly, cur),
        annual=money(priced.annual, cur),
        annual_per_month=money(priced.annual_per_month, cur),
        discount=say("pricing.discount", percent=f"{percent:g}") if percent else "",
    )


def pricing_answer(catalog: Catalog, text: str, known_seats: int | None = None) -> str:
    """The answer to a pricing question: a computed quote when it names a number of users, or the team's size is
    known already (a visitor who said "we're 25" is not asked how many users they have), else the price list."""
    seats = seats_in(text) or (known_seats if known_seats and 1 <= known_seats <= MAX_SEATS else None)
    plan = catalog.find(text)
    if seats is not None:
        plans = (
            [plan] if plan else [p for p in catalog.plans if _fits(p, seats) and (not p.custom or seats >= p.min_seats)]
        )
        return " ".join(_quote_line(catalog, p, seats) for p in plans or catalog.plans[-1:])
    cur = catalog.currency

    def price(p: Plan) -> str:
        if p.per_seat_monthly:
            return say("pricing.per_user", price=money(p.per_seat_monthly, cur))
        return say("pricing.custom_price")

    if plan and plan.min_seats > 1:
        lead = say("pricing.one_plan_from", plan=plan.name, price=price(plan), min_seats=str(plan.min_seats))
    elif plan:
        lead = say("pricing.one_plan", plan=plan.name, price=price(plan))
    else:
        items = [say("pricing.list_item", plan=p.name, price=price(p)) for p in catalog.plans]
        lead = say("pricing.all_plans", count=str(len(items)), plans=listed(items))
    percent = catalog.annual_discount_percent
    saving = say("pricing.saving", percent=f"{percent:g}") if percent else ""
    return " ".join(part for part in (lead, saving, say("pricing.ask_users")) if part)


def plan_contents(catalog: Catalog, plan: Plan) -> str:
    """ "Business includes SSO …, plus everything in Starter." """
    index = catalog.plans.index(plan)
    earlier = say("pricing.plan_includes_earlier", previous=catalog.plans[index - 1].name) if index else ""
    return say("pricing.plan_includes", plan=plan.name, includes=listed(list(plan.includes)), earlier=earlier)


def plan_answer(catalog: Catalog, plans: list[Plan], known_seats: int | None = None) -> str:
    """ "What does the Business plan include?", "starter vs business?": what each includes (over the plan before it),
    then the price, for the team when its size is known."""
    lines = [plan_contents(catalog, plan) for plan in plans]
    price_of = plans[0].name if len(plans) == 1 else ""
    return " ".join([*lines, pricing_answer(catalog, price_of, known_seats)])


# What a visitor may need, by the words they use for it and the words a plan's `includes` use for it: the
# recommendation reads the plans' own lists, so a feature sales ops move between plans moves the advice with it.
_NEEDS = tuple(
    re.compile(words, re.I)
    for words in (
        r"\bsso\b|\bsaml\b|\boidc\b|\bokta\b|azure\s*ad|single\s+sign[\s-]?on",
        r"\breport(?:ing|s)?\b|\bdashboards?\b",
        r"\bsalesforce\b|\bhubspot\b",
        r"\bscim\b|provisioning",
        # "our data has to stay in the EU", "EU servers?", "hosted in europe"
        r"\bresiden(?:cy|t)\b|\b(?:eu|european)\s+(?:hosting|data\s*cent(?:er|re)s?|servers?|region)\b|"
        r"\bhost(?:ed|ing)?\s+in\s+(?:the\s+)?(?:eu|europe)\b|\bdata\b[^.?!\n]{0,25}?\b(?:in|within)\s+(?:the\s+)?(?:eu|europe)\b",
        r"\bsla\b|\buptime\b",
        r"success\s+manager|account\s+manager",
        r"custom\s+(?:contracts?|terms)",
        r"chat\s+support",
    )
)


@dataclass(frozen=True)
class Recommendation:
    plan: Plan
    needs: tuple[str, ...]  # the plan's own words for what the visitor said they need ("SSO (SAML and OIDC)")

    def because(self) -> str:
        """ ", which includes SSO (SAML and OIDC)", or nothing when they named no need."""
        return say("pricing.recommend_because", needs=listed(list(self.needs))) if self.needs else ""


def recommend(catalog: Catalog, seats: int | None, said: str) -> Recommendation:
    """The first plan (the file lists them from the smallest) that takes `seats` users and includes everything
    `said` asks for; a plan includes what the plans before it include. None does both: the first plan that has what
    they need, whatever the team (it says why: "data in EU?" for 20 users got Enterprise with no reason), else the
    smallest plan that takes the team."""
    wanted = [need for need in _NEEDS if need.search(said)]
    named = catalog.find(said)  # "a quote for 70 users on enterprise": the plan they asked for, when it fits
    offered = _with_the_plans_before(catalog)
    for plan, included in offered:
        asked_for = named is None or catalog.plans.index(plan) >= catalog.plans.index(named)
        if _takes(plan, seats) and asked_for and _has_all(included, wanted):
            return _because_of(plan, included, wanted)
    for plan, included in offered:
        if wanted and _has_all(included, wanted):
            return _because_of(plan, included, wanted)
    takes_them = [plan for plan in catalog.plans if _takes(plan, seats)]
    return Recommendation(takes_them[0] if takes_them else catalog.plans[-1], ())


def _with_the_plans_before(catalog: Catalog) -> list[tuple[Plan, list[str]]]:
    """Each plan with what it includes, the plans before it included."""
    included: list[str] = []
    offered = []
    for plan in catalog.plans:
        included = [*included, *plan.includes]
        offered.append((plan, included))
    return offered


def _takes(plan: Plan, seats: int | None) -> bool:
    return seats is None or (_fits(plan, seats) and not (plan.custom and seats < plan.min_seats))


def _has_all(included: list[str], wanted: list[re.Pattern[str]]) -> bool:
    return all(any(need.search(item) for item in included) for need in wanted)


def _because_of(plan: Plan, included: list[str], wanted: list[re.Pattern[str]]) -> Recommendation:
    return Recommendation(plan, tuple(item for item in included if any(need.search(item) for need in wanted)))


def recommendation_answer(catalog: Catalog, seats: int | None, said: str) -> str | None:
    """ "Which plan is right for a 10-person law firm?": the plan, why, its price for their team, and a word on the
    volume-priced plan when the team is large enough for it. None when neither their team nor a need is known:
    there is nothing to choose by yet."""
    suggested = recommend(catalog, seats, said)
    plan, because = suggested.plan, suggested.because()
    if seats is None:
        return (
            " ".join((say("pricing.recommend", plan=plan.name, because=because), say("pricing.ask_users")))
            if because
            else None
        )
    lines = [
        say("pricing.recommend_for", plan=plan.name, seats=str(seats), because=because),
        _quote_line(catalog, plan, seats),
    ]
    return " ".join([*lines, volume_hint(catalog, plan, seats)]).strip()


def volume_hint(catalog: Catalog, plan: Plan, seats: int | None) -> str:
    """ "With 200 users, Enterprise's volume pricing may come out lower": a custom-priced plan after the one
    suggested that takes a team this size; "" when none does."""
    later = catalog.plans[catalog.plans.index(plan) + 1 :]
    volume = next((p for p in later if p.custom and seats is not None and seats >= p.min_seats), None)
    return say("pricing.volume_hint", plan=volume.name, seats=str(seats)) if volume is not None else ""


BUDGET_SHORT_BELOW = 0.8  # a budget under 80% of the plan's yearly price is pointed out, not left for the call


def budget_hint(catalog: Catalog, plan: Plan, seats: int | None, budget: float | None) -> str:
    """ "For 25 users Starter comes to about $11,760 a year, above the $1,200 you mentioned": said at the wrap-up, so
    the visitor is not surprised on the call (a nonprofit at $1,200 a year was recommended Starter at $12,230 with no
    word on it); "" when the budget covers it, or nothing is known to compare."""
    if not budget or budget <= 0 or seats is None or catalog.currency != "USD" or not _fits(plan, seats):
        return ""  # budgets are read as US dollars a year
    priced = quote(catalog, plan, seats)
    if priced is None or budget >= priced.annual * BUDGET_SHORT_BELOW:
        return ""
    return say(
        "pricing.budget_short",
        plan=plan.name,
        seats=str(seats),
        price=money(priced.annual, catalog.currency),
        budget=money(round(budget), catalog.currency),
    )


def plans_unknown_to_the_catalog(
    minimums: dict[str, float], plan_ids: frozenset[str], policy_path: Path, plans_path: Path
) -> list[str]:
    """The policy's plan minimums key on plan ids; one that sales/plans.yml does not list never applies."""
    return [
        f"{policy_path.name}: plan_minimums names plan '{plan}', which {plans_path.name} does not list "
        f"(its plans: {', '.join(sorted(plan_ids))}); rename it or add the plan there"
        for plan in sorted(set(minimums) - plan_ids)
    ]
