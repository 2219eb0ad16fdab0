"""The blended intent reader (bot/nlu/intent_blend.py): it reads paraphrases by meaning, keeps what it learned
when stored and loaded, and weighs DIET's ranking as configured."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

import numpy as np
import pytest

from bot.nlu.intent_blend import IntentBlend, encoded_texts
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
    from bot.nlu.sentence_embeddings import ENCODER_ID, shared_encoder

    folder, cache = tmp_path / "phrasings", tmp_path / "cache"
    folder.mkdir()
    (folder / "batch01.yml").write_text(
        'cases:\n  - {text: "yo", intent: greet}\n  - {text: "gotta run", intent: goodbye}\n'
    )
    calls: list[int] = []

    def encode(texts):  # type: ignore[no-untyped-def]
        calls.append(len(texts))
        return shared_encoder().encode(texts)

    texts, intents, first = encoded_phrasings(folder, encode, cache, ENCODER_ID)
    assert (texts, intents, first.shape) == (["yo", "gotta run"], ["greet", "goodbye"], (2, 384))
    _, _, again = encoded_phrasings(folder, encode, cache, ENCODER_ID)
    assert calls == [2] and np.array_equal(first, again)  # kept, and the same vectors
    (folder / "batch01.yml").write_text('cases:\n  - {text: "hiya", intent: greet}\n')
    texts, _, changed = encoded_phrasings(folder, encode, cache, ENCODER_ID)
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


def _sklearn_probabilities(blend: IntentBlend, texts: list[str], embeddings: np.ndarray) -> np.ndarray:
    """The earlier path: scikit-learn's tf-idf transform, stacked beside the embedding, times the weights."""
    logits = np.asarray(blend._features(texts, embeddings) @ blend.coef.T + blend.intercept)
    if logits.shape[1] == 1:
        logits = np.hstack([-logits, logits]) / 2
    exp = np.exp(logits - logits.max(axis=1, keepdims=True))
    return exp / exp.sum(axis=1, keepdims=True)


VARIED = [
    "",
    " ",
    "?!",
    "a",
    "HOW MUCH does it COST",
    "  can   I\ttalk to\na person ",
    "zzqxj wvkq",  # n-grams the model never saw, but for single letters
    "¿Cuánto cuesta? Somos una clínica dental con 12 personas",
    "我们有50名员工，预算大约两万元",
    "naïve café résumé — Ω≈ç√ 🚀🚀",
    "Straße ÆØÅ İstanbul ǅ",  # letters that change length or form when lowercased
    "talk to you later, " * 400,  # about 8,000 characters
    "x" * 5000,
]


@pytest.mark.parametrize("binary", [False, True])
def test_probabilities_are_scikit_learns_without_its_transform(
    blend: IntentBlend, binary: bool, tmp_path: Path
) -> None:
    if binary:
        texts = EXAMPLES["human"] + EXAMPLES["goodbye"]
        model = IntentBlend.fit(texts, shared_encoder().encode(texts), ["human"] * 4 + ["goodbye"] * 4)
        assert model.coef.shape[0] == 1
    else:
        model = blend
    model.save(tmp_path)
    loaded = IntentBlend.load(tmp_path)  # as a model file is read: the n-grams from JSON
    rng = np.random.default_rng(7)
    vectors = np.vstack([shared_encoder().encode(VARIED[:4]), rng.normal(size=(len(VARIED) - 4, 384))])
    for reader in (model, loaded):
        expected = _sklearn_probabilities(reader, VARIED, vectors)
        np.testing.assert_allclose(reader.probabilities(VARIED, vectors), expected, rtol=0, atol=1e-6)
        for text, row in zip(VARIED, vectors, strict=True):  # one at a time, as a turn reads them
            np.testing.assert_allclose(
                reader.probabilities([text], row[None]), _sklearn_probabilities(reader, [text], row[None]), atol=1e-6
            )
    np.testing.assert_allclose(  # the logits too, tighter than the softmax hides
        loaded.logits(VARIED, vectors),
        np.asarray(loaded._features(VARIED, vectors) @ loaded.coef.T + loaded.intercept),
        rtol=0,
        atol=1e-9,
    )


def test_training_examples_are_encoded_once_per_machine(tmp_path: Path) -> None:
    """The studio's training after one new label encodes that example only; the vectors are the ones made before."""

    asked: list[str] = []

    def encode(texts: Sequence[str]) -> np.ndarray:
        asked.extend(texts)
        return np.asarray([[len(text), text.count("a"), 1.0] for text in texts], dtype=np.float32)

    first = encoded_texts(["hi there", "what does it cost", "hi there"], encode, tmp_path, "encoder-1")
    assert sorted(asked) == ["hi there", "what does it cost"]
    asked.clear()
    second = encoded_texts(["what does it cost", "hi there", "book a demo"], encode, tmp_path, "encoder-1")
    assert asked == ["book a demo"]
    assert np.array_equal(second[:2], first[[1, 0]])
    asked.clear()
    encoded_texts(["hi there"], encode, tmp_path, "encoder-2")  # another encoder's vectors are never mixed in
    assert asked == ["hi there"]
    assert encoded_texts([], encode, tmp_path, "encoder-1").shape[0] == 0
