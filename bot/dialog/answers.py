"""Checking a visitor's answer to one discovery or contact question.

An answer arrives either already normalized (an entity our extractor found, or a button
payload) or as the raw text of the reply. Each check returns the value to store, or the name
of the response that re-asks with a clear reason. Nothing here knows about Rasa.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, replace
from typing import TYPE_CHECKING, Any

from email_validator import EmailNotValidError, validate_email

from bot.nlu.authority import DECISION_MAKER, INFLUENCER, NO_AUTHORITY, ROLE_NAMES
from bot.nlu.budget import MAX_ANNUAL_USD
from bot.nlu.company_size import MAX_EMPLOYEES
from bot.nlu.numbers import replace_number_words
from bot.nlu.taxonomy import INDUSTRY_IDS
from bot.nlu.timeline import MAX_DAYS
from bot.wording import listed, say

if TYPE_CHECKING:  # the web app describes answers without loading spaCy
    from bot.nlu.extractor import QualificationExtractor
    from bot.nlu.types import Found

UNKNOWN = "unknown"
FAILURES_BEFORE_CHOICES = 2  # misunderstandings in a row before the visitor is offered choices and a person
DISCOVERY_SLOTS = ("industry", "company_size", "budget", "authority", "timeline")
CONTACT_SLOTS = ("person_name", "email", "company")
# Bounded parts and a start only where a local part can begin: a 32 KB message without an "@"
# is scanned once, not once per character (the unbounded form took quadratic time).
EMAIL_RE = re.compile(
    r"(?<![A-Za-z0-9._%+'-])[A-Za-z0-9._%+'-]{1,64}@[A-Za-z0-9-]{1,63}(?:\.[A-Za-z0-9-]{1,63}){0,8}\.[A-Za-z]{2,24}(?![A-Za-z0-9-])"
)
_NAME_PREFIX_RE = re.compile(
    r"^\s*(?:hi|hey|hello|hola|bonjour|hallo|ciao|olá)?[,!\s]*(?:my\s+name\s+is|my\s+name'?s|i'?m|i\s+am|it'?s|this\s+is|name'?s|"
    r"call\s+me|me\s+llamo|mi\s+nombre\s+es|soy|je\s+m'?appelle|je\s+suis|ich\s+heiße|ich\s+heisse|mein\s+name\s+ist|"
    r"ich\s+bin|meu\s+nome\s+é|me\s+chamo|mi\s+chiamo|ik\s+heet|mijn\s+naam\s+is|jag\s+heter|jeg\s+heter)\s+",
    re.I,
)
# "sure, Priya Raman", "yes - Acme": the agreement before a name or company is not part of it
_AGREEING_RE = re.compile(
    r"^\s*(?:sure(?:\s+thing)?|yes|yeah|yep|yup|ok(?:ay)?|of\s+course|absolutely)\s*[,!.:;-]+\s*", re.I
)
_COMPANY_PREFIX_RE = re.compile(
    # "I already told you, LedgerLoop", "like I said, it's Acme": the name, not the reminder before it
    r"^\s*(?:(?:i\s+(?:already\s+)?(?:told|said)(?:\s+(?:you|u|that|it))?(?:\s+already)?|like\s+i\s+said|as\s+i\s+said|"
    r"i\s+said)\s*[,:;.!-]*\s*)?(?:(?:i\s+work\s+(?:at|for)|we'?re|we\s+are|it'?s|the\s+company\s+is|company\s+is|at|with|"
    r"for)\s+)?",
    re.I,
)


# Words a reply often opens with that mean nothing by themselves ("so ok", "um how much is it",
# "well, no budget yet", "uh it's Anna"): every reading anchored at the start looks past them.
_FILLERS_RE = re.compile(
    r"^(?:[\W_]*\b(?:so|well|um+|uh+|uhm+|erm?|hm+|oh|ah+|okay\s+so|ok\s+so|yeah\s+so|honestly|i\s+mean|"
    r"basically|lol|haha+)\b[\s,.!:;-]*)+",
    re.I,
)


def without_fillers(text: str) -> str:
    """The reply from its first meaningful word; the reply itself when it is nothing but fillers."""
    rest = _FILLERS_RE.sub("", text, count=1)
    return rest if rest.strip() else text


# A question opens the message, or a clause after "and", "but", "also", a stop or a comma ("and is there a free
# trial", "40ish. do you do discounts"): there only an auxiliary before its subject or "what/how/why" before one
# ("we buy in march, when the budget resets" and "and what we need is a crm" answer), never a negation
QUESTION_RE = re.compile(
    r"\?|^\s*(?:what|how|do|does|did|is|are|can|could|why|where|when|which|who|will|would|should)\b"
    # "i guess does it work with slack", "honestly is there an api": a question behind a filler
    r"|(?:^|[.;!]\s*|,\s*|\b(?:and|but|also|plus|btw|oh|ok(?:ay)?|quick\s+q(?:uestion)?|one\s+more\s+thing|"
    r"i\s+(?:guess|mean|wonder)|honestly|hmm+|um+|uh+|so|well)[\s,:-]+)"
    r"(?:(?:do|does|did|is|are|can|could|will|would|should)(?!\s*n'?t\b)\s+(?:you|u|ya|there|it|this|that|we|i)"
    r"|(?:what|how|why)\s+(?:do|does|did|is|are|can|could|will|would|should|about|much|many|long|soon|else)"
    r"|what'?s|how'?s)\b"
    # typed as texts are: "r you fedramp authorized", "wat about sso", "cn we pay yearly", "u guys support sso"
    r"|^\W*(?:r|ru)\s+(?:u|you|ya|y'?all|there|it|this|the)\b"
    r"|^\W*(?:wat|wats|wht|hw|hws)\s+(?:is|are|do|does|much|many|abt|about|the|u|you)\b"
    r"|^\W*(?:cn|cud|wud|shud|y)\s+(?:i|we|u|you|do|does|is|are)\b"
    r"|^\W*(?:u|you)\s+(?:guys\s+|all\s+)?(?:have|support|offer|integrate|provide|allow|handle|got)\b",
    re.I,
)
PLAIN_ANSWER_WORDS = 4


def is_plain_answer(text: str) -> bool:
    """A short reply that is not a question ("travel", "about 40"): the answer to the pending
    question, whatever intent the classifier gave it."""
    words = text.split()
    return (
        0 < len(words) <= PLAIN_ANSWER_WORDS
        and not text.startswith("/")
        and not QUESTION_RE.search(without_fillers(text))
    )


# Words without which a reply cannot mean "stop" or "skip": "Paul Young" read as "stop" by the
# classifier is a name, "not now" is not.
_HOLD_RE = re.compile(
    r"\b(?:stop|later|not\s+now|not\s+right\s+now|enough|pause|quit|done|bye|break|leave|no\s+more|"
    r"skip|rather\s+not|pass|no\s+comment|don'?t\s+know|dunno|not\s+sure|prefer\s+not|n/?a|none|no\s+idea|"
    r"private|confidential|secret|no|nope|nah|continue|another\s+time|next\s+(?:question|one)|move\s+on|"
    # "not sharing that", "i won't share my email": a detail kept back
    r"not\s+(?:sharing|giving|telling)|(?:won'?t|wont|will\s+not|don'?t|do\s+not)\s+(?:want\s+to\s+)?(?:share|give))\b",
    re.I,
)


def means_hold(text: str) -> bool:
    """Whether a reply can mean stopping or skipping at all (see _HOLD_RE)."""
    return bool(_HOLD_RE.search(text))


@dataclass(frozen=True)
class Verdict:
    """The value to keep, or (value None) the response that explains what was wrong."""

    value: Any
    problem: str | None = None
    unreadable: bool = False  # nothing in the words could be read as this answer (not a value out of range)
    guess: bool = False  # read only from the question's context or WordNet: the visitor confirms it

    @property
    def ok(self) -> bool:
        return self.problem is None


def _reject(slot: str) -> Verdict:
    return Verdict(None, f"utter_invalid_{slot}")


def _number(value: Any) -> float | None:
    if isinstance(value, bool):
        return None
    if isinstance(value, (int, float)):
        return float(value)
    if isinstance(value, str):
        try:
            return float(value.strip())
        except ValueError:
            return None
    return None


def check_discovery(slot: str, raw: Any, extractor: QualificationExtractor) -> Verdict:
    """Normalize and check one discovery answer (`slot` is one of DISCOVERY_SLOTS)."""
    if raw == UNKNOWN:
        return Verdict(UNKNOWN)
    if raw is None:
        return _reject(slot)
    if (isinstance(raw, str) and _number(raw) is None and slot != "industry" and slot != "authority") or (
        isinstance(raw, str) and slot in ("industry", "authority") and raw not in _ALLOWED[slot]
    ):
        if _ID_LIKE_RE.match(raw):
            return _reject(slot)  # "banking_corp": a value id that is not ours (a crafted payload), never read as words
        found = extractor.first(raw, slot, answering=slot)
        if found is None:
            # a number we could not take ("zero people", "1e9") gets a clear re-ask; other words are kept as said
            return (
                _reject(slot)
                if slot in _RANGES and _HAS_NUMBER_RE.search(replace_number_words(raw))
                else Verdict(None, f"utter_invalid_{slot}", unreadable=True)
            )
        verdict = _check_normalized(slot, found.value)
        return replace(verdict, guess=bool(found.info.get("guess"))) if verdict.ok else verdict
    return _check_normalized(slot, raw)


@dataclass(frozen=True)
class TeamBudget:
    budget: Any
    said: str | None = None  # what to tell the visitor when the budget was multiplied out


def for_the_team(budget: Any, read: Callable[[], Found | None], team: Any) -> TeamBudget:
    """The budget as the team's total when it was said per seat (`read()`, the reading of the reply: "about $60
    per user per month" is one seat's year) and the team's size is known from earlier: the SDR needs what they
    would pay, not one seat's price."""
    if not isinstance(team, int | float) or isinstance(team, bool) or team <= 1:
        return TeamBudget(budget)
    said = read()
    if said is not None and said.info.get("per_seat") and (isinstance(budget, str) or _same_number(said.value, budget)):
        total = float(said.value) * int(team)  # the reply as said, or its figure read already
        return TeamBudget(total, say("answers.per_seat_total", seats=f"{int(team):,}", total=f"${total:,.0f}"))
    return TeamBudget(budget)


