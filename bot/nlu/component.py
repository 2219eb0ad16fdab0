"""Rasa adapters: our extractor and our WordNet featurizer as NLU graph components listed in config.yml."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import numpy as np
import scipy.sparse
from rasa.engine.graph import ExecutionContext, GraphComponent
from rasa.engine.recipes.default_recipe import DefaultV1Recipe
from rasa.engine.storage.resource import Resource
from rasa.engine.storage.storage import ModelStorage
from rasa.nlu.constants import TOKENS_NAMES
from rasa.nlu.extractors.extractor import EntityExtractorMixin
from rasa.nlu.featurizers.sparse_featurizer.sparse_featurizer import SparseFeaturizer
from rasa.nlu.tokenizers.tokenizer import Tokenizer
from rasa.shared.nlu.constants import ENTITIES, TEXT
from rasa.shared.nlu.training_data.message import Message
from rasa.shared.nlu.training_data.training_data import TrainingData

from bot.nlu.extractor import QualificationExtractor
from bot.nlu.supersenses import SUPERSENSES, supersenses
from bot.settings import get_settings


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
class SupersenseFeaturizer(SparseFeaturizer, GraphComponent):
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
