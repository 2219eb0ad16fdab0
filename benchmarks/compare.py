"""`python -m benchmarks compare`: our full discovery dialog against bare Rasa, side by side in
one run, under the same closed-loop load over the REST channel.

Bare Rasa is `rasa init` (the moodbot, our pinned Rasa, in-memory stores, no action server),
built and trained in a temporary folder. Ours is the whole stack as `make run` starts it (forms,
action server, SQLite tracker store, the transcript recorder). Rounds alternate between the two
at 1 and at 8 concurrent visitors, so both meet the same machine conditions.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import tempfile
import time
import urllib.request
import uuid
from collections import Counter
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

from benchmarks.conditions import describe
from benchmarks.turns import DIALOG
from tests.e2e.stack import free_port, start_stack
from tests.model import trained_model

BARE_DIALOG = ["hi", "I am sad", "yes", "great", "bye", "hello", "I am happy", "no", "goodbye", "hi there"]
ROUNDS = 2
VISITORS_PER_WORKER = 4


UNANSWERED: Counter[str] = Counter()  # turns that got no reply, per target: a fast but broken stack must show


def _say(url: str) -> Callable[[str, str], None]:
    def say(sender: str, text: str) -> None:
        body = json.dumps({"sender": sender, "message": text}).encode()
        request = urllib.request.Request(f"{url}/webhooks/rest/webhook", body, {"Content-Type": "application/json"})
        with urllib.request.urlopen(request, timeout=60) as response:
            if not json.load(response):
                UNANSWERED[url] += 1

    return say


def _load(say: Callable[[str, str], None], dialog: list[str], concurrency: int) -> tuple[list[float], float]:
    """Closed loop: each of `concurrency` visitors sends its next message as soon as it has the reply."""

    def visitor(_: int) -> list[float]:
        samples = []
        for _ in range(VISITORS_PER_WORKER):
            sender = uuid.uuid4().hex
            for text in dialog:
                started = time.perf_counter()
                say(sender, text)
                samples.append((time.perf_counter() - started) * 1000)
        return samples

    started = time.perf_counter()
    with ThreadPoolExecutor(concurrency) as pool:
        samples = [s for batch in pool.map(visitor, range(concurrency)) for s in batch]
    return samples, len(samples) / (time.perf_counter() - started)


def _bare_rasa(folder: Path) -> tuple[subprocess.Popen[bytes], str]:
    rasa = [sys.executable, "-m", "rasa"]
    folder.mkdir(parents=True)  # rasa init trains the moodbot there too
    subprocess.run(
        [*rasa, "init", "--no-prompt", "--init-dir", str(folder)], check=True, capture_output=True, timeout=900
    )
    port = free_port()
    process = subprocess.Popen(
        [*rasa, "run", "--port", str(port), "-i", "127.0.0.1"],
        cwd=folder,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
        start_new_session=True,
        env={**os.environ, "TF_CPP_MIN_LOG_LEVEL": "3"},
    )
    url = f"http://127.0.0.1:{port}"
    for _ in range(600):
        try:
            urllib.request.urlopen(url, timeout=1)
            return process, url
        except OSError:
            time.sleep(0.5)
    process.kill()
    raise RuntimeError("bare Rasa did not start")


def _p(samples: list[float], q: float) -> float:
    ordered = sorted(samples)
    return ordered[min(len(ordered) - 1, int(len(ordered) * q))]


def main() -> None:
    trained_model()
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        print("compare: building and training bare Rasa (rasa init) ...", flush=True)
        bare, bare_url = _bare_rasa(folder / "bare")
        ours = start_stack(folder / "ours", f"sqlite:///{folder / 'ours' / 'leads.db'}")
        try:
            targets = {"bare": (_say(bare_url), BARE_DIALOG), "ours": (_say(ours.rasa), DIALOG)}
            for say, dialog in targets.values():  # warm up both
                _load(say, dialog[:3], 2)
            results: dict[tuple[str, int], tuple[list[float], list[float]]] = {}
            for _ in range(ROUNDS):
                for concurrency in (1, 8):
                    for name, (say, dialog) in targets.items():
                        samples, rate = _load(say, dialog, concurrency)
                        kept = results.setdefault((name, concurrency), ([], []))
                        kept[0].extend(samples)
                        kept[1].append(rate)
        finally:
            ours.stop()
            bare.terminate()
            bare.wait(timeout=60)
    print(f"bare Rasa 3.6 (rasa init, in-memory stores) against our full discovery dialog; {describe()}")
    print(f"closed loop over REST, {ROUNDS} alternating rounds, {VISITORS_PER_WORKER} ten-turn visitors per worker")
    print(f"{'':28}{'bare Rasa':>12}{'ours':>12}{'ratio':>9}")
    for concurrency in (1, 8):
        (bare_samples, bare_rates), (our_samples, our_rates) = (
            results[("bare", concurrency)],
            results[("ours", concurrency)],
        )
        for label, q in (("p50", 0.5), ("p95", 0.95)):
            b, o = _p(bare_samples, q), _p(our_samples, q)
            print(f"{concurrency} visitor(s), {label} ms{'':13}{b:12.1f}{o:12.1f}{o / b:8.2f}x")
        b, o = sum(bare_rates) / len(bare_rates), sum(our_rates) / len(our_rates)
        print(f"{concurrency} visitor(s), turns/s{'':10}{b:12.1f}{o:12.1f}{o / b:8.2f}x")
    print(f"turns without a reply: bare {UNANSWERED[bare_url]}, ours {UNANSWERED[ours.rasa]}")


if __name__ == "__main__":
    main()
