"""The studio's scores read each held-out phrasing as the live assistant reads it: batched scoring gives
the intent and confidence a visitor's message gets from the whole NLU pipeline, one message at a time."""

from __future__ import annotations

import asyncio

import pytest

from bot.runner.scoring import load_agent, top_intents
from tests.model import trained_model

pytestmark = pytest.mark.slow
MESSAGES = [
    "hi",
    "we are 40 people, a bakery",
    "how much is the business plan",
    "connect me with sales",
    "nein danke",
    "ok",
    "can i talk to a human",
    "is this better than drift",
    "what's the weather in boston",
    "the second one",
    "delete my data",
    "we're a 3PL out of Rotterdam, about 120 staff, and I sign off on tooling",
]


def test_batched_readings_are_the_assistants_own() -> None:
    agent = load_agent(trained_model())

    async def one_by_one() -> list[tuple[str, float]]:
        readings = []
        for text in MESSAGES:
            ranking = [r for r in (await agent.parse_message(text))["intent_ranking"] if r["name"] != "nlu_fallback"]
            readings.append((ranking[0]["name"].split("/")[0], ranking[0]["confidence"]))
        return readings

    expected = asyncio.run(one_by_one())
    batched = asyncio.run(top_intents(agent, MESSAGES))
    assert [name for name, _ in batched] == [name for name, _ in expected]
    # DIET reads a batch in one pass of its network, so a message read beside others may get a confidence a hair
    # from its own: the same intent (the sentence encoder runs each message alone, as its activations' int8 scale is
    # the whole run's)
    assert [confidence for _, confidence in batched] == pytest.approx([c for _, c in expected], abs=0.02)
