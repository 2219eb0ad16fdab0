"""Number words and written amounts to numbers.

Visitors write "fifty thousand", "a couple hundred", "1.2M", "35 000" or "18k". The general
libraries (word2number) stumble on decimals and on "a"/"half" so the small grammar is here.
"""

from __future__ import annotations

import re
from typing import Any

from bot.nlu.types import Found

UNITS = {
    "zero": 0,
    "one": 1,
    "two": 2,
    "three": 3,
    "four": 4,
    "five": 5,
    "six": 6,
    "seven": 7,
    "eight": 8,
    "nine": 9,
    "ten": 10,
    "eleven": 11,
    "twelve": 12,
    "thirteen": 13,
    "fourteen": 14,
    "fifteen": 15,
    "sixteen": 16,
    "seventeen": 17,
    "eighteen": 18,
    "nineteen": 19,
    "twenty": 20,
    "thirty": 30,
    "forty": 40,
    "fourty": 40,
    "fifty": 50,
    "sixty": 60,
    "seventy": 70,
    "eighty": 80,
    "ninety": 90,
    "a": 1,
    "an": 1,
    "couple": 2,
    "few": 3,
    "several": 5,
    "dozen": 12,
    "half": 0.5,
}
SCALES = {
    "hundred": 100,
    "thousand": 1_000,
    "grand": 1_000,
    "million": 1_000_000,
    "mil": 1_000_000,
    "billion": 1_000_000_000,
}
MULTIPLIER_SUFFIXES = {
    "hundred": 100,
    "k": 1_000,
    "K": 1_000,
    "thousand": 1_000,
    "grand": 1_000,
    "m": 1_000_000,
    "M": 1_000_000,
    "mm": 1_000_000,
    "mn": 1_000_000,
    "mil": 1_000_000,
    "mill": 1_000_000,
    "million": 1_000_000,
    "millions": 1_000_000,
    "b": 1_000_000_000,
    "bn": 1_000_000_000,
    "billion": 1_000_000_000,
}
_WORD = (
    r"(?:zero|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|"
    r"sixteen|seventeen|eighteen|nineteen|twenty|thirty|fou?rty|fifty|sixty|seventy|eighty|ninety|hundred|"
    r"thousand|million|billion|dozen|couple|half|few|several)"
)
# "and" joins only after a scale ("two hundred and fifty"); elsewhere it separates two numbers
# ("between five and ten thousand").
_AFTER_SCALE = r"(?:(?<=hundred)|(?<=thousand)|(?<=million)|(?<=billion))"
_FRACTION = (
    r"(?:(?P<count>a|one|two|three)\s+)?(?P<part>quarters?|thirds?|half)\s+(?:(?:of\s+)?(?:a|an|one)\s+)?"
    r"(?P<scale>hundred|thousand|million|billion|mil|mill|grand|k)\b"
)
NUMBER_WORDS_RE = re.compile(
    rf"\b(?:{_FRACTION}|(?:(?:a|an)\s+)?{_WORD}(?:(?:(?:\s+|-)(?:(?:of|a|an|point)\s+)?|{_AFTER_SCALE}\s+and\s+|\s+and\s+(?:a\s+)?(?=half\b)){_WORD})*)\b",
    re.IGNORECASE,
)
_PARTS = {"quarter": 0.25, "third": 1 / 3, "half": 0.5}
_SCALE_AFTER_RE = re.compile(r"\s*(?:k|grand|thousand|million|mil|mn|m|bn|billion)\b", re.IGNORECASE)
_SCALE_WORD_AFTER_RE = re.compile(r"\s+(?:grand|thousand|million|billion)\b", re.IGNORECASE)


