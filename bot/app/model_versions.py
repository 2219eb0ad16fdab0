"""The studio's models: train a candidate from the marketers' files in the background, compare it
with the live model, publish it to every replica, and roll back to any version published before.

A version is a folder under DATA_DIR/studio/versions/<id> (files: the edited files it was trained
on; the model; train.log) and a row (bot/storage/model_versions.py) that the training process
(bot/runner/studio_training.py, in Rasa's environment) keeps up to date for the pages to read.
"""

from __future__ import annotations

import contextlib
import os
import shutil
import signal
import subprocess
import threading
import time
from collections.abc import Awaitable, Callable
from dataclasses import dataclass, field
from functools import partial
from pathlib import Path

from sqlalchemy.exc import SQLAlchemyError
from sqlalchemy.orm import Session

from bot.app.database import Database
from bot.clock import utcnow
from bot.lifeline import started_by_me
from bot.settings import PROJECT_ROOT
from bot.storage import labels as trail
from bot.storage import model_versions as stored
from bot.storage.model_versions import FAILED, READY, TRAINING, Version
from bot.studio import snapshot
from bot.studio.scores import worse

ROLLBACK = "rollback"
Switch = Callable[[Path], Awaitable[None]]  # serve this model on every replica, or raise with what failed


class StudioRefused(Exception):
    """Nothing was started or changed; the message says why, for the page."""


def versions_dir(data_dir: Path) -> Path:
    return data_dir / "studio" / "versions"


def version_dir(data_dir: Path, version_id: int) -> Path:
    return versions_dir(data_dir) / str(version_id)


def model_name(version_id: int, fingerprint: str) -> str:
    """The file name Rasa reports as its model (GET /status): it says which version a replica serves."""
    return f"studio-{version_id}-{fingerprint}"


def version_of_model(model_file: str | None) -> int | None:
    """The studio version a served model file belongs to; None for a model `make train` built."""
    name = Path(model_file or "").name
    parts = name.split("-")
    return int(parts[1]) if name.startswith("studio-") and len(parts) > 2 and parts[1].isdigit() else None


def fingerprint_in(model_file: str | Path) -> str:
    """The training files' fingerprint a model's file name ends with (`assistant-<fp>`, `studio-<id>-<fp>`)."""
    return Path(model_file).name.removesuffix(".tar.gz").rsplit("-", 1)[-1]


def served_version(versions: list[Version], model_file: str | None) -> int | None:
    """The version a replica serves, from the model's file name: a studio version's own, or the model
    `make run` trained before the studio, kept as a version (by the fingerprint in its name)."""
    found = version_of_model(model_file)
    if found is not None or not model_file:
        return found
    fingerprint = fingerprint_in(model_file)
    return next((v.id for v in versions if v.started_by == SERVED_BEFORE and v.fingerprint == fingerprint), None)


def _alive(pid: int | None) -> bool:
    if not pid:
        return False
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True


async def versions(database: Database) -> list[Version]:
    """Newest first; a training whose process is gone (killed, out of memory) is marked failed."""
    found = await database.run(stored.newest_first)
    stale = [v for v in found if _has_a_process(v) and not _alive(v.pid)]
    for version in stale:
        if version.state == TRAINING:
            await _fail(database, version.id, "the training process stopped unexpectedly; see its train.log")
        else:  # its preview ended without saying so (killed): no stage, no preview to ask
            await database.run(partial(_preview_gone, version_id=version.id))
    return await database.run(stored.newest_first) if stale else found


def _has_a_process(version: Version) -> bool:
    """A training, a preview serving, or one still loading its model ("starting the preview": no address yet)."""
    return version.state == TRAINING or bool(version.preview_url) or bool(version.stage)


def _preview_gone(session: Session, *, version_id: int) -> None:
    stored.update(session, version_id, stage="", preview_url=None, preview_token=None)


async def _fail(database: Database, version_id: int, error: str) -> None:
    def work(session: Session) -> None:
        current = stored.get(session, version_id)
        if current is not None and current.state == TRAINING and not _alive(current.pid):
            stored.update(session, version_id, state=FAILED, error=error, stage="", finished_at=utcnow())

    await database.run(work)


