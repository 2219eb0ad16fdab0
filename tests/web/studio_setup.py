"""What the studio's HTTP tests start from: a copy of the files marketers edit, an inbox with an SDR
(sam) and a marketer (mia), and signing in."""

from __future__ import annotations

import re
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from pathlib import Path
from typing import Any

from aiohttp.test_utils import TestClient, TestServer

from bot.settings import PROJECT_ROOT, Settings
from bot.studio import snapshot
from bot.web.app import create_app
from bot.web.users import save_user

CHEAP = 2**10  # scrypt cost: these tests sign in often and do not check the hashing
PASSWORD = "correct horse battery"


def marketers_files(tmp_path: Path) -> Path:
    """A copy of the files a marketer edits: the studio writes into it, never into this checkout."""
    repo = tmp_path / "repo"
    snapshot.take(PROJECT_ROOT, repo)
    (repo / "data" / "nlu" / "labelled.yml").unlink(missing_ok=True)
    return repo


@asynccontextmanager
async def studio_client(db_url: str, tmp_path: Path, repo: Path, **settings: Any) -> AsyncIterator[TestClient]:
    users = tmp_path / "users.yml"
    save_user(users, "sam", PASSWORD, cost=CHEAP)
    save_user(users, "mia", PASSWORD, cost=CHEAP, role="marketer")
    options: dict[str, Any] = {"data_dir": tmp_path, **settings}
    app = create_app(
        Settings(
            database_url=db_url,
            leads_api_token="t",
            inbox_users_path=users,
            secret_key="k" * 32,
            data_repo=repo,
            **options,
        ),
        outbox_worker=False,
    )
    client = TestClient(TestServer(app))
    await client.start_server()
    try:
        yield client
    finally:
        await client.close()


async def sign_in(client: TestClient, name: str = "mia") -> str:
    """Signed in as `name`; the form token of the session."""
    response = await client.post("/inbox/login", data={"username": name, "password": PASSWORD, "next": "/inbox"})
    assert response.status == 200
    page = await (await client.get("/inbox")).text()
    found = re.search(r'name="csrf" value="([^"]+)"', page)
    assert found, "signed in, the inbox has a form token"
    return found.group(1)
