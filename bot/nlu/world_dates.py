"""When a visitor says it in any of about two hundred languages: "через 2 недели", "다음 주", "í næstu viku".

The words of time are a closed set in every language, and Unicode's CLDR has them for each: month and
weekday names, "next week", "in {0} weeks". dateparser ships that data, with English for each entry,
for 205 locales; this module reads it into one lookup from a word sequence to its English, so the
timeline reader sees "next week", "in 2 weeks", "july 1". Only dateparser's data is used, not its
parser (which guesses a language per message and costs tens of milliseconds).

A phrase that is also an English word, a short abbreviation or a common name is left out: "mar",
"Julio", "mai" (Hinglish for "I") must not become months. Month and weekday names stand alone only in
lowercase (capitalised they are as often a person's name); beside a day's number ("1 июля", "15
avril") any form counts.
"""

from __future__ import annotations

import importlib
import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Any

import regex

from bot.nlu.phrase_table import LATIN_RE, NUMBER, PhraseTable, cached_phrases, key_of
from bot.nlu.wordnet_industry import WORDNET_DIR

MONTHS = (
    "january", "february", "march", "april", "may", "june",
    "july", "august", "september", "october", "november", "december",
)  # fmt: skip
WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
UNITS = ("year", "month", "week", "day")
_ENGLISH_UNITS = {f"{unit}s" for unit in UNITS} | set(UNITS)

# dateparser's English for a relative phrase -> what the timeline reader reads
_RELATIVE_ENGLISH = {
    "in 1 day": "tomorrow",
    "0 second ago": "now",  # "ahora", "сейчас", "sasa hivi": the time of speaking
    "0 day ago": "today",
    "in 2 day": "in 2 days",
    "in 2 days": "in 2 days",
    "in 3 day": "in 3 days",
    "in 1 week": "next week",
    "0 week ago": "this week",
    "in 1 month": "next month",
    "0 month ago": "this month",
    "in 1 year": "next year",
    "0 year ago": "this year",
    "1 week": "a week",
    "1 month": "a month",
    "1 year": "a year",
    "1 day": "a day",
    "2 day": "2 days",
}
_RELATIVE_TEMPLATE_RE = re.compile(r"^in \\1 (day|week|month|year)$")
_NUMBER_GROUP = "(\\d+[.,]?\\d*)"
_REGEX_MARK_RE = re.compile(r"[\\\[\](){}?*+|^$.]")
_SHORTEST_LATIN_WORD = 5  # shorter Latin words are abbreviations or words of other meanings ("mar", "mai", "ago")
# a day's number with its ordinal mark, just before a month's name: "1η", "1er", "3.", "2º de"
_DAY_BEFORE_RE = re.compile(
    r"(?<![\d.,])(3[01]|[12]\d|0?[1-9])(?:-?[^\W\d_]{1,3}|\.|º|ª)?\s*(?:de\s+|of\s+|d'|del\s+)?$"
)
# a number, and at most one word (its currency), just before: "500 دلار در ماه" is 500 dollars a month
_AMOUNT_JUST_BEFORE_RE = regex.compile(r"\d[\d.,]*\s*(?:[\p{L}\p{M}$€£¥₹]+\s*)?$")
# "20 000 kr/mån", "2000 zł/mies.", "1000 USD/月": a unit's word or abbreviation after an amount and a slash is its
# period; the table keys these by PER before the word, a key no message's words make
PER = "/"
_PER_WORD_RE = regex.compile(r"/\s*([\p{L}\p{M}]+)")
_LONGEST_UNSPACED_UNIT = 3  # "月左右": in a script without spaces the unit is the first characters of the word
# "kwartaalbudget", "Monatsbudget", "årsbudget", "kuukausibudjetti": the period glued to the word for budget
_BUDGET_WORDS = ("budget", "budsjett", "budjetti")
_LINKS = ("", "s", "es", "e")
_QUARTER_FORMS = ("kwartaal", "quartal", "kvartal", "kvartaal", "neljännes")
_PERIOD_ADJECTIVES = {"year": "annual", "month": "monthly", "week": "weekly", "day": "daily", "quarter": "quarterly"}
_GIVEN_NAMES = {"julio", "augusto", "avril", "abril", "junio", "mayo", "maio", "julia", "june", "april", "may"}


