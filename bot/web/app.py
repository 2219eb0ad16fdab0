"""The aiohttp application factory."""

from __future__ import annotations

import asyncio
import contextlib
import hashlib
import logging
from collections.abc import AsyncIterator
from pathlib import Path

import aiohttp_jinja2
import jinja2
from aiohttp import ClientSession, web
from aiohttp_session import setup as setup_sessions
from aiohttp_session.cookie_storage import EncryptedCookieStorage

from bot.app import model_versions
from bot.app.database import Database
from bot.app.erasure import run_retention
from bot.app.outbox import run_worker
from bot.settings import Settings
from bot.web import (
    analytics_api,
    bookings,
    chat_proxy,
    health,
    inbox,
    leads_api,
    metrics,
    openapi,
    pages,
    readable,
    socket_bridge,
    studio,
    studio_models,
    studio_sales,
    studio_wording,
    timefmt,
)
from bot.web.keys import DATABASE, HTTP, SETTINGS
from bot.web.limits import trusted_networks

logger = logging.getLogger(__name__)
TEMPLATES = Path(__file__).resolve().parent / "templates"


@web.middleware
async def security_headers(request: web.Request, handler: object) -> web.StreamResponse:
    response = await handler(request)  # type: ignore[operator]
    response.headers.setdefault("X-Content-Type-Options", "nosniff")
    response.headers.setdefault("Referrer-Policy", "same-origin")
    if response.content_type == "text/html":
        response.headers.setdefault("X-Frame-Options", "DENY")
    return response


def create_app(settings: Settings, *, outbox_worker: bool = True) -> web.Application:
    app = web.Application(
        middlewares=[security_headers, chat_proxy.chat_cors, leads_api.bearer_auth], client_max_size=64 * 1024
    )
    app[SETTINGS] = settings
    trusted_networks(
        settings.trusted_proxies
    )  # a TRUSTED_PROXIES that names no network stops the start, with its reason
    key = hashlib.sha256(("inbox-session|" + settings.effective_secret_key).encode()).digest()
    secure = settings.effective_public_url.startswith("https://")  # the cookie never travels over plain http then
    setup_sessions(
        app,
        EncryptedCookieStorage(
            key, cookie_name="inbox_session", httponly=True, samesite="Lax", max_age=12 * 3600, secure=secure
        ),
    )
    inbox.setup_login_limits(app)
    app.middlewares.append(inbox.require_login)
    environment = aiohttp_jinja2.setup(
        app, loader=jinja2.FileSystemLoader(TEMPLATES), autoescape=jinja2.select_autoescape(default=True)
    )
    timefmt.register(environment)
    environment.filters["shown"] = readable.shown
    environment.filters["answer"] = readable.as_answer

    async def resources(app: web.Application) -> AsyncIterator[None]:
        app[DATABASE] = Database.open(settings.effective_database_url)
        app[HTTP] = ClientSession()
        workers = (
            [
                asyncio.create_task(run_worker(app[DATABASE], settings, app[HTTP])),
                asyncio.create_task(run_retention(app[DATABASE], settings.retention_days)),
            ]
            if outbox_worker
            else []
        )
        yield
        for worker in workers:
            worker.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await worker
        await app[HTTP].close()
        app[DATABASE].close()

    app.cleanup_ctx.append(resources)

    async def end_studio_processes(app: web.Application) -> None:
        """A stopped inbox leaves no training or preview behind. On shutdown, not at cleanup: cleanup waits for
        open connections (a widget's socket) for up to a minute, and a supervisor stops waiting before that."""
        await model_versions.stop_studio_processes(app[DATABASE])

    app.on_shutdown.append(end_studio_processes)  # type: ignore[arg-type]  # aiohttp types its Signal oddly
    app.add_routes(pages.routes)
    app.add_routes(health.routes)
    app.add_routes(metrics.routes)
    app[metrics.METRICS] = metrics.Metrics.create()
    chat_proxy.setup_limits(app)
    app.add_routes(chat_proxy.routes)
    socket_bridge.attach(app)
    app.add_routes(leads_api.routes)
    app.add_routes(analytics_api.routes)
    app.add_routes(openapi.routes)
    app.add_routes(bookings.routes)
    app.add_routes(inbox.routes)
    app.add_routes(studio.routes)
    app.add_routes(studio_models.routes)
    app.add_routes(studio_wording.routes)
    app.add_routes(studio_sales.routes)
    return app
