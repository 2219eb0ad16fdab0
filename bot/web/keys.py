"""Typed keys for what the app holds (aiohttp AppKey)."""

from __future__ import annotations

from aiohttp import ClientSession, web
from sqlalchemy.orm import sessionmaker

from bot.settings import Settings

SETTINGS = web.AppKey("settings", Settings)
SESSIONS = web.AppKey("sessions", sessionmaker)
HTTP = web.AppKey("http", ClientSession)
