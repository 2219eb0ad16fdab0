"""Amounts said in any of CLDR's languages: "2 ribu dolar per bulan", "25 tisíc dolarů ročně", "3000 דולר לחודש".

Unicode's CLDR (shipped with Babel) has, for each of some two hundred languages, the words of large
numbers ("ribu", "тысячи", "लाख", "elfu"), the names of currencies in their plural forms, and how a
rate per month, week or year is said ("{0} za měsíc", "{0} לחודש", "{0} y mis"). They are read as the
English the budget reader knows: the amount in digits, "USD", "dollars", "a month".

Left out: words that are English already, Latin-script words shorter than four letters ("mil" is a
thousand in Welsh and a million in English slang), and the Nordic crowns, which the glossary tells
apart by the language around them.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Any

import babel
from babel import Locale, localedata

from bot.nlu.numbers import format_number, parse_digits
from bot.nlu.phrase_table import LATIN_RE, NUMBER, PhraseTable, cached_phrases, key_of
from bot.nlu.wordnet_industry import WORDNET_DIR

# the currencies with a rate, as the budget reader names them; the crowns are the glossary's
CURRENCIES = ("USD", "EUR", "GBP", "CAD", "AUD", "CHF", "JPY", "INR", "SGD", "NZD", "BRL", "MXN", "ZAR")
_DOLLARS = ("USD", "CAD", "AUD", "SGD", "NZD")  # a word all their names share is "dollar" in that language
PERIODS = {"year": "a year", "month": "a month", "week": "a week"}
_SHORTEST_LATIN_WORD = 4
_MARKS_RE = re.compile(r"[\u200e\u200f\u00a0\u202f]")  # direction marks and no-break spaces in CLDR's patterns
_ZEROS_RE = re.compile(r"0+")


@dataclass(frozen=True)
class Reading:
    kind: str  # "scale", "currency" or "period"
    english: str = ""
    scale: float = 1.0


_CODES = {code.lower() for code in CURRENCIES} | {"dollars", "dollar", "euros", "euro", "rupees", "pounds"}


class WorldMoney:
    def __init__(self, is_english: Callable[[str], bool]) -> None:
        self._is_english = is_english
        self.table: PhraseTable[Reading] = PhraseTable(self._stands)
        self.table = PhraseTable.of(
            cached_phrases(
                "world-money",
                self._built,
                Path(__file__).read_text(encoding="utf-8"),
                babel.__version__,
                str((WORDNET_DIR / "data.noun").is_file()),  # without WordNet every word counts as English
            ),
            self._stands,
        )

    def _built(self) -> dict[tuple[str, ...], Reading]:
        for identifier in localedata.locale_identifiers():
            if "_" in identifier or identifier in ("en", "root"):
                continue
            try:
                data = Locale.parse(identifier)._data
            except (ValueError, KeyError):
                continue
            self._add_scales(data)
            self._add_currencies(data)
            self._add_periods(data)
        return self.table.phrases

    def _stands(self, reading: Reading, keys: list[str], index: int, length: int) -> bool:
        """A rate's words count right after an amount or its currency ("3000 דולר לחודש"), where "za měsíc"
        alone is as often "in a month"."""
        if reading.kind != "period":
            return True
        before = keys[index - 1] if index > 0 else ""
        if before[:1].isdigit() or before in _CODES:
            return True
        if index > 1 and keys[index - 2][:1].isdigit():
            return True  # the amount and its currency in the language's own word: "2000 euroa kuukaudessa"
        currency = self.table.phrases.get((before,))
        return currency is not None and currency.kind == "currency"

    def _add(self, phrase: str, reading: Reading) -> None:
        key = key_of(_MARKS_RE.sub(" ", phrase))
        words = [token for token in key if token != NUMBER]
        if not words or any(token[0].isdigit() for token in words):
            return
        if len(words) == 1 and (
            len(words[0]) < 2
            or self._is_english(words[0])
            or (LATIN_RE.match(words[0]) and len(words[0]) < _SHORTEST_LATIN_WORD)
        ):
            return  # English already, a letter, or a short word of other meanings
        if " ".join(words) == reading.english.lower() or all(len(w) > 2 and self._is_english(w) for w in words):
            return
        self.table.add(key, reading)

    def _add_scales(self, data: object) -> None:
        for width in ("long", "short"):
            by_count = _get(data, "compact_decimal_formats", width) or {}
            for patterns in _values(by_count):
                for magnitude, pattern in _items(patterns):
                    text = _MARKS_RE.sub(" ", getattr(pattern, "pattern", str(pattern))).split(";")[0]
                    zeros = _ZEROS_RE.search(text)
                    if zeros is None or not magnitude.isdigit():
                        continue
                    scale = int(magnitude) / 10 ** (len(zeros.group(0)) - 1)
                    if scale < 1000 or "'" in text:
                        continue
                    self._add(text.replace(zeros.group(0), f" {NUMBER} "), Reading("scale", scale=scale))

    def _add_currencies(self, data: object) -> None:
        names: Any = _get(data, "currency_names") or {}
        plurals: Any = _get(data, "currency_names_plural") or {}
        words_of: dict[str, set[tuple[str, ...]]] = {}
        for code in CURRENCIES:
            forms = [names.get(code)] if names.get(code) else []
            forms += [form for _, form in _items(plurals.get(code) or {})]
            for form in forms:
                if isinstance(form, str):
                    self._add(form, Reading("currency", english=code))
                    words_of.setdefault(code, set()).update((word,) for word in key_of(form))
        shared = set.intersection(*(words_of.get(code, set()) for code in _DOLLARS)) if words_of else set()
        for word in shared:
            self._add(word[0], Reading("currency", english="dollars"))

    def _add_periods(self, data: object) -> None:
        for unit, english in PERIODS.items():
            pattern = _get(data, "unit_patterns", f"duration-{unit}", "long", "per")
            if isinstance(pattern, str) and "{0}" in pattern:
                before, _, after = _MARKS_RE.sub(" ", pattern).partition("{0}")
                if after.strip() and not before.strip():
                    self._add(after, Reading("period", english=english))

    def readings(self, text: str) -> list[tuple[int, int, str]]:
        """(start, end, English) for each amount's word in `text`."""
        found = []
        for match in self.table.matches(text):
            reading = match.value
            if reading.kind == "scale":
                value = parse_digits(match.number) if match.number else None
                if value is None:
                    continue
                found.append((match.start, match.end, format_number(value * reading.scale)))
            else:
                found.append((match.start, match.end, reading.english))
        return found


def _get(data: object, *path: str) -> object:
    for name in path:
        try:
            data = data[name]  # type: ignore[index]
        except (KeyError, TypeError):
            return None
    return data


def _items(mapping: object) -> Iterable[tuple[str, object]]:
    try:
        return [(str(key), mapping[key]) for key in mapping]  # type: ignore[attr-defined,index]
    except TypeError:
        return []


def _values(mapping: object) -> Iterable[object]:
    return [value for _, value in _items(mapping)]


@cache  # one per process: the tables are built or read from the cache once
def shared_world_money(is_english: Callable[[str], bool]) -> WorldMoney:
    return WorldMoney(is_english)
