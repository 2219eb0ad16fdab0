"""Self-corrections inside one message: "8 in the team, ehm no 9", "6 weeks, I mean 2 months",
"under 100 employees, 97 to be exact". The figure the visitor settles on is the answer.

The rules read the first figure; what follows a correction marker close after it is read again
as the same kind of fact, as if it answered that question (so a bare "9" counts).
"""

from __future__ import annotations

import re
from collections.abc import Callable

from bot.nlu.types import Found

# said before the figure they settle on
_REPLACES_RE = re.compile(
    r"\b(?:no\s+wait|wait\s+no|wait|(?:ehm|erm|er|uh|um|umm|oh|ah)\s*,?\s*no|no\s+no|i\s+mean|i\s+meant|actually|"
    r"sorry|correction|make\s+(?:it|that)|or\s+rather|scratch\s+that|typo|well\s+(?:ok|okay))\b[\s,:.-]*",
    re.IGNORECASE,
)
# said after it
_SETTLES_RE = re.compile(r"\b(?:to\s+be\s+(?:exact|precise|honest)|exactly|precisely)\b", re.IGNORECASE)
_RESULT_BEFORE_RE = re.compile(
    r"\b(?:so|making(?:\s+it|\s+us)?|which\s+makes(?:\s+it|\s+us)?|that'?s|total(?:\s+of)?|=)\s*$", re.I
)
_NEAR = 40  # characters after a figure within which a correction is about it
_CLAUSE_END_RE = re.compile(r"[.;!?]|\s(?:and|but|so)\s", re.IGNORECASE)
Reread = Callable[[str, str], list[Found]]  # (text, entity) -> readings as if answering that question


def settle(text: str, found: list[Found], reread: Reread, entities: tuple[str, ...]) -> list[Found]:
    """Each figure of `entities` replaced by the one a correction right after it settles on."""
    settled: list[Found] = []
    for reading in found:
        if any(s.entity == reading.entity and s.start <= reading.start < s.end for s in settled):
            continue  # the figure a correction settled on, already part of it
        settled.append(_corrected(text, reading, reread, found) if reading.entity in entities else reading)
    return settled


def _corrected(text: str, reading: Found, reread: Reread, found: list[Found]) -> Found:
    tail = text[reading.end : reading.end + _NEAR * 2]
    # "we're 5 people, budget's 1k a month, actually no, 1.2k": a correction after another fact is of that fact
    told_since = min(
        (f.start - reading.end for f in found if f.entity != reading.entity and f.start >= reading.end),
        default=len(tail),
    )
    replaces = _REPLACES_RE.search(tail[: min(_NEAR, told_since)])
    settles = _SETTLES_RE.search(tail[: min(_NEAR, told_since)])
    if replaces and not (settles and settles.start() < replaces.start()):
        start = replaces.end()
        segment = tail[start : start + (_CLAUSE_END_RE.search(tail[start:]) or re.search("$", tail[start:])).start()]  # type: ignore[union-attr]
    elif settles:
        start, segment = 0, tail[: settles.start()]
    else:
        return reading
    again = [f for f in reread(segment, reading.entity) if f.entity == reading.entity]
    # "no wait, we just hired 5 more so 55": the figure said as the result, when one is
    settled_on = next((f for f in again if _RESULT_BEFORE_RE.search(segment[: f.start])), again[0] if again else None)
    if settled_on is None or settled_on.value == reading.value:
        return reading
    said = {key: value for key, value in settled_on.info.items() if key != "guess"}  # said outright, not guessed
    return Found(
        reading.entity,
        settled_on.value,
        reading.start,
        reading.end + start + settled_on.end,
        {**reading.info, **said, "corrected_from": reading.value},
    )


# "40, not 15", "2000 a month not 500", "not 15 people, 40": a figure disowned beside the one meant
_DISOWNED_RE = re.compile(
    r"\b(?:not|nope|rather\s+than|instead\s+of)\s+(?P<figure>(?:like\s+|about\s+|around\s+|~\s*)?"
    r"[$€£]?\d[\d,.]*\s*(?:k|m|mil)?\b(?!\s*%)(?:\s*(?:people|persons|employees|staff|users|seats|ppl|heads|"
    r"days?|weeks?|months?|years?|(?:a|per|/)\s*(?:month|mo|year|yr|week|quarter))\b)?)",
    re.IGNORECASE,
)


# "no budget at all, the 5k i mentioned was for something else": a figure said about another thing
_ELSEWHERE_RE = re.compile(
    r"(?P<figure>[$€£]?\d[\d,.]*\s*(?:k|m|mil)?\b(?:\s*(?:a|per|/)\s*(?:month|mo|year|yr|week|quarter)\b)?)"
    r"(?:\s+(?:that|which))?(?:\s+(?:i|we)\s+(?:mentioned|said|gave|quoted|told\s+you|wrote)(?:\s+(?:earlier|before|above))?)?"
    r"\s+(?:was|is|were|are)\s+(?:(?:actually|really|just)\s+)?(?:for|about|meant\s+for)\s+(?:something\s+else|another\s+\w+|"
    r"a\s+(?:different|separate|whole\s+other)\s+\w+|(?:the\s+)?other\s+\w+|a\s+different\s+thing)\b",
    re.IGNORECASE,
)


def disowned_figures(text: str) -> list[re.Match[str]]:
    """Where `text` disowns a figure ("not 500 employees"): the whole match, and the figure as group "figure"."""
    return list(_DISOWNED_RE.finditer(text))


def figures_said_of_something_else(text: str) -> list[re.Match[str]]:
    """Where `text` says a figure was about something else ("the 5k i mentioned was for another project"): the
    whole match, and the figure as group "figure". It is no answer, whatever else the message says."""
    return list(_ELSEWHERE_RE.finditer(text))


def without_disowned_figures(text: str) -> str:
    """`text` with each disowned figure blanked (same length, so every offset holds), when another figure is
    left to be the one meant; the rules would otherwise weigh both, or take the last."""
    spans = [match.span() for match in disowned_figures(text)]
    rest = "".join(ch for i, ch in enumerate(text) if not any(a <= i < b for a, b in spans))
    if not re.search(r"\d", rest):
        spans = []  # "we're not 50 yet": nothing else to mean
    spans += [match.span("figure") for match in figures_said_of_something_else(text)]
    if not spans:
        return text
    chars = list(text)
    for a, b in spans:
        chars[a:b] = " " * (b - a)
    return "".join(chars)
