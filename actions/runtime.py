"""Objects the actions share, built on first use (never at import time)."""

from __future__ import annotations

from functools import lru_cache

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


@lru_cache(maxsize=1)
def extractor() -> QualificationExtractor:
    settings = get_settings()
    return QualificationExtractor.from_files(settings.taxonomy_path, settings.currencies_path)


@lru_cache(maxsize=1)
def plans() -> Catalog:
    return load_plans(get_settings().plans_path)


@lru_cache(maxsize=1)
def competitors() -> Competitors:
    return load_competitors(get_settings().competitors_path)


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
