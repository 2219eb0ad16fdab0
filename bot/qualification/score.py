"""Scoring answers against the policy: a 0-100 score with one readable reason per criterion.

Unknown answers score nothing and say so; they are never treated as bad answers.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from bot.nlu.authority import DECISION_MAKER, INFLUENCER, NO_AUTHORITY, ROLE_NAMES
from bot.qualification.legitimacy import email_domain, is_disposable, looks_gibberish
from bot.qualification.policy import Policy


def is_student(authority: str | None, said: list[str]) -> bool:
    """A visitor without buying authority who called themselves a student anywhere in the chat:
    they are disqualified as academic research, not as someone to nurture."""
    return authority == NO_AUTHORITY and any("student" in text.lower() for text in said)


@dataclass(frozen=True)
class Answers:
    """What we know about a visitor when scoring. None means unknown (not given or skipped)."""

    industry: str | None = None
    company_size: int | None = None
    budget: float | None = None
    authority: str | None = None
    timeline: int | None = None
    email: str | None = None
    person_name: str | None = None
    company: str | None = None
    plan: str | None = None
    page: str | None = None
    questions_asked: int = 0
    returning: bool = False
    student: bool = False

    @property
    def answered(self) -> int:
        return sum(
            v is not None for v in (self.industry, self.company_size, self.budget, self.authority, self.timeline)
        )


@dataclass(frozen=True)
class CriterionResult:
    """One criterion's points and reason. `must_have` names the must-have it decides, if any;
    `met` is True when met, False when answered and not met, None when unknown."""

    criterion: str
    points: int
    reason: str
    must_have: str | None = None
    met: bool | None = None
    disqualifies: str | None = None


@dataclass(frozen=True)
class Score:
    total: int
    criteria: tuple[CriterionResult, ...]
    must_haves_met: tuple[str, ...]
    must_haves_missing: tuple[str, ...]
    disqualification: str | None
    policy_version: str
    qualified: bool = False
    # the email's domain when it can name a company account (not a free or disposable mailbox)
    account_domain: str | None = None

    @property
    def reasons(self) -> list[str]:
        return [c.reason for c in self.criteria]


def _signed(points: int) -> str:
    return f"+{points}" if points >= 0 else str(points)


def _unknown(criterion: str, label: str, must_have: str | None = None) -> CriterionResult:
    return CriterionResult(criterion, 0, f"{label} unknown: +0", must_have)


def _industry(answers: Answers, policy: Policy) -> CriterionResult:
    """The "need" must-have: the industry is in our target market (listed with 0 points: it is not)."""
    if answers.industry is None:
        return _unknown("industry", "Industry", "need")
    points = policy.industries.points.get(answers.industry, policy.industries.default)
    label = answers.industry.replace("_", " ").capitalize()
    where = "in" if points else "outside"
    return CriterionResult(
        "industry", points, f"Industry {label} is {where} our target market: {_signed(points)}", "need", points > 0
    )


def _company_size(answers: Answers, policy: Policy) -> CriterionResult:
    if answers.company_size is None:
        return _unknown("company_size", "Company size")
    band = next((b for b in policy.company_size.bands if b.min <= answers.company_size <= (b.max or 10**12)), None)
    points = band.points if band else 0
    span = f"{band.min}-{band.max}" if band and band.max else (f"{band.min}+" if band else "no band")
    return CriterionResult(
        "company_size",
        points,
        f"Company size {answers.company_size:,} employees is in the {span} band: {_signed(points)}",
    )


def _budget(answers: Answers, policy: Policy) -> CriterionResult:
    """Against the yearly minimum of the plan the visitor looked at; close enough still counts."""
    if answers.budget is None:
        return _unknown("budget", "Budget", "budget")
    plan = (answers.plan or "").strip().lower()
    if plan not in policy.budget.plan_minimums:
        plan = policy.budget.default_plan
    minimum = policy.budget.plan_minimums[plan]
    if answers.budget >= minimum:
        points, relation = policy.budget.points_at_or_above, "at or above"
    elif answers.budget > 0 and answers.budget >= minimum * policy.budget.near_share:
        points, relation = policy.budget.points_near, "close to"
    else:
        points, relation = 0, "below"
    return CriterionResult(
        "budget",
        points,
        f"Budget ${answers.budget:,.0f}/yr is {relation} the ${minimum:,.0f} {plan.capitalize()} minimum: "
        f"{_signed(points)}",
        "budget",
        relation != "below",
    )


def _authority(answers: Answers, policy: Policy) -> CriterionResult:
    if answers.authority is None:
        return _unknown("authority", "Role in the decision", "authority")
    points = getattr(policy.authority, answers.authority, 0)
    role = ROLE_NAMES.get(answers.authority, answers.authority)
    return CriterionResult(
        "authority",
        points,
        f"Role in the decision ({role}): {_signed(points)}",
        "authority",
        answers.authority in (DECISION_MAKER, INFLUENCER),
    )


def _timeline(answers: Answers, policy: Policy) -> CriterionResult:
    if answers.timeline is None:
        return _unknown("timeline", "Timeline", "timeline")
    band = next((b for b in policy.timeline.bands if answers.timeline <= b.max_days), None)
    points = band.points if band else 0
    within = f"within {band.max_days} days" if band else f"beyond {policy.timeline.bands[-1].max_days} days"
    return CriterionResult(
        "timeline",
        points,
        f"Timeline {answers.timeline} days is {within}: {_signed(points)}",
        "timeline",
        answers.timeline <= policy.timeline.qualifying_days,
    )


def _engagement(answers: Answers, policy: Policy) -> CriterionResult:
    rules = policy.engagement
    points = min(answers.answered, rules.max_answers) * rules.per_answer
    points += min(answers.questions_asked, rules.max_questions) * rules.per_question_asked
    parts = [f"{answers.answered} answers", f"{answers.questions_asked} questions asked"]
    if answers.page and "pric" in answers.page.lower():
        points += rules.pricing_page
        parts.append("on the pricing page")
    if answers.plan:
        points += rules.plan_viewed
        parts.append(f"viewed the {answers.plan.capitalize()} plan")
    if answers.returning:
        points += rules.returning_visitor
        parts.append("returning visitor")
    return CriterionResult("engagement", points, f"Engagement ({', '.join(parts)}): {_signed(points)}")


def _legitimacy(answers: Answers, policy: Policy) -> CriterionResult:
    rules = policy.legitimacy
    domain = email_domain(answers.email)
    points = 0
    notes: list[str] = []
    if domain and domain in rules.competitor_domain_set:
        return CriterionResult(
            "legitimacy", 0, f"Email domain {domain} belongs to a competitor: disqualified", disqualifies="competitor"
        )
    if domain and is_disposable(domain, rules.disposable_domain_set):
        points += rules.disposable_email_points
        notes.append(f"disposable email ({domain})")
    elif domain and domain in rules.free_domain_set:
        points += rules.free_email_points
        notes.append(f"free email ({domain})")
    for label, text in (("name", answers.person_name), ("company", answers.company)):
        if looks_gibberish(text):
            points += rules.gibberish_points
            notes.append(f"{label} looks like gibberish")
    if not notes:
        reason = "Contact details look genuine: +0" if answers.email else "No contact details yet: +0"
    else:
        reason = f"Contact details: {', '.join(notes)}: {_signed(points)}"
    return CriterionResult("legitimacy", points, reason)


CRITERIA: tuple[Callable[[Answers, Policy], CriterionResult], ...] = (
    _industry,
    _company_size,
    _budget,
    _authority,
    _timeline,
    _engagement,
    _legitimacy,
)
# Which code keeps a visitor a lead when a must-have was answered and not met, in this order.
FAILED_MUST_HAVE_CODES = {
    "need": "out_of_market",
    "budget": "no_budget",
    "authority": "no_authority",
    "timeline": "no_timeline",
}


def score(answers: Answers, policy: Policy) -> Score:
    results = tuple(criterion(answers, policy) for criterion in CRITERIA)
    met = {r.must_have for r in results if r.must_have and r.met}
    failed = {r.must_have for r in results if r.must_have and r.met is False}
    total = max(0, min(100, sum(r.points for r in results)))
    required = policy.must_haves
    missing = tuple(c for c in required.of if c not in met)
    disqualification = _disqualification(answers, policy, results, failed, len(required.of) - len(missing), total)
    return Score(
        total=total,
        criteria=results,
        must_haves_met=tuple(c for c in required.of if c in met),
        must_haves_missing=missing,
        disqualification=disqualification,
        policy_version=f"{policy.version} ({policy.digest})" if policy.digest else policy.version,
        qualified=disqualification is None,
        account_domain=_account_domain(answers, policy),
    )


def _account_domain(answers: Answers, policy: Policy) -> str | None:
    domain = email_domain(answers.email)
    rules = policy.legitimacy
    if not domain or domain in rules.free_domain_set or is_disposable(domain, rules.disposable_domain_set):
        return None
    return domain


def _disqualification(
    answers: Answers, policy: Policy, results: tuple[CriterionResult, ...], failed: set[str], met: int, total: int
) -> str | None:
    """The reason code that keeps a visitor a lead, or None when the policy qualifies them.

    A must-have that was answered and not met disqualifies; one that is merely unknown only
    counts against the "N of" rule, so unknown never reads as bad.
    """
    vetoes = [r.disqualifies for r in results if r.disqualifies]
    if vetoes:
        return vetoes[0]
    if answers.student:
        return "student"
    for must_have, code in FAILED_MUST_HAVE_CODES.items():
        if must_have in failed and must_have in policy.must_haves.of:
            return code
    if met < policy.must_haves.require:
        return "incomplete"
    if total < policy.prospect_threshold:
        return "low_score"
    return None