def _same_number(one: Any, other: Any) -> bool:
    try:
        return abs(float(one) - float(other)) < 0.01
    except (TypeError, ValueError):
        return False


_ID_LIKE_RE = re.compile(r"^[a-z]+(?:_[a-z]+)+$")
_HAS_NUMBER_RE = re.compile(r"\d")

_ALLOWED = {
    "industry": set(INDUSTRY_IDS),
    "authority": {DECISION_MAKER, INFLUENCER, NO_AUTHORITY},
}
_RANGES = {
    "company_size": (1, MAX_EMPLOYEES),
    "budget": (0, MAX_ANNUAL_USD),
    "timeline": (0, MAX_DAYS),
}


def _check_normalized(slot: str, value: Any) -> Verdict:
    if slot in _ALLOWED:
        return Verdict(value) if value in _ALLOWED[slot] else _reject(slot)
    number = _number(value)
    low, high = _RANGES[slot]
    if number is None or number != number or not low <= number <= high:
        return _reject(slot)
    return Verdict(int(number) if slot != "budget" else float(number))


# "marco at rossiretail dot com": an address spelled out, as people do to keep it from scrapers
_SPELLED_EMAIL_RE = re.compile(
    r"\b([\w.+-]+)\s*(?:\bat\b|\[at\]|\(at\))\s*([\w-]+(?:\s*(?:\bdot\b|\.|\[dot\])\s*[\w-]+)+)\b", re.I
)


