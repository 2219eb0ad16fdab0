"""Generated visitors (tests/fuzz_dialog) against the running stack: 300 conversations from a fixed
seed, and not one invariant may break. On failure the message carries the summary by invariant
and the first failing transcripts with their seeds, replayable with
`python -m tests.fuzz_dialog --only-seed N`.
"""

from __future__ import annotations

import asyncio
from collections.abc import Iterator

import pytest

from tests.e2e.stack import Stack, start_stack
from tests.fuzz_dialog.runner import model_of, report, run, seeds_for
from tests.model import trained_model

pytestmark = pytest.mark.slow
CONVERSATIONS = 300
SEED = 1


@pytest.fixture(scope="module")
def stack(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Stack]:
    trained_model()
    data = tmp_path_factory.mktemp("dialog-fuzz")
    stack = start_stack(
        data, f"sqlite:///{data / 'leads.db'}", CHAT_TURNS_PER_MINUTE="100000", CHAT_OPENINGS_PER_MINUTE="100000"
    )
    try:
        yield stack
    finally:
        stack.stop()


def test_generated_conversations_break_no_invariant(stack: Stack) -> None:
    conversations = asyncio.run(run(stack.rasa, stack.rasa_token, seeds_for(SEED, CONVERSATIONS), concurrency=8))
    conditions = {
        "conversations": CONVERSATIONS,
        "seed": SEED,
        "concurrency": 8,
        "model": model_of(stack.rasa, stack.rasa_token),
    }
    summary, violations = report(conversations, conditions, show=3)
    assert violations == 0, summary
