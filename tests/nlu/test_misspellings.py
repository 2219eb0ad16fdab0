"""Key words typed with a letter dropped or doubled are read as the word meant (bot/nlu/misspellings.py),
real English words one slip away are left alone, and spans stay on what the visitor typed."""

from __future__ import annotations

import pytest

from bot.nlu.extractor import QualificationExtractor
from bot.nlu.misspellings import SLIPS, meant


@pytest.mark.parametrize(
    "text, entity, value",
    [
        ("I'd recomend it but I can't sign anything", "authority", "influencer"),
        ("need aproval from my boss first", "authority", "influencer"),
        ("the comittee decides", "authority", "influencer"),
        ("we need it imediately", "timeline", 0),
        ("budgett is 5k", "budget", 5000.0),
    ],
)
def test_a_slip_in_a_key_word_is_read_as_the_word(
    extractor: QualificationExtractor, text: str, entity: str, value: object
) -> None:
    facts = {found.entity: found.value for found in extractor.extract(text)}
    assert facts.get(entity) == value


def test_english_words_one_slip_away_are_left_alone() -> None:
    assert "manger" in SLIPS and "funder" in SLIPS  # a slip of "manager" and of "founder" by letters alone
    assert meant("manger", lambda word: True) is None  # but English: kept
    assert meant("Recomend", lambda word: False) == "recommend"


def test_the_span_stays_on_the_typed_word(extractor: QualificationExtractor) -> None:
    text = "we need it imediately"
    (found,) = [f for f in extractor.extract(text) if f.entity == "timeline"]
    assert text[found.start : found.end] == "imediately"


@pytest.mark.parametrize(
    "text, entity, value",
    [
        ("nosso orçamento é de uns R$ 2.000 por mês", "budget", 4800.0),  # reais at 0.20
        ("Rs 10,000 per month", "budget", 1440.0),  # rupees at 0.012
        ("unos 10.000 pesos mexicanos al mes", "budget", 6960.0),
        ("wir sind ein Logistikunternehmen", "industry", "logistics"),
        ("Estamos en el sector agrícola", "industry", "agriculture"),
    ],
)
def test_currencies_and_compounds_of_other_languages(
    extractor: QualificationExtractor, text: str, entity: str, value: object
) -> None:
    facts = {found.entity: found.value for found in extractor.extract(text)}
    assert facts.get(entity) == pytest.approx(value) if isinstance(value, float) else facts.get(entity) == value
