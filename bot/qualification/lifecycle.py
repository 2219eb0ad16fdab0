"""Lead or prospect: the stage decision and its plain-words reason."""

from __future__ import annotations

from dataclasses import dataclass

from bot.nlu.authority import NO_AUTHORITY, ROLE_NAMES
from bot.qualification.score import Answers, Score
from bot.wording import say

LEAD = "lead"
PROSPECT = "prospect"
MIN_DISCOVERY_ANSWERS = 3

REASON_TEXT = {
    "competitor": "works for a competitor",
    "student": "student or academic research",
    "out_of_market": "outside our target market",
    "no_budget": "no budget that fits a plan",
    "no_authority": ROLE_NAMES[NO_AUTHORITY],
    "no_timeline": "no near-term timeline",
    "low_score": "score below the prospect threshold",
    "one_way": "has not answered discovery yet",
}


@dataclass(frozen=True)
class StageDecision:
    stage: str
    reason: str
    code: str | None


def decide_stage(answers: Answers, score: Score) -> StageDecision:
    """A prospect is qualified by the policy *and* has talked with us (answered discovery)."""
    if score.disqualification:
        code = score.disqualification
        return StageDecision(LEAD, f"Kept as lead: {REASON_TEXT.get(code, code)} (score {score.total})", code)
    if answers.answered < MIN_DISCOVERY_ANSWERS:
        return StageDecision(LEAD, f"Kept as lead: {REASON_TEXT['one_way']} ({answers.answered} answers)", "one_way")
    met = ", ".join(score.must_haves_met) or "none"
    return StageDecision(PROSPECT, f"Qualified: score {score.total}, must-haves met: {met}", None)


def next_steps_message(stage: str, name: str | None, email: str | None, *, resources_queued: bool = True) -> str:
    """What the visitor is told after discovery: plain words, never the raw score, and no
    promise of resources unless their email is queued. The words are in wording.yml (next_steps)."""
    thanks = thanks_to(name)
    if stage == PROSPECT:
        return (
            say("next_steps.prospect_email", thanks=thanks, email=email)
            if email
            else say("next_steps.prospect", thanks=thanks)
        )
    if not resources_queued:
        return say("next_steps.no_resources", thanks=thanks)
    if email:
        return say("next_steps.resources_email", thanks=thanks, email=email)
    return say("next_steps.resources", thanks=thanks)


def thanks_to(name: str | None) -> str:
    return say("next_steps.thanks_named", name=name) if name else say("next_steps.thanks")
