"""Signals that contact details are not real: free or disposable email, gibberish names."""

from __future__ import annotations

import re
import unicodedata
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
    """Keyboard mashing ("asdfgh", "xxxxx", "qwjkzt"), not a real name. Judged word by word, so a
    legal form ("GmbH", "plc", "Sp. z o.o."), an acronym ("HSBC", "LG CNS") or one vowel-less
    brand ("Crwn Studio") does not make a company look made up; every word must look mashed."""
    if not text:
        return False
    judged = [
        letters
        for raw in re.findall(r"[^\W\d_]+", text)
        if len(letters := _ascii_letters(raw)) >= 3
        and letters not in _LEGAL_FORMS
        and not (raw.isupper() and len(raw) <= 5)
    ]
    if not judged:
        return False
    return all(_mashed(word) for word in judged)


# company legal forms, lowercased, letters only ("s.a." -> "sa")
_LEGAL_FORMS = frozenset(
    {
        "gmbh",
        "mbh",
        "plc",
        "llp",
        "llc",
        "ltd",
        "pvt",
        "inc",
        "corp",
        "kg",
        "ag",
        "se",
        "sa",
        "sl",
        "nv",
        "bv",
        "oy",
        "oyj",
        "ab",
        "as",
        "co",
        "sp",
        "srl",
        "spa",
        "sas",
        "sarl",
        "pty",
        "kk",
        "kft",
        "doo",
        "zrt",
        "ohg",
        "ug",
        "ev",
        "lda",
        "ltda",
        "bhd",
        "sdn",
        "pte",
        "aps",
        "asa",
        "gbr",
    }
)


def _ascii_letters(word: str) -> str:
    return "".join(ch for ch in unicodedata.normalize("NFKD", word.lower()) if "a" <= ch <= "z")


def _mashed(letters: str) -> bool:
    if any(run in letters for run in _KEYBOARD_RUNS) or re.search(r"(.)\1{3,}", letters):
        return True
    if re.search(r"[bcdfghjklmnpqrstvwxz]{7,}", letters):
        return True
    vowels = sum(1 for ch in letters if ch in "aeiouy")
    return len(letters) >= 8 and vowels / len(letters) < 0.15
