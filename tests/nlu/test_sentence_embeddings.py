"""The pretrained sentence encoder (bot/nlu/sentence_embeddings.py): meaning, not wording, and the same vector
for a message however it is batched."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest

from bot.nlu.sentence_embeddings import DIMENSIONS, EncoderMissing, SentenceEncoder, shared_encoder


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
    """Padding a batch to its longest message must not change a shorter one's vector."""
    encoder = shared_encoder()
    alone = encoder.encode(["hi there"])[0]
    batched = encoder.encode(["hi there", "we are a very large logistics company with depots in twelve countries"])[0]
    assert float(alone @ batched) == pytest.approx(1.0, abs=1e-5)


def test_a_model_file_other_than_the_checked_one_is_refused(tmp_path: Path) -> None:
    forged = tmp_path / "model.onnx"
    forged.write_bytes(b"not the encoder")
    with pytest.raises(EncoderMissing, match="sha256"):
        SentenceEncoder(forged)
