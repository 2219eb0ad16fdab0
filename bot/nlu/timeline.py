"""Timeline phrases to whole days from today.

"in two weeks" -> 14, "next quarter" -> days to the first day of next quarter, "by March 1st"
-> days to that date. "no rush" or "just researching" give a far timeline (365 days, marked
`no_timeline` in `info`) so the answer is still recorded. `today` is always passed in, so tests
are deterministic.
"""

from __future__ import annotations

import difflib
import re
from collections.abc import Iterator
from datetime import date, datetime, timedelta

from dateutil.relativedelta import relativedelta

from bot.nlu.clauses import clause_before, sentence_before
from bot.nlu.numbers import RewrittenText, SpanCollector
from bot.nlu.types import Found

FAR_DAYS = 365
MAX_DAYS = 3 * 365

_UNIT = r"(?P<unit>days?|d|weeks?|wks?|w|months?|mos?|mths?|mnths?|monhts?|moths?|quarters?|qtrs?|years?|yrs?|y)"
_AMOUNT = r"(?P<n>\d+(?:\.\d+)?|a|an|one|a\s+couple(?:\s+of)?|couple(?:\s+of)?|a\s+few|few|several|half\s+a|a\s+half)"
# words that say when someone means to buy, before the when: "realistically 6 months", "looking at spring"
_BUYING_CUE = (
    r"realistically|ideally|probably|prob|hopefully|likely|looking\s+at|aiming\s+(?:for|at)|targeting|thinking(?:\s+about)?|"
    r"shooting\s+for|planning\s+(?:for|on)|hoping\s+for|eyeing|timeline(?:\s+is|\s*:)?|timeframe(?:\s+is|\s*:)?|"
    r"go[\s-]?live(?:\s+is|\s*:)?|deadline(?:\s+is|\s*:)?|"
    # "the target for launch is March", "kickoff would be February": a buying event, then when
    r"(?:target|goal|launch|kick-?off|start\s+date|rollout|roll-out|go[\s-]?live\s+date)\s+(?:date\s+)?"
    r"(?:is|would\s+be|will\s+be|'s|=)"
)
_CUE = (
    rf"(?:{_BUYING_CUE}|in|within|inside|by|before|after|over|under|for|around|about|roughly|approximately|"
    r"approx|next|the\s+next|coming|the\s+coming|up\s+to|less\s+than|no\s+later\s+than|"
    r"ends?\s+in|expires?\s+in|renews?\s+in|runs?\s+out\s+in|starting\s+in|"
    r"(?:in\s+)?the\s+next|(?:in\s+)?(?:about|around)|~)"
)
_SPAN = rf"(?:(?P<n1>\d+)\s*(?:-|–|to|or)\s*)?{_AMOUNT}\s*-?\s*{_UNIT}(?:\s+or\s+(?P<n2>\d+)\b)?"
DURATION_RE = re.compile(
    rf"\b(?P<cue>{_CUE})\s+(?:(?:the\s+)?next\s+|another\s+|at\s+least\s+(?:another\s+)?|a\s+good\s+)?"
    rf"(?:(?:like|maybe|prob(?:ably)?|roughly|about|around|approx\.?)\s+|~\s*)?{_SPAN}\b",
    re.IGNORECASE,
)
# A span counted from now without a cue before it: "90 days from now", "18 months out", "3-5 days tops".
AHEAD_RE = re.compile(
    rf"\b{_SPAN}\s+(?:from\s+(?:now|today)|out|away|later|(?:'s\s+)?time|down\s+the\s+(?:road|line)|tops|max|"
    r"at\s+(?:the\s+)?(?:most|latest)|or\s+(?:less|sooner|earlier))\b",
    re.IGNORECASE,
)
BARE_DURATION_RE = re.compile(
    rf"^\s*(?:maybe|like|prob|around|about|~|[a-z]+ly)?\s*{_SPAN}"
    r"(?:\s+(?:or\s+so|tops|max|from\s+now|out|away|time|probably|prob|maybe|i\s+(?:think|guess|hope)|ish|roughly|"
    r"give\s+or\s+take|at\s+most|at\s+the\s+latest|hopefully|ideally))*\s*[.!]*\s*$",
    re.IGNORECASE,
)
FOR_WHEN_BEFORE_RE = re.compile(
    r"(?:\b(?:ready|live|launch|plan|need|want|buy|purchas|sign|switch|mov|start|decid|roll)\w*\s+(?:\w+\s+)?|\bnot\s+|"
    r"\b(?:in\s+place|(?:up\s+and\s+)?running|set\s+up|sorted|done|working|installed|deployed)\s+)$",
    re.IGNORECASE,
)
# "in the next year", "over the coming month": one whole unit from now, not the calendar's next one.
ONE_SPAN_RE = re.compile(
    r"\b(?:in|within|over|during|inside|sometime\s+in)\s+the\s+(?:next|coming|following)\s+(?P<unit>year|month|quarter|week)\b",
    re.IGNORECASE,
)
# A period that qualifies an amount ("$60k for tooling this year") says how often, not when.
AMOUNT_BEFORE_RE = re.compile(
    r"(?:\d(?:[\d,.]*\s*(?:k|m|mil|grand|thousand|million)\b|[\d,.]*\s*(?:/|per|a|an)\s*(?:mo|month|yr|year)\b)|"
    r"\$|€|£|\bbudget\w*|\bdollars|\bspend\w*|\bset\s+aside|\ballocat\w*|\bearmark\w*)[^.?!;]{0,40}$",
    re.IGNORECASE,
)
_SEASONS = "spring|summer|fall|autumn|winter"
_MONTHS = (
    "january|february|march|april|may|june|july|august|september|october|november|december|"
    "jan|feb|mar|apr|jun|jul|aug|sept|sep|oct|nov|dec"
)
# words before a date that say it is when they start: kept with the date, stripped before parsing it
_DATE_CUES = (
    rf"{_BUYING_CUE}|by|in|on|before|until|around|early|mid|late|end\s+of|beginning\s+of|start\s+of|from|starting(?:\s+in)?|"
    r"as\s+of|come|go\s+live|live|launch|start|for|so|"
    r"an?(?=\s+[a-z]+\.?\s+(?:\d{1,2}(?:st|nd|rd|th)?\s+)?(?:start|launch|go[\s-]?live|roll-?out|kick-?off)\b)"
)
_ORDINAL_NAMES = (
    "first second third fourth fifth sixth seventh eighth ninth tenth eleventh twelfth thirteenth fourteenth "
    "fifteenth sixteenth seventeenth eighteenth nineteenth twentieth"
)
_ORDINALS = {word: day for day, word in enumerate(_ORDINAL_NAMES.split(), 1)}
_ORDINALS |= {f"twenty-{word}": 20 + day for word, day in list(_ORDINALS.items())[:9]}
_ORDINALS |= {"thirtieth": 30, "thirty-first": 31}
_ORDINAL_WORDS = "|".join(sorted(_ORDINALS, key=len, reverse=True))
# "mid-january", "early-march", "late-feb": a cue joined to the month by a hyphen is the same cue; "a july start"
DATE_RE = re.compile(
    rf"\b(?:(?P<cue>{_DATE_CUES})(?:\s+|(?<=[a-z])-(?=[a-z]))(?:the\s+)?)?"
    rf"(?:(?P<month>{_MONTHS})\.?\s+(?P<day>\d{{1,2}})(?:st|nd|rd|th)?(?:,?\s+(?P<year>20\d\d))?"
    # "15. december", "1. mars": the day's dot of the Nordic and German languages is its "th"
    rf"|(?P<day2>\d{{1,2}}|{_ORDINAL_WORDS})(?:st|nd|rd|th|\.(?=\s+[a-z]))?\s+(?:of\s+)?(?P<month2>{_MONTHS})\.?(?:,?\s+(?P<year2>20\d\d))?"
    rf"|(?P<month4>{_MONTHS})\.?\s+(?:the\s+)?(?P<day4>{_ORDINAL_WORDS})\b"
    rf"|(?P<month3>{_MONTHS})\.?(?:\s+(?P<year3>20\d\d))?"
    r"|(?P<iso>20\d\d-\d\d-\d\d)"
    r"|(?P<slash>\d{1,2}/\d{1,2}/(?:20)?\d\d)"
    # 01.02.2027: day first, as where it is written so
    r"|(?P<dotted>(?P<dd>\d{1,2})\.(?P<dm>\d{1,2})\.(?P<dy>(?:20)?\d\d))"
    r"|(?P<md>(?P<mm>1[0-2]|0?[1-9])/(?P<md_day>[12]\d|3[01]|0?[1-9]))(?![/\d])"
    # 30/07: day first where the day cannot be a month ("24/7" is round the clock)
    r"|(?!24/7\b)(?P<daymonth>(?P<dm_day>1[3-9]|2\d|3[01])/(?P<dm_month>1[0-2]|0?[1-9]))(?![/\d]))\b",
    re.IGNORECASE,
)
QUARTER_RE = re.compile(
    r"\b(?:in\s+|by\s+|during\s+|for\s+)?(?P<end>(?:the\s+)?end\s+of\s+(?:the\s+)?)?"
    r"(?:q(?P<q>[1-4])|(?P<qw>first|second|third|fourth|1st|2nd|3rd|4th)\s+quarter)(?:\s+(?:of\s+)?(?P<year>20\d\d))?\b"
    r"(?P<end_after>[\s-]+end\b|\s+(?:ends|closes|is\s+(?:over|out|done)|wraps\s+up)\b)?",  # "Q1 end", "before Q1 ends"
    re.IGNORECASE,
)
YEAR_RE = re.compile(
    r"\b(?:in|by|during|for|before|until|till|after|early|mid|late)\s+(?P<year>20[2-4]\d)\b", re.IGNORECASE
)
_Q_WORDS = {"first": 1, "second": 2, "third": 3, "fourth": 4, "1st": 1, "2nd": 2, "3rd": 3, "4th": 4}
_FUZZY_AMOUNT = {"a": 1, "an": 1, "one": 1, "couple": 2, "few": 3, "several": 4, "half": 0.5}

