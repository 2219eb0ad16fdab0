"""`python -m bot.runner.studio_training VERSION [LIVE_MODEL]`: the studio's background training.

Started by the web app (bot/app/model_versions.py) in Rasa's environment, detached from it. It
trains the version's files (Rasa's cache shared with `make train`, so a change of wording alone
reuses every trained part), scores the candidate and the live model the same way, and keeps the
version's row up to date for the page: what it is doing, then the scores, or what went wrong.
"""

from __future__ import annotations

import asyncio
import io
import json
import re
import secrets
import shutil
import signal
import sys
import time
from pathlib import Path
from typing import TYPE_CHECKING, TextIO

from bot.app.database import Database
from bot.app.model_versions import model_name, version_dir, version_of_model
from bot.clock import utcnow
from bot.lifeline import end_with_parent
from bot.runner.scoring import load_agent, scores_of
from bot.runner.studio_preview import scratch_actions, serve
from bot.runner.training import MODEL_NAME, shared_model
from bot.settings import PROJECT_ROOT, get_settings, shared_cache_dir
from bot.storage import model_versions as stored
from bot.storage.model_versions import FAILED, READY
from bot.studio import snapshot
from bot.studio.scores import Score
from bot.yamlfile import load_yaml

if TYPE_CHECKING:
    from rasa.core.agent import Agent

FINETUNE_EPOCH_FRACTION = 0.1  # a few new labels: the blended reader, fitted on them in full, learns them too
_COMPONENT_RE = re.compile(r"(Starting to train|Restored) component '(\w+)'")
_ERROR_RE = re.compile(r"(?:Error|Exception|Invalid|YamlSyntax|UserWarning)[\w.]*:\s*(.+)")


def _set(database: Database, version_id: int, **fields: object) -> None:
    database.run_now(lambda session: stored.update(session, version_id, **fields))


def train(database: Database, version_id: int, folder: Path, fingerprint: str, live_model: Path | None) -> Path:
    """The candidate: fine-tuned from the live model's weights for a fraction of the epochs when Rasa
    allows it (the same config, intents and entities: new examples, new wording), which learns a few
    labels in a fraction of the time; else trained from scratch. The scores judge either before it
    can be published, and `make train` always trains from scratch."""
    name = model_name(version_id, fingerprint)
    if live_model is not None and live_model.exists():
        try:
            return _rasa_train(database, version_id, folder, name, live_model, "fine-tuning")
        except RuntimeError as refused:
            with (folder / "train.log").open("a", encoding="utf-8") as log:
                log.write(f"\nstudio: fine-tuning was not possible ({refused}); training from scratch\n")
    return _rasa_train(database, version_id, folder, name, None, "training")


class _TrainingLog(io.TextIOBase):
    """What Rasa prints and logs while it trains: kept in train.log, each part it trains or restores shown as
    the version's stage, and the lines that say what went wrong gathered for the page."""

    def __init__(self, log: TextIO, database: Database, version_id: int, doing: str) -> None:
        self.log, self.database, self.version_id, self.doing = log, database, version_id, doing
        self.started, self.trained, self.restored = time.monotonic(), 0, 0
        self.problems: list[str] = []

    def write(self, text: str) -> int:
        self.log.write(text)
        for line in text.splitlines():
            self._read(line)
        return len(text)

    def _read(self, line: str) -> None:
        found = _COMPONENT_RE.search(line)
        if found:
            reused = found.group(1) == "Restored"
            self.trained, self.restored = self.trained + (not reused), self.restored + reused
            _set(
                self.database,
                self.version_id,
                stage=f"{'reusing' if reused else self.doing} {found.group(2)} ({self.trained} parts {self.doing}, "
                f"{self.restored} reused, {time.monotonic() - self.started:.0f} s)",
            )
        error = _ERROR_RE.search(re.sub(r"\x1b\[[0-9;]*m", "", line))
        if error and error.group(1).strip() not in self.problems:
            self.problems.append(error.group(1).strip())


