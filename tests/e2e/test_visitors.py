"""The scripted pricing-page visitors (tests/visitors) against the whole stack, as `make eval-dialog` plays them."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.e2e.stack import Stack, start_stack
from tests.model import trained_model
from tests.visitors.harness import HttpChat, load_visitors, play, report

pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def stack(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Stack]:
    trained_model()
    data: Path = tmp_path_factory.mktemp("visitors")
    stack = start_stack(data, f"sqlite:///{data / 'leads.db'}")
    yield stack
    stack.stop()


def test_every_scripted_visitor_gets_what_they_came_for(stack: Stack) -> None:
    visitors = load_visitors()
    assert len(visitors) >= 40 and sum(v.opens_with_question for v in visitors) * 2 >= len(visitors)
    outcomes = [play(HttpChat(stack.rasa, stack.web, stack.rasa_token, stack.api_token), v) for v in visitors]
    table = report(outcomes)
    print(table)
    assert all(o.passed for o in outcomes), table
