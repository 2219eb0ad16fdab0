"""`Authorization: Bearer <token>` checked in constant time; shared by the leads API and Rasa's
internal erasure channel."""

from __future__ import annotations

import hmac


def bearer_matches(header: str, expected: str) -> bool:
    """False when no token is configured, none is sent, or they differ."""
    given = header[7:] if header.startswith("Bearer ") else ""
    return bool(expected) and bool(given) and hmac.compare_digest(given.encode(), expected.encode())
