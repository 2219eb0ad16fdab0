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
    r"execs?|executives?|procurement|purchasing|finance|legal|it|accounting|head\s+office|hq|parent\s+company|corporate|"
    r"committee|council|chair|dean|superintendent|team\s+lead|lead|mayor|trustees|treasurer|bursar|"
    # family who own the business: "my dad owns the business, I'm helping him look"
    r"dad|father|mum|mom|mother|wife|husband|uncle|aunt|parents|sister|brother|son|daughter|cousin)"
)
# departments that decide, named without "the" or "our": "procurement will need to approve", "IT and finance both"
_DEPARTMENT = r"(?:procurement|purchasing|management|leadership|finance|legal|accounting|it|hr|ops|operations)"
_DEPARTMENTS = rf"(?:{_DEPARTMENT}(?:\s*(?:,|and|&|\+)\s*{_DEPARTMENT})+(?:\s+both)?|(?!it\b){_DEPARTMENT})"
_OTHER = (
    rf"(?:he|she|they|(?:my|our|the)\s+(?:\w+\s+)?{_ROLE}(?:\s+of\s+[a-z]+)?(?:\s+(?:dept|department|team|office))?|"
    rf"{_ROLE}\s+(?:dept|department|team|office)|{_DEPARTMENTS})"
)
# what the holder does: decides, approves, signs, pays, holds the money or the last word
_DECIDES = (
    r"(?:(?:will|would|has\s+to|have\s+to|must|gets?\s+to|always|usually|ultimately|then|needs?\s+to|need|"
    r"(?:will|'ll)\s+need\s+to|still)\s+){0,2}"
    # ("how do I sign up?" is joining, not signing)
    r"(?:decides?|deciding|approves?|approving|signs?(?!\s+(?:up|in|out|into)\b)(?:\s+off)?(?:\s+on\s+(?:it|that|this|everything|purchases|anything))?|"
    r"says?\s+yes|gives?\s+(?:the|us\s+the|me\s+the)\s+(?:ok|okay|go[\s-]?ahead|green\s+light|nod)|"
    r"owns?\s+(?:the|this)\s+(?:business|company|shop|place|firm|practice)|owns?\s+it\s+and\s+(?=makes|calls|decides|signs)|"
    r"okays?|oks|green[\s-]?lights?|pays?\s+for\s+(?:it|this|tools|software)|"
    r"calls?\s+the\s+shots|pulls?\s+the\s+trigger|"
    r"(?:holds?|controls?|owns?|has|have)\s+the\s+(?:purse(?:\s*strings)?|budget|checkbook|chequebook|wallet|money|"
    r"(?:company\s+)?(?:credit\s+)?card|keys|final\s+(?:say|word|call)|last\s+(?:say|word))|"
    r"writes?\s+the\s+(?:checks?|cheques?)|(?:makes?|takes?)\s+(?:all\s+)?(?:the\s+|these\s+|those\s+|such\s+)?(?:final\s+|purchasing\s+|buying\s+)?(?:calls?|decisions?)|"
    r"handles?\s+(?:that|this|it|purchasing|buying|purchases|the\s+buying|those\s+decisions)|"
    r"(?:is|are)\s+(?:the\s+)?(?:one|ones)\s+(?:who|that)\s+(?:decides?|signs?|approves?|pays?))\b"
)
_HOLDER_DECIDES_RE = re.compile(
    rf"\b(?P<who>{_SELF}|{_OTHER})(?:['’](?:ll|d))?\s+(?:(?:just|always|usually|ultimately|then|also|really|still|normally|typically|"
    rf"eventually|alone|together)\s+)?{_DECIDES}",
    re.I,
)
# a role named bare, as notes are written: "principal needs to sign", "30 teachers. board approves"
_BARE_ROLE_DECIDES_RE = re.compile(rf"(?:^|[.;!?,(]\s*|\bbut\s+)(?P<who>(?!it\b|lead\b){_ROLE})\s+{_DECIDES}", re.I)
# the predicate first: "the buck stops with me", "it's on me", "the decision rests with our board"
_STOPS_WITH_RE = re.compile(
    rf"\b(?:(?:the\s+)?buck\s+stops\s+(?:with|at)|(?:it|that)(?:'s|\s+is)\s+(?:all\s+)?(?:on|up\s+to)|"
    rf"(?:the\s+)?(?:final\s+)?(?:decision|call|say|word|sign[\s-]?off|budget)\s+(?:is|lies|rests|sits|stays)\s+with|"
    rf"signed\s+(?:off\s+)?by|approved\s+by|decided\s+by)\s+(?P<who>{_SELF}|{_OTHER})\b",
    re.I,
)
# a possessive holder: "my call", "our CFO's decision"
_WHOSE_CALL_RE = re.compile(
    rf"(?:^|[,;:.!?-]\s*|\bbut\s+|\b(?:it|this|that)(?:\s+one)?(?:['’]s|\s+is)\s+)"
    rf"(?P<who>my|(?:my|our|the)\s+(?:\w+\s+)?{_ROLE}['’]s)\s+(?:call|decision|choice|money)\b"
    r"(?=\s*(?:$|[,;:.!?)]|at\s+the\s+end|in\s+the\s+end|really|ultimately|obviously|of\s+course|clearly|naturally|lol))",
    re.I,
)
# an owner speaking: "my company, my rules", "I'm the one with the company card"
_MY_RULES_RE = re.compile(
    r"\bmy\s+(?:company|business|shop|firm|money|budget),\s+my\s+(?:rules|call|decision|money)\b|"
    r"\b(?:i'?m|i\s+am)\s+the\s+(?:one|person|guy|gal)\s+with\s+the\s+(?:company\s+)?(?:credit\s+)?"
    r"(?:card|checkbook|chequebook|wallet|purse(?:\s*strings)?|money|budget)\b|"
    r"\bi(?:'ll|\s+will)\s+be\s+(?:the\s+one\s+)?(?:signing|approving|deciding|paying)\b|"
    # "the business is mine", "we are the owners", "our CTO (me 🙋)"
    r"\b(?:the|this)\s+(?:business|company|shop|firm|place|practice)\s+is\s+(?:all\s+)?mine\b|"
    r"\bwe(?:'re|\s+are)\s+the\s+(?:co-?)?(?:owners|founders)\b|"
    # "freelance bookkeeper, my own boss": a freelancer alone is not read as deciding (the batches differ), saying so is
    r"\bmy\s+own\s+boss\b|"
    rf"\b(?:our|the)\s+{_ROLE}\s*\(\s*(?:me|that'?s\s+me|yours\s+truly)\b",
    re.I,
)
# the visitor must take it to someone else first: "I need to present it to the board", "need to get this
# validated by management", "je dois en parler au directeur" ("i need to talk about it to the director")
_NEEDS_HOLDER_RE = re.compile(
    r"\b(?:need|needs|have|has|must|got|gotta|(?:will|'ll)\s+need|should)\s+(?:to\s+)?(?:first\s+)?"
    r"(?:get\s+(?:it|this|that|them|the\s+\w+)\s+|have\s+(?:it|this|that)\s+)?"
    r"(?:validated|approved|signed\s+off|okayed|cleared|green[\s-]?lit|run\s+(?:it|this|that)\s+(?:by|past)|"
    r"(?:present|pitch|bring|take|show|sell)\s+(?:it|this|that)?\s*to|talk(?:\s+about\s+it)?\s+(?:to|with)|"
    r"speak\s+(?:to|with)|check\s+(?:with|w/?)|consult|convince|loop\s+in)\s+(?:by\s+)?"
    rf"(?P<who>{_OTHER})\b",
    re.I,
)


