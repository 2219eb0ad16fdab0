"""A question asking for a call gets a yes, never an FAQ answer the retrieval happened to pick."""

from __future__ import annotations

import pytest

from bot.dialog.answer_choice import Answer, choose_answer


@pytest.mark.parametrize("text", ["ok can i book a call?", "could we schedule a demo?", "can we hop on a quick call?"])
def test_asking_for_a_call_is_answered_with_the_call(text: str) -> None:
    choice = choose_answer(
        text, intent="faq", faq_key="faq/integrations", faq_confidence=0.9, seats=None, names_competitor=False
    )
    assert choice.answer is Answer.CALL and choice.buying_signal


def test_a_call_center_integration_is_a_question_about_integrations() -> None:
    choice = choose_answer(
        "do you have a call center integration?",
        intent="faq",
        faq_key="faq/integrations",
        faq_confidence=0.9,
        seats=None,
        names_competitor=False,
    )
    assert choice.answer is Answer.FAQ
