"""Publishing and rolling back in the studio, over HTTP, against two stand-in Rasa replicas (real
HTTP servers answering Rasa's /status and PUT /model, one of which can be told to refuse).

The training itself, the scores and the preview are exercised on the real stack in Chromium
(tests/browser/test_studio_loop.py); here the versions are rows and files as a training leaves them.
"""

from __future__ import annotations

import subprocess
import sys
from collections.abc import AsyncIterator
from dataclasses import dataclass, field
from pathlib import Path

import pytest
from aiohttp import web
from aiohttp.test_utils import TestClient, TestServer

from bot.app.model_versions import model_name, version_dir
from bot.clock import utcnow
from bot.storage import model_versions as stored
from bot.storage.db import make_engine, session_factory, transaction
from bot.storage.labels import recent_events
from bot.studio import snapshot
from tests.web.studio_setup import marketers_files, sign_in, studio_client

pytestmark = pytest.mark.clock  # versions are stamped with the time


@dataclass
class Replica:
    """Rasa's model API as a replica answers it: what it serves, and whether it can load a model."""

    serving: str = "assistant-0000000000000000.tar.gz"
    refuses: bool = False
    loads: list[str] = field(default_factory=list)

    def app(self) -> web.Application:
        async def status(request: web.Request) -> web.Response:
            return web.json_response({"model_file": self.serving})

        async def load(request: web.Request) -> web.Response:
            path = Path((await request.json())["model_file"])
            if self.refuses or not path.is_file():
                return web.json_response({"message": "could not load"}, status=400)
            self.loads.append(path.name)
            self.serving = path.name
            return web.Response(status=204)

        app = web.Application()
        app.router.add_get("/status", status)
        app.router.add_put("/model", load)
        return app


@dataclass
class Studio:
    client: TestClient
    replicas: list[Replica]
    db_url: str
    data_dir: Path
    repo: Path


@pytest.fixture
async def studio(db_url: str, tmp_path: Path) -> AsyncIterator[Studio]:
    replicas = [Replica(), Replica()]
    servers = [TestServer(r.app()) for r in replicas]
    for server in servers:
        await server.start_server()
    repo = marketers_files(tmp_path)
    urls = ",".join(str(s.make_url("")).rstrip("/") for s in servers)
    async with studio_client(db_url, tmp_path, repo, data_dir=tmp_path / "data", rasa_replica_urls=urls) as client:
        yield Studio(client, replicas, db_url, tmp_path / "data", repo)
    for server in servers:
        await server.close()


def trained(studio: Studio, *, scores: dict[str, list[int]], live_scores: dict[str, list[int]]) -> int:
    """A version as a finished training leaves it: its files, its model and its scores."""
    engine = make_engine(studio.db_url)
    with transaction(session_factory(engine)) as session:
        version_id = stored.start(session, user="mia", now=utcnow())
    folder = version_dir(studio.data_dir, version_id)
    snapshot.take(studio.repo, folder / "files")
    model = folder / f"{model_name(version_id, snapshot.fingerprint(folder / 'files'))}.tar.gz"
    model.write_bytes(b"a model")
    with transaction(session_factory(engine)) as session:
        stored.update(
            session,
            version_id,
            state=stored.READY,
            model_file=str(model),
            scores=scores,
            live_scores=live_scores,
            finished_at=utcnow(),
        )
    engine.dispose()
    return version_id


SAME = {"intents": [90, 100], "stories": [20, 20]}


async def test_an_sdr_is_kept_out_of_the_models_page(studio: Studio) -> None:
    await sign_in(studio.client, "sam")
    response = await studio.client.get("/inbox/studio/models")
    assert response.status == 403 and "marketers and admins" in await response.text()


async def test_a_candidate_is_published_to_every_replica_and_the_trail_says_who(studio: Studio) -> None:
    version = trained(studio, scores={"intents": [92, 100], "stories": [20, 20]}, live_scores=SAME)
    csrf = await sign_in(studio.client)
    page = await (await studio.client.get("/inbox/studio/models")).text()
    assert "92/100 (92.0%)" in page and "live then: 90/100 (90.0%)" in page
    response = await studio.client.post(f"/inbox/studio/models/{version}/publish", data={"csrf": csrf})
    text = await response.text()
    assert response.status == 200 and f"Version {version} is live on every replica." in text
    assert [r.serving for r in studio.replicas] == [
        f"{model_name(version, snapshot.fingerprint(studio.repo))}.tar.gz"
    ] * 2
    engine = make_engine(studio.db_url)
    with transaction(session_factory(engine)) as session:
        published = stored.get(session, version)
        trail = recent_events(session)
    engine.dispose()
    assert published.published_by == "mia" and published.publish_reason is None
    assert trail[0]["action"] == "publish" and trail[0]["user"] == "mia"