_NEXT_YEAR_RE = re.compile(r"\bnext\s+(?:fiscal\s+)?(?:year|yr)\b", re.I)
_MONTHS_FOR_FAR = "jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|next|early|spring|summer"
PHRASES: list[tuple[re.Pattern[str], str]] = [
    (
        re.compile(
            # "reply whenever", "get back to me whenever": when to answer, not when to buy
            r"(?<!\breply\s)(?<!\brespond\s)(?<!\bme\s)(?<!\bback\s)(?<!\banswer\s)(?<!\bwrite\s)"
            r"\b(?:whenever|no\s+(?:real\s+|set\s+|hard\s+|firm\s+|fixed\s+|specific\s+|particular\s+)?(?:rush|hurry|timeline|timeframe|time\s*frame|deadline|set\s+date|plans?\s+yet)|"
            r"just\s+(?:researching|browsing|looking|exploring)|not\s+in\s+(?:a|any|much\s+of\s+a)\s+(?:rush|hurry)|"
            r"(?:only|still)\s+(?:researching|exploring|browsing)|(?:some\s*day|one\s+day|eventually)|"
            r"no\s+idea\s+when|not\s+(?:sure|decided)\s+when|not\s+(?:really\s+|that\s+|super\s+|very\s+)?urgent|no\s+urgency|"
            r"nothing\s+urgent|no\s+immediate\s+(?:need|plans?)|"
            # "no plans to buy", "not planning to buy anything": no purchase in view
            r"no\s+(?:real\s+|current\s+)?(?:plans?|intention)\s+(?:of\s+|to\s+)(?:buy|purchas|switch|sign|get)\w*"
            r"(?:\s+(?:anything|right\s+now|just\s+now|at\s+the\s+moment|for\s+now|yet))*|"
            r"not\s+(?:planning|looking|going)\s+to\s+(?:buy|purchase)(?:\s+anything)?(?!\s+(?:until|before|till|in|by|this|next))|"
            r"(?:nothing|not\s+anything)\s+(?:planned|scheduled)|not\s+any\s*time\s+soon|"
            r"long[\s-]term|in\s+the\s+future|down\s+the\s+(?:road|line)|at\s+some\s+point|"
            # a year ruled out and none named: "not this year, that's for sure"
            rf"(?:not|won'?t\s+be|isn'?t)\s+(?:happening\s+)?this\s+(?:year|yr)(?!\s*(?:-|,)?\s*(?:but|maybe|probably)?\s*(?:in\s+)?(?:q[1-4]|{_MONTHS_FOR_FAR})))\b",
            re.I,
        ),
        "far",
    ),
    (
        re.compile(
            r"\b(?:asap|a\.s\.a\.p|as\s+(?:soon|quickly|fast)\s+as\s+(?:possible|we\s+can|you\s+can)|right\s+away|immediately|"
            r"(?:the\s+)?sooner\s+the\s+better|sooner\s+rather\s+than\s+later|without\s+delay|"
            r"urgent(?:ly)?(?![\s-]+care)|yesterday|straight\s+away|today|tonight|(?<!\d\s)(?<!\d)now(?:\s+please)?|this\s+instant|"
            r"this\s+(?:arvo|afternoon|morning|evening)|"
            r"immediate(?:ly)?|right\s+off\s+the\s+bat)\b",
            re.I,
        ),
        "now",
    ),
    (re.compile(r"\btomorrow\b", re.I), "tomorrow"),
    (
        re.compile(r"\b(?:this|current)\s+week\b|\bwithin\s+the\s+week\b|\bend\s+of\s+(?:the\s+)?week\b", re.I),
        "this_week",
    ),
    (re.compile(r"\bnext\s+week\b", re.I), "next_week"),
    (
        re.compile(
            r"\bend\s+of\s+(?:the\s+|this\s+)?month\b|\bthis\s+month\b|\bEOM\b|\bmonth[\s-]end\b|"
            r"\b(?:before|by)\s+(?:the\s+)?month\s+(?:ends|is\s+(?:over|out))\b",
            re.I,
        ),
        "end_month",
    ),
    (re.compile(r"\bend\s+of\s+next\s+month\b", re.I), "end_next_month"),
    (re.compile(r"\bnext\s+month\b", re.I), "next_month"),
    (
        re.compile(
            r"\bend\s+of\s+(?:the\s+|this\s+)?(?:quarter|qtr|q)\b|\bthis\s+quarter\b|\bEOQ\b|\bquarter[\s-]end\b|"
            r"\b(?:before|by)\s+(?:the\s+)?(?:quarter|qtr)\s+(?:ends|closes|is\s+(?:over|out))\b",
            re.I,
        ),
        "end_quarter",
    ),
    (re.compile(r"\bend\s+of\s+(?:the\s+)?next\s+(?:quarter|qtr|q)\b", re.I), "end_next_quarter"),
    (re.compile(r"\b(?:end\s+of\s+next\s+(?:calendar\s+)?(?:year|yr)|next\s+year'?s\s+end)\b", re.I), "end_next_year"),
    (re.compile(r"\bnext\s+(?:quarter|qtr|q)\b", re.I), "next_quarter"),
    (
        re.compile(
            r"\b(?:end\s+of\s+(?:the\s+|this\s+)?(?:year|yr)|year[\s-]?end|EOY|this\s+year|before\s+(?:the\s+)?(?:new\s+year|holidays)|"
            r"by\s+the\s+holidays)\b",
            re.I,
        ),
        "end_year",
    ),
    (re.compile(r"\bthis\s+time\s+next\s+year\b|\ba\s+year\s+from\s+(?:now|today)\b", re.I), "year_ahead"),
    (
        re.compile(
            r"\b(?:early|earlier|beginning\s+of|start\s+of|first\s+thing|(?:the\s+)?turn\s+of|until|till|til|once|after|when)\s+"
            r"(?:the\s+)?next\s+(?:fiscal\s+)?(?:year|yr)\b|"
            r"\bnew\s+year\b|\b(?:after|past)\s+(?:the\s+)?(?:holidays|christmas)\b|"
            # "in our next fiscal year": when the new budget year starts, not any time in it
            r"(?<!maybe\s)(?<!perhaps\s)(?<!sometime\s)(?<!possibly\s)(?<!probably\s)\b(?:(?:in|during|for)\s+(?:our|the)\s+|the\s+)?"
            r"next\s+(?:fiscal|financial|budget)\s+(?:year|yr)\b|\bnext\s+FY\b",
            re.I,
        ),
        "next_year",
    ),
    # "maybe next year", "sometime next year": any time in it, no plan to buy soon (issue #23: it was stored
    # as the first of January, four weeks away, and scored as a near timeline)
    (_NEXT_YEAR_RE, "any_time_next_year"),
    (re.compile(r"\b(?:a\s+)?fortnight\b", re.I), "fortnight"),
    # "next week, no wait, the week after": the week after next
    (
        re.compile(r"\bthe\s+week\s+after(?:\s+next)?(?=\s*(?:[.,;!?]|$|then\b|instead\b|actually\b))", re.I),
        "fortnight",
    ),
    (
        re.compile(
            rf"\b(?:{_BUYING_CUE}|this|by|in|over|next|early|late|before|until|for|around|circa|towards?)\s+(?:the\s+)?"
            rf"(?:(?:start|beginning)\s+of\s+(?:the\s+)?)?(?:{_SEASONS})\b|"
            # a season's event the visitor works toward: "for our spring launch", "the summer break is when we deploy"
            rf"\b(?:for|by|before|until|ahead\s+of|in\s+time\s+for)\s+(?:the\s+|our\s+|this\s+)(?:{_SEASONS})"
            r"\s+(?:launch|break|term|semester|release|roll-?out|intake|holidays|push)\b|"
            rf"\b(?:the|our)\s+(?:{_SEASONS})\s+(?:break|holidays|term|shutdown)\s+is\s+when\b|"
            # "aiming for a summer launch", "spring launch": the launch is the visitor's own
            rf"(?:\b(?:a|an|our|the)\s+|^\W*|(?<=[,;:.]\s))(?:{_SEASONS})\s+(?:launch|go[\s-]?live|roll-?out|release|start)\b",
            re.I,
        ),
        "season",
    ),
]
_SEASON_START = {"spring": (3, 20), "summer": (6, 21), "fall": (9, 22), "autumn": (9, 22), "winter": (12, 21)}


