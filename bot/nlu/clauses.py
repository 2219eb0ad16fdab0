"""Where a word stands in a message: the clause before it, so a rule reads what is said about that
word ("our clients are mostly banks", "we raised our seed round in june") and not the whole message."""

from __future__ import annotations

CLAUSE_MARKS = ".;!?,"


SENTENCE_MARKS = ".!?\n"


def sentence_before(text: str, position: int) -> str:
    """The sentence a word stands in, up to that word (commas and semicolons do not end it)."""
    start = max(text.rfind(mark, 0, position) for mark in SENTENCE_MARKS) + 1
    return text[start:position]


def clause_before(text: str, position: int) -> str:
    """The question or clause a word stands in, up to that word."""
    start = max(text.rfind(mark, 0, position) for mark in CLAUSE_MARKS) + 1
    return text[start:position]


def clause_end(text: str, position: int) -> int:
    """Where the question or clause a word stands in ends (the next mark, or the text's end)."""
    ends = [end for end in (text.find(mark, position) for mark in CLAUSE_MARKS) if end >= 0]
    return min(ends, default=len(text))


def clause_at(text: str, position: int) -> str:
    """The whole question or clause a word stands in, before and after it."""
    return clause_before(text, position) + text[position : clause_end(text, position)]