def spelled_out(text: str) -> str:
    """The text with an address spelled out ("jo at acme dot com") written as one (jo@acme.com)."""
    spelled = _SPELLED_EMAIL_RE.search(text)
    if spelled is None or "@" in text or not re.search(r"\bdot\b|\[dot\]", spelled.group(2), re.I):
        return text
    domain = re.sub(r"\s*(?:\bdot\b|\[dot\]|\.)\s*", ".", spelled.group(2), flags=re.I)
    return text[: spelled.start()] + f"{spelled.group(1)}@{domain}" + text[spelled.end() :]


def check_email(raw: Any) -> Verdict:
    if raw == UNKNOWN:
        return Verdict(UNKNOWN)
    match = EMAIL_RE.search(spelled_out(str(raw or "")))  # finds the address in a sentence
    if not match:
        return _reject("email")
    try:  # and email-validator judges it by the RFCs ("jane..doe@", "jane@-acme.com" are not addresses)
        return Verdict(validate_email(match.group(0), check_deliverability=False).normalized)
    except EmailNotValidError:
        return _reject("email")


_TIME_SAID_RE = re.compile(r"\b(?:time|time\s*zone|timezone)\b", re.I)
# words of a request, typed in lowercase, that no name is made of (the web app's environment has no spaCy)
_REQUEST_WORDS = frozenset(
    [
        "a",
        "an",
        "the",
        "i",
        "me",
        "my",
        "we",
        "us",
        "our",
        "you",
        "your",
        "it",
        "is",
        "are",
        "can",
        "could",
        "would",
        "do",
        "does",
        "to",
        "for",
        "of",
        "with",
        "what",
        "how",
        "when",
        "where",
        "why",
        "please",
        "call",
        "book",
        "see",
        "get",
        "show",
        "want",
        "need",
        "not",
        "this",
        "that",
        "first",
    ]
)


def check_person_name(raw: Any) -> Verdict:
    if raw == UNKNOWN:
        return Verdict(UNKNOWN)
    text = _NAME_PREFIX_RE.sub("", _AGREEING_RE.sub("", without_fillers(str(raw or "")))).strip(" .,!")
    if not text or len(text) > 80 or EMAIL_RE.search(text) or not re.search(r"[^\W\d_]", text):
        return _reject("person_name")
    if _NO_ANSWER_RE.fullmatch(text):
        return _reject("person_name")  # "yes" once more after agreeing to be contacted: no name
    if _TIME_SAID_RE.search(text):
        return _reject("person_name")  # "central time": the answer to the time-zone question, typed late
    if text.endswith("?") or sum(word in _REQUEST_WORDS for word in re.findall(r"[\w']+", text)) >= 2:
        return _reject("person_name")  # "book a call", "can I see the pricing": a request, not a name ("Will May" is)
    if len(text.split()) > 5:
        return _reject("person_name")
    if re.search(r"\d", text) or _NOT_A_NAME_RE.search(text):
        return _reject("person_name")  # "thursday 2pm", "forget it, just email me": no name ("Thursday 2pm" was kept)
    return Verdict(" ".join(word[:1].upper() + word[1:] if word.islower() else word for word in text.split()))


