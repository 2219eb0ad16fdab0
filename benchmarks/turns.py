"""REST turn latency for one visitor, and throughput with concurrent visitors, on the full stack."""

from __future__ import annotations

import tempfile
import time
import uuid
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

from benchmarks.conditions import describe, percentiles
from tests.e2e.stack import start_stack
from tests.model import trained_model

DIALOG = [
    "hi",
    "sure",
    "we're a software company",
    "about 200 employees",
    "how much does it cost?",
    "roughly 10-15k a month",
    "I make the final call",
    "next quarter",
    "/decline_consent",
    "do you support sso?",
]


def main() -> None:
    trained_model()
    with tempfile.TemporaryDirectory() as tmp:
        data = Path(tmp)
        started = time.monotonic()
        stack = start_stack(data, f"sqlite:///{data / 'leads.db'}")
        startup = time.monotonic() - started
        try:
            for _ in range(3):  # warm up
                stack.say(uuid.uuid4().hex, "hi")
            single: list[float] = []
            for _ in range(8):
                sender = uuid.uuid4().hex
                for text in DIALOG:
                    start = time.perf_counter()
                    stack.say(sender, text)
                    single.append((time.perf_counter() - start) * 1000)

            def visitor(_: int) -> list[float]:
                sender, samples = uuid.uuid4().hex, []
                for text in DIALOG:
                    start = time.perf_counter()
                    stack.say(sender, text)
                    samples.append((time.perf_counter() - start) * 1000)
                return samples

            concurrency, visitors = 8, 40
            start = time.perf_counter()
            with ThreadPoolExecutor(concurrency) as pool:
                loaded = [s for samples in pool.map(visitor, range(visitors)) for s in samples]
            elapsed = time.perf_counter() - start
        finally:
            stack.stop()
    print(f"turns over REST ({describe()}, SQLite, one Rasa process, start-up {startup:.0f}s incl. migrations)")
    print(f"  one visitor, whole discovery dialog: {percentiles(single)}")
    print(f"  {concurrency} concurrent visitors: {percentiles(loaded)}, {len(loaded) / elapsed:.1f} turns/s")
