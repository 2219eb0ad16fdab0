"""Which FAQ answer answers a question: read with the real sentence encoder against the FAQ examples in data/nlu and
the answers in domain.yml, as the trained model reads them."""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path

import numpy as np
import pytest

from bot.nlu.faq_answers import FaqAnswers, asked_terms
from bot.nlu.sentence_embeddings import shared_encoder
from bot.settings import PROJECT_ROOT
from bot.studio.training_data import read_examples
from bot.yamlfile import load_yaml


@lru_cache(maxsize=1)
def faq_answers() -> FaqAnswers:
    examples = [(e.text, e.intent) for e in read_examples(PROJECT_ROOT / "data" / "nlu") if e.intent.startswith("faq/")]
    responses = load_yaml((PROJECT_ROOT / "domain.yml").read_text(encoding="utf-8"))["responses"]
    answers = {
        name.removeprefix("utter_"): v[0]["text"] for name, v in responses.items() if name.startswith("utter_faq/")
    }
    return FaqAnswers.fit(examples, answers, shared_encoder().encode, handoff_topics=("faq/ask_specialist",))


def read(text: str):  # type: ignore[no-untyped-def]
    return faq_answers().read(text, shared_encoder().encode([text])[0])


@pytest.mark.parametrize(
    ("text", "topic"),
    [
        ("do you guys do sso with okta?", "faq/sso"),
        ("is there a free trial", "faq/free_trial"),
        ("can we cancel whenever we want?", "faq/contract"),
        ("where is our data stored, eu or us?", "faq/data_handling"),
        ("bank transfer ok?", "faq/billing"),  # short, but every word is the answer's
        ("zapier??", "faq/integrations"),
        # what happens to this chat, and partners: they had got the bot answer and a specialist
        ("is this chat being recorded??", "faq/chat_privacy"),
        ("do u use my chats to train your AI", "faq/chat_privacy"),
        ("we're an agency, can we resell you?", "faq/partners"),
    ],
)
def test_a_question_our_answer_speaks_to_gets_that_answer(text: str, topic: str) -> None:
    reading = read(text)
    assert (reading.topic, reading.answerable) == (topic, True), reading


@pytest.mark.parametrize(
    "text",
    [
        "is it hipaa compliant",
        "do you have a mobile app",
        "can i pay with paypal",
        "do you offer phone support",  # support has email and chat, not phone
        "is there an on-prem version we can self host",
        "iso 27001 certified?",
    ],
)
def test_a_question_no_answer_of_ours_speaks_to_is_for_a_person(text: str) -> None:
    reading = read(text)
    assert not reading.answerable, reading


def test_a_question_near_one_we_know_no_answer_of_ours_answers_is_handed_off() -> None:
    reading = read("do u guys have phone support??")
    assert (reading.topic, reading.handoff, reading.answerable) == ("faq/ask_specialist", True, False), reading


def test_the_words_a_question_is_about_leave_out_asking_and_stop_words() -> None:
    assert asked_terms("Do you guys accept credit cards?") == {"credit", "card"}
    assert asked_terms("aes-256 at rest??") == {"aes-256", "rest"}


def test_a_saved_reader_reads_as_the_trained_one(tmp_path: Path) -> None:
    faq_answers().save(tmp_path)
    loaded = FaqAnswers.load(tmp_path)
    vector = shared_encoder().encode(["is sso included?"])[0]
    assert loaded.read("is sso included?", vector) == faq_answers().read("is sso included?", vector)
    assert np.array_equal(loaded.examples, faq_answers().examples)


def test_answers_without_examples_are_refused() -> None:
    with pytest.raises(ValueError, match="no FAQ topic"):
        FaqAnswers.fit([("hello", "faq/x")], {}, shared_encoder().encode)


@pytest.mark.parametrize(
    ("text", "topics"),
    [
        ("do you have sso? also is there a free trial", {"faq/sso", "faq/free_trial"}),
        ("can we cancel anytime and do you integrate with hubspot", {"faq/contract", "faq/integrations"}),
        ("do you do sso with okta and azure ad", {"faq/sso"}),  # one topic, asked of two providers
        ("is there a free trial", {"faq/free_trial"}),
    ],
)
def test_a_question_asking_two_things_reads_the_second_topic_too(text: str, topics: set[str]) -> None:
    # "what's your refund policy and contract length?" got the contract answer alone
    first = read(text)
    assert {first.topic, *faq_answers().also_asked(text, first, shared_encoder().encode)} == topics


@pytest.mark.parametrize("text", ["does your product have ai features?", "any case studies from customers like us?"])
def test_ai_in_the_product_and_references_are_for_a_person_not_the_chat_or_partner_answers(text: str) -> None:
    # "do you have ai features" got the answer about this chat and AI training, "who are some of your customers, any
    # case studies" the partner program
    reading = read(text)
    assert reading.topic not in ("faq/chat_privacy", "faq/partners") or not reading.answerable, reading
