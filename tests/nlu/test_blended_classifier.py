"""The blended intent reader as Rasa runs it (bot/nlu/component.py): a second opinion only where DIET is unsure."""

from __future__ import annotations

import pytest
from rasa.shared.nlu.constants import TEXT
from rasa.shared.nlu.training_data.message import Message

from bot.nlu.component import BlendedIntentClassifier
from bot.nlu.intent_blend import IntentBlend
from bot.nlu.sentence_embeddings import shared_encoder

EXAMPLES = {
    "human": ["can I talk to a person", "get me a human", "connect me with sales"],
    "goodbye": ["bye", "see you later", "I have to go now"],
    "faq": ["how much does it cost", "do you have a free trial", "what plans do you have"],
}


@pytest.fixture(scope="module")
def reader() -> BlendedIntentClassifier:
    texts = [text for examples in EXAMPLES.values() for text in examples]
    intents = [intent for intent, examples in EXAMPLES.items() for _ in examples]
    blend = IntentBlend.fit(texts, shared_encoder().encode(texts), intents)
    config = BlendedIntentClassifier.get_default_config()
    return BlendedIntentClassifier(config, None, None, blend)  # type: ignore[arg-type]


def test_diet_sure_of_itself_is_taken_as_it_is(reader: BlendedIntentClassifier) -> None:
    sure = [{"name": "faq", "confidence": 0.995}, {"name": "human", "confidence": 0.005}]
    assert reader.blended([Message({TEXT: "gotta run, bye"})], [sure]) == [sure]


def test_diet_unsure_gets_a_second_opinion(reader: BlendedIntentClassifier) -> None:
    unsure = [{"name": "faq", "confidence": 0.55}, {"name": "goodbye", "confidence": 0.45}]
    messages = [Message({TEXT: "gotta jump into a meeting, catch you later"}), Message({TEXT: "price?"})]
    sure = [{"name": "faq", "confidence": 0.999}]
    read = reader.blended(messages, [unsure, sure])
    assert read[0][0]["name"] == "goodbye" and read[1] == sure


def test_process_sets_the_blended_intent_on_the_message(reader: BlendedIntentClassifier) -> None:
    message = Message({TEXT: "is there a real person I could speak with"})
    message.set("intent_ranking", [{"name": "faq", "confidence": 0.5}, {"name": "human", "confidence": 0.5}])
    message.set("intent", {"name": "faq", "confidence": 0.5})
    reader.process([message])
    assert message.get("intent")["name"] == "human"
    assert message.get("intent_ranking")[0] == message.get("intent")
