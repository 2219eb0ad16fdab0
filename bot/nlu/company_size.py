"""Company size (number of employees) from what visitors say.

"about 200 employees" -> 200, "team of 15" -> 15, "5,000 people" -> 5000, "a 300-person bank"
-> 300, "just me" -> 1, "between 50 and 100 staff" -> 75. Zero, negative and absurd sizes are
not returned.
"""

from __future__ import annotations

import re

from bot.nlu.numbers import MULTIPLIER_SUFFIXES, RewrittenText, SpanCollector, parse_digits
from bot.nlu.types import Found

MAX_EMPLOYEES = 3_000_000

_NUM = r"(?<![\w.\-])(?P<num>\d{1,3}(?:[ ,]\d{3})+|\d+(?:\.\d+)?)(?:\s?(?P<mult>k|thousand|hundred|m|million))?(?:\s*\+)?"
_RANGE = (r"(?:(?:between|from)\s+)?(?:(?<![\w.\-])(?P<low>\d{1,3}(?:[ ,]\d{3})+|\d+)(?:\s?(?P<lowmult>k|thousand|hundred))?\s*(?:-|–|to|and|or)\s*)?"
          + _NUM.replace(r"(?<![\w.\-])", r"(?<![\w.])(?<!(?<!\d)-)"))
_PEOPLE = (
    r"(?:full[\s-]?time\s+|fte\s+|total\s+)?(?:employees?|employes|emplyees?|empoyees?|employess|people|ppl|persons?|staff(?:ers)?|folks|"
    r"heads|headcount|ftes?|workers|team\s*members|members\s+of\s+staff|colleagues|souls|humans|"
    r"engineers|developers|devs|agents|reps|nurses|doctors|teachers|lawyers|associates)"
)
AFTER_RE = re.compile(rf"{_RANGE}\s*(?:-\s*)?{_PEOPLE}\b", re.IGNORECASE)
HYPHEN_RE = re.compile(
    rf"{_NUM}\s*-?\s*(?:person|people|man|employee|strong|seat)\b(?!\s*(?:budget|plan|license))",
    re.IGNORECASE,
)
BEFORE_RE = re.compile(
    r"\b(?:team\s+of|staff\s+of|headcount\s+(?:of|is|=|:)?|company\s+of|group\s+of|crew\s+of|"
    r"employ(?:s|ing)?|we\s+are|we'?re|we\s+have|there\s+are|about|around|size\s*(?:is|:|of)?|"
    r"company\s+size\s*(?:is|:)?|employees?\s*(?:is|:|=)?|"
    r"staff\s*(?:is|:)?)\s+(?:roughly\s+|about\s+|around\s+|approx\w*\s+|nearly\s+|almost\s+|over\s+|under\s+|~\s*)?"
    rf"{_RANGE}\b(?!\s*(?:k\b|%|percent|dollars|usd|bucks|\$|€|£|years?|months?|weeks?|days?|per|a\s+(?:month|year)|/|grand|million|euros?|pounds?|customers|clients|users))",
    re.IGNORECASE,
)
SOLO_RE = re.compile(
    r"\b(?:just\s+me|only\s+me|it'?s\s+me|solo(?:preneur)?|one[\s-]?(?:man|woman|person)\s+(?:band|show|shop|business|company)|"
    r"sole\s+(?:trader|proprietor)|by\s+myself|on\s+my\s+own|freelancer|i\s+work\s+alone)\b",
    re.IGNORECASE,
)
OF_US_RE = re.compile(rf"{_RANGE}\s+of\s+us\b", re.IGNORECASE)
# "just me and two others", "me plus 4 colleagues": the visitor counts too.
ME_AND_RE = re.compile(
    r"\b(?:me|myself)\s+(?:and|plus|\+|&)\s+(?P<num>\d+)\s+(?:others?|more|people|colleagues|co-?workers|employees|staff|"
    r"guys|partners|co-?founders|teammates|folks)\b",
    re.IGNORECASE,
)
PAIR_RE = re.compile(r"\b(?:me\s+and\s+(?:my\s+)?(?:co-?founder|(?:business\s+)?partner|wife|husband|brother|sister|friend)|two\s+of\s+us|the\s+2\s+of\s+us|2\s+co-?founders)\b", re.IGNORECASE)
BARE_RE = re.compile(rf"^\s*(?:about|around|roughly|approx\w*|~|maybe|like|nearly|almost|over)?\s*{_RANGE}\s*[.!]*\s*$", re.IGNORECASE)


