"""Inbox users: a YAML file of usernames and scrypt password hashes.

`python -m bot.web.users add NAME` adds or resets a user (asks for the password);
`python -m bot.web.users remove NAME` removes one and signs them out everywhere.
"""

from __future__ import annotations

import base64
import getpass
import hashlib
import hmac
import secrets
import sys
from functools import lru_cache
from pathlib import Path

import yaml

from bot.yamlfile import ConfigFileError, LocatedYaml

# OWASP's minimum for scrypt: N=2^17, r=8, p=1 (128 MiB per hash). Older hashes keep their own
# parameters in the stored string and still verify.
_N, _R, _P = 2**17, 8, 1
_MAXMEM = 512 * 1024 * 1024


def hash_password(password: str, cost: int = _N) -> str:
    """`cost` is scrypt's N; below the default only for tests that sign in many times."""
    salt = secrets.token_bytes(16)
    digest = hashlib.scrypt(password.encode(), salt=salt, n=cost, r=_R, p=_P, dklen=32, maxmem=_MAXMEM)
    return f"scrypt${cost}${_R}${_P}${base64.b64encode(salt).decode()}${base64.b64encode(digest).decode()}"


def check_password(password: str, stored: str) -> bool:
    try:
        scheme, n, r, p, salt, digest = stored.split("$")
    except ValueError:
        return False
    if scheme != "scrypt":
        return False
    if not (1 < int(n) <= 2**20 and 0 < int(r) <= 16 and 0 < int(p) <= 4):
        return False  # parameters no hash of ours uses; refuse rather than burn memory
    candidate = hashlib.scrypt(
        password.encode(), salt=base64.b64decode(salt), n=int(n), r=int(r), p=int(p), dklen=32, maxmem=_MAXMEM
    )
    return hmac.compare_digest(candidate, base64.b64decode(digest))


@lru_cache(maxsize=4)
def decoy_hash(cost: int = _N) -> str:
    """A hash no password matches, checked for unknown users so they cost the same time."""
    return hash_password(secrets.token_urlsafe(16), cost)


def decoy_for(users: dict[str, str]) -> str | None:
    """The decoy for these users: as costly as the costliest of their hashes, so an unknown name takes
    as long as a known one. None when there are no users: then there is nobody to hide."""
    costs = []
    for stored in users.values():
        try:
            costs.append(int(stored.split("$")[1]))
        except (IndexError, ValueError):
            continue
    return decoy_hash(max(costs, default=_N)) if users else None


def load_users(path: Path) -> dict[str, str]:
    if not path.exists():
        return {}
    doc = LocatedYaml(path)
    users = (doc.data or {}).get("users") if isinstance(doc.data, dict) else None
    if not isinstance(users, dict):
        raise doc.error("expected 'users:' mapping username -> password hash (use `python -m bot.web.users add NAME`)")
    for name, stored in users.items():
        if not isinstance(stored, str) or not stored.startswith("scrypt$"):
            raise ConfigFileError(
                path, doc.line("users", name), f"user '{name}' needs a scrypt hash, not a plain password"
            )
    return {str(k): str(v) for k, v in users.items()}


def save_user(path: Path, name: str, password: str, database_url: str | None = None, *, cost: int = _N) -> None:
    """Add a user or set a new password. A new password signs the user out of every browser
    (given the database): whoever held the old one keeps no session."""
    users = load_users(path)
    known = name in users
    users[name] = hash_password(password, cost)
    _write(path, users)
    if known and database_url:
        _sign_out_everywhere(database_url, name)


def remove_user(path: Path, name: str, database_url: str) -> bool:
    """Remove the user and sign them out of every browser; False when there was no such user."""
    users = load_users(path)
    known = users.pop(name, None) is not None
    if known:
        _write(path, users)
    _sign_out_everywhere(database_url, name)
    return known


def _sign_out_everywhere(database_url: str, name: str) -> None:
    from bot.app.inbox_sign_in import sign_out_everywhere

    sign_out_everywhere(database_url, name)


def _write(path: Path, users: dict[str, str]) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(
        "# Inbox users (scrypt hashes). Add one: python -m bot.web.users add NAME\n"
        + yaml.safe_dump({"users": users}, sort_keys=True)
    )


def main() -> None:
    from bot.settings import get_settings

    if len(sys.argv) != 3 or sys.argv[1] not in ("add", "remove"):
        raise SystemExit("usage: python -m bot.web.users add|remove NAME")
    settings = get_settings()
    if sys.argv[1] == "remove":
        known = remove_user(settings.effective_inbox_users_path, sys.argv[2], settings.effective_database_url)
        outcome = "removed and signed out everywhere" if known else "was not a user; any sessions closed"
        print(f"users: {sys.argv[2]} {outcome}")
        return
    password = getpass.getpass(f"password for {sys.argv[2]}: ")
    if len(password) < 10:
        raise SystemExit("use at least 10 characters")
    save_user(settings.effective_inbox_users_path, sys.argv[2], password, settings.effective_database_url)
    print(
        f"users: {sys.argv[2]} saved to {settings.effective_inbox_users_path} (a new password signs them out "
        f"everywhere)"
    )


if __name__ == "__main__":
    main()
