"""Editing the plans and competitors in the studio, over HTTP: checked as `make validate` checks them,
refused with the line and field and nothing written; and the assistant's actions read an edit at once."""

from __future__ import annotations

import html
import re
import time
from collections.abc import AsyncIterator
from html.parser import HTMLParser
from pathlib import Path

import pytest
from aiohttp.test_utils import TestClient

from actions import runtime
from bot.catalog.competitors import load_competitors
from bot.catalog.plans import load_plans
from bot.settings import PROJECT_ROOT, get_settings
from tests.web.studio_setup import sign_in, studio_client

pytestmark = pytest.mark.clock  # the trail is stamped with the time


@pytest.fixture
async def client(db_url: str, tmp_path: Path, repo: Path) -> AsyncIterator[TestClient]:
    async with studio_client(db_url, tmp_path, repo) as client:
        await sign_in(client)
        yield client


async def csrf(client: TestClient, which: str) -> str:
    page = await (await client.get(f"/inbox/studio/sales/{which}")).text()
    return re.search(r'name="csrf" value="([^"]+)"', page).group(1)


async def test_a_price_change_is_saved_and_kept_in_the_trail(client: TestClient, repo: Path) -> None:
    plans = repo / "sales" / "plans.yml"
    text = plans.read_text().replace("per_seat_monthly: 99", "per_seat_monthly: 89")
    response = await client.post("/inbox/studio/sales/plans", data={"csrf": await csrf(client, "plans"), "text": text})
    assert response.status == 200 and "plans.yml saved." in await response.text()
    assert load_plans(plans).find("business").per_seat_monthly == 89
    assert "mia edit sales: “plans.yml”" in await (await client.get("/inbox/studio")).text()


@pytest.mark.parametrize(
    ("change", "named"),
    [
        (("per_seat_monthly: 99", "per_seat_monthly: -5"), "plans.yml line 16"),
        (("  - id: business", "  - id business"), "plans.yml"),
        (("  - id: enterprise", "  - id: corporate"), "plan_minimums names plan 'enterprise'"),
    ],
)
async def test_a_mistake_is_named_and_nothing_is_written(
    client: TestClient, repo: Path, change: tuple[str, str], named: str
) -> None:
    plans = repo / "sales" / "plans.yml"
    before = plans.read_text()
    text = before.replace(*change)
    response = await client.post("/inbox/studio/sales/plans", data={"csrf": await csrf(client, "plans"), "text": text})
    page = html.unescape(await response.text())
    assert response.status == 422 and named in page, page[-1500:]
    assert change[1] in page, "what was typed is kept on the page"
    assert plans.read_text() == before
    assert not [p for p in plans.parent.iterdir() if p.name.startswith(".")], "no staged file is left behind"


def test_the_actions_read_an_edited_file_at_once_and_keep_the_last_good_one_while_it_is_broken(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    plans = tmp_path / "plans.yml"
    plans.write_text((PROJECT_ROOT / "sales" / "plans.yml").read_text())
    monkeypatch.setenv("PLANS_PATH", str(plans))
    get_settings.cache_clear()
    try:
        assert runtime.plans().find("business").per_seat_monthly == 99
        time.sleep(0.01)
        plans.write_text(plans.read_text().replace("per_seat_monthly: 99", "per_seat_monthly: 79"))
        assert runtime.plans().find("business").per_seat_monthly == 79
        plans.write_text("plans: [")
        assert runtime.plans().find("business").per_seat_monthly == 79
    finally:
        get_settings.cache_clear()


class _Form(HTMLParser):
    """The fields a browser would send back: each input's value and each textarea's text."""

    def __init__(self) -> None:
        super().__init__()
        self.values: dict[str, str] = {}
        self.invalid: list[str] = []
        self._textarea: str | None = None

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        named = dict(attrs)
        name = named.get("name")
        if name and named.get("aria-invalid") == "true":
            self.invalid.append(name)
        if tag == "input" and name and named.get("type") not in ("checkbox", "submit"):
            self.values[name] = named.get("value") or ""
        elif tag == "textarea" and name:
            self._textarea, self.values[name] = name, ""

    def handle_data(self, data: str) -> None:
        if self._textarea:
            self.values[self._textarea] += data

    def handle_endtag(self, tag: str) -> None:
        if tag == "textarea":
            self._textarea = None


def _form_of(page: str) -> _Form:
    form = _Form()
    form.feed(page)
    return form


async def test_the_form_edits_a_price_and_keeps_the_files_comments(client: TestClient, repo: Path) -> None:
    plans = repo / "sales" / "plans.yml"
    form = _form_of(await (await client.get("/inbox/studio/sales/plans")).text())
    assert form.values["plans.1.per_seat_monthly"] == "99" and "plans.3.id" in form.values  # and a row to add one
    form.values["plans.1.per_seat_monthly"] = "89"
    response = await client.post("/inbox/studio/sales/plans", data=form.values)
    assert response.status == 200 and "plans.yml saved." in await response.text()
    assert load_plans(plans).find("business").per_seat_monthly == 89
    assert plans.read_text().startswith("# Plans and prices"), "the comments saying what each field means stay"


async def test_a_mistake_in_the_form_is_shown_at_its_field_and_nothing_is_written(
    client: TestClient, repo: Path
) -> None:
    plans = repo / "sales" / "plans.yml"
    before = plans.read_text()
    form = _form_of(await (await client.get("/inbox/studio/sales/plans")).text())
    form.values["plans.1.per_seat_monthly"] = "-5"
    response = await client.post("/inbox/studio/sales/plans", data=form.values)
    page = html.unescape(await response.text())
    assert response.status == 422 and "Plan 2, price per seat per month: " in page
    assert "plans.1.per_seat_monthly: ensure this value is greater than 0" in page
    shown = _form_of(page)
    assert shown.invalid == ["plans.1.per_seat_monthly"] and shown.values["plans.1.per_seat_monthly"] == "-5"
    assert plans.read_text() == before


async def test_the_form_adds_a_competitor_and_removes_another(client: TestClient, repo: Path) -> None:
    competitors = repo / "sales" / "competitors.yml"
    form = _form_of(await (await client.get("/inbox/studio/sales/competitors")).text())
    new = "competitors.4"
    form.values |= {
        f"{new}.id": "intercom",
        f"{new}.name": "Intercom",
        f"{new}.names": "intercom\ninter com",
        f"{new}.positioning": "Intercom is a polished messenger for support teams; we qualify and route sales leads.",
        "remove": "2",  # pipedrive
    }
    response = await client.post("/inbox/studio/sales/competitors", data=form.values)
    assert response.status == 200, html.unescape(await response.text())[-1500:]
    listed = load_competitors(competitors)
    assert [c.id for c in listed.competitors] == ["hubspot", "salesforce", "zoho", "intercom"]
    assert listed.competitors[-1].names == ["intercom", "inter com"]


def test_the_assistant_reads_the_plans_the_studio_writes_into_the_data_repository(
    repo: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    plans = repo / "sales" / "plans.yml"
    plans.write_text(plans.read_text().replace("per_seat_monthly: 99", "per_seat_monthly: 69"))
    monkeypatch.delenv("PLANS_PATH", raising=False)
    monkeypatch.delenv("COMPETITORS_PATH", raising=False)
    monkeypatch.setenv("DATA_REPO", str(repo))
    get_settings.cache_clear()
    try:
        assert get_settings().plans_path == plans and get_settings().competitors_path == plans.with_name(
            "competitors.yml"
        )
        assert runtime.plans().find("business").per_seat_monthly == 69
    finally:
        get_settings.cache_clear()