MAX_SPAN_DAYS = 100 * 366  # "8000 years" or "2200000000 years" is not a buying timeline


def _days_in(amount: float, unit: str, today: date) -> int | None:
    unit = unit.lower()
    if not 0 <= amount * {"d": 1, "w": 7, "m": 31, "q": 92, "y": 366}.get(unit[:1], 366) <= MAX_SPAN_DAYS:
        return None
    if unit.startswith("d"):
        return round(amount)
    if unit.startswith("w"):
        return round(amount * 7)
    if unit.startswith("q"):
        amount, unit = amount * 3, "month"
    if unit.startswith("y"):
        amount, unit = amount * 12, "month"
    whole = int(amount)
    later = today + relativedelta(months=whole)
    days = (later - today).days
    return days + round((amount - whole) * 30)


def _amount_value(raw: str) -> float | None:
    words = raw.lower().split()
    try:
        return float(raw)
    except ValueError:
        pass
    for word in ("couple", "few", "several", "half", "one", "a", "an"):
        if word in words:
            return float(_FUZZY_AMOUNT[word])
    return None


def _quarter_start(year: int, quarter: int) -> date:
    return date(year, 3 * (quarter - 1) + 1, 1)


def _phrase_days(kind: str, match: re.Match[str], today: date) -> int:
    quarter = (today.month - 1) // 3 + 1
    if kind == "far":
        return FAR_DAYS
    if kind == "now":
        return 0
    if kind == "tomorrow":
        return 1
    if kind == "this_week":  # "this week" is now, as "today" is; "by the end of the week" gives till Sunday
        return 6 - today.weekday() if re.search(r"\bend\b", match.group(0), re.I) else 0
    if kind == "next_week":
        return 7
    if kind == "fortnight":
        return 14
    if kind == "end_month":
        return ((today + relativedelta(day=31)) - today).days
    if kind == "end_next_month":
        return ((today + relativedelta(months=1, day=31)) - today).days
    if kind == "next_month":
        return ((today + relativedelta(months=1)) - today).days
    if kind == "end_quarter":
        return ((_quarter_start(today.year, quarter) + relativedelta(months=3, days=-1)) - today).days
    if kind == "end_next_quarter":
        return ((_quarter_start(today.year, quarter) + relativedelta(months=6, days=-1)) - today).days
    if kind == "end_next_year":
        return (date(today.year + 1, 12, 31) - today).days
    if kind == "next_quarter":
        start = _quarter_start(today.year, quarter) + relativedelta(months=3)
        return (start - today).days
    if kind == "end_year":
        return (date(today.year, 12, 31) - today).days
    if kind == "next_year":
        return (date(today.year + 1, 1, 1) - today).days
    if kind in ("year_ahead", "any_time_next_year"):
        return (today + relativedelta(years=1) - today).days
    if kind == "season":
        season = _SEASON_RE.search(match.group(0))
        return _season_days(season.group(0) if season else match.group(0).split()[-1], today)
    raise ValueError(kind)


def _season_days(name: str, today: date) -> int:
    """Days to the next start of the season (its equinox or solstice)."""
    month, day = _SEASON_START[name.lower()]
    target = date(today.year, month, day)
    if target < today:
        target = date(today.year + 1, month, day)
    return (target - today).days


def _date_days(match: re.Match[str], today: date) -> int | None:
    import dateparser  # type: ignore[import-untyped]  # lazily: only messages naming a date pay for it

    text = match.group(0)
    if match.group("dotted") or match.group("md") or match.group("daymonth"):
        return _numeric_date_days(match, today)
    # dateparser reads the date alone: the cue the match found goes, whole ("go-live date is", not "go-live")
    cue_end = match.end("cue") - match.start() if match.group("cue") else 0
    text = re.sub(r"^(?:\s+|-)(?:the\s+)?", "", text[cue_end:], flags=re.I).replace(". ", " ")
    text = re.sub(_ORDINAL_WORDS, lambda word: str(_ORDINALS[word.group(0).lower()]), text, count=1, flags=re.I)
    settings = {
        "PREFER_DATES_FROM": "future",
        "RELATIVE_BASE": datetime.combine(today, datetime.min.time()),
        "PREFER_DAY_OF_MONTH": "first",
    }
    cue = (match.group("cue") or "").lower()
    if cue in ("end of", "late"):
        settings["PREFER_DAY_OF_MONTH"] = "last"
    parsed = dateparser.parse(text, languages=["en"], settings=settings)  # type: ignore[arg-type]
    if parsed is None:
        return None
    target = parsed.date()
    if cue == "mid":
        target = target.replace(day=15)
    if match.group("month3") and not match.group("year3") and target.month == today.month:
        # "in december", said in December: this month, read as "this month" is (its end), not next year's; "mid
        # december" is its 15th while that is ahead
        if cue in ("early", "beginning of", "start of"):
            return 0  # "early december", in its first week: now
        middle = today.replace(day=15)
        return ((middle if cue == "mid" and middle >= today else today + relativedelta(day=31)) - today).days
    if target < today and not re.search(r"20\d\d", text):
        target = target + relativedelta(years=1)
    return (target - today).days


def _numeric_date_days(match: re.Match[str], today: date) -> int | None:
    """01.02.2027 (day, month, year) or 1/15 (month/day, the next one to come)."""
    try:
        if match.group("dotted"):
            year = int(match.group("dy"))
            target = date(year + 2000 if year < 100 else year, int(match.group("dm")), int(match.group("dd")))
        else:
            month, day = (
                (int(match.group("mm")), int(match.group("md_day")))
                if match.group("md")
                else (int(match.group("dm_month")), int(match.group("dm_day")))
            )
            target = date(today.year, month, day)
            if target < today:
                target = target.replace(year=today.year + 1)
    except ValueError:
        return None  # 31.02.2027
    return (target - today).days if target >= today else None


_Span = tuple[int, int, int | None, dict[str, object]]


def find_timelines(text: str, today: date, *, whole_answer: bool = False) -> list[Found]:
    """Every timeline stated in `text` as days from `today`.

    With `whole_answer` (the visitor is answering the timeline question) a bare duration such as
    "3 months" counts too; elsewhere a cue word ("in", "within", "by", ...) is required so that
    "we've been around 10 years" is not read as a timeline. Readers run in priority order and a
    later one never claims text an earlier one already read.
    """
    rewritten = RewrittenText(text)
    found = SpanCollector(rewritten, "timeline")
    for reader in (
        _ahead,
        _one_span,
        _named_days,
        _days_of_month,
        _phrases,
        _durations,
        _quarters,
        _dates,
        _weekdays,
        _years,
    ):
        for start, end, days, info in reader(rewritten.text, today, whole_answer):
            if days is not None and 0 <= days <= MAX_DAYS and not _not_when_they_buy(rewritten.text, start, end):
                found.add(start, end, int(days), info)
    return _ranges_joined(text, found.in_order())


# "Q1 or Q2", "january or february", "march-april": two times said as one range, its midpoint
_RANGE_JOINER_RE = re.compile(r"\s*,?\s*(?:or|to|through|-|–|/|or\s+maybe|or\s+early)\s*", re.I)


_FALLBACK_AFTER_RE = re.compile(
    r"\s*,?\s*(?:if\s+(?:things|it|we|they|that|the\s+\w+)\s+\w+|at\s+(?:the\s+)?(?:latest|worst|most)|worst\s+case|tops|max|"
    # "Q1, or Q2 if budget approval slips": what could delay the plan
    r"if\s+(?:\w+\s+){0,3}?(?:slips?|slides?|drags?|(?:is|gets?|are|get)\s+(?:delayed|pushed|held\s+up|late)|takes?\s+longer))\b",
    re.I,
)


def _ranges_joined(text: str, found: list[Found]) -> list[Found]:
    joined: list[Found] = []
    for reading in found:
        last = joined[-1] if joined else None
        if (
            last is not None
            and not last.info.get("no_timeline")
            and not reading.info.get("no_timeline")
            and _RANGE_JOINER_RE.fullmatch(text[last.end : reading.start])
        ):
            if _FALLBACK_AFTER_RE.match(text, reading.end):
                continue  # "q1, or q2 if things slip": the second time is the fallback, the first is the plan
            joined[-1] = Found("timeline", round((last.value + reading.value) / 2), last.start, reading.end, last.info)
        else:
            joined.append(reading)
    return joined


