"""Every link our emails carry opens a page the web app serves, so renaming a route cannot
silently break the links already in SDRs' and visitors' inboxes."""

from __future__ import annotations

from pathlib import Path
from urllib.parse import urlsplit

import pytest
from aiohttp.test_utils import make_mocked_request

from bot.handoff.links import booking_link, conversation_link, lead_link
from bot.settings import Settings
from bot.web.app import create_app

LINKS = {
    "booking": booking_link("https://chat.example.com", 42, "cancel", "k" * 32),
    "lead": lead_link("https://chat.example.com", 7),
    "conversation": conversation_link("https://chat.example.com", "wc_0123456789abcdef"),
}


@pytest.mark.parametrize("name", LINKS)
async def test_each_email_link_resolves_to_a_route(name: str, tmp_path: Path) -> None:
    app = create_app(
        Settings(database_url=f"sqlite:///{tmp_path / 'x.db'}", secret_key="k" * 32, data_dir=tmp_path),
        outbox_worker=False,
    )
    path = urlsplit(LINKS[name]).path
    match = await app.router.resolve(make_mocked_request("GET", path, app=app))
    assert match.http_exception is None, f"{name} link {path} opens no page"
