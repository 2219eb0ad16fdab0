"""Signals that contact details are not real: free or disposable email, gibberish names."""

from __future__ import annotations

import re
from collections.abc import Collection

from disposable_email_domains import blocklist as disposable_domains

_KEYBOARD_RUNS = ("qwert", "asdf", "zxcv", "hjkl", "uiop", "yxcv", "qwer", "sdfg", "dfgh", "fghj", "jkl;")


def email_domain(email: str | None) -> str | None:
    if not email or "@" not in email:
        return None
    return email.rsplit("@", 1)[1].strip().lower()


def is_disposable(domain: str, also: Collection[str] = ()) -> bool:
    """A throwaway mailbox: the maintained list of the disposable-email-domains project (about
    10,000 services, subdomains included) plus any the policy adds."""
    parts = domain.lower().split(".")
    parents = {".".join(parts[i:]) for i in range(len(parts) - 1)}
    return bool(parents & disposable_domains) or bool(parents & set(also))


def normalize_email(email: str) -> str:
    """One identity per mailbox: lowercased, with plus-addressing folded (jane+x@ -> jane@)."""
    local, _, domain = email.strip().lower().rpartition("@")
    local = local.split("+", 1)[0]
    return f"{local}@{domain}"


def looks_gibberish(text: str | None) -> bool:
    """Heuristic for keyboard mashing ("asdfgh", "xxxxx", "qwjkzt")."""
    if not text:
        return False
    letters = re.sub(r"[^a-z]", "", text.lower())
    if len(letters) < 3:
        return False
    if any(run in letters for run in _KEYBOARD_RUNS):
        return True
    if re.search(r"(.)\1{3,}", letters):
        return True
    vowels = sum(1 for ch in letters if ch in "aeiouy")
    if len(letters) >= 5 and vowels / len(letters) < 0.15:
        return True
    return bool(re.search(r"[bcdfghjklmnpqrstvwxz]{6,}", letters))
