"""Whole NLU pipeline parse time with our extraction component, and without it."""

from __future__ import annotations

import asyncio
import time

from benchmarks.conditions import describe, percentiles
from bot.nlu.component import QualificationEntityExtractor
from tests.model import trained_model
from tests.nlu.evaluate import load_devset

ROUNDS = 12


async def _time_parses(agent: object, texts: list[str], rounds: int) -> list[float]:
    samples = []
    for _ in range(rounds):
        for text in texts:
            start = time.perf_counter()
            await agent.parse_message(text)  # type: ignore[attr-defined]
            samples.append((time.perf_counter() - start) * 1000)
    return samples


def main() -> None:
    from rasa.core.agent import load_agent

    model = trained_model()
    agent = asyncio.run(load_agent(model_path=str(model)))
    _, cases = load_devset()
    texts = [case["text"] for case in cases]
    original = QualificationEntityExtractor.process
    with_component: list[float] = []
    without: list[float] = []
    asyncio.run(_time_parses(agent, texts[:20], rounds=1))  # warm up
    # alternate rounds so both variants see the same machine conditions
    for _ in range(ROUNDS):
        with_component += asyncio.run(_time_parses(agent, texts, rounds=1))
        QualificationEntityExtractor.process = lambda self, messages: messages  # type: ignore[method-assign]
        try:
            without += asyncio.run(_time_parses(agent, texts, rounds=1))
        finally:
            QualificationEntityExtractor.process = original  # type: ignore[method-assign]
    ratio = sorted(with_component)[len(with_component) // 2] / sorted(without)[len(without) // 2]
    print(f"nlu parse ({describe()}, {len(texts)} dev-set messages x {ROUNDS}, alternating, model {model.name})")
    print(f"  with the extraction component:    {percentiles(with_component)}")
    print(f"  without the extraction component: {percentiles(without)}")
    print(f"  ratio (p50 with / without): {ratio:.2f}")
