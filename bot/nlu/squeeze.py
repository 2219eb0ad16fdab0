"""The text the extractors read: whitespace runs squeezed to one space and over-long tokens
broken, and words of other languages read in English (bot/nlu/other_words.py), with a map back to
the visitor's own character offsets.

Extraction patterns allow optional whitespace between their parts and spaCy's tokenizer strips
affixes one at a time, so a run of 2,000 spaces or punctuation costs time quadratic in its length:
over a second of blocking CPU per message on Rasa's event loop. No meaning is in how many spaces
there are, and no word we read is longer than a few dozen letters, so bounding both makes every
pass linear in the message without changing what is found.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace

from bot.nlu.far_words import UNSPACED_CHAR_RE
from bot.nlu.other_words import in_english, spans_replaced
from bot.nlu.types import Found

LONGEST_TOKEN = 40  # longer runs without a space are broken here ("aaaa…", "$$$$…", "1,1,1,…")


class Squeezed:
    """`text` squeezed, and for each of its characters the offset it came from."""

    def __init__(self, original: str, more_english: Callable[[str], list[tuple[int, int, str]]] | None = None) -> None:
        """`more_english` finds further (start, end, English) spans in the text read so far (the borrowed trade
        words of the extractor's taxonomy)."""
        chars: list[str] = []
        origin: list[int] = []
        in_space = False
        token = 0
        for index, char in enumerate(original):
            if char.isspace():
                if not in_space:
                    chars.append(" ")
                    origin.append(index)
                in_space, token = True, 0
                continue
            if UNSPACED_CHAR_RE.match(char):
                token = 0  # Japanese and Chinese are written without spaces: each character is a word's part
            if token == LONGEST_TOKEN:
                chars.append(" ")  # an inserted break stands for the character after it
                origin.append(index)
                token = 0
            chars.append(char)
            origin.append(index)
            in_space, token = False, token + 1
        origin.append(len(original))
        self.text, self._origin = in_english("".join(chars), origin)
        if more_english is not None:
            self.text, self._origin = spans_replaced(self.text, self._origin, more_english(self.text))

    def unsqueezed(self, found: Found) -> Found:
        """The same fact with its span in the visitor's text."""
        start = self._origin[found.start]
        end = self._origin[found.end - 1] + 1 if found.end > found.start else start
        return replace(found, start=start, end=end)