# "ultimately the VP of sales", "in the end our CFO": the holder named as the reply, someone else
_IN_THE_END = (
    r"(?:ultimately|eventually|in\s+the\s+end|at\s+the\s+end\s+of\s+the\s+day|officially|technically|on\s+paper)"
)
_IN_THE_END_RE = re.compile(rf"^\W*{_IN_THE_END}\W*\s*(?P<who>(?:the|our|my)\s+(?:\w+\s+)?{_ROLE})\b", re.I)


# a reply that names someone else, then what the visitor does: "the CEO, I just do the research"
_NAMED_THEN_ME_RE = re.compile(
    rf"^\W*(?:{_IN_THE_END}\W*\s*)?(?P<who>(?:the|our|my)\s+(?:\w+\s+)?{_ROLE})(?:\s+(?!(?:is|are|was|were|isn'?t|not|has|had|does|doesn'?t|never)\b)[\w'-]+){{0,3}}?\s*[,;:.-]+\s*(?:but\s+)?i\b",
    re.I,
)


# the holder said as the answer, where deciding is the topic: "it's not me who decides, it's my boss",
# "that'd be our CFO"
_CLEFT_RE = re.compile(
    rf"\b(?:it|that)(?:['’]s|\s+is|['’]d\s+be|\s+would\s+be|\s+will\s+be)\s+(?P<who>{_OTHER})\b(?!['’]s)", re.I
)
_DECIDING_TOPIC_RE = re.compile(r"\b(?:decid\w*|decision|call|sign\w*|approv\w*|say|in\s+charge|up\s+to)\b", re.I)


# the deciding title denied, then given to someone: "I'm not the decision maker, my director is", "…, my boss does"
_TITLE_PASSED_RE = re.compile(
    r"(?:\bnot|n['’]t)\b[^.;!?]{0,30}\b(?:decision[\s-]?maker|decider|one\s+who\s+(?:decides|signs|approves)|signatory|"
    # "I don't decide, my boss does"
    r"decide|sign(?:\s+off)?|approve|make\s+the\s+(?:final\s+)?(?:call|decision)|"
    rf"approver|budget\s+(?:holder|owner))\b\W{{1,3}}(?:but\s+|that'?s\s+|it'?s\s+)?(?P<who>(?:my|our|the)\s+(?:\w+\s+)?{_ROLE})"
    r"(?:\s+(?:is|does|will|do|would\s+be)\b|\W*$)",
    re.I,
)


def who_decides(text: str) -> Found | None:
    """The visitor's authority from who holds the decision, or None when no holder is said."""
    named = _NAMED_THEN_ME_RE.match(text) or _TITLE_PASSED_RE.search(text) or _IN_THE_END_RE.match(text)
    if named:
        return Found("authority", INFLUENCER, named.start("who"), named.end("who"), {"source": "holder"})
    rules = _MY_RULES_RE.search(text)
    if rules:
        return Found("authority", DECISION_MAKER, rules.start(), rules.end(), {"source": "holder"})
    readings = [
        match
        for pattern in (_HOLDER_DECIDES_RE, _STOPS_WITH_RE, _WHOSE_CALL_RE, _NEEDS_HOLDER_RE, _BARE_ROLE_DECIDES_RE)
        for match in pattern.finditer(text)
        if not _denied(text, match.start(), match.end())
    ]
    if _DECIDING_TOPIC_RE.search(text):
        readings += [m for m in _CLEFT_RE.finditer(text) if not _denied(text, m.start(), m.end())]
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
    """ "I don't decide", "it's not on me": a holder denied is read by the no-say rules instead (a denial in the
    clause before is not: "the decision is not mine, my manager decides")."""
    before = re.split(r"[,;.!?]", text[max(0, start - 12) : start])[-1]
    return _NEGATION_RE.search(text[start:end]) is not None or _NEGATION_RE.search(before) is not None
