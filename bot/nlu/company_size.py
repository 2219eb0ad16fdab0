"""Company size (number of employees) from what visitors say.

"about 200 employees" -> 200, "team of 15" -> 15, "5,000 people" -> 5000, "a 300-person bank"
-> 300, "just me" -> 1, "between 50 and 100 staff" -> 75. Zero, negative and absurd sizes are
not returned.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Protocol

from bot.nlu.budget import CURRENCY_WORDS
from bot.nlu.numbers import MULTIPLIER_SUFFIXES, RewrittenText, SpanCollector, parse_digits, words_to_number
from bot.nlu.types import Found

MAX_EMPLOYEES = 3_000_000

_NUM = (
    # never the "3" of "3,000": a figure is whole, so what a lookahead rules out after it is not retried on a part
    r"(?<![\w.\-])(?P<num>\d{1,3}(?:[ ,]\d{3})+|\d+(?:\.\d+)?)(?![.,]?\d)"
    r"(?:\s?(?P<mult>k|thousand|hundred|m|million))?(?:\s*\+|-?ish\b|\s+or\s+so\b|\s+odd\b)?"
)
_RANGE = (
    r"(?:(?:between|from)\s+)?(?:(?<![\w.\-])(?P<low>\d{1,3}(?:[ ,]\d{3})+|\d+)(?:\s?(?P<lowmult>k|thousand|"
    r"hundred))?\s*(?:-|–|to|and|or|a|y)\s*)?" + _NUM.replace(r"(?<![\w.\-])", r"(?<![\w.])(?<!(?<!\d)-)")
)
_PEOPLE = (
    r"(?:full[\s-]?time\s+|fte\s+|total\s+)?(?:employees?|employes|emplyees?|empoyees?|employess|emps?|empl|people|ppl|persons?|staff(?:ers)?|folks|"
    r"heads|headcount|ftes?|workers|team\s*members|members\s+of\s+staff|colleagues|souls|humans|"
    r"(?:full|part)[\s-]?tim(?:ers?|e)\b(?!\s+(?:job|role|position|basis))|"
    r"engineers|developers|devs|agents|reps|nurses|doctors|teachers|lawyers|associates|"
    r"(?:company|org)[\s-]?wide|globally|worldwide|across\s+the\s+(?:company|org|business))"
)
AFTER_RE = re.compile(rf"{_RANGE}\s*(?:-\s*)?{_PEOPLE}\b", re.IGNORECASE)
HYPHEN_RE = re.compile(
    rf"{_NUM}\s*-?\s*(?:person|people|man|employee|strong|seat)\b(?!\s*(?:budget|plan|licen[cs]e|pack|bundle|package|tier|"
    r"option|deal|version|edition|minimum|limit|cap))",
    re.IGNORECASE,
)
BEFORE_RE = re.compile(
    r"\b(?:team\s+of|staff\s+of|headcount\s+(?:of|is|=|:)?|(?:company|shop|firm|outfit|agency|practice|business|startup|studio|house|operation|consultancy|org)\s+of|"
    # "we're a nonprofit of 30": what the business is, then its head count (not "a chain of 30 stores")
    r"we(?:'re|\s+are)\s+(?:a|an)\s+(?!(?:chain|network|group|portfolio|family|collection|couple|lot|bunch|fleet|team|company|shop|firm|outfit|agency|"
    r"practice|business|startup|studio|house|operation|consultancy|org|crew|mob)\b)[\w-]+\s+of"
    r"(?=\s+(?:about\s+|around\s+|like\s+|~\s*)?\d[\d,]*\s*(?:$|[,.;!?)]|(?:and|but|so|people|persons|folks|employees|staff|"
    r"ppl|heads|fte)\b))|"
    r"group\s+of|crew\s+of|mob\s+of|bunch\s+of\s+us,?|(?<=\ba\s)(?:crowd|bunch|gang|lot|tribe|squad)\s+of|(?:company|org|organi[sz]ation|business|firm)\s+(?:is|has)|"
    # "the company? 85.": the question asked of oneself, then answered
    r"(?:the\s+)?company\s*\?+|"
    # the team as a whole, not a department's: "the team is only 11", "our whole team is about 30"
    r"(?<!\w\s)(?<!\w)(?:the|our|my)\s+(?:whole\s+|entire\s+|core\s+)?team\s+(?:is|=)(?:\s+(?:only|just|like))?|"
    # "…, team is 35": the team named at a clause's start, its article dropped as people type
    r"(?:^|(?<=[,;:.]\s)|(?<=[,;:.]))\s*(?:whole\s+|entire\s+)?team\s+(?:is|=)(?:\s+(?:only|just|like))?|"
    r"employ(?:s|ing)?|we\s+are|we'?re|we\s+have|there\s+are|about|around|size\s*(?:is|:|of)?|"
    r"company\s+size\s*(?:is|:)?|employees?\s*(?:is|:|=)?|"
    r"staff\s*(?:is|:)?)\s+(?:roughly\s+|about\s+|around\s+|approx\w*\s+|nearly\s+|almost\s+|over\s+|under\s+|like\s+|~\s*)?"
    rf"{_RANGE}\b(?!\s*(?:k\b|%|percent|dollars|usd|bucks|\$|€|£|years?|months?|weeks?|days?|per|a\s+(?:month|year)|/|grand|million|euros?|pounds?|customers|clients|users))",
    re.IGNORECASE,
)
# "deal size", "basket size": a size of something other than the team ("team size", "our size" count)
_SIZE_OF_A_THING_RE = re.compile(
    r"\b(?!(?:team|company|org|organi[sz]ation|staff|business|firm|headcount|workforce|employee|crew|our|my|the|its|"
    r"their|your|and|in|of|what|a)\b)[a-z]+\s+$",
    re.IGNORECASE,
)
# what may follow "we're N" for N to be the head count said and done ("we're 9 and budget is 0")
_SAID_AND_DONE_RE = re.compile(
    r"\s*(?:[,.;!?)]|$|and\b|now\b|in\s+total\b|total\b|all\s+in\b|or\s+so\b|give\s+or\s+take\b|"
    r"-?ish\b|at\s+(?:the\s+)?moment\b|right\s+now\b|today\b|currently\b|\+|altogether\b|all\s+told\b|overall\b|"
    r"(?:company|org)[\s-]?wide\b|globally\b|worldwide\b|across\s+(?:the\s+)?(?:company|group|board|org|business)\b|"
    # "we're roughly 400 across EMEA and NA", "we're 60 across three offices": everyone, wherever they sit
    r"across\s+(?:\w+\s+){0,3}?(?:and|&)\s+\w+\b|across\s+(?:\w+\s+)?(?:offices|sites|locations|countries|regions|continents)\b|"
    r"on\s+(?:the\s+)?(?:payroll|books|team|staff)\b|in\s+the\s+team\b|(?:for|in|at)\s+(?:the\s+)?office\b|"
    # "we're ~200 at a payments company", "we're 40 in a family firm", "on est une vingtaine dans la boîte":
    # the people at the business
    r"(?:at|in)\s+(?:a|an|one|the|our|this)\s+(?:[\w-]+\s+){0,3}?"
    r"(?:company|business|firm|shop|startup|agency|practice|outfit|org|organi[sz]ation)\b)",
    re.IGNORECASE,
)
# "team of 8 plus me": the visitor counts too
_FULL_AND_PART_RE = re.compile(
    r"(?<![\w.,$€£-])(?P<full>\d{1,5})\s+(?:of\s+us\s+|people\s+|staff\s+)?full[\s-]?tim(?:e|ers?)\b[^.;!?\d]{0,25}?"
    r"(?:and|plus|\+|&|,)\s*(?:another\s+)?(?P<part>\d{1,5})\s+(?:more\s+)?part[\s-]?tim(?:e|ers?)\b",
    re.I,
)
# ("22 people incl. me" has counted the visitor already)
_PLUS_ME_RE = re.compile(
    r"\s*,?\s*(?:plus|\+|and|&)\s+(?:me|myself|the\s+(?:owner|boss|founder)|my\s+(?:business\s+)?partner|"
    # "a team of 6 plus the two owners": the owners are people there too
    r"(?:the|our|my)\s+(?P<more>two|2|three|3|four|4)\s+(?:owners|founders|co-?founders|partners|bosses|directors))\b",
    re.IGNORECASE,
)
SOLO_RE = re.compile(
    r"\b(?:just\s+me|only\s+me|it'?s\s+me(?!\s*[,.;-]?\s*(?:i\s+(?:own|run|decide|sign)|i'?m\s+the|the\s+owner)|\s+(?:and|&|\+)\s+my\s+[\w-]+\s+(?:who|that)\s+(?:decide|sign|choose|make|approve))|(?<!\byo\s)(?<!\bio\s)(?<!\beu\s)solo(?:preneur)?(?!\s+(?:recomiendo|recomendo|estoy|"
    r"quiero|busco|sto|voglio|raccomando))|one[\s-]?(?:man|woman|person)\s+(?:band|show|shop|business|company)|"
    r"sole\s+(?:trader|proprietor)|(?:work|run\s+it|do\s+it\s+all|i'?m|it'?s\s+just\s+me)\s+(?:by\s+myself|on\s+my\s+own)|(?:i'?m|i\s+am)\s+(?:a\s+)?freelancer|freelancer\s+here|"
    # "solo bookkeeper here", "freelance translator" (a freelance journalist writing about us is an outsider)
    r"(?:solo|freelance)(?=\s+(?!(?:use|project|work|journalist|reporter|writer|blogger)\b)[a-z]+(?:er|or|ist|ant|ian|ent)\b)|"
    r"i\s+work\s+alone|(?:i'?m|im|i\s+am)\s+(?:now\s+)?(?:freelancing|self[\s-]employed)|my\s+own\s+boss|"
    r"^\W*(?:a\s+|just\s+a\s+)?freelancer(?=\W*$))\b",
    re.IGNORECASE,
)
# "12 of us", "a dozen or so of us", "30-ish of us": a hedge may stand between the number and "of us"
# "a 150 member textile company": members of a business are its people
MEMBER_RE = re.compile(
    rf"\ba\s+{_RANGE}[\s-]+members?\s+(?:[\w-]+\s+){{0,2}}(?:company|firm|team|organi[sz]ation|business|enterprise)\b",
    re.IGNORECASE,
)
# "we are 50 members in our company", "we're 30 members, any discount?": the members they say they are
WE_ARE_MEMBERS_RE = re.compile(
    rf"\b(?:we'?re|we\s+are)(?:\s+(?:about|around|like|roughly))?\s+{_RANGE}\s+members\b"
    r"(?=\s+(?:in|at|of)\s+(?:our|the)\s+(?:company|firm|team|organi[sz]ation|business)\b|\s*[,.!;?]|\s*$)",
    re.IGNORECASE,
)
OF_US_RE = re.compile(rf"{_RANGE}(?:\s+or\s+so|\s*-?ish|\s+give\s+or\s+take)?\s+of\s+us\b", re.IGNORECASE)
# "just me and two others", "me plus 4 colleagues": the visitor counts too.
ME_AND_RE = re.compile(
    r"\b(?:me|myself)\s+(?:and|plus|\+|&)\s+(?P<num>\d+)\s+(?:others?|more|people|colleagues|co-?workers|employees|staff|"
    r"guys|partners|co-?founders|teammates|folks)\b|"
    # "just me and 2 baristas": after "just me and", any plural counted is people, known to WordNet or not
    r"\bjust\s+(?:me|myself)\s+(?:and|plus|\+|&)\s+(?P<num2>\d+)\s+(?:part[\s-]time\s+|full[\s-]time\s+)?"
    r"(?!(?:locations|sites|stores|shops|offices|clients|customers|users|seats|trucks|vans|dogs|cats|kids)\b)[a-z-]+s\b|"
    # the count alone: "me + 3", "me and 4"
    r"\b(?:me|myself)\s*(?:and|plus|\+|&)\s*(?P<alone>\d+)(?=\s*(?:[.!?,;)]|$))",
    re.IGNORECASE,
)
_PARTNER = r"(?:co-?founder|(?:business\s+)?partner|wife|husband|brother|sister|friend|dad|mum|mom)"
# two named as who decides are no team size: "me and my partner decide together", "a decision between me and my
# cofounder"
_DECIDING = (
    r"decide|sign|choose|pick|make\s+(?:the|these|those|all|such|this|that|our|decisions|calls?)|call\s+the\s+shots|"
    r"approve|agree"
)
# two who own, founded or built it are its owners, not a head count: "me and my cofounder built it"
_FOUNDED = r"own|co-?own|founded|started|built|launched|created|bootstrapped"
_MAY = r"(?:(?:will|would|can)\s+)?"
# who look around ("me and my cofounder are checking this out"): who is looking, not how many there are
_LOOKING = (
    # "my wife and I run 3 dental clinics": who own several places, not how many work there
    r"(?:(?:run|own|operate|manage)\s+(?:\d+|two|three|four|five|several|a\s+few|multiple)\s+(?:[a-z-]+\s+)?[a-z-]+s\b|"
    r"(?:(?:are|were|will\s+be|have\s+been)\s+)?(?:just\s+|only\s+)?(?:looking|checking|talking|chatting|discussing|evaluat\w*|compar\w*|research\w*|explor\w*|"
    r"trying|testing|shopping|browsing|consider\w*|thinking|arguing|debating|bickering|fighting|wondering|joking|laughing))"
)
_KIN = (
    r"(?:wife|husband|spouse|partner|brother|sister|dad|father|mom|mum|mother|son|daughter|cousin|uncle|aunt|nephew|"
    r"niece|kid|child|co-?founder|business\s+partner|friend|apprentice|helper|assistant)"
)
# "me, my brother and our mom", "just me and my two sons", "my wife and I": a family business counted by who is in it
FAMILY_RE = re.compile(
    # ("gathering info for my uncle, I won't be involved": the one they gather it for, not who is in it)
    rf"(?<!\bfor\s)(?<!\bto\s)(?<!\bfrom\s)\b(?:(?:just\s+)?(?:me|myself)|(?:my|our)\s+(?:(?:\d|two|three|four)\s+)?{_KIN}s?)"
    rf"(?:\s*(?:,|and|&|\+|plus)\s*(?:(?:my|our)\s+(?:(?:\d|two|three|four)\s+)?{_KIN}s?\b|(?:me|myself|i)\b)){{1,4}}"
    rf"(?!,?\s+(?:we\s+|both\s+|who\s+|that\s+)?{_MAY}(?:{_FOUNDED}|{_DECIDING})\b|\s+{_LOOKING}\b)",
    re.IGNORECASE,
)
_FAMILY_MEMBER_RE = re.compile(rf"\b(?:(?P<n>\d|two|three|four)\s+)?{_KIN}s?\b|\b(?:me|myself|i)\b", re.IGNORECASE)
# who own or run it, named after saying so: "we co-own it, me and my brother"
_OWNERS_NAMED_BEFORE_RE = re.compile(
    r"\b(?:co-?own|own|run|founded|started|built)\s+(?:it|this|the\s+(?:business|company|place|shop|firm))\s*[,:-]\s*$"
    # who decides, named: "the decision: me and my business partner" (in Turkish too)
    r"|\b(?:decision|decides?|call|say|sign[\s-]?off|karar)\b\W{0,3}(?:is\s+|lies\s+with\s+|rests\s+with\s+)?$",
    re.I,
)
# "me and my cofounder", "me + cofounder", "my wife and me": two, unless they are who own it beside a
# count of staff ("35 ppl, me and my brother own it")
PAIR_RE = re.compile(
    rf"(?<!between\s)\b(?:(?:me|myself)\s*(?:and|\+|&|plus)\s*(?:my\s+)?{_PARTNER}|(?:my\s+){_PARTNER}\s+and\s+(?:me|i|myself)|"
    rf"two\s+of\s+us|the\s+2\s+of\s+us|2\s+co-?founders)\b"
    rf"(?!,?\s+(?:we\s+|both\s+|who\s+|that\s+)?{_MAY}(?:{_FOUNDED}|run|manage|{_DECIDING})\b|\s+{_LOOKING}\b)",
    re.IGNORECASE,
)
# "headcount's 87", "18 on payroll", "we just hired our 9th employee": the count by another name
# "staff count: 72", "headcount sits somewhere around 220-240": the count named, then said
COUNT_NAMED_RE = re.compile(
    r"\b(?:head\s*-?count|staff\s*count|employee\s+count|team\s+size|company\s+size|team(?=['’]s\s|\s*:)|"
    r"number\s+of\s+(?:employees|staff|"
    # "company's like 400 tho", "actual employees are 11", "the whole company is ~300"
    r"people)|(?:the\s+(?:whole|entire)\s+)?company(?='s|\s+is)|(?:actual\s+|real\s+|our\s+)employees(?=\s+are)|"
    # "the 50 I mentioned was customers, employees are 12": the count named after a comma
    r"(?<=,\s)employees(?=\s+are))"
    r"(?:'s|\s+is|\s+are|\s+of|\s+at|\s*[:=]|\s+sits|\s+somewhere|\s+around|\s+about|\s+roughly|\s+like|\s+~)*\s*"
    + _RANGE
    + r"(?![\d%$€£])",
    re.IGNORECASE,
)
HEADCOUNT_RE = re.compile(
    r"(?P<b>\d[\d,]*)\s+(?:people\s+|staff\s+|folks\s+)?on\s+(?:the\s+|our\s+)?payroll\b|"
    # "headcount was 340 as of last month": the latest count, said in the past
    r"\bhead\s*count\s+(?:just\s+|recently\s+|finally\s+|now\s+)?(?:was|stood\s+at|hit|reached|crossed|passed|topped|"
    r"broke|cleared|is\s+at|is\s+now(?:\s+at)?|'s\s+now)\s+(?:about\s+|around\s+|~\s*)?(?P<d>\d[\d,]*)\b|"
    # "change the team size to 25", "update headcount to 40": the count corrected by its name
    r"\b(?:change|update|set|correct|fix|edit|put|make)\s+(?:the\s+|my\s+|our\s+)?(?:team\s+size|company\s+size|"
    r"head\s*-?count|staff\s+count|employee\s+count|number\s+of\s+(?:employees|people|staff))\s+(?:to|as|=|:)\s*"
    r"(?:about\s+|around\s+|~\s*)?(?P<i>\d[\d,]*)\b(?!\s*(?:%|percent|k\b))|"
    # "40 in engineering, 60 overall": the total, after a part
    r"(?<![\w$€£.,-])(?P<e>\d{1,3}(?:,\d{3})*|\d+)\s+(?:people\s+|staff\s+|employees\s+)?(?:overall|altogether|all\s+told|"
    r"in\s+total|total)\b(?!\s+(?:budget|spend|cost|price|revenue|users|customers|per\b|a\s+(?:month|year)))|"
    # "6 including me", "22 incl. me": the visitor counted already
    r"(?<![\w$€£.,-])(?P<f>\d{1,5})\s+(?:people\s+|of\s+us\s+)?(?:including|incl\.?|counting)\s+(?:me|myself)\b|"
    # "we've grown to 110 since summer": the head count now
    r"\b(?:grown|grew|expanded|scaled)\s+to\s+(?:about\s+|around\s+|~\s*)?(?P<g>\d[\d,]*)\b"
    r"(?!\s*(?:%|percent|k\b|x\b|times|customers|clients|users|locations|stores|countries|markets|sites|offices))|"
    # "actually we're 50 not 30": a count set against another
    r"\b(?:we'?re|we\s+are)\s+(?:actually\s+|really\s+)?(?P<h>\d[\d,]*)\s*,?\s+(?:not|rather\s+than|instead\s+of)\s+\d[\d,]*\b|"
    r"\b(?:hired|onboarded|welcomed|brought\s+on)\s+our\s+(?P<c>\d+)(?:st|nd|rd|th)\s+(?:employee|hire|person|"
    r"team\s+member|staffer|teammate)\b",
    re.IGNORECASE,
)
BARE_RE = re.compile(
    rf"^\s*(?:about|around|roughly|approx\w*|~|maybe|like|nearly|almost|over)?\s*{_RANGE}\s*[.!]*\s*$", re.IGNORECASE
)


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
        if _GROWING_FROM_RE.search(match.string[: match.start("low")]):
            return (
                low  # "growing from 40 to 65 people this year": the team is 40 today ("we grew from" is now the second)
            )
        return (low + high) / 2
    return high


_GROWING_FROM_RE = re.compile(
    r"\b(?:growing|going|scaling|expanding|(?:will|to|gonna|'ll)\s+(?:grow|scale|expand|go))\s+(?:\w+\s+){0,2}?from\s*$",
    re.I,
)


_LABEL_BEFORE_RE = re.compile(r"\b(?:soc|type|iso|tier|level|version|phase|series|class|grade|pci)\s*[-.]?\s*$", re.I)


def _a_decimal_figure(said: str, value: float) -> bool:
    """ "4.8 stars", "version 2.5": a figure with decimals counts no people (a range's midpoint may be a half)."""
    return value != int(value) and re.search(r"\d[.,]\d(?!\d\d)", said) is not None


def find_company_sizes(text: str, *, whole_answer: bool = False, people: PeopleWords | None = None) -> list[Found]:
    """Employee counts stated in `text`; a bare number counts only when it is the whole answer.
    `people` says which words name people working somewhere (bot/nlu/wordnet_words.py): then
    "25 attorneys and 15 support staff" is 40 whatever the occupations."""
    rewritten = RewrittenText(text)
    work = rewritten.text
    found = SpanCollector(rewritten, "company_size")
    by_places: list[tuple[int, int, float]] = []
    if people is not None:
        counted, by_places = head_counts(work, people)
        for start, end, value in [*teams_times_units(work, people), *counted]:
            if (
                1 <= value <= MAX_EMPLOYEES
                and not _beside_the_team(work, start)
                and not _not_the_team(work, start, end)
                and not _a_decimal_figure(work[start:end], value)
                and not _LABEL_BEFORE_RE.search(work[max(0, start - 12) : start])
            ):
                found.add(start, end, round(value), {"people": True})  # the words name who works there
    for match in _FULL_AND_PART_RE.finditer(work):  # "1 full time and 2 part time" is 3 people
        found.add(match.start(), match.end(), int(match.group("full")) + int(match.group("part")))
    corrected = _SAID_NOT_THAT_RE.match(work)
    # "no, not 50 people, 15", "15 not 50": the figure they say it is, not the one denied; said of "we", in any message
    if corrected and (whole_answer or corrected.group("we")):
        group = "is" if corrected.group("is") else "is2"
        said = parse_digits(corrected.group(group))
        if said is not None and 1 <= said <= MAX_EMPLOYEES:
            found.add(corrected.start(group), corrected.end(group), round(said))
            return found.in_order()
    if whole_answer and (_EACH_RE.search(work) or _GROWTH_RE.search(work)):
        guess = _size_in_reply(work)  # "3 sites, about 20 at each" is 60, not "about 20"
        if guess is not None and 1 <= guess[2] <= MAX_EMPLOYEES:
            found.add(guess[0], guess[1], round(guess[2]), {"guess": True})
            return found.in_order()

    def add(start: int, end: int, value: float | None) -> None:
        if _not_the_team(work, start, end):
            return  # "we had 3 people quit last month", "if we had 500 employees": not the team they have
        if value is not None and _a_decimal_figure(work[start:end], value):
            return
        if _LABEL_BEFORE_RE.search(work[max(0, start - 12) : start]):
            return  # "soc 2 type 2", "tier 3", "version 4": a label's number, not people
        if value is not None and 1 <= value <= MAX_EMPLOYEES and not _beside_the_team(work, start):
            found.add(start, end, round(value))

    for match in ME_AND_RE.finditer(work):  # before "3 colleagues" alone is read as the size
        group = next(name for name in ("num", "num2", "alone") if match.group(name))
        if not _beside_the_team(work, match.start(group)):  # "me and 2 other VPs decide": who decides
            add(match.start(), match.end(), float(match.group(group)) + 1)
    for pattern in (AFTER_RE, HYPHEN_RE, OF_US_RE, MEMBER_RE, WE_ARE_MEMBERS_RE):
        for match in pattern.finditer(work):
            said = _value(match)
            end, more = _over_places(work, match.end()) if pattern is AFTER_RE else (match.end(), 0.0)
            add(match.start(), end, None if said is None else said + more)
    for match in BEFORE_RE.finditer(work):
        lead = match.group(0).lower()
        if lead.startswith("size") and _SIZE_OF_A_THING_RE.search(work[max(0, match.start() - 24) : match.start()]):
            continue  # "our avg deal size is 40k", "order size is 200": the size of something else
        if _NOT_STAFF_RE.match(work, match.end()):
            continue  # "we have 80 locations", "we have 3000 customers": things counted, not people
        if (
            lead.startswith(("about", "around", "we are", "we're", "were", "we have", "there are"))
            and not whole_answer
            and not (lead.startswith(("we are", "we're")) and _SAID_AND_DONE_RE.match(work, match.end()))
        ):
            # "about 200" alone is not a size unless it answers the question; "we're 25, an accounting firm" is
            continue
        add(match.start(), match.end(), _value(match))
    for start, end, value in by_places:
        add(start, end, value)
    family = _family(work)
    for match in SOLO_RE.finditer(work):
        if family is None or not (
            match.start() < family[1] and family[0] < match.end()
        ):  # "it's me, my sister and my dad": 3
            add(match.start(), match.end(), 1)
    for match in PAIR_RE.finditer(work):
        if not _OWNERS_NAMED_BEFORE_RE.search(work[: match.start()]):
            add(match.start(), match.end(), 2)
    for match in HEADCOUNT_RE.finditer(work):
        figure = next(group for group in match.group("b", "c", "d", "e", "f", "g", "h", "i") if group)
        add(match.start(), match.end(), parse_digits(figure))
    for match in COUNT_NAMED_RE.finditer(work):
        add(match.start(), match.end(), _value(match))
    if whole_answer and not found.found:
        bare = BARE_RE.match(work)
        if bare:
            add(bare.start(), bare.end(), _value(bare))
        scale = _SCALE_ALONE_RE.match(work)
        if scale and not bare:  # "hundred-ish", "a thousand or so": a round figure, put back as a best guess
            found.add(scale.start(), scale.end(), 100 if scale.group(1).lower() == "hundred" else 1000, {"guess": True})
    if whole_answer and not found.found:
        guess = _size_in_reply(work)
        if (
            guess is not None
            and 1 <= guess[2] <= MAX_EMPLOYEES
            and not _a_decimal_figure(work, guess[2])
            and not _LABEL_BEFORE_RE.search(work[max(0, guess[0] - 12) : guess[0]])
        ):
            found.add(guess[0], guess[1], round(guess[2]), {"guess": True})  # a best guess: the visitor confirms it
    if not found.found and family is not None:
        add(*family)
    today = _then_and_now(work)
    if today is not None:
        return [Found("company_size", round(today[2]), today[0], today[1])]
    # "team of 7 rn, hiring 2 more in january", "we hire 20 seasonal workers every summer": the hires
    # to come or of a season are not the team, even said alone; nor the people a correction adds back
    sizes = [
        size
        for size in found.in_order()
        if not _beside_the_team(text, size.start) and not _DECIDERS_AFTER_RE.match(rewritten.original, size.end)
    ]
    whole = [
        size
        for size in sizes
        if not _DEPARTMENT_AFTER_RE.match(rewritten.original, size.end)
        and not _USERS_AFTER_RE.match(rewritten.original, size.end)
        and not _MY_TEAM_RE.match(rewritten.original, size.start)  # "the company? 85. my team is 6"
    ]
    if whole and len(whole) < len(sizes):
        sizes = whole  # "we employ 1,200 people, though only our 30-person support team would use this"
    return _as_corrected(text, [_plus_me(rewritten, size) for size in sizes])


_SCALE_ALONE_RE = re.compile(
    r"^\W*(?:about|around|like|roughly|maybe|~)?\s*(?:a\s+|one\s+)?(hundred|thousand)(?:\s*-?\s*ish|\s+or\s+so)?\W*$",
    re.I,
)
_MY_TEAM_RE = re.compile(r"my\s+(?:own\s+)?team\b", re.I)
# "me and three other partners decide": the people counted are who decides, not the staff
_DECIDERS_AFTER_RE = re.compile(rf"\s+(?:all\s+|both\s+|jointly\s+)?(?:{_DECIDING})(?:s|d)?\b", re.I)
_TO_HIRE_BEFORE_RE = re.compile(
    r"\b(?:hiring|to\s+hire|will\s+hire|hire|adding|to\s+add|recruiting|recruit|bringing\s+on|bring\s+on|taking\s+on|"
    r"take\s+on|onboarding|open\s+roles?\s+for|hired|onboarded|laid\s+off|let\s+go\s+of)\s+"
    r"(?:another\s+|about\s+|around\s+|maybe\s+|like\s+|up\s+to\s+|roughly\s+|~\s*)?$"
    # "forgot the three new guys", "didn't count the 2 interns": the people a figure leaves out
    r"|\b(?:(?:forgot|forgotten|forgetting)(?:\s+to\s+(?:count|add|include|mention))?|didn'?t\s+count|did\s+not\s+count|left\s+out|missed|not\s+counting|excluding|"
    r"except(?:\s+for)?|without)\s+(?:about\s+)?(?:the\s+|our\s+|my\s+)?$"
    # "8, soon 10": a count still to come
    r"|\b(?:soon|eventually|hopefully)\s+(?:to\s+be\s+|we'?ll\s+be\s+)?(?:about\s+|around\s+|~\s*)?$",
    re.IGNORECASE,
)


def _beside_the_team(text: str, start: int) -> bool:
    """The count at `start` is of people to be hired, left out of the team's figure, or of another group
    ("one of 5 people on the selection committee", "our member base is 2,000 people")."""
    before = text[max(0, start - 45) : start]
    if _TO_HIRE_BEFORE_RE.search(before) or _OTHER_GROUP_BEFORE_RE.search(before):
        return True
    if re.match(r"team\s+of\b", text[start : start + 8], re.I) and (
        re.search(r"\bfor\s+my\s+(?:own\s+)?(?:\w+\s+)?$", before, re.I)
        or re.search(rf"\b(?:our|my|the)\s+(?:{_FUNCTIONS})\s+$", before, re.I)
    ):
        return True  # "i'm only asking for my team of 12", "our sales team of 12": a team within
    managed = _MANAGES_BEFORE_RE.search(before)
    if managed and (managed.group("team") or re.match(r"team\s+of\b", text[start : start + 8], re.I)):
        return True  # "I manage a team of 6": the visitor's own team, not the company
    return _OTHER_GROUP_AFTER_RE.match(text, start) is not None


_FUNCTIONS = (
    r"marketing|sales|support|customer\s+(?:success|service|support)|cs|it|ops|operations|engineering|dev|product|design|"
    r"finance|hr|legal|data|service|admin|security|growth|content|recruiting|procurement|accounting|research"
)
# a group inside a business or beside it, never the whole of it (a bare "team" can be the company: "our team is 11")
_GROUPS_WITHIN = (
    r"committee|board|panel|council|department|dept|division|(?:buying|evaluation|selection|procurement|review|"
    r"steering|project|study|working|research|class)\s+(?:team|group|squad)"
)
_MANAGES_BEFORE_RE = re.compile(
    r"\bi\s+(?:manage|lead|head(?:\s+up)?|supervise|oversee)\s+(?:a|the|my|our)\s+(?:\w+\s+)?"
    r"(?P<team>team\s+of\s+(?:about\s+|around\s+|~\s*)?)?$",
    re.I,
)
_OTHER_GROUP_BEFORE_RE = re.compile(
    r"\b(?:(?:member|customer|client|user|subscriber|fan|donor|patient|student)\s+base|community|audience|following|"
    r"mailing\s+list|newsletter)\s+(?:is|of|has|at)\s+(?:about\s+|around\s+|over\s+|~\s*)?$|\bone\s+of\s+(?:the\s+)?$|"
    r"\b(?:committee|board|panel|council|jury|working\s+group)\s+of\s+(?:about\s+|around\s+|~\s*)?$"
    # "I'm on the evaluation committee, there are five of us"
    r"|\b(?:licen[cs]es?|seats?|accounts?|logins?)\s+for\s+(?:about\s+|around\s+|our\s+|the\s+)?$"
    # "$29/user/month for our 12 support agents": the seats a per-seat price is for
    r"|(?:\bper\s*|/\s*)(?:seat|user|licen[cs]e|agent|rep)\b[^.;!?\d]{0,20}\bfor\s+(?:our\s+|the\s+|my\s+)?$"
    # "in our sales department we have 10": one department's count
    r"|\bin\s+(?:the|our|my)\s+(?:\w+\s+)?(?:department|dept|division)\s+(?:(?:we\s+)?(?:have|are|there\s+are)\s+)?"
    r"(?:about\s+|around\s+|~\s*)?$"
    # "we sell to companies with 500+ employees": the customers' size (their own business is one, not many)
    r"|\b(?:companies|businesses|firms|organi[sz]ations|orgs|enterprises|clients|customers|accounts|brands|teams)\s+"
    r"(?:(?:with|of|that\s+have|having)\s+)?(?:over\s+|below\s+|above\s+|more\s+than\s+|under\s+|less\s+than\s+|fewer\s+than\s+|up\s+to\s+|"
    r"about\s+|around\s+|at\s+least\s+|~\s*)?$"
    r"|\b(?:committee|panel|working\s+group|task\s*force)\b[^.;!?]{0,12}?\b(?:there\s+are|there['’]?s|we(?:'re|\s+are))\s+"
    r"(?:about\s+|around\s+|~\s*)?$"
    # "our marketing team is 6 people", "our support team has 14 agents": one function's team
    rf"|\b(?:our|my|the)\s+(?:{_FUNCTIONS})\s+(?:team|squad|crew|staff|department|dept)\s+(?:is|are|has|of|=)\s+(?:only\s+|"
    r"just\s+|about\s+|around\s+|~\s*)?$"
    # "the buying committee here is 5 people", "my department is 25", "my project group is 5 people"
    rf"|\b(?:{_GROUPS_WITHIN})(?:\s+(?:here|there|at\s+\w+))?\s+(?:is|are|has|=)\s+(?:only\s+|just\s+|about\s+|around\s+|"
    r"~\s*)?$",
    re.I,
)
_OTHER_GROUP_AFTER_RE = re.compile(
    r"[\d,.]+\s*k?\s*(?:people|persons|folks|members|of\s+us)?\s+(?:on|in|sitting\s+on)\s+(?:the|our|a|this)\s+(?:\w+\s+)?"
    r"(?:committee|board|panel|jury|council|working\s+group|task\s*force|(?:evaluation|selection|buying|procurement|"
    r"review|steering)\s+(?:team|group))\b"
    # "5 people will be evaluating the tool": the people who try it
    r"|[\d,.]+\s+(?:people|users|folks|of\s+us|colleagues)\s+(?:will|would|'ll|are\s+going\s+to|need\s+to)\s+(?:be\s+)?"
    r"(?:evaluat|test|tri|review|look|decid)\w*"
    # "about 10 people would use this": the users ("all 22 of us would use it" is everyone)
    r"|[\d,.]+\s+(?:people|users|folks|colleagues)\s+(?:will|would|'ll|'d|are\s+going\s+to|need\s+to)\s+(?:be\s+)?"
    r"(?:actually\s+|really\s+)?(?:us(?:e|ing)|access|log\s+in)\b"
    # "me and two other VPs decide together": who decides, not the staff
    rf"|[\d,.]+\s+(?:other\s+)?(?:[a-z-]+\s+)?(?:people|folks|colleagues|of\s+us|[a-z]+s)\s+(?:all\s+|both\s+|jointly\s+)?"
    rf"(?:{_DECIDING})(?:s|d)?\b"
    # "we'd have 12 agents on it", "40 of us in the department": the users, or one department
    r"|[\d,.]+\s*(?:[a-z]+\s+)?(?:agents|reps|users|people|seats|staff|folks|of\s+us)\s+(?:on|using)\s+(?:it|this|the\s+(?:tool|platform|app|"
    r"product))\b|[\d,.]+\s+of\s+us\s+in\s+(?:the|our|my)\s+(?:\w+\s+)?(?:department|dept|team|division|unit)\b"
    rf"|[\d,.]+\s+of\s+us\s+in\s+(?:{_FUNCTIONS})\b"
    # "a 4-person buying committee", "a 40-person marketing team inside a retail chain": a group within
    r"|[\d,.]+\s*k?[\s-]*(?:person|people|strong|member)\s+(?:[\w-]+\s+)?(?:committee|board|panel|jury|council|"
    rf"{_GROUPS_WITHIN}|(?:team|department|dept|unit)\s+(?:inside|within|in|at|of)\s+(?:a|an|the|our)\b)",
    re.I,
)


# The team then and now ("we were 40 back in january, now 55", "11 now, we were 8 last yr", "we went
# from 22 to 35 people this year", "8 last month, hired 3 more so 11 now"): the size is today's count,
# whatever else the message counts. Only a message that tells a count in the past is read this way.
_THEN_BEFORE_RE = re.compile(
    r"\b(?:we\s+were|there\s+were|were|was|used\s+to\s+be|had|started\s+(?:with|at|as)|(?:up|down)\s+from)\s+"
    r"(?:about\s+|around\s+|like\s+|only\s+|just\s+|~\s*)?$",
    re.I,
)
_THEN_AFTER_RE = re.compile(
    r"^\s*(?:\w+\s+){0,2}?(?:last\s+(?:year|yr|month|quarter|summer|spring|fall|winter)|back\s+in\b|"
    r"(?:a\s+|one\s+|\d+\s+)?(?:years?|yrs?|months?)\s+ago|in\s+(?:19|20)\d\d|before\b|at\s+the\s+start)",
    re.I,
)
_NOW_BEFORE_RE = re.compile(
    r"\b(?:now|today|currently|these\s+days|at\s+the\s+moment)\s*,?\s*(?:we(?:'re|\s+are|\s+have)\s+|it'?s\s+|at\s+)?"
    r"(?:about\s+|around\s+|like\s+|~\s*)?$|\bso\s+(?:we(?:'re|\s+are)\s+)?$"
    # "we were 90 but after the layoffs we're at 60"
    r"|\b(?:we'?re|we\s+are)\s+(?:now\s+)?(?:at|down\s+to|up\s+to)\s+(?:about\s+|around\s+|like\s+|~\s*)?$",
    re.I,
)
_LATER_AFTER_RE = re.compile(
    r"^\s*(?:\w+\s+)?(?:by\s+(?:the\s+)?(?:end|next|summer|spring|fall|autumn|winter|q[1-4]|jan|feb|mar|apr|may|jun|jul|"
    r"aug|sep|oct|nov|dec|\d)|next\s+(?:year|yr|month|quarter)|hopefully|soon|planned|projected|in\s+(?:a|\d+)\s+"
    r"(?:year|yr|month)s?)",
    re.I,
)
_NOW_AFTER_RE = re.compile(r"^\s*(?:\w+\s+)?(?:now|today|currently|atm|at\s+the\s+moment|as\s+of)\b", re.I)
# what a count in a story of growth may count besides the team: "3 customers last year, now 40"
# groups a business counts that are not its staff ("8 departments", "3 vendors")
_GROUPS_NOT_STAFF = r"departments?|divisions?|teams\b|business\s+units?|brands?|vendors?"
_NOT_STAFF_RE = re.compile(
    r"\s*(?:st|nd|rd|th)\b|\s*(?:\w+\s+)?(?:customers?|clients?|users?|subscribers?|accounts?|seats?|licen[cs]es?|"
    r"projects?|deals?|orders?|patients?|students?|properties|units?|trucks?|vehicles?|locations?|sites?|stores?|"
    r"shops?|offices?|countries|cities|products?|apps?|members?\s+(?:signed|joined)|branches|outlets?|venues?|"
    r"restaurants?|clinics?|hotels?|warehouses?|plants?|factories|franchises?|depots?|showrooms?|salons?|gyms?|"
    r"integrations?|tools?|plugins?|workflows?|templates?|dashboards?|reports?|features?|printers?|laptops?|computers?|"
    rf"{_GROUPS_NOT_STAFF})\b",
    re.I,
)
_GROWN_RE = re.compile(
    r"\b(?:went|gone|grew|grown|jumped|doubled|tripled|climbed|expanded|scaled|shrunk|shrank|up|down)\s+(?:up\s+|down\s+)?from\s+"
    r"(?:about\s+|around\s+|~\s*)?\d[\d,.]*k?\s+(?:\w+\s+)?to\s+(?:about\s+|around\s+|~\s*)?$",
    re.I,
)


def _then_and_now(text: str) -> tuple[int, int, float] | None:
    counts = _counts(
        text,  # "14 a year ago" is a count a year ago, "3 months" no count
        lambda rest: bool((_NOT_PEOPLE_RE.match(rest) and not _THEN_AFTER_RE.match(rest)) or _NOT_STAFF_RE.match(rest)),
    )
    if len(counts) < 2:
        return None
    before = [text[max(0, start - 40) : start] for start, _end, _value in counts]
    past = [
        bool(_THEN_BEFORE_RE.search(ahead) or _THEN_AFTER_RE.match(text[end:]))
        for ahead, (_start, end, _value) in zip(before, counts, strict=True)
    ]
    present = [
        bool(_NOW_BEFORE_RE.search(ahead) or _NOW_AFTER_RE.match(text[end:]) or _GROWN_RE.search(ahead))
        for ahead, (_start, end, _value) in zip(before, counts, strict=True)
    ]
    # "50 now, 80 by summer hopefully": a count still to come is a plan, not the team
    later = [bool(_LATER_AFTER_RE.match(text[end:])) for _start, end, _value in counts]
    if not any(past) and not any(_GROWN_RE.search(ahead) for ahead in before) and not (any(later) and any(present)):
        return None
    today = [
        count
        for count, was, now, planned in zip(counts, past, present, later, strict=True)
        if now and not was and not planned
    ]
    if not today and len(counts) == 2 and not any(later):
        # "roughly 25, used to be 30 before the layoffs": a count, then what it was before
        then = _THEN_BEFORE_RE.search(before[1])
        today = (
            [counts[0]] if then and not past[0] and then.group(0).lower().startswith(("used", "was", "were")) else []
        )
    if not today or not 1 <= today[-1][2] <= MAX_EMPLOYEES:
        return None
    return today[-1]


def _plus_me(rewritten: RewrittenText, size: Found) -> Found:
    after = _PLUS_ME_RE.match(rewritten.original, size.end)
    if after is None or (size.info.get("people") and not after.group("more")):
        return size  # head counts from occupations have counted the visitor already
    more = _count(after.group("more")) if after.group("more") else 1
    return Found(size.entity, size.value + more, size.start, after.end(), size.info)


def _count(said: str) -> int:
    """A small count said in digits or words ("2", "two"); one when it cannot be read."""
    return int(parse_digits(said) or words_to_number(said) or 1)


def _family(text: str) -> tuple[int, int, int] | None:
    """(start, end, people) of a family business said by who is in it; one of them is the visitor."""
    match = FAMILY_RE.search(text)
    if (
        match is None
        or not re.search(r"\b(?:me|myself|i)\b", match.group(0), re.I)
        or not re.search(_KIN, match.group(0), re.I)
        or re.search(r"\bbetween\s+$", text[: match.start()], re.I)  # "a joint decision between me and my cofounder"
        or _OWNERS_NAMED_BEFORE_RE.search(text[: match.start()])  # "we co-own it, me and my brother": who own it
    ):
        return None
    count = 0
    for member in _FAMILY_MEMBER_RE.finditer(match.group(0)):
        said = member.group("n")
        count += _count(said) if said else 1  # "my 2 sons", "my two sons"
    return (match.start(), match.end(), count) if count >= 2 else None


# In a reply to "how many people?", any head count the reply states is the size, however it is
# said ("like 25 guys incl the field crews", "30ish", "50, well 60 now", "3 sites, ~20 at each").
_COUNT_RE = re.compile(r"(?<![\w$€£.])(\d+(?:[.,]\d+)?)(\s*k\b|\s+(?:hundred|thousand)\b)?(?!(?!ish)[a-z\d])", re.I)
_SCALE_OF = {"k": 1000, "hundred": 100, "thousand": 1000}
_NOT_PEOPLE_RE = re.compile(
    r"^\s*(?:%|percent|\$|€|£|usd|eur|dollars?|bucks|mil\b|mill?ions?|mn\b|bn\b|billions?|grand\b|"
    r"a\s+(?:month|year)|per\s+(?:month|year|seat|user)|/|months?|years?|weeks?|days?|hours?|am\b|pm\b|"
    rf"{_GROUPS_NOT_STAFF})",
    re.I,
)
_EACH_RE = re.compile(r"\b(?:each|apiece|per\s+(?:site|location|office|store|branch|shop|clinic|team|plant))\b", re.I)
_GROWTH_RE = re.compile(r"\bfrom\s+(?:about\s+|around\s+|~)?\d", re.I)


def _counts(text: str, not_a_count: Callable[[str], bool]) -> list[tuple[int, int, float]]:
    """Every figure that could count people, skipping money ("$40") and what `not_a_count` sees after it."""
    counts = []
    for match in _COUNT_RE.finditer(text):
        if not_a_count(text[match.end() :]) or (match.start() > 0 and text[match.start() - 1] in "$€£"):
            continue
        scale = _SCALE_OF[match.group(2).strip().lower()] if match.group(2) else 1
        # "3.000" is three thousand, as most of Europe writes it (parse_digits)
        figure = parse_digits(match.group(1)) or float(match.group(1).replace(",", ""))
        counts.append((match.start(), match.end(), figure * scale))
    return counts


_RANGE_JOIN_RE = re.compile(r"\s*(-|–|to|and|or)\s*", re.I)


def _size_in_reply(text: str) -> tuple[int, int, float] | None:
    counts = _counts(text, lambda rest: bool(_NOT_PEOPLE_RE.match(rest)))
    if not counts:
        return None
    if len(counts) >= 2 and _EACH_RE.search(text):
        return counts[0][0], counts[1][1], counts[0][2] * counts[1][2]
    if _GROWTH_RE.search(text):
        return counts[0]  # "from 40 to about 65 by summer": the team today
    # "8, but hiring 4 more", "80 locations, not sure about headcount": hires to come and things counted
    # are not the team ("3 offices, 20 in each" was read above)
    counts = [
        count for count in counts if not _beside_the_team(text, count[0]) and not _NOT_STAFF_RE.match(text, count[1])
    ]
    if not counts:
        return None
    plausible = [count for count in counts if 1 <= count[2] <= MAX_EMPLOYEES] or counts
    if len(plausible) >= 2:  # "somewhere between 50 and 70", "40 or 50": a range, read at its middle
        low, high = plausible[-2], plausible[-1]
        joined = _RANGE_JOIN_RE.fullmatch(text[low[1] : high[0]])
        if joined and (joined.group(1) != "and" or re.search(r"\bbetween\s+$", text[max(0, low[0] - 12) : low[0]])):
            return low[0], high[1], (low[2] + high[2]) / 2
    return plausible[-1]  # "50, well 60 now": the last word wins; "30ish, and 0.5 of a budget" is 30


# "not 500 people, more like 50", "40 staff, well 45 now": the figure said last is the size;
_SAID_NOT_THAT_RE = re.compile(
    r"^\W*(?:(?:no|nope|nah|sorry|oops|wait)\b[\s,.!-]*)*(?:"
    # "we aren't 500, more like 50", "we are not 500 but 50"
    r"(?:(?P<we>(?:we'?re|we\s+are)\s+not|we\s+aren'?t)|it'?s\s+not|not)\s+(?:\d[\d,]*)(?:\s+(?:people|ppl|employees|staff|folks))?"
    # "not 500 like your form guessed, closer to 350": who said the wrong figure, said in passing
    r"(?:\s+(?:like|as)\s+[^,.;!?\d]{1,40}?)?"
    r"\s*(?:[,;:.!-]+\s*|(?=\s+(?:but|more\s+like|closer\s+to|rather)\b)\s*)(?:(?:it'?s|we'?re|more\s+like|actually|"
    r"just|only|about|around|but|closer\s+to|rather)\s+)*(?P<is>\d[\d,]*)"
    r"|(?P<is2>\d[\d,]*)(?:\s+(?:people|ppl|employees|staff|folks))?\s*,?\s*not\s+\d[\d,]*)"
    r"(?:\s+(?:people|ppl|employees|staff|folks))?\W*$",
    re.I,
)
# a size only denied ("we're not 500 people") is none.
_DENIED_BEFORE_RE = re.compile(r"\b(?:not|n't|no\s+longer|never)\s+(?:even\s+)?(?:about\s+|around\s+|quite\s+)?$", re.I)
_REPLACED_AFTER_RE = re.compile(
    r"^(?:\s*,?\s*(?:lol|lmao|haha|ha|tbh|honestly|though|tho)\b)*\s*[,;–—-]?\s*(?:well|actually|sorry|or\s+rather|"
    r"make\s+that|more\s+like|only|just|closer\s+to|rather|but|now|"
    r"like(?=\s+\d))\s*,?\s+"
    r"(?:about\s+|around\s+|roughly\s+|like\s+|~\s*)?(?P<num>\d[\d,]*|[a-z]+(?:[\s-][a-z]+){0,3}?)(?=-?ish\b|[^\w-]|$)",
    re.I,
)


def _as_corrected(text: str, found: list[Found]) -> list[Found]:
    kept = []
    for size in found:
        replaced = _REPLACED_AFTER_RE.match(text[size.end :])
        value = None
        if replaced:
            raw = replaced.group("num")
            value = parse_digits(raw) if raw[0].isdigit() else words_to_number(raw)
        if replaced and _NOT_STAFF_RE.match(text, size.end + replaced.end()):
            replaced = None  # "12 employees but 3000 customers": something else counted, not a correction
        if replaced and value is not None and 1 <= value <= MAX_EMPLOYEES:
            kept.append(Found(size.entity, round(value), size.start, size.end + replaced.end(), size.info))
        elif not _DENIED_BEFORE_RE.search(text[max(0, size.start - 24) : size.start]):
            kept.append(size)
    return kept


# A head count: a number, up to three words that qualify the people, then the people.
_HEAD_NUMBER_RE = re.compile(
    r"(?<![\w$€£.,-])(\d{1,3}(?:,\d{3})+|\d+(?:\.\d+)?)(?:\s?(k|thousand|hundred)\b)?(?:-?ish\b)?(?![\w%$€£])", re.I
)
_NEXT_WORD_RE = re.compile(r"\s*-?\s*([a-z][a-z'’]*)", re.I)
_QUALIFIERS = 3
# Words after which what follows is no longer the people counted ("40 licenses for our reps").
_BREAKS = frozenset(
    {
        "of",
        "for",
        "per",
        "in",
        "at",
        "on",
        "to",
        "from",
        "with",
        "who",
        "that",
        "which",
        "a",
        "an",
        "the",
        "each",
        "our",
        "my",
        "your",
        "their",
        "is",
        "are",
        "was",
        "were",
        "we",
        "i",
        "you",
        "they",
        "it",
        "but",
        "so",
        "or",
        "than",
        "by",
        "under",
        "over",
        "across",
        "about",
        "around",
        "since",
        "until",
        "this",
        "these",
        "those",
        "and",
        "plus",
        "bc",
        "because",
        "cuz",
        "if",
        "when",
        "as",
        "total",
        # a verb follows: "a demo on nov 2 would be great" counts nobody
        "would",
        "will",
        "be",
        "been",
        "can",
        "could",
        "should",
        "shall",
        "may",
        "might",
        "must",
        "do",
        "does",
        "did",
        "has",
        "have",
        "had",
    }
    # a length of time: "a 2-week pilot", "3 month trial" count no pilots or staff
    | {f"{unit}{plural}" for unit in ("day", "week", "month", "year", "hour", "minute") for plural in ("", "s")}
)
_NOT_A_COUNT_BEFORE_RE = re.compile(
    r"(?:\d\s*(?:-|–|to|and|or)\s*|\b(?:between|from|not|never|no|used\s+to\s+be|was|were)\s+|-|"
    # a day of a month: "on nov 2"
    r"\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?\s+|"
    r"\b(?:one|1)\s+of\s+(?:the|our|my)\s+)$",  # "I'm one of the two owners": who the visitor is, not the size
    re.I,
)
_JOINER = r"(?:,|and|plus|\+|&)"
# a size of one part of the company: "our 30-person support team", "a 12-strong sales department"
_DEPARTMENT_AFTER_RE = re.compile(
    r"\s+(?:[a-z&-]+\s+){1,2}?(?:team|department|dept|division|unit|org)\b(?!\s+(?:of|is|are|size|total))", re.I
)
# the people who would use the tool, beside the staff: "60 employees but only the 10 sales reps would use it"
_USERS_AFTER_RE = re.compile(
    r"[^.;!?\d]{0,24}?\b(?:would|will|'d|'ll|need\s+to|needs\s+to|are\s+going\s+to|gonna)\s+(?:actually\s+|really\s+)?"
    r"(?:use|need|access|log\s+in|be\s+using|be\s+on)\b"
    # "30 of them need it" (not "75 total, need it by next week": the visitor wants it)
    r"|[^.;!?\d,]{0,24}?\b(?:need|needs|use|uses|want|wants)\s+(?:this|it|the\s+(?:tool|platform|app|product))\b",
    re.I,
)
_THEN_PARTS_RE = re.compile(r"\s*,?\s*(?:plus|\+|and|&)\s+(?:another\s+|about\s+|~\s*)?\d", re.I)
_WE_ARE_BEFORE_RE = re.compile(
    r"\b(?:(?:we'?re|we\s+are)(?:\s+in)?|team\s+of|there\s+are|headcount\s+(?:is|of)|siamo\s+in|somos)\s+"
    r"(?:about\s+|around\s+|like\s+|roughly\s+|~\s*)?$",
    re.I,
)
# people named by how they are counted: "7 of us", "7 full time, 2 part time", "30 FT + 10 PT"
_OF_US_AFTER_RE = re.compile(
    r"\s+(?:of\s+us(?:\s+(?:full|part)[\s-]?time)?|full[\s-]?time(?:rs?)?|part[\s-]?time(?:rs?)?|ft|pt|ftes?)\b", re.I
)
# "80 guys on site + 10 in the office", "40 staff across two sites plus 15 contractors"
_WHERE = (
    r"(?:\s+(?:on|in|at|across|between)\s+(?:the\s+|our\s+|both\s+|all\s+|\w+\s+(?=sites|offices|locations))?[a-z-]+)?"
)
_CHAIN_RE = re.compile(
    rf"^{_WHERE}\s*,?\s*{_JOINER}?\s*(?:and\s+)?(?:the\s+)?(?:another\s+|about\s+|around\s+|roughly\s+|~)?$", re.I
)
# people named by where they work, once a head count came before: "+ 10 in the office", "+ 5 back office"
_DEPARTMENT_RE = re.compile(
    r"\s+(?:(?:in|at|on)\s+(?:the\s+)?)?(?:back[\s-]?office|front\s+office|office|admin(?:istration)?|hq|head\s+office|"
    r"sales|support|management|warehouse|shop\s+floor|ops|operations|engineering|marketing|finance|hr|it|"
    r"customer\s+success|cs|product|design|accounting|legal)\b",
    re.I,
)
_ONE_MORE_RE = re.compile(
    rf"\s*{_JOINER}\s*(?:and\s+)?(?:a|an|one)\s+", re.I
)  # "6 nurses, 2 doctors and a receptionist"
# "9 techs and me", "11 guys on the crew plus me"; "me and 3 loan officers"; "me and my cofounder"
# ("35 ppl, me and my brother own it": "me" begins the next sentence)
_AND_ME_RE = re.compile(
    rf"(?:\s+(?:on|in|at)\s+(?:the|our|my)\s+[a-z]+)?\s*,?\s*{_JOINER}\s+(?:me|myself)\b(?!\s+(?:and|&)\s+(?:my|our)\b)",
    re.I,
)
_ME_AND_RE = re.compile(rf"\b(?:me|myself)\s+{_JOINER}\s+(?:my\s+|our\s+)?$", re.I)
# people named one by one before a team: "my cofounder and I plus 5 devs", "me, my brother, and 2 part-time helpers"
_ONE_NAMED = (
    r"(?:\b(?:me|i|myself)|\bmy\s+(?:co-?founder|(?:business\s+)?partner|wife|husband|brother|sister|dad|mum|mom|"
    r"son|daughter|cousin|friend|uncle|aunt))"
)
_ONE_NAMED_RE = re.compile(_ONE_NAMED, re.I)
_NAMED_BEFORE_RE = re.compile(
    rf"{_ONE_NAMED}(?:\s*(?:,|and|&|\+|plus)\s*{_ONE_NAMED}){{1,3}}\s*,?\s*(?:and|&|\+|plus)\s*$", re.I
)
_ME_AND_ONE_RE = re.compile(
    rf"(?<!between\s)\b(?:me|myself)\s+{_JOINER}\s+(?:my|our)\s+"
    rf"(?=([a-z][a-z-]*)\b(?!\s*(?:and|plus|&|,)?\s*\d)"
    rf"(?!\s+(?:who\s+|that\s+)?{_MAY}(?:{_DECIDING}|{_FOUNDED}|run)\b|\s+{_LOOKING}\b))",
    re.I,
)
# "3 locations, about 20 at each", "4 hotels with ~50 staff each", "3 crews of 6": units times people
_SMALL_WORD = r"two|three|four|five|six|seven|eight|nine|ten|eleven|twelve"
_EACH_TEAM_RE = re.compile(
    rf"(?<![\w$€£.,-])(?P<units>\d{{1,4}}|{_SMALL_WORD})\s+(?:[^\W\d_][\w-]*\s+){{0,2}}?(?P<unit>[^\W\d_][\w-]*s)\b[^.;!?\d$€£]{{0,30}}?(?<![$€£])(?P<per>\d{{1,5}})"
    r"(?:\s+[a-z-]+){0,3}?\s*(?:,\s*)?(?:at\s+|in\s+|for\s+)?(?:each|apiece|every\s+one|per\s+(?!(?:month|year|week|day|hour|seat|user|head|person)\b)[a-z-]+)\b"
    r"|(?<![\w$€£.,-])(?P<units2>\d{1,4})\s+(?P<unit2>[^\W\d_][\w-]*s)\s+of\s+(?:about\s+|around\s+|roughly\s+|~\s*)?"
    r"(?P<per2>\d{1,5})(?![\w%$€£])"
    # "4 locations, each with about 10 staff", "3 stores that each have 12 people"
    r"|(?<![\w$€£.,-])(?P<units3>\d{1,4})\s+(?:[^\W\d_][\w-]*\s+){0,2}?(?P<unit3>[^\W\d_][\w-]*s)\b[,\s]*(?:that\s+|which\s+)?each\s+"
    r"(?:with|has|have|having|employs?|employing|of)\s+(?:about\s+|around\s+|roughly\s+|~\s*)?(?P<per3>\d{1,5})(?![\w%$€£])"
    # "about 15 people at each of our 4 offices": the people first
    r"|(?<![\w$€£.,-])(?P<per4>\d{1,5})\s+(?:[a-z-]+\s+){0,2}?(?:at|in|for|across)\s+(?:each|every\s+one)\s+of\s+"
    r"(?:our|the|my|its|their)?\s*(?P<units4>\d{1,4})\s+(?P<unit4>[^\W\d_][\w-]*s)\b",
    re.I,
)
_NOT_UNITS = frozenset(
    {
        "months",
        "years",
        "weeks",
        "days",
        "hours",
        "minutes",
        "dollars",
        "euros",
        "pounds",
        "bucks",
        "seats",
        "licenses",
        "users",
        "accounts",
        "customers",
        "clients",
        "plans",
        "tiers",
        "times",
        "percent",
    }
)


class PeopleWords(Protocol):
    """What a word says about people (bot/nlu/wordnet_words.py)."""

    def is_staff(self, word: str) -> bool: ...

    def is_noun(self, word: str) -> bool: ...

    def counts_one(self, word: str) -> bool: ...


def teams_times_units(text: str, people: PeopleWords) -> list[tuple[int, int, float]]:
    """(start, end, people) for "N sites, M people at each" and "N crews of M"."""
    found = []
    for match in _EACH_TEAM_RE.finditer(text):
        which = next(suffix for suffix in ("", "2", "3", "4") if match.group(f"units{suffix}"))
        units, unit, per = match.group(f"units{which}"), match.group(f"unit{which}"), match.group(f"per{which}")
        if unit.lower() in _NOT_UNITS or people.is_staff(unit):
            continue  # "40 seats, 20 each" is no team; "20 nurses ... each" counts the nurses themselves
        people_there = float(_count(units)) * float(per)
        end = match.end()
        more = _MORE_ELSEWHERE_RE.match(text, end)
        if more:  # "two warehouses, ~25 in each, plus 10 in the office", "5 stores, 12 per store + 8 at HQ"
            people_there, end = people_there + float(more.group("count")), more.end()
        found.append((match.start(), end, people_there))
    return found


# the people of the head office or back office, added to the units' ("… + 8 at HQ", "plus 10 in the office")
_MORE_ELSEWHERE_RE = re.compile(
    r"\s*,?\s*(?:plus|\+|and|&)\s+(?:another\s+|about\s+|around\s+|~\s*)?(?P<count>\d{1,5})"
    r"(?:\s+(?:more\s+)?(?:ppl|people|staff|employees|folks|heads))?"
    r"(?:\s+(?:in|at|on)\s+(?:the\s+)?(?:office|hq|head\s*quarters|headquarters|head\s+office|central|admin|back[\s-]?office|"
    r"corporate|home\s+office)|\s+back[\s-]?office|\s+(?:central|corporate)\s+staff)\b",
    re.I,
)


def head_counts(text: str, people: PeopleWords) -> tuple[list[tuple[int, int, float]], list[tuple[int, int, float]]]:
    """(start, end, people) for each head count in `text`, then for each count named only by its
    places. Counts joined by "and", "plus" or a comma are one team ("12 paralegals and 3 partners"
    is 15, "and a receptionist" one more), and "and me" adds the visitor. Two or more place counts
    joined ("40 in berlin and 25 in lisbon") are weaker than any rule that names people, so the
    caller reads them after those."""
    teams = _teams(text, people)
    named = [team for team, places_only in teams if not places_only]
    return _with_the_visitor(text, named, people), [team for team, places_only in teams if places_only]


def _teams(text: str, people: PeopleWords) -> list[tuple[tuple[int, int, float], bool]]:
    # each number is a count of people ("12 paralegals"), a count named only by where or in which
    # department it works ("4 in sales", "40 in berlin"), or no count
    named: list[tuple[int, int, float, str]] = []
    for number in _HEAD_NUMBER_RE.finditer(text):
        if _NOT_A_COUNT_BEFORE_RE.search(text[max(0, number.start() - 24) : number.start()]):
            continue  # the end of a range ("50 to 100 staff") or a size denied ("not 500 people"): the rules read those
        # ("a 20-odd person building company": a singular that sizes a business is no count of one)
        many = (float(number.group(1).replace(",", "")) > 1 or bool(number.group(2))) and not re.search(
            r"\b(?:a|an)\s+(?:[\w~-]+\s+)?$", text[max(0, number.start() - 20) : number.start()], re.I
        )
        end, kind = _people_after(text, number.end(), people, many=many), "people"
        if (
            end is None
            and _WE_ARE_BEFORE_RE.search(text[max(0, number.start() - 24) : number.start()])
            and _THEN_PARTS_RE.match(text, number.end())
        ):
            end = number.end()  # "siamo in 25, più 3 stagisti": the team said as a bare figure, then its parts
        if end is None and (of_us := _OF_US_AFTER_RE.match(text, number.end())):
            end = of_us.end()  # "7 of us in the office and 3 remote"
        if end is None and not named:
            end = _workplace_pair(text, number)
        if end is None and named and (workplace := _WORKPLACE_RE.match(text, number.end())):
            end, kind = workplace.end(), "place"  # "35 in the office and 10 remote"
        if end is None:
            department = _DEPARTMENT_RE.match(text, number.end())
            place = None if department else _PLACE_RE.match(text, number.end())
            if place is not None and _NOT_A_PLACE_RE.match(place.group(0)):
                place = None
            end, kind = (
                (department.end(), "department") if department else (place.end(), "place") if place else (None, "")
            )
        if end is not None and _CHANGED_RE.match(text, end):
            continue  # "one guy left", "2 joined last week": a change in the team, not its size
        if end is not None:
            value = (parse_digits(number.group(1)) or 0.0) * (  # "2.000 Mitarbeiter" is two thousand
                _SCALE_OF[number.group(2).lower()] if number.group(2) else 1
            )
            named.append((number.start(), end, value, kind))
    # counts joined by "and", "plus" or a comma are one team; a team counts when one of its counts
    # names people ("4 in sales, 6 in support, 10 engineers") or two or more name places or departments ("40 in
    # berlin and 25 in lisbon", "4 on the floor, 3 in the office"): one number before "in sales" alone may be anything
    chains: list[list[tuple[int, int, float, str]]] = []
    for count in named:
        if chains and _CHAIN_RE.match(text[chains[-1][-1][1] : count[0]]):
            chains[-1].append(count)
        else:
            chains.append([count])
    teams: list[tuple[tuple[int, int, float], bool]] = []
    for chain in chains:
        kinds = [kind for *_, kind in chain]
        if "people" not in kinds and len(kinds) < 2:
            continue  # "4 on the floor, 3 in the office", "5 in sales, 6 in support": two or more counts by where
        first = _with_added_before(text, chain[0][:3])
        team = (first[0], chain[-1][1], first[2] + sum(value for _, _, value, _ in chain[1:]))
        teams.append((team, "people" not in kinds))
    return teams


# "200 people at HQ and the other site another 300": a further count said with "another", after words that say
# where (not "hiring another 20", nor "another 20 next year", nor "another 300 customers")
_ANOTHER_RE = re.compile(
    r"(?:\s+(?:at|in|on)\s+(?:the\s+|our\s+)?[a-z-]+)?\s*(?:,|;|and|plus|\+|&)\s+(?:(?!hir|recruit|add|bring|plan|want|need|expect|will|going|gonna|look)[a-z'’]+\s+){0,5}?"
    r"another\s+(?:about\s+|around\s+|roughly\s+|~\s*)?(?P<count>\d{1,3}(?:,\d{3})+|\d+)(?![\d%$€£.,]|\s*k\b)",
    re.I,
)
_LATER_RE = re.compile(
    r"\s+(?:more\s+)?(?:next|by|in\s+\d|in\s+(?:a|the)\b|this|soon|later|over|within|to\s+come|planned|coming|once|when|if)\b",
    re.I,
)


def _with_another(text: str, end: int, value: float) -> tuple[int, float]:
    another = _ANOTHER_RE.match(text, end)
    if another is None or _LATER_RE.match(text, another.end()) or _NOT_STAFF_RE.match(text, another.end()):
        return end, value
    return another.end(), value + float(another.group("count").replace(",", ""))


def _with_the_visitor(
    text: str, teams: list[tuple[int, int, float]], people: PeopleWords
) -> list[tuple[int, int, float]]:
    counted = []
    for start, end, value in teams:
        end, value = _with_another(text, end, value)
        one = _ONE_MORE_RE.match(text, end)
        one_end = _people_after(text, one.end(), people) if one else None
        if one_end is not None:
            end, value = one_end, value + 1
        after, before = _AND_ME_RE.match(text, end), _ME_AND_RE.search(text[max(0, start - 20) : start])
        if after:
            end, value = after.end(), value + 1
            one = _ONE_MORE_RE.match(text, end)  # "6 devs + me + a designer"
            one_end = _people_after(text, one.end(), people) if one else None
            if one_end is not None:
                end, value = one_end, value + 1
        elif named := _NAMED_BEFORE_RE.search(text[max(0, start - 60) : start]):
            start = max(0, start - 60) + named.start()
            value += len(_ONE_NAMED_RE.findall(named.group(0)))
        elif before:
            start, value = max(0, start - 20) + before.start(), value + 1
        counted.append((start, end, value))
    for pair in _ME_AND_ONE_RE.finditer(text):
        if people.is_staff(pair.group(1)) and not any(s <= pair.start() < e for s, e, _ in counted):
            counted.append((pair.start(), pair.end() + len(pair.group(1)), 2.0))
    return sorted(counted)


# where a count stands: " in berlin", " at the plant" ("in total", "at each" are no place)
_PLACE = (
    r"\s+(?:{prepositions})\s+(?:the\s+)?(?!(?:total|all|each|a|an)\b|(?:our|my|their)\s+(?:dept|department|team|division|unit)\b)"
    r"[a-z][a-z-]+\b"
)
# "40 ppl in berlin and 15 in lisbon": once a count had a place, the next number with one is people too
# "4 on the floor", "6 on the road": "on the" names where they work too ("5 on average" does not)
_PLACE_RE = re.compile(
    _PLACE.format(prepositions="in|at") + r"|\s+on\s+the\s+(?!(?:way|list|call|phone)\b)[a-z][a-z-]+(?:\s+floor)?\b",
    re.I,
)
# "5 in january", "3 in a row", "2 in total": times and manners, not places
_NOT_A_PLACE_RE = re.compile(
    r"\s+\w+\s+(?:the\s+)?(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec|january|february|march|april|june|july|"
    r"august|september|october|november|december|spring|summer|autumn|fall|winter|q[1-4]|advance|person|"
    r"months?|weeks?|days?|years?|hours?|minutes?|row|parallel|charge|line|mind|cash|euros?|dollars?|usd|eur|gbp)\b",
    re.I,
)
# "about 120 on site and 20 in the office": two numbers, each where people work, joined
_WORKPLACE = (
    r"\s+(?:on[\s-]?site|in\s+the\s+(?:field|office|shop|warehouse|plant|factory|kitchen|yard|store)|in\s+(?:office|hq)"
    r"|at\s+(?:hq|head\s+office|the\s+office)|remote(?:ly)?|in\s+the\s+back\s+office|back[\s-]office)\b"
)
_WORKPLACE_RE = re.compile(_WORKPLACE, re.I)
_WORKPLACE_PAIR_RE = re.compile(
    rf"(?P<first>{_WORKPLACE})\s*{_JOINER}\s*(?:and\s+)?(?:another\s+|about\s+|around\s+|~)?\d+(?:[.,]\d+)?{_WORKPLACE}",
    re.I,
)
_CHANGED_RE = re.compile(
    r"\s+(?:just\s+|recently\s+)?(?:left|leave|leaving|quit|quitting|joined|retired|resigned|started|(?:was|were|got)\s+(?:hired|let\s+go|fired))\b",
    re.I,
)
# "we lost 40 people in the layoffs", "we let go of 12 staff", "if we had 500 employees": a change in the team, or
# a team they might have, not the one they have
_NOT_THE_TEAM_BEFORE_RE = re.compile(
    r"\b(?:lost|laid\s+off|let\s+go\s+of|let\s+go|fired|cut|hired|onboarded|added)\s+(?:about\s+|around\s+|like\s+|~\s*)?$|"
    r"\b(?:hypothetically|what\s+if|suppose|supposing|imagine|(?:let'?s\s+)?say|if)\s+(?:we|i|our\s+(?:team|company))\s+(?:had|were|was|grew\s+to|"
    r"hit|reached|went\s+to)\s+(?:about\s+|around\s+|like\s+|~\s*)?$",
    re.I,
)


def _not_the_team(work: str, start: int, end: int) -> bool:
    """A change in the team ("3 people quit", "we lost 40 people") or a team they might have ("if we had 500")."""
    return bool(_CHANGED_RE.match(work, end) or _NOT_THE_TEAM_BEFORE_RE.search(work[max(0, start - 40) : start]))


# "12 + 9 + 7 staff": the figures added up before the one that names the people
_ADDED_BEFORE_RE = re.compile(r"((?:\d+\s*(?:\+|plus)\s*)+)$", re.I)


_AT_PLACE = _PLACE.format(prepositions="in|at|on")
_AT_PLACE_RE = re.compile(_AT_PLACE, re.I)
_NEXT_PLACE_RE = re.compile(
    rf"\s*{_JOINER}\s*(?:and\s+)?(?:another\s+|about\s+|around\s+|~)?(?P<count>\d+)"
    rf"(?:\s+(?:more\s+)?(?:ppl|people|staff|employees|folks|heads))?{_AT_PLACE}",
    re.I,
)


def _over_places(text: str, end: int) -> tuple[int, float]:
    """(end, people added) for "40 ppl in berlin and 15 in lisbon": the counts at the other places."""
    place = _AT_PLACE_RE.match(text, end)
    if place is None:
        return end, 0.0
    last, added = place.end(), 0.0
    while (more := _NEXT_PLACE_RE.match(text, last)) is not None:
        added += float(more.group("count"))
        last = more.end()
    return (last, added) if added else (end, 0.0)


def _workplace_pair(text: str, number: re.Match[str]) -> int | None:
    """Where the first of two workplace counts ends ("120 on site and 20 in the office"), else None."""
    pair = _WORKPLACE_PAIR_RE.match(text, number.end())
    return pair.end("first") if pair else None


def _with_added_before(text: str, count: tuple[int, int, float]) -> tuple[int, int, float]:
    start, end, value = count
    window = max(0, start - 40)
    added = _ADDED_BEFORE_RE.search(text[window:start])
    if added is None:
        return count
    figures = [float(figure) for figure in re.findall(r"\d+", added.group(1))]
    return (window + added.start(), end, value + sum(figures))


# words for people as such, which WordNet files under no job ("people", "folks") or not under staff ("freelancers");
# they say how many work there, never what the business does ("4 interns" is no hospital)
ANY_PEOPLE_RE = re.compile(
    r"people|ppl|persons|folks|employees|staffers|heads|ftes?|workers|colleagues|humans|souls|"
    r"contractors?|interns?|trainees|apprentices|temps|part[\s-]?timers|full[\s-]?timers|hires",
    re.I,
)


_COUNTED_THINGS_RE = re.compile(
    r"stores?|shops?|locations?|sites?|offices?|branch(?:es)?|outlets?|clinics?|restaurants?|hotels?|rooms?|beds?|"
    r"chairs?|trucks?|vans?|units?|acres?|hectares?|bays?|tables?|seats?|screens?|storeys?|stories|floors?|warehouses?",
    re.I,
)
_OUTSIDE_PEOPLE_RE = re.compile(
    r"vendors?|suppliers?|providers?|competitors?|candidates?|applicants?|prospects?|investors?|advisors?|"
    r"agencies|partner\s+companies|references?",
    re.I,
)
# roles in our product, asked about: "do you support more than 5 admins?" ("14 agents + 3 admins" are staff)
_PRODUCT_ROLE_RE = re.compile(r"admins?|administrators?|approvers?|editors?|viewers?", re.I)
_ASKS_US_RE = re.compile(
    r"\b(?:do|does|can|could|will|is\s+there|are\s+there)\s+(?:you|u|it|we|i|a|any)\b[^?]*\?", re.I
)


def _people_after(text: str, position: int, people: PeopleWords, *, many: bool = False) -> int | None:
    """Where "field and office staff" ends when the words from `position` name people; a word
    that names people but qualifies a thing ("12 pet stores") does not count, nor, after a number above one
    (`many`), a singular ("onze CEO heeft…" read as "11 CEO", "the 2024 pricing page")."""
    words: list[re.Match[str]] = []
    for _ in range(_QUALIFIERS + 1):
        word = _NEXT_WORD_RE.match(text, position)
        if word is None or (word.group(1).lower() in _BREAKS and not (words and word.group(1).lower() == "and")):
            break
        words.append(word)
        position = word.end()
    if words and words[0].group(1).lower() in CURRENCY_WORDS:
        return None  # "charged 200 euro extra for support": money, whatever an "extra" may be
    if words and words[0].group(0).lstrip().startswith("-") and _COUNTED_THINGS_RE.fullmatch(words[0].group(1)):
        return None  # "a 2-store shoe retailer", "a 40-room hotel": what the number counts is the first word
    for index, word in enumerate(words):
        if not (people.is_staff(word.group(1)) or ANY_PEOPLE_RE.fullmatch(word.group(1))):
            continue
        if many and not ANY_PEOPLE_RE.fullmatch(word.group(1)) and people.counts_one(word.group(1)):
            continue
        if _OUTSIDE_PEOPLE_RE.fullmatch(word.group(1)) or (
            _PRODUCT_ROLE_RE.fullmatch(word.group(1)) and _ASKS_US_RE.search(text)
        ):
            break  # "shortlisting 3 vendors", "talked to 4 competitors": people, but not theirs
        following = words[index + 1].group(1).lower() if index + 1 < len(words) else ""
        if (
            following
            and following != "and"
            and not following.endswith(("ing", "ed", "ly"))
            and people.is_noun(following)
        ):
            continue  # "pet stores": the head is the thing; "seasonal pickers": the people are the pickers
        return word.end()
    return None
