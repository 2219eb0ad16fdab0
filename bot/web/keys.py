"""Typed keys for what the app holds (aiohttp AppKey)."""

from __future__ import annotations

from aiohttp import ClientSession, web

from bot.app.database import Database
from bot.settings import Settings

SETTINGS = web.AppKey("settings", Settings)
DATABASE = web.AppKey("database", Database)
HTTP = web.AppKey("http", ClientSession)
