"""Numbers written as words in other languages: "fünfzig Mitarbeiter", "עשרים עובדים", "treinta personas".

Digits are the same everywhere, but a visitor who spells a count out does it in their own language. The
words are a closed set per language, and num2words spells numbers in some forty of them; this module
spells the counts a pricing chat names (2 to 100, the hundreds, a few thousands) in each and looks them
up the other way, one pass over the message (bot/nlu/phrase_table.py), so the readers see the digits.

One is left out: it is the article in most of these languages ("un", "ein", "een", "bir"). So is a
spelling that is an English word ("fire" is Danish for 4, "elf" German for 11, "on" Turkish for 10), a
short Latin-letter word (three letters or fewer are too often another word: "dos", "tre", "hai"), and
a few words that are as often a name or a place ("Lima", "Otto").
"""

from __future__ import annotations

import importlib.metadata
import logging
from collections.abc import Callable
from functools import cache
from pathlib import Path

from bot.nlu.phrase_table import LATIN_RE, PhraseTable, cached_phrases, key_of
from bot.nlu.wordnet_industry import WORDNET_DIR

logger = logging.getLogger(__name__)

# num2words' languages written with spaces between words (Thai is not; Japanese and Chinese numerals are read
# by bot/nlu/far_words.py)
LANGUAGES = (
    "am", "ar", "az", "be", "bn", "ca", "cs", "cy", "da", "de", "es", "eu", "fa", "fi", "fr", "he", "hu",
    "id", "is", "it", "kn", "ko", "kz", "lt", "lv", "nl", "no", "pl", "pt", "pt_BR", "ro", "ru", "sk", "sl",
    "sr", "sv", "te", "tg", "tr", "uk", "vi",
)  # fmt: skip
COUNTS = (*range(2, 101), *range(200, 1001, 100), *range(2000, 10001, 1000))
_SHORTEST_LATIN_WORD = 4
_SCALES = frozenset({100, 1000})
_NAMES_AND_PLACES = frozenset({"lima", "otto", "sette", "sata", "mila", "nove", "onze"})  # "onze": Dutch "our"


# the counts of languages num2words does not spell, 2 to 10 and the tens, as "word number" (Hindi, Urdu, Swahili,
# Tagalog); Urdu's "دو", "نو", "سو" are also "give", "new", "so" and stay out; Swahili's "kumi na tano" is ten and
# five
_SPELT_BY_HAND = """
दो 2 तीन 3 चार 4 पांच 5 पाँच 5 छह 6 सात 7 आठ 8 नौ 9 दस 10 बीस 20 तीस 30 चालीस 40 पचास 50 साठ 60 सत्तर 70 अस्सी 80 नब्बे 90
تین 3 چار 4 پانچ 5 چھ 6 سات 7 آٹھ 8 دس 10 بیس 20 تیس 30 چالیس 40 پچاس 50 ساٹھ 60 ستر 70 اسی 80 نوے 90
dalawa 2 tatlo 3 apat 4 anim 6 pito 7 walo 8 siyam 9 sampu 10 dalawampu 20 tatlumpu 30 apatnapu 40 limampu 50
animnapu 60 pitumpu 70 walumpu 80 siyamnapu 90
"""
_SWAHILI_UNITS = ["moja", "mbili", "tatu", "nne", "tano", "sita", "saba", "nane", "tisa"]
_SWAHILI_TENS = ["kumi", "ishirini", "thelathini", "arobaini", "hamsini", "sitini", "sabini", "themanini", "tisini"]


def _by_hand() -> dict[str, int]:
    pairs = _SPELT_BY_HAND.split()
    spelt = {word: int(number) for word, number in zip(pairs[::2], pairs[1::2], strict=True)}
    for tens, ten in enumerate(_SWAHILI_TENS, start=1):
        spelt[ten] = tens * 10
        for units, unit in enumerate(_SWAHILI_UNITS, start=1):
            spelt[f"{ten} na {unit}"] = tens * 10 + units
    spelt.update({unit: units for units, unit in enumerate(_SWAHILI_UNITS, start=1) if units > 1})
    return spelt


def _phrases(is_english: Callable[[str], bool]) -> dict[tuple[str, ...], str]:
    from num2words import num2words  # type: ignore[import-untyped]  # ships no type hints

    table: dict[tuple[str, ...], str] = {}
    for language in LANGUAGES:
        for count in COUNTS:
            try:
                spelt = str(num2words(count, lang=language))
            except (NotImplementedError, OverflowError, KeyError, ValueError, TypeError):
                continue
            for phrase in {spelt, spelt.replace("-", " ")}:
                key = key_of(phrase)
                if _stands_alone(key, count, is_english):
                    table.setdefault(key, str(count))
    for word, count in _by_hand().items():
        if _stands_alone(key_of(word), count, is_english):
            table.setdefault(key_of(word), str(count))
    return table


def _stands_alone(key: tuple[str, ...], value: int, is_english: Callable[[str], bool]) -> bool:
    if not key or any(word.isdigit() for word in key):
        return False
    if all(LATIN_RE.match(word) and is_english(word) for word in key):
        return False  # "fire", "elf", "six": English words, read as English
    if len(key) == 1:
        word = key[0]
        if value in _SCALES:
            return False  # "tisíc", "duizend": the scale of a number before them ("25 tisíc"), read by world_money
        if word in _NAMES_AND_PLACES:
            return False
        if LATIN_RE.match(word) and (len(word) < _SHORTEST_LATIN_WORD or is_english(word)):
            return False
    return True


def _a_count_here(value: str, keys: list[str], index: int, length: int) -> bool:
    """ "5 mil", "3 cientos": after digits a number word is their scale, not a number of its own. A number word of
    one or two letters counts only before the word it counts ("ده نفر", ten people): last, it is as often another
    language's word ("решает он", he decides; "он" is Kazakh for ten)."""
    if length == 1 and len(keys[index]) <= 2 and index + 1 >= len(keys):
        return False
    return index == 0 or not keys[index - 1][0].isdigit()


class WorldNumbers:
    """Number words of every language num2words spells, as digits."""

    def __init__(self, is_english: Callable[[str], bool]) -> None:
        try:
            version = importlib.metadata.version("num2words")
        except importlib.metadata.PackageNotFoundError:
            logger.warning("num2words is not installed: numbers spelt in other languages are not read")
            self.table: PhraseTable[str] = PhraseTable()
            return
        self.table = PhraseTable.of(
            cached_phrases(
                "world-numbers",
                lambda: _phrases(is_english),
                Path(__file__).read_text(encoding="utf-8"),
                version,
                str((WORDNET_DIR / "data.noun").is_file()),  # without WordNet every word counts as English
            ),
            _a_count_here,
        )

    def readings(self, text: str) -> list[tuple[int, int, str]]:
        """(start, end, digits) for each number word in `text`."""
        return [(match.start, match.end, match.value) for match in self.table.matches(text)]


@cache
def shared_world_numbers(is_english: Callable[[str], bool]) -> WorldNumbers:
    return WorldNumbers(is_english)
