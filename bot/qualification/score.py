"""Scoring answers against the policy: a 0-100 score with one readable reason per criterion.

Unknown answers score nothing and say so; they are never treated as bad answers.
"""

from __future__ import annotations

from dataclasses import dataclass

from bot.qualification.legitimacy import email_domain, looks_gibberish
from bot.qualification.policy import Policy


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
        return sum(v is not None for v in (self.industry, self.company_size, self.budget, self.authority, self.timeline))


@dataclass(frozen=True)
class CriterionResult:
    criterion: str
    points: int
    reason: str


@dataclass(frozen=True)
class Score:
    total: int
    criteria: tuple[CriterionResult, ...]
    must_haves_met: tuple[str, ...]
    must_haves_missing: tuple[str, ...]
    disqualification: str | None
    policy_version: str
    qualified: bool = False

    @property
    def reasons(self) -> list[str]:
        return [c.reason for c in self.criteria]


def _signed(points: int) -> str:
    return f"+{points}" if points >= 0 else str(points)


def _plan_minimum(policy: Policy, plan: str | None) -> tuple[str, float]:
    name = (plan or "").strip().lower()
    if name not in policy.budget.plan_minimums:
        name = policy.budget.default_plan
    return name, policy.budget.plan_minimums[name]


def score(answers: Answers, policy: Policy) -> Score:
    results: list[CriterionResult] = []
    met: list[str] = []
    failed: list[str] = []  # answered, and the answer does not meet the must-have

    # industry ("need": fits the target market)
    if answers.industry is None:
        results.append(CriterionResult("industry", 0, "Industry unknown: +0"))
    else:
        points = policy.industries.points.get(answers.industry, policy.industries.default)
        label = answers.industry.replace("_", " ").capitalize()
        if points == 0:
            results.append(CriterionResult("industry", 0, f"Industry {label} is outside our target market: +0"))
            failed.append("need")
        else:
            results.append(CriterionResult("industry", points, f"Industry {label} is in our target market: {_signed(points)}"))
            met.append("need")

    # company size
    if answers.company_size is None:
        results.append(CriterionResult("company_size", 0, "Company size unknown: +0"))
    else:
        band = next((b for b in policy.company_size.bands if b.min <= answers.company_size <= (b.max or 10**12)), None)
        points = band.points if band else 0
        span = f"{band.min}-{band.max}" if band and band.max else (f"{band.min}+" if band else "no band")
        results.append(CriterionResult("company_size", points,
                                       f"Company size {answers.company_size:,} employees is in the {span} band: {_signed(points)}"))

    # budget against the plan's yearly minimum
    plan, minimum = _plan_minimum(policy, answers.plan)
    if answers.budget is None:
        results.append(CriterionResult("budget", 0, "Budget unknown: +0"))
    elif answers.budget >= minimum:
        points = policy.budget.points_at_or_above
        results.append(CriterionResult("budget", points, f"Budget ${answers.budget:,.0f}/yr is at or above the ${minimum:,.0f} {plan.capitalize()} minimum: {_signed(points)}"))
        met.append("budget")
    elif answers.budget > 0 and answers.budget >= minimum * policy.budget.near_share:
        points = policy.budget.points_near
        results.append(CriterionResult("budget", points, f"Budget ${answers.budget:,.0f}/yr is close to the ${minimum:,.0f} {plan.capitalize()} minimum: {_signed(points)}"))
        met.append("budget")
    else:
        results.append(CriterionResult("budget", 0, f"Budget ${answers.budget:,.0f}/yr is below the ${minimum:,.0f} {plan.capitalize()} minimum: +0"))
        failed.append("budget")

    # authority
    if answers.authority is None:
        results.append(CriterionResult("authority", 0, "Role in the decision unknown: +0"))
    else:
        points = getattr(policy.authority, answers.authority, 0)
        wording = {"decision_maker": "decides", "influencer": "influences the decision", "no_authority": "has no say in the decision"}
        results.append(CriterionResult("authority", points, f"Visitor {wording.get(answers.authority, answers.authority)}: {_signed(points)}"))
        if answers.authority in ("decision_maker", "influencer"):
            met.append("authority")
        else:
            failed.append("authority")

    # timeline
    if answers.timeline is None:
        results.append(CriterionResult("timeline", 0, "Timeline unknown: +0"))
    else:
        timeline_band = next((b for b in policy.timeline.bands if answers.timeline <= b.max_days), None)
        points = timeline_band.points if timeline_band else 0
        within = f"within {timeline_band.max_days} days" if timeline_band else f"beyond {policy.timeline.bands[-1].max_days} days"
        results.append(CriterionResult("timeline", points, f"Timeline {answers.timeline} days is {within}: {_signed(points)}"))
        if answers.timeline <= policy.timeline.qualifying_days:
            met.append("timeline")
        else:
            failed.append("timeline")

    results.append(_engagement(answers, policy))
    legitimacy, disqualified_by_domain = _legitimacy(answers, policy)
    results.append(legitimacy)

    required = policy.must_haves
    met_listed = tuple(c for c in required.of if c in met)
    missing = tuple(c for c in required.of if c not in met)
    total = max(0, min(100, sum(r.points for r in results)))
    disqualification = _disqualification(answers, policy, disqualified_by_domain, missing,
                                         tuple(c for c in required.of if c in failed), total)
    return Score(
        total=total,
        criteria=tuple(results),
        must_haves_met=met_listed,
        must_haves_missing=missing,
        disqualification=disqualification,
        policy_version=f"{policy.version} ({policy.digest})" if policy.digest else policy.version,
        qualified=disqualification is None,
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


def _legitimacy(answers: Answers, policy: Policy) -> tuple[CriterionResult, bool]:
    rules = policy.legitimacy
    domain = email_domain(answers.email)
    points = 0
    notes: list[str] = []
    if domain and domain in {d.lower() for d in rules.competitor_domains}:
        return CriterionResult("legitimacy", 0, f"Email domain {domain} belongs to a competitor: disqualified"), True
    if domain and domain in {d.lower() for d in rules.disposable_email_domains}:
        points += rules.disposable_email_points
        notes.append(f"disposable email ({domain})")
    elif domain and domain in {d.lower() for d in rules.free_email_domains}:
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
    return CriterionResult("legitimacy", points, reason), False


def _disqualification(answers: Answers, policy: Policy, competitor: bool, missing: tuple[str, ...],
                      failed: tuple[str, ...], total: int) -> str | None:
    """The reason code that keeps a visitor a lead, or None when the policy qualifies them.

    A must-have that was answered and not met disqualifies; one that is merely unknown only
    counts against the "N of" rule, so unknown never reads as bad.
    """
    if competitor:
        return "competitor"
    if answers.student:
        return "student"
    codes = {"need": "out_of_market", "budget": "no_budget", "authority": "no_authority", "timeline": "no_timeline"}
    for criterion in ("need", "budget", "authority", "timeline"):
        if criterion in failed:
            return codes[criterion]
    if len(policy.must_haves.of) - len(missing) < policy.must_haves.require:
        return "incomplete"
    if total < policy.prospect_threshold:
        return "low_score"
    return None
