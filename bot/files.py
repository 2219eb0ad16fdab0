"""Files that people edit while the product runs: written whole, and read again only when they change.

A reader (Rasa's training, the actions, a page) must never see half a file, and a page must not
parse the same YAML at every request; one mechanism for both, used by the studio and the actions.
"""

from __future__ import annotations

import os
import tempfile
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any, BinaryIO, TypeVar

T = TypeVar("T")
_kept: dict[tuple[str, tuple[str, ...]], tuple[tuple[tuple[int, int], ...], Any]] = {}


@contextmanager
def staged_beside(path: Path, text: str) -> Iterator[Path]:
    """`text` in a file beside `path` (same folder, so the swap is one rename), for checking before it
    replaces `path` with `os.replace`; removed afterwards if it was not swapped in."""
    path.parent.mkdir(parents=True, exist_ok=True)
    handle, name = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=path.suffix)
    staged = Path(name)
    try:
        with os.fdopen(handle, "w", encoding="utf-8") as file:
            file.write(text)
        yield staged
    finally:
        staged.unlink(missing_ok=True)


def write_whole(path: Path, text: str) -> None:
    """Replace `path` with `text` in one rename: a reader sees the old file or the new one."""
    with staged_beside(path, text) as staged:
        os.replace(staged, path)


def write_whole_with(path: Path, write: Callable[[BinaryIO], None]) -> None:
    """Replace `path` with what `write` puts in a file, in one rename: two trainings side by side (the studio's
    and `make train`) each see a whole cache file or none."""
    path.parent.mkdir(parents=True, exist_ok=True)
    handle, name = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=path.suffix)
    staged = Path(name)
    try:
        with os.fdopen(handle, "wb") as file:
            write(file)
        os.replace(staged, path)
    finally:
        staged.unlink(missing_ok=True)


def read_until_changed(
    what: str, paths: list[Path], read: Callable[[], T], *, last_good_on: type[Exception] | None = None
) -> T:
    """`read()`, kept until one of `paths` changes (modification time or size). With `last_good_on`,
    a file that fails to read that way keeps what was read from it last (a hand edit in progress)."""
    key = (what, tuple(str(p) for p in paths))
    stamp = tuple((p.stat().st_mtime_ns, p.stat().st_size) for p in paths if p.exists())
    kept = _kept.get(key)
    if kept is None or kept[0] != stamp:
        try:
            kept = _kept[key] = (stamp, read())
        except Exception as error:
            if last_good_on is None or not isinstance(error, last_good_on) or kept is None:
                raise
    value: T = kept[1]
    return value