# words no name is made of: a day, a time of day, the words of a reply about something else
_NOT_A_NAME_RE = re.compile(
    r"\b(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|tomorrow|today|tonight|morning|afternoon|evening|"
    r"am|pm|forget|it|me|just|email|lol|sorry|thats|that's|wait|actually|nope|nah|later|skip|pass|anything|nothing|"
    # a title, not a name: "VP of sales at pipeflow" had been thanked as "VP Of Sales At Pipeflow"
    r"vp|ceo|cto|cfo|coo|cio|cmo|svp|evp|director|manager|head\s+of|founder|co-?founder|owner|intern|"
    r"(?:of|at)\s+(?:sales|marketing|ops|operations|it|engineering|finance|hr|procurement))\b",
    re.I,
)


SELF_EMPLOYED = "self-employed"
# "no company, just me", "i'm a freelancer": the answer is that there is no company, not its name
_NO_COMPANY_RE = re.compile(
    r"^\W*(?:(?:there'?s\s+)?no\s+company|not\s+a\s+company|no\s+business)\b.{0,30}$|"
    r"\b(?:just\s+me|only\s+me|myself|on\s+my\s+own|by\s+myself|freelanc\w*|self[-\s]?employed|"
    r"sole\s+(?:trader|proprietor\w*)|independent\s+(?:consultant|contractor)|solopreneur)\b",
    re.I,
)


# the words that mark a company's name: its legal form or its kind
_COMPANY_MARKS = (
    r"ltd|llc|gmbh|inc|corp|plc|llp|pvt|productions?|studios?|group|media|consulting|agency|ventures|partners"
)
_NAMED_COMPANY_RE = re.compile(
    rf"\b(?:{_COMPANY_MARKS}|co|ag|sa|labs?)\b|&", re.I
)  # "Just Me Productions Ltd" is a name


def check_company(raw: Any) -> Verdict:
    if raw == UNKNOWN:
        return Verdict(UNKNOWN)
    if _NO_COMPANY_RE.search(str(raw or "")) and len(str(raw).split()) <= 8 and not _NAMED_COMPANY_RE.search(str(raw)):
        return Verdict(SELF_EMPLOYED)
    text = _COMPANY_PREFIX_RE.sub("", _AGREEING_RE.sub("", without_fillers(str(raw or "")))).strip(" .,!")
    if not text or len(text) > 120 or not re.search(r"[^\W_]", text) or _NO_ANSWER_RE.fullmatch(text):
        return _reject("company")
    if EMAIL_RE.fullmatch(text):
        return _reject("company")  # an email address is no company name (contact_reading files it as the email)
    return Verdict(text)


# "Jane from Acme", "tom @ globex": the person, then whom they are with
_NAME_THEN_COMPANY_RE = re.compile(
    r"^(?P<name>[^\W\d_][^,;()@]{0,40}?)\s+(?:from|at|with|@)\s+(?P<company>[^\W_].{0,80})$", re.I
)
# "Priya, Initech Ltd", "Tom (Globex Inc)": a name, then a company said as one
_NAME_COMMA_COMPANY_RE = re.compile(
    r"^(?P<name>[^\W\d_][^,;()@]{0,40}?)\s*(?:[,;(]|\s[-\u2013\u2014]\s)\s*(?P<company>[^\W_].{0,80}?)\)?$"
)
# ...and, said beside a person's name, the kinds "no company, just me" must not count ("Priya, Initech Solutions")
_COMPANY_WORDS_RE = re.compile(
    rf"\b(?:{_COMPANY_MARKS}|bv|oy|ab|labs|solutions|technologies|systems|holdings|company)\b|&", re.I
)
# "we're Acme", "company is Globex", "I'm from Initech": the company, said where the name was asked
_COMPANY_IS = r"(?:the\s+)?company(?:'s|\s+is|\s+name\s+is|\s*:)"  # "the company is …", "company: …"
_COMPANY_SAID_RE = re.compile(
    rf"^\s*(?:i\s+work\s+(?:at|for)|we'?re|we\s+are|{_COMPANY_IS}|(?:i'?m|i\s+am|it'?s|this\s+is)\s+(?:from|with|at))\s+",
    re.I,
)


# words that answer a question but name nobody: "yes", "ok", "sure thing", "no", "thanks"
_NO_ANSWER_RE = re.compile(
    r"(?:yes|yeah|yep|yup|ya|ok(?:ay)?|k+|sure(?:\s+thing)?|fine|no|nope|nah|thanks?|thank\s+you|ty|cool|great|right|alright|hi|"
    r"hello|hey|ugh+|hm+|meh|lol|haha|go|yes\s+go|ok\s+go|go\s+ahead|next)\W*",
    re.I,
)


