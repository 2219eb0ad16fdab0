"""Append-only JSON-lines files for work that could not be done yet: events the recorder could
not write before it stopped, leads that could not be saved, and events set aside as bad.

Files are owner-only (they hold what visitors said), and `forget` removes a sender's lines so
an erasure reaches them too.
"""

from __future__ import annotations

import fcntl
import json
import os
import threading
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

TRANSCRIPT_SPOOL = "transcript-spool.jsonl"
DEAD_LETTERS = "transcript-dead-letters.jsonl"
LEAD_SPOOL = "lead-spool.jsonl"
LEAD_DEAD_LETTERS = "lead-dead-letters.jsonl"
# every file here that can hold what a visitor said or who they are: an erasure reaches them all
PERSONAL_FILES = (TRANSCRIPT_SPOOL, DEAD_LETTERS, LEAD_SPOOL, LEAD_DEAD_LETTERS)
# the unreadable lines set aside from each: they may hold what a visitor said too
UNREADABLE = tuple(name + ".unreadable" for name in (TRANSCRIPT_SPOOL, DEAD_LETTERS, LEAD_SPOOL, LEAD_DEAD_LETTERS))
_lock = threading.Lock()


@contextmanager
def _locked(path: Path) -> Iterator[None]:
    """One writer at a time for `path`, across threads and processes: Rasa appends to the
    transcript spool, the action server to the lead spool, and the web app's erasure rewrites
    both. A rewrite racing an append would lose the appended lines."""
    path.parent.mkdir(parents=True, exist_ok=True)
    with _lock:
        descriptor = os.open(path.with_name(path.name + ".lock"), os.O_WRONLY | os.O_CREAT, 0o600)
        try:
            fcntl.flock(descriptor, fcntl.LOCK_EX)
            yield
        finally:
            fcntl.flock(descriptor, fcntl.LOCK_UN)
            os.close(descriptor)


def append(path: Path, records: Iterable[dict[str, Any]]) -> int:
    lines = [json.dumps(record, default=str) + "\n" for record in records]
    if not lines:
        return 0
    with _locked(path):
        _append_lines(path, lines)
    return len(lines)


def _append_lines(path: Path, lines: list[str]) -> None:
    descriptor = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_APPEND, 0o600)
    with os.fdopen(descriptor, "a", encoding="utf-8") as spool:
        spool.writelines(lines)


def prepend(path: Path, records: list[dict[str, Any]]) -> int:
    """Put records before what the file holds (they happened first)."""
    if not records:
        return 0
    with _locked(path):
        later = _read_and_remove(path)
        _append_lines(
            path, [json.dumps(record, default=str) + "\n" for record in records] + [line + "\n" for line in later]
        )
    return len(records)


def take(path: Path) -> list[dict[str, Any]]:
    """Read every record and remove the file; a line that is not JSON is kept aside, not lost."""
    with _locked(path):
        lines = _read_and_remove(path)
    records: list[dict[str, Any]] = []
    broken: list[dict[str, Any]] = []
    for line in lines:
        try:
            record = json.loads(line)
        except ValueError:
            broken.append({"unreadable_line": line})
            continue
        if isinstance(record, dict):
            records.append(record)
        else:
            broken.append({"unreadable_line": line})
    if broken:
        append(path.with_name(path.name + ".unreadable"), broken)
    return records


def _read_and_remove(path: Path) -> list[str]:
    if not path.exists():
        return []
    text = path.read_text(encoding="utf-8", errors="replace")
    path.unlink()
    return [line for line in text.splitlines() if line.strip()]


def forget(path: Path, sender_ids: Iterable[str]) -> int:
    """Drop every record of these senders from the file; how many went. A line that is not a
    record (set aside as unreadable) goes when it names one of them anywhere."""
    senders = {str(sender) for sender in sender_ids}
    with _locked(path):
        if not path.exists():
            return 0
        kept, dropped = [], 0
        for line in path.read_text(encoding="utf-8", errors="replace").splitlines():
            if _names_one_of(line, senders):
                dropped += 1
            else:
                kept.append(line)
        if dropped:
            temporary = path.with_name(path.name + ".tmp")
            descriptor = os.open(temporary, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
            with os.fdopen(descriptor, "w", encoding="utf-8") as out:
                out.writelines(line + "\n" for line in kept)
            os.replace(temporary, path)
    return dropped


def _names_one_of(line: str, senders: set[str]) -> bool:
    try:
        record = json.loads(line)
    except ValueError:
        record = None
    if isinstance(record, dict) and "unreadable_line" not in record:
        return str(record.get("sender_id")) in senders
    return any(sender in line for sender in senders if sender)


def forget_everywhere(data_dir: Path, sender_ids: Iterable[str]) -> int:
    """Drop these senders' records from every spool and dead-letter file; how many went."""
    senders = list(sender_ids)
    return sum(forget(data_dir / name, senders) for name in (*PERSONAL_FILES, *UNREADABLE))
