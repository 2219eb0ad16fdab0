"""Our code that shapes what is trained (featurizers, the blended intent reader). Rasa's training cache and our
model cache know config and data, not code: both add this fingerprint, so a change to the code trains anew where
the same config and data would otherwise take the older model from a cache."""

from __future__ import annotations

import functools
import hashlib
from pathlib import Path

TRAINING_CODE = tuple(
    Path(__file__).resolve().parent / name
    for name in ("component.py", "intent_blend.py", "sentence_embeddings.py", "supersenses.py", "faq_answers.py")
)


def code_fingerprint() -> str:
    return _digest_of(TRAINING_CODE)


@functools.cache  # the code does not change while a process runs, and Rasa asks once per component
def _digest_of(files: tuple[Path, ...]) -> str:
    digest = hashlib.sha256()
    for file in files:
        digest.update(file.read_bytes())
    return digest.hexdigest()[:16]
