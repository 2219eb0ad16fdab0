"""A second intent reader beside DIET: a linear model over each message's pretrained sentence embedding and its
character n-grams, blended with DIET's ranking.

Why two readers: DIET learns our examples' words well and overfits them; the sentence encoder knows paraphrases
no example holds but blurs close intents. Measured on the 4,727 held-out phrasings of batches 1-17, blending the
two (a geometric mean, DIET weighted 0.4) read batches 15-17 88.7%, 86.9% and 88.0% right, where DIET alone read
84.8%, 83.9% and 81.3%. DIET is weighted 0.5 (88.0%, 85.7%, 87.8%): at 0.4 a hedged, slangy yes to discovery ("i
guess alright, ask ur questions") fell below the fallback threshold, which the dialog fuzzer caught.

DIET keeps its own features: given the sentence embedding too, it read fresh batches about a point better but lost
typo'd replies ("alright, ask your qestions"), where the word pieces of a typo mislead the encoder and DIET's
character n-grams do not. Stored as plain arrays and JSON (no pickle), so a model file is data.

Our model also learns from the phrasings strangers wrote (data/phrasings/: earlier blind batches, each scored once
before it joined): the examples in data/nlu are what their authors imagined. Measured on batches 15-18 with 1-14
learnt, DIET weighted 0.5 as before, it read them 89.2% where the examples alone gave 87.8%. With the
phrasings our model is the better reader, so DIET is weighted less: 0.2 read them 92.7% (0.1 92.7%, 0.3 91.5%,
0.4 90.5%, our model alone 91.8%). DIET at 0.99 or more is still taken as it is (bot/nlu/component.py), which
reads 90.8% there, for DIET is sure of some mistakes ("connect me to a human" as faq at 1.00): blending every message
costs about 4 ms of a turn, and a turn's cost is kept near bare Rasa's.
"""

from __future__ import annotations

import functools
import hashlib
import json
from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import BinaryIO

import numpy as np
import scipy.sparse

from bot.files import write_whole_with
from bot.yamlfile import load_yaml

RANKING_LENGTH = 10  # as DIET's intent_ranking
_FLOOR = 1e-4  # an intent DIET leaves out of its top ten


def _vectorizer(vocabulary: dict[str, int] | None = None):  # type: ignore[no-untyped-def]
    from sklearn.feature_extraction.text import TfidfVectorizer

    return TfidfVectorizer(analyzer="char_wb", ngram_range=(1, 4), sublinear_tf=True, vocabulary=vocabulary)


def _phrasing_files(directory: Path) -> list[Path]:
    return sorted(directory.glob("*.yml")) if directory.is_dir() else []  # none in a checkout that keeps none


def _cases(content: bytes) -> list[tuple[str, str]]:
    return [(str(c["text"]), str(c["intent"])) for c in (load_yaml(content) or {}).get("cases") or []]


def load_phrasings(directory: Path) -> list[tuple[str, str]]:
    """(text, intent) of every case in the folder's YAML files ({cases: [{text, intent}]}), in file order."""
    return [case for path in _phrasing_files(directory) for case in _cases(path.read_bytes())]


def encoded_phrasings(
    directory: Path, encode: Callable[[Sequence[str]], np.ndarray], cache: Path | None, encoder_id: str
) -> tuple[list[str], list[str], np.ndarray]:
    """Texts, intents and embeddings of the phrasings, each file encoded on its own and kept in `cache` by its
    content and the encoder: a training (the studio's, after one new label) encodes the 5,000 phrasings once
    per machine, not every time, and gets the same vectors whether they were kept or not."""
    texts: list[str] = []
    intents: list[str] = []
    blocks: list[np.ndarray] = []
    for path in _phrasing_files(directory):
        content = path.read_bytes()
        cases = _cases(content)
        if not cases:
            continue
        kept = None
        if cache is not None:
            key = hashlib.sha256(content + encoder_id.encode()).hexdigest()[:24]
            kept = cache / f"phrasings-{key}.npy"
        vectors = np.load(kept, allow_pickle=False) if kept is not None and kept.exists() else None
        if vectors is None or vectors.shape[0] != len(cases):
            vectors = np.asarray(encode([text for text, _ in cases]), dtype=np.float32)
            if kept is not None:
                write_whole_with(kept, functools.partial(_save, vectors))
        texts += [text for text, _ in cases]
        intents += [intent for _, intent in cases]
        blocks.append(vectors)
    return texts, intents, (np.vstack(blocks) if blocks else np.zeros((0, 0), dtype=np.float32))


def _save(vectors: np.ndarray, file: BinaryIO) -> None:
    np.save(file, vectors)


