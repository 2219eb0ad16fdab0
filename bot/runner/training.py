"""Train only when config.yml, domain.yml or data/ changed since the last model."""

from __future__ import annotations

import contextlib
import os
import shutil
import subprocess
import sys
import time
from pathlib import Path

from filelock import FileLock

from bot.settings import PROJECT_ROOT, get_settings, rasa_cache_dir, shared_cache_dir
from bot.studio.snapshot import fingerprint

MODEL_NAME = "assistant"


def model_path(root: Path = PROJECT_ROOT) -> Path:
    return root / "models" / f"{MODEL_NAME}-{fingerprint(root)}.tar.gz"


def ensure_model(root: Path = PROJECT_ROOT, *, force: bool = False) -> Path:
    """The model for the current training data, training it first if it does not exist. Processes
    that ask at once (test workers, `make run` beside `make test`) wait for one training, not run two."""
    target = model_path(root)
    target.parent.mkdir(parents=True, exist_ok=True)
    shared = shared_model(target)
    with FileLock(str(target.parent / f".{MODEL_NAME}.train.lock")):
        if not force and not target.exists() and shared.exists():
            shutil.copyfile(shared, target)  # another checkout of the same data trained it
            print(f"train: model taken from {shared.parent} ({target.name})", flush=True)
        if target.exists() and not force:
            print(f"train: model is up to date ({target.name})", flush=True)
            return target
        _train(root, target)
        with contextlib.suppress(OSError):  # a cache that cannot be written only costs the next checkout a training
            shared.parent.mkdir(parents=True, exist_ok=True)
            shutil.copyfile(target, shared)
        return target


def shared_model(target: Path) -> Path:
    """Where checkouts on this machine share models, by the fingerprint in their name (the
    environment's cache, scripts/install.sh; PRICING_ASSISTANT_CACHE moves it)."""
    return shared_cache_dir(get_settings()) / "models" / target.name


def train_command(name: str, out: Path) -> list[str]:
    """`rasa train` of config.yml, domain.yml and data/ in the folder it runs in, to out/name.tar.gz."""
    return [
        sys.executable,
        "-m",
        "rasa",
        "train",
        "--fixed-model-name",
        name,
        "--out",
        str(out),
        "--config",
        "config.yml",
        "--domain",
        "domain.yml",
        "--data",
        "data",
    ]


def _train(root: Path, target: Path) -> Path:
    print("train: config.yml, domain.yml or data/ changed; training (about a minute or two)", flush=True)
    start = time.monotonic()
    command = train_command(target.name.removesuffix(".tar.gz"), target.parent)
    result = subprocess.run(
        command, cwd=root, env={**os.environ, "RASA_CACHE_DIRECTORY": str(rasa_cache_dir(get_settings()))}
    )
    if result.returncode != 0:
        raise SystemExit("train: training failed; run `make validate` to see what is wrong in data/ or domain.yml")
    for old in target.parent.glob(f"{MODEL_NAME}-*.tar.gz"):
        if old != target:
            old.unlink()
    print(f"train: done in {time.monotonic() - start:.0f}s -> {target.relative_to(root)}", flush=True)
    _score_once(root, target)
    return target


def _score_once(root: Path, model: Path) -> None:
    """The studio sets each candidate's scores beside the live model's: scored here, once per trained model, the
    first candidate does not wait for them. A failure here costs only that wait, so it is reported, not raised."""
    start = time.monotonic()
    result = subprocess.run(
        [sys.executable, "-m", "bot.runner.scoring", str(model)], cwd=root, capture_output=True, text=True
    )
    if result.returncode == 0:
        print(
            f"train: {result.stdout.strip().splitlines()[-1]} (kept for the studio, {time.monotonic() - start:.0f}s)",
            flush=True,
        )
    else:
        print(
            f"train: the model was not scored for the studio ({(result.stderr.strip().splitlines() or ['?'])[-1]})",
            flush=True,
        )


def main() -> None:
    from bot.nlu.intent_examples import write

    print(f"train: {write()} generated intent examples in data/nlu/generated.yml", flush=True)
    ensure_model(force="--force" in sys.argv)


if __name__ == "__main__":
    main()
