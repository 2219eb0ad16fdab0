"""Which FAQ answer answers a visitor's question, if any.

Rasa's response selector always picks the nearest topic, so "is it HIPAA compliant?" got the SOC 2 answer,
"do you have a mobile app?" the data-residency one and "can I pay with PayPal?" the contract terms: a
confident answer to another question, which a buyer reads as a yes or as evasion. On a blind batch of 240
product questions (tests/nlu/faq_answerable1.yml), 100 of which no answer of ours answers, the selector's
pick was right for 50% of them and sent 7 of the 100 to a person.

A question is read by the pretrained sentence encoder (bot/nlu/sentence_embeddings.py) against two things
per topic: its nearest training example and its answer as written in domain.yml. The encoder was trained on
question-passage pairs, so a question near an answer's own words is one that answer speaks to. The topic
with the highest sum is the pick; below `ANSWERABLE_FROM` no answer is about the question and a person
confirms it, unless the answer's own words hold every word the question is about ("zapier??", "bank
transfer ok?": short questions score low). Questions we know no answer answers are examples of a hand-off
topic (faq/ask_specialist in data/nlu/faq.yml): a question nearer one of those than to any answered
example goes to a person. A topic a marketer adds (examples in data/nlu, answer in domain.yml) is read at
the next training.

How it was chosen, on batch 1 only: ten-fold cross-validated logistic regressions over the pick's two
similarities, the selector's confidence and whether the topic's words cover the question's did no better
than the two similarities alone (75.0-77.5%), and their plain sum with one threshold reads the same; the
pick by that sum was right for 90.7% of the answerable questions, the selector's for 85.0%. Thresholds
0.925 to 0.975 read 77.1-78.3%; 0.95, the middle, is kept. Fresh batches, each scored once before anything
was tuned to it: batch 2, 68.3% (the selector alone 49.6%); batch 3, with the hand-off topic and the
answer's words, 76.0% (86% of the unanswerable sent to a person; the selector alone 61.0%).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

import numpy as np
from nltk.stem.snowball import SnowballStemmer
from sklearn.feature_extraction.text import ENGLISH_STOP_WORDS

ANSWERABLE_FROM = 0.95  # the sum of the two cosines, each in [-1, 1]
_FILE = "faq_answers.npz"
_WORD_RE = re.compile(r"[^\W_](?:[^\W_]|[-.'’](?=[^\W_]))*")
# the words of asking, which any topic's question has ("do you accept", "is there a way to get")
_ASKING = frozenset(
    (
        "hi",
        "hey",
        "hello",
        "pls",
        "please",
        "thanks",
        "thx",
        "u",
        "ur",
        "ya",
        "guys",
        "quick",
        "question",
        "know",
        "tell",
        "ask",
        "offer",
        "provide",
        "available",
        "possible",
        "option",
        "support",
        "supports",
        "supported",
        "include",
        "included",
        "includes",
        "come",
        "comes",
        "allow",
        "let",
        "able",
        "way",
        "get",
        "use",
        "using",
        "need",
        "want",
        "like",
        "just",
        "really",
        "also",
        "ok",
        "okay",
        "yes",
        "yeah",
        "right",
        "sure",
        "does",
        "did",
        "accept",
        "take",
        "work",
        "works",
    )
)
_STEMMER = SnowballStemmer("english")


@lru_cache(maxsize=8192)
def _stem(word: str) -> str:
    return str(_STEMMER.stem(word))


def asked_terms(text: str) -> frozenset[str]:
    """The stems of the words that say what `text` is about: no stop words, no words of asking."""
    words = (word.lower().replace("’", "'") for word in _WORD_RE.findall(text))
    return frozenset(_stem(w) for w in words if len(w) > 1 and w not in ENGLISH_STOP_WORDS and w not in _ASKING)


@dataclass(frozen=True)
class FaqReading:
    """The nearest topic ("faq/sso") and how near: the example's cosine plus the answer's."""

    topic: str
    score: float
    covered: bool = False  # the answer's own words hold every word the question is about ("bank transfer ok?")
    handoff: bool = False  # nearest a question we know no answer of ours answers (faq/ask_specialist)

    @property
    def answerable(self) -> bool:
        return not self.handoff and (self.covered or self.score >= ANSWERABLE_FROM)

    def as_output(self) -> dict[str, object]:
        return {"topic": self.topic, "score": round(self.score, 4), "answerable": self.answerable}


# where a message asks a second thing: "what's your refund policy and contract length?", "sso? also do you do
# soc 2", "how much is business; can we pay by invoice"
_PARTS_RE = re.compile(
    r"\?+\s*|;\s*|\s+(?:and\s+also|and|also|plus|&)\s+|,\s+(?:and\s+)?(?=(?:what|how|do|does|is|are|can|any)\b)", re.I
)
MAX_PARTS = 3


def question_parts(text: str) -> list[str]:
    """The parts of a message that may each ask something, in order; one part when it asks one thing."""
    parts = [part.strip(" ,.!") for part in _PARTS_RE.split(text)]
    return [part for part in parts if len(part.split()) >= 2 or part.endswith("?")][:MAX_PARTS]


class FaqAnswers:
    """Unit vectors of each topic's examples and of its answer."""

    def __init__(
        self,
        topics: Sequence[str],
        example_topic: np.ndarray,
        examples: np.ndarray,
        answers: np.ndarray,
        answer_texts: Sequence[str],
        handoff_topics: Sequence[str] = (),
    ) -> None:
        self.topics = list(topics)
        self.example_topic = example_topic  # index into topics, one per row of `examples`
        self.examples = examples
        self.answers = answers  # one row per topic
        self.answer_texts = list(answer_texts)
        self.answer_terms = [asked_terms(text) for text in self.answer_texts]
        # topics whose answer is a hand-off: their examples are questions we cannot answer, their answer no fact
        self.handoff = np.array([topic in handoff_topics for topic in self.topics], dtype=bool)

    @classmethod
    def fit(
        cls,
        examples: Sequence[tuple[str, str]],
        answers: Mapping[str, str],
        encode: Callable[[Sequence[str]], np.ndarray],
        *,
        encoded_examples: np.ndarray | None = None,
        handoff_topics: Sequence[str] = (),
    ) -> FaqAnswers:
        """`examples` as (text, topic) pairs, `answers` each topic's answer text; topics without an answer are left
        out (Rasa refuses to train one). `handoff_topics` hold the questions no answer of ours answers."""
        topics = sorted(topic for topic in {topic for _, topic in examples} if answers.get(topic))
        if not topics:
            raise ValueError("no FAQ topic has both examples and an answer")
        index = {topic: i for i, topic in enumerate(topics)}
        kept = [i for i, (_, topic) in enumerate(examples) if topic in index]
        vectors = encoded_examples if encoded_examples is not None else encode([text for text, _ in examples])
        return cls(
            topics,
            np.array([index[examples[i][1]] for i in kept], dtype=np.int32),
            np.asarray(vectors, dtype=np.float32)[kept],
            np.asarray(encode([answers[topic] for topic in topics]), dtype=np.float32),
            [answers[topic] for topic in topics],
            handoff_topics,
        )

    def read(self, text: str, vector: np.ndarray) -> FaqReading:
        """The topic whose nearest example and answer are together nearest to the question's `vector`; below the
        threshold, the nearest topic whose answer's words hold all the question's ("zapier??", "do you bill in
        usd"), which short questions with a term of the answer score too low for."""
        nearest_example = np.full(len(self.topics), -1.0, dtype=np.float32)
        np.maximum.at(nearest_example, self.example_topic, self.examples @ vector)
        scores = np.where(self.handoff, -np.inf, nearest_example + self.answers @ vector)
        best = int(np.argmax(scores))
        if self.handoff.any() and nearest_example[self.handoff].max() > nearest_example[best]:
            # nearer a question we know we cannot answer ("do you have phone support") than to any we can
            handoff = int(np.flatnonzero(self.handoff)[np.argmax(nearest_example[self.handoff])])
            return FaqReading(self.topics[handoff], float(nearest_example[handoff]), handoff=True)
        if scores[best] < ANSWERABLE_FROM and (asked := asked_terms(text)):
            covering = [i for i, terms in enumerate(self.answer_terms) if asked <= terms and not self.handoff[i]]
            if covering:
                best = max(covering, key=lambda i: scores[i])
                return FaqReading(self.topics[best], float(scores[best]), covered=True)
        return FaqReading(self.topics[best], float(scores[best]))

    def also_asked(self, text: str, first: FaqReading, encode: Callable[[list[str]], np.ndarray]) -> list[str]:
        """The other topics a message asks about, each answerable on its own and not the first: "what's your refund
        policy and contract length?" got the contract answer alone. Empty for a message asking one thing."""
        parts = question_parts(text)
        if len(parts) < 2 or not first.answerable:
            return []
        topics: list[str] = []
        for part, vector in zip(parts, encode(parts), strict=True):
            reading = self.read(part, vector)
            if reading.answerable and reading.topic != first.topic and reading.topic not in topics:
                topics.append(reading.topic)
        return topics

    def save(self, directory: Path) -> None:
        np.savez(
            directory / _FILE,
            topics=np.array(self.topics),
            example_topic=self.example_topic,
            examples=self.examples,
            answers=self.answers,
            answer_texts=np.array(self.answer_texts),
            handoff=self.handoff,
        )

    @classmethod
    def load(cls, directory: Path) -> FaqAnswers:
        with np.load(directory / _FILE, allow_pickle=False) as saved:
            return cls(
                [str(topic) for topic in saved["topics"]],
                saved["example_topic"],
                saved["examples"],
                saved["answers"],
                [str(text) for text in saved["answer_texts"]],
                [str(topic) for topic, handoff in zip(saved["topics"], saved["handoff"], strict=True) if handoff],
            )
