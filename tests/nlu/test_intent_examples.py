"""The generated intent examples: a marketer's or developer's new template changes only its own intent."""

from __future__ import annotations

import pytest

from bot.nlu import intent_examples


def blocks(text: str) -> dict[str, list[str]]:
    found: dict[str, list[str]] = {}
    current = ""
    for line in text.splitlines():
        if line.startswith("- intent: "):
            current = line[len("- intent: ") :]
            found.setdefault(current, [])
        elif line.startswith("    - ") and current:
            found[current].append(line[6:])
    return found


def test_a_template_added_to_one_intent_leaves_every_other_intents_examples_alone(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    before = blocks(intent_examples.generate())
    monkeypatch.setitem(
        intent_examples.PARTS, "thank", [*intent_examples.PARTS["thank"], "(cheers mate|ta very much) for (that|this)"]
    )
    after = blocks(intent_examples.generate())
    assert after["thank"] != before["thank"]
    assert {k: v for k, v in after.items() if k != "thank"} == {k: v for k, v in before.items() if k != "thank"}


def test_the_committed_examples_are_what_the_templates_make() -> None:
    assert intent_examples.out_of_date() is None
