"""The studio's model versions: rows that a training process fills in and the pages read."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from bot.storage.models import ModelVersion

TRAINING, READY, FAILED = "training", "ready", "failed"


@dataclass(frozen=True)
class Version:
    id: int
    state: str
    stage: str
    started_by: str
    started_at: datetime
    finished_at: datetime | None
    pid: int | None
    fingerprint: str | None
    wording_only: bool
    model_file: str | None
    scores: dict[str, Any]
    live_scores: dict[str, Any]
    error: str | None
    published_at: datetime | None
    published_by: str | None
    publish_reason: str | None
    preview_url: str | None
    preview_token: str | None


def _version(row: ModelVersion) -> Version:
    return Version(
        id=row.id,
        state=str(row.state),
        stage=str(row.stage or ""),
        started_by=str(row.started_by),
        started_at=row.started_at,
        finished_at=row.finished_at,
        pid=row.pid,
        fingerprint=row.fingerprint,
        wording_only=bool(row.wording_only),
        model_file=row.model_file,
        scores=dict(row.scores or {}),
        live_scores=dict(row.live_scores or {}),
        error=row.error,
        published_at=row.published_at,
        published_by=row.published_by,
        publish_reason=row.publish_reason,
        preview_url=row.preview_url,
        preview_token=row.preview_token,
    )


def start(session: Session, *, user: str, now: datetime) -> int:
    row = ModelVersion(state=TRAINING, stage="copying the files", started_by=user, started_at=now, scores={})
    row.live_scores = {}
    row.wording_only = False
    session.add(row)
    session.flush()
    return row.id


def training(session: Session) -> Version | None:
    row = session.execute(select(ModelVersion).where(ModelVersion.state == TRAINING)).scalars().first()
    return _version(row) if row is not None else None


def get(session: Session, version_id: int) -> Version | None:
    row = session.get(ModelVersion, version_id)
    return _version(row) if row is not None else None


def newest_first(session: Session, limit: int = 30) -> list[Version]:
    rows = session.execute(select(ModelVersion).order_by(ModelVersion.id.desc()).limit(limit)).scalars()
    return [_version(row) for row in rows]


def live(session: Session) -> Version | None:
    """The version published last: what the assistant serves (when the studio published anything)."""
    row = (
        session.execute(
            select(ModelVersion)
            .where(ModelVersion.published_at.is_not(None))
            .order_by(ModelVersion.published_at.desc(), ModelVersion.id.desc())
        )
        .scalars()
        .first()
    )
    return _version(row) if row is not None else None


def update(session: Session, version_id: int, **fields: Any) -> None:
    row = session.get(ModelVersion, version_id)
    if row is None:
        raise LookupError(f"no model version {version_id}")
    for name, value in fields.items():
        if not hasattr(ModelVersion, name):
            raise AttributeError(name)
        setattr(row, name, value)
