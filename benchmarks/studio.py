"""`python -m benchmarks studio`: label-to-live time through the studio, on the running stack.

A marketer's loop over HTTP, as the browser does it: label one new example, train a candidate,
publish it; then change one response's wording only, train and publish. Prints the time of each
step, the parts Rasa trained and reused (the wording-only fast path), and the total label to live.
"""

from __future__ import annotations

import re
import tempfile
import time
from pathlib import Path

import requests

from benchmarks.conditions import describe
from bot.settings import PROJECT_ROOT
from bot.studio import snapshot
from bot.web.users import save_user
from tests.e2e.stack import start_stack
from tests.model import trained_model

PASSWORD = "correct horse battery"
EXAMPLE = "wazzup gronkers, benchmark here"


def _csrf(session: requests.Session, url: str) -> str:
    found = re.search(r'name="csrf" value="([^"]+)"', session.get(url, timeout=30).text)
    assert found, f"no form token on {url}"
    return found.group(1)


def _train_and_publish(session: requests.Session, web: str) -> tuple[float, float, str]:
    """Seconds to a ready candidate, seconds to live on every replica, and where the time went: each stage
    the training showed, with the second it was first seen."""
    models = f"{web}/inbox/studio/models"
    started = time.monotonic()
    answer = session.post(f"{models}/train", data={"csrf": _csrf(session, models)}, timeout=60)
    version = int(re.search(r"training version (\d+)", answer.text).group(1))  # type: ignore[union-attr]
    steps: list[str] = []
    while True:
        rows = {row["id"]: row for row in session.get(f"{models}.json", timeout=30).json()}
        row = rows[version]
        step = re.sub(r"\s*\(.*\)$", "", row["stage"] or "")  # "fine-tuning DIETClassifier (3 parts …)"
        if step and not (steps and steps[-1].endswith(f" {step}")):
            steps.append(f"{time.monotonic() - started:.0f} s {step}")
        if row["state"] != "training":
            break
        time.sleep(0.5)
    assert row["state"] == "ready", f"version {version} {row['state']}: see the models page"
    ready = time.monotonic() - started
    published = time.monotonic()
    done = session.post(
        f"{models}/{version}/publish", data={"csrf": _csrf(session, models), "reason": "benchmark"}, timeout=300
    )
    assert f"Version {version} is live" in done.text, done.text[-2000:]
    return ready, time.monotonic() - published, "; ".join(steps)


def main() -> None:
    trained_model()
    print(f"studio: {describe()}")
    with tempfile.TemporaryDirectory() as tmp:
        data = Path(tmp)
        users = data / "users.yml"
        save_user(users, "mia", PASSWORD, role="marketer")
        snapshot.take(PROJECT_ROOT, data / "repo")
        stack = start_stack(
            data, f"sqlite:///{data / 'leads.db'}", INBOX_USERS_PATH=str(users), DATA_REPO=str(data / "repo")
        )
        try:
            session = requests.Session()
            session.post(f"{stack.web}/inbox/login", data={"username": "mia", "password": PASSWORD}, timeout=60)
            studio = f"{stack.web}/inbox/studio"
            labelled = time.monotonic()
            session.post(
                f"{studio}/labels",
                data={"csrf": _csrf(session, studio), "text": EXAMPLE, "intent": "greet"},
                timeout=60,
            )
            ready, live, stage = _train_and_publish(session, stack.web)
            total = time.monotonic() - labelled
            print(f"  one new example: ready in {ready:.0f} s, live {live:.0f} s later; label to live {total:.0f} s")
            print(f"    (steps: {stage})")
            read = requests.post(
                f"{stack.rasa}/model/parse?token={stack.rasa_token}", json={"text": EXAMPLE}, timeout=30
            ).json()["intent"]
            print(f"    the live assistant reads the labelled message as {read['name']} ({read['confidence']:.2f})")
            domain = data / "repo" / "domain.yml"  # a text reworded, as the studio's wording form does
            text = domain.read_text()
            domain.write_text(text.replace("No problem! Ask me anything", "No worries! Ask me anything", 1))
            edited = time.monotonic()
            ready, live, stage = _train_and_publish(session, stack.web)
            total = time.monotonic() - edited
            print(f"  wording only: ready in {ready:.0f} s, live {live:.0f} s later; edit to live {total:.0f} s")
            print(f"    (steps: {stage})")
        finally:
            stack.stop()


if __name__ == "__main__":
    main()
