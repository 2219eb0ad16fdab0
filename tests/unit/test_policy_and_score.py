from pathlib import Path

import pytest

from bot.qualification.lifecycle import LEAD, PROSPECT, decide_stage, next_steps_message
from bot.qualification.policy import Policy, load_policy
from bot.qualification.score import Answers, is_student, score
from bot.yamlfile import ConfigFileError
from tests.conftest import SALES_FIXTURES

QUALIFIED = Answers(
    industry="financial_services",
    company_size=300,
    budget=100_000,
    authority="decision_maker",
    timeline=40,
    email="cto@bank.example",
    person_name="Ana Lima",
    company="First Bank",
    plan="business",
    page="/pricing",
)


def test_a_qualified_visitor_scores_high_with_one_reason_per_criterion(policy: Policy) -> None:
    result = score(QUALIFIED, policy)
    assert result.total >= policy.prospect_threshold
    assert result.disqualification is None
    assert [c.criterion for c in result.criteria] == [
        "industry",
        "company_size",
        "budget",
        "authority",
        "timeline",
        "engagement",
        "legitimacy",
    ]
    assert "Budget $100,000/yr is at or above the $30,000 Business minimum: +25" in result.reasons
    assert decide_stage(QUALIFIED, result).stage == PROSPECT


def test_unknown_answers_count_as_unknown_not_as_bad(policy: Policy) -> None:
    result = score(Answers(industry="software", authority="decision_maker", timeline=20), policy)
    assert "Budget unknown: +0" in result.reasons
    assert "Company size unknown: +0" in result.reasons
    assert result.must_haves_met == ("authority", "need", "timeline")


@pytest.mark.parametrize(
    "change, code",
    [
        ({"budget": 0.0}, "no_budget"),
        ({"authority": "no_authority"}, "no_authority"),
        ({"timeline": 365}, "no_timeline"),
        ({"industry": "agriculture"}, "out_of_market"),
        ({"email": "spy@rivalsoft.com"}, "competitor"),
        ({"student": True}, "student"),
    ],
)
def test_each_failed_criterion_gives_its_reason_code(policy: Policy, change: dict, code: str) -> None:
    answers = Answers(**{**QUALIFIED.__dict__, **change})
    result = score(answers, policy)
    assert result.disqualification == code
    assert decide_stage(answers, result).stage == LEAD


def test_the_budget_threshold_depends_on_the_plan(policy: Policy) -> None:
    starter = score(Answers(budget=6000, plan="starter"), policy)
    enterprise = score(Answers(budget=6000, plan="enterprise"), policy)
    assert "Budget $6,000/yr is at or above the $5,000 Starter minimum: +25" in starter.reasons
    assert "Budget $6,000/yr is below the $100,000 Enterprise minimum: +0" in enterprise.reasons


def test_threshold_is_inclusive(policy: Policy) -> None:
    result = score(QUALIFIED, policy)
    strict = policy.copy(update={"prospect_threshold": result.total})
    stricter = policy.copy(update={"prospect_threshold": result.total + 1})
    assert score(QUALIFIED, strict).disqualification is None
    assert score(QUALIFIED, stricter).disqualification is not None


def test_free_and_disposable_email_and_gibberish_lower_the_score(policy: Policy) -> None:
    base = score(QUALIFIED, policy).total
    free = score(Answers(**{**QUALIFIED.__dict__, "email": "ana@gmail.com"}), policy)
    junk = score(Answers(**{**QUALIFIED.__dict__, "email": "x@mailinator.com", "person_name": "asdfgh"}), policy)
    assert free.total < base and "free email (gmail.com)" in free.reasons[-1]
    assert junk.total < free.total and "name looks like gibberish" in junk.reasons[-1]


def test_a_throwaway_mailbox_the_policy_never_listed_is_still_disposable(policy: Policy) -> None:
    assert "guerrillamailblock.com" not in policy.legitimacy.disposable_email_domains  # known from the maintained list
    result = score(Answers(**{**QUALIFIED.__dict__, "email": "ana@guerrillamailblock.com"}), policy)
    assert "disposable email (guerrillamailblock.com)" in result.reasons[-1]


def test_only_a_company_mailbox_names_an_account(policy: Policy) -> None:
    assert score(QUALIFIED, policy).account_domain == "bank.example"
    for mailbox in ("ana@gmail.com", "ana@mailinator.com"):
        assert score(Answers(**{**QUALIFIED.__dict__, "email": mailbox}), policy).account_domain is None


def test_score_is_clamped_to_0_100(policy: Policy) -> None:
    assert score(Answers(email="x@mailinator.com", person_name="qwrtzp", company="xxxxx"), policy).total == 0
    assert score(QUALIFIED, policy).total <= 100


def test_unknown_must_haves_only_count_against_the_n_of_rule(policy: Policy) -> None:
    answers = Answers(industry="software", budget=100_000, email="a@b.example", company_size=100)
    assert score(answers, policy).disqualification == "incomplete"


def test_one_way_visitors_stay_leads_even_when_the_policy_would_qualify(policy: Policy) -> None:
    answers = Answers(industry="software", budget=100_000, email="a@b.example")
    lax = policy.copy(update={"prospect_threshold": 10, "must_haves": policy.must_haves.copy(update={"require": 0})})
    decision = decide_stage(answers, score(answers, lax))
    assert decision.stage == LEAD and decision.code == "one_way"


def test_the_visitor_never_sees_the_raw_score() -> None:
    message = next_steps_message(PROSPECT, "Ana", "ana@bank.example")
    assert "score" not in message.lower() and "ana@bank.example" in message


@pytest.mark.parametrize(
    "edit, error",
    [
        (
            ("prospect_threshold: 60", "prospect_threshold: 160"),
            r"policy.yml:7: prospect_threshold: ensure this value is less than or equal to 100",
        ),
        (("    software: 20", "    softwar: 20"), r"industries.points: unknown industry 'softwar'"),
        (("  near_share: 0.5\n", ""), r"budget.near_share: is required but missing"),
        (("require: 3", "require: 5"), r"must_haves.require"),
        (("default_plan: business", "default_plan: gold"), r"default_plan 'gold' is not in plan_minimums"),
        (("version:", "versoin:"), r"version: is required but missing"),
        (("authority:\n", "authority: [\n"), r"not valid YAML"),
    ],
)
def test_invalid_policy_files_name_the_line_and_the_problem(tmp_path: Path, edit: tuple[str, str], error: str) -> None:
    text = (SALES_FIXTURES / "policy.yml").read_text()
    assert edit[0] in text
    path = tmp_path / "policy.yml"
    path.write_text(text.replace(edit[0], edit[1], 1))
    with pytest.raises(ConfigFileError, match=error):
        load_policy(path)


def test_only_a_visitor_without_authority_who_calls_themselves_a_student_is_one() -> None:
    assert is_student("no_authority", ["hi", "I'm a Student writing a thesis"])
    assert not is_student("no_authority", ["just an intern here"])
    assert not is_student("decision_maker", ["we sell to students"])  # a buyer who mentions students