def _ahead(work: str, today: date, whole_answer: bool) -> Iterator[_Span]:
    for match in AHEAD_RE.finditer(work):
        yield match.start(), match.end(), _duration_days(match, today), {}


def _one_span(work: str, today: date, whole_answer: bool) -> Iterator[_Span]:
    for match in ONE_SPAN_RE.finditer(work):
        yield match.start(), match.end(), _days_in(1, match.group("unit"), today), {}


_BARE_SEASON_RE = re.compile(
    r"^\s*(?:maybe|probably|prob|hopefully|ideally|around|in|by|thinking|sometime\s+in)?\s*(?:the\s+)?"
    rf"(?:early\s+|late\s+)?(?P<season>{_SEASONS})\b[\s.!?]*$",
    re.I,
)


# a month or season said as an item of its own, as in notes: "summer probably", "may works best for us", "January,
# or February if it slips", "75 staff, 10-12k annual. march", "200 CAD a month, spring", "tuesday start"
_ITEM_BEFORE_RE = re.compile(
    r"(?:^|[,.;:!?—–(]|\s-)\s*(?:(?:maybe|probably|prob|hopefully|ideally|likely|around|sometime\s+in|early|late|mid)\s+)?$",
    re.I,
)
_ITEM_AFTER_RE = re.compile(
    r"\s*(?:$|[,.;:!?—–)]|(?:probably|maybe|ideally|hopefully|likely|i\s+think|i\s+guess|i\s+hope|or\s+so|"
    r"works|would\s+work|is\s+(?:best|ideal|good|fine|the\s+plan|the\s+goal|when\s+(?:we|i)(?:'d|\s+would|\s+will|'ll)?\s+"
    r"(?:start|begin|buy|sign|go\s+live|launch|switch))|suits|start\b|kick-?off\b|go-?live\b|"
    r"at\s+the\s+latest|latest|if\s+(?:possible|we\s+can))\b)",
    re.I,
)


def stands_alone(work: str, start: int, end: int) -> bool:
    return bool(_ITEM_BEFORE_RE.search(work[:start]) and _ITEM_AFTER_RE.match(work, end))


_SEASON_RE = re.compile(rf"\b(?P<season>{_SEASONS})\b", re.I)


def _phrases(work: str, today: date, whole_answer: bool) -> Iterator[_Span]:
    bare = _BARE_SEASON_RE.match(work) if whole_answer else None
    if bare:
        yield bare.start("season"), bare.end("season"), _season_days(bare.group("season"), today), {}
    else:
        for season in _SEASON_RE.finditer(work):
            if stands_alone(work, season.start(), season.end()):
                yield season.start(), season.end(), _season_days(season.group("season"), today), {}
    for pattern, kind in PHRASES:
        for match in pattern.finditer(work):
            if kind in ("next_year", "any_time_next_year") and _REFINED_RE.search(_clause_around(work, match)):
                continue  # "next year, probably March", "Q3 next year": the month or quarter says when
            if kind == "now" and not _means_now(work, match, whole_answer):
                continue
            if kind == "far" and "research" in match.group(0).lower() and _RESEARCH_FOR_RE.match(work, match.end()):
                continue  # "just researching options for my manager": legwork for someone, no timeline of theirs
            if (
                kind != "far"
                and match.group(0).lower().startswith(("this ", "next ", "end ", "the "))
                and _RULED_OUT_BEFORE_RE.search(work[: match.start()])
            ):
                continue  # "not this year, probably next year": the time ruled out is not the one they mean
            if match.group(0).lower().startswith(("this ", "current ")) and (
                (AMOUNT_BEFORE_RE.search(work[: match.start()]) and not _ACTED_ON_RE.search(work[: match.start()]))
                or re.match(r"['’]s\b", work[match.end() :])
            ):
                continue  # "$60k for tooling this year", "this year's budget": how often the money comes, not when
            yield (
                match.start(),
                match.end(),
                _phrase_days(kind, match, today),
                {"no_timeline": True} if kind == "far" else {},
            )


# "~$30/month, need it this week": the time says when they act, not how often the money comes
_ACTED_ON_RE = re.compile(
    r"\b(?:need|needs|want|wants|start|starting|launch|go\s+live|buy|sign|roll\s+out|implement|have\s+it|get\s+it)\b"
    r"[^.?!;,$€£\d]{0,15}$",
    re.I,
)
_RESEARCH_FOR_RE = re.compile(
    r"\s+(?:\w+\s+)?for\s+(?:(?:my|our|the|a)\s+\w+|leadership|management|the\s+board|my\s+boss|someone|somebody)", re.I
)
_RULED_OUT_BEFORE_RE = re.compile(r"\b(?:not|definitely\s+not|certainly\s+not)\s+$", re.I)
_NEEDED_RE = re.compile(r"\b(?:need|needed|needs|want|wanted|wants)\b", re.I)


def _means_now(work: str, match: re.Match[str], whole_answer: bool = False) -> bool:
    said = match.group(0).lower()
    if said == "now" and re.match(r"\s+(?:we|i|it)\b", work[match.end() :]):
        return False  # "now we use spreadsheets"
    if (
        said == "yesterday"
        and _PAST_RE.search(sentence_before(work, match.start()))
        and not _NEEDED_RE.search(sentence_before(work, match.start()))
    ):
        return False  # "we had 2,000 signups yesterday": a day gone ("we needed it yesterday" is the idiom)
    if said == "now" and re.search(r"\b(?:for|until|till|as\s+of)\s+(?:right\s+)?$", work[: match.start()], re.I):
        return False  # "$0 for now", "fine for now": how things stand, not when they buy
    if said == "now" and re.search(r"\d[\d,.]*k?\s+(?:right\s+|just\s+)?$", work[: match.start()], re.I):
        return False  # "45 right now": a count as it stands
    # a reply to "when?" that opens with it: "today, honestly. our old system just crashed"
    opens_reply = whole_answer and re.fullmatch(r"\W*(?:\w+\W+)?", work[: match.start()]) is not None
    if said in ("now", "today") and not (opens_reply or _standalone_now(work, match)):
        return False
    # "not now" puts something off; it is no timeline
    return not re.search(r"\bnot\s+(?:right\s+|just\s+)?$", work[: match.start()], re.I)


def _durations(work: str, today: date, whole_answer: bool) -> Iterator[_Span]:
    for match in DURATION_RE.finditer(work):
        if match.group("cue").lower() == "for" and not FOR_WHEN_BEFORE_RE.search(work[: match.start()]):
            continue  # "for 10 years" is how long, not when; "not for another year" is when
        yield match.start(), match.end(), _duration_days(match, today), {}
    if whole_answer or len(work.split()) <= 4:
        bare = BARE_DURATION_RE.match(work)
        if bare:
            yield bare.start(), bare.end(), _duration_days(bare, today), {}


def _quarters(work: str, today: date, whole_answer: bool) -> Iterator[_Span]:
    for match in QUARTER_RE.finditer(work):
        quarter = int(match.group("q") or _Q_WORDS[match.group("qw").lower()])
        year = int(match.group("year")) if match.group("year") else today.year
        start = _quarter_start(year, quarter)
        current = (today.month - 1) // 3 + 1
        if not match.group("year") and year == today.year and quarter < current:
            start = _quarter_start(year + 1, quarter)
        elif (
            not match.group("year")
            and not match.group("end")
            and not match.group("end_after")
            and quarter == current
            and (today - start).days > 45
            and not re.search(r"\bthis\s+$", work[: match.start()], re.I)  # "this Q3", said in Q3: now
        ):
            start = _quarter_start(year + 1, quarter)  # "Q4" said in December: this one is nearly over, the next
        said_before = clause_before(work, match.start()) if match.group("end_after") else ""
        if re.search(r"\b(?:our|the|their)\s+$", said_before, re.I) and not _DEADLINE_WORD_RE.search(said_before):
            continue  # "our q4 ends dec 31, things are hectic": their books close ("before our q4 ends" is a deadline)
        if match.group("end") or match.group("end_after"):
            start = start + relativedelta(months=3, days=-1)  # "by the end of Q1": its last day
        yield match.start(), match.end(), max(0, (start - today).days), {}


_DEADLINE_WORD_RE = re.compile(r"\b(?:before|by|until|till|til|ahead\s+of|in\s+time|of|at|when|once|after)\b", re.I)


