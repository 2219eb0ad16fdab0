"""The files sales ops edit, as shipped, still load: the tests themselves run on frozen copies
(tests/fixtures/sales/), so this is where an edit that breaks a shipped file shows up."""

from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from bot.catalog.competitors import load_competitors
from bot.catalog.plans import load_plans
from bot.catalog.resources import load_resources
from bot.handoff.roster import load_roster
from bot.nlu.currencies import load_rates
from bot.nlu.taxonomy import load_taxonomy
from bot.qualification.policy import load_policy
from bot.settings import PROJECT_ROOT, Settings
from tests.conftest import SALES_FIXTURES

LOADERS: dict[str, Callable[[Path], Any]] = {
    "policy": load_policy,
    "roster": load_roster,
    "plans": load_plans,
    "competitors": load_competitors,
    "industries": load_taxonomy,
    "currencies": load_rates,
    "resources": load_resources,
}


@pytest.mark.parametrize("name", sorted(LOADERS))
def test_the_shipped_file_validates(name: str) -> None:
    assert LOADERS[name](PROJECT_ROOT / "sales" / f"{name}.yml")


def test_every_shipped_file_has_a_fixture_copy_and_the_product_defaults_to_the_shipped_ones() -> None:
    assert sorted(p.stem for p in (PROJECT_ROOT / "sales").glob("*.yml")) == sorted(LOADERS)
    assert sorted(p.stem for p in SALES_FIXTURES.glob("*.yml")) == sorted(LOADERS)
    defaults = Settings.__fields__
    assert {
        defaults[f"{kind}_path"].default.parent
        for kind in ("policy", "roster", "plans", "competitors", "taxonomy", "currencies", "resources")
    } == {PROJECT_ROOT / "sales"}
