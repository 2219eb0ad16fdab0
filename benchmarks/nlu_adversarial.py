"""The extractor's cost on hostile 2,000-character messages (issue: a run of spaces or punctuation
once cost over a second of blocking CPU per message). Prints the worst time of each family; the
bar is 20 ms."""

from __future__ import annotations

import time
from datetime import date

from benchmarks.conditions import describe
from bot.nlu.extractor import MAX_CHARS, QualificationExtractor
from tests.conftest import SALES_FIXTURES

BAR_MS = 20.0
ROUNDS = 5


def hostile_messages() -> dict[str, str]:
    """Long runs of what extraction patterns and tokenizers repeat over, each to the length limit."""
    families = {
        "spaces after a number": "in 5" + " " * MAX_CHARS + "x",
        "spaces between words": "next" + " " * MAX_CHARS + "month",
        "tabs and newlines": "5\t\n" * MAX_CHARS,
        "one long token of digits": "1" * MAX_CHARS,
        "digits and spaces": "1 " * MAX_CHARS,
        "digits and commas": "1," * MAX_CHARS,
        "punctuation": ".," * MAX_CHARS,
        "currency signs": "$" * MAX_CHARS,
        "plus signs": "+" * MAX_CHARS,
        "scaled amounts": "5k " * MAX_CHARS,
        "ranges": "10 to " * MAX_CHARS,
        "dashes": "5-" * MAX_CHARS,
        "size words": "about employees " * MAX_CHARS,
        "per-seat bait": "per seat " * MAX_CHARS,
        "timeline bait": "in " * MAX_CHARS,
        "letters": "a" * MAX_CHARS,
    }
    return {name: text[:MAX_CHARS] for name, text in families.items()}


def main() -> None:
    extractor = QualificationExtractor.from_files(
        SALES_FIXTURES / "industries.yml", SALES_FIXTURES / "currencies.yml", lambda: date(2026, 11, 22)
    )
    extractor.extract("warm up: a 40-person agency, $5k a month, in 3 months")
    extractor.wordnet.reader()  # WordNet loads once per process, in the background when the model loads
    print(f"nlu adversarial ({describe()}, {MAX_CHARS}-character messages, worst of {ROUNDS}, bar {BAR_MS:g} ms)")
    worst_overall = 0.0
    for name, text in hostile_messages().items():
        worst = 0.0
        for slot in (None, "timeline", "budget", "company_size", "industry")[:ROUNDS]:
            start = time.perf_counter()
            extractor.extract(text, answering=slot)
            worst = max(worst, (time.perf_counter() - start) * 1000)
        worst_overall = max(worst_overall, worst)
        print(f"  {name:26} {worst:7.1f} ms{'  OVER' if worst > BAR_MS else ''}")
    print(f"  worst: {worst_overall:.1f} ms")
