"""The links our emails carry: signed ones for cancelling or rescheduling a booking (only the
holder of the link can), and the inbox pages an SDR opens. The paths are the web app's routes;
tests/web/test_email_links.py checks each one resolves there."""

from __future__ import annotations

import base64
import hashlib
import hmac
import re

from bot.bearer import same_secret

ACTIONS = ("cancel", "reschedule")
BOOKING_PATH = "/booking/{token}"
LEAD_PATH = "/inbox/leads/{lead_id}"
CONVERSATION_PATH = "/inbox/conversations/{sender_id}"


def booking_link(public_url: str, booking_id: int, action: str, secret: str) -> str:
    return public_url + BOOKING_PATH.format(token=sign(booking_id, action, secret))


def lead_link(public_url: str, lead_id: int) -> str:
    return public_url + LEAD_PATH.format(lead_id=lead_id)


def conversation_link(public_url: str, sender_id: str) -> str:
    return public_url + CONVERSATION_PATH.format(sender_id=sender_id)


def sign(booking_id: int, action: str, secret: str) -> str:
    payload = f"{booking_id}.{action}"
    digest = hmac.new(secret.encode(), payload.encode(), hashlib.sha256).digest()[:18]
    return f"{payload}.{base64.urlsafe_b64encode(digest).decode().rstrip('=')}"


_BOOKING_ID_RE = re.compile(r"[0-9]{1,12}")


def verify(token: str, secret: str) -> tuple[int, str] | None:
    parts = token.split(".")
    # ASCII digits only: str.isdigit() also takes full-width and superscript digits, which int() then mishandles
    if len(parts) != 3 or not _BOOKING_ID_RE.fullmatch(parts[0]) or parts[1] not in ACTIONS:
        return None
    expected = sign(int(parts[0]), parts[1], secret)
    if not same_secret(token, expected):
        return None
    return int(parts[0]), parts[1]
