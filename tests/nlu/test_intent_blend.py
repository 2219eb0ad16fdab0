"""The blended intent reader (bot/nlu/intent_blend.py): it reads paraphrases by meaning, keeps what it learned
when stored and loaded, and weighs DIET's ranking as configured."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest

from bot.nlu.intent_blend import IntentBlend
from bot.nlu.sentence_embeddings import shared_encoder

EXAMPLES = {
    "human": ["can I talk to a person", "get me a human", "connect me with sales", "I want an agent"],
    "goodbye": ["bye", "see you later", "I have to go now", "talk to you another time"],
    "faq": ["how much does it cost", "do you have a free trial", "is there SSO", "what plans do you have"],
}


@pytest.fixture(scope="module")
def blend() -> IntentBlend:
    texts = [text for examples in EXAMPLES.values() for text in examples]
    intents = [intent for intent, examples in EXAMPLES.items() for _ in examples]
    return IntentBlend.fit(texts, shared_encoder().encode(texts), intents)


def read(blend: IntentBlend, text: str) -> str:
    probabilities = blend.probabilities([text], shared_encoder().encode([text]))[0]
    return blend.classes[int(probabilities.argmax())]


@pytest.mark.parametrize(
    "text, intent",
    [
        ("is there a real person on the other end I could speak with", "human"),
        ("gotta jump into a meeting, catch you later", "goodbye"),
        ("what's the monthly price per seat", "faq"),
    ],
)
def test_paraphrases_no_example_holds_are_read_by_meaning(blend: IntentBlend, text: str, intent: str) -> None:
    assert read(blend, text) == intent


def test_stored_and_loaded_it_reads_the_same(blend: IntentBlend, tmp_path: Path) -> None:
    blend.save(tmp_path)
    assert not any(path.suffix == ".pkl" for path in tmp_path.iterdir())
    loaded = IntentBlend.load(tmp_path)
    texts = ["hello can I get a human", "bye for now", "price?"]
    vectors = shared_encoder().encode(texts)
    assert loaded.classes == blend.classes
    np.testing.assert_allclose(loaded.probabilities(texts, vectors), blend.probabilities(texts, vectors), atol=1e-9)


def test_diet_is_weighed_as_configured(blend: IntentBlend) -> None:
    ours = np.array([0.7 if name == "faq" else 0.3 / (len(blend.classes) - 1) for name in blend.classes])
    diet = [
        {"name": "human", "confidence": 0.6},
        {"name": "faq", "confidence": 0.3},
        {"name": "goodbye", "confidence": 0.1},
    ]
    leaning_on_diet = blend.blend(diet, ours, diet_weight=0.9)
    leaning_on_ours = blend.blend(diet, ours, diet_weight=0.1)
    assert leaning_on_diet[0]["name"] == "human" and leaning_on_ours[0]["name"] == "faq"
    assert sum(r["confidence"] for r in leaning_on_ours) == pytest.approx(1.0)


def test_what_diet_all_but_rules_out_is_not_outvoted(blend: IntentBlend) -> None:
    """DIET sure of faq, our model fairly sure of human: an average would pick human, the blend keeps faq."""
    ours = np.array([0.8 if name == "human" else 0.2 / (len(blend.classes) - 1) for name in blend.classes])
    diet = [{"name": "faq", "confidence": 0.999}, {"name": "human", "confidence": 0.0005}]
    assert blend.blend(diet, ours, diet_weight=0.4)[0]["name"] == "faq"


def test_phrasings_are_encoded_once_and_read_back_the_same(tmp_path: Path) -> None:
    from bot.nlu.intent_blend import encoded_phrasings
    from bot.nlu.sentence_embeddings import MODEL_SHA256, shared_encoder

    folder, cache = tmp_path / "phrasings", tmp_path / "cache"
    folder.mkdir()
    (folder / "batch01.yml").write_text(
        'cases:\n  - {text: "yo", intent: greet}\n  - {text: "gotta run", intent: goodbye}\n'
    )
    calls: list[int] = []

    def encode(texts):  # type: ignore[no-untyped-def]
        calls.append(len(texts))
        return shared_encoder().encode(texts)

    texts, intents, first = encoded_phrasings(folder, encode, cache, MODEL_SHA256)
    assert (texts, intents, first.shape) == (["yo", "gotta run"], ["greet", "goodbye"], (2, 384))
    _, _, again = encoded_phrasings(folder, encode, cache, MODEL_SHA256)
    assert calls == [2] and np.array_equal(first, again)  # kept, and the same vectors
    (folder / "batch01.yml").write_text('cases:\n  - {text: "hiya", intent: greet}\n')
    texts, _, changed = encoded_phrasings(folder, encode, cache, MODEL_SHA256)
    assert calls == [2, 1] and texts == ["hiya"] and changed.shape == (1, 384)


def test_fine_tuning_starts_from_the_live_blend_and_learns_the_new_label(blend: IntentBlend) -> None:
    texts = [text for examples in EXAMPLES.values() for text in examples] + ["gronk off, laters"]
    intents = [intent for intent, examples in EXAMPLES.items() for _ in examples] + ["goodbye"]
    tuned = IntentBlend.fit(texts, shared_encoder().encode(texts), intents, start=blend)
    assert tuned.ngrams == blend.ngrams  # the live model's n-grams, so its weights fit
    assert read(tuned, "gronk off, laters") == "goodbye"
    greeted = IntentBlend.fit(
        [*texts, "wazzup"], shared_encoder().encode([*texts, "wazzup"]), [*intents, "greet"], start=blend
    )
    assert "greet" in greeted.classes and greeted.ngrams != blend.ngrams  # a new intent: fitted from scratch
