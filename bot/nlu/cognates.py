"""Trades named with the world's borrowings of English words: "telekom", "энергетика", "मिडिया", "banku".

Most languages say software, telecom, media, energy, logistics or bank with a word borrowed from
English or Latin, spelled their way and often in their own script. Transliterated to Latin letters
(anyascii) they are near the English word: the same word with a case ending ("banku", "energetika"),
a compound's first part ("energibransjen") or a spelling a letter or two apart ("telekom"). The
trade words of the taxonomy that stand alone are matched this way, so a new language needs no list.
Only words no English dictionary knows are read, and only against trade words of five letters or
more (or four, with at most a case ending after them): shorter ones match too much.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from functools import cache, lru_cache

import regex
from anyascii import anyascii
from rapidfuzz import fuzz, process
from spacy.lang.en.stop_words import STOP_WORDS

_WORD_RE = regex.compile(r"[\p{L}\p{M}]+")
_SHORTEST_WORD = 4
_SHORTEST_PREFIX = 5  # a borrowing's stem: "energ" of "energy"
_LONGEST_ENDING = 4  # a case ending or article after the borrowed word ("energetika" is "energ" + "etika")
_LATIN_LETTER_RE = regex.compile(r"\p{Latin}")
_SENTENCE_RE = regex.compile(r"[^.!?。！？]+[.!?。！？]*")
CLIENT_WORDS = ("client", "customer")
_CLIENT_WORDS = set(CLIENT_WORDS)
_ENGLISH_ENDINGS = ("er", "ers", "ing", "ed", "ly", "ish", "tr")
_VOWELS = set("aeiouy")
_SIMILAR = 85.0  # rapidfuzz's ratio: "telekom" and "telecom" are 85.7
_SHORTEST_SIMILAR = 6  # "what" is one letter from "wheat"


class Cognates:
    def __init__(self, trade_words: Iterable[str], is_english: Callable[[str], bool]) -> None:
        self._is_english = is_english
        self.targets = sorted(
            {word for word in trade_words if word.isalpha() and word.isascii() and len(word) >= _SHORTEST_WORD}
        )

    @lru_cache(maxsize=50_000)  # noqa: B019 -- one instance per process (shared_cognates); words repeat
    def english(self, word: str) -> str | None:
        """The trade word `word` borrows, or None."""
        latin = anyascii(word).lower()
        if len(latin) < _SHORTEST_WORD or not latin.isalpha() or latin in self.targets:
            return None
        for target in self.targets:
            if _borrowed(latin, target):
                return target
        if _LATIN_LETTER_RE.search(word) or len(latin) < _SHORTEST_SIMILAR:
            return None  # spelt a letter or two apart only from another script: "trialing" is not "tiling"
        best = process.extractOne(latin, self.targets, scorer=fuzz.ratio, score_cutoff=_SIMILAR)
        if best and len(best[0]) >= _SHORTEST_SIMILAR:
            return str(best[0])
        # with a particle written onto it: "የቴሌኮም" is "ye" + "telekom"
        near = [target for target in self.targets if len(target) >= _SHORTEST_SIMILAR and len(latin) <= len(target) + 3]
        best = process.extractOne(latin, near, scorer=fuzz.partial_ratio, score_cutoff=_SIMILAR)
        return str(best[0]) if best else None

    def readings(self, text: str) -> list[tuple[int, int, str]]:
        """(start, end, English) for each borrowed trade word in `text` that is the visitor's own: not one
        asked about ("vocês atendem hospitais?") nor their clients' ("nuestros clientes son hospitales")."""
        found = []
        for sentence in _SENTENCE_RE.finditer(text):
            if sentence.group(0).rstrip().endswith(("?", "？", "؟")):
                continue
            previous, clients_named = "", False
            for match in _WORD_RE.finditer(sentence.group(0)):
                word, lower = match.group(0), match.group(0).lower()
                after_trade_word, previous = previous in self.targets, lower
                if after_trade_word:
                    continue  # an adjective after its noun, as the Romance languages put it: "banca cooperativa"
                if len(word) < _SHORTEST_WORD or (word.isascii() and (lower in STOP_WORDS or self._is_english(lower))):
                    continue
                english = self.english(word)
                if english in _CLIENT_WORDS:
                    clients_named = True
                elif english and not clients_named:
                    found.append((sentence.start() + match.start(), sentence.start() + match.end(), english))
        return found


# the Latin suffixes each language spells its own way: "educație", "educación", "educação", "edukacja" are
# education; "universidad", "università", "uniwersytet" are university. Compared with k as c, z as s and w as v
_SUFFIXES = (
    ("tion", frozenset({
        "cion", "ciones", "cao", "coes", "sione", "sioni", "tie", "tia", "tii", "tiei", "cja", "cje", "cji", "ce",
        "cia", "cio", "cios", "cija", "tsiya", "tsioon", "sjon", "sjonen", "tion", "tions", "sion", "tsion", "tsija",
        "tsia",
    })),
    ("ity", frozenset({"idad", "idades", "idade", "ita", "ite", "itet", "itat", "itate", "ytet", "ity"})),
)  # fmt: skip


def _spelt(word: str) -> str:
    return word.replace("k", "c").replace("z", "s").replace("w", "v")


def _borrowed(latin: str, target: str) -> bool:
    if _borrowed_as_spelt(latin, target):
        return True
    spelt = _spelt(latin)
    if spelt != latin and _borrowed_as_spelt(spelt, _spelt(target)):
        return True  # "logistik", "telekommunikacios"
    for english, endings in _SUFFIXES:
        if target.endswith(english):
            stem = _spelt(target[: -len(english)])
            if len(stem) >= _SHORTEST_WORD and spelt.startswith(stem) and spelt[len(stem) :] in endings:
                return True
    return False


def _borrowed_as_spelt(latin: str, target: str) -> bool:
    if latin.startswith(target):  # "banku", "hotelu": the word with a case ending
        ending = latin[len(target) :]
        if ending.endswith(_ENGLISH_ENDINGS):
            return False  # "schooler", "banker", "saastr" are English words of other meanings, or names
        return len(ending) <= (_LONGEST_ENDING if len(target) >= _SHORTEST_PREFIX else 2) and (
            len(target) >= _SHORTEST_PREFIX or set(ending) <= _VOWELS
        )
    stem = target[:-1]  # "energ" of "energy": "energia", "energetika", "energibransjen"
    return (
        len(stem) >= _SHORTEST_PREFIX and latin.startswith(stem) and not latin[len(stem) :].endswith(_ENGLISH_ENDINGS)
    )


@cache  # one per taxonomy and process
def shared_cognates(trade_words: tuple[str, ...], is_english: Callable[[str], bool]) -> Cognates:
    return Cognates(trade_words, is_english)