def encoded_texts(
    texts: Sequence[str], encode: Callable[[Sequence[str]], np.ndarray], cache: Path | None, encoder_id: str
) -> np.ndarray:
    """Embeddings of the training examples, the ones encoded by an earlier training taken from `cache`: each text is
    encoded alone (bot/nlu/sentence_embeddings.py), so its vector is the same whenever it is made, and the studio's
    training after one new label encodes that one example, not all 2,000."""
    if not texts:
        return np.asarray(encode([]), dtype=np.float32)
    kept: dict[str, np.ndarray] = {}
    path = None
    if cache is not None:
        path = cache / f"examples-{hashlib.sha256(encoder_id.encode()).hexdigest()[:24]}.npz"
        if path.exists():
            with np.load(path, allow_pickle=False) as stored:
                kept = dict(zip(stored["texts"].tolist(), stored["vectors"], strict=True))
    missing = sorted({text for text in texts if text not in kept})
    if missing:
        kept.update(zip(missing, np.asarray(encode(missing), dtype=np.float32), strict=True))
    vectors = np.asarray([kept[text] for text in texts], dtype=np.float32).reshape(len(texts), -1)
    if path is not None and missing:
        ordered = sorted(set(texts))  # this training's texts: the cache holds what the next one most likely reuses
        write_whole_with(
            path,
            lambda file: np.savez(
                file, texts=np.asarray(ordered), vectors=np.asarray([kept[t] for t in ordered], dtype=np.float32)
            ),
        )
    return vectors


def phrasings_digest(directory: Path) -> str:
    """Of the phrasings' files: Rasa's training cache knows data/nlu, not this folder."""
    digest = hashlib.sha256()
    for path in _phrasing_files(directory):
        digest.update(path.name.encode())
        digest.update(path.read_bytes())
    return digest.hexdigest()[:16]


@dataclass(frozen=True)
class _Prepared:
    """What `IntentBlend.logits` reads, laid out once: the weights as (features, classes), so a message's n-grams
    select rows."""

    analyzer: Callable[[str], list[str]]
    index: dict[str, int]
    idf: np.ndarray
    embedding_coef: np.ndarray  # (embedding dimensions, classes), embedding_scale folded in
    ngram_coef: np.ndarray  # (n-grams, classes)
    intercept: np.ndarray