def _rasa_train(
    database: Database, version_id: int, folder: Path, name: str, finetune: Path | None, doing: str
) -> Path:
    """Rasa's training of the version's files, in this process: a `rasa train` of its own would load Rasa and
    TensorFlow a second time (about 15 s of label to live) before the candidate is loaded here to be scored."""
    import contextlib
    import logging

    from rasa.model_training import train as rasa_train

    with (folder / "train.log").open("a", encoding="utf-8") as log:
        output = _TrainingLog(log, database, version_id, doing)
        handler = logging.StreamHandler(output)
        handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)-8s %(name)s - %(message)s"))
        rasa_logger = logging.getLogger("rasa")
        level = rasa_logger.level
        rasa_logger.addHandler(handler)
        rasa_logger.setLevel(logging.INFO)  # the parts trained and restored are logged at INFO
        try:
            with (
                contextlib.chdir(folder / "files"),  # config.yml names the phrasings' folder relative to its own
                contextlib.redirect_stdout(output),
                contextlib.redirect_stderr(output),
            ):
                result = rasa_train(
                    domain="domain.yml",
                    config="config.yml",
                    training_files=["data"],
                    output=str(folder),
                    fixed_model_name=name,
                    model_to_finetune=str(finetune) if finetune else None,
                    finetuning_epoch_fraction=FINETUNE_EPOCH_FRACTION,
                )
            failed = result.code != 0 or not result.model
        except SystemExit:  # Rasa's command-line helpers end the process after printing what is wrong
            failed = True
        except Exception as error:  # whatever Rasa raised is what the page must say
            failed = True
            output.write(f"{type(error).__name__}: {error}\n")
        finally:
            rasa_logger.removeHandler(handler)
            rasa_logger.setLevel(level)
    model = folder / f"{name}.tar.gz"
    if failed or not model.exists():
        model.unlink(missing_ok=True)
        raise RuntimeError("Rasa could not train these files: " + ("; ".join(output.problems[-3:]) or "see train.log"))
    return model


def reworded_model(live_model: Path, live_files: Path, files: Path, target: Path) -> Path | None:
    """The live model with the responses of `files`' domain.yml, when they are all that changed and they name
    the same responses: every trained part is the live model's (Rasa's own training would restore each from
    its cache, after 20 s of starting up), and a response's text is read from the model's domain at each turn.
    None when a response was added or removed (the actions change), so Rasa trains as usual. Rasa 3.6's
    archive: metadata.json holds the domain, and the domain provider's domain.yml is what a loaded model uses."""
    import tarfile
    import uuid

    from rasa.shared.core.domain import Domain

    def names(domain_file: Path) -> set[str]:
        return set((load_yaml(domain_file.read_text()) or {}).get("responses") or {})

    if names(live_files / "domain.yml") != names(files / "domain.yml"):
        return None
    with tarfile.open(live_model, "r:gz") as archive:
        metadata = json.load(archive.extractfile("metadata.json"))  # type: ignore[arg-type]
        stored = dict(metadata["domain"])
        edited = Domain.from_file(str(files / "domain.yml")).as_dict().get("responses") or {}
        stored["responses"] = {**(stored.get("responses") or {}), **edited}
        domain = Domain.from_dict(stored)
        trained_at = utcnow().replace(tzinfo=None).isoformat()  # as Rasa writes it: UTC, without an offset
        metadata.update(domain=domain.as_dict(), model_id=uuid.uuid4().hex, trained_at=trained_at)
        replaced = {
            "metadata.json": json.dumps(metadata, indent=2).encode(),
            "components/domain_provider/domain.yml": domain.as_yaml().encode(),
        }
        partial = target.with_suffix(".partial")
        try:
            with tarfile.open(partial, "w:gz", compresslevel=1) as out:  # written once, read once: speed over size
                for member in archive.getmembers():
                    if member.name in replaced:
                        member.size = len(replaced[member.name])
                        out.addfile(member, io.BytesIO(replaced[member.name]))
                    else:
                        out.addfile(member, archive.extractfile(member) if member.isfile() else None)
        except BaseException:
            partial.unlink(missing_ok=True)  # nothing that looks like a model is left
            raise
    partial.rename(target)
    return target


