"""Industries of businesses described in words the taxonomy does not hold (WordNet 3.0)."""

from __future__ import annotations

import pytest

from bot.nlu.extractor import QualificationExtractor
from bot.nlu.wordnet_industry import WordNetIndustries
from bot.settings import get_settings

pytestmark = [
    pytest.mark.clock,
    pytest.mark.skipif(
        not WordNetIndustries({}).wordnet_dir.joinpath("data.noun").is_file(),
        reason="WordNet data missing (scripts/install-wordnet.sh)",
    ),
]


@pytest.fixture(scope="module")
def extractor() -> QualificationExtractor:
    settings = get_settings()
    return QualificationExtractor.from_files(settings.taxonomy_path, settings.currencies_path)


def test_every_anchor_is_a_wordnet_synset() -> None:
    assert WordNetIndustries({}).anchors_missing() == []


@pytest.mark.parametrize(
    ("text", "industry"),
    [
        ("we run a vineyard", "agriculture"),  # vineyard -> farm
        ("we're a brewery", "manufacturing"),  # brewery -> plant
        ("we're a dental practice", "healthcare"),  # dentist -> medical practitioner
        ("we run a trucking outfit", "logistics"),  # trucking -> transportation
        ("we're a hostel in lisbon", "hospitality"),  # hostel -> hotel
        ("we run a refinery", "energy"),
    ],
)
def test_a_business_described_in_other_words_gets_its_industry(
    extractor: QualificationExtractor, text: str, industry: str
) -> None:
    found = extractor.first(text, "industry")
    assert found is not None and found.value == industry


def test_what_the_business_does_with_a_thing_decides(extractor: QualificationExtractor) -> None:
    found = extractor.first("we make frozen pizzas for grocery chains", "industry")
    assert found is not None and found.value == "manufacturing"  # the grocery chains are the customers


def test_a_typo_one_letter_from_a_taxonomy_word_is_that_word(extractor: QualificationExtractor) -> None:
    found = extractor.first("constrution", "industry", answering="industry")
    assert found is not None and found.value == "construction"


def test_the_person_or_a_place_is_not_the_business(extractor: QualificationExtractor) -> None:
    assert extractor.first("I'm a student writing a paper", "industry") is None
    assert extractor.first("I'm writing from Denver", "industry") is None
