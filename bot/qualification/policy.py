"""The qualification policy file (sales/policy.yml), validated on load.

Errors name the file, the line and the problem, so sales ops can fix their own edits.
"""

from __future__ import annotations

import hashlib
import itertools
from pathlib import Path
from typing import Literal

from pydantic import Field, root_validator, validator

from bot.nlu.taxonomy import INDUSTRY_IDS
from bot.yamlfile import LocatedYaml, StrictModel

Criterion = Literal["budget", "authority", "need", "timeline"]


class MustHaves(StrictModel):
    require: int = Field(ge=0, le=4)
    of: list[Criterion]

    @root_validator(skip_on_failure=True)
    def _require_within(cls, values: dict) -> dict:  # noqa: N805
        if values["require"] > len(values["of"]):
            raise ValueError(f"require is {values['require']} but only {len(values['of'])} criteria are listed")
        return values


class Industries(StrictModel):
    points: dict[str, int]
    default: int = Field(ge=0, le=100)

    @validator("points")
    def _known_ids(cls, value: dict[str, int]) -> dict[str, int]:  # noqa: N805
        for industry, points in value.items():
            if industry not in INDUSTRY_IDS:
                raise ValueError(f"unknown industry '{industry}'; allowed: {', '.join(INDUSTRY_IDS)}")
            if not 0 <= points <= 100:
                raise ValueError(f"points for {industry} must be between 0 and 100")
        return value


class SizeBand(StrictModel):
    min: int = Field(ge=1)
    max: int | None = None
    points: int = Field(ge=0, le=100)


class CompanySize(StrictModel):
    bands: list[SizeBand] = Field(min_items=1)

    @validator("bands")
    def _ordered(cls, bands: list[SizeBand]) -> list[SizeBand]:  # noqa: N805
        for earlier, later in itertools.pairwise(bands):
            if earlier.max is None or later.min <= earlier.max:
                raise ValueError("bands must be in increasing order without overlaps")
        return bands


class Budget(StrictModel):
    plan_minimums: dict[str, float]
    default_plan: str
    points_at_or_above: int = Field(ge=0, le=100)
    near_share: float = Field(ge=0, le=1)
    points_near: int = Field(ge=0, le=100)

    @root_validator(skip_on_failure=True)
    def _default_plan_listed(cls, values: dict) -> dict:  # noqa: N805
        if not values["plan_minimums"] or min(values["plan_minimums"].values()) < 0:
            raise ValueError("plan_minimums needs at least one plan with a yearly minimum >= 0")
        if values["default_plan"] not in values["plan_minimums"]:
            raise ValueError(f"default_plan '{values['default_plan']}' is not in plan_minimums")
        return values


class Authority(StrictModel):
    decision_maker: int = Field(ge=0, le=100)
    influencer: int = Field(ge=0, le=100)
    no_authority: int = Field(ge=0, le=100)


class TimelineBand(StrictModel):
    max_days: int = Field(ge=0)
    points: int = Field(ge=0, le=100)


class Timeline(StrictModel):
    bands: list[TimelineBand] = Field(min_items=1)
    qualifying_days: int = Field(ge=0)

    @validator("bands")
    def _ordered(cls, bands: list[TimelineBand]) -> list[TimelineBand]:  # noqa: N805
        if [b.max_days for b in bands] != sorted({b.max_days for b in bands}):
            raise ValueError("bands must be ordered by increasing max_days")
        return bands


class Engagement(StrictModel):
    per_answer: int = Field(ge=0)
    max_answers: int = Field(ge=0)
    per_question_asked: int = Field(ge=0)
    max_questions: int = Field(ge=0)
    pricing_page: int = Field(ge=0)
    plan_viewed: int = Field(ge=0)
    returning_visitor: int = Field(ge=0)


class Legitimacy(StrictModel):
    free_email_points: int = Field(le=0)
    disposable_email_points: int = Field(le=0)
    gibberish_points: int = Field(le=0)
    # free mailboxes (a free address never names a company account, for scoring or routing)
    free_email_domains: list[str] = []
    # throwaway mailboxes beyond the maintained list the disposable-email-domains package ships
    disposable_email_domains: list[str] = []
    competitor_domains: list[str] = []

    @property
    def free_domain_set(self) -> frozenset[str]:
        return frozenset(d.lower() for d in self.free_email_domains)

    @property
    def disposable_domain_set(self) -> frozenset[str]:
        return frozenset(d.lower() for d in self.disposable_email_domains)

    @property
    def competitor_domain_set(self) -> frozenset[str]:
        return frozenset(d.lower() for d in self.competitor_domains)


class Policy(StrictModel):
    version: str
    prospect_threshold: int = Field(ge=0, le=100)
    must_haves: MustHaves
    industries: Industries
    company_size: CompanySize
    budget: Budget
    authority: Authority
    timeline: Timeline
    engagement: Engagement
    legitimacy: Legitimacy
    digest: str = ""


def load_policy(path: Path) -> Policy:
    doc = LocatedYaml(path)
    if not isinstance(doc.data, dict):
        raise doc.error("expected a mapping of policy settings (version, prospect_threshold, ...)")
    policy = doc.parse(Policy, {k: v for k, v in doc.data.items() if k != "digest"})
    policy.digest = hashlib.sha256(path.read_bytes()).hexdigest()[:12]
    return policy