@dataclass(frozen=True)
class Reading:
    english: str  # with NUMBER where the phrase's number goes
    needs_number_beside: bool = False  # a short month name only counts beside a day's number
    needs_day_before: bool = False  # a month's name that is an English word too ("1. mars", not "mars")


def _forms(value: object) -> Iterator[str]:
    if isinstance(value, list):
        for item in value:
            if isinstance(item, str) and item.strip():
                yield item.strip().lower()


def _stands(reading: Reading, keys: list[str], index: int, length: int) -> bool:
    """A month or weekday name beside a day's number is one; alone, only when long enough and no given name."""
    if reading.english.startswith((NUMBER, "in a ")):
        # a number after it makes a date: "ngày 1 tháng 8" is August 1, not 1 month; "در سال ۲۰۱۵" is in the year 2015
        return not (index + length < len(keys) and keys[index + length][0].isdigit())
    if reading.needs_day_before:
        return index > 0 and keys[index - 1][0].isdigit()
    if reading.english not in MONTHS and reading.english not in WEEKDAYS:
        return True
    if (index > 0 and keys[index - 1][0].isdigit()) or (
        index + length < len(keys) and keys[index + length][0].isdigit()
    ):
        return True
    return not reading.needs_number_beside and keys[index] not in _GIVEN_NAMES


