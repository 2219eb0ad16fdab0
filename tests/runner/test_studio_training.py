"""The studio's training runs Rasa in its own process (bot/runner/studio_training.py): files Rasa cannot
train fail with Rasa's own words for the page, and nothing is left that looks like a model."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from bot.app.database import Database
from bot.runner.studio_training import train
from bot.settings import PROJECT_ROOT

pytestmark = pytest.mark.slow  # loads Rasa and TensorFlow in the test process


def test_files_rasa_cannot_read_fail_with_what_is_wrong_and_leave_no_model(tmp_path: Path) -> None:
    files = tmp_path / "version" / "files"
    shutil.copytree(PROJECT_ROOT / "data", files / "data")
    shutil.copyfile(PROJECT_ROOT / "config.yml", files / "config.yml")
    (files / "domain.yml").write_text("intents:\n  - greet\nresponses: [this is: not: a mapping\n", encoding="utf-8")
    database = Database.open(f"sqlite:///{tmp_path / 'studio.db'}")
    try:
        with pytest.raises(RuntimeError, match=r"Rasa could not train these files: .+"):
            train(database, 1, tmp_path / "version", "0" * 16, live_model=None)
    finally:
        database.close()
    assert not list((tmp_path / "version").glob("*.tar.gz"))
    assert (tmp_path / "version" / "train.log").exists()  # what Rasa said is kept for whoever looks further


def test_a_reworded_response_is_served_by_the_live_models_trained_parts(tmp_path: Path) -> None:
    import asyncio

    from bot.runner.scoring import load_agent
    from bot.runner.studio_training import reworded_model
    from bot.studio import snapshot
    from tests.model import trained_model

    live, before, after = trained_model(), tmp_path / "before", tmp_path / "after"
    snapshot.take(PROJECT_ROOT, before)
    snapshot.take(PROJECT_ROOT, after)
    domain = after / "domain.yml"
    domain.write_text(domain.read_text().replace("No problem! Ask me anything", "No worries! Ask me anything", 1))
    assert snapshot.only_wording_differs(before, after)

    model = reworded_model(live, before, after, tmp_path / "candidate.tar.gz")

    assert model is not None
    candidate, served = load_agent(model), load_agent(live)
    texts = [v.get("text") or "" for v in candidate.processor.domain.responses["utter_no_problem"]]  # type: ignore[union-attr]
    assert any(t.startswith("No worries! Ask me anything") for t in texts)
    for message in ("hi", "how much is the business plan", "we are 40 people, a bakery"):
        ours, theirs = asyncio.run(candidate.parse_message(message)), asyncio.run(served.parse_message(message))
        assert ours["intent"] == theirs["intent"] and ours["entities"] == theirs["entities"]


def test_a_response_added_is_trained_by_rasa_not_reworded(tmp_path: Path) -> None:
    from bot.runner.studio_training import reworded_model
    from bot.studio import snapshot
    from tests.model import trained_model

    before, after = tmp_path / "before", tmp_path / "after"
    snapshot.take(PROJECT_ROOT, before)
    snapshot.take(PROJECT_ROOT, after)
    domain = after / "domain.yml"
    domain.write_text(
        domain.read_text().replace("responses:\n", 'responses:\n  utter_brand_new:\n    - text: "New!"\n', 1)
    )
    assert reworded_model(trained_model(), before, after, tmp_path / "candidate.tar.gz") is None
    assert not (tmp_path / "candidate.tar.gz").exists()
