"""Signed links for cancelling or rescheduling a booking: only the holder of the link can."""

from __future__ import annotations

import base64
import hashlib
import hmac

ACTIONS = ("cancel", "reschedule")


def sign(booking_id: int, action: str, secret: str) -> str:
    payload = f"{booking_id}.{action}"
    digest = hmac.new(secret.encode(), payload.encode(), hashlib.sha256).digest()[:18]
    return f"{payload}.{base64.urlsafe_b64encode(digest).decode().rstrip('=')}"


def verify(token: str, secret: str) -> tuple[int, str] | None:
    parts = token.split(".")
    if len(parts) != 3 or not parts[0].isdigit() or parts[1] not in ACTIONS:
        return None
    expected = sign(int(parts[0]), parts[1], secret)
    if not hmac.compare_digest(expected, token):
        return None
    return int(parts[0]), parts[1]
