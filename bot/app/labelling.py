"""Labelling what the assistant missed: a marketer says what a message meant, and the label
becomes training data in data/nlu/labelled.yml (bot/studio), refused when it contradicts an
example already there."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from sqlalchemy.orm import Session

from bot.app.database import Database
from bot.clock import utcnow
from bot.files import read_until_changed
from bot.storage import labels as stored
from bot.storage.labels import StoredLabel
from bot.studio.training_data import (
    LABELLED_FILE,
    Example,
    Label,
    LabelError,
    check,
    contradictions,
    drop_labels,
    label_intents,
    put_label,
    read_examples,
)
from bot.yamlfile import load_yaml


@dataclass(frozen=True)
class Vocabulary:
    """What a label may say: the intents (a retrieval intent by its sub-intents) and entities."""

    intents: list[str]
    entities: list[str]
    examples: list[Example] = field(repr=False)


def vocabulary(data_repo: Path) -> Vocabulary:
    """Read again whenever a file changed (a marketer's edit of domain.yml or data/ counts at once),
    else kept: the NLU files are read once, not on every page."""
    files = [data_repo / "domain.yml", *sorted((data_repo / "data" / "nlu").glob("*.yml"))]
    return read_until_changed("studio vocabulary", files, lambda: _vocabulary(data_repo))


def _vocabulary(data_repo: Path) -> Vocabulary:
    domain = load_yaml((data_repo / "domain.yml").read_text(encoding="utf-8")) or {}
    labelled = data_repo / LABELLED_FILE
    examples = read_examples(data_repo / "data" / "nlu", skip=labelled)
    intents = label_intents(
        [str(i) if not isinstance(i, dict) else str(next(iter(i))) for i in domain.get("intents", [])], examples
    )
    entities = [str(e) if not isinstance(e, dict) else str(next(iter(e))) for e in domain.get("entities", [])]
    return Vocabulary(intents, entities, examples)


class LabelRefused(Exception):
    """The label was not saved; `field` names the form field, `clashes` the examples it contradicts."""

    def __init__(self, field: str, message: str, clashes: Sequence[Example] = ()) -> None:
        super().__init__(message)
        self.field = field
        self.clashes = list(clashes)


async def label_message(
    database: Database,
    data_repo: Path,
    label: Label,
    values: dict[str, Any],
    *,
    user: str,
    message_id: int | None = None,
) -> tuple[int, bool]:
    """Check, store and write back one label; (its id, whether it replaced a label of the same
    words). Raises LabelRefused, saving nothing, when the label is wrong or contradicts the data."""
    words = vocabulary(data_repo)
    try:
        checked = check(label, words.intents, words.entities)
    except LabelError as wrong:
        raise LabelRefused(wrong.field, str(wrong)) from None
    clashes = contradictions(checked, words.examples)
    if clashes:
        first = clashes[0]
        raise LabelRefused(
            "intent",
            f"'{checked.text}' is already an example of {first.intent} in data/nlu/{first.file}. Choose "
            f"{first.intent}, or change that example first: one message cannot teach two intents.",
            clashes,
        )

    def work(session: Session) -> tuple[int, bool]:
        saved = stored.save_label(session, checked, values, user=user, now=utcnow(), message_id=message_id)
        put_label(data_repo, checked)  # inside the transaction: a file that cannot be written saves nothing
        return saved

    return await database.run(work)


async def unlabel(database: Database, data_repo: Path, label_id: int, *, user: str) -> bool:
    def work(session: Session) -> bool:
        removed = stored.remove_label(session, label_id, user=user, now=utcnow())
        if removed is not None:
            drop_labels(data_repo, [removed])
        return removed is not None

    return await database.run(work)


async def labels_and_trail(database: Database) -> tuple[list[StoredLabel], list[dict[str, Any]]]:
    """The labels, newest first, and the audit trail."""
    return await database.run(lambda session: (stored.all_labels(session), stored.recent_events(session)))


async def message_to_label(database: Database, message_id: int) -> str | None:
    return await database.run(lambda session: stored.message_text(session, message_id))


def forget_labels(data_repo: Path, texts: Sequence[str]) -> None:
    """After an erasure: the erased visitors' labelled words leave the training data too."""
    if texts:
        drop_labels(data_repo, texts)
