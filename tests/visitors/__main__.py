"""`make eval-dialog`: play every scripted visitor against a fresh stack (or the one given by
EVAL_RASA_URL, EVAL_WEB_URL, RASA_TOKEN and LEADS_API_TOKEN) and print the table."""

from __future__ import annotations

import os
import sys
import tempfile
import time
from pathlib import Path

from tests.visitors.harness import HttpChat, load_visitors, play, report


def main() -> int:
    visitors = load_visitors()
    if os.environ.get("EVAL_RASA_URL"):
        chat = HttpChat(
            os.environ["EVAL_RASA_URL"],
            os.environ["EVAL_WEB_URL"],
            os.environ["RASA_TOKEN"],
            os.environ["LEADS_API_TOKEN"],
        )
        return _run(chat, visitors)
    from tests.e2e.stack import start_stack
    from tests.model import trained_model

    trained_model()
    with tempfile.TemporaryDirectory() as data:
        stack = start_stack(Path(data), f"sqlite:///{Path(data) / 'leads.db'}")
        try:
            return _run(HttpChat(stack.rasa, stack.web, stack.rasa_token, stack.api_token), visitors)
        finally:
            stack.stop()


def _run(chat: HttpChat, visitors: list) -> int:
    start = time.monotonic()
    outcomes = [play(chat, visitor) for visitor in visitors]
    print(report(outcomes))
    print(f"\n{len(outcomes)} visitors in {time.monotonic() - start:.0f}s")
    return 0 if all(o.passed for o in outcomes) else 1


if __name__ == "__main__":
    sys.exit(main())