async def start_training(
    database: Database,
    *,
    data_dir: Path,
    data_repo: Path,
    rasa_python: str,
    rasa_cache: Path,
    user: str,
    live_model: Path | None,
) -> int:
    """Snapshot the files and start training them in the background; refused while another trains."""
    for version in await versions(database):
        if version.state == TRAINING:
            raise StudioRefused(
                f"Version {version.id} is training (started by {version.started_by}); wait for it to finish."
            )
    await stop_previews(database)
    if live_model is not None and version_of_model(live_model.name) is None:
        live_model = await _keep_served_before(database, data_dir, live_model)
    now = utcnow()
    version_id = await database.run(lambda session: stored.start(session, user=user, now=now))
    folder = version_dir(data_dir, version_id)
    try:
        if folder.exists():
            shutil.rmtree(folder)  # left by a database that was reset: its id is taken again
        snapshot.take(data_repo, folder / "files")
        log = (folder / "train.log").open("wb")
        command = [rasa_python, "-m", "bot.runner.studio_training", str(version_id), str(live_model or "")]
        env = {
            **started_by_me(os.environ),
            "PYTHONPATH": str(PROJECT_ROOT),
            "RASA_CACHE_DIRECTORY": str(rasa_cache),
        }
        process = subprocess.Popen(
            command, cwd=PROJECT_ROOT, env=env, stdout=log, stderr=subprocess.STDOUT, start_new_session=True
        )
        log.close()
    except OSError as error:
        problem = f"could not start the training: {error}"
        await database.run(
            lambda session: stored.update(session, version_id, state=FAILED, error=problem, finished_at=utcnow())
        )
        raise StudioRefused(f"The training could not start: {error}") from error
    threading.Thread(target=process.wait, daemon=True).start()  # reaps it, so a finished one is not "alive"

    def record(session: Session) -> None:
        stored.update(session, version_id, pid=process.pid, stage="starting")
        trail.audit(session, user, "train", {"version": version_id, "text": f"version {version_id}"}, now)

    await database.run(record)
    return version_id


SERVED_BEFORE = "before the studio"


async def _keep_served_before(database: Database, data_dir: Path, model: Path) -> Path:
    """The model served before anything was published from the studio (`make run` trained it), kept as
    a version of its own so a rollback can return to it. Its files were not snapshotted: rolling back
    to it leaves the repository's files as they are."""
    now = utcnow()

    def keep(session: Session) -> int:
        version_id = stored.start(session, user=SERVED_BEFORE, now=now)
        stored.update(session, version_id, state=READY, stage="", finished_at=now, published_at=now)
        stored.update(session, version_id, published_by=SERVED_BEFORE)
        return version_id

    version_id = await database.run(keep)
    folder = version_dir(data_dir, version_id)
    folder.mkdir(parents=True, exist_ok=True)
    fingerprint = fingerprint_in(model)
    kept = folder / f"{model_name(version_id, fingerprint)}.tar.gz"
    shutil.copyfile(model, kept)
    await database.run(
        lambda session: stored.update(session, version_id, model_file=str(kept), fingerprint=fingerprint)
    )
    return kept


@dataclass
class Published:
    version: Version
    restored_files: bool
    load_seconds: float  # every replica switched to it in this time
    notes: list[str] = field(default_factory=list)


