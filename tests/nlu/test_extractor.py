import itertools

import pytest

from bot.nlu.extractor import QualificationExtractor
from tests.nlu.evaluate import evaluate, load_devset


def test_several_facts_from_one_sentence(extractor: QualificationExtractor) -> None:
    text = "I'm the CTO of a 300-person bank and we need this by next quarter"
    found = {f.entity: (f.value, text[f.start : f.end]) for f in extractor.extract(text)}
    assert found == {
        "authority": ("decision_maker", "CTO"),
        "company_size": (300, "300-person"),
        "industry": ("financial_services", "bank"),
        "timeline": (40, "next quarter"),
    }


def test_spans_never_overlap_between_entities(extractor: QualificationExtractor) -> None:
    found = extractor.extract("we're a 40 person law firm, budget around 20k a year, need it in 3 months")
    spans = sorted((f.start, f.end) for f in found)
    assert all(a_end <= b_start for (_, a_end), (b_start, _) in itertools.pairwise(spans))


@pytest.mark.parametrize(
    "text",
    [
        "x" * 10_000,
        "😀" * 5000,
        "我们是一家银行 预算 5万",
        "$$$",
        "-5k",
        "1e9",
        "9" * 500,
        "\x00\x01\x02",
        "   ",
        "",
        "k k k k m m m",
        "0.0.0.0.0",
    ],
)
def test_hostile_input_never_crashes_or_yields_absurd_values(extractor: QualificationExtractor, text: str) -> None:
    for found in extractor.extract(text):
        if found.entity == "budget":
            assert 0 <= found.value <= 50_000_000
        if found.entity == "company_size":
            assert 1 <= found.value <= 3_000_000
        if found.entity == "timeline":
            assert 0 <= found.value <= 3 * 365


def test_development_set_accuracy_is_at_least_97_percent(extractor: QualificationExtractor) -> None:
    _, cases = load_devset()
    report = evaluate(extractor, cases)
    assert len(cases) >= 200
    for entity in ("budget", "timeline", "authority", "industry", "company_size"):
        assert report.accuracy(entity) >= 0.97, "\n".join(report.misses)
