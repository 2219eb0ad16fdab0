"""Objects the actions share, built on first use (never at import time)."""

from __future__ import annotations

from functools import lru_cache

from bot.app.database import Database
from bot.app.database import StorageUnavailable as StorageUnavailable
from bot.catalog.competitors import Competitors, load_competitors
from bot.catalog.plans import Catalog, load_plans
from bot.catalog.resources import Resources, load_resources
from bot.files import read_until_changed
from bot.handoff.roster import Roster, load_roster
from bot.handoff.service import Links
from bot.nlu.extractor import QualificationExtractor
from bot.qualification.policy import Policy, load_policy
from bot.settings import get_settings


@lru_cache(maxsize=1)
def extractor() -> QualificationExtractor:
    settings = get_settings()
    return QualificationExtractor.from_files(settings.taxonomy_path, settings.currencies_path)


def plans() -> Catalog:
    """Read again when the file changed: a marketer's edit in the studio counts at the next answer. A file
    broken since keeps the last good one (the studio and `make validate` refuse a broken file, so this
    is a hand edit in progress)."""
    path = get_settings().plans_path
    return read_until_changed("plans", [path], lambda: load_plans(path), last_good_on=ValueError)


def competitors() -> Competitors:
    """As the plans: read again when the file changed."""
    path = get_settings().competitors_path
    return read_until_changed("competitors", [path], lambda: load_competitors(path), last_good_on=ValueError)


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