async def publish(
    database: Database,
    version_id: int,
    *,
    user: str,
    reason: str,
    switch: Switch,
    data_dir: Path,
    data_repo: Path,
    rollback: bool = False,
) -> Published:
    """Serve the version on every replica. A candidate that scores worse than the live model is
    refused unless a reason is given; a rollback (to a version published before) needs none, and
    restores the files that version was trained on into the repository."""
    version = await database.run(lambda session: stored.get(session, version_id))
    if version is None:
        raise StudioRefused(f"There is no version {version_id}.")
    if version.state != READY or not version.model_file or not Path(version.model_file).exists():
        raise StudioRefused(f"Version {version_id} has no trained model to publish ({version.state}).")
    if rollback and version.published_at is None:
        raise StudioRefused(f"Version {version_id} was never published; publish it instead of rolling back to it.")
    live = await database.run(stored.live)
    against = live.scores if live is not None and live.id != version.id and live.scores else version.live_scores
    shortfalls = [] if rollback else worse(version.scores, against)
    reason = reason.strip()
    if shortfalls and not reason:
        raise StudioRefused(
            "It scores worse than the live model ("
            + "; ".join(shortfalls)
            + "). Give a reason to publish it anyway, or label more and train again."
        )
    started = time.monotonic()
    await switch(Path(version.model_file))
    load_seconds = time.monotonic() - started
    notes: list[str] = []
    files = version_dir(data_dir, version_id) / "files"
    if not files.exists():
        notes.append("This model came before the studio and its files were not kept: the repository is unchanged.")
    restored = files.exists() and rollback and not snapshot.same_files(files, data_repo)
    if restored:
        aside = data_dir / "studio" / "set-aside" / utcnow().strftime("%Y%m%dT%H%M%S")
        snapshot.take(data_repo, aside)
        snapshot.restore(files, data_repo)
        notes.append(f"The files before the rollback are kept in {aside}.")
    elif files.exists() and not snapshot.same_files(files, data_repo):
        notes.append("The files changed since this version was trained; train again to include those changes.")
    notes += _commit(data_repo, user, f"studio: {'roll back to' if rollback else 'publish'} version {version_id}")
    now = utcnow()
    why = ROLLBACK if rollback else (reason if shortfalls else None)

    def record(session: Session) -> None:
        stored.update(session, version_id, published_at=now, published_by=user, publish_reason=why)
        action = ROLLBACK if rollback else "publish"
        detail = {"version": version_id, "text": f"version {version_id}", "reason": why}
        trail.audit(session, user, action, detail, now)

    await database.run(record)
    published = await database.run(lambda session: stored.get(session, version_id))
    assert published is not None
    return Published(published, restored, load_seconds, notes)


def _commit(data_repo: Path, user: str, message: str) -> list[str]:
    """When the repository is a git work tree, the published files are a commit by the marketer."""
    git = shutil.which("git")
    if git is None or not (data_repo / ".git").exists():
        return []
    paths = [name for name in snapshot.EDITED if (data_repo / name).exists()]
    author = f"{user} <{user}@studio.invalid>"
    try:
        subprocess.run([git, "add", "-A", "--", *paths], cwd=data_repo, check=True, capture_output=True, timeout=60)
        staged = subprocess.run([git, "diff", "--cached", "--quiet"], cwd=data_repo, capture_output=True, timeout=60)
        if staged.returncode == 0:
            return []
        subprocess.run(
            [
                git,
                "-c",
                f"user.name={user}",
                "-c",
                f"user.email={user}@studio.invalid",
                "commit",
                "-q",
                "--author",
                author,
                "-m",
                message,
            ],
            cwd=data_repo,
            check=True,
            capture_output=True,
            timeout=60,
        )
    except (subprocess.CalledProcessError, subprocess.TimeoutExpired, OSError) as error:
        detail = getattr(error, "stderr", b"") or b""
        return [f"The files are published but not committed to git: {detail.decode(errors='replace').strip() or error}"]
    return ["The published files are a git commit in the data repository."]


def locate_model(data_dir: Path, cache_dir: Path, name: str) -> Path | None:
    """The file of a model Rasa names by its file name (GET /status): one `make train` built, one the
    machine's cache holds, or a studio version's."""
    if not name or "/" in name or name.startswith("."):
        return None
    version = version_of_model(name)
    places = [PROJECT_ROOT / "models" / name, cache_dir / "models" / name]
    if version is not None:
        places.insert(0, version_dir(data_dir, version) / name)
    return next((place for place in places if place.is_file()), None)


async def stop_previews(database: Database) -> None:
    """End the previews of older versions (each holds a model in memory) before a new training."""
    for version in await database.run(stored.newest_first):
        if version.state == READY and _has_a_process(version):  # a preview serving, or still loading
            _stop(version.pid)


async def stop_studio_processes(database: Database) -> None:
    """When the inbox stops: end every training and preview it started (with their children:
    Rasa's training, the preview's action server), so nothing outlives the product. A database that
    cannot be read now has nothing to say about them: the inbox still stops."""
    try:
        versions = await database.run(stored.newest_first)
    except SQLAlchemyError:
        return
    for version in versions:
        if _has_a_process(version):
            _stop(version.pid)


def _stop(pid: int | None) -> None:
    if pid and _alive(pid):
        with contextlib.suppress(OSError):
            os.killpg(pid, signal.SIGTERM)  # its own process group (start_new_session): it and its children
