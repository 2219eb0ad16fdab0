"""Rasa adapter: our extractor as an NLU graph component listed in config.yml."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from rasa.engine.graph import ExecutionContext, GraphComponent
from rasa.engine.recipes.default_recipe import DefaultV1Recipe
from rasa.engine.storage.resource import Resource
from rasa.engine.storage.storage import ModelStorage
from rasa.nlu.extractors.extractor import EntityExtractorMixin
from rasa.shared.nlu.constants import ENTITIES, TEXT
from rasa.shared.nlu.training_data.message import Message

from bot.nlu.extractor import QualificationExtractor
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
        self.extractor = QualificationExtractor.from_files(Path(config["taxonomy"] or settings.taxonomy_path),
                                                           Path(config["currencies"] or settings.currencies_path))
        self.extractor.wordnet.warm_up()

    @classmethod
    def create(cls, config: dict[str, Any], model_storage: ModelStorage, resource: Resource,
               execution_context: ExecutionContext) -> QualificationEntityExtractor:
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
