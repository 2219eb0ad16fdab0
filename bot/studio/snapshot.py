"""The files a model is trained from, copied, compared and put back.

A studio version keeps a copy of what marketers edit (config.yml, domain.yml, data/, sales/) beside
its model, so publishing or rolling back to it can restore exactly the files it was trained on,
and the repository stays the source of truth.
"""

from __future__ import annotations

import hashlib
import shutil
import uuid
from pathlib import Path

import yaml

from bot.nlu.training_code import code_fingerprint
from bot.yamlfile import load_yaml

TRAINING_INPUTS = ("config.yml", "domain.yml", "data")  # what a model is trained from
EDITED = (*TRAINING_INPUTS, "sales")  # what a version keeps and restores


def _files(root: Path, names: tuple[str, ...]) -> list[Path]:
    found: list[Path] = []
    for name in names:
        path = root / name
        if path.is_dir():
            found += sorted(p for p in path.rglob("*") if p.is_file())
        elif path.is_file():
            found.append(path)
    return found


def fingerprint(root: Path) -> str:
    """Of the training inputs and our training code: two checkouts with the same files train the same model."""
    digest = hashlib.sha256(code_fingerprint().encode())
    for file in _files(root, TRAINING_INPUTS):
        digest.update(str(file.relative_to(root)).encode())
        digest.update(file.read_bytes())
    return digest.hexdigest()[:16]


def _without_wording(root: Path) -> str:
    """The training inputs with domain.yml's responses left out: equal for two snapshots whose only
    change is wording, which Rasa retrains from its cache in seconds."""
    digest = hashlib.sha256()
    for file in _files(root, TRAINING_INPUTS):
        content = file.read_bytes()
        if file == root / "domain.yml":
            domain = load_yaml(content) or {}
            domain.pop("responses", None)
            content = yaml.safe_dump(domain, sort_keys=True).encode()
        digest.update(str(file.relative_to(root)).encode())
        digest.update(content)
    return digest.hexdigest()


def only_wording_differs(a: Path, b: Path) -> bool:
    return fingerprint(a) != fingerprint(b) and _without_wording(a) == _without_wording(b)


def take(source: Path, target: Path) -> None:
    """Copy the edited files of `source` into `target` (a new folder)."""
    target.mkdir(parents=True, exist_ok=False)
    for name in EDITED:
        path = source / name
        if path.is_dir():
            shutil.copytree(path, target / name)
        elif path.is_file():
            shutil.copy2(path, target / name)


def same_files(a: Path, b: Path) -> bool:
    def contents(root: Path) -> dict[str, bytes]:
        return {str(p.relative_to(root)): p.read_bytes() for p in _files(root, EDITED)}

    return contents(a) == contents(b)


def restore(source: Path, target: Path) -> None:
    """Make `target`'s edited files those of `source`. Each is written beside its place and swapped
    in with a rename, so a reader sees the old file or the new one, never half of one."""
    for name in EDITED:
        new, old = source / name, target / name
        if not new.exists():
            if old.is_dir():
                shutil.rmtree(old)
            elif old.exists():
                old.unlink()
            continue
        staged = target / f".{name}.{uuid.uuid4().hex}"
        if new.is_dir():
            shutil.copytree(new, staged)
        else:
            shutil.copy2(new, staged)
        if old.is_dir():
            retired = target / f".{name}.old.{uuid.uuid4().hex}"
            old.rename(retired)
            staged.rename(old)
            shutil.rmtree(retired)
        else:
            staged.replace(old)
