"""`make eval-intents`: intent accuracy of the trained model on tests/nlu/heldout_intents.yml.

Prints the accuracy at the FallbackClassifier threshold in config.yml, every miss, and the
accuracy the held-out messages would get at other thresholds (a message below the threshold
becomes nlu_fallback, right only when it is out of scope): how the threshold is calibrated.
"""

from __future__ import annotations

import asyncio
import sys
from pathlib import Path
from typing import Any

import yaml

from bot.settings import PROJECT_ROOT

BATCH = Path(__file__).resolve().parent / "heldout_intents.yml"
THRESHOLDS = (0.2, 0.3, 0.4, 0.5, 0.6, 0.7)


def configured_threshold() -> float:
    config = yaml.safe_load((PROJECT_ROOT / "config.yml").read_text())
    return float(next(c["threshold"] for c in config["pipeline"] if c["name"] == "FallbackClassifier"))


def right(expected: str, intent: str, confidence: float, threshold: float) -> bool:
    if confidence < threshold:
        return expected == "out_of_scope"
    return intent == expected or (expected == "out_of_scope" and intent == "nlu_fallback")


async def parse_all(model: Path, texts: list[str]) -> list[tuple[str, float]]:
    from rasa.core.agent import Agent

    from bot.runner.rasa_cli import install_plugins

    install_plugins()  # the model loaded as the running assistant loads it
    agent = Agent.load(str(model))
    parsed = []
    for text in texts:
        result: dict[str, Any] = await agent.parse_message(text)
        ranking = [r for r in result.get("intent_ranking") or [] if r["name"] != "nlu_fallback"]
        top = ranking[0] if ranking else result["intent"]
        parsed.append((str(top["name"]).split("/")[0], float(top["confidence"])))
    return parsed


def main() -> int:
    from tests.model import trained_model

    batch = Path(sys.argv[1]) if len(sys.argv) > 1 else BATCH
    cases = yaml.safe_load(batch.read_text())["cases"]
    parsed = asyncio.run(parse_all(trained_model(), [c["text"] for c in cases]))
    threshold = configured_threshold()
    hits = sum(right(c["intent"], i, p, threshold) for c, (i, p) in zip(cases, parsed, strict=True))
    print(f"eval-intents: {len(cases)} messages, threshold {threshold}: {hits / len(cases):.1%} ({hits}/{len(cases)})")
    for case, (intent, confidence) in zip(cases, parsed, strict=True):
        if not right(case["intent"], intent, confidence, threshold):
            print(f"  miss  {case['text']!r}: expected {case['intent']}, got {intent} ({confidence:.2f})")
    print(
        "  by threshold: "
        + ", ".join(
            f"{t}: {sum(right(c['intent'], i, p, t) for c, (i, p) in zip(cases, parsed, strict=True)) / len(cases):.1%}"
            for t in THRESHOLDS
        )
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