async def test_a_worse_candidate_needs_a_reason_and_a_form_without_its_token_is_refused(studio: Studio) -> None:
    version = trained(studio, scores={"intents": [85, 100], "stories": [19, 20]}, live_scores=SAME)
    csrf = await sign_in(studio.client)
    assert (await studio.client.post(f"/inbox/studio/models/{version}/publish", data={})).status == 403
    refused = await studio.client.post(f"/inbox/studio/models/{version}/publish", data={"csrf": csrf})
    text = await refused.text()
    assert refused.status == 409
    assert "held-out intent phrasings: 85/100 against 90/100 live" in text and "test stories: 19/20" in text
    assert f'aria-label="reason to publish version {version} anyway"' in text
    assert all(r.loads == [] for r in studio.replicas), "nothing was loaded"
    response = await studio.client.post(
        f"/inbox/studio/models/{version}/publish", data={"csrf": csrf, "reason": "the stories failing are old"}
    )
    assert response.status == 200 and "the stories failing are old" in await response.text()


async def test_a_replica_that_cannot_load_the_model_leaves_every_replica_on_the_old_one(studio: Studio) -> None:
    before = trained(studio, scores=SAME, live_scores=SAME)
    csrf = await sign_in(studio.client)
    assert (await studio.client.post(f"/inbox/studio/models/{before}/publish", data={"csrf": csrf})).status == 200
    serving = [r.serving for r in studio.replicas]
    candidate = trained(studio, scores=SAME, live_scores=SAME)
    studio.replicas[1].refuses = True
    response = await studio.client.post(f"/inbox/studio/models/{candidate}/publish", data={"csrf": csrf})
    text = await response.text()
    assert response.status == 409 and "could not load the model" in text and "still serves the model" in text
    assert [r.serving for r in studio.replicas] == serving, "the first replica was put back"
    engine = make_engine(studio.db_url)
    with transaction(session_factory(engine)) as session:
        assert stored.get(session, candidate).published_at is None
    engine.dispose()


async def test_a_rollback_restores_the_files_it_was_trained_on_and_commits_them(studio: Studio) -> None:
    subprocess.run(["git", "init", "-q", str(studio.repo)], check=True)
    git = ["git", "-C", str(studio.repo), "-c", "user.name=t", "-c", "user.email=t@example.com"]
    subprocess.run([*git, "add", "-A"], check=True)
    subprocess.run([*git, "commit", "-qm", "start"], check=True)
    first = trained(studio, scores=SAME, live_scores=SAME)
    csrf = await sign_in(studio.client)
    assert (await studio.client.post(f"/inbox/studio/models/{first}/publish", data={"csrf": csrf})).status == 200
    labelled = studio.repo / "data" / "nlu" / "labelled.yml"
    labelled.write_text('version: "3.1"\nnlu:\n- intent: greet\n  examples: |\n    - wazzup gronkers\n')
    second = trained(studio, scores=SAME, live_scores=SAME)
    assert (await studio.client.post(f"/inbox/studio/models/{second}/publish", data={"csrf": csrf})).status == 200
    response = await studio.client.post(f"/inbox/studio/models/{first}/rollback", data={"csrf": csrf})
    text = await response.text()
    assert response.status == 200 and f"Rolled back to version {first} on every replica." in text
    assert not labelled.exists(), "the files are those version 1 was trained on"
    assert "files before the rollback are kept" in text
    log = subprocess.run(
        ["git", "-C", str(studio.repo), "log", "--format=%an %s"], check=True, capture_output=True, text=True
    ).stdout
    assert f"mia studio: roll back to version {first}" in log.splitlines()[0]


async def test_a_dead_training_is_shown_failed_a_live_one_refuses_another_and_stopping_the_inbox_ends_it(
    studio: Studio,
) -> None:
    training = subprocess.Popen([sys.executable, "-c", "import time; time.sleep(120)"], start_new_session=True)
    engine = make_engine(studio.db_url)
    with transaction(session_factory(engine)) as session:
        running = stored.start(session, user="mia", now=utcnow())
        stored.update(session, running, pid=training.pid)  # alive: a second training is refused
        dead = stored.start(session, user="mia", now=utcnow())
        stored.update(session, dead, pid=2**22 + 12345, state=stored.READY)
        stored.update(session, dead, state=stored.TRAINING)
    engine.dispose()
    csrf = await sign_in(studio.client)
    page = await (await studio.client.get("/inbox/studio/models")).text()
    assert "the training process stopped unexpectedly" in page
    refused = await studio.client.post("/inbox/studio/models/train", data={"csrf": csrf})
    assert refused.status == 409 and f"Version {running} is training (started by mia)" in await refused.text()
    await studio.client.close()
    assert training.wait(timeout=10) < 0, "the inbox stopping ended the training it had started"


async def test_stopping_the_inbox_ends_a_preview_still_loading_its_model(studio: Studio) -> None:
    loading = subprocess.Popen([sys.executable, "-c", "import time; time.sleep(120)"], start_new_session=True)
    engine = make_engine(studio.db_url)
    with transaction(session_factory(engine)) as session:
        version = stored.start(session, user="mia", now=utcnow())
        stored.update(session, version, pid=loading.pid, state=stored.READY, stage="starting the preview")
    engine.dispose()
    await studio.client.close()
    assert loading.wait(timeout=10) < 0, "a preview that had no address yet outlived the inbox"
