"""The blended intent reader as Rasa runs it (bot/nlu/component.py): a second opinion on DIET's reading, and the
phrasings strangers wrote (data/phrasings/) learnt beside the examples."""

from __future__ import annotations

from pathlib import Path

import pytest
from rasa.shared.nlu.constants import TEXT
from rasa.shared.nlu.training_data.message import Message

from bot.nlu.component import BlendedIntentClassifier
from bot.nlu.intent_blend import IntentBlend, load_phrasings
from bot.nlu.sentence_embeddings import shared_encoder
from bot.settings import PROJECT_ROOT

EXAMPLES = {
    "human": ["can I talk to a person", "get me a human", "connect me with sales"],
    "goodbye": ["bye", "see you later", "I have to go now"],
    "faq": ["how much does it cost", "do you have a free trial", "what plans do you have"],
}


@pytest.fixture(scope="module")
def blend() -> IntentBlend:
    texts = [text for examples in EXAMPLES.values() for text in examples]
    intents = [intent for intent, examples in EXAMPLES.items() for _ in examples]
    return IntentBlend.fit(texts, shared_encoder().encode(texts), intents)


@pytest.fixture(scope="module")
def reader(blend: IntentBlend) -> BlendedIntentClassifier:
    return BlendedIntentClassifier(BlendedIntentClassifier.get_default_config(), None, None, blend)  # type: ignore[arg-type]


def test_without_the_gate_diet_sure_of_a_mistake_is_corrected(blend: IntentBlend) -> None:
    # DIET read "connect me to a human" as faq at 1.00 (fresh batch 19): with no gate, our model gets its say
    config = {**BlendedIntentClassifier.get_default_config(), "sure_above": None}
    every = BlendedIntentClassifier(config, None, None, blend)  # type: ignore[arg-type]
    sure = [{"name": "faq", "confidence": 1.0}, {"name": "human", "confidence": 1e-6}]
    assert every.blended([Message({TEXT: "connect me to a real person please"})], [sure])[0][0]["name"] == "human"


def test_the_gate_takes_diet_sure_of_itself_as_it_is(reader: BlendedIntentClassifier) -> None:
    gated = reader
    unsure = [{"name": "faq", "confidence": 0.55}, {"name": "goodbye", "confidence": 0.45}]
    messages = [Message({TEXT: "gotta jump into a meeting, catch you later"}), Message({TEXT: "hello there"})]
    sure = [{"name": "greet", "confidence": 0.999}]
    read = gated.blended(messages, [unsure, sure])
    assert read[0][0]["name"] == "goodbye" and read[1] == sure


def test_diet_sure_of_a_question_is_blended_all_the_same(reader: BlendedIntentClassifier) -> None:
    """The FAQ reader encodes a question anyway, and DIET's sure mistakes are mostly questions."""
    sure_question = [{"name": "faq", "confidence": 1.0}, {"name": "human", "confidence": 1e-6}]
    read = reader.blended([Message({TEXT: "connect me to a real person please"})], [sure_question])
    assert read[0][0]["name"] == "human"


def test_diet_sure_of_words_english_does_not_have_is_blended_all_the_same(blend: IntentBlend) -> None:
    """DIET learnt English: sure of "je voudrais parler à un commercial" as start_discovery, it was wrong."""
    examples = {**EXAMPLES, "human": [*EXAMPLES["human"], "je voudrais parler à un commercial humain"]}
    texts = [text for said in examples.values() for text in said]
    intents = [intent for intent, said in examples.items() for _ in said]
    french = BlendedIntentClassifier(
        BlendedIntentClassifier.get_default_config(),
        None,  # type: ignore[arg-type]
        None,  # type: ignore[arg-type]
        IntentBlend.fit(texts, shared_encoder().encode(texts), intents),
    )
    sure = [{"name": "goodbye", "confidence": 1.0}, {"name": "human", "confidence": 1e-6}]
    assert french.blended([Message({TEXT: "je voudrais parler à un humain"})], [sure])[0][0]["name"] == "human"
    english_sure = [{"name": "goodbye", "confidence": 0.999}, {"name": "human", "confidence": 1e-6}]
    assert french.blended([Message({TEXT: "see you later then"})], [english_sure])[0] == english_sure


def test_the_phrasings_strangers_wrote_are_read_with_their_intents(tmp_path: Path) -> None:
    (tmp_path / "batch01.yml").write_text(
        'cases:\n  - {text: "yo", intent: greet}\n  - {text: "bye 4 now", intent: goodbye}\n'
    )
    (tmp_path / "notes.txt").write_text("not a batch")
    assert load_phrasings(tmp_path) == [("yo", "greet"), ("bye 4 now", "goodbye")]
    assert load_phrasings(tmp_path / "missing") == []
    assert len(load_phrasings(PROJECT_ROOT / "data" / "phrasings")) > 5000


def test_a_change_to_the_phrasings_trains_the_reader_anew(tmp_path: Path) -> None:
    config = {"phrasings": str(tmp_path)}
    (tmp_path / "batch01.yml").write_text('cases:\n  - {text: "yo", intent: greet}\n')
    before = BlendedIntentClassifier.fingerprint_addon(config)
    (tmp_path / "batch01.yml").write_text('cases:\n  - {text: "yo", intent: goodbye}\n')
    assert BlendedIntentClassifier.fingerprint_addon(config) != before


def test_process_sets_the_blended_intent_on_the_message(reader: BlendedIntentClassifier) -> None:
    message = Message({TEXT: "is there a real person I could speak with"})
    message.set("intent_ranking", [{"name": "faq", "confidence": 0.5}, {"name": "human", "confidence": 0.5}])
    message.set("intent", {"name": "faq", "confidence": 0.5})
    reader.process([message])
    assert message.get("intent")["name"] == "human"
    assert message.get("intent_ranking")[0] == message.get("intent")