def says_nothing(raw: Any) -> bool:
    """ "ok", "ugh", "👍", "yes go": a reply that answers no question (kept in the visitor's words it would tell the
    SDR nothing), so the question is put again instead."""
    text = without_fillers(str(raw or "")).strip()
    return not re.search(r"[^\W_]", text) or bool(_NO_ANSWER_RE.fullmatch(text))


# "I'm Lena", "my name's Tom", "this is Priya": a name said as such, whatever was asked
_NAME_SAID_RE = re.compile(
    r"\b(?i:my\s+name\s+is|my\s+name'?s|i'?m|i\s+am|this\s+is|call\s+me)\s+"
    r"(?P<name>[A-Z][\w'-]+(?:\s+[A-Z][\w'-]+){0,2}|[a-z][\w'-]+(?=\W*$))",
)


CONTACT_CHECKS = {"person_name": check_person_name, "email": check_email, "company": check_company}


def contact_reading(asked: str, raw: str) -> dict[str, str]:
    """What an answer to one contact question says of each of them: visitors give the email where the name
    was asked, the company where the email was, or their name after all ("sorry, I'm Lena"). Each value
    found is returned under its own slot; the caller keeps those not already known."""
    text = spelled_out(without_fillers(str(raw or "")))
    found: dict[str, str] = {}
    email = _email_in(text)
    # the address taken out leaves a separator in its place, so the details either side stay apart
    parts = _DETAIL_SEPARATOR_RE.split(f"{text[: email.start()]} , {text[email.end() :]}" if email else text)
    if email:
        found["email"] = email.group(0)
        text = (text[: email.start()] + text[email.end() :]).strip(" ,;.-")
    if not text:
        return found
    if len([part for part in parts if part.strip(" .,;!-")]) >= (2 if email else 3):
        return found | _details_in_parts(parts)
    if asked == "person_name":
        name, company = name_and_company(text)
        found |= {key: value for key, value in (("person_name", name), ("company", company)) if value}
    elif asked == "email":
        said_name = _name_said(_AGREEING_RE.sub("", text))
        _, company = name_and_company(text)
        if said_name:
            found["person_name"] = said_name
        elif company:
            found["company"] = company
    elif asked == "company":
        found["company"] = text
    return found


# "Dr. Ana Ruiz, ana@stmary.org, St Mary Health", "Mark Chen | company: Ledgerly": several details, one per part
_DETAIL_SEPARATOR_RE = re.compile(r"\s*(?:[,;|\n]|\s[-\u2013\u2014/]\s)\s*")
_NAME_LABEL_RE = re.compile(
    r"^(?:my\s+name\s+is|my\s+name'?s|name\s*(?:is|:)|i'?m|i\s+am|this\s+is|it'?s|call\s+me)\s+", re.I
)
_COMPANY_LABEL_RE = re.compile(
    rf"^(?:{_COMPANY_IS}|company|(?:i\s+)?work\s+(?:at|for)|(?:i'?m\s+|i\s+am\s+)?(?:from|at|with)|employer\s*(?:is|:)?|"
    r"org(?:ani[sz]ation)?\s*(?:is|:))\s*",
    re.I,
)
_EMAIL_LABEL_RE = re.compile(r"^(?:(?:my\s+)?e-?mail(?:\s+is|\s*:)?|and)\s*$", re.I)


def _details_in_parts(parts: list[str]) -> dict[str, str]:
    """Each part a name or a company: labelled ones by their label ("company: Ledgerly", "I'm Mark"), a part with
    a company's word ("Health", "Ltd", "&") the company, and the others in the order people say them: name, then
    company. A part that is neither stays unread rather than filed under the wrong question."""
    found: dict[str, str] = {}
    unlabelled = []
    for raw in parts:
        part = _AGREEING_RE.sub("", without_fillers(raw.strip(" -\u2013\u2014/"))).strip(" .,;!")
        if not part or _EMAIL_LABEL_RE.match(part) or says_nothing(part):
            continue
        if _COMPANY_LABEL_RE.match(part):
            found.setdefault("company", _COMPANY_LABEL_RE.sub("", part).strip(" .,!:"))
        elif _NAME_LABEL_RE.match(part):
            name, company = name_and_company(part)
            for slot, value in (("person_name", name), ("company", company)):
                if value:
                    found.setdefault(slot, value)
        elif _COMPANY_WORDS_RE.search(part) or _NAMED_COMPANY_RE.search(part):
            found.setdefault("company", part)
        else:
            unlabelled.append(part)
    for part in unlabelled:
        slot = "person_name" if "person_name" not in found else "company"
        found.setdefault(slot, part)
    return {slot: value for slot, value in found.items() if value and CONTACT_CHECKS[slot](value).ok}


_COMPANY_NAMED_RE = re.compile(rf"\b{_COMPANY_IS}\s+(?P<company>[^\W_][^,;.!?]{{0,80}})", re.I)


