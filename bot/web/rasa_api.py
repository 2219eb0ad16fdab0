"""Calls to Rasa's HTTP API with the server's token: one place for its address, token and errors."""

from __future__ import annotations

from typing import Any

from aiohttp import ClientTimeout, web

from bot.web.keys import HTTP, SETTINGS


async def call(
    app: web.Application, method: str, path: str, body: Any, *, seconds: float = 15, at: str | None = None
) -> Any:
    """Rasa's answer to `method path` (JSON, or None when it sends none), from the balanced address or
    the replica `at`. Raises aiohttp.ClientError, TimeoutError or ValueError when Rasa cannot be asked or refuses."""
    settings = app[SETTINGS]
    async with app[HTTP].request(
        method,
        f"{at or settings.effective_rasa_url}{path}",
        params={"token": settings.rasa_token},
        json=body,
        timeout=ClientTimeout(total=seconds),
    ) as response:
        if response.status >= 300:
            raise ValueError(f"Rasa answered HTTP {response.status} to {method} {path}")
        if response.content_type != "application/json":
            return None
        return await response.json()
