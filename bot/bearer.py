"""`Authorization: Bearer <token>` checked in constant time; shared by the leads API and Rasa's
internal erasure channel."""

from __future__ import annotations

import hmac


def bearer_matches(header: str, expected: str) -> bool:
    """False when no token is configured, none is sent, or they differ."""
    given = header[7:] if header.startswith("Bearer ") else ""
    return bool(expected) and bool(given) and same_secret(given, expected)


def same_secret(given: str, expected: str) -> bool:
    """Constant-time equality of a secret a browser sent and ours. Compared as UTF-8 bytes: on
    text, `hmac.compare_digest` raises for any non-ASCII character, which was a 500."""
    return hmac.compare_digest(given.encode("utf-8", "surrogatepass"), expected.encode("utf-8", "surrogatepass"))