_FIGURE = r"\d[\d,]*(?:\.\d+)?\s*k?"
# "sorry i meant 14 not 40", "14, not 40", "not 40 but 14", "40k? no, 14k": the figure said and the one it replaces
_FIGURE_FOR_FIGURE_RE = re.compile(
    rf"(?P<new>{_FIGURE})\s*,?\s*(?:not|instead\s+of|rather\s+than)\s+(?P<old>{_FIGURE})\b|"
    rf"\bnot\s+(?P<old2>{_FIGURE})\s*,?\s*(?:but\s+|it'?s\s+|i\s+meant\s+)?(?P<new2>{_FIGURE})\b",
    re.I,
)
_FIGURE_SLOTS = ("company_size", "budget")


def _figure(said: str) -> float:
    said = said.replace(",", "").strip().lower()
    return float(said[:-1].strip()) * 1000 if said.endswith("k") else float(said)


def figure_corrected(raw: str, known: dict[str, Any]) -> dict[str, float]:
    """ "sorry i meant 14 not 40": the team size or budget that was 40 is 14. Only a figure said to replace the
    one an answer holds is read: a bare "14" could be any of them."""
    match = _FIGURE_FOR_FIGURE_RE.search(str(raw or ""))
    if match is None:
        return _bare_figure_corrected(str(raw or ""), known)
    new, old = _figure(match.group("new") or match.group("new2")), _figure(match.group("old") or match.group("old2"))
    for slot in _FIGURE_SLOTS:
        value = known.get(slot)
        if not isinstance(value, (int, float)) or isinstance(value, bool) or new <= 0 or old <= 0:
            continue
        # "300 not 400" of a budget kept as 400 a month: the same period, so 300 a month
        scale = next((n for n in (1, 4, 12, 52) if abs(float(value) - old * n) < 0.5), None)
        if scale is not None and (slot == "budget" or scale == 1):
            return {slot: int(new) if slot == "company_size" else new * scale}
    return {}


_BARE_FIGURE_RE = re.compile(
    r"(?<![\w$€£.,])(\d{1,3}(?:,\d{3})+|\d+)(?![\w%]|[.,]\d|\s*(?:k|m|€|\$|£|usd|eur|a\s+(?:month|year)|/|per))", re.I
)


def _bare_figure_corrected(raw: str, known: dict[str, Any]) -> dict[str, float]:
    """ "wait actually it's more like 30 now": one bare figure, said as a correction, changes the answer it is near
    (within three times either way), when exactly one answer is ("30" to a team of 18, not a budget of $12,000)."""
    figures = _BARE_FIGURE_RE.findall(replace_number_words(raw))
    if len(figures) != 1:
        return {}
    new = float(figures[0].replace(",", ""))
    near = [
        slot
        for slot in _FIGURE_SLOTS
        if isinstance(known.get(slot), (int, float))
        and not isinstance(known.get(slot), bool)
        and float(known[slot]) > 0
        and new > 0
        and (1 / 3 <= new / float(known[slot]) <= 3 or _a_digit_apart(new, float(known[slot])))
    ]
    if len(near) != 1:
        return {}
    return {near[0]: int(new) if near[0] == "company_size" else new}


def _a_digit_apart(new: float, old: float) -> bool:
    """ "sorry i meant 250, typo" of a team kept as 25: one figure is the other with a digit more or less."""
    said, kept = str(int(new)), str(int(old))
    whole = new == int(new) and old == int(old)
    return whole and abs(len(said) - len(kept)) == 1 and (said.startswith(kept) or kept.startswith(said))


def details_said_before(said: str) -> dict[str, str]:
    """The name, email and company a visitor typed before agreeing we keep them ("hi im maria lopez,
    maria@lopezlaw.com"), each message read as a correction is, the latest saying of each kept."""
    found: dict[str, str] = {}
    for message in said.splitlines():
        found |= contact_correction(message)
        introduced = _INTRODUCED_RE.search(message)
        if "person_name" not in found and introduced and _email_in(message):
            name = introduced.group("name")
            if not set(name.lower().split()) & _NOT_NAME_WORDS and check_person_name(name).ok:
                found["person_name"] = name.title()
    return found


# "hi im maria lopez, maria@lopezlaw.com": typed in lowercase, the name is the words up to the comma, when an
# email address follows in the same message
_INTRODUCED_RE = re.compile(
    r"\b(?:i'?m|i\s+am|my\s+name\s+is|my\s+name'?s|this\s+is)\s+(?P<name>[a-z][a-z'-]+(?:\s+[a-z][a-z'-]+)?)\s*[,;–-]",
    re.I,
)
_NOT_NAME_WORDS = frozenset(
    (
        "a",
        "an",
        "at",
        "ceo",
        "cfo",
        "cto",
        "director",
        "for",
        "founder",
        "from",
        "head",
        "here",
        "in",
        "interested",
        "intern",
        "just",
        "lead",
        "looking",
        "manager",
        "new",
        "on",
        "owner",
        "team",
        "the",
        "with",
    )
)


