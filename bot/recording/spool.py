"""Append-only JSON-lines files for work that could not be done yet: events the recorder could
not write before it stopped, leads that could not be saved, and events set aside as bad.

Files are owner-only (they hold what visitors said), and `forget` removes a sender's lines so
an erasure reaches them too.
"""

from __future__ import annotations

import json
import os
import threading
from collections.abc import Iterable
from pathlib import Path
from typing import Any

TRANSCRIPT_SPOOL = "transcript-spool.jsonl"
DEAD_LETTERS = "transcript-dead-letters.jsonl"
LEAD_SPOOL = "lead-spool.jsonl"
LEAD_DEAD_LETTERS = "lead-dead-letters.jsonl"
# every file here that can hold what a visitor said or who they are: an erasure reaches them all
PERSONAL_FILES = (TRANSCRIPT_SPOOL, DEAD_LETTERS, LEAD_SPOOL, LEAD_DEAD_LETTERS)
_lock = threading.Lock()


def append(path: Path, records: Iterable[dict[str, Any]]) -> int:
    lines = [json.dumps(record, default=str) + "\n" for record in records]
    if not lines:
        return 0
    path.parent.mkdir(parents=True, exist_ok=True)
    with _lock:
        descriptor = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_APPEND, 0o600)
        with os.fdopen(descriptor, "a", encoding="utf-8") as spool:
            spool.writelines(lines)
    return len(lines)


def prepend(path: Path, records: list[dict[str, Any]]) -> int:
    """Put records before what the file holds (they happened first)."""
    if not records:
        return 0
    later = take(path)
    return append(path, [*records, *later]) - len(later)


def take(path: Path) -> list[dict[str, Any]]:
    """Read every record and remove the file; a line that is not JSON is kept aside, not lost."""
    with _lock:
        if not path.exists():
            return []
        text = path.read_text(encoding="utf-8", errors="replace")
        path.unlink()
    records: list[dict[str, Any]] = []
    broken: list[dict[str, Any]] = []
    for line in text.splitlines():
        if not line.strip():
            continue
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


def forget(path: Path, sender_ids: Iterable[str]) -> int:
    """Drop every record of these senders from the file; how many went."""
    senders = set(sender_ids)
    with _lock:
        if not path.exists():
            return 0
        kept, dropped = [], 0
        for line in path.read_text(encoding="utf-8", errors="replace").splitlines():
            try:
                record = json.loads(line)
            except ValueError:
                kept.append(line)
                continue
            if isinstance(record, dict) and str(record.get("sender_id")) in senders:
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


def forget_everywhere(data_dir: Path, sender_ids: Iterable[str]) -> int:
    """Drop these senders' records from every spool and dead-letter file; how many went."""
    senders = list(sender_ids)
    return sum(forget(data_dir / name, senders) for name in PERSONAL_FILES)