def words_to_number(phrase: str) -> float | None:
    """Value of an English number phrase ("two hundred fifty thousand"), or None."""
    tokens = [t for t in re.split(r"[\s-]+", phrase.lower()) if t and t not in ("and", "of")]
    total = 0.0
    current = 0.0
    decimals: list[int] | None = None
    seen_number = False
    last_scale = 1
    for index, token in enumerate(tokens):
        following = tokens[index + 1] if index + 1 < len(tokens) else None
        if token in ("a", "an"):
            if index and tokens[index - 1] == "half":
                continue  # "half a million"
            # "a hundred" is 100, but "a couple", "a dozen", "a few" take their own value.
            if following is None or following in SCALES:
                current += 1
                seen_number = True
            continue
        if token == "point":
            decimals = []
            continue
        if decimals is not None and token in UNITS and UNITS[token] < 10:
            decimals.append(int(UNITS[token]))
            continue
        if decimals is not None:
            current += float("0." + "".join(map(str, decimals))) if decimals else 0
            decimals = None
        if token in SCALES:
            scale = SCALES[token]
            current = (current or 1) * scale
            if scale >= 1000:
                total += current
                current = 0
                last_scale = scale
            seen_number = True
        elif token == "half" and not current and total and following is None:
            total += 0.5 * last_scale  # "a million and a half" is 1.5 million
        elif token == "dozen" and current:
            current *= 12  # "two dozen"
            seen_number = True
        elif token in UNITS:
            if (token == "half" and current) or (token == "half" and following in SCALES):
                current += 0.5
            else:
                current += UNITS[token]
            seen_number = True
        else:
            return None
    if decimals:
        current += float("0." + "".join(map(str, decimals)))
    if not seen_number:
        return None
    return total + current


_ISH_RE = re.compile(r"(?<=[a-z])-(?=ish\b)", re.IGNORECASE)
# "2 dozen" is 24 (a digit before a number word, where "two dozen" is read as words)
# "a grand a month": the article alone counts one of the scale after it
_ONE_GRAND = r"\b(?:a|an|one)(?=\s+grand\b)"
_DIGITS_OR_WORDS_RE = re.compile(
    rf"\b(?P<dozens>\d{{1,3}})\s+dozens?\b|{_ONE_GRAND}|{NUMBER_WORDS_RE.pattern}", re.IGNORECASE
)


_PRONOUN_ONE_BEFORE_RE = re.compile(r"\b(?:the|that|this|which|no|any|every|each|another|right)\s+$", re.I)


class RewrittenText:
    """Text with number words turned to digits, and a map back to the original offsets."""

    def __init__(self, original: str) -> None:
        self.original = original
        pieces: list[str] = []
        origin: list[int] = []
        last_of: list[int] = []  # the last original character each rewritten one stands for
        last = 0
        scan = _ISH_RE.sub(" ", original)  # "two hundred-ish" is about two hundred (same length: offsets hold)
        for match in _DIGITS_OR_WORDS_RE.finditer(scan):
            scale_follows = bool(_SCALE_AFTER_RE.match(scan, match.end()))
            scale_word = bool(_SCALE_WORD_AFTER_RE.match(scan, match.end()))
            if match.group(0).lower() == "one" and _PRONOUN_ONE_BEFORE_RE.search(scan, 0, match.start()):
                continue  # "I'm the one signing", "no one decides": a person, not a count
            if match.group("dozens"):
                replacement: str | None = str(int(match.group("dozens")) * 12)
            elif match.group("part"):
                replacement = _fraction_digits(match)
            else:
                replacement = _two_numbers(match.group(0)) or _digits_for(match.group(0), scale_follows, scale_word)
            if replacement is None:
                continue
            pieces.append(original[last : match.start()])
            origin.extend(range(last, match.start()))
            last_of.extend(range(last, match.start()))
            pieces.append(replacement)
            # every character of the digits stands for the whole number word: a slice that starts
            # in it starts at the word, one that ends in it ends after the word
            origin.extend([match.start()] * len(replacement))
            last_of.extend([match.end() - 1] * len(replacement))
            last = match.end()
        pieces.append(original[last:])
        origin.extend(range(last, len(original)))
        last_of.extend(range(last, len(original)))
        self.text = "".join(pieces)
        self._origin = [*origin, len(original)]
        self._last_of = last_of

    def span(self, start: int, end: int) -> tuple[int, int]:
        """Offsets in the original text of the rewritten slice [start, end)."""
        if end <= start:
            return self._origin[start], self._origin[start]
        return self._origin[start], self._last_of[end - 1] + 1


class SpanCollector:
    """Findings of one entity, read from the rewritten text and kept in the original's offsets.
    First come, first served: readers run in priority order, and a later reading never claims
    text an earlier one already read."""

    def __init__(self, rewritten: RewrittenText, entity: str) -> None:
        self._rewritten = rewritten
        self._entity = entity
        self.found: list[Found] = []

    def add(self, start: int, end: int, value: Any, info: dict[str, Any] | None = None) -> None:
        o_start, o_end = self._rewritten.span(start, end)
        if not any(f.start < o_end and o_start < f.end for f in self.found):
            self.found.append(Found(self._entity, value, o_start, o_end, info or {}))

    def in_order(self) -> list[Found]:
        return sorted(self.found, key=lambda f: f.start)