# "may" (there is, have) before a count of things: "may 3 branches kami sa manila", "may 20 empleyado"
_HAVE_A_COUNT_RE = re.compile(
    r"may\s+\d{1,3}\s+(?:branch(?:es)?|stores?|shops?|locations?|offices?|outlets?|sites?|clinics?|restaurants?|"
    r"employees?|empleyado|tao|katao|people|staff|workers?|clients?|customers?|trucks?|sangay|tindahan)\b",
    re.I,
)


def _dates(work: str, today: date, whole_answer: bool) -> Iterator[_Span]:
    for match in DATE_RE.finditer(work):
        next_year = bool(_NEXT_YEAR_RE.search(_clause_around(work, match)))
        after_a_month = _MONTH_THEN_JOINER_RE.search(work[: match.start()]) is not None  # "january or february"
        if match.group("month3") and not (
            match.group("cue")
            or match.group("year3")
            or whole_answer
            or next_year
            or after_a_month
            or stands_alone(work, match.start(), match.end())
        ):
            continue  # a bare month name ("may", "march") is too often another word
        if match.group("md") and not (match.group("cue") or whole_answer):
            continue  # "1/15" alone may be a fraction or a score; "start 1/15" is a date
        if (match.group("cue") or "").lower() == "on" and match.group("month3"):
            continue
        if _HAVE_A_COUNT_RE.match(work, match.start()):
            continue  # Tagalog "may 3 branches kami": "there are 3 branches", not the third of May
        if (match.group("cue") or "").lower() == "so" and (match.group("month3") or "").lower() in ("may", "mar"):
            continue  # "so may I ask": "so january" after a reason is a month, "so may" rarely
        if (match.group("cue") or "").lower() == "for" and not FOR_WHEN_BEFORE_RE.search(work[: match.start()]):
            continue  # "a discount for march" is no timeline; "they want it for september" is
        yield match.start(), match.end(), _date_days(match, today), {}


_WRITTEN_BEFORE_RE = re.compile(
    r"\b(?:post|article|blog|interview|talk|video|webinar|newsletter|episode|report|e-?mail|message|piece|podcast|"
    r"announcement|press\s+release|review|case\s+study|whitepaper)\s*$",
    re.I,
)
_MONTH_THEN_JOINER_RE = re.compile(rf"\b(?:{_MONTHS})\s*(?:or|to|through|-|–)\s*$", re.I)
_PAST_RE = re.compile(
    r"\b(?:raised|launched|founded|started|began|bought|signed|moved|switched|hired|closed|opened|incorporated|"
    # ("were looking to" is "we're", typed without the apostrophe)
    r"was|were(?!\s+(?:looking|hoping|planning|aiming|thinking|going|trying|wanting|keen|about|ready|a|an|based|around)\b)|(?<=\bwe\s)were|"
    r"(?<=\bthey\s)were|did|had|happened|"
    r"went|ago|last|ran|tried|tested|piloted|trialed|trialled|demoed|booked|used|met|"
    r"grew|grown|doubled|tripled|onboarded|hired|hit|reached|crossed|"
    r"spoke|talked|chose|picked|renewed|cancell?ed|churned|dropped|lost|won|built|paid|spent|got|took|made|"
    r"ended|expired|lapsed|sat|attended|saw|watched|visited|joined|left|quit|heard|received|"
    # "i emailed you on nov 30", "we asked for a quote on monday": a regular past right after its subject
    # ("we needed it yesterday" is now; "they pushed it to feb 15" names the new date)
    r"(?:(?<=\bi\s)|(?<=\bwe\s)|(?<=\bthey\s)|(?<=\bhe\s)|(?<=\bshe\s))"
    r"(?!needed|wanted|pushed|moved|delayed|postponed|bumped|shifted|changed|rescheduled)\w{2,}[^e\W]ed|emailed|messaged|wrote|called|contacted|reached\s+out|replied|asked|sent)\b",
    re.I,
)
_AHEAD_WORDS_RE = re.compile(
    r"\b(?:will|want|wants|need|needs|plan|planning|hope|hoping|going\s+to|gonna|'ll|'d|would|should|must|aim|"
    r"target|expect|by|until|before|next|"
    # "we decided to buy in march": a past decision about a purchase ahead
    r"(?:decided|agreed|planned|chose|scheduled|budgeted|aimed|hoped)\s+to)\b",
    re.I,
)


# "hoping to double next yr", "we'll hire 10 more in q2": the team's plans, not a purchase
_GROWTH_RE = re.compile(r"\b(?:double|triple|grow|growing|hire|hiring|expand|expanding|scale\s+(?:up|to))\b", re.I)
_BUYING_RE = re.compile(
    r"\b(?:start|live|launch|buy|purchase|roll\s*out|implement|onboard|sign|switch|need|have\s+it|get\s+it|use|"
    r"decide|decision|set\s*up|up\s+and\s+running|tool|this|you)\b",
    re.I,
)


def _not_when_they_buy(work: str, start: int, end: int) -> bool:
    """A time in a clause told in the past tense with nothing in it that looks ahead ("we raised
    our seed round in june", "our q3 numbers were great"), one of the team's growth plans ("hoping
    to double next yr"), or the date of another event or someone's absence ("the webinar is on
    friday", "our ceo is away until monday"): when something else happens, not when they buy."""
    before = clause_before(work, start)
    sentence = sentence_before(work, start)
    said = work[start:end]
    clause_after = re.split(r"[,;.!?]", work[end : end + 40], maxsplit=1)[0]
    if _PRODUCT_QUESTION_RE.search(f"{sentence} {said}{clause_after}") and _ENDS_ASKING_RE.match(work[end:]):
        return True  # "can I cancel within 30 days?", "does that matter for billing?": how the product works
    if _DENIED_BEFORE_RE.search(work[max(0, start - 12) : start]) and not _NOT_UNTIL_RE.match(said):
        return True  # "go-live is feb 1 not jan 1": the date said not to be it ("not until march" is march)
    if _WRITTEN_BEFORE_RE.search(before) and said.lower().startswith(("from", "on", "of")):
        return True  # "I read your blog post from june 3": when it was written
    if said.lower().startswith("over") and _MONEY_BEFORE_RE.search(before):
        return True  # "$50,000 over two years": what the money spans
    if _PAST_RE.search(before) and not _AHEAD_WORDS_RE.search(before + " " + said):
        return True
    if _PAST_AFTER_RE.match(work[end:]) and not _AHEAD_WORDS_RE.search(before):
        return True
    if _THEIR_LAUNCH_RE.search(before) and not _IN_TIME_RE.search(work[end:]):
        return True  # "we're launching our product on march 1": their own launch ("need it before then" is a deadline)
    before = _AFTER_BUT_RE.split(before)[-1]  # "the conference is jan 15 but we want to go live feb 1"
    if (
        _OTHER_EVENT_RE.search(before)
        and not _FOR_THE_EVENT_RE.search(before)
        and not _BUYING_RE.search(before)
        and not _IN_TIME_RE.search(work[end:])  # "tax season starts in January so we'd want it live by then"
    ):
        return True
    if _YEAR_STARTS_RE.search(before) and not _WHEN_IT_STARTS_RE.search(before) and not _BUYS_RE.search(work):
        return True  # "our fiscal year starts april 1, fyi for invoicing": when the books open, said in passing
    rest_of_clause = re.split(r"[,.;!?]", work[end : end + 30], maxsplit=1)[0]
    if _OCCASION_RE.search(before + " " + rest_of_clause) and not _FOR_THE_EVENT_RE.search(
        before + " " + rest_of_clause
    ):
        return True  # the date of the visitor's interview or the company's party, even one "with you"
    if _LENGTH_OF_A_THING_RE.search(said) and _A_THING_AFTER_RE.match(work, end):
        return True  # "12-week bootcamps", "a 30-day trial": how long something lasts
    if _TARGET_COUNT_BEFORE_RE.search(before) and _NOW_RE.search(work[:start]):
        return True  # "50 now, 80 by summer": when the team will have grown
    if _AS_OF_BEFORE_RE.search(before) or _ASKED_FOR_BEFORE_RE.search(before):
        return True  # "headcount is 85 as of this month", "my boss wants quotes by friday": not when they buy
    return bool(_GROWTH_RE.search(before)) and not _BUYING_RE.search(before)


