"""Inbox users: a YAML file of usernames, scrypt password hashes and roles.

`python -m bot.web.users add NAME [--role sdr|marketer|admin]` adds or resets a user (asks for the
password; a user added without a role keeps theirs, a new one is an SDR);
`python -m bot.web.users remove NAME` removes one and signs them out everywhere.
A user is `name: {password: <hash>, role: <role>}`; a bare hash, as older files hold, is an SDR.
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


SDR, MARKETER, ADMIN = "sdr", "marketer", "admin"
ROLES = (SDR, MARKETER, ADMIN)  # SDRs work leads; marketers teach the assistant (the studio); admins do both


def load_accounts(path: Path) -> dict[str, tuple[str, str]]:
    """name -> (password hash, role), with the line of any mistake in the file."""
    if not path.exists():
        return {}
    doc = LocatedYaml(path)
    users = (doc.data or {}).get("users") if isinstance(doc.data, dict) else None
    if not isinstance(users, dict):
        raise doc.error("expected 'users:' mapping username -> password hash (use `python -m bot.web.users add NAME`)")
    accounts: dict[str, tuple[str, str]] = {}
    for name, entry in users.items():
        stored, role = (entry.get("password"), entry.get("role", SDR)) if isinstance(entry, dict) else (entry, SDR)
        if not isinstance(stored, str) or not stored.startswith("scrypt$"):
            raise ConfigFileError(
                path, doc.line("users", name), f"user '{name}' needs a scrypt hash, not a plain password"
            )
        if role not in ROLES:
            raise ConfigFileError(
                path, doc.line("users", name), f"user '{name}' has role '{role}'; use one of {', '.join(ROLES)}"
            )
        accounts[str(name)] = (stored, str(role))
    return accounts


def load_users(path: Path) -> dict[str, str]:
    """name -> password hash."""
    return {name: stored for name, (stored, _role) in load_accounts(path).items()}


def role_of(path: Path, name: str) -> str | None:
    account = load_accounts(path).get(name)
    return account[1] if account else None


def save_user(
    path: Path,
    name: str,
    password: str,
    database_url: str | None = None,
    *,
    cost: int = _N,
    role: str | None = None,
) -> None:
    """Add a user or set a new password (and role: when None, a known user keeps theirs and a new
    one is an SDR). A new password signs the user out of every browser (given the database):
    whoever held the old one keeps no session."""
    if role is not None and role not in ROLES:
        raise ValueError(f"role '{role}': use one of {', '.join(ROLES)}")
    accounts = load_accounts(path)
    known = name in accounts
    accounts[name] = (hash_password(password, cost), role or (accounts[name][1] if known else SDR))
    _write(path, accounts)
    if known and database_url:
        _sign_out_everywhere(database_url, name)


def remove_user(path: Path, name: str, database_url: str) -> bool:
    """Remove the user and sign them out of every browser; False when there was no such user."""
    accounts = load_accounts(path)
    known = accounts.pop(name, None) is not None
    if known:
        _write(path, accounts)
    _sign_out_everywhere(database_url, name)
    return known


def _sign_out_everywhere(database_url: str, name: str) -> None:
    from bot.app.inbox_sign_in import sign_out_everywhere

    sign_out_everywhere(database_url, name)


def _write(path: Path, accounts: dict[str, tuple[str, str]]) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    users = {name: {"password": stored, "role": role} for name, (stored, role) in accounts.items()}
    path.write_text(
        "# Inbox users (scrypt hashes; roles: sdr, marketer, admin). Add: python -m bot.web.users add NAME --role sdr\n"
        + yaml.safe_dump({"users": users}, sort_keys=True)
    )


def main() -> None:
    from bot.settings import get_settings

    arguments = sys.argv[1:]
    role = None
    if "--role" in arguments:
        at = arguments.index("--role")
        role = arguments[at + 1] if at + 1 < len(arguments) else ""
        del arguments[at : at + 2]
        if role not in ROLES:
            raise SystemExit(f"--role: use one of {', '.join(ROLES)}")
    if len(arguments) != 2 or arguments[0] not in ("add", "remove") or (role and arguments[0] == "remove"):
        raise SystemExit("usage: python -m bot.web.users add NAME [--role sdr|marketer|admin] | remove NAME")
    sys.argv[1:] = arguments
    settings = get_settings()
    if sys.argv[1] == "remove":
        known = remove_user(settings.effective_inbox_users_path, sys.argv[2], settings.effective_database_url)
        outcome = "removed and signed out everywhere" if known else "was not a user; any sessions closed"
        print(f"users: {sys.argv[2]} {outcome}")
        return
    password = getpass.getpass(f"password for {sys.argv[2]}: ")
    if len(password) < 10:
        raise SystemExit("use at least 10 characters")
    save_user(settings.effective_inbox_users_path, sys.argv[2], password, settings.effective_database_url, role=role)
    print(
        f"users: {sys.argv[2]} ({role_of(settings.effective_inbox_users_path, sys.argv[2])}) saved to "
        f"{settings.effective_inbox_users_path} (a new password signs them out everywhere)"
    )


if __name__ == "__main__":
    main()