def preview(database: Database, version_id: int, agent: Agent, folder: Path) -> None:
    """Answer the studio's preview with the candidate until nobody has asked for a while."""
    token = secrets.token_urlsafe(24)
    _set(database, version_id, stage="starting the preview")
    try:
        with scratch_actions(folder) as actions:
            agent.action_endpoint = agent.processor.action_endpoint = actions  # type: ignore[union-attr]
            asyncio.run(
                serve(
                    agent, token, lambda url: _set(database, version_id, preview_url=url, preview_token=token, stage="")
                )
            )
    finally:
        _set(database, version_id, preview_url=None, preview_token=None, stage="")


def main(argv: list[str]) -> int:
    signal.signal(signal.SIGTERM, lambda *_: sys.exit(0))  # a newer training ends this one's preview: tidy up
    end_with_parent()  # and so does the web app that started it dying without its shutdown hook
    version_id = int(argv[1])
    live_model = Path(argv[2]) if len(argv) > 2 and argv[2] else None
    settings = get_settings()
    database = Database.open(settings.effective_database_url)
    folder = version_dir(settings.data_dir, version_id)
    files = folder / "files"
    scores_cache = shared_cache_dir(settings) / "scores"  # a model is scored once on this machine
    try:
        live_version = version_of_model(live_model.name if live_model else None)
        # the files the live model was trained on, when the studio kept them (not for the model served before it)
        live_files = version_dir(settings.data_dir, live_version) / "files" if live_version else None
        live_files = live_files if live_files is not None and (live_files / "config.yml").exists() else None
        wording_only = live_files is not None and snapshot.only_wording_differs(live_files, files)
        fingerprint = snapshot.fingerprint(files)
        _set(database, version_id, fingerprint=fingerprint, wording_only=wording_only, stage="training")
        model = None
        if wording_only and live_files is not None and live_model is not None and live_model.exists():
            _set(database, version_id, stage="rewording the live model")
            target = folder / f"{model_name(version_id, fingerprint)}.tar.gz"
            model = reworded_model(live_model, live_files, files, target)
            if model is None:
                _set(database, version_id, stage="training")  # a response added or removed: Rasa trains
        if model is None:
            model = train(database, version_id, folder, fingerprint, live_model)
        live_scores: Score = {}
        if live_model is not None and live_model.exists():
            _set(database, version_id, stage="scoring the live model")
            live_scores = scores_of(live_model, (live_files or PROJECT_ROOT) / "config.yml", scores_cache)
            if live_version is not None:  # the model served before the studio is scored here first
                kept = database.run_now(lambda session: stored.get(session, live_version))
                if kept is not None and not kept.scores:
                    _set(database, live_version, scores=live_scores)
        agent: Agent | None = None
        if wording_only and live_scores:
            scores = dict(live_scores)  # texts alone change neither the intents read nor the next action
        else:
            _set(database, version_id, stage="scoring the candidate")
            agent = load_agent(model)
            scores = scores_of(model, files / "config.yml", scores_cache, agent)
        shared = shared_model(PROJECT_ROOT / "models" / f"{MODEL_NAME}-{fingerprint}.tar.gz")
        if not shared.exists():  # a restart on these files serves this model without training it again
            shared.parent.mkdir(parents=True, exist_ok=True)
            shutil.copyfile(model, shared)
        _set(
            database,
            version_id,
            state=READY,
            stage="",
            model_file=str(model),
            scores=scores,
            live_scores=live_scores,
            finished_at=utcnow(),
        )
    except Exception as error:  # the page must say what failed, whatever it was
        _set(database, version_id, state=FAILED, stage="", error=str(error)[:2000], finished_at=utcnow())
        print(f"studio training: {error}", file=sys.stderr, flush=True)
        database.close()
        return 1
    try:
        preview(database, version_id, agent or load_agent(model), folder)
    finally:
        database.close()
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