_PRODUCT_QUESTION_RE = re.compile(
    r"\b(?:cancel\w*|refund\w*|trial|money[\s-]?back|notice\s+period|billing|billed|invoic\w*|renew\w*|contract\s+length|"
    r"minimum\s+term|lock[\s-]?in|commitment|(?:price|prices|pricing|rates?)\s+(?:go|goes|going)\s+up|price\s+(?:increase|rise|change)|"
    r"discount|promo\w*|offer\s+(?:valid|good|ends)|deal\s+(?:valid|ends)|bill|charge[ds]?|"
    # "will you guys be at dreamforce in september?": the vendor's own dates
    r"(?:will|are|is)\s+(?:you|u|your\s+\w+)(?:\s+guys)?\s+(?:be\s+)?(?:at|attending|exhibiting|going\s+to|presenting)|book\w*\s+(?:a\s+|the\s+)?(?:demo|call|meeting)|schedul\w*\s+(?:a\s+|the\s+)?(?:demo|call|meeting))\b",
    re.I,
)
_ENDS_ASKING_RE = re.compile(r"[^.!?]*\?")
_MONEY_BEFORE_RE = re.compile(r"(?:[$€£¥₹]\s*[\d,.]+\s*[km]?|\d[\d,.]*\s*(?:k|grand|dollars|euros|usd|eur))\s*$", re.I)
_LENGTH_OF_A_THING_RE = re.compile(r"\d\s*-\s*(?:day|week|month|year|quarter)$", re.I)
_A_THING_AFTER_RE = re.compile(
    r"\s+(?!(?:timeline|timeframe|time\s*frame|window|horizon|deadline|rollout|roll-out|runway|countdown|from|out|away|"
    r"or|and|max|tops|ish)\b)(?:[a-z-]+\s+)?[a-z-]{3,}",
    re.I,
)
_TARGET_COUNT_BEFORE_RE = re.compile(
    r"(?:^|[,;]|\b(?:be|reach|hit|to|and|maybe|about|around|probably|likely|hopefully|expect|expecting|targeting|aiming\s+for|"
    r"aim\s+for|grow\s+to|growing\s+to|plan\s+to\s+be))\s*(?:~\s*)?\d[\d,.]*k?\s*(?:people|employees|staff|ppl|heads|ftes?)?\s*"
    r"(?:(?:by|before|around|in)\s+(?:the\s+)?)?$",
    re.I,
)
_AS_OF_BEFORE_RE = re.compile(r"\b(?:as\s+of|since)\s*$", re.I)
# what someone wants in hand by then: quotes, a shortlist, a proposal (the research's deadline, not the purchase's)
_ASKED_FOR_BEFORE_RE = re.compile(
    r"\b(?:wants?|needs?|asked\s+for|expects?)\s+(?:\w+\s+)?(?:quotes?|pricing|prices|proposals?|options|numbers|"
    r"a\s+shortlist|a\s+recommendation|info(?:rmation)?|a\s+summary|an?\s+(?:comparison|overview|breakdown|rundown|proposal))"
    r"(?:\s+from\s+(?:me|us|my\s+team))?"
    r"(?:\s+(?:by|before|for|until))?\s*$|"
    # "asked me to shortlist 3 vendors by friday", "I have to compare options by monday": homework due, not the purchase
    r"\b(?:shortlist|compare|collect|gather|research|narrow\s+down|list|find|pull\s+together|put\s+together)\s+"
    r"(?:\d+\s+|a\s+few\s+|some\s+|the\s+|a\s+)?(?:\w+\s+)?(?:vendors?|tools?|options?|quotes?|prices|pricing|providers?|"
    r"solutions?|platforms?|candidates?)(?:\s+(?:by|before|for|until))?\s*$|"
    # "I need to present options to the publisher by next week": the visitor's homework is due, not the purchase
    r"\b(?:present|send|show|bring|take|give|hand)\s+(?:\w+\s+)?(?:options|quotes?|a\s+proposal|pricing|prices|numbers|"
    r"(?:a\s+|my\s+|our\s+|the\s+)?(?:shortlist|recommendation|findings|comparison))\s+"
    r"to\s+(?:the|my|our)\s+(?:\w+\s+)?\w+\s*$|"
    # "I'll present this to the leadership team next week": the visitor's step towards a decision, not the purchase
    r"\b(?:present|pitch|show|bring|take|run)\s+(?:this|it|that|you|your\s+\w+)\s+(?:to|by|past)\s+(?:the|my|our)\s+"
    r"(?:\w+\s+){0,2}\w+\s*$|"
    # "I'll be recommending a tool to leadership next week", "presenting my recommendation next week"
    r"\b(?:recommend(?:ing)?|present(?:ing)?|pitch(?:ing)?|propos(?:e|ing)|submit(?:ting)?)\s+"
    r"(?:(?:a|the|one|our|my)\s+)?(?:\w+\s+)?(?:(?:tool|vendor|option|solution|platform|choice|pick)\s+)?"
    r"(?:to|with)\s+(?:the\s+|my\s+|our\s+)?(?:\w+\s+)?\w+\s*$|"
    r"\b(?:present(?:ing)?|shar(?:e|ing)|submit(?:ting)?|send(?:ing)?|mak(?:e|ing))\s+(?:my|our|a|the)\s+"
    r"(?:recommendation|findings|shortlist|proposal|business\s+case|case)(?:\s+up\s+the\s+(?:chain|ladder)|\s+upstairs)?"
    r"(?:\s+(?:by|before))?\s*$|"
    # "can you send the quote by friday?": what we are asked to send, and when
    r"\b(?:send|email|get)\s+(?:me|us)?\s*(?:the|a|your)\s+(?:\w+\s+)?(?:quote|proposal|pricing|price\s+list|contract|"
    r"deck|info|details|numbers)\s*$",
    re.I,
)
_NOW_RE = re.compile(r"\b(?:now|currently|today|at\s+the\s+moment|atm)\b", re.I)