def contact_correction(raw: str) -> dict[str, str]:
    """A contact detail set right outside its question: "sorry, I'm Lena", "my email is lena@x.io", "the company
    is Kessler GmbH"; each checked as the answer to its own question would be."""
    text = without_fillers(str(raw or ""))
    said = {
        "email": (email := _email_in(text)) and email.group(0),
        "person_name": _name_said(text),
        "company": (named := _COMPANY_NAMED_RE.search(text)) and named.group("company"),
    }
    verdicts = {slot: CONTACT_CHECKS[slot](value) for slot, value in said.items() if value}
    return {slot: verdict.value for slot, verdict in verdicts.items() if verdict.ok}


def _email_in(text: str) -> re.Match[str] | None:
    email = EMAIL_RE.search(text)
    return email if email and check_email(email.group(0)).ok else None


def _name_said(text: str) -> str | None:
    """ "I'm Lena", "this is Priya Raman": the name, unless what follows is a company's ("I'm Acme Labs")."""
    said = _NAME_SAID_RE.search(text)
    return said.group("name") if said and not _COMPANY_WORDS_RE.search(said.group("name")) else None


def name_and_company(raw: str) -> tuple[str | None, str | None]:
    """Split an answer to "what's your name?" into the person's name and a company said with it.

    Asked who they are, visitors answer with their company as often as with their name: a company
    said there is kept as the company, never as the visitor's name (the name is then None)."""
    text = _AGREEING_RE.sub("", without_fillers(raw)).strip(" .,!")
    if _COMPANY_SAID_RE.match(text):
        return None, _COMPANY_SAID_RE.sub("", text).strip(" .,!") or None
    text = _NAME_PREFIX_RE.sub("", text).strip(" .,!")
    if EMAIL_RE.search(text):
        return text, None
    split = _NAME_THEN_COMPANY_RE.match(text)
    if not split:
        split = _NAME_COMMA_COMPANY_RE.match(text)
        split = split if split and _COMPANY_WORDS_RE.search(split["company"]) else None
    if split and len(split["name"].split()) <= 3 and not _COMPANY_WORDS_RE.search(split["name"]):
        company = split["company"].strip(" .,!")
        # "Anna with the marketing team", "Tom from my office": a part of somewhere, not its name
        return split["name"].strip(), None if re.match(r"(?:the|my|our|a|an|your)\b", company, re.I) else company
    if _COMPANY_WORDS_RE.search(text):
        return None, text
    return text, None


def describe(slot: str, value: Any) -> str:
    """A visitor-facing phrase for a stored answer ("$80,000 a year", "about 200 people")."""
    if value == UNKNOWN or value is None:
        return say("answers.not_given")
    if slot == "budget":
        return say("answers.no_budget") if float(value) == 0 else say("answers.budget", amount=f"${float(value):,.0f}")
    if slot == "company_size":
        return say("answers.company_size", count=f"{int(value):,}")
    if slot == "timeline":
        days = int(value)
        if days == 0:
            return say("answers.asap")
        if days < 14:
            return say("answers.within_days", days=str(days))
        if days < 60:
            return say("answers.in_weeks", weeks=str(round(days / 7)))
        return say("answers.in_months", months=str(round(days / 30)))
    if slot == "authority":
        return ROLE_NAMES.get(str(value), str(value))
    if slot == "industry":
        return str(value).replace("_", " ")
    return str(value)


def noted_so_far(values: dict[str, Any]) -> str:
    """ "What do you have on file for us?": every answer noted so far, as the visitor reads it back, and
    whether it is kept. `values` are the slots."""
    items = [
        say(
            "noted.item",
            label=SLOT_LABELS[slot],
            value=describe(slot, values[slot]) if slot in DISCOVERY_SLOTS else str(values[slot]),
        )
        for slot in SLOT_LABELS
        if values.get(slot) is not None and values.get(slot) != UNKNOWN
    ]
    if not items:
        return say("noted.nothing")
    kept = say("noted.kept") if values.get("consent") is True else say("noted.not_kept")
    return f"{say('noted.so_far', answers=listed(items))} {kept}"


SLOT_LABELS = {
    "industry": "industry",
    "company_size": "company size",
    "budget": "budget",
    "authority": "role in the decision",
    "timeline": "timeline",
    "person_name": "name",
    "email": "email",
    "company": "company",
}


_NO_RE = re.compile(
    r"^\W*(?:no(?!\s+(?:problem|worries))|nope|nah|rather\s+not|i'?d\s+rather\s+not|don'?t|do\s+not|not\s+ok(?:ay)?|decline)\b",
    re.I,
)
_YES_RE = re.compile(
    r"^\W*(?:y|ya|yes|yeah|yep|yup|sure|ok|okay|fine|of\s+course|go\s+ahead|that'?s\s+(?:fine|ok)|sounds\s+good|"
    r"absolutely|please\s+do|no\s+problem|alright|agreed|i\s+agree|definitely|why\s+not|go\s+for\s+it|"
    r"(?:i\s+)?(?:guess|suppose)\s+(?:so|that'?s\s+(?:fine|ok(?:ay)?))|fair\s+enough|works\s+for\s+me)\b",
    re.I,
)


