"""`make eval-intents`: intent accuracy of the trained model on a blind batch (tests/nlu/heldout_intents*.yml).

Prints the accuracy at the FallbackClassifier threshold in config.yml, every miss, and the
accuracy the held-out messages would get at other thresholds (a message below the threshold
becomes nlu_fallback, right only when it is out of scope): how the threshold is calibrated.
Then the accuracy as the dialog reads a first message (bot/dialog/turns.py): a request for a
person, a buying signal or leaving is acted on whatever the classifier said.
"""

from __future__ import annotations

import asyncio
import sys
from pathlib import Path

from bot.runner.scoring import load_agent, right, threshold_in, top_intents
from bot.settings import PROJECT_ROOT
from bot.yamlfile import load_yaml

BATCH = Path(__file__).resolve().parent / "heldout_intents19.yml"
THRESHOLDS = (0.2, 0.3, 0.4, 0.5, 0.6, 0.7)


def configured_threshold() -> float:
    return threshold_in(PROJECT_ROOT / "config.yml")


async def parse_all(model: Path, texts: list[str]) -> list[tuple[str, float]]:
    return await top_intents(load_agent(model), texts)


def as_the_dialog_reads(text: str, intent: str, confidence: float) -> tuple[str, float]:
    """The intent a first message is acted on as: the dialog's own reading where it has one."""
    from bot.dialog.turns import Reading, Reply, hello_and_whence, read_reply

    acted = {Reading.HUMAN: "human", Reading.LEAVING: "goodbye", Reading.BUYING: "start_discovery"}
    reading = read_reply(Reply(text, intent))
    if reading in acted:
        return acted[reading], 1.0
    if reading is Reading.OTHER and hello_and_whence(text):
        return "greet", 1.0  # bot/dialog/turn_policy.py greets it (the extractor's facts aside)
    return intent, confidence


def main() -> int:
    from tests.model import trained_model

    batch = Path(sys.argv[1]) if len(sys.argv) > 1 else BATCH
    cases = load_yaml(batch.read_text())["cases"]
    parsed = asyncio.run(parse_all(trained_model(), [c["text"] for c in cases]))
    threshold = configured_threshold()
    hits = sum(right(c["intent"], i, p, threshold) for c, (i, p) in zip(cases, parsed, strict=True))
    print(f"eval-intents: {len(cases)} messages, threshold {threshold}: {hits / len(cases):.1%} ({hits}/{len(cases)})")
    for case, (intent, confidence) in zip(cases, parsed, strict=True):
        if not right(case["intent"], intent, confidence, threshold):
            print(f"  miss  {case['text']!r}: expected {case['intent']}, got {intent} ({confidence:.2f})")
    read = sum(
        right(c["intent"], *as_the_dialog_reads(c["text"], i, p), threshold)
        for c, (i, p) in zip(cases, parsed, strict=True)
    )
    print(f"  as the dialog reads a first message: {read / len(cases):.1%} ({read}/{len(cases)})")
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