# "our q3 numbers were great": the clause goes on in the past
_PAST_AFTER_RE = re.compile(r"^\s*(?:[a-z]+\s+){0,2}?(?:were|was|went|came\s+in|closed|ended)\b", re.I)
# another event or an absence the time belongs to; "we need it before the conference" is still a deadline
# a new fiscal year is when money comes, so its start is the timeline only when buying is said with it
_YEAR_STARTS_RE = re.compile(
    r"\b(?:fiscal|financial|tax|budget)\s+year\s+(?:starts|begins|starting|beginning|kicks\s+off|opens|is|beginnt|"
    r"commence|empieza|comienza|inizia|begint|börjar|begynner|begynder|alkaa|zaczyna)\b",
    re.I,
)
_AFTER_BUT_RE = re.compile(r"\b(?:but|however|whereas)\b", re.I)
_BUYS_RE = re.compile(
    r"\b(?:buy|bought|buying|purchas\w*|sign|switch\w*|start|go(?:ing)?\s+live|launch|roll\s*out|implement\w*|onboard\w*|"
    r"get\s+(?:it|this|started)|spend\w*|money|funds|budget\s+(?:comes|resets|frees)|new\s+tools?|approv\w*|for\s+(?:this|it))\b"
    # money named with it: "our fiscal year starts july 1 and 20k is set aside from then"
    r"|\bset\s+aside\b|\bfrom\s+then\b|\bearmark\w*|\d\s*k\b|[$€£]\s*\d",
    re.I,
)
_DENIED_BEFORE_RE = re.compile(r"\bnot\s+(?:on\s+|in\s+|by\s+)?$", re.I)
_NOT_UNTIL_RE = re.compile(r"(?:until|till|til|before|after|earlier|sooner|later|for|within|in\s+the)\b", re.I)
_THEIR_LAUNCH_RE = re.compile(
    r"\blaunch\w*\s+(?:our|my|the|a|their)\s+(?:new\s+)?(?:own\s+)?(?:product|app|store|shop|site|website|book|album|"
    r"campaign|collection|brand|podcast|course|restaurant|game|clinic|menu|line)\b",
    re.I,
)
_IN_TIME_RE = re.compile(r"\b(?:by|before|for|ahead\s+of)\s+(?:then|that|it|launch)\b|\bin\s+time\b", re.I)
_WHEN_IT_STARTS_RE = re.compile(r"\b(?:once|when|after|as\s+soon\s+as|until|till|with|in|for)\s+(?:our|the|a)\s+", re.I)
_OTHER_EVENT_RE = re.compile(
    r"\b(?:webinar|conference|summit|trade\s*show|expo|meetup|offsite|off-site|retreat|vacation|holiday|"
    r"(?:parental|maternity|paternity|sick)\s+leave|out\s+of\s+(?:the\s+)?office|ooo|away|travell?ing|"
    r"board\s+meeting|birthday|wedding|numbers|results|earnings|booth|keynote|panel|"
    # "our board meets on jan 20", "the budget meeting is on april 2", "i'm off until jan 5"
    # "tax season starts april 15": a season of their work, not a purchase
    r"(?:tax|busy|peak|holiday|wedding|harvest|audit|filing|flu|ski|school)\s+season\s+(?:starts|begins|kicks\s+off|opens|is)|"
    # "our founder is giving a talk next week": someone's engagement
    r"(?:giving|gives|give|doing|holding)\s+(?:a|the|his|her|their|our)\s+(?:talk|presentation|speech|keynote|lecture|seminar)|"
    r"speaking\s+at|"
    r"meets|meeting\s+(?:is|was)|(?:i'?m|i\s+am|we'?re|we\s+are|she'?s|he'?s|is|are)\s+(?:off|out|away)"
    r"(?:\s+(?:until|till|til|from|between)(?:\s+[\w ]{1,12}?\s+(?:to|and|until|till|-))?)?(?=\s*$)|"
    # "been in business 15 years this spring": the business's age, not a purchase
    r"in\s+business|anniversary|"
    r"back\s+(?:on|from)|"
    # "call me next week?": when to reach them, as a call booked is
    r"(?:call|email|e-mail|ping|text|phone|ring|contact)\s+me|get\s+back\s+to\s+me|reach\s+(?:out\s+to\s+)?me|"
    # "can we talk on tuesday?", "let's meet friday": when to talk, as a call booked is (a demo asked for is not this)
    r"(?:can|could|shall|should|would)\s+(?:we|i|you)\s+(?:\w+\s+)?(?:talk|chat|speak|meet|catch\s+up|"
    r"have\s+a\s+(?:quick\s+)?(?:call|chat|meeting))|let'?s\s+(?:talk|chat|speak|meet|catch\s+up)|"
    # "our office moves on august 1": a move, not a purchase
    r"(?:office|offices|hq|headquarters)\s+(?:moves?|moving|relocates?|relocating)|moving\s+(?:offices|house|premises)|"
    r"relocat\w*\s+(?:the\s+|our\s+)?(?:office|offices|hq|headquarters)|"
    # "our fiscal year ends in june": when the books close, not when they buy
    # (a new one starting is when money comes)
    r"(?:(?:fiscal|financial|tax|budget)\s+year|(?<!next\s)(?:q[1-4]|quarter|fy))\s+(?:se\s+|si\s+)?(?:ends|ending|closes|endet|termine|termina|eindigt|slutter|slutar|"
    r"päättyy|chiude|encerra|acaba)|"
    # "my trial ends tomorrow": when the trial runs out, not when they buy
    r"trial\s+(?:ends|ending|expires|expiring|runs\s+out|is\s+up|is\s+over|finishes)|"
    # "our office lease ends in march": the premises' dates (a contract with a vendor ending is when they switch)
    r"(?:lease|tenancy|rental\s+agreement|mortgage|loan|visa|semester|school\s+year|warranty)\s+(?:(?:agreement|contract)\s+)?"
    r"(?:ends|ending|expires|expiring|runs\s+out|is\s+up|finishes)|"
    # "our goal is 1000 clients this year": a target for the business, not when they buy
    r"(?:goal|target|aim|objective|quota)s?\s+(?:is|are|of|for)\s+(?:to\s+(?:reach|hit|get|grow\s+to|sign|double\s+to)\s+)?"
    r"(?:about\s+|around\s+)?[\d,.]+k?\s+(?:new\s+|more\s+)?(?:clients|customers|users|sales|leads|members|students|patients|"
    r"subscribers|deals|units|downloads|signups|accounts))\b",
    re.I,
)
# an occasion in the visitor's or the company's life: "interviewing with you next week", "our 10 year
# anniversary next month", "celebrating our launch in march"; "live before our anniversary" is still a deadline
_OCCASION_RE = re.compile(
    r"\b(?:\d+\s+years?\s+old|turn(?:s|ing)?\s+\d+|interview(?:s|ing|ed)?|anniversary|celebrat\w*|graduat\w*|christening|baby\s+shower|(?:holiday|christmas|"
    r"office|launch|birthday|farewell|retirement|summer|team)\s+(?:party|dinner|celebration)|(?:birthday|wedding|"
    r"honeymoon|parental\s+leave|maternity\s+leave))\b"
    # "i'm on vacation next week", "ik ben volgende week op vakantie": away, not buying
    r"|\bon\s+(?:vacation|holiday|holidays|leave|pto|annual\s+leave|sabbatical)\b"
    # "the new office will be finished in march", "新しいオフィスは来年3月に完成します" (the verb after the date): a
    # building, not a purchase
    r"|\b(?:office|offices|building|warehouse|factory|plant|hq|headquarters|store|shop|site)\b[^.;!?]{0,40}?"
    r"\b(?:(?:will\s+be|is|gets?|being)\s+)?(?:finished|completed|built|constructed)\b",
    re.I,
)
_FOR_THE_EVENT_RE = re.compile(
    r"\b(?:before|by|ahead\s+of|in\s+time\s+for|for|after|once)\s+(?:the\s+|our\s+|my\s+|his\s+|her\s+)?(?:\w+\s+)?"
    r"(?:webinar|conference|summit|trade\s*show|expo|meetup|offsite|retreat|vacation|holidays?|board\s+meeting|leave|"
    r"anniversary|celebration|party|wedding|birthday|office|building|warehouse|factory|hq|headquarters)\b",
    re.I,
)


_REFINED_RE = re.compile(rf"\b(?:q[1-4]|(?:first|second|third|fourth|1st|2nd|3rd|4th)\s+quarter|{_MONTHS})\b", re.I)


def _clause_around(work: str, match: re.Match[str]) -> str:
    """The sentence a match stands in: "next year" and "March" refine each other only there."""
    start = max(work.rfind(mark, 0, match.start()) for mark in ".;!?") + 1
    ends = [i for i in (work.find(mark, match.end()) for mark in ".;!?") if i >= 0]
    return work[start : min(ends) if ends else len(work)]


_WEEKDAYS = {"mon": 0, "tue": 1, "wed": 2, "thu": 3, "fri": 4, "sat": 5, "sun": 6}
# "by friday", "next tuesday", "we'd like to switch on monday": the coming one; a bare day name only as the whole answer
WEEKDAY_RE = re.compile(
    r"\b(?:(?P<cue>by|on|this|next|coming|until|till|before|this\s+coming|by\s+next|on\s+next)\s+(?:the\s+)?)?"
    r"(?P<day>mon(?:day)?|tue(?:s|sday)?|wed(?:nesday)?|thu(?:rs?|rsday)?|fri(?:day)?|sat(?:urday)?|sun(?:day)?)\b",
    re.I,
)
# "by the 15th", "on the 4th": the next day of the month with that number; "the 20th of this month",
# "the 3rd of next month": that month's day (read before "this month" alone, which is its end)
DAY_OF_MONTH_RE = re.compile(
    rf"(?:\b(?:by|on|before|until|till|for)\s+|^\W*)the\s+(?:(?P<d>[1-9]|[12]\d|3[01])(?:st|nd|rd|th)|(?P<dw>first|second|third|"
    r"fourth|fifth|tenth|fifteenth|twentieth)(?!\s+(?:year|month|week|quarter|time|day|few|couple|round|phase|step)s?\b))\b"
    r"(?:\s+of\s+(?:the\s+)?(?P<which>this|the|current|next|coming|following)\s+month\b)?"
    rf"(?!\s+(?:of\s+)?(?:{_MONTHS})\b)",
    re.I,
)
# Days a business plans around, by name; the dates of the moving ones come from the holidays library.
NAMED_DAY_RE = re.compile(
    r"\b(?:(?P<cue>by|before|until|till|for|around|ahead\s+of|in\s+time\s+for|(?<=launch\s)on|(?<=live\s)on|(?<=start\s)on)\s+(?:the\s+)?)?"
    r"(?P<name>christmas(?:\s+eve)?|xmas|chrissy|crimbo|thanksgiving|black\s+friday|cyber\s+monday|new\s+year'?s(?:\s+(?:day|eve))?|"
    r"memorial\s+day|labou?r\s+day|independence\s+day|(?:the\s+)?4th\s+of\s+july|july\s+4th|valentine'?s(?:\s+day)?|halloween)\b"
    r"(?P<deadline>\s+(?:is|as)\s+(?:our|the)\s+deadline)?",
    re.I,
)


def _weekdays(work: str, today: date, whole_answer: bool) -> Iterator[_Span]:
    for match in WEEKDAY_RE.finditer(work):
        opens = not work[: match.start()].strip() and len(match.group("day")) > 3  # "monday if possible"
        # "hoping to sign monday", "5k budget. tuesday": a day right after buying, or said on its own
        acted = _ACTED_ON_DAY_RE.search(work[: match.start()]) or (
            _ALONE_RE.match(work[match.end() :]) and (_SENTENCE_START_RE.search(work[: match.start()]))
        )
        if not (match.group("cue") or whole_answer or opens or (acted and len(match.group("day")) > 3)):
            continue  # "our monday standup" is no timeline
        if len(match.group("day")) <= 3 and not match.group("cue"):
            continue
        ahead = (_WEEKDAYS[match.group("day")[:3].lower()] - today.weekday()) % 7
        yield match.start(), match.end(), ahead or 7, {}