class WorldDates:
    """The phrases of time of every locale dateparser knows."""

    def __init__(self, is_english: Callable[[str], bool]) -> None:
        self._is_english = is_english
        self.table: PhraseTable[Reading] = PhraseTable(_stands)
        import dateparser  # type: ignore[import-untyped]

        self.table = PhraseTable.of(
            cached_phrases(
                "world-dates",
                self._built,
                Path(__file__).read_text(encoding="utf-8"),
                dateparser.__version__,
                str((WORDNET_DIR / "data.noun").is_file()),  # without WordNet every word counts as English
            ),
            _stands,
        )

    def _built(self) -> dict[tuple[str, ...], Reading]:
        from dateparser.data import languages_info  # type: ignore[import-untyped]

        for code in languages_info.language_order:
            if code == "en" or code.startswith("en-"):
                continue
            self._add_locale(importlib.import_module(f"dateparser.data.date_translation_data.{code}").info)
        for quarter in _QUARTER_FORMS:  # no locale's unit: dateparser has no quarters
            self._add_glued_budget(quarter, "quarter")
        return self.table.phrases

    def _add_glued_budget(self, form: str, unit_name: str) -> None:
        for link in _LINKS:
            for budget in _BUDGET_WORDS:
                self.table.add((f"{form}{link}{budget}",), Reading(f"{_PERIOD_ADJECTIVES[unit_name]} budget"))

    def _add(self, phrase: str, reading: Reading) -> None:
        key = key_of(phrase)
        words = [token for token in key if token != NUMBER and not token.isdigit()]
        if all(self._is_english(word) or word in _ENGLISH_UNITS for word in words):
            if reading.english in MONTHS and len(key) == 1 and key[0][:3] == reading.english[:3]:
                # "1. mars", "1. marts": an English word as a month only after a day's number, and only the Latin
                # month's own name ("here", "rugs", "masa" are months somewhere, and English or Malay words here)
                self.table.add(key, Reading(reading.english, needs_day_before=True))
            return  # English already, or nothing but numbers
        if len(key) == 1 and LATIN_RE.match(key[0]) and len(key[0]) < _SHORTEST_LATIN_WORD:
            return
        self.table.add(key, reading)

    def _add_locale(self, info: dict[str, Any]) -> None:
        for english, phrases in dict(info.get("relative-type") or {}).items():
            if english in _RELATIVE_ENGLISH:
                for phrase in _forms(phrases):
                    self._add(phrase, Reading(_RELATIVE_ENGLISH[english]))
        unit_forms = {form: unit for unit in UNITS for form in _forms(info.get(unit))}
        # the units' words, not their abbreviations ("m" and "w")
        spelt_units = {form: unit for form, unit in unit_forms.items() if len(form) > 1 and form.isalpha()}
        for english, patterns in dict(info.get("relative-type-regex") or {}).items():
            unit = _RELATIVE_TEMPLATE_RE.match(english)
            if not unit:
                continue
            reading = Reading(f"in {NUMBER} {unit.group(1)}s")
            for pattern in _forms(patterns):
                if pattern.count(_NUMBER_GROUP) != 1 or _REGEX_MARK_RE.search(pattern.replace(_NUMBER_GROUP, "")):
                    continue
                template = pattern.replace(_NUMBER_GROUP, f" {NUMBER} ")
                self._add(template, reading)
                # the glossary may have read the unit already ("через 3 недели" -> "через 3 weeks")
                self._add(" ".join(f"{unit_forms[w]}s" if w in unit_forms else w for w in template.split()), reading)
        # "60 дней", "60 dni", "60 ngày": a number and the locale's word for its unit, in any case the locale lists
        # (the glossaries know the plain forms; "в течение 60 дней" is within 60 days)
        for form, unit_name in spelt_units.items():
            self._add(f"{NUMBER} {form}", Reading(f"{NUMBER} {unit_name}s"))
        # "через неделю", "za tydzień", "bir ay içinde": the locale's word for "in" beside a unit with no number,
        # before or after it as the language puts it
        for word in _forms(info.get("in")):
            for form, unit_name in spelt_units.items():
                self._add(f"{word} {form}", Reading(f"in a {unit_name}"))
                self._add(f"{form} {word}", Reading(f"in a {unit_name}"))
        for form, unit_name in unit_forms.items():
            # "/m" and "/v" are too many things; "/月" is a month ("/md" is Danish, after an amount)
            if len(form) > 1 or not LATIN_RE.match(form):
                self.table.add((PER, form), Reading(unit_name))
        for form, unit_name in spelt_units.items():
            self._add_glued_budget(form, unit_name)
        for month in MONTHS:
            for form in _forms(info.get(month)):
                self._add(form, Reading(month, needs_number_beside=len(form) < _SHORTEST_LATIN_WORD))
        for weekday in WEEKDAYS:
            for form in _forms(info.get(weekday)):
                self._add(form, Reading(weekday, needs_number_beside=len(form) < 2))  # "金" is Friday, and gold

    def readings(self, text: str) -> list[tuple[int, int, str]]:
        """(start, end, English) for each phrase of time in `text`; a month with its day before it ("1η
        Φεβρουαρίου", "3. stycznia") is read whole, in English order ("february 1")."""
        found: list[tuple[int, int, str]] = []
        for match in self.table.matches(text):
            english = match.value.english.replace(NUMBER, match.number)
            if english.startswith("in a ") and _AMOUNT_JUST_BEFORE_RE.search(text, 0, match.start):
                english = english[len("in ") :]  # "500 دلار در ماه", 500 dollars in a month: a month's amount
            day = _DAY_BEFORE_RE.search(text, 0, match.start) if english in MONTHS else None
            if day and (not found or found[-1][1] <= day.start()):
                found.append((day.start(), match.end, f"{english} {day.group(1)}"))
            else:
                found.append((match.start, match.end, english))
        return sorted([*found, *self._periods_after_slash(text, found)])

    def _periods_after_slash(self, text: str, found: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
        periods = []
        for slash in _PER_WORD_RE.finditer(text):
            if not _AMOUNT_JUST_BEFORE_RE.search(text, 0, slash.start()):
                continue
            word = slash.group(1).lower()
            start = slash.start(1)
            if any(start < end and begin < slash.end(1) for begin, end, _ in found):
                continue  # read already ("/mes": month)
            lengths = [len(word)] if LATIN_RE.match(word) else range(min(len(word), _LONGEST_UNSPACED_UNIT), 0, -1)
            for length in lengths:
                reading = self.table.phrases.get((PER, word[:length]))
                if reading is not None:
                    periods.append((start, start + length, reading.english))
                    break
        return periods


@cache  # one per process: the tables are built or read from the cache once
def shared_world_dates(is_english: Callable[[str], bool]) -> WorldDates:
    return WorldDates(is_english)
