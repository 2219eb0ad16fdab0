"""Whether a message is written in another language than English.

The assistant answers in English only. A visitor who writes in Spanish and gets English back, with no word
about it, reads it as not being understood; said once, it is a known limit. A word counts as English when it is
an English function word or WordNet knows it, unless it is one of the short words other languages share
with English spelling ("en", "de", "die", "con"); capitalised words after the first are names, not counted. Below
`ENGLISH_FROM` of the words, the message is in another language, if one of its words is one another language has
(our glossary of other languages knows it, or it has letters English does not use): "asdf qwerty" is no language.
Messages of one or two words are not judged.
"""

from __future__ import annotations

import re

from bot.nlu.other_words import OTHER_WORDS
from bot.nlu.wordnet_words import shared_reader

ENGLISH_FROM = 0.5
MIN_WORDS = 3
_WORD_RE = re.compile(r"[^\W\d_]+")
_ENGLISH_FUNCTION_WORDS = frozenset(
    (
        "a",
        "an",
        "the",
        "and",
        "or",
        "but",
        "to",
        "of",
        "in",
        "on",
        "at",
        "by",
        "for",
        "with",
        "from",
        "about",
        "as",
        "if",
        "so",
        "than",
        "i",
        "me",
        "my",
        "we",
        "us",
        "our",
        "you",
        "your",
        "it",
        "its",
        "they",
        "them",
        "their",
        "this",
        "that",
        "these",
        "those",
        "is",
        "am",
        "are",
        "was",
        "were",
        "be",
        "been",
        "do",
        "does",
        "did",
        "have",
        "has",
        "had",
        "can",
        "could",
        "would",
        "will",
        "should",
        "what",
        "which",
        "who",
        "how",
        "when",
        "where",
        "why",
        "not",
        "no",
        "yes",
        "please",
        "thanks",
        "hi",
        "hello",
        "hey",
        "ok",
        "im",
        "dont",
        "whats",
        "per",
    )
)
# short words of other languages that WordNet also lists ("en" is a printer's unit, "die" a verb)
_SHARED_SPELLINGS = frozenset(
    (
        "en",
        "de",
        "la",
        "le",
        "el",
        "los",
        "las",
        "les",
        "des",
        "del",
        "die",
        "der",
        "das",
        "den",
        "dem",
        "und",
        "ist",
        "sie",
        "es",
        "ein",
        "con",
        "para",
        "por",
        "que",
        "et",
        "est",
        "un",
        "une",
        "una",
        "da",
        "di",
        "il",
        "lo",
        "och",
        "og",
        "er",
        "het",
        "een",
        "van",
        "je",
        "mit",
        "nous",
        "vous",
        "sono",
        "e",
        "o",
        "y",
        "na",
        "se",
        "si",
        "mi",
        "tu",
        "te",
        "ja",
        "nie",
        "ne",
        "pas",
        "mais",
        "como",
        "mas",
    )
)


def _english(word: str) -> bool:
    if word in _ENGLISH_FUNCTION_WORDS:
        return True
    if word in _SHARED_SPELLINGS or not word.isascii():
        return False
    reader = shared_reader()
    return reader is None or bool(reader.synsets(word))


def another_language(text: str) -> bool:
    """The message is written in another language than English (three words or more, under half English)."""
    found = _WORD_RE.findall(text)
    # names are no language ("Kessler & Partners GmbH"): capitalised words after the first are left out
    words = [word.lower() for index, word in enumerate(found) if index == 0 or not word[:1].isupper()]
    if len(words) < MIN_WORDS or not any(map(_of_another_language, words)):
        return False  # "asdf qwerty" is no language: nothing to say about English
    return _under_half_english(words)


def mostly_unknown_to_english(text: str) -> bool:
    """Under half the words are English ones, however short the message ("geç bunu", "der erste termin passt",
    "humn pls"): another language or a typo, where DIET, which learnt English, is sure of mistakes."""
    words = [word.lower() for word in _WORD_RE.findall(text)]
    return bool(words) and _under_half_english(words)


def _under_half_english(words: list[str]) -> bool:
    return sum(map(_english, words)) / len(words) < ENGLISH_FROM


def _of_another_language(word: str) -> bool:
    """A word some other language has: one our glossary of other languages knows, or letters English does not use."""
    return not word.isascii() or word in _SHARED_SPELLINGS or word in OTHER_WORDS
