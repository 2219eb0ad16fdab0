"""A figure from our pricing page, asked about in any language, is our price and not the visitor's budget; the
figures come from the plans file sales ops edit, read again when it changes. Today is 2026-11-22
(tests/conftest.py); the plans are tests/fixtures/sales/plans.yml (49 and 99 a seat a month, 20% off yearly)."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from bot.nlu.currencies import load_rates
from bot.nlu.extractor import QualificationExtractor
from bot.nlu.our_prices import list_prices
from bot.nlu.taxonomy import load_taxonomy
from tests.conftest import SALES_FIXTURES
from tests.nlu.test_said_other_ways import assert_reads, facts


@pytest.mark.parametrize(
    "text",
    [
        "¿los 49 dólares son por usuario?",
        "o plano de 99 dólares inclui SSO?",
        "Sind die 79 € pro Monat bei jährlicher Zahlung?",
        "99ドルのプランにSSOは入っていますか？",
        "هل سعر 49 دولار شامل الضريبة؟",
        "je li 99 dolara mjesečno po korisniku?",
        "$588 a year per seat, is that right?",
    ],
)
def test_our_price_asked_about_in_any_language_is_no_budget(extractor: QualificationExtractor, text: str) -> None:
    assert_reads(facts(extractor, text), {})


@pytest.mark.parametrize(
    "text, answering, expected",
    [
        # a figure of ours taken as theirs, or offered
        ("Is $99/month the starter plan? That works for us.", None, {"budget": 1188}),
        ("the $49/mo plan works for us, can we upgrade later?", None, {"budget": 588}),
        ("we pay 99 a month to our current vendor", None, {"budget": 1188}),
        # the reply to the budget question is theirs, asked back or not
        ("49 a month?", "budget", {"budget": 588}),
        # a question with a figure that is not ours
        ("¿podemos gastar 300 dólares al mes?", None, {"budget": 3600}),
    ],
)
def test_a_figure_of_ours_said_as_theirs_is_their_budget(
    extractor: QualificationExtractor, text: str, answering: str | None, expected: dict[str, object]
) -> None:
    assert_reads(facts(extractor, text, answering), expected)


def test_an_edited_price_counts_at_the_next_message(tmp_path: Path) -> None:
    plans = tmp_path / "plans.yml"
    plans.write_text((SALES_FIXTURES / "plans.yml").read_text(encoding="utf-8"), encoding="utf-8")
    reader = QualificationExtractor(
        load_taxonomy(SALES_FIXTURES / "industries.yml"),
        load_rates(SALES_FIXTURES / "currencies.yml"),
        lambda: date(2026, 11, 22),
        prices=lambda: list_prices(plans),
    )
    question = "¿los 59 dólares incluyen IVA?"
    assert [f.entity for f in reader.extract(question)] == ["budget"]
    plans.write_text(plans.read_text(encoding="utf-8").replace("per_seat_monthly: 49", "per_seat_monthly: 59"))
    assert reader.extract(question) == []


def test_a_missing_or_broken_plans_file_has_no_prices(tmp_path: Path) -> None:
    assert list_prices(tmp_path / "absent.yml") == frozenset()
    broken = tmp_path / "plans.yml"
    broken.write_text("plans: [ {per_seat_monthly: ", encoding="utf-8")
    assert list_prices(broken) == frozenset()
    broken.write_text("plans: [{per_seat_monthly: lots}]", encoding="utf-8")
    assert list_prices(broken) == frozenset()
