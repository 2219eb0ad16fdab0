"""Who the visitor is, believed only when the embedding site signs it.

Anything a browser sends can be forged, so an email in the widget's metadata recognizes nobody.
A site that knows its visitor (logged in to its own app) signs `{"email", "name", "exp"}` with
the `SITE_SECRET` it shares with us; the widget passes the token along and we check it here:

    payload = base64url(json({"email": ..., "name": ..., "exp": <unix seconds>, "consent": true}))  # no padding
    token   = payload + "." + hex(HMAC-SHA256(SITE_SECRET, payload))

`consent` is optional: true when the site already collected consent to be contacted.

Conversation tokens (`conversation_token`) tie a server-issued sender id (prefix `wc_`) to the
browser that received it, with the same construction over the sender id, an expiry and our own
secret key: `<expiry, unix seconds>.<hex HMAC>`. They last 90 days; after that the widget is
refused (403) and starts a new conversation, so a token copied from a browser is not a key for ever.
"""

from __future__ import annotations

import base64
import binascii
import hashlib
import hmac
import json
import re
import secrets
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any

from bot.bearer import same_secret
from bot.clock import utcnow
from bot.dialog.answers import UNKNOWN, check_email

MAX_TOKEN_CHARS = 2048
MAX_LIFETIME_SECONDS = 31 * 24 * 3600


@dataclass(frozen=True)
class Identity:
    email: str
    name: str | None
    consent: bool = False


def _mac(secret: str, message: str) -> str:
    return hmac.new(secret.encode(), message.encode(), hashlib.sha256).hexdigest()


def sign_identity(secret: str, email: str, name: str | None, expires_at: int, *, consent: bool = False) -> str:
    """The token an embedding site computes (here for tests and the README's example)."""
    body = json.dumps({"email": email, "name": name, "exp": expires_at, "consent": consent}, separators=(",", ":"))
    payload = base64.urlsafe_b64encode(body.encode()).decode().rstrip("=")
    return f"{payload}.{_mac(secret, payload)}"


def verified_identity(token: Any, secret: str, now: datetime) -> Identity | None:
    """The identity in `token` when its signature, expiry and email hold; otherwise None."""
    if not secret or not isinstance(token, str) or len(token) > MAX_TOKEN_CHARS or token.count(".") != 1:
        return None
    payload, signature = token.split(".")
    if not same_secret(signature.lower(), _mac(secret, payload)):
        return None
    try:
        data = json.loads(base64.urlsafe_b64decode(payload + "=" * (-len(payload) % 4)))
    except (binascii.Error, ValueError, UnicodeDecodeError):
        return None
    if not isinstance(data, dict) or not isinstance(data.get("exp"), int):
        return None
    seconds_left = data["exp"] - now.timestamp()
    if seconds_left <= 0 or seconds_left > MAX_LIFETIME_SECONDS:
        return None  # expired, or signed to last forever
    email = check_email(data.get("email")).value if isinstance(data.get("email"), str) else None
    if not email or email == UNKNOWN:
        return None
    name = data.get("name")
    return Identity(
        str(email), name.strip()[:120] if isinstance(name, str) and name.strip() else None, data.get("consent") is True
    )


ISSUED_PREFIX = "wc_"


def new_sender_id() -> str:
    return ISSUED_PREFIX + secrets.token_urlsafe(24)


def is_issued(sender: str) -> bool:
    """Ids we issued are bound to a token; other well-formed ids are REST clients' own."""
    return sender.startswith(ISSUED_PREFIX)


CONVERSATION_LIFETIME = timedelta(days=90)
_EXPIRY_RE = re.compile(r"[0-9]{1,12}")


def conversation_token(secret: str, sender: str, now: datetime | None = None) -> str:
    expires = int(((now or utcnow()) + CONVERSATION_LIFETIME).timestamp())
    return f"{expires}.{_mac(secret, f'conversation|{sender}|{expires}')}"


def owns_conversation(secret: str, sender: str, token: Any, now: datetime | None = None) -> bool:
    """The token was issued for this sender by us and has not expired (nor claims to last longer
    than a token is issued for)."""
    if not isinstance(token, str) or len(token) > 100:
        return False
    expires, _, mac = token.partition(".")
    if not _EXPIRY_RE.fullmatch(expires):
        return False
    left = int(expires) - (now or utcnow()).timestamp()
    if not 0 < left <= CONVERSATION_LIFETIME.total_seconds() + 60:
        return False
    return same_secret(mac, _mac(secret, f"conversation|{sender}|{expires}"))
