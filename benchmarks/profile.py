"""`python -m benchmarks profile`: where a turn's time goes, and how it grows with the conversation.

1. Eight visitors chat through the web app's /chat (the visitor's path: web app, Rasa, action
   server) while py-spy samples each process from outside. CPU ms per turn is printed per
   process and, for Rasa, per part of its turn.
2. One visitor holds 32-turn conversations; the reply time at turn 2, 10, 20 and 30 shows what
   a longer conversation costs (the tracker travels to the action server and back each call).
"""

from __future__ import annotations

import json
import re
import statistics
import subprocess
import sys
import tempfile
import threading
import time
import urllib.request
import uuid
from collections import Counter
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

from benchmarks.conditions import describe
from benchmarks.turns import DIALOG
from tests.e2e.stack import Stack, start_stack
from tests.model import trained_model

RATE = 100  # py-spy samples per second
SECONDS = 25
QUESTIONS = ["do you support sso?", "how much does it cost?", "is there a free trial?", "can I pay yearly?"]
LONG_DIALOG = DIALOG + [QUESTIONS[n % len(QUESTIONS)] for n in range(22)]
RASA_PARTS = [  # first match wins, in this order
    ("action server replies checked (jsonschema)", r"jsonschema/"),
    ("tracker store: read", r"ErasableSQLTrackerStore\.retrieve|SQLTrackerStore\._retrieve"),
    ("tracker store: save and publish", r"ErasableSQLTrackerStore\.save|SQLTrackerStore\.save|stream_events"),
    ("transcript recorder (background thread)", r"bot/recording/transcript_writer\.py|bot/recording/recorder\.py"),
    ("NLU: parse the message", r"MessageProcessor\.parse_message"),
    ("policies: predict the next action", r"_predict_next_with_tracker|predict_next_action"),
    ("calls to the action server", r"RemoteAction\.run"),
    ("forms and Rasa's own actions", r"FormAction|Action\.run"),
    ("HTTP in and out (Sanic, REST channel)", r"sanic/|rasa/core/channels/"),
]


Say = Callable[[str, str], None]


def _chat(web: str) -> Say:
    def say(sender: str, text: str) -> None:
        body = json.dumps({"sender": sender, "message": text, "metadata": {"page": "/pricing"}}).encode()
        request = urllib.request.Request(f"{web}/chat", body, {"Content-Type": "application/json"})
        with urllib.request.urlopen(request, timeout=60) as response:
            response.read()

    return say


def _processes(stack: Stack) -> dict[str, int]:
    listing = subprocess.run(
        ["ps", "-o", "pid=,args=", "--ppid", str(stack.process.pid)], capture_output=True, text=True
    ).stdout
    names = {"bot.runner.rasa_server": "rasa", "rasa_sdk": "action server", "bot.web": "web app"}
    found = {}
    for line in listing.splitlines():
        pid, args = line.split(None, 1)
        for marker, name in names.items():
            if marker in args:
                found[name] = int(pid)
    return found


def _rss_mb(pid: int) -> float:
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) / 1024
    return float("nan")


def _samples(path: Path) -> list[tuple[str, int]]:
    rows = []
    for line in path.read_text().splitlines():
        stack, _, count = line.rpartition(" ")
        rows.append((re.sub(r":\d+\)", ")", stack), int(count)))
    return rows


def _load(say: Say, seconds: float, visitors: int) -> int:
    turns = 0
    lock = threading.Lock()
    deadline = time.monotonic() + seconds

    def visitor(_: int) -> None:
        nonlocal turns
        while time.monotonic() < deadline:
            sender = uuid.uuid4().hex
            for text in DIALOG:
                say(sender, text)
                with lock:
                    turns += 1

    with ThreadPoolExecutor(visitors) as pool:
        list(pool.map(visitor, range(visitors)))
    return turns


def breakdown(stack: Stack, folder: Path) -> None:
    say = _chat(stack.web)
    _load(say, 3, 2)  # warm up
    spies = {
        name: (
            subprocess.Popen(
                [
                    str(Path(sys.executable).with_name("py-spy")),
                    "record",
                    "--pid",
                    str(pid),
                    "--rate",
                    str(RATE),
                    "--duration",
                    str(SECONDS),
                    "--format",
                    "raw",
                    "--nonblocking",
                    "-o",
                    str(folder / f"{name}.txt"),
                ],
                stdout=subprocess.DEVNULL,
                stderr=subprocess.DEVNULL,
            ),
            folder / f"{name}.txt",
        )
        for name, pid in _processes(stack).items()
    }
    time.sleep(1)
    turns = _load(say, SECONDS - 3, 8)
    for spy, _ in spies.values():
        spy.wait()
    ms = 1000 / RATE / turns
    print(f"\n1. CPU per turn, 8 visitors through /chat, {turns} turns sampled by py-spy at {RATE} Hz")
    processes = _processes(stack)
    for name, (_, path) in spies.items():
        rows = _samples(path)
        total = sum(count for _, count in rows)
        print(
            f"   {name:<15} {total * ms:6.1f} ms   (resident memory after the load: {_rss_mb(processes[name]):.0f} MB)"
        )
        if name == "rasa":
            parts: Counter[str] = Counter()
            for stack_text, count in rows:
                part = next((label for label, pattern in RASA_PARTS if re.search(pattern, stack_text)), "other")
                parts[part] += count
            for label, count in parts.most_common():
                print(f"      {label:<45} {count * ms:6.1f} ms")


def growth(stack: Stack) -> None:
    say = _chat(stack.web)
    by_turn: dict[int, list[float]] = {}
    for _ in range(5):
        sender = uuid.uuid4().hex
        for number, text in enumerate(LONG_DIALOG, 1):
            started = time.perf_counter()
            say(sender, text)
            by_turn.setdefault(number, []).append((time.perf_counter() - started) * 1000)
    print(f"\n2. reply time by turn, one visitor, 5 conversations of {len(LONG_DIALOG)} turns (median)")
    for number in (2, 10, 20, 30):
        window = [t for n in range(number - 1, number + 2) for t in by_turn[n]]
        print(f"   turn {number:>2}: {statistics.median(window):6.1f} ms")


def main() -> None:
    trained_model()
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        stack = start_stack(
            folder / "stack",
            f"sqlite:///{folder / 'leads.db'}",
            CHAT_TURNS_PER_MINUTE="1000000",
            CHAT_OPENINGS_PER_MINUTE="1000000",
        )
        try:
            print(f"profile: {describe()}")
            breakdown(stack, folder)
            growth(stack)
        finally:
            stack.stop()


if __name__ == "__main__":
    main()