def _fraction_digits(match: re.Match[str]) -> str:
    """ "a quarter of a million" -> "0.25 million", "three quarters of a million" -> "0.75 million"."""
    count = UNITS[match.group("count").lower()] if match.group("count") else 1
    value = count * _PARTS[match.group("part").lower().rstrip("s")]
    return f"{round(value, 4):g} {match.group('scale').lower()}"


_JOINED_AFTER_SCALE_RE = re.compile(r"\b(hundred|thousand|million|billion)\s+and\s+", re.I)


def _two_numbers(phrase: str) -> str | None:
    """ "a thousand and twelve hundred" is two numbers (a range's ends), not 2,200: "and" after a scale joins
    only a smaller number ("two thousand and fifty")."""
    joined = _JOINED_AFTER_SCALE_RE.search(phrase)
    if joined is None:
        return None
    left, right = phrase[: joined.end(1)], phrase[joined.end() :]
    after, scale = words_to_number(right), SCALES[joined.group(1).lower()]
    if after is None or after < scale or any(SCALES.get(word, 0) > scale for word in right.lower().split()):
        return None  # "a hundred and twenty thousand" is 120,000: the larger scale after takes both
    first, second = _digits_for(left), _digits_for(right)
    return f"{first} and {second}" if first and second else None


def _digits_for(phrase: str, scale_follows: bool = False, scale_word: bool = False) -> str | None:
    words = [w for w in re.split(r"[\s-]+", phrase.lower()) if w]
    # A lone article or vague quantity is left alone: "a month" is a period, not "1 month".
    if all(w in ("a", "an", "few", "several", "couple", "half") for w in words):
        # "a couple grand", "a few thousand", "a grand a month": a vague count of a scale said in words
        if scale_word and words[-1] != "half":
            value = words_to_number(" ".join(words[:-1]) if words[-1] in ("a", "an") else phrase)
            return format_number(value or 1)
        return None
    if len(words) == 1 and words[0] in SCALES:
        return None  # "5 thousand": the digit before it is read with the scale as multiplier
    # A trailing scale stays a word ("fifty thousand" -> "50 thousand") so that the amount
    # still reads as a sum of money, as "50k" would, and a range shares it ("three to four
    # hundred").
    larger_before = any(
        SCALES.get(word, 0) > SCALES.get(words[-1], 0) for word in words[:-1]
    )  # "two thousand three hundred"
    if (
        len(words) > 1
        and words[-1] in ("hundred", "thousand", "million", "billion")
        and not scale_follows
        and not larger_before
    ):
        value = words_to_number(" ".join(words[:-1]))
        return None if value is None else f"{format_number(value)} {words[-1]}"
    value = words_to_number(phrase)
    return None if value is None else format_number(value)


def replace_number_words(text: str) -> str:
    """Rewrite number-word phrases as digits, keeping other text intact."""
    return RewrittenText(text).text


def format_number(value: float) -> str:
    return str(int(value)) if float(value).is_integer() else f"{value:g}"


def parse_digits(raw: str) -> float | None:
    """A written number with thousands separators ("35,000", "35 000", "1.2") to a float. A dot
    before exactly three digits separates thousands, as in most of Europe ("1.500", "50.000,00"):
    no amount, head count or span is written with three decimals."""
    text = raw.strip().replace("\u00a0", " ")
    if re.fullmatch(r"\d{1,3}(?:[ ,'’]\d{3})+(?:\.\d+)?", text):  # "18'000", Swiss
        return float(re.sub(r"[ ,'’]", "", text))
    if re.fullmatch(r"\d{1,3}(?:\.\d{3})+(?:,\d{1,2})?", text):  # 1.500 / 1.200.000 / 50.000,00 (European separators)
        return float(text.replace(".", "").replace(",", "."))
    if re.fullmatch(r"\d+(?:\.\d+)?", text):
        return float(text)
    if re.fullmatch(r"\d+,\d{1,2}", text):  # 1,5 (European decimal comma)
        return float(text.replace(",", "."))
    return None
