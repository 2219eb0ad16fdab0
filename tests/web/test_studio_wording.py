"""Editing the assistant's wording in the studio, over HTTP: checked like `make validate`, written
to domain.yml as a small diff, and refused at the field with nothing written."""

from __future__ import annotations

import difflib
import re
from collections.abc import AsyncIterator
from pathlib import Path

import pytest
from aiohttp.test_utils import TestClient

from bot.settings import PROJECT_ROOT
from bot.yamlfile import load_yaml
from tests.web.studio_setup import sign_in, studio_client

pytestmark = pytest.mark.clock  # the trail is stamped with the time


@pytest.fixture
async def client(db_url: str, tmp_path: Path, repo: Path) -> AsyncIterator[TestClient]:
    async with studio_client(db_url, tmp_path, repo) as client:
        yield client


def responses(repo: Path) -> dict:
    return load_yaml((repo / "domain.yml").read_text())["responses"]


def changed_lines(repo: Path) -> list[str]:
    diff = difflib.unified_diff(
        (PROJECT_ROOT / "domain.yml").read_text().splitlines(),
        (repo / "domain.yml").read_text().splitlines(),
        lineterm="",
        n=0,
    )
    return [line for line in diff if line[:1] in "+-" and not line.startswith(("+++", "---"))]


async def test_an_sdr_cannot_edit_wording(client: TestClient) -> None:
    await sign_in(client, "sam")
    assert (await client.get("/inbox/studio/wording")).status == 403


async def test_a_marketer_rewords_a_response_and_only_those_lines_change(client: TestClient, repo: Path) -> None:
    csrf = await sign_in(client)
    listing = await (await client.get("/inbox/studio/wording?q=no+pressure")).text()
    assert "utter_no_problem" in listing and "utter_ask_budget" not in listing
    form = await (await client.get("/inbox/studio/wording/utter_no_problem")).text()
    assert "Sure, no pressure." in form
    response = await client.post(
        "/inbox/studio/wording/utter_no_problem",
        data={
            "csrf": csrf,
            "rows": "3",
            "text-1": "No worries! Ask me about plans or pricing.",
            "text-2": "",
            "text-3": "",
        },
    )
    assert response.status == 200 and "utter_no_problem saved" in await response.text()
    assert responses(repo)["utter_no_problem"] == [{"text": "No worries! Ask me about plans or pricing."}]
    assert len(changed_lines(repo)) == 3, "one text rewritten, one removed, nothing else touched"
    trail = await (await client.get("/inbox/studio")).text()
    assert "mia edit wording: “utter_no_problem”" in trail


async def test_buttons_are_written_as_rasa_reads_them(client: TestClient, repo: Path) -> None:
    csrf = await sign_in(client)
    form = await (await client.get("/inbox/studio/wording/utter_ask_budget")).text()
    assert 'value="/inform{&#34;budget&#34;: 6000}"' in form or 'value="/inform{&quot;budget&quot;: 6000}"' in form
    data = {"csrf": csrf, "rows": "1", "text-1": "Any budget in mind?"}
    data |= {
        "title-1-1": "Under $5k",
        "payload-1-1": '/inform{"budget": 4000}',
        "title-1-2": "Not sure",
        "payload-1-2": "/skip",
    }
    assert (await client.post("/inbox/studio/wording/utter_ask_budget", data=data)).status == 200
    written = (repo / "domain.yml").read_text()
    assert """payload: '/inform{{"budget": 4000}}'""" in written  # Rasa renders it back to single braces
    assert responses(repo)["utter_ask_budget"][0]["buttons"][1] == {"title": "Not sure", "payload": "/skip"}


async def test_a_mistake_is_refused_at_its_field_and_nothing_is_written(client: TestClient, repo: Path) -> None:
    csrf = await sign_in(client)
    before = (repo / "domain.yml").read_text()
    data = {"csrf": csrf, "rows": "2", "text-1": "Hi {first_nam}, how big is the team?", "text-2": "How many people?"}
    data |= {"title-2-1": "About 10", "payload-2-1": '/inform{"team": 10}'}
    response = await client.post("/inbox/studio/wording/utter_ask_company_size", data=data)
    page = await response.text()
    assert response.status == 422
    assert "{first_nam} is not something the assistant fills in here" in page
    assert "team is not an entity of the assistant" in page
    assert re.search(r'id="text-1"[^>]*aria-invalid="true"', page)
    assert re.search(r'name="payload-2-1"[^>]*aria-invalid="true"', page)
    assert "Hi {first_nam}, how big is the team?" in page, "what was typed is kept"
    assert (repo / "domain.yml").read_text() == before


async def test_an_faq_answer_is_edited_by_its_topic(client: TestClient, repo: Path) -> None:
    csrf = await sign_in(client)
    listing = await (await client.get("/inbox/studio/wording?q=faq/sso")).text()
    link = re.search(r'href="(/inbox/studio/wording/utter_faq[^"]*sso)"', listing).group(1)
    assert (await client.get(link)).status == 200
    response = await client.post(link, data={"csrf": csrf, "rows": "1", "text-1": "Yes: SAML and OIDC single sign-on."})
    assert response.status == 200
    assert responses(repo)["utter_faq/sso"] == [{"text": "Yes: SAML and OIDC single sign-on."}]
