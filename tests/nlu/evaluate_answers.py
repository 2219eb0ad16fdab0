"""`make eval-answers`: which answer each visitor question of a blind batch gets (tests/nlu/faq_answerable*.yml).

Each question is labelled with the FAQ topic whose answer answers it, or `none` when no answer we have
does: those should go to a specialist (a person confirms it) rather than get a wrong canned answer. The
question goes through the trained model and `bot.dialog.answer_choice.choose_answer`, as action_answer
sends it; a price question is right when priced from the plans, and one without an answer when it gets a
person (a specialist, or the call it asked for).
"""

from __future__ import annotations

import asyncio
import sys
from collections import Counter
from pathlib import Path
from typing import Any

from bot.dialog.answer_choice import Answer, choose_answer, faq_pick
from bot.yamlfile import load_yaml

BATCH = Path(__file__).resolve().parent / "faq_answerable1.yml"


def answer_of(text: str, parsed: dict[str, Any], *, selector_only: bool = False) -> str:
    """The topic the dialog answers with: an FAQ key's topic, pricing, specialist, or what else it chose."""
    from bot.catalog.competitors import load_competitors
    from bot.catalog.plans import seats_in
    from bot.settings import get_settings

    pick = faq_pick({**parsed, "faq_answer": None} if selector_only else parsed)
    choice = choose_answer(
        text,
        intent=(parsed.get("intent") or {}).get("name"),
        faq_key=pick.key,
        faq_confidence=pick.selector_confidence,
        seats=seats_in(text),
        names_competitor=load_competitors(get_settings().competitors_path).mentioned_in(text) is not None,
        answerable=pick.answerable,
        selector_key=pick.selector_key,
    )
    if choice.answer is Answer.FAQ:
        return str(pick.key).removeprefix("faq/")
    if choice.answer is Answer.PRICING:
        return "pricing"
    if choice.answer in (Answer.SPECIALIST, Answer.OUT_OF_SCOPE):
        return "none"  # no answer of ours given for it: a person is offered either way
    return str(choice.answer)


async def parse_all(texts: list[str]) -> list[dict[str, Any]]:
    from bot.runner.scoring import load_agent
    from tests.model import trained_model

    agent = load_agent(trained_model())
    return [await agent.parse_message(text) for text in texts]


def main() -> int:
    arguments = [a for a in sys.argv[1:] if not a.startswith("--")]
    selector_only = "--selector-only" in sys.argv  # as before the FAQ reader: the response selector's pick, unjudged
    batch = Path(arguments[0]) if arguments else BATCH
    cases = load_yaml(batch.read_text(encoding="utf-8"))["cases"]
    parsed = asyncio.run(parse_all([c["text"] for c in cases]))
    right: Counter[str] = Counter()
    total: Counter[str] = Counter()
    misses = []
    for case, reading in zip(cases, parsed, strict=True):
        got = answer_of(case["text"], reading, selector_only=selector_only)
        total[case["topic"]] += 1
        if got == case["topic"] or (case["topic"] == "none" and got == "call"):  # a call is a person too
            right[case["topic"]] += 1
        else:
            misses.append(f"  miss  {case['text']!r}: expected {case['topic']}, got {got}")
    hits = sum(right.values())
    print(f"eval-answers: {len(cases)} questions: {hits / len(cases):.1%} ({hits}/{len(cases)})")
    for topic in sorted(total):
        print(f"  {topic:14} {right[topic] / total[topic]:6.1%} ({right[topic]}/{total[topic]})")
    print("\n".join(misses))
    return 0


if __name__ == "__main__":
    sys.exit(main())