@dataclass
class IntentBlend:
    """The fitted linear model: class names, weights over [embedding, character n-grams], the n-grams' idf."""

    classes: list[str]
    coef: np.ndarray
    intercept: np.ndarray
    ngrams: dict[str, int]
    idf: np.ndarray
    embedding_scale: float = 2.0  # a unit embedding weighs as much as the n-grams' unit tf-idf row, doubled
    _reader: object = field(default=None, init=False, repr=False, compare=False)  # the n-gram vectorizer, built once
    _fast: _Prepared | None = field(default=None, init=False, repr=False, compare=False)  # for `logits`, built once

    @classmethod
    def fit(
        cls,
        texts: Sequence[str],
        embeddings: np.ndarray,
        intents: Sequence[str],
        regularization: float = 16.0,
        start: IntentBlend | None = None,
    ) -> IntentBlend:
        """`start`: the live model's blend, when the studio fine-tunes it with a few new labels and the same
        intents. Its n-grams are kept and its weights are where the fit starts, which converges in a fraction of
        the time (a new example's n-grams it never saw still count through its embedding)."""
        from sklearn.linear_model import LogisticRegression

        warm = start if start is not None and sorted(set(intents)) == start.classes else None
        if warm is not None:
            blend = cls([], np.zeros(0), np.zeros(0), dict(warm.ngrams), warm.idf, warm.embedding_scale)
        else:
            vectorizer = _vectorizer().fit(texts)
            blend = cls([], np.zeros(0), np.zeros(0), dict(vectorizer.vocabulary_), vectorizer.idf_)
            blend._reader = vectorizer
        features = blend._features(texts, embeddings)
        model = LogisticRegression(C=regularization, max_iter=3000, warm_start=warm is not None)
        if warm is not None:
            model.coef_, model.intercept_ = warm.coef.copy(), warm.intercept.copy()
        model.fit(features, list(intents))
        blend.classes = [str(c) for c in model.classes_]
        blend.coef, blend.intercept = model.coef_, model.intercept_
        return blend

    def _features(self, texts: Sequence[str], embeddings: np.ndarray) -> scipy.sparse.csr_matrix:
        """The features the model is fitted on (scikit-learn's tf-idf beside the scaled embedding); `probabilities`
        computes the same logits without them."""
        ngrams = self._ngram_reader().transform(list(texts))
        dense = scipy.sparse.csr_matrix(np.asarray(embeddings, dtype=np.float64) * self.embedding_scale)
        return scipy.sparse.hstack([dense, ngrams]).tocsr()

    def _ngram_reader(self):  # type: ignore[no-untyped-def]
        if self._reader is None:  # rebuilding it from 10,000 n-grams took 2.5 ms of every message
            self._reader = _vectorizer({k: int(v) for k, v in self.ngrams.items()})
            self._reader.idf_ = self.idf  # type: ignore[attr-defined]
        return self._reader

    def _prepared(self) -> _Prepared:
        if self._fast is None:
            dimensions = self.coef.shape[1] - len(self.ngrams)
            coef = np.asarray(self.coef, dtype=np.float64)
            self._fast = _Prepared(
                analyzer=self._ngram_reader().build_analyzer(),
                index={k: int(v) for k, v in self.ngrams.items()},
                idf=np.asarray(self.idf, dtype=np.float64),
                embedding_coef=np.ascontiguousarray(coef[:, :dimensions].T) * self.embedding_scale,
                ngram_coef=np.ascontiguousarray(coef[:, dimensions:].T),
                intercept=np.asarray(self.intercept, dtype=np.float64),
            )
        return self._fast

    def logits(self, texts: Sequence[str], embeddings: np.ndarray) -> np.ndarray:
        """`_features(...) @ coef.T + intercept` without building the features: scikit-learn's transform and the
        sparse hstack cost about 1 ms a message, the model's own arithmetic a few dozen microseconds. The n-grams
        are the fitted vectorizer's own analyzer's, so they are exactly scikit-learn's; then, as TfidfTransformer
        does, each n-gram's count becomes 1 + log(count) (sublinear tf), times its idf, and the row is scaled to
        unit length. Only the weights of the n-grams present are read."""
        fast = self._prepared()
        logits = np.asarray(embeddings, dtype=np.float64) @ fast.embedding_coef + fast.intercept
        for row, text in enumerate(texts):
            counts = Counter(i for i in map(fast.index.get, fast.analyzer(text)) if i is not None)
            if not counts:
                continue
            columns = np.fromiter(counts.keys(), dtype=np.intp, count=len(counts))
            tf = np.log(np.fromiter(counts.values(), dtype=np.float64, count=len(counts))) + 1
            weights = tf * fast.idf[columns]
            norm = np.sqrt(weights @ weights)
            if norm > 0:
                logits[row] += (weights / norm) @ fast.ngram_coef[columns]
        return logits

    def probabilities(self, texts: Sequence[str], embeddings: np.ndarray) -> np.ndarray:
        """One row per text, one column per class: the multinomial model's softmax."""
        logits = self.logits(texts, embeddings)
        if logits.shape[1] == 1:  # two classes: scikit-learn keeps one column of weights
            logits = np.hstack([-logits, logits]) / 2
        logits -= logits.max(axis=1, keepdims=True)
        exp = np.exp(logits)
        return exp / exp.sum(axis=1, keepdims=True)

    def blend(self, diet_ranking: Sequence[dict], probabilities: np.ndarray, diet_weight: float) -> list[dict]:
        """DIET's ranking (its top intents; the rest count as nearly 0) and ours, as a weighted geometric mean,
        best first. Geometric, so that what either reader all but rules out stays out: DIET sure of faq at 1.0
        is not outvoted by our model's 0.8 for explain, as an average would let it be."""
        diet = {str(r["name"]): float(r["confidence"]) for r in diet_ranking}
        ours = np.asarray(probabilities, dtype=np.float64)
        theirs = np.array([diet.get(name, 0.0) for name in self.classes])
        mixed = np.exp(diet_weight * np.log(theirs + _FLOOR) + (1 - diet_weight) * np.log(ours + _FLOOR))
        mixed /= mixed.sum()
        ranked = sorted(zip(self.classes, mixed.tolist(), strict=True), key=lambda item: -item[1])[:RANKING_LENGTH]
        return [{"name": name, "confidence": confidence} for name, confidence in ranked]

    def save(self, directory: Path) -> None:
        np.savez(directory / "blend.npz", coef=self.coef, intercept=self.intercept, idf=self.idf)
        (directory / "blend.json").write_text(
            json.dumps({"classes": self.classes, "ngrams": self.ngrams, "embedding_scale": self.embedding_scale})
        )

    @classmethod
    def load(cls, directory: Path) -> IntentBlend:
        arrays = np.load(directory / "blend.npz", allow_pickle=False)
        meta = json.loads((directory / "blend.json").read_text())
        return cls(
            meta["classes"],
            arrays["coef"],
            arrays["intercept"],
            meta["ngrams"],
            arrays["idf"],
            float(meta["embedding_scale"]),
        )
