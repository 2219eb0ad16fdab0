"""Editing the sales team's files from the studio: the plans and prices (sales/plans.yml) and the
competitors (sales/competitors.yml), checked by the same loaders as `make validate` before anything
is written, a mistake named with its line and field, and the change kept in the studio's trail."""

from __future__ import annotations

import os
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sqlalchemy.orm import Session

from bot.app.database import Database
from bot.catalog.competitors import load_competitors
from bot.catalog.plans import load_plans, plans_unknown_to_the_catalog
from bot.clock import utcnow
from bot.files import staged_beside
from bot.qualification.policy import load_policy
from bot.storage import labels as trail
from bot.yamlfile import ConfigFileError

MAX_BYTES = 200_000


@dataclass(frozen=True)
class SalesFile:
    name: str
    what: str
    load: Callable[[Path], Any]


FILES = {
    "plans": SalesFile("plans.yml", "plans and per-seat prices", load_plans),
    "competitors": SalesFile("competitors.yml", "competitors and how we compare", load_competitors),
}


class SalesFileRefused(Exception):
    """Nothing was written; the message names the line and the field."""


def path_of(data_repo: Path, which: str) -> Path:
    return data_repo / "sales" / FILES[which].name


def read(data_repo: Path, which: str) -> str:
    return path_of(data_repo, which).read_text(encoding="utf-8")


def _problems(data_repo: Path, which: str, staged: Path) -> list[str]:
    """The loader's verdict on the new text, as `make validate` gives it, named by the real file."""
    target = path_of(data_repo, which)
    try:
        loaded = FILES[which].load(staged)
    except ConfigFileError as error:
        line = f" line {error.line}" if error.line else ""
        return [f"{target.name}{line}: {error.problem}"]
    if which == "plans":
        policy = data_repo / "sales" / "policy.yml"
        if policy.exists():
            minimums = load_policy(policy).budget.plan_minimums
            return plans_unknown_to_the_catalog(minimums, loaded.ids, policy, target)
    return []


async def save(database: Database, data_repo: Path, which: str, text: str, *, user: str) -> None:
    if len(text.encode()) > MAX_BYTES:
        raise SalesFileRefused(f"The file is over {MAX_BYTES // 1000} kB; nothing was saved.")
    target = path_of(data_repo, which)
    with staged_beside(target, text.replace("\r\n", "\n")) as staged:
        problems = _problems(data_repo, which, staged)
        if problems:
            raise SalesFileRefused("; ".join(problems))
        now = utcnow()

        def work(session: Session) -> None:
            trail.audit(session, user, "edit sales", {"text": target.name, "file": target.name}, now)
            session.flush()
            os.replace(staged, target)  # the checked text, swapped in whole

        await database.run(work)
