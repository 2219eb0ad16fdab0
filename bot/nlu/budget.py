"""Budget phrases to an annual amount in US dollars.

"roughly 10-15k a month" -> 150000; "€40k per year" -> 43200 (the original amount and currency
are kept in `info`); "no budget" -> 0. Amounts above a sane cap or below zero are not returned,
so the dialog asks again rather than storing an absurd value.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from itertools import islice

from bot.nlu.clauses import sentence_before
from bot.nlu.numbers import MULTIPLIER_SUFFIXES, RewrittenText, parse_digits, words_to_number
from bot.nlu.types import Found

MAX_ANNUAL_USD = 50_000_000

CURRENCY_WORDS = {
    "$": "USD",
    "usd": "USD",
    "us$": "USD",
    "dollar": "USD",
    "dollars": "USD",
    "bucks": "USD",
    "€": "EUR",
    "eur": "EUR",
    "euro": "EUR",
    "euros": "EUR",
    "£": "GBP",
    "gbp": "GBP",
    "pound": "GBP",
    "pounds": "GBP",
    "quid": "GBP",
    "c$": "CAD",
    "cad": "CAD",
    "a$": "AUD",
    "aud": "AUD",
    "chf": "CHF",
    "francs": "CHF",
    "¥": "JPY",
    "jpy": "JPY",
    "yen": "JPY",
    "₹": "INR",
    "inr": "INR",
    "rupees": "INR",
    "sek": "SEK",
    "nok": "NOK",
    "dkk": "DKK",
    "sgd": "SGD",
    "nzd": "NZD",
    "brl": "BRL",
    "mxn": "MXN",
    "zar": "ZAR",
    "r$": "BRL",
    "r": "ZAR",  # "R20k a month": the rand (Brazil's real is R$)
    "rand": "ZAR",
    "kronor": "SEK",  # Swedish; Norway's and Denmark's "kroner" are left alone (which one?)
    "reais": "BRL",
    "rs": "INR",
    "rs.": "INR",
    "mx$": "MXN",
    "nz$": "NZD",
    "au$": "AUD",
    "ca$": "CAD",
    "$ca": "CAD",  # "500 $ CA par mois": Quebec writes the sign first
    "$can": "CAD",
    "s$": "SGD",
    "sg$": "SGD",
    "pesos mexicanos": "MXN",
    "mexican pesos": "MXN",
    "pesos mx": "MXN",
    "loonies": "CAD",
    "sterling": "GBP",
    "swiss francs": "CHF",
    "swiss franc": "CHF",
}
# "6000 aussie dollars", "2k kiwi dollars": the dollar named by its country, as people say it
_DOLLARS_OF = {
    "aussie": "AUD", "australian": "AUD", "canadian": "CAD", "cdn": "CAD", "kiwi": "NZD", "nz": "NZD",
    "new zealand": "NZD", "singapore": "SGD", "singaporean": "SGD", "us": "USD", "american": "USD",
}  # fmt: skip
for _country, _code in _DOLLARS_OF.items():
    for _dollar in ("dollar", "dollars"):
        CURRENCY_WORDS[f"{_country} {_dollar}"] = CURRENCY_WORDS[f"{_country}{_dollar}".replace(" ", "")] = _code
# a currency said in letters starts a word ("SDRs 60k each" is no rupees)
_CUR_PRE = (
    r"(?P<{name}>(?<![a-z])(?:us\$|nz\$|au\$|ca\$|sg\$|s\$|c\$|a\$|r\$|mx\$|rs\.?|usd|eur|gbp|cad|aud|chf|jpy|inr|sek|nok|"
    r"dkk|sgd|nzd|brl|mxn|zar)|\$|€|£|¥|₹|(?<![\w$])r(?=\s?\d))"
)
_CUR_POST = (
    r"(?P<{name}>(?:aussie|australian|canadian|cdn|kiwi|nz|new\s+zealand|singapore|singaporean|us|american)\s+dollars?"
    r"|loonies|sterling|swiss\s+francs?|usd|us\$|\$\s?ca(?:n|d)?(?![a-z])|\$|€|£|dollars?|bucks|eur|euros?|gbp|pounds?|quid|cad|aud|chf|francs|yen|jpy|inr|rupees"
    r"|sek|nok|dkk|sgd|nzd|brl|mxn|zar|rand|kronor|reais|pesos\s+mexicanos|mexican\s+pesos|pesos\s+mx)"
)
# thousands by comma or space, by dot (European, "1.500", "50.000,00"), decimals by dot or comma ("1,5k")
_NUM = (
    # (a comma or dot after a number that no digit follows ends a clause: "we can do 2,500, that's it")
    r"(?P<{name}>\d{{1,3}}(?:[ ,'’]\d{{3}})+(?:\.\d+)?(?!\d|,\d)|\d{{1,3}}(?:\.\d{{3}})+(?:,\d{{1,2}})?(?!\d|\.\d)"
    r"|\d+,\d{{1,2}}(?!\d|,\d)|\d+(?:\.\d+)?)"
)
_MULT = r"(?P<{name}>k|hundred|thousand|grand|mm|mn|mill|mil|million|millions|m|bn|billion|b)"


def _amount(i: int) -> str:
    return (
        rf"(?:{_CUR_PRE.format(name=f'pre{i}')}\s?)?"
        + (r"(?:(?<=[Rr])(?<![\w$][Rr])|(?<![\w.\-+]))" if i == 1 else "")  # "R20k" (rand), not "Q4R20"
        + rf"{_NUM.format(name=f'num{i}')}"
        # "30ish k", "20-ish grand": approximately, said between the number and its scale
        rf"(?:(?:\s?-?ish)?\s?{_MULT.format(name=f'mult{i}')})?(?![^\W_])"
        rf"(?:\s?{_CUR_POST.format(name=f'post{i}')}(?![a-z]))?"
    )


AMOUNT_RE = re.compile(
    rf"(?:(?P<between>between|from)\s+)?{_amount(1)}"
    # "and" joins a range only after "between" ("between 5 and 10k"); "oct 1 and $75k" is a date, then an amount
    rf"(?:\s*(?:-|–|to|(?(between)and|(?!))|or)\s*{_amount(2)})?",
    re.IGNORECASE,
)
PERIOD_AFTER_RE = re.compile(
    r"^\.?\s*(?:[-–—]\s+(?=a\s|per\s|an\s|every\s|each\s))?(?:-?\s*ish\s+)?(?:(?:usd|dollars|bucks|euros?|pounds)\s*)?"
    r"(?:\(\s*[a-z$€£₹]{1,4}\s*\)\s*)?(?:(?:[a-z]+\s+)?(?:plan|tier|package)\s+(?=(?:billed\s+)?(?:monthly|quarterly|yearly|"
    r"annually|weekly|a\s|per\s)))?(?:"
    r"(?P<per>(?:per|a|an|/|each|every|\ba|and(?:\s+per)?|for(?:\s+(?:a|one|each|every))?)\s*(?P<unit>months?|mo|mth|mnth|quarters?|qtr|q|years?|yr|annum|weeks?|wk))"
    # "$1,800 every six months", "semi-annually": twice a year
    r"|(?P<half>(?:every|per|each)\s+(?:six|6)\s+months|(?:per|a|every|each)\s+half[\s-]?year|semi[\s-]?annual(?:ly)?|twice\s+a\s+year)"
    r"|(?P<adj>monthly|quarterly|annually|yearly|annual|weekly|p\.?m\.?(?![a-z])|p\.?a\.?(?![a-z])|p/m\b|p/a\b|pcm|/mo|/yr))",
    re.IGNORECASE,
)
PERIOD_BEFORE_RE = re.compile(
    r"(?P<adj>monthly|quarterly|annual|yearly|weekly|per month|per year|per quarter|a month|a year)"
    r"\s+(?:budget|spend|spending|cost|limit|cap)\b[^.?!]{0,25}$|"
    # "weekly we can spare ~$120", "monthly, we could do about 300": the period opens the clause
    r"(?:^|[.,;!?]\s*|\bbudget\s+(?:is\s+)?)(?P<first>semi[\s-]?annually|half[\s-]?yearly|twice\s+a\s+year|monthly|quarterly|annually|"
    r"yearly|weekly|per\s+month|each\s+month|every\s+month|per\s+year|"
    r"a\s+month|a\s+year|a\s+week|"
    r"each\s+year|every\s+year|per\s+week|each\s+week|every\s+week)\b,?(?:\s+(?:we|i)\b[^.?!\d]{0,30})?\s*$",
    re.IGNORECASE,
)
NOT_MONEY_AFTER_RE = re.compile(
    r"^\s*(?:\+\s*)?(?:-\s*)?(?:ish\s+)?(?:or\s+so\s+|odd\s+|give\s+or\s+take\s+)?"
    r"(?:(?:newsletter|email|monthly|daily|weekly|active|paying|unique|registered|website|web|site|social|app|mobile|new|"
    r"total|online|inbound|repeat|loyal)\s+(?=[a-z]))?(?:company[\s-]?wide|globally|worldwide|in\s+total\b(?!\s+(?:per|a|budget))|employees?|employes|emplyees?|empoyees?|employess|of\s+us|people|persons?|ppl|staff|folks|users?|seats?|licen[cs]es?|"
    r"members?|heads?|fte?s?|engineers?|developers?|devs|agents?|reps?|workers?|customers?|clients?|"
    r"locations?|stores?|offices?|sites?|clinics?|branches|days?|weeks?|months?|years?|yrs?|"
    r"visitors?|visits|views|page\s*views|hits|sessions|downloads|subscribers|followers|orders|transactions|"
    r"emails?|messages|calls|tickets|leads|requests|records|rows|contacts|events|installs|"
    r"hours?|hrs?|minutes?|mins?|%|percent|x\b|times|st\b|nd\b|rd\b|th\b|person|man|strong|"
    r"-person|-people|-employee)(?![a-z])",
    re.IGNORECASE,
)
MONEY_CONTEXT_RE = re.compile(
    r"\b(?:budget\w*|bugdet\w*|budjet\w*|buget\w*|spend\w*|pay|paying|afford|price|pricing|cost\w*|invest\w*|"
    r"allocat\w*|earmark\w*|ceiling|cap|capped|set aside|approved|ballpark|cheap\w*|affordabl\w*|inexpensive|pricey|"
    r"money)\b",
    re.IGNORECASE,
)
NO_BUDGET_RE = re.compile(
    # "presupuesto 0 por ahora", "budget: 0": a budget of nothing, in figures
    r"\bbudget\s*(?:is|=|:|of)?\s*[$€£]?\s*0(?![\d.,])(?!\s*(?:-|–|to)\s*\d)|"
    # "budget? lol what budget. zero. nada. zilch.", "tbh we're broke, $0": nothing, said around the word or being broke
    r"\bbudget\b\W{0,4}(?:(?:lol|ha+|haha|what\s+budget|honestly|tbh|um+|well)\W+){0,4}(?:zero|nada|zilch|none|nil|[$€£]?0(?![\d,]|\.\d))|"
    r"\b(?:we'?re|i'?m|we\s+are)\s+(?:\w+\s+)?broke\b\W{0,3}(?:[$€£]\s?0|zero|nada|nothing)\b|"
    r"(?<![\d.,])\$\s?0\s+(?:allocated|budgeted|set\s+aside|earmarked|for\s+(?:this|it|tools|software))\b|"
    r"(?:\bzero|(?<![\d.,$])\b0)\s+(?:dollars|euros|pounds|bucks)\b|\bcan'?t\s+spend\s+(?:anything|a\s+(?:cent|penny|dime))\b|"
    r"\bbudget(?:['’]s|\s+is|\s+es|\s+est|\s+ist|\s+é|\s+è|\s*=|\s*:|\s+of)\s+(?:\$\s?)?(?:0|zero|nil|nothing|none)(?![\d.]|,\d|\s*(?:k|%|dollars|usd|\$))\b|"
    r"\b(?:no|zero|nil|0|without\s+(?:a|any))\s+(?:real\s+|actual\s+|allocated\s+|set\s+)?budget\b"
    r"|\b(?:do\s*n[o']?t|don'?t|dont|haven'?t|have\s+not|doesn'?t|does\s+not)\s+(?:really\s+)?"
    r"(?:have|got)\s+(?:a|any)\s+(?:real\s+)?budget\b"
    r"|\bbudget\s+(?:is\s+|of\s+)?(?:basically\s+|pretty\s+much\s+|practically\s+|essentially\s+|like\s+|literally\s+)?"
    r"(?:zero|nothing|nil|none|[$€£]?0)(?!\d|[.,]\d)"
    r"|\b(?:nothing|no\s+money)\s+(?:allocated|budgeted|set\s+aside)\b"
    r"|\b(?:don'?t|do\s+not|doesn'?t|haven'?t)\s+(?:have|got)\s+(?:any\s+|the\s+)?(?:money|funds|funding|cash)\s+(?:for|to\s+spend)\b"
    r"|\b(?:haven'?t|have\s+not|hasn'?t|has\s+not|didn'?t|not)\s+(?:yet\s+)?(?:budgeted|allocated|set\s+aside|earmarked)\s+"
    r"(?:anything|any\s+(?:money|funds?|budget)|a\s+(?:cent|penny|dime))\b"
    r"|\b(?:can'?t|cannot)\s+afford\s+(?:anything|to\s+pay)\b"
    r"|\bno\s+money\b|\bnot\s+(?:willing|able)\s+to\s+pay\b|\bfree\s+(?:plan\s+)?only\b"
    r"|\bonly\s+(?:want|need)\s+(?:the\s+)?free\b"
    # "zero, we're bootstrapped" (number words are digits by now)
    r"|^\s*(?:[$€£]\s*)?(?:zero|nil|nada|0)(?=\s*(?:[,!;]|\.(?!\d)|$))",
    re.IGNORECASE,
)
_PERIOD_FACTOR = {"month": 12, "quarter": 4, "year": 1, "week": 52, "half_year": 2}


def _period_of(word: str) -> str:
    word = word.lower().replace(".", "").strip()
    if word.startswith(("mo", "mth", "mnth", "pm", "pcm", "/mo", "p/m")):
        return "month"
    if word.startswith(("q", "qtr")):
        return "quarter"
    if word.startswith(("w", "wk")):
        return "week"
    return "year"


def _currency(match: re.Match[str], side: int) -> str | None:
    """The currency said before the amount, or after it; "$1,000 CAD": a dollar sign names no country, so the code
    after it does."""
    said = [(group, match.group(group)) for group in (f"pre{side}", f"post{side}") if match.group(group)]
    read = [
        CURRENCY_WORDS.get(token.lower()) or CURRENCY_WORDS.get(re.sub(r"\s+", "", token.lower())) for _, token in said
    ]
    if len(said) == 2 and said[0][1].strip() == "$" and read[1]:
        return read[1]
    return read[0] if read else None


def _multiplier(match: re.Match[str], side: int) -> float | None:
    token = match.group(f"mult{side}")
    if not token:
        return None
    return MULTIPLIER_SUFFIXES.get(token) or MULTIPLIER_SUFFIXES.get(token.lower())


_MOST_NUMBERS = 60  # numbers weighed as amounts per message: past that it is a list or noise, not a budget
MIN_BUDGET_USD = 20  # a year; below it a figure is a count or a price, not money set aside
_NEAR = 120  # characters after an amount that can still be about it ("… per seat per month for 40 seats")


def find_budgets(
    text: str, rates: Mapping[str, float], *, asked: bool = False, our_prices: frozenset[float] = frozenset()
) -> list[Found]:
    """Every budget stated in `text`, as annual USD, with the original amount kept. `asked`: the text replies to
    the budget question, so a bare figure ("1200", "50 a month max") is money. `our_prices`: the figures on our
    pricing page (bot.nlu.our_prices), which a visitor asks about in any language."""
    rewritten = RewrittenText(text)
    work = rewritten.text
    found: list[Found] = []
    for match in NO_BUDGET_RE.finditer(work):
        start, end = rewritten.span(match.start(), match.end())
        found.append(Found("budget", 0, start, end, {"amount": 0, "currency": "USD", "period": "year"}))
    said_none = list(found)
    short = len(work.split()) <= 2
    reach = -1  # amounts come in order: one inside an earlier amount's span starts before its end
    last: tuple[float, int] | None = None  # the amount read before, and where it ended
    for match in islice(AMOUNT_RE.finditer(work), _MOST_NUMBERS):
        corrects = last is not None and bool(_CORRECTION_RE.search(work[last[1] : match.start()][-80:]))
        scale = 1.0
        if corrects and last is not None and not (match.group("mult1") or match.group("pre1") or match.group("post1")):
            bare = parse_digits(match.group("num1")) or 0.0
            scale = 1000.0 if bare >= 2 and last[0] >= 1000 and last[0] / bare >= 100 else 1.0  # "20k, probably 15"
        item = _read_amount(match, work, rates, short, asked or corrects, scale, our_prices)
        if item is None:
            continue
        value, end_in_work, info = item
        seats_to = int(info.pop("_seats_to"))  # type: ignore[call-overload]  # "… for all 20": the 20 is no amount
        start, end = rewritten.span(match.start() + (len(match.group(0)) - len(match.group(0).lstrip())), end_in_work)
        if start < reach or any(f.start <= start < f.end for f in said_none):
            continue
        found.append(Found("budget", value, start, end, info))
        reach = max(reach, end, rewritten.span(seats_to, seats_to)[0] if seats_to else 0)
        last = (float(info["amount"]), end_in_work)  # type: ignore[arg-type]
    found = _period_corrected(
        _corrections_inherit(sorted(found, key=lambda f: f.start), rewritten, rates), rewritten.original, rates
    )
    return [_currency_named_after(item, rewritten.original, rates) for item in found]


# the currency named after the amount and its period: "15 grand a year, quid not dollars", "15k a year in pounds",
# "5k/mo (EUR)"
_CURRENCY_AFTER_RE = re.compile(
    r"[\s,;:(]*(?:(?:in|all\s+in|that'?s|thats)\s+)?(?P<word>[a-z]{3,6})\b(?!\s+(?:a|per|each)\b)", re.I
)


_NOT_DOLLARS_RE = re.compile(
    r"[^.;!?\d]{0,30}?\b(?P<word>[a-z]{3,6})\s*,?\s*not\s+(?:us\s+)?(?:dollars?|usd|bucks)\b", re.I
)


def _currency_named_after(item: Found, text: str, rates: Mapping[str, float]) -> Found:
    said = text[item.start : item.end]
    if (
        item.info.get("currency") != "USD"
        or "$" in said
        or any(CURRENCY_WORDS.get(word.lower()) for word in re.findall(r"[a-z$€£]+", said, re.I))
    ):
        return item  # a currency was said with the amount
    after = _CURRENCY_AFTER_RE.match(text, item.end) or _NOT_DOLLARS_RE.match(text, item.end)
    code = CURRENCY_WORDS.get(after.group("word").lower()) if after else None
    if not code or code == "USD" or code not in rates:
        return item
    value = _annual_usd(float(item.info["amount"]), str(item.info["period"]), code, rates)  # type: ignore[arg-type]
    return Found(item.entity, value, item.start, item.end, {**item.info, "currency": code}) if value else item


# the words that take back what was just said, for an amount or its period
_SAYS_CORRECTION = r"sorry|i\s+mean|i\s+meant|no\s+wait|wait(?:\s+no)?|actually|make\s+(?:it|that)|correction|oops"
# "about $2k... sorry, I meant per month, not per year": the period corrected, the amount kept
_PERIOD_CORRECTED_RE = re.compile(
    rf"^[^\d]{{0,50}}?\b(?:{_SAYS_CORRECTION})\b[,:\s]*(?:i\s+mean[t]?\s+|"
    r"that'?s\s+|it'?s\s+|that\s+was\s+)?(?P<unit>per\s+month|a\s+month|monthly|/\s*mo|per\s+year|a\s+year|yearly|annually|"
    r"per\s+quarter|a\s+quarter|quarterly|per\s+week|a\s+week|weekly)\b",
    re.I,
)


def _period_corrected(found: list[Found], text: str, rates: Mapping[str, float]) -> list[Found]:
    if len(found) != 1:
        return found
    item = found[0]
    corrected = _PERIOD_CORRECTED_RE.match(text[item.end :])
    if corrected is None:
        return found
    period = _period_of(corrected.group("unit").split()[-1].lstrip("/"))
    value = _annual_usd(float(item.info["amount"]), period, str(item.info["currency"]), rates)  # type: ignore[arg-type]
    return [Found(item.entity, value, item.start, item.end, {**item.info, "period": period})] if value else found


def _read_amount(
    match: re.Match[str],
    work: str,
    rates: Mapping[str, float],
    short: bool,
    asked: bool = False,
    scale: float = 1.0,
    our_prices: frozenset[float] = frozenset(),
) -> tuple[float, int, dict[str, object]] | None:
    """The annual USD value of one amount the pattern found, where it ends (a period such as
    "a month" belongs to it) and what was said; None when it is not money or not believable."""
    currency = _currency(match, 1) or (_currency(match, 2) if match.group("num2") else None)
    if _UNKNOWN_CURRENCY_BEFORE_RE.search(work[max(0, match.start() - 6) : match.start() + 3]):
        return None  # "HK$3,000", "NT$500", "Rp 50.000": a dollar or rupee we hold no rate for
    if not currency and _UNKNOWN_CURRENCY_NAMED_RE.search(work[max(0, match.start() - 40) : match.start()]):
        return None  # "in yuan it's about 3000 a month": the currency named first
    # what an amount's meaning depends on is near it: windows keep each amount's cost constant
    before, after = work[max(0, match.start() - 60) : match.start()], work[match.end() : match.end() + _NEAR]
    if _not_an_amount(match, short, before, after, currency, asked):
        return None
    if not currency and _STANDARD_BEFORE_RE.search(before):
        return None  # "iso 27001, give or take", "NIST 800-53": a standard's number, not money
    amount = _stated_amount(match)
    amount = amount * scale if amount is not None else None
    seat_end, seats, counted_to = _per_seat(work, match.end(), before)
    if (
        amount is None
        # "$30 per seat", "20 per user": priced by the seat; "12 per site, three sites" is a head count
        or not (
            (seat_end and _SEAT_WORD_RE.search(work[match.end() : match.end() + seat_end]))
            or asked
            or _is_money(match, before, after, currency, amount)
        )
        or _about_something_else(before, after)
        or (not asked and _our_price_asked_about(amount, before, after, our_prices))
    ):
        return None
    stated_period, period_end = _period(before, after[seat_end:])
    period_end += seat_end
    spread = _OVER_YEARS_RE.match(after) if not stated_period else None
    if spread and amount is not None:  # "$50,000 over two years" is 25,000 a year
        amount /= parse_digits(spread.group(1)) or words_to_number(spread.group(1)) or 1
        stated_period, period_end = "year", spread.end()
    if not seat_end and stated_period:  # "£150 a month per location", "$30/month each": the unit after the period
        unit_end, units, _ = _per_seat(work, match.end() + period_end, before, each=True)
        if unit_end and units:
            seats, period_end = units, period_end + unit_end
    if seats and not stated_period:  # "$50/seat, 20 seats, monthly": the period after the seats
        trailing = _PERIOD_AFTER_SEATS_RE.match(after[seat_end:])
        stated_period = _period_of(trailing.group("unit").split()[-1]) if trailing else None
    if seats:
        amount *= seats  # "€30 per seat per month for 40 seats" is 40 seats' worth
    # "about $60 per user per month" with no count: one seat's worth, which the dialog multiplies by the team it knows
    one_seat = bool(not seats and seat_end and _SEAT_WORD_RE.search(work[match.end() : match.end() + seat_end]))
    trailing_code = _CODE_AFTER_PERIOD_RE.match(after[period_end:]) if stated_period and not currency else None
    if trailing_code:  # "about 3k a month AUD": the currency's code said after the period
        currency = CURRENCY_WORDS.get(trailing_code.group(1).lower())
    period, stated_currency = stated_period or "year", currency
    currency = currency or "USD"
    annual_usd = _annual_usd(amount, period, currency, rates)
    if annual_usd is None or 0 < annual_usd < MIN_BUDGET_USD:
        return None  # "2 tools", "$3 a year": no budget anyone states
    return (
        annual_usd,
        match.end() + period_end,
        {
            "_seats_to": match.end() + counted_to if counted_to else 0,
            "amount": amount,
            "currency": currency,
            "period": period,
            **({"per_seat": True} if one_seat else {}),
            "_said": [k for k, v in (("period", stated_period), ("currency", stated_currency)) if v],
        },
    )


_CODE_AFTER_PERIOD_RE = re.compile(r"^\s*(?:in\s+)?([A-Z]{3}|[a-z]{3}(?=\s*(?:[.,;!?]|$)))\b")
_PERIOD_AFTER_SEATS_RE = re.compile(
    r"^[^.;!?$€£]{0,40}?\b(?:billed\s+|paid\s+)?(?P<unit>monthly|a\s+month|per\s+month|/\s*mo\w*|quarterly|weekly)\b",
    re.I,
)
# money that is not what they would spend: the company's own figures, or the price of one of our plans
_THEIR_FIGURES_RE = re.compile(
    r"\b(?:revenue|turnover|arr|mrr|sales|raised|funding|valuation|profits?|worth|salary|salaries|head\s*count|"
    r"series\s+[a-e]|seed(?:\s+round)?|round|"
    # what the premises cost: "our office rent is 4k a month"
    r"rent|lease|utilities|electricity\s+bill|"
    # what they spend on advertising: "our ad spend is 30k/month"
    r"ad\s+spend|ads?\s+budget|advertising\s+(?:spend|budget)|media\s+spend|ppc\s+(?:spend|budget)|"
    # the rent in other languages: Turkish "kira", "unsere Miete", "el alquiler"
    r"kira\w*|alquiler|lloguer|miete|loyer|affitto|aluguel|huur|hyra|husleie|husleje|czynsz\w*|n[aá]jem\w*|vuokra\w*|"
    # "our AWS bill is like 12k/month": what another service costs them
    r"(?:aws|azure|gcp|cloud|hosting|server|phone|internet|wi-?fi|insurance|power|gas|fuel|energy)\s+(?:bills?|costs?|spend)|"
    # "we process about $400k a month in transactions": the business's volume
    r"(?:we|they)\s+(?:process(?:ed)?|handled?|moved?|transact(?:ed)?|clear(?:ed)?)|payroll|wage\s+bill|"
    # what their customers pay them: "400 customers paying us $50/mo each"
    r"(?:customers?|clients?|users|members|subscribers|patients|students|buyers?|accounts?)\s+(?:paying|pays?|who\s+pays?)"
    r"\s+(?:us|me)|"
    # what their customers spend: "our customers spend about $40 per visit", "guests spend 60 a night"
    r"(?:customers?|clients?|guests?|patients|shoppers?|visitors|diners|members|students|buyers?)\s+(?:usually\s+|typically\s+|"
    r"normally\s+|often\s+)?(?:spend|spends|spent|spending|pay|pays|paid)\b(?!\s+(?:for|on)\s+(?:you|your|this|it)\b)|"
    # revenue in the languages visitors write: "nossa receita anual", "unser Umsatz", "notre chiffre d'affaires"
    r"receita|faturamento|factura(?:ción|cion)|ingresos|umsatz|chiffre\s+d'affaires|fatturato|omzet|oms[äæ]t(?:t)?ning|"
    r"liikevaihto|przych[oó]d|obrat|tr[žz]by|"
    # what one deal of theirs is worth: "avg deal size for us is 20k"
    r"deal\s+size|acv|aov|ltv|(?:order|contract|deal|lifetime)\s+value|ticket\s+size|average\s+(?:deal|order|sale)|"
    r"avg\.?\s+(?:deal|order|sale)|"
    # a head count with a scale: "we're a company of roughly 3k"
    r"(?:company|team|staff|firm|organi[sz]ation|org|workforce)\s+of|(?:company|team|org|staff)\s+size|headcount)\b"
    r"(?:(?:(?!budget)[^.?!\d,;]){0,35}"  # "1.2M revenue, tooling budget ~8k": the budget is the budget
    # "our office rent is insane, 6k a month": the figure that says how, after a comma
    r"|\s+(?:is|are|'s)\s+(?:[a-z]+\s+){0,2}?[a-z]+\s*[,:–—-]\s*(?:like\s+|about\s+|around\s+|roughly\s+|~\s*)?)$",
    re.IGNORECASE,
)
# "your enterprise tier at 40k/yr", "the pro plan is $99": the price of one of our plans, said before
_OUR_PRICE_BEFORE_RE = re.compile(
    r"\b(?:your|the|ur)\s+(?:\w+\s+){0,2}(?:plan|tier|package|edition|subscription|version|option|license)s?\s+"
    r"(?:at|is|are|costs?|for|of|=|:|starts?\s+at|priced\s+at)\s*(?:about\s+|around\s+|like\s+|~\s*)?$"
    # "your site says $49 per month", "you charge 99 a seat": our price, read back to us
    # ("the 2024 pricing page said $29": our page, whichever year or words name it)
    r"|\b(?:your|ur|the|this)\s+(?:[\w-]+\s+)?(?:web\s*)?(?:site|website|page|pricing(?:\s+(?:page|sheet|table|list))?|"
    r"price\s+(?:list|sheet)|ad|email|brochure|deck)\s+"
    r"(?:says|said|shows|showed|lists|listed|mentions|mentioned)"
    r"\s*(?:it'?s\s+|only\s+)?$|\byou\s+(?:guys\s+)?(?:charge|ask\s+for|list)\s*(?:like\s+)?$"
    r"|\b(?:on|from|in)\s+(?:your|ur)\s+(?:web\s*)?(?:site|website|page|pricing(?:\s+page)?)\b[^.?!\d$€£]{0,20}$"
    # "I saw a price of $300 per month on G2": a price seen somewhere, asked about
    r"|\b(?:saw|seen|read|heard|found|quoted)\s+(?:a\s+|the\s+|your\s+)?(?:price|pricing|quote)\s+(?:of|at)\s*$",
    re.IGNORECASE,
)
_OUR_PRICE_RE = re.compile(
    r"^\s*(?:(?:/|per|a|an)\s*(?:seat|user|month|mo|year|yr)\s*)*(?:one|(?:[a-z]+\s+)?(?:plan|tier|package|option|version|"
    r"subscription|edition)|price|pricing|1\s+(?:billed|is|that|plan))\b",
    re.IGNORECASE,
)


# "2 mil ARR", "3 million in revenue": their figures, said after the amount
_THEIR_FIGURES_AFTER_RE = re.compile(  # (see also the limit words below)
    # "we spend like $5k a month on google ads": money that goes elsewhere
    r"^\s*(?:(?:a|per|each|every)\s+(?:month|year|week|quarter)|/\s*(?:mo|mth|month|yr|year|wk|week|q)\b|monthly|yearly|"
    r"annually|weekly)\s+on\s+(?:google|facebook|meta|linkedin|tiktok|ads|advertising|ppc|"
    r"paid\s+(?:search|social|ads)|rent|payroll|salaries|aws|hosting|cloud|servers?|marketing\s+agenc|"
    # "$3k a month on office coffee": what the office runs on
    r"(?:office\s+)?(?:coffee|snacks|food|lunch(?:es)?|catering|travel|fuel|gas|supplies|furniture|cleaning|utilities|insurance))|"
    # "half a mil a year is our whole IT budget": everything the department spends, not this
    r"^[^.;!?]{0,25}?\b(?:is|'s)\s+(?:our|the)\s+(?:whole|entire|total|overall|complete)\s+(?:[\w-]+\s+)?budget\b|"
    # "we're a $50M company": the company's size in money
    r"^\s*(?:company|business|firm|startup|brand|organi[sz]ation|enterprise)\b|"
    # "a $300/mo quote from your sales guy": a price someone offered
    r"^\s*(?:(?:/|per|a|an)\s*(?:month|mo|year|yr|seat|user)\s*)*(?:quote|quotation|estimate|offer)\b|"
    r"^\s*(?:a\s+year\s+|per\s+year\s+|annual\s+|yearly\s+)?(?:in\s+)?(?:revenue|turnover|arr|mrr|sales|"
    r"valuation|funding|profits?|gmv)\b"
    # "$150/hr", "500 € par jour": a rate by the hour or day is what someone charges, never a budget
    r"|^\s*(?:/|per|an?|each|by\s+the)\s*(?:hr|hrs|hour|day|diem|night|jour|heure|stunde|tag|hora|día|dia)\b"
    # "50k monthly active users", "2k leads a month": things they count, not money
    r"|^\s*(?:monthly\s+|daily\s+|weekly\s+)?(?:active\s+)?(?:users|visitors|customers|subscribers|downloads|"
    r"installs|followers|mau|dau|chats|conversations|tickets|leads|orders|emails|messages|page\s*views|"
    r"sessions|signups|sign-ups|apartments|units|properties|homes|rooms|beds|trucks|vehicles|stores|locations|"
    r"sites|members|students|patients|acres|sq\s*ft|square\s+feet)\b",
    re.IGNORECASE,
)
# "cfo signs anything above 5k", "i sign off on anything under 100k": a sign-off limit, not what they would spend
_LIMIT_BEFORE_RE = re.compile(
    r"\b(?:procurement|purchasing|approval|tender|sign[\s-]?off)\s+(?:threshold|limit|level)\s+"
    r"(?:is|of|at|sits\s+at)\s+(?:about\s+|around\s+|~\s*)?$|"
    r"\b(?:card|credit\s+card|company\s+card)\s+(?:has|with)\s+(?:a|an)\s+$|"
    r"\b(?:anything|everything|whatever|any\s+(?:purchase|spend|expense|contract|tool|software|subscription|vendor)|purchases?|deals?|contracts?|"
    r"invoices?|expenses?)\s+(?:above|over|beyond|"
    r"more\s+than|exceeding|north\s+of|>|under|below|up\s+to|less\s+than|<)\s*$"
    # "I can approve up to 5k without asking": what they may sign alone, not what this would get
    r"|\b(?:i|we)\s+(?:have|hold|got)\s+(?:sign[\s-]?off|approval|signing)\s+(?:authority\s+|rights\s+)?(?:up\s+to|under|below|of)\s*$"
    r"|\b(?:i|we)\s+(?:can|may|could)\s+(?:approve|sign(?:\s+off)?(?:\s+on)?|okay|ok|green[\s-]?light)\s+"
    r"(?:anything\s+|purchases\s+|spend\s+)?(?:of\s+)?(?:up\s+to|under|below)\s*$",
    re.IGNORECASE,
)
# "anything north of 100 a month is a stretch": past it is too much for them, so it is their ceiling
_TOO_MUCH_AFTER_RE = re.compile(
    r"^[^.;!?]{0,25}?\b(?:is|would\s+be|'s|are|gets)\s+(?:a\s+(?:stretch|push|struggle|big\s+ask)|too\s+(?:much|expensive|"
    r"steep|pricey|high|rich)|out\s+of\s+(?:our\s+|my\s+)?(?:budget|reach|range|league)|(?:a\s+)?no[\s-]?go|tough|hard|"
    r"difficult|pushing\s+it|not\s+(?:happening|possible|doable|an\s+option))",
    re.I,
)
# "salesforce cost us 40k last year", "our last invoice was $1,800": what a past tool cost
_PAST_COST_BEFORE_RE = re.compile(
    r"\b(?:cost\s+us|charged\s+us|billed\s+us|we\s+paid|paid|(?:last|old|previous|former|prior)\s+(?:vendor|provider|tool|supplier|platform)\s+(?:charged|billed|wanted)|spent|used\s+to\s+(?:pay|spend)|lost|losing|lose|wasted|burn(?:ed|t)|blew|"
    r"wasting|missed\s+out\s+on|left\s+on\s+the\s+table|"
    # what something else cost them: "we just bought a new office for 400k"
    r"(?:bought|purchased|acquired|sold|leased|rented)\b[^.?!\d]{0,40}?\b(?:for|at)|"
    # what a person or firm they hire is paid: "we pay our accountant 500 a month"
    r"(?:pay|paying|paid)\s+(?:our|my|the)\s+(?:\w+\s+)?(?:accountant|bookkeeper|lawyer|attorney|cleaner|landlord|agency|"
    r"consultant|contractor|freelancer|developer|designer|va|assistant|staff|employees|team|interns?|drivers?)\s*(?:about\s+|around\s+)?|"
    # what a thing of theirs cost: "my laptop alone cost 2000 euros" (their current tool's cost is the budget)
    r"\b(?:my|our|his|her|their)\s+(?!(?:current|existing|old|present)\b|(?:plan|tool|software|crm|subscription|vendor|"
    r"provider|licen[cs]e|system|platform|budget)s?\b)[\w-]+\s+(?:[\w-]+\s+)?(?:alone\s+)?cost\s+(?:me\s+|us\s+)?"
    r"(?:about\s+|around\s+|like\s+|over\s+)?$|"
    # a budget for something else: "our coffee budget is like 200 a month"
    r"\b(?:coffee|snacks?|lunch|catering|travel|party|parties|swag|holiday|christmas|events?|office\s+supplies)\s+budget\s*"
    r"(?:is|of|=|:|'s)?\s*(?:about\s+|around\s+|like\s+|roughly\s+|only\s+|just\s+|~\s*)?$|"
    # a fine: "we got fined 10k by the regulator"
    r"\b(?:fined|penali[sz]ed|fine\s+of|penalty\s+of|sued\s+for|settlement\s+of)\s*(?:about\s+|around\s+|like\s+|over\s+)?$|"
    # a quote to someone else: "your competitor quoted my friend 300/month"
    r"\bquoted\s+(?:my|our|his|her|their|a)\s+(?:\w+\s+)?(?:friend|buddy|colleague|partner|client|brother|sister|neighbou?r|"
    r"competitor|boss)s?\s*(?:about\s+|around\s+|like\s+)?$|"
    # what such a firm or person charges: "our accountant charges us 500 a month"
    r"\b(?:accountants?|bookkeepers?|lawyers?|attorneys?|landlord|agency|agencies|consultants?|contractors?|cleaners?|"
    r"freelancers?|developers?|designers?)\s+(?:charges?|bills?|invoices?)\s+(?:us|me)\s*(?:about\s+|around\s+|like\s+)?$|"
    # another company's prices: "their starter is 20 bucks", "our competitors pay about 300 a month for your tool"
    r"\btheir\s+(?:\w+\s+){0,2}(?:plan|tier|package|starter|basic|pro|premium|price|pricing|edition)s?\s+"
    r"(?:is|are|costs?|runs|starts?\s+at|at|was)\s*(?:about\s+|around\s+|like\s+|only\s+|just\s+)?$|"
    r"\b(?:competitors?|rivals?|competition)\s+(?:\w+\s+){0,2}(?:pay|pays|charge|charges|spend|spends)\s*(?:about\s+|around\s+|like\s+)?$|"
    # what people earn: "our SDRs make 60k base"
    r"(?:make|makes|earn|earns|earning|making)|"
    # "we pay our engineers about $150k each": salaries
    r"pay\s+(?:our|my|the|each\s+of\s+our)\s+(?:[\w-]+\s+){0,2}?(?:staff|team|[a-z]+s)(?:\s+each)?|"
    r"were\s+paying|(?:quoted|offered|pitched)(?:\s+us|\s+me)?|"
    r"(?:last|previous|old)\s+(?:invoice|bill)\b"
    r"[^.?!\d]{0,30}?\bwas)\s*(?:about\s+|around\s+|like\s+|roughly\s+|~\s*)?$",
    re.IGNORECASE,
)
_STAYING_AFTER_RE = re.compile(
    r"\b(?:stay|keep|same|similar|around\s+there|match|max|budget|what\s+we'?d\s+(?:want\s+to\s+|like\s+to\s+)?spend)\b",
    re.IGNORECASE,
)


# a currency the rates file does not hold: its amount is not dollars, so it is no budget we can read.
# One list, read after an amount ("500 zloty"), before it ("PLN 500") and named for it ("in yuan")
_UNKNOWN_CURRENCY_NAMES = (
    r"naira|cedis?|shekels?|sheqels?|shillings?|dirhams?|riyals?|ringgits?|baht|won|yuan|rmb|kroner|rupiah|liras?|"
    r"zlotys?|złoty|forints?|korun[ay]|kč|pesos|lei|hryvnias?|rubles?|roubles?|taka|dong|kwacha|birr"
)
# "try" is Turkish lira only in capitals ("we'd try 3 seats")
_UNKNOWN_CURRENCY_CODES = r"krw|cny|(?-i:TRY)|uah|rub|ils|idr|hkd|twd|myr|php|aed|sar|qar|egp|ngn|kes|pln|czk|huf"
_UNKNOWN_CURRENCY_AFTER_RE = re.compile(
    r"^\s*(?:a\s+|per\s+)?(?:(?:turkish|chinese|korean|russian|polish|nigerian|kenyan|egyptian|saudi|emirati|argentin\w+|"
    r"colombian|chilean|philippine|indonesian|thai|vietnamese|malaysian|israeli|ukrainian|hong\s+kong|new\s+taiwan)\s+)?"
    rf"(?:{_UNKNOWN_CURRENCY_NAMES}|{_UNKNOWN_CURRENCY_CODES}|₦|kr\.?(?!\w)|zł|zl\b|"
    r"pesos?\s+(?:argentinos|colombianos|chilenos))\b",
    re.IGNORECASE,
)


_ASKS_IF_BEFORE_RE = re.compile(
    r"\b(?:know|wondering|check(?:ing)?|ask(?:ing)?|curious)\s+(?:if|whether)\b[^.!?]{0,40}$", re.I
)
_UNKNOWN_CURRENCY_BEFORE_RE = re.compile(
    rf"(?:\b(?:hk|nt|rm|rp|{_UNKNOWN_CURRENCY_CODES})\s?\$?\s?|[₩₱₺₦₴₽₫₵₪₸₼₾])"
    r"(?=\d|\s?\$?\d)",
    re.I,
)


_UNKNOWN_CURRENCY_NAMED_RE = re.compile(
    rf"\bin\s+(?:{_UNKNOWN_CURRENCY_NAMES})\b"
    r"[^.;!?\d$€£]{0,24}$",
    re.I,
)


# money raised or borrowed: "a €2m grant from the EU" is theirs to run on, unless it is for this
# ("we got a 5k grant for software")
_FUNDS_AFTER_RE = re.compile(
    r"^\s*(?:grants?|loans?|investment|round|seed(?:\s+round)?|series\s+[a-d]|raise|mortgage|debt|credit\s+line)\b"
    r"(?![^.?!]{0,30}\bfor\s+(?:the\s+|our\s+|a\s+|new\s+)?(?:software|tools?|tooling|this|it|tech|technology|crm|"
    r"platforms?|systems?|digital|automation|chat))",
    re.IGNORECASE,
)


# a question about a price, not a figure offered: "is it like $1,000/month?", "is there a per-seat fee of $15?"
_PRICE_QUESTION_RE = re.compile(
    r"\b(?:how\s+much|why\s+(?:is|are|does|do)|what(?:'s|\s+is|\s+are|\s+does|\s+do)|is\s+(?:it|that|this|there|the|your|enterprise|pro|growth|starter|"
    r"basic|business|premium|team|plus|scale|standard)|are\s+(?:there|they|you)|"
    r"does\s+(?:it|that|this|the)|do\s+(?:you|i|we)|cost|costs|price[ds]?|fee|cuánto|cuanto|combien|wie\s*viel|quanto|hoeveel|"
    r"coûte|cuesta|custa|kostet|costa|kost|kostar|koster|kosztuje|stojí|maksaa|maksab|kainuoja|would\s+it\s+be|will\s+it\s+be|"
    # a plan of ours named in a question in Japanese, Chinese or Korean ("月額プランは4,980円ですか" is glossed
    # "a month plan は 4980 yen ですか"); in English "is $99/month the starter plan? that works for us" may be theirs
    r"\bplan\s*(?=[\u3040-\u30ff\u4e00-\u9fff\uac00-\ud7af])|(?<=[\u3040-\u30ff\u4e00-\u9fff\uac00-\ud7af])\s*plan\b|"
    r"includ\w*|incluye|inclui|inclut|enthält|come\s+with|refund\w*|cancel\w*|preis\w*|prix|precio|preço|prezzo|prijs|plano|"
    r"(?:monthly|mensal|mensual|mensuel|monatlich)\s+(?:or|ou|o|oder)\s+(?:annual|yearly|anual|annuel|jährlich|a\s+year)|"
    # "49 dollar per month hai ya per year?": which period a price is for, asked
    r"(?:per|a|/)\s*(?:month|mo|year|yr)\s+(?:\w+\s+)?(?:or|ya|ou|o|oder|of)\s+(?:per|a|/)\s*(?:month|mo|year|yr))\b",
    re.IGNORECASE,
)
# ... unless the question offers it: "could we do $500 a month?", "is $300/mo ok for the pro plan?"
_OFFERED_RE = re.compile(
    # "could we do $500 a month?", not "can i get a refund after paying $300?"
    r"\b(?:can|could|would|will|should)\s+(?:we|i)\s+(?:\w+\s+)?(?:do|pay|spend|afford|go|manage|stretch|swing|budget|start|"
    r"get\s+(?:it|this|that|the))\b|\b(?:we|i)\s+(?:can|could|would|will|might|have|had|got)\b|"
    r"\b(?:we|i)'?(?:ve|d)\s+(?:got|budgeted|set\s+aside)\b|"
    r"\b(?:ok|okay|fine|enough|possible|doable|feasible|acceptable|realistic|reasonable|afford\w*|within|budget\w*|"
    r"spend|pay(?!\s+(?:the|that|this)\b)|thinking|looking\s+for|max|tops|up\s+to)\b",
    re.IGNORECASE,
)
# a price charged elsewhere: "your competitor charges €300/month", "Intercom costs $99 a seat"
_ELSEWHERE_PRICE_BEFORE_RE = re.compile(
    r"(?:\b(?:competitors?|competition|the\s+other\s+(?:vendors?|tools?|options?|providers?|guys))|"
    r"(?<!\bour\s)(?<!\bmy\s)(?<!\bcurrent\s)(?<!\bexisting\s)\b(?-i:[A-Z][\w.]+)(?<!\bIt)(?<!\bThis)(?<!\bThat)(?<!\bWhich)(?<!\bWhat))\s+(?:charges?|is\s+charging|"
    r"costs?|quoted\s+(?:us|me)|is\s+priced\s+at|asks?\s+for)(?:\s+(?:us|me))?\s*(?:about\s+|around\s+|like\s+|only\s+|"
    r"just\s+|~\s*)?$"
    # "hubspot charges like $890/mo": a vendor named in lowercase, charging
    r"|\b(?!(?:we|i|you|u|they|it|this|that|which|what|who|he|she|one)\b)[a-z][\w.]+\s+(?:charges?|is\s+charging)"
    r"\s*(?:about\s+|around\s+|like\s+|only\s+|just\s+|~\s*)?$",
    re.IGNORECASE,
)


# "inkl. MwSt.?", "approx. $50?": an abbreviation's dot does not end the sentence
_SENTENCE_END_RE = re.compile(
    r"(?<!\binkl)(?<!\bincl)(?<!\bapprox)(?<!\bca)(?<!\betc)(?<!\bvs)(?<!\bmwst)(?<!\bexcl)(?<!\bzzgl)(?<!\bapx)"
    "[.!?\n\u3002\uff01\uff1f\u061f]",
    re.I,
)


def _a_question_about_it(before: str, after: str) -> bool:
    if _ASKS_IF_BEFORE_RE.search(before):
        return True  # "just want to know if enterprise is $1k/mo": a price asked about, without a question mark
    sentence_end = _SENTENCE_END_RE.search(after)
    if not sentence_end or sentence_end.group(0) not in _QUESTION_MARKS:
        return False
    sentence = sentence_before(before, len(before)) + after[: sentence_end.start()]
    return bool(_PRICE_QUESTION_RE.search(sentence)) and not _OFFERED_RE.search(sentence)


# where a sentence ends in any script, and the marks that make it a question: Latin, fullwidth (CJK) and Arabic
_ANY_SENTENCE_END_RE = re.compile("[.!?\n\u3002\uff01\uff1f\u061f]")
_QUESTION_MARKS = frozenset("?\uff1f\u061f")


def _our_price_asked_about(amount: float, before: str, after: str, our_prices: frozenset[float]) -> bool:
    """One of the figures on our pricing page, in a question ("¿los 99 dólares incluyen IVA?"): the words around
    it are in any language, the figure and the question mark are not. Offered as theirs ("could we do $99 a
    month?") it is still a budget."""
    if not any(abs(amount - price) < 0.005 for price in our_prices):
        return False
    end = _ANY_SENTENCE_END_RE.search(after)
    sentence = sentence_before(before, len(before)) + after[: end.start() if end else len(after)]
    asked = (end is not None and end.group(0) in _QUESTION_MARKS) or "¿" in sentence
    # "the $49/mo plan works for us, can we upgrade later?", "Is $99/month the starter plan? That works for us."
    taken = _TAKEN_AS_LIMIT_AFTER_RE.match(after) or (end and _TAKEN_AS_LIMIT_AFTER_RE.match(after[end.end() :]))
    return asked and not taken and not _OFFERED_RE.search(sentence)


# "$300/mo for slack but that's unrelated": the visitor says the figure is not about this
_UNRELATED_AFTER_RE = re.compile(
    r"^[^.;!?]{0,50}?\b(?:(?:but\s+)?(?:that'?s|that\s+is|it'?s|which\s+is)\s+(?:totally\s+|completely\s+|a\s+)?"
    r"(?:separate|different(?:\s+(?:thing|budget|story))?|another\s+(?:thing|budget|story))|"
    # "different thing but yeah", "separate budget tho": said without "that's"
    r"(?:(?<=,\s)|(?<=-\s)|(?<=\(\s)|(?<=\())(?:a\s+)?(?:totally\s+|completely\s+)?(?:different|separate|another)\s+(?:thing|budget|story|line\s+item)|"
    r"(?:totally\s+|completely\s+|entirely\s+)?(?:unrelated|not\s+related)|"
    # "2 lakh but that's for the new laptops, not software"
    r"(?:that'?s|that\s+is|it'?s|which\s+is)\s+(?:for|on)\s+[^.;!?]{0,40}?\bnot\s+(?:for\s+)?(?:this|software|tools?|you|it)|"
    r"(?:has|have)\s+nothing\s+to\s+do\s+with\s+(?:this|it))\b",
    re.I,
)


# "we pay 2k/mo for office wifi": what they pay for a thing of another kind
_FOR_ANOTHER_THING_AFTER_RE = re.compile(
    r"^[^.;!?\d]{0,25}?\bfor\s+(?:the\s+|our\s+|my\s+)?(?:office\s+|company\s+)?(?:wi-?fi|internet|broadband|rent|electricity|"
    r"power|utilities|coffee|snacks|lunch(?:es)?|insurance|payroll|salaries|wages|parking|cleaning|fuel|gas|leases?|"
    r"phones?|phone\s+bills?|printers?|furniture|catering|travel|flights|hotels)\b|"
    # "6k a month for a tiny office", "2k a month for the warehouse space": what the premises cost
    r"^[^.;!?\d]{0,25}?\bfor\s+(?:a|an|the|our|my|this)\s+(?:[\w-]+\s+){0,2}?(?:office|offices|premises|desk|desks|"
    r"warehouse|storefront|apartment|flat|studio\s+space|space|room|rooms)\b(?!\s+(?:team|staff|people|workers|crew|users|folks))",
    re.I,
)


def _about_something_else(before: str, after: str) -> bool:
    if _UNKNOWN_CURRENCY_AFTER_RE.match(after) or _FUNDS_AFTER_RE.match(after) or _UNRELATED_AFTER_RE.match(after):
        return True
    if _FOR_ANOTHER_THING_AFTER_RE.match(after):
        return True
    if (_OUR_PRICE_RE.match(after) or _OUR_PRICE_BEFORE_RE.search(before[-60:])) and (
        _TAKEN_AS_LIMIT_AFTER_RE.match(after) or _CHOSEN_BEFORE_RE.search(before[-40:])
    ):
        # "the $99/mo plan is fine for us, anything above is a no", "the $49/mo plan works for us, how do i
        # upgrade later?": our price, taken as their ceiling, whatever they ask next
        return False
    if _a_question_about_it(before, after) or _ELSEWHERE_PRICE_BEFORE_RE.search(before[-60:]):
        return True
    if _PAST_COST_BEFORE_RE.search(before) and not _STAYING_AFTER_RE.search(after[:80]):
        return True  # "we paid 500 a month and want to stay around there" is still a budget
    return bool(
        _THEIR_FIGURES_RE.search(before)
        or _OUR_PRICE_RE.match(after)
        or _THEIR_FIGURES_AFTER_RE.match(after)
        or (
            _LIMIT_BEFORE_RE.search(before)
            and not _TOO_MUCH_AFTER_RE.match(after)
            and not _TAKEN_AS_LIMIT_AFTER_RE.match(after)  # "anything under $300 a month is fine, that's our cap"
        )
        or _OUR_PRICE_BEFORE_RE.search(before[-60:])
        or _THEIR_PRICE_BEFORE_RE.search(before[-60:])
    )


# a price the visitor takes as theirs: "… is fine for us", "that's our max", "anything above that is a no"
_TAKEN_AS_LIMIT_AFTER_RE = re.compile(
    r"^[^.;!?]{0,60}?(?:\b(?:is|'s|are|works?|would\s+work|would\s+be|sounds?|looks?|seems?)\s+(?:fine|ok|okay|good|great|doable|"
    r"affordable|"
    r"about\s+right)?\s*for\s+(?:us|me)\b|"
    # "the $99/mo plan is fine", said as a statement
    r"\b(?:is|'s|are|works?|would\s+work|would\s+be|sounds?|looks?|seems?)\s+(?:fine|ok|okay|good\s+enough|doable|affordable|"
    r"about\s+right|"
    r"plenty|enough)(?=\s*(?:[.,;!]|$|and\b|but\b|so\b|tbh\b|honestly\b))|\bthat'?s\s+(?:our|my)\s+(?:max|maximum|limit|ceiling|budget|cap)\b|"
    r"\banything\s+(?:above|over|more(?:\s+than)?|beyond)\s+(?:that|this|it)\s+is\s+(?:a\s+no|too\s+much|out)|"
    r"\b(?:is|'s|are)\s+(?:well\s+|comfortably\s+)?(?:within|in|inside)\s+(?:our\s+|my\s+|the\s+)?budget\b|"
    # "the $79/month plan works", "that's within what we can spend"
    r"\b(?:works|would\s+work|will\s+work)(?=\s*(?:[.,;!]|$|and\b|but\b|so\b|for\s+(?:us|me)\b))|"
    r"\bwithin\s+(?:what\s+(?:we|i)\s+can\s+(?:spend|afford|pay)|our\s+(?:budget|range|means))\b|"
    r"\bfits?\s+(?:(?:our|my|the)\s+)?budget\b|\bfits?\s+what\s+(?:we|i)\s+can\s+(?:spend|afford|pay)\b|"
    # "the 299/mo plan is what we can afford", "the $299/mo growth plan is what we're aiming for"
    r"\b(?:is|'s)\s+what\s+(?:we|i)(?:'re|\s+are|'m|\s+am)\s+(?:aiming|looking|going|shooting)\s+for\b|"
    r"\b(?:is|'s)\s+(?:about\s+)?what\s+(?:we|i)\s+can\s+(?:afford|spend|pay|do|manage|stretch\s+to)\b)",
    re.IGNORECASE,
)
_OVER_YEARS_RE = re.compile(r"^\s*(?:spread\s+)?over\s+(?:the\s+next\s+)?(\d|two|three|four|five)\s+years\b", re.I)
# a plan the visitor picks: "we'd go for the 99/mo plan", "let's do the $49 one"
_CHOSEN_BEFORE_RE = re.compile(
    r"\b(?:we'?d|we\s+would|we'?ll|we\s+will|i'?d|i'?ll|let'?s|we\s+can|we\s+could|i\s+can|we\s+want\s+to|"
    r"(?:probably\s+|prob\s+|likely\s+)?(?:gonna|going\s+to))\s+"
    r"(?:probably\s+|likely\s+|easily\s+)?"
    r"(?:go|take|pick|choose|get|do|start|be\s+on|afford)\s+(?:for\s+|with\s+)?(?:the\s+|your\s+)?"
    r"(?:basic\s+|cheap(?:est)?\s+|small(?:est)?\s+|entry\s+|starter\s+|standard\s+)?"
    r"(?:(?:\w+\s+){0,2}(?:plan|tier|package|edition|option)s?\s+(?:at|for|of)\s*)?$|"
    r"\b(?:we'?re|we\s+are|i'?m|i\s+am)\s+(?:fine|ok|okay|happy|good|comfortable)\s+with\s+(?:the\s+|your\s+)?$|"
    # "we were thinking the 99/mo plan"
    r"\b(?:we\s+were|i\s+was|we'?re|i'?m)\s+thinking\s+(?:of\s+|about\s+)?(?:the\s+|your\s+)?$",
    re.IGNORECASE,
)
# what the visitor's own business charges: "our product is $20/user/month", "we charge 49 a seat",
# "our customers pay us 300 a year"
_THEIR_PRICE_BEFORE_RE = re.compile(
    r"\b(?:we\s+(?:charge|bill)(?:\s+(?:our\s+)?(?:own\s+)?(?:customers|clients|users|members|people))?|"
    r"(?:we|i)\s+(?:sell|price)\s+(?:it|them|ours|each\s+\w+|our\s+(?:own\s+)?\w+|\w+)\s+(?:for|at)|"
    r"(?:our|my)\s+(?:own\s+)?(?:product|app|service|saas|platform|software|course|subscription|membership|offering)\s+"
    r"(?:is|costs?|sells\s+for|goes\s+for|retails\s+(?:for|at)|is\s+priced\s+at|runs)|"
    r"(?:our|my)\s+(?:customers|clients|users|members|subscribers)\s+pay(?:\s+us)?)"
    r"\s*(?:about\s+|around\s+|like\s+|roughly\s+|only\s+|just\s+|~\s*)?$",
    re.IGNORECASE,
)


def _annual_usd(amount: float, period: str, currency: str, rates: Mapping[str, float]) -> float | None:
    rate = rates.get(currency)
    if rate is None:
        return None
    annual_usd = round(amount * _PERIOD_FACTOR[period] * rate)
    return float(annual_usd) if 0 < annual_usd <= MAX_ANNUAL_USD else None


# "3k a month, sorry i mean 4k": the corrected figure keeps the period and currency it corrects
_CORRECTION_RE = re.compile(
    rf"\b(?:{_SAYS_CORRECTION}|rather|"
    r"scratch\s+that|or\s+maybe|more\s+like|let'?s\s+say|(?<=,\s)say|probably|realistically|more\s+likely|"
    # hedged on the way: "40k? could be 45 if it replaces two tools. call it 40"
    r"could\s+be|might\s+be|maybe|call\s+it|or\s+so|up\s+to|stretch\s+to|"
    # "we had 300/mo approved, then it got cut to 250"
    r"(?:cut|down|reduced|lowered|trimmed|raised|bumped(?:\s+up)?|increased|upped)\s+to)\b",
    re.IGNORECASE,
)


# "i meant 12k not 20k", "3k a month, not a year": the figure said not to be it
_DENIED_AMOUNT_RE = re.compile(r"\bnot\s+(?:the\s+|that\s+)?(?:[$€£]\s*)?$", re.I)


def _corrections_inherit(found: list[Found], rewritten: RewrittenText, rates: Mapping[str, float]) -> list[Found]:
    denied = [f for f in found if _DENIED_AMOUNT_RE.search(rewritten.original[max(0, f.start - 13) : f.start])]
    if denied and len(denied) < len(found):
        found = [f for f in found if f not in denied]
    kept: list[Found] = []
    for item in found:
        earlier = kept[-1] if kept else None
        if (
            earlier is not None
            and earlier.info.get("_said")
            and "period" not in item.info.get("_said", [])
            and _CORRECTION_RE.search(rewritten.original[earlier.end : item.start])
        ):
            said = item.info.get("_said", [])  # "$600/mo... make that $500": the period of the first, the currency said
            period = earlier.info["period"] if "period" in earlier.info["_said"] else "year"
            currency = (
                item.info["currency"]
                if "currency" in said
                else earlier.info["currency"]
                if "currency" in earlier.info["_said"]
                else "USD"
            )
            value = _annual_usd(float(item.info["amount"]), str(period), str(currency), rates)
            if value is not None:
                item = Found(
                    item.entity, value, item.start, item.end, {**item.info, "period": period, "currency": currency}
                )
        kept.append(item)
    for item in kept:
        item.info.pop("_said", None)  # what was said outright matters only here
    return kept


# what a price may be per: a seat, a person, or a site ("£150 a month per location, we have 4 locations")
_UNITS = (
    r"(?:seat|user|licen[cs]e|head|person|agent|rep|member|location|site|store|shop|branch|office|clinic"
    r"|restaurant|hotel|venue|team)"
)
_PER_SEAT_RE = re.compile(rf"^\s*(?:/|per|a|an|each|for\s+each)\s*{_UNITS}s?\b", re.I)
_EACH_RE = re.compile(
    r"^\s*(?:each|apiece)\b", re.I
)  # "20 seats at $30/month each": after a period, per what they count
_SEATS_RE = re.compile(
    r"(?:^[^\d.;!?]{0,12}?(?<![a-z])[x×*]\s*(\d[\d,]*)\b)|\b(\d[\d,]*)[\s-]*(?:(?:support|sales|service|customer|"
    r"full[\s-]?time|active|named)\s+)?(?:person|seats?|users?|licen[cs]es?|agents?|reps?|people|ppl|folks|staff|employees|heads|members|"
    r"of\s+us|locations?|sites?|stores?|shops?|branches|offices?|clinics?|restaurants?|hotels?|venues?|teams?)\b"
    # "$12/seat/month for all 20"
    r"|^[^\d.;!?]{0,12}?\bfor\s+(?:all|each\s+of)\s+(?:the\s+|our\s+|us\s+)?(\d[\d,]*)\b(?!\s*(?:%|k\b|months?|years?|weeks?))",
    re.I,
)


def _nearest_seats(before: str) -> re.Match[str] | None:
    """The seats named before a price: "120 employees, want 30 seats at $50/seat" prices the 30 seats."""
    counts = list(_SEATS_RE.finditer(before))
    seats = [count for count in counts if _SEAT_WORD_RE.search(count.group(0))]
    chosen = seats or counts
    return chosen[-1] if chosen else None


_SEAT_WORD_RE = re.compile(r"seats?|users?|licen[cs]es?|agents?|reps?", re.I)
# "40 users x $8 a month", "$8 * 40 seats": a count times a price (the multiplication sign too)
_TIMES_BEFORE_RE = re.compile(rf"\b(\d[\d,]*)\s*(?:{_UNITS}s?|people|ppl)\s*[x×*]\s*$", re.I)
# "need 50 seats at $20/mo", "only 20 need seats at $10/mo": the price of each of the seats counted before it
_SEATS_AT_BEFORE_RE = re.compile(
    r"\b(\d[\d,]*)\s+(?:(?:of\s+them\s+|people\s+)?(?:need|want|would\s+need|will\s+need)\s+)?"
    r"(?:seats?|users?|licen[cs]es?|agents?|reps?|logins?|accounts?)\s+(?:at|@)\s*(?:about\s+|around\s+|~\s*)?[$€£]?\s*$",
    re.I,
)
_TIMES_AFTER_RE = re.compile(rf"^\s*[x×*]\s*(\d[\d,]*)\s*(?:{_UNITS}s?|people|ppl)\b", re.I)


def _per_seat(work: str, amount_end: int, before: str, *, each: bool = False) -> tuple[int, int | None, int]:
    """A price per seat: where the "per seat" ends after the amount, how many seats the message names (after
    the price, or before it), and where a count named after it ends; (0, None, 0) when it is not a per-seat
    price."""
    per_seat = _PER_SEAT_RE.match(work[amount_end : amount_end + _NEAR]) or (
        _EACH_RE.match(work[amount_end : amount_end + 20]) if each else None
    )
    if not per_seat:
        times = _TIMES_AFTER_RE.match(work[amount_end : amount_end + 40])
        counted = times or (None if each else _TIMES_BEFORE_RE.search(before) or _SEATS_AT_BEFORE_RE.search(before))
        times_count = int(counted.group(1).replace(",", "")) if counted else 0
        return (times.end() if times else 0), times_count or None, 0
    after = _SEATS_RE.search(work[amount_end + per_seat.end() : amount_end + per_seat.end() + _NEAR])
    before_seats = _nearest_seats(before)
    if (
        after
        and not _SEAT_WORD_RE.search(after.group(0))
        and before_seats
        and _SEAT_WORD_RE.search(before_seats.group(0))
    ):
        after = None  # "10 seats at $30/seat/month, the company itself is 60 ppl": the seats counted, not the staff
    seats = after or before_seats
    count = int(next(group for group in seats.groups() if group).replace(",", "")) if seats else None
    counted_to = per_seat.end() + after.end() if after else 0  # "… for all 20": the 20 is no second amount
    return per_seat.end(), count if count and count > 0 else None, counted_to


# a day of a month: "by july 1", "dec 31st", "the 15th of march"
_MONTH = (
    r"(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|"
    r"nov(?:ember)?|dec(?:ember)?)\b\.?"
)
_MONTH_BEFORE_RE = re.compile(rf"\b{_MONTH}\s*(?:the\s+)?$", re.IGNORECASE)
_DAY_AFTER_RE = re.compile(rf"^(?:st|nd|rd|th)?\s*(?:of\s+)?{_MONTH}(?:\s|$|[,.;!?])|^(?:st|nd|rd|th)\b", re.IGNORECASE)


def _not_an_amount(
    match: re.Match[str], short: bool, before: str, after: str, currency: str | None, asked: bool = False
) -> bool:
    """A count ("50 users"), a height ("5m tall"), a year ("since 2019") or a day of a month
    ("by july 1"), whatever its size."""
    if NOT_MONEY_AFTER_RE.match(after) and not currency:
        return True
    if not (currency or match.group("mult1") or match.group("num2")) and _is_day_of_month(
        match.group("num1"), before, after
    ):
        return True
    # "5m" is five million only when money is being discussed (not "5m tall"); "5M" is.
    if (
        match.group("mult1") in ("m", "b")
        and not currency
        and not (MONEY_CONTEXT_RE.search(before + after[:30]) or PERIOD_AFTER_RE.match(after) or short)
    ):
        return True
    return (
        not (currency or match.group("mult1") or match.group("mult2"))
        and not match.group("num2")
        and re.fullmatch(r"(?:19|20)\d\d", match.group("num1")) is not None
        and (_WHEN_BEFORE_RE.search(before) is not None or not (PERIOD_AFTER_RE.match(after) or asked))
    )


_STANDARD_BEFORE_RE = re.compile(
    r"\b(?:iso(?:/iec)?|iec|nist(?:\s+sp)?|soc|pci(?:[\s-]dss)?|cfr|rfc|din|ansi|ieee|fips|version|ver|v)[\s/-]*$", re.I
)
# "in 2027", "since 2019 a year": a year after a word for when; otherwise a year-like figure with a period after it
# ("2000 a month") or in reply to the budget question ("2000") is money
_WHEN_BEFORE_RE = re.compile(r"\b(?:in|since|by|from|until|till|til|before|after|of|year|fy|circa)\s*$", re.I)


def _is_day_of_month(number: str, before: str, after: str) -> bool:
    return (
        number.isdigit()
        and 1 <= int(number) <= 31
        and bool(_MONTH_BEFORE_RE.search(before) or _DAY_AFTER_RE.match(after))
    )


def _stated_amount(match: re.Match[str]) -> float | None:
    """The amount, a range its midpoint; a scale said once applies to both ends ("10-15k")."""
    low = parse_digits(match.group("num1"))
    if low is None:
        return None
    mult_low, mult_high = _multiplier(match, 1), _multiplier(match, 2)
    if not match.group("num2"):
        return low * (mult_low or 1)
    high = parse_digits(match.group("num2"))
    if high is None:
        return None
    low *= mult_low or mult_high or 1
    high *= mult_high or 1
    if not (mult_low or mult_high) and 1 <= low < 100 and high >= 1000 and high % 1000 == 0 and low < high / 100:
        low *= 1000  # "3-4 тысячи" glossed "3-4000": the thousands said once, after both ends
    return None if high < low else (low + high) / 2


# "can do maybe 50 a week", "we could swing 300": what they can put in, said right before the figure
_WE_CAN_DO_BEFORE_RE = re.compile(
    r"\b(?:can|could)\s+(?:do|swing|manage|stretch\s+to)\s+(?:maybe\s+|about\s+|around\s+|like\s+|roughly\s+|~\s*)?$",
    re.I,
)


def _is_money(match: re.Match[str], before: str, after: str, currency: str | None, amount: float) -> bool:
    """A currency or a scale says so; otherwise money words just before, or a period after a
    number big enough to be a price ("200 a month")."""
    return (
        bool(currency or _multiplier(match, 1) or _multiplier(match, 2))
        or bool(MONEY_CONTEXT_RE.search(before[-40:]) or _WE_CAN_DO_BEFORE_RE.search(before))
        # "we'd do the annual plan at 1,990": the price of the plan they take
        or bool(_CHOSEN_BEFORE_RE.search(before[-40:]) and _OUR_PRICE_BEFORE_RE.search(before[-40:]))
        # "200 a month"; "40-60/mo", where the slash says a price
        or bool(
            PERIOD_AFTER_RE.match(after)
            and (amount >= 100 or after.lstrip().startswith("/") or _OUR_PRICE_RE.match(after))  # "the 99 a month tier"
        )
    )


def _period(before: str, after: str) -> tuple[str | None, int]:
    """month, quarter, week or year, or None when none is said; and how far past the amount a
    period after it runs."""
    after_match = PERIOD_AFTER_RE.match(after)
    if after_match:
        if after_match.group("half"):
            return "half_year", after_match.end()
        return _period_of(after_match.group("unit") or after_match.group("adj")), after_match.end()
    before_match = PERIOD_BEFORE_RE.search(before)
    said = before_match and (before_match.group("adj") or before_match.group("first"))
    if said and said.lower().startswith(("semi", "half", "twice")):
        return "half_year", 0  # "semi-annually we can do 2,500"
    return (_period_of(said.split()[-1]) if said else None), 0


# In a reply to "what budget do you have?", the words for nothing are a budget of 0 ("none rn",
# "zero lol", "nada", "haven't set one yet"); elsewhere "none" or "zero" could count anything.
_NOTHING_IN_REPLY_RE = re.compile(
    r"^\W*(?:(?:um+|uh+|well|honestly|tbh|currently|rn|so|hmm+)\W+)*"
    r"(?:none|zero|nothing|nada|nil|zilch|zip|\$?0(?![\d.,])|no\s+(?:money|funds|cash)|not\s+a\s+(?:cent|penny|dime))\b"
    r"(?!\s+(?:idea|clue|clues|of\s+(?:your|that|them|those|the)|to\s+(?:say|add)))"
    r"|\b(?:haven'?t|have\s+not|hasn'?t|didn'?t|not)\s+(?:yet\s+)?(?:got|set|made|defined|decided|agreed|allocated)\s+"
    r"(?:one|it|any|that|a\s+number)\b(?!\s+(?:but|though))"
    # "we don't have one yet", "there isn't one", "don't really have any"
    r"|\b(?:do\s*n[o']?t|dont|doesn'?t|does\s+not)\s+(?:really\s+|yet\s+)?(?:have|got)\s+(?:one|any)\b(?!\s+(?:but|though|idea))"
    r"|\bthere\s+(?:isn'?t|is\s+not|'?s\s+no)\s+(?:one|any)\b",
    re.IGNORECASE,
)


_UNSURE_RE = re.compile(r"\b(?:don'?t|do\s+not|dont)\s+know|\bdunno\b|\bnot\s+sure\b|\bidk\b|\btbd\b|\bunsure\b", re.I)


def nothing_in_reply(text: str) -> list[Found]:
    """A budget of 0 said the way a reply says it; nothing when the reply says no such thing."""
    match = _NOTHING_IN_REPLY_RE.search(text)
    if match is None or _UNSURE_RE.search(text):
        return []  # "dont know yet, havent set one": unknown, not nothing
    return [Found("budget", 0, match.start(), match.end(), {"amount": 0, "currency": "USD", "period": "year"})]
