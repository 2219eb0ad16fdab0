"""The files under DATA_DIR that hold work not yet done (bot/recording/spool.py): several processes
write them at once (Rasa, the action server, the web app's erasure) and no line may be lost."""

from __future__ import annotations

import json
import multiprocessing
from pathlib import Path

from bot.recording import spool

APPENDS = 400


def _append_many(path: str, sender: str) -> None:
    for index in range(APPENDS):
        spool.append(Path(path), [{"sender_id": sender, "n": index}])


def _forget_repeatedly(path: str, sender: str) -> None:
    for index in range(APPENDS):
        spool.append(Path(path), [{"sender_id": sender, "n": index}])
        spool.forget(Path(path), [sender])


def test_an_erasure_rewriting_the_file_while_another_process_appends_loses_no_line(tmp_path: Path) -> None:
    path = tmp_path / spool.LEAD_SPOOL
    context = multiprocessing.get_context("spawn")
    writers = [
        context.Process(target=_append_many, args=(str(path), "kept")),
        context.Process(target=_forget_repeatedly, args=(str(path), "erased")),
    ]
    for process in writers:
        process.start()
    for process in writers:
        process.join(timeout=120)
        assert process.exitcode == 0
    records = [json.loads(line) for line in path.read_text().splitlines()]
    assert sorted(r["n"] for r in records if r["sender_id"] == "kept") == list(range(APPENDS))
    assert not [r for r in records if r["sender_id"] == "erased"]


def test_an_erasure_reaches_the_lines_set_aside_as_unreadable(tmp_path: Path) -> None:
    path = tmp_path / spool.TRANSCRIPT_SPOOL
    path.write_text(
        '{"sender_id": "visitor-1", "text": "hi"}\n{"sender_id": "visitor-1", "text": "my email is a@b.c"\n'
        '{"sender_id": "visitor-2", "text": "hello"\n'
    )
    assert len(spool.take(path)) == 1  # the two cut-off lines are set aside, not lost
    assert spool.forget_everywhere(tmp_path, ["visitor-1"]) == 1
    left = (tmp_path / (spool.TRANSCRIPT_SPOOL + ".unreadable")).read_text()
    assert "visitor-1" not in left and "visitor-2" in left


def test_prepended_records_come_first(tmp_path: Path) -> None:
    path = tmp_path / spool.LEAD_SPOOL
    spool.append(path, [{"sender_id": "b"}])
    spool.prepend(path, [{"sender_id": "a"}])
    assert [r["sender_id"] for r in spool.take(path)] == ["a", "b"]
