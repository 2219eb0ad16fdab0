"""Key words typed with a letter dropped or doubled ("recomend", "aproval", "comittee", "imediatly").

The extractors key on a few hundred words; a visitor in a hurry drops or doubles a letter in them
more often than in anything else they type. A word one such slip away from a key word is read as
that word, unless it is an English word itself ("manger", "moths", "funder" stay what they are),
which WordNet tells. Without WordNet only the slips no English word could be are mended.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator

# words of six letters or more the extractors key on (shorter ones have too many real neighbours)
KEY_WORDS = (
    "recommend",
    "recommendation",
    "recommending",
    "approval",
    "approve",
    "approves",
    "decision",
    "decisions",
    "decide",
    "decides",
    "committee",
    "procurement",
    "purchasing",
    "purchase",
    "purchases",
    "research",
    "researching",
    "evaluating",
    "shortlist",
    "shortlisting",
    "comparing",
    "director",
    "founder",
    "cofounder",
    "co-founder",
    "manager",
    "management",
    "supervisor",
    "authority",
    "influence",
    "employees",
    "employee",
    "people",
    "budget",
    "monthly",
    "annually",
    "quarter",
    "quarterly",
    "immediately",
    "currently",
    "timeline",
    "timeframe",
    "thousand",
    "hundred",
    "million",
    "company",
    "business",
    "software",
    "january",
    "february",
    "september",
    "october",
    "november",
    "december",
    "tomorrow",
    "possible",
)
_KEYS = frozenset(KEY_WORDS)
# a word long enough to be a slip of a key word
CANDIDATE_RE = re.compile(r"[A-Za-z][a-z-]{4,}[a-z]", re.I)
_ENGLISH: dict[str, bool] = {}


def _one_slip(word: str) -> Iterator[str]:
    for i in range(len(word)):
        yield word[:i] + word[i + 1 :]  # a letter dropped
        yield word[:i] + word[i] + word[i:]  # a letter doubled


def _slips() -> dict[str, str]:
    """Each slip of a key word and the word it stands for; a slip two key words share is left out."""
    table: dict[str, str] = {}
    shared: set[str] = set()
    for word in KEY_WORDS:
        for slip in _one_slip(word):
            if slip in _KEYS or len(slip) < 6:
                continue
            if slip in table and table[slip] != word:
                shared.add(slip)
            table[slip] = word
    return {slip: word for slip, word in table.items() if slip not in shared}


SLIPS = _slips()


def meant(typed: str, is_english: Callable[[str], bool]) -> str | None:
    """The key word `typed` is a slip of, or None; `is_english` is asked only about a slip, so the
    dictionary behind it is loaded only when a message holds one."""
    lowered = typed.lower()
    word = SLIPS.get(lowered)
    if word is None:
        return None
    if lowered not in _ENGLISH:
        _ENGLISH[lowered] = is_english(lowered)
    return None if _ENGLISH[lowered] else word
