"""Hostile input stays cheap: the extractors read a squeezed text, and what they find points at
the visitor's own characters."""

from __future__ import annotations

from bot.nlu.extractor import MAX_CHARS, QualificationExtractor
from bot.nlu.squeeze import LONGEST_TOKEN, Squeezed


def test_runs_of_spaces_are_one_space_and_no_token_outgrows_the_limit() -> None:
    for hostile in ("in 5" + " " * 1994 + "x", ".," * 1000, "$" * MAX_CHARS, "5\t\n" * 600):
        squeezed = Squeezed(hostile).text
        assert "  " not in squeezed and "\t" not in squeezed and "\n" not in squeezed
        assert max(len(token) for token in squeezed.split()) <= LONGEST_TOKEN


def test_what_is_found_in_a_squeezed_text_points_at_the_visitors_words(extractor: QualificationExtractor) -> None:
    text = "we are   about\n\n 40 people,      budget\t$5k a month, going live in   3 months"
    spans = {f.entity: (f.value, text[f.start : f.end]) for f in extractor.extract(text)}
    assert spans == {
        "company_size": (40, "40 people"),
        "budget": (60_000, "$5k a month"),
        "timeline": (92, "in   3 months"),
    }


def test_hostile_runs_find_nothing_and_still_leave_the_real_answer(extractor: QualificationExtractor) -> None:
    assert extractor.extract("." * MAX_CHARS) == []
    found = extractor.extract("about 40 people" + " " * 1500 + "!" * 400)
    assert [(f.entity, f.value) for f in found] == [("company_size", 40)]
