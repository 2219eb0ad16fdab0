"""Database work from a request handler: in a transaction, off the event loop."""

from __future__ import annotations

import asyncio
from collections.abc import Callable
from typing import TypeVar

from aiohttp import web
from sqlalchemy.orm import Session

from bot.storage.db import transaction
from bot.web.keys import SESSIONS

T = TypeVar("T")


async def in_transaction(request: web.Request, work: Callable[[Session], T]) -> T:
    return await in_app_transaction(request.app, work)


async def in_app_transaction(app: web.Application, work: Callable[[Session], T]) -> T:
    def call() -> T:
        with transaction(app[SESSIONS]) as session:
            return work(session)

    return await asyncio.to_thread(call)