# a goodbye is no yes: "ok thanks bye" to the consent question was taken as consent, then the name was asked
_GOODBYE_RE = re.compile(
    r"\b(?:bye|byee+|goodbye|good\s+bye|cya|see\s+(?:ya|you)|gotta\s+go|got\s+to\s+go|have\s+to\s+go|ttyl|cheers\s+bye)\b",
    re.I,
)


_PLAIN_YES_RE = re.compile(r"\b(?:yes|yep|yeah|yup|keep|fine\s+by\s+me|that'?s\s+fine|go\s+ahead)\b", re.I)


def takes_back_consent(text: str) -> bool:
    """ "wait, i didn't say yes", "I changed my mind, don't keep my details": a yes to keeping their details taken
    back, said while the contact questions follow it."""
    return bool(_TAKEN_BACK_RE.search(without_fillers(text)))


_TAKEN_BACK_RE = re.compile(
    r"\b(?:didn'?t|didnt|did\s+not|never)\s+(?:say\s+(?:yes|ok(?:ay)?|you\s+could)|said\s+yes|agreed?|consent(?:ed)?|"
    r"give\s+(?:you\s+)?(?:my\s+)?(?:consent|permission))\b|"
    r"\b(?:i\s+)?(?:don'?t|do\s+not|dont)\s+(?:agree|consent)\b|"
    r"\bchanged\s+my\s+mind\b(?!\s+about\s+(?!(?:that|it|this|keeping|saving|my\s+(?:details|info|data))))|"
    r"\b(?:take|taking)\s+(?:it|that|my\s+yes)\s+back\b|\b(?:withdraw|revoke)\w*\s+(?:my\s+)?(?:consent|yes)\b|"
    r"\b(?:don'?t|do\s+not|dont|rather\s+you\s+didn'?t)\s+(?:keep|save|store)\s+(?:my|any|anything)\b",
    re.I,
)


def consent_in(text: str) -> bool | None:
    """A typed yes or no to the consent question; None when it is neither."""
    text = without_fillers(text)
    if _NO_RE.search(text):
        return False
    if _GOODBYE_RE.search(text) and not _PLAIN_YES_RE.search(text):
        return None  # "ok thanks bye": leaving ("yes you can keep them, bye" is still a yes)
    if _YES_RE.search(text):
        return True
    return None


# words of a reply, never of a name: "not now", "i dont know", "maybe later" (the web app has no scikit-learn)
_REPLY_WORDS = frozenset(
    (
        "i",
        "me",
        "my",
        "we",
        "you",
        "it",
        "is",
        "are",
        "was",
        "be",
        "do",
        "dont",
        "don't",
        "not",
        "no",
        "now",
        "later",
        "never",
        "maybe",
        "know",
        "idk",
        "nah",
        "yeah",
        "yep",
        "nope",
        "ok",
        "okay",
        "sure",
        "thanks",
        "thx",
        "pls",
        "please",
        "why",
        "what",
        "who",
        "how",
        "when",
        "where",
        "which",
        "the",
        "a",
        "an",
        "to",
        "for",
        "of",
        "and",
        "or",
        "but",
        "so",
        "just",
        "yes",
        "go",
        "ahead",
        "fine",
        "whatever",
        "rather",
        "sorry",
        "hmm",
        "wait",
    )
)


_INTRODUCING_RE = re.compile(r"^\W*(?:(?:it'?s|i'?m|im|my\s+name\s+is|this\s+is)\s+)?", re.I)


def details_offered(text: str) -> dict[str, str]:
    """ "dana@brightlabs.co" or "dana kim" typed to "may I keep your name and email?": the details themselves, which
    say yes (an email was read as a no, and the lead lost). A plain name counts only when it is all they typed."""
    email = _email_in(text)
    if email:
        # "Dolores Reyes, dreyes@lincolnusd.org": the name said beside it, when the words around it are one
        beside = _INTRODUCING_RE.sub("", text[: email.start()])
        beside = without_fillers(beside).strip(" .,;:!-–(") if not text[email.end() :].strip(" .,;:!)") else ""
        name = check_person_name(beside) if 1 <= len(beside.split()) <= 3 else None
        if name is not None and name.ok and not {w.lower() for w in beside.split()} & _REPLY_WORDS:
            return {"email": email.group(0), "person_name": str(name.value)}
        return {"email": email.group(0)}
    plain = without_fillers(text).strip(" .,!")
    words = plain.split()
    if not 1 < len(words) <= 3 or {word.lower() for word in words} & _REPLY_WORDS or consent_in(plain) is not None:
        return {}
    name = check_person_name(plain)
    return {"person_name": name.value} if name.ok else {}


def guess_question(slot: str, value: Any) -> str:
    """ "About 25 people, right?": the best guess put back to the visitor once."""
    phrase = describe(slot, value)
    return say("asking.confirm_guess", guess=f"{phrase[:1].upper()}{phrase[1:]}")
