"""The studio in the inbox: a marketer labels a missed message, and it becomes training data."""

import html
import re
from collections.abc import AsyncIterator
from pathlib import Path

import pytest
from aiohttp.test_utils import TestClient

from bot.qualification.policy import Policy
from bot.qualification.score import Answers
from bot.web.users import load_accounts, role_of, save_user
from bot.yamlfile import ConfigFileError, load_yaml
from tests.web.seeding import lead_with_a_missed_message
from tests.web.studio_setup import CHEAP, PASSWORD, sign_in, studio_client

MISSED = "kick the tires for 2 weeks, budget 3-4k a month"
pytestmark = pytest.mark.clock  # labels and the trail are stamped with the time


@pytest.fixture
async def client(db_url: str, policy: Policy, tmp_path: Path, repo: Path) -> AsyncIterator[TestClient]:
    answers = Answers(industry="software", email="jane@acme.com", person_name="Jane", company="Acme")
    lead_with_a_missed_message(db_url, policy, "visitor-studio-000001", answers, MISSED)
    # no assistant to ask: the page says so and labels all the same
    async with studio_client(db_url, tmp_path, repo, rasa_url="http://127.0.0.1:9") as client:
        yield client


def labelled(repo: Path) -> dict[str, list[str]]:
    path = repo / "data" / "nlu" / "labelled.yml"
    if not path.exists():
        return {}
    blocks = load_yaml(path.read_text())["nlu"]
    return {block["intent"]: block["examples"].strip().split("\n") for block in blocks}


async def test_an_sdr_is_kept_out_of_the_studio_and_sees_no_way_in(client: TestClient) -> None:
    csrf = await sign_in(client, "sam")
    review = await (await client.get("/inbox/review")).text()
    assert MISSED in review and "Studio" not in review and "Label</a>" not in review
    assert (await client.get("/inbox/studio")).status == 403
    response = await client.post("/inbox/studio/labels", data={"csrf": csrf, "text": "hi", "intent": "greet"})
    assert response.status == 403 and "marketers and admins" in await response.text()


async def test_a_marketer_labels_a_missed_message_from_the_review_and_it_becomes_training_data(
    client: TestClient, repo: Path
) -> None:
    csrf = await sign_in(client, "mia")
    review = await (await client.get("/inbox/review")).text()
    link = re.search(r'href="(/inbox/studio\?message=\d+)"', review).group(1)
    form = await (await client.get(link)).text()
    assert MISSED in form and "could not be asked" in form  # the live reading, when the assistant is away
    message = re.search(r'name="message" value="(\d+)"', form).group(1)
    response = await client.post(
        "/inbox/studio/labels",
        data={
            "csrf": csrf,
            "message": message,
            "text": MISSED,
            "intent": "start_discovery",
            "entity-1": "budget",
            "span-1": "3-4k a month",
            "do": "save",
        },
    )
    page = await response.text()
    assert response.status == 200 and "Label saved." in page
    assert labelled(repo) == {"start_discovery": ["- kick the tires for 2 weeks, budget [3-4k a month](budget)"]}
    assert re.search(r"mia\s.*label: “" + re.escape(MISSED) + "” as start_discovery", page)  # the trail


async def test_a_label_that_contradicts_an_example_is_refused_with_where_that_example_is(
    client: TestClient, repo: Path
) -> None:
    csrf = await sign_in(client, "mia")
    existing = next(
        line[6:] for line in (repo / "data/nlu/basics.yml").read_text().splitlines() if line.startswith("    - ")
    )
    response = await client.post(
        "/inbox/studio/labels", data={"csrf": csrf, "text": existing.upper(), "intent": "out_of_scope", "do": "save"}
    )
    page = html.unescape(await response.text())
    assert response.status == 422 and "data/nlu/basics.yml" in page and "one message cannot teach two intents" in page
    assert labelled(repo) == {}


async def test_words_that_are_not_in_the_message_are_refused_at_their_field(client: TestClient, repo: Path) -> None:
    csrf = await sign_in(client, "mia")
    data = {"csrf": csrf, "text": "we're 40 people", "intent": "inform", "entity-1": "company_size"}
    response = await client.post("/inbox/studio/labels", data={**data, "span-1": "45 people", "do": "save"})
    page = html.unescape(await response.text())
    assert response.status == 422 and "'45 people' is not in the message" in page
    assert re.search(r'name="span-1" value="45 people"[^>]*aria-invalid="true"', page)  # nothing typed is lost
    assert labelled(repo) == {}


async def test_a_label_is_removed_from_the_training_data_and_a_form_without_its_token_is_refused(
    client: TestClient, repo: Path
) -> None:
    csrf = await sign_in(client, "mia")
    assert (await client.post("/inbox/studio/labels", data={"text": "yo", "intent": "greet"})).status == 403
    await client.post("/inbox/studio/labels", data={"csrf": csrf, "text": "yo dawg", "intent": "greet", "do": "save"})
    await client.post("/inbox/studio/labels", data={"csrf": csrf, "text": "Yo dawg!", "intent": "greet", "do": "save"})
    page = await (await client.get("/inbox/studio")).text()
    assert labelled(repo) == {"greet": ["- Yo dawg!"]} and "Labels (1)" in page  # the same words, relabelled
    label_id = re.search(r"/inbox/studio/labels/(\d+)/delete", page).group(1)
    await client.post(f"/inbox/studio/labels/{label_id}/delete", data={"csrf": csrf})
    page = await (await client.get("/inbox/studio")).text()
    assert labelled(repo) == {} and "Labels (0)" in page and "unlabel" in page


async def test_erasing_the_visitor_takes_their_labelled_words_out_of_the_training_data(
    client: TestClient, repo: Path
) -> None:
    csrf = await sign_in(client, "mia")
    form = await (
        await client.get(
            re.search(r'href="(/inbox/studio\?message=\d+)"', await (await client.get("/inbox/review")).text()).group(1)
        )
    ).text()
    message = re.search(r'name="message" value="(\d+)"', form).group(1)
    await client.post(
        "/inbox/studio/labels",
        data={"csrf": csrf, "message": message, "text": MISSED, "intent": "start_discovery", "do": "save"},
    )
    await client.post("/inbox/studio/labels", data={"csrf": csrf, "text": "yo dawg", "intent": "greet", "do": "save"})
    assert set(labelled(repo)) == {"start_discovery", "greet"}
    assert (await client.delete("/api/leads/1", headers={"Authorization": "Bearer t"})).status == 204
    assert labelled(repo) == {"greet": ["- yo dawg"]}
    page = await (await client.get("/inbox/studio")).text()
    assert MISSED not in page and "Labels (1)" in page  # gone from the labels and the trail


def test_roles_are_kept_in_the_users_file_and_an_older_file_makes_everyone_an_sdr(tmp_path: Path) -> None:
    users = tmp_path / "users.yml"
    save_user(users, "ann", PASSWORD, cost=CHEAP, role="admin")
    save_user(users, "ann", "another long passphrase", cost=CHEAP)  # a new password keeps the role
    assert role_of(users, "ann") == "admin"
    stored = load_accounts(users)["ann"][0]
    users.write_text(f"users:\n  old: '{stored}'\n")
    assert role_of(users, "old") == "sdr"
    users.write_text(f"users:\n  old: {{password: '{stored}', role: boss}}\n")
    with pytest.raises(ConfigFileError, match="role 'boss'"):
        load_accounts(users)
    with pytest.raises(ValueError, match="use one of sdr, marketer, admin"):
        save_user(users, "x", PASSWORD, cost=CHEAP, role="boss")
