"""Number words and written amounts to numbers.

Visitors write "fifty thousand", "a couple hundred", "1.2M", "35 000" or "18k". The general
libraries (word2number) stumble on decimals and on "a"/"half" so the small grammar is here.
"""

from __future__ import annotations

import re

UNITS = {
    "zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
    "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13,
    "fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18,
    "nineteen": 19, "twenty": 20, "thirty": 30, "forty": 40, "fourty": 40, "fifty": 50,
    "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90, "a": 1, "an": 1,
    "couple": 2, "few": 3, "several": 5, "dozen": 12, "half": 0.5,
}
SCALES = {"hundred": 100, "thousand": 1_000, "grand": 1_000, "million": 1_000_000,
          "mil": 1_000_000, "billion": 1_000_000_000}
MULTIPLIER_SUFFIXES = {
    "hundred": 100, "k": 1_000, "K": 1_000, "thousand": 1_000, "grand": 1_000, "m": 1_000_000,
    "M": 1_000_000, "mm": 1_000_000, "mn": 1_000_000, "mil": 1_000_000, "mill": 1_000_000,
    "million": 1_000_000, "millions": 1_000_000, "b": 1_000_000_000, "bn": 1_000_000_000,
    "billion": 1_000_000_000,
}
_FILLERS = {"and", "of", "a", "an"}
_WORD = (
    r"(?:zero|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|"
    r"sixteen|seventeen|eighteen|nineteen|twenty|thirty|fou?rty|fifty|sixty|seventy|eighty|ninety|hundred|"
    r"thousand|million|billion|dozen|couple|half|few|several)"
)
NUMBER_WORDS_RE = re.compile(
    rf"\b(?:(?:a|an)\s+)?{_WORD}(?:(?:\s+|-)(?:(?:and|of|a|an|point)\s+)?{_WORD})*\b", re.IGNORECASE
)


def words_to_number(phrase: str) -> float | None:
    """Value of an English number phrase ("two hundred fifty thousand"), or None."""
    tokens = [t for t in re.split(r"[\s-]+", phrase.lower()) if t and t not in ("and", "of")]
    total = 0.0
    current = 0.0
    decimals: list[int] | None = None
    seen_number = False
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


class RewrittenText:
    """Text with number words turned to digits, and a map back to the original offsets."""

    def __init__(self, original: str) -> None:
        self.original = original
        pieces: list[str] = []
        origin: list[int] = []
        last = 0
        for match in NUMBER_WORDS_RE.finditer(original):
            replacement = _digits_for(match.group(0))
            if replacement is None:
                continue
            pieces.append(original[last:match.start()])
            origin.extend(range(last, match.start()))
            pieces.append(replacement)
            origin.extend([match.start()] * (len(replacement) - 1) + [match.end() - 1])
            last = match.end()
        pieces.append(original[last:])
        origin.extend(range(last, len(original)))
        self.text = "".join(pieces)
        self._origin = [*origin, len(original)]

    def span(self, start: int, end: int) -> tuple[int, int]:
        """Offsets in the original text of the rewritten slice [start, end)."""
        if end <= start:
            return self._origin[start], self._origin[start]
        return self._origin[start], self._origin[end - 1] + 1


def _digits_for(phrase: str) -> str | None:
    words = [w for w in re.split(r"[\s-]+", phrase.lower()) if w]
    # A lone article or vague quantity is left alone: "a month" is a period, not "1 month".
    if all(w in ("a", "an", "few", "several", "couple", "half") for w in words):
        return None
    if len(words) == 1 and words[0] in SCALES:
        return None  # "5 thousand": the digit before it is read with the scale as multiplier
    # A trailing large scale stays a word ("fifty thousand" -> "50 thousand") so that the
    # amount still reads as a sum of money, as "50k" would.
    if len(words) > 1 and words[-1] in ("thousand", "million", "billion"):
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
    """A written number with thousands separators ("35,000", "35 000", "1.2") to a float."""
    text = raw.strip().replace("\u00a0", " ")
    if re.fullmatch(r"\d{1,3}(?:[ ,]\d{3})+(?:\.\d+)?", text):
        return float(re.sub(r"[ ,]", "", text))
    if re.fullmatch(r"\d{1,3}(?:\.\d{3}){2,}", text):  # 1.200.000 (European separators)
        return float(text.replace(".", ""))
    if re.fullmatch(r"\d+(?:\.\d+)?", text):
        return float(text)
    if re.fullmatch(r"\d+,\d{1,2}", text):  # 1,5 (European decimal comma)
        return float(text.replace(",", "."))
    return None
