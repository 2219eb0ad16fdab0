"""Two letters swapped in a word the extractors key on ("weesk", "yaer", "peolpe").

Fast typing swaps neighbouring letters more than anything else; mending those, and only
those, keeps every offset where it was (the entity spans Rasa reports stay right).
"""

from __future__ import annotations

import re

KEY_WORDS = (
    "week",
    "weeks",
    "month",
    "months",
    "year",
    "years",
    "days",
    "quarter",
    "quarters",
    "people",
    "employees",
    "staff",
    "hundred",
    "thousand",
    "million",
    "budget",
    "annual",
    "annually",
    "monthly",
    "yearly",
    "decide",
    "researching",
    "manager",
    "owner",
    "founder",
    "within",
    "around",
    "about",
)
_BY_LETTERS: dict[tuple[int, str], list[str]] = {}
for _word in KEY_WORDS:
    _BY_LETTERS.setdefault((len(_word), "".join(sorted(_word))), []).append(_word)
_WORD_RE = re.compile(r"[A-Za-z]{4,}")


def _swapped(typed: str, word: str) -> bool:
    diffs = [i for i in range(len(typed)) if typed[i] != word[i]]
    return len(diffs) == 2 and diffs[1] == diffs[0] + 1


def mend_swapped_letters(text: str) -> str:
    def mend(match: re.Match[str]) -> str:
        typed = match.group(0)
        lowered = typed.lower()
        for word in _BY_LETTERS.get((len(lowered), "".join(sorted(lowered))), []):
            if lowered != word and _swapped(lowered, word):
                return word
        return typed

    return _WORD_RE.sub(mend, text)