_ACTED_ON_DAY_RE = re.compile(
    r"\b(?:sign(?:ing)?|start(?:ing)?|buy(?:ing)?|purchas(?:e|ing)|launch(?:ing)?|go(?:ing)?\s+live|kick(?:ing)?\s+off|"
    # "want a demo friday": the demo they ask for is when they start
    r"(?:a\s+|the\s+)?demo|"
    r"begin(?:ning)?|decid(?:e|ing)|onboard(?:ing)?|switch(?:ing)?|roll(?:ing)?\s+out)(?:\s+it|\s+up)?\s+$",
    re.I,
)
_SENTENCE_START_RE = re.compile(r"(?:^|[.!;]\s*)$")
_ALONE_RE = re.compile(r"\s*(?:[.!]|$)")


def _days_of_month(work: str, today: date, whole_answer: bool) -> Iterator[_Span]:
    for match in DAY_OF_MONTH_RE.finditer(work):
        day = int(match.group("d")) if match.group("d") else _ORDINALS[match.group("dw").lower()]
        which = (match.group("which") or "").lower()
        ahead = 1 if which in ("next", "coming", "following") else 0
        target = today + relativedelta(months=ahead, day=day)
        if target.day != day or (target < today and not which):
            target = today + relativedelta(months=ahead + 1, day=day)
        if target < today:
            continue  # "by the 2nd of this month", said on the 10th: gone
        yield match.start(), match.end(), (target - today).days, {}


def _named_days(work: str, today: date, whole_answer: bool) -> Iterator[_Span]:
    for match in NAMED_DAY_RE.finditer(work):
        if not (match.group("cue") or match.group("deadline") or whole_answer):
            continue  # "our black friday sale" is no timeline
        target = _named_day(match.group("name").lower(), today)
        if target is None:
            continue
        yield match.start(), match.end(), (target - today).days, {}


_CHRISTMAS_RE = re.compile(r"xmas|chrissy|crimbo")  # what Christmas is called in chat


def _named_day(name: str, today: date) -> date | None:
    import holidays

    name = re.sub(r"\s+", " ", _CHRISTMAS_RE.sub("christmas", name).replace("’", "'"))
    fixed = {
        "christmas": (12, 25),
        "christmas eve": (12, 24),
        "valentine's": (2, 14),
        "valentines": (2, 14),
        "valentine's day": (2, 14),
        "valentines day": (2, 14),
        "halloween": (10, 31),
        "new year's eve": (12, 31),
    }
    for year in (today.year, today.year + 1):
        if name in fixed:
            target = date(year, *fixed[name])
        elif name.startswith("new year"):
            target = date(year + 1, 1, 1)
        elif "july" in name or name.startswith("independence"):
            target = date(year, 7, 4)
        else:
            by_name = {title.lower(): day for day, title in holidays.country_holidays("US", years=year).items()}
            thanksgiving = next((day for title, day in by_name.items() if title.startswith("thanksgiving")), None)
            labor = next((day for title, day in by_name.items() if title.startswith("labor")), None)
            memorial = next((day for title, day in by_name.items() if title.startswith("memorial")), None)
            found: date | None = {
                "thanksgiving": thanksgiving,
                "black friday": thanksgiving and thanksgiving + timedelta(days=1),
                "cyber monday": thanksgiving and thanksgiving + timedelta(days=4),
                "memorial day": memorial,
                "labor day": labor,
                "labour day": labor,
            }.get(name)
            if found is None:
                return None
            target = found
        if target >= today:
            return target
    return None


# a year said without "in": "summer 2027", "2028 at the earliest", or a reply that is just "2028"
_SEASON_YEAR_RE = re.compile(rf"\b(?P<season>{_SEASONS})\s+(?:of\s+)?(?P<year>20[2-4]\d)\b", re.I)
_YEAR_HEDGED_RE = re.compile(
    r"\b(?P<year>20[2-4]\d)\s+(?:at\s+the\s+(?:earliest|latest)|earliest|latest|probably|maybe|hopefully|ideally)\b"
    r"|^\s*(?:maybe|probably|hopefully|ideally|sometime\s+in|not\s+before)?\s*(?P<alone>20[2-4]\d)[\s.!?]*$",
    re.I,
)


def _years(work: str, today: date, whole_answer: bool) -> Iterator[_Span]:
    for match in YEAR_RE.finditer(work):
        year = int(match.group("year"))
        if year > today.year:
            yield match.start(), match.end(), (date(year, 1, 1) - today).days, {}
    for match in _SEASON_YEAR_RE.finditer(work):
        month, day = _SEASON_START[match.group("season").lower()]
        target = date(int(match.group("year")), month, day)
        if target >= today:
            yield match.start(), match.end(), (target - today).days, {}
    for match in _YEAR_HEDGED_RE.finditer(work):
        year = int(match.group("year") or match.group("alone"))
        if year > today.year and (
            match.group("year") or whole_answer or stands_alone(work, match.start(), match.end())
        ):
            yield match.start(), match.end(), (date(year, 1, 1) - today).days, {}


def _standalone_now(work: str, match: re.Match[str]) -> bool:
    """ "now" and "today" mean a timeline only when they are about buying ("we need it now")."""
    before = work[max(0, match.start() - 30) : match.start()].lower()
    return (
        bool(
            re.search(
                r"(?:need|want|start|buy|live|launch|ready|sign|go|switch)\w*\s+(?:\w+\s+){0,2}?(?:it\s+|this\s+|up\s+)?"
                r"(?:by\s+|from\s+|right\s+|like\s+)?$|(?:^|[,;]\s*)so\s+(?:right\s+)?$|"
                # "we want it set up today", "need this running today"
                r"(?:need|want)\w*\s+(?:it|this|everything)\s+(?:set\s+up|up\s+and\s+running|running|live|done|ready|"
                r"in\s+place)\s+$",
                before,
            )
        )
        or len(work.split()) <= 3
        # "ready to buy business for 60 seats today": the purchase, however much is said of it before the day
        or bool(_BUY_TODAY_RE.search(work[max(0, match.start() - 60) : match.start()]))
    )


_BUY_TODAY_RE = re.compile(
    r"(?:\b(?:ready\s+to\s+(?:buy|purchase|sign|order)|(?:want|like|need|looking)\s+to\s+(?:buy|purchase|order|sign\s+up))"
    # said as an order: "buy business for 20 users today", "ok let's purchase it today"
    r"|^\W*(?:(?:ok|okay|so|just|i'?ll|we'?ll|let'?s|pls|please)\W+)*(?:buy|purchase|order)(?=\s))\b"
    r"(?:(?!\b(?:have|has|had|use|using|uses|currently|employ|employs)\b)[^,.;!?])*$",
    re.I,
)


def _duration_days(match: re.Match[str], today: date) -> int | None:
    amount = _amount_value(match.group("n"))
    if amount is None:
        return None
    low, more = match.group("n1"), match.group("n2")
    if low is not None:
        amount = (float(low) + amount) / 2
    elif more is not None and float(more) > amount:
        amount = (amount + float(more)) / 2  # "a year or two"
    unit = match.group("unit")
    if unit.lower() in ("d", "w", "y") and not match.group("n")[0].isdigit():
        return None
    return _days_in(amount, unit, today)


__all__ = ["FAR_DAYS", "find_timelines", "timedelta"]


# units as typed in a hurry too ("monhs", "weks", "yeras")
_DURATION_RE = re.compile(r"(?<![\w.])(\d+(?:\.\d+)?)(?:\s*(?:-|to|or)\s*(\d+(?:\.\d+)?))?\s*([a-z]{1,9})\b", re.I)
_UNIT_DAYS = {"d": 1, "w": 7, "m": 30.4, "q": 91, "y": 365}
_UNIT_WORDS = ("day", "days", "week", "weeks", "month", "months", "quarter", "quarters", "year", "years")
_UNIT_SHORT = {"d", "dy", "dys", "wk", "wks", "mo", "mos", "mth", "mths", "qtr", "qtrs", "yr", "yrs"}


def _unit(word: str) -> str | None:
    """The unit a word after a number means, typed in a hurry as it may be ("wees", "mnths",
    "yeras"): an abbreviation, or a unit word within a typo of it."""
    word = word.lower()
    if word in _UNIT_SHORT or word in _UNIT_WORDS:
        return word[0]
    close = difflib.get_close_matches(word, _UNIT_WORDS, n=1, cutoff=0.8) if len(word) >= 3 else []
    return close[0][0] if close else None


def duration_in_reply(text: str) -> list[Found]:
    """In a reply to "when?", a duration however it is framed ("withn 2 weeks", "so 2-3 months"):
    a best guess the visitor confirms."""
    for match in _DURATION_RE.finditer(text):
        unit = _unit(match.group(3))
        if unit is None:
            continue  # "2 people", "3 of us": a number, not a duration
        low = float(match.group(1))
        high = float(match.group(2)) if match.group(2) else low
        days = round((low + high) / 2 * _UNIT_DAYS[unit])
        return [Found("timeline", days, match.start(), match.end(), {"guess": True})] if 0 <= days <= MAX_DAYS else []
    return []
