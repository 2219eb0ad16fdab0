"""A model loaded without tracing its training graph predicts exactly what Rasa's own load predicts."""

from __future__ import annotations

import asyncio
from typing import Any

import pytest
from rasa.core.agent import Agent
from rasa.utils.tensorflow.models import RasaModel

from bot.rasa_plugins import model_loading
from tests.model import trained_model

pytestmark = pytest.mark.slow
MESSAGES = [
    "hi",
    "we are 40 people, a bakery",
    "how much is the business plan",
    "do you have sso",
    "nein danke",
    "ok fine, go ahead",
    "can i talk to a human",
    "is this better than drift",
]


def predictions(agent: Agent) -> list[dict[str, Any]]:
    async def parse() -> list[dict[str, Any]]:
        return [await agent.parse_message(text) for text in MESSAGES]

    return [
        {
            "ranking": [(r["name"], round(r["confidence"], 5)) for r in parsed["intent_ranking"]],
            "answer": (parsed.get("response_selector", {}).get("faq", {}).get("response") or {}).get(
                "intent_response_key"
            ),
        }
        for parsed in asyncio.run(parse())
    ]


def test_the_eagerly_built_model_predicts_as_rasas_own_load(monkeypatch: pytest.MonkeyPatch) -> None:
    model = str(trained_model())
    theirs = predictions(Agent.load(model))
    monkeypatch.setattr(RasaModel, "load", RasaModel.__dict__["load"])  # put Rasa's back after the test
    model_loading.install()
    assert getattr(RasaModel.load, "eager_build", False)
    ours = predictions(Agent.load(model))
    assert ours == theirs