def _value(match: re.Match[str]) -> float | None:
    high = parse_digits(match.group("num"))
    if high is None:
        return None
    mult = match.group("mult")
    high *= MULTIPLIER_SUFFIXES.get(mult.lower(), 1) if mult else 1
    low_raw = match.groupdict().get("low")
    if low_raw:
        low = parse_digits(low_raw)
        if low is None:
            return None
        low_mult = match.groupdict().get("lowmult")
        if low_mult:
            low *= MULTIPLIER_SUFFIXES.get(low_mult.lower(), 1)
        elif mult and low < high / 100:
            low *= MULTIPLIER_SUFFIXES.get(mult.lower(), 1)
        if low > high:
            return None
        return (low + high) / 2
    return high


def find_company_sizes(text: str, *, whole_answer: bool = False) -> list[Found]:
    """Employee counts stated in `text`; a bare number counts only when it is the whole answer."""
    rewritten = RewrittenText(text)
    work = rewritten.text
    found = SpanCollector(rewritten, "company_size")
    if whole_answer and (_EACH_RE.search(work) or _GROWTH_RE.search(work)):
        guess = _size_in_reply(work)  # "3 sites, about 20 at each" is 60, not "about 20"
        if guess is not None and 1 <= guess[2] <= MAX_EMPLOYEES:
            found.add(guess[0], guess[1], round(guess[2]), {"guess": True})
            return found.in_order()

    def add(start: int, end: int, value: float | None) -> None:
        if value is not None and 1 <= value <= MAX_EMPLOYEES:
            found.add(start, end, round(value))

    for match in ME_AND_RE.finditer(work):  # before "3 colleagues" alone is read as the size
        add(match.start(), match.end(), float(match.group("num")) + 1)
    for pattern in (AFTER_RE, HYPHEN_RE, OF_US_RE):
        for match in pattern.finditer(work):
            add(match.start(), match.end(), _value(match))
    for match in BEFORE_RE.finditer(work):
        lead = match.group(0).lower()
        if lead.startswith(("about", "around", "we are", "we're", "were", "we have", "there are")) and not whole_answer:
            continue  # "about 200" alone is not a size unless it answers the question
        add(match.start(), match.end(), _value(match))
    for match in SOLO_RE.finditer(work):
        add(match.start(), match.end(), 1)
    for match in PAIR_RE.finditer(work):
        add(match.start(), match.end(), 2)
    if whole_answer and not found.found:
        bare = BARE_RE.match(work)
        if bare:
            add(bare.start(), bare.end(), _value(bare))
    if whole_answer and not found.found:
        guess = _size_in_reply(work)
        if guess is not None and 1 <= guess[2] <= MAX_EMPLOYEES:
            found.add(guess[0], guess[1], round(guess[2]), {"guess": True})  # a best guess: the visitor confirms it
    return found.in_order()


# In a reply to "how many people?", any head count the reply states is the size, however it is
# said ("like 25 guys incl the field crews", "30ish", "50, well 60 now", "3 sites, ~20 at each").
_COUNT_RE = re.compile(r"(?<![\w$€£.])(\d+(?:[.,]\d+)?)(\s*k\b|\s+(?:hundred|thousand)\b)?(?!(?!ish)[a-z\d])", re.I)
_SCALE_OF = {"k": 1000, "hundred": 100, "thousand": 1000}
_NOT_PEOPLE_RE = re.compile(r"^\s*(?:%|percent|\$|€|£|usd|eur|dollars?|bucks|mil\b|mill?ions?|mn\b|bn\b|billions?|grand\b|"
                            r"a\s+(?:month|year)|per\s+(?:month|year|seat|user)|/|months?|years?|weeks?|days?|hours?|am\b|pm\b)", re.I)
_EACH_RE = re.compile(r"\b(?:each|apiece|per\s+(?:site|location|office|store|branch|shop|clinic|team|plant))\b", re.I)
_GROWTH_RE = re.compile(r"\bfrom\s+(?:about\s+|around\s+|~)?\d", re.I)


def _size_in_reply(text: str) -> tuple[int, int, float] | None:
    counts = []
    for match in _COUNT_RE.finditer(text):
        if _NOT_PEOPLE_RE.match(text[match.end():]) or text[max(0, match.start() - 1):match.start()] in ("$", "€", "£"):
            continue
        value = float(match.group(1).replace(",", "")) * (_SCALE_OF[match.group(2).strip().lower()] if match.group(2) else 1)
        counts.append((match.start(), match.end(), value))
    if not counts:
        return None
    if len(counts) >= 2 and _EACH_RE.search(text):
        return counts[0][0], counts[1][1], counts[0][2] * counts[1][2]
    if _GROWTH_RE.search(text):
        return counts[0]  # "from 40 to about 65 by summer": the team today
    plausible = [count for count in counts if 1 <= count[2] <= MAX_EMPLOYEES] or counts
    return plausible[-1]  # "50, well 60 now": the last word wins; "30ish, and 0.5 of a budget" is 30
