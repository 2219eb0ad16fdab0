"""Objects the actions share, built on first use (never at import time)."""

from __future__ import annotations

from collections.abc import Callable
from functools import lru_cache
from pathlib import Path
from typing import Any, TypeVar, cast

from bot.app.database import Database
from bot.app.database import StorageUnavailable as StorageUnavailable
from bot.catalog.competitors import Competitors, load_competitors
from bot.catalog.plans import Catalog, load_plans
from bot.catalog.resources import Resources, load_resources
from bot.handoff.roster import Roster, load_roster
from bot.handoff.service import Links
from bot.nlu.extractor import QualificationExtractor
from bot.qualification.policy import Policy, load_policy
from bot.settings import get_settings

T = TypeVar("T")


@lru_cache(maxsize=1)
def extractor() -> QualificationExtractor:
    settings = get_settings()
    return QualificationExtractor.from_files(settings.taxonomy_path, settings.currencies_path)


_read: dict[Path, tuple[int, Any]] = {}


def _current(path: Path, load: Callable[[Path], T]) -> T:
    """The file as loaded, read again when it changed: a marketer's edit in the studio counts at the
    next answer, without a restart. A file broken since keeps the last good one (the studio and
    `make validate` refuse a broken file, so this is a hand edit in progress)."""
    mtime = path.stat().st_mtime_ns
    kept = _read.get(path)
    if kept is None or kept[0] != mtime:
        try:
            kept = _read[path] = (mtime, load(path))
        except ValueError:
            if kept is None:
                raise
    return cast(T, kept[1])


def plans() -> Catalog:
    return _current(get_settings().plans_path, load_plans)


def competitors() -> Competitors:
    return _current(get_settings().competitors_path, load_competitors)


@lru_cache(maxsize=1)
def policy() -> Policy:
    return load_policy(get_settings().policy_path)


@lru_cache(maxsize=1)
def resources() -> Resources:
    return load_resources(get_settings().resources_path)


@lru_cache(maxsize=1)
def database() -> Database:
    return Database.open(get_settings().effective_database_url)


@lru_cache(maxsize=1)
def roster() -> Roster:
    return load_roster(get_settings().roster_path)


def links() -> Links:
    return Links.from_settings(get_settings())
