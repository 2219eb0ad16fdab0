"""Who decides, read from the sentence's shape rather than from a list of idioms.

A visitor says who holds the decision in many more ways than any list holds: "the buck stops with
me", "I call the shots", "I report to the CEO and she approves all purchases", "purchasing dept
decides, I gather quotes". Each is a holder (the visitor, or someone else at their company) and a
deciding predicate (decide, approve, sign, pay, hold the purse strings, have the last word...),
in either order. The visitor holding it is the decision; someone else holding it, while the
visitor is at the company, is a say (an influencer). bot/nlu/authority.py reads it after its phrase rules,
and before a bare "final decision" there, which someone else holding it outweighs.
"""

from __future__ import annotations

import re

from bot.nlu.types import Found

DECISION_MAKER = "decision_maker"
INFLUENCER = "influencer"

# the visitor, alone or with partners: "I", "me and my cofounder", "us founders"
_SELF = (
    r"(?:i|me|myself|(?:me|myself)\s+(?:and|&|\+)\s+my\s+(?:co-?founders?|(?:business\s+)?partners?)|"
    r"my\s+(?:co-?founders?|(?:business\s+)?partners?)\s+(?:and|&|\+)\s+(?:i|me)|(?:we|us)\s+(?:two\s+|three\s+)?"
    r"(?:co-?founders|founders|partners|owners))"
)
# someone else at the visitor's company
_ROLE = (
    r"(?:boss|bosses|manager|supervisor|ceo|cfo|cto|coo|cio|cmo|cro|vp|svp|evp|gm|md|president|director|directors|"
    r"head\s+of\s+\w+|owner|owners|founder|founders|partners|principal|board|management|leadership|higher[\s-]?ups|"
    r"execs?|executives?|procurement|purchasing|finance|legal|it|accounting|head\s+office|hq|parent\s+company|"
    r"committee|council|chair|dean|superintendent|team\s+lead|lead)"
)
_OTHER = (
    rf"(?:he|she|they|(?:my|our|the)\s+(?:\w+\s+)?{_ROLE}(?:\s+(?:dept|department|team|office))?|"
    rf"{_ROLE}\s+(?:dept|department|team|office))"
)
# what the holder does: decides, approves, signs, pays, holds the money or the last word
_DECIDES = (
    r"(?:(?:will|would|has\s+to|have\s+to|must|gets?\s+to|always|usually|ultimately|then)\s+){0,2}"
    r"(?:decides?|approves?|signs?(?:\s+off)?(?:\s+on\s+(?:it|that|this|everything|purchases|anything))?|"
    r"okays?|oks|green[\s-]?lights?|pays?\s+for\s+(?:it|this|tools|software)|"
    r"calls?\s+the\s+shots|pulls?\s+the\s+trigger|"
    r"(?:holds?|controls?|owns?|has|have)\s+the\s+(?:purse(?:\s*strings)?|budget|checkbook|chequebook|wallet|money|"
    r"(?:company\s+)?(?:credit\s+)?card|keys|final\s+(?:say|word|call)|last\s+(?:say|word))|"
    r"writes?\s+the\s+(?:checks?|cheques?)|makes?\s+(?:the\s+)?(?:final\s+)?(?:call|decisions?)|"
    r"(?:is|are)\s+(?:the\s+)?(?:one|ones)\s+(?:who|that)\s+(?:decides?|signs?|approves?|pays?))\b"
)
_HOLDER_DECIDES_RE = re.compile(
    rf"\b(?P<who>{_SELF}|{_OTHER})\s+(?:(?:just|always|usually|ultimately|then|also|really|still|normally|typically|"
    rf"eventually|alone|together)\s+)?{_DECIDES}",
    re.I,
)
# the predicate first: "the buck stops with me", "it's on me", "the decision rests with our board"
_STOPS_WITH_RE = re.compile(
    rf"\b(?:(?:the\s+)?buck\s+stops\s+(?:with|at)|(?:it|that)(?:'s|\s+is)\s+(?:all\s+)?(?:on|up\s+to)|"
    rf"(?:the\s+)?(?:final\s+)?(?:decision|call|say|word|sign[\s-]?off|budget)\s+(?:is|lies|rests|sits|stays)\s+with|"
    rf"signed\s+(?:off\s+)?by|approved\s+by|decided\s+by)\s+(?P<who>{_SELF}|{_OTHER})\b",
    re.I,
)
# a possessive holder: "my call", "our CFO's decision"
_WHOSE_CALL_RE = re.compile(
    rf"(?:^|[,;:.!?-]\s*)(?P<who>my|(?:my|our|the)\s+(?:\w+\s+)?{_ROLE}['’]s)\s+(?:call|decision|choice|money)\b"
    r"(?=\s*(?:$|[,;:.!?)]|at\s+the\s+end|in\s+the\s+end|really|ultimately|obviously|of\s+course|clearly|naturally|lol))",
    re.I,
)
# an owner speaking: "my company, my rules", "I'm the one with the company card"
_MY_RULES_RE = re.compile(
    r"\bmy\s+(?:company|business|shop|firm|money|budget),\s+my\s+(?:rules|call|decision|money)\b|"
    r"\b(?:i'?m|i\s+am)\s+the\s+(?:one|person|guy|gal)\s+with\s+the\s+(?:company\s+)?(?:credit\s+)?"
    r"(?:card|checkbook|chequebook|wallet|purse(?:\s*strings)?|money|budget)\b|"
    r"\bi(?:'ll|\s+will)\s+be\s+(?:the\s+one\s+)?(?:signing|approving|deciding|paying)\b",
    re.I,
)


# a reply that names someone else, then what the visitor does: "the CEO, I just do the research"
_NAMED_THEN_ME_RE = re.compile(rf"^\W*(?P<who>(?:the|our|my)\s+(?:\w+\s+)?{_ROLE})\s*[,;:.-]+\s*(?:but\s+)?i\b", re.I)


def who_decides(text: str) -> Found | None:
    """The visitor's authority from who holds the decision, or None when no holder is said."""
    named = _NAMED_THEN_ME_RE.match(text)
    if named:
        return Found("authority", INFLUENCER, named.start("who"), named.end("who"), {"source": "holder"})
    rules = _MY_RULES_RE.search(text)
    if rules:
        return Found("authority", DECISION_MAKER, rules.start(), rules.end(), {"source": "holder"})
    readings = [
        match
        for pattern in (_HOLDER_DECIDES_RE, _STOPS_WITH_RE, _WHOSE_CALL_RE)
        for match in pattern.finditer(text)
        if not _denied(text, match.start(), match.end())
    ]
    if not readings:
        return None
    # someone else deciding outweighs the visitor's part in it: "she approves, I pick" is a say
    others = [match for match in readings if not _is_self(match.group("who"))]
    match = (others or readings)[0]
    value = INFLUENCER if others else DECISION_MAKER
    return Found("authority", value, match.start(), match.end(), {"source": "holder"})


def _is_self(who: str) -> bool:
    return re.fullmatch(_SELF, who.strip(), re.I) is not None or who.strip().lower() == "my"


_NEGATION_RE = re.compile(r"\b(?:not|n['’]t|never|no\s+longer)\b", re.I)


def _denied(text: str, start: int, end: int) -> bool:
    """ "I don't decide", "it's not on me": a holder denied is read by the no-say rules instead."""
    return (
        _NEGATION_RE.search(text[start:end]) is not None
        or _NEGATION_RE.search(text[max(0, start - 12) : start]) is not None
    )
