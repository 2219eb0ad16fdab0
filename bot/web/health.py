"""/healthz and /readyz for operators and orchestrators.

/healthz: this process serves and its database answers (restart it when not). /readyz: it can
also reach Rasa, so it can take chats (route no visitors to it when not). Each answers 503 with
what failed, never a stack trace.
"""

from __future__ import annotations

import time

from aiohttp import ClientError, ClientTimeout, web

from bot.app.operations import database_problem
from bot.web.keys import DATABASE, HTTP, SETTINGS

routes = web.RouteTableDef()


async def _database(request: web.Request) -> str | None:
    return await database_problem(request.app[DATABASE])


async def _rasa(request: web.Request) -> str | None:
    try:
        async with request.app[HTTP].get(
            f"{request.app[SETTINGS].effective_rasa_url}/", timeout=ClientTimeout(total=3)
        ) as response:
            return None if response.status == 200 else f"rasa: HTTP {response.status}"
    except (ClientError, TimeoutError) as error:
        return f"rasa: {type(error).__name__}"


async def _report(checks: dict[str, str | None], started: float) -> web.Response:
    failed = {name: problem for name, problem in checks.items() if problem}
    body = {
        "status": "ok" if not failed else "unavailable",
        "checks": {name: problem or "ok" for name, problem in checks.items()},
        "ms": round((time.monotonic() - started) * 1000, 1),
    }
    return web.json_response(body, status=503 if failed else 200, headers={"Cache-Control": "no-store"})


@routes.get("/healthz", name="health.live")
async def health(request: web.Request) -> web.Response:
    started = time.monotonic()
    return await _report({"database": await _database(request)}, started)


@routes.get("/readyz", name="health.ready")
async def ready(request: web.Request) -> web.Response:
    started = time.monotonic()
    return await _report({"database": await _database(request), "rasa": await _rasa(request)}, started)
