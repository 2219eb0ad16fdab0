"""A model's scores (bot/runner/scoring.py measures them) and how two are compared."""

from __future__ import annotations

Score = dict[str, list[int]]  # name -> [right, total]
NAMES = {"intents": "held-out intent phrasings", "stories": "test stories"}


def worse(candidate: Score, live: Score) -> list[str]:
    """Where the candidate does worse than the live model, as the page says it; empty when nowhere."""
    found = []
    for key, (live_right, live_total) in live.items():
        right, total = candidate.get(key, [0, 0])
        if live_total and total and right / total < live_right / live_total:
            found.append(f"{NAMES.get(key, key)}: {right}/{total} against {live_right}/{live_total} live")
    return found
