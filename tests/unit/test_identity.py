from datetime import UTC, datetime, timedelta

import pytest

from bot.dialog.identity import (
    Identity,
    conversation_token,
    new_sender_id,
    owns_conversation,
    sign_identity,
    verified_identity,
)

NOW = datetime(2026, 11, 23, 8, 0, tzinfo=UTC)
SECRET = "shared-with-the-site"
pytestmark = pytest.mark.clock  # conversation tokens expire: rerun by scripts/clock-matrix.sh


def expires(**delta: float) -> int:
    return int((NOW + timedelta(**delta)).timestamp())


def test_a_signed_identity_is_believed_until_it_expires() -> None:
    token = sign_identity(SECRET, "Dana@Example.com", "Dana Whitfield", expires(hours=1))
    assert verified_identity(token, SECRET, NOW) == Identity(
        "Dana@example.com", "Dana Whitfield", consent=False
    )  # domains are case-blind
    consented = sign_identity(SECRET, "dana@example.com", None, expires(hours=1), consent=True)
    assert verified_identity(consented, SECRET, NOW) == Identity("dana@example.com", None, consent=True)
    assert verified_identity(token, SECRET, NOW + timedelta(hours=2)) is None


def test_anything_else_recognizes_nobody() -> None:
    good = sign_identity(SECRET, "dana@example.com", None, expires(hours=1))
    payload, signature = good.split(".")
    other_payload = sign_identity(SECRET, "eve@example.com", None, expires(hours=1)).split(".")[0]
    for token in [
        None,
        "",
        "dana@example.com",
        good + "x",
        f"{other_payload}.{signature}",  # a payload swapped under the signature
        sign_identity("guessed", "dana@example.com", None, expires(hours=1)),
        sign_identity(SECRET, "not an email", None, expires(hours=1)),
        sign_identity(SECRET, "dana@example.com", None, expires(days=400)),  # signed to last for ever
        "a" * 5000,
        f"{payload}.{signature}.{signature}",
        {"email": "dana@example.com"},
    ]:
        assert verified_identity(token, SECRET, NOW) is None, token
    assert verified_identity(good, "", NOW) is None  # no SITE_SECRET configured: nobody is recognized


def test_a_conversation_token_binds_one_sender_id() -> None:
    sender = new_sender_id()
    token = conversation_token("server-key", sender)
    assert owns_conversation("server-key", sender, token)
    assert not owns_conversation("server-key", new_sender_id(), token)
    assert not owns_conversation("another-key", sender, token)
    assert not owns_conversation("server-key", sender, None)


def test_a_conversation_token_lasts_ninety_days() -> None:
    sender = new_sender_id()
    token = conversation_token("server-key", sender, now=NOW)
    assert owns_conversation("server-key", sender, token, now=NOW + timedelta(days=89))
    assert not owns_conversation("server-key", sender, token, now=NOW + timedelta(days=90, seconds=1))
    expires, mac = token.split(".")
    longer = str(int(expires) + 10**6)  # a later expiry with the same MAC is not ours
    assert not owns_conversation("server-key", sender, f"{longer}.{mac}", now=NOW)
    assert not owns_conversation("server-key", sender, mac, now=NOW)  # the old form, without an expiry
