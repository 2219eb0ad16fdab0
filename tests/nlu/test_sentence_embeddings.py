"""The pretrained sentence encoder (bot/nlu/sentence_embeddings.py): meaning, not wording, and the same vector
for a message however it is batched."""

from __future__ import annotations

import hashlib
import shutil
from pathlib import Path

import numpy as np
import pytest

from bot.nlu import sentence_embeddings
from bot.nlu.sentence_embeddings import (
    DERIVATION,
    DERIVED_SHA256,
    DIMENSIONS,
    ENCODER_ID,
    MODEL_SHA256,
    EncoderMissing,
    SentenceEncoder,
    derived_model,
    derived_name,
    packaged_model,
    shared_encoder,
)


def similarity(a: str, b: str) -> float:
    first, second = shared_encoder().encode([a, b])
    return float(first @ second)


def test_vectors_are_unit_length_one_per_text() -> None:
    vectors = shared_encoder().encode(["hi", "we are a dental clinic with 12 people", ""])
    assert vectors.shape == (3, DIMENSIONS)
    assert np.linalg.norm(vectors[:2], axis=1) == pytest.approx([1.0, 1.0], abs=1e-5)


@pytest.mark.parametrize(
    "message, paraphrase, unrelated",
    [
        ("gotta jump into a meeting, let's continue later", "I have to leave now, talk another time", "how much is it"),
        ("can I speak with someone from your team", "is there a real person I could talk to", "we're a bakery"),
        ("we'd like to kick the tires before paying", "is there a free trial", "delete my data"),
        ("wipe everything you stored about me", "please erase my personal data", "we have 40 employees"),
    ],
)
def test_a_paraphrase_is_nearer_than_an_unrelated_message(message: str, paraphrase: str, unrelated: str) -> None:
    assert similarity(message, paraphrase) > similarity(message, unrelated) + 0.1


def test_a_message_reads_the_same_alone_and_beside_longer_ones() -> None:
    """Neither padding nor the quantised activations' scale may carry a longer message into a shorter one's vector."""
    encoder = shared_encoder()
    alone = encoder.encode(["hi there"])[0]
    batched = encoder.encode(["hi there", "we are a very large logistics company with depots in twelve countries"])[0]
    assert float(alone @ batched) == pytest.approx(1.0, abs=1e-6)


def test_a_model_file_other_than_the_checked_one_is_refused(tmp_path: Path) -> None:
    forged = tmp_path / "model.onnx"
    forged.write_bytes(b"not the encoder")
    with pytest.raises(EncoderMissing, match="sha256"):
        SentenceEncoder(forged)


def test_the_encoder_runs_the_quantised_model_derived_from_the_packaged_one() -> None:
    import onnx

    encoder = shared_encoder()
    assert encoder.model.name == derived_name(MODEL_SHA256, DERIVATION) and encoder.model != packaged_model()
    with encoder.model.open("rb") as stream:
        assert hashlib.file_digest(stream, "sha256").hexdigest() == DERIVED_SHA256
    graph = onnx.load(str(encoder.model)).graph
    weights = {initializer.name for initializer in graph.initializer}
    ops = [node.op_type for node in graph.node]
    assert ops.count("MatMulInteger") == 30  # the six layers' weight products in int8, but for
    assert len([n for n in graph.node if n.op_type == "MatMul" and weights & set(n.input)]) == 6  # the FFN outputs


def test_the_derived_model_is_named_by_its_source_and_recipe_and_keys_the_cached_embeddings() -> None:
    assert derived_name("0" * 64, DERIVATION) != derived_name(MODEL_SHA256, DERIVATION)
    assert derived_name(MODEL_SHA256, "another-recipe") != derived_name(MODEL_SHA256, DERIVATION)
    assert MODEL_SHA256 in ENCODER_ID and DERIVATION in ENCODER_ID and DERIVED_SHA256 in ENCODER_ID


SENTENCES = [
    "we're a software company with about 200 employees",
    "hi",
    "how much does it cost?",
    "I make the final call",
    "roughly 10-15k a month",
    "gotta jump into a meeting, let's continue later",
    "¿cuánto cuesta el plan para 30 personas?",
]


def test_the_derived_encoder_reads_close_to_the_packaged_one() -> None:
    packaged = SentenceEncoder(packaged_model(), sha256=MODEL_SHA256).encode(SENTENCES)
    derived = shared_encoder().encode(SENTENCES)
    assert (packaged * derived).sum(axis=1).min() >= 0.97


def _copy_of_the_derived(calls: list[Path]):  # type: ignore[no-untyped-def]
    def derive(source: Path, target: Path, scratch: Path) -> None:
        calls.append(source)
        shutil.copyfile(shared_encoder().model, target)

    return derive


def test_a_stale_or_broken_derived_file_is_derived_again(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    calls: list[Path] = []
    monkeypatch.setattr(sentence_embeddings, "derive", _copy_of_the_derived(calls))
    first = derived_model(packaged_model(), tmp_path)
    assert derived_model(packaged_model(), tmp_path) == first and len(calls) == 1  # made once, then kept
    first.write_bytes(b"half a model")
    assert derived_model(packaged_model(), tmp_path) == first and len(calls) == 2
    assert [p.name for p in tmp_path.iterdir()] == [first.name]  # nothing left beside it


def test_a_source_other_than_the_checked_one_is_not_derived(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    calls: list[Path] = []
    monkeypatch.setattr(sentence_embeddings, "derive", _copy_of_the_derived(calls))
    forged = tmp_path / "model.onnx"
    forged.write_bytes(b"not the encoder")
    with pytest.raises(EncoderMissing, match="sha256"):
        derived_model(forged, tmp_path / "cache")
    assert not calls


def test_a_derivation_that_fails_or_differs_says_so(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    def without_onnx(source: Path, target: Path, scratch: Path) -> None:
        raise ModuleNotFoundError("No module named 'onnx'")

    monkeypatch.setattr(sentence_embeddings, "derive", without_onnx)
    with pytest.raises(EncoderMissing, match=r"could not derive the quantised sentence encoder.*make install"):
        derived_model(packaged_model(), tmp_path)

    def other_bytes(source: Path, target: Path, scratch: Path) -> None:
        target.write_bytes(b"another onnxruntime's output")

    monkeypatch.setattr(sentence_embeddings, "derive", other_bytes)
    with pytest.raises(EncoderMissing, match="sha256 differs"):
        derived_model(packaged_model(), tmp_path)
    assert not list(tmp_path.iterdir())  # neither left a file to be taken later
