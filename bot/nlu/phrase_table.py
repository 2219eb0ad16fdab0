"""Find a large set of fixed phrases in a message in one left-to-right pass over its words.

The world's words for time and money (bot/nlu/world_dates.py, world_money.py) are thousands of
phrases; one regular expression of them all would try each at every character. Keyed by their word
sequence, each position costs a few dictionary lookups. A number in a phrase matches any number.
"""

from __future__ import annotations

import hashlib
import logging
import pickle
import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Generic, TypeVar

import regex

logger = logging.getLogger(__name__)

NUMBER = "#"  # a number in a phrase's key
# letters with their combining marks: Devanagari's and Bengali's vowel signs are marks, not letters ("लाख")
TOKEN_RE = regex.compile(r"\d+(?:[.,]\d+)*|[\p{L}\p{M}]+")
LATIN_RE = re.compile(r"^[a-zà-öø-ÿāăąćčďđēėęěğīįıķļłńňōőœŕřśşšţťūůűųźżžș-ț]+$")
_SLOT = "qqnumberqq"  # where a template's number goes, spelt so the tokenizer keeps it a word
_LONGEST_PHRASE = 5
# the scripts that write "in", "to", "and", "the" as one letter joined to the next word ("בחודש", "بالشهر",
# "በሚቀጥለው"); in any other script a word without its first letter is another word ("через", in, is not "берез")
_PREFIXING_SCRIPT_RE = regex.compile(r"^[\p{Hebrew}\p{Arabic}\p{Ethiopic}]")
_SUFFIX = 3  # letters a word may carry after a phrase's last word in other scripts ("주에")

Value = TypeVar("Value")


def key_of(phrase: str) -> tuple[str, ...]:
    """The word sequence of `phrase`, lowercase, with NUMBER where the phrase has it."""
    spaced = phrase.lower().replace(NUMBER, f" {_SLOT} ")
    return tuple(NUMBER if token == _SLOT else token for token in TOKEN_RE.findall(spaced))


@dataclass(frozen=True)
class Match(Generic[Value]):
    start: int
    end: int
    value: Value
    number: str  # the message's number where the phrase has NUMBER, else ""


class PhraseTable(Generic[Value]):
    """Phrases keyed by their words. `stands(value, keys, index, length)` may refuse a match in its place."""

    def __init__(self, stands: Callable[[Value, list[str], int, int], bool] | None = None) -> None:
        self.phrases: dict[tuple[str, ...], Value] = {}
        self._stripped: dict[tuple[str, ...], Value] = {}
        self._stands = stands

    @classmethod
    def of(
        cls, phrases: dict[tuple[str, ...], Value], stands: Callable[[Value, list[str], int, int], bool] | None = None
    ) -> PhraseTable[Value]:
        table: PhraseTable[Value] = cls(stands)
        for key, value in phrases.items():
            table.add(key, value)
        return table

    def add(self, key: tuple[str, ...], value: Value) -> None:
        if not key or len(key) > _LONGEST_PHRASE:
            return
        self.phrases.setdefault(key, value)
        first = key[0]
        if len(first) > 3 and _PREFIXING_SCRIPT_RE.match(first):
            # Hebrew's and Arabic's one-letter words merge with an article: "החודש" (the month) is "בחודש" (in the
            # month); a message's word without its first letter is looked up against this
            self._stripped.setdefault((first[1:], *key[1:]), value)

    def __len__(self) -> int:
        return len(self.phrases)

    def matches(self, text: str) -> Iterator[Match[Value]]:
        """Each phrase in `text`, the longest at each place, left to right, none overlapping."""
        tokens = list(TOKEN_RE.finditer(text))
        keys = [token.group(0).lower() for token in tokens]
        index = 0
        while index < len(tokens):
            found = self._longest_at(tokens, keys, index)
            if found is None:
                index += 1
                continue
            length, value = found
            number = next((keys[i] for i in range(index, index + length) if keys[i][0].isdigit()), "")
            yield Match(tokens[index].start(), tokens[index + length - 1].end(), value, number)
            index += length

    def _longest_at(self, tokens: list[regex.Match[str]], keys: list[str], index: int) -> tuple[int, Value] | None:
        for length in range(min(_LONGEST_PHRASE, len(tokens) - index), 0, -1):
            if not _joined(tokens, index, length):
                continue
            value = self._value(tuple(keys[index : index + length]))
            if value is not None and (self._stands is None or self._stands(value, keys, index, length)):
                return length, value
        return None

    def _value(self, window: tuple[str, ...]) -> Value | None:
        """The exact words, else with their numbers as any number, else (in scripts other than Latin) with a
        one-letter prefix on the first word or a case ending or particle after the last."""
        numbered = tuple(NUMBER if word[0].isdigit() else word for word in window)
        for key in (window, numbered):
            if key in self.phrases:
                return self.phrases[key]
        first = numbered[0]
        if len(first) > 2 and _PREFIXING_SCRIPT_RE.match(first):
            # Hebrew and Arabic write "in", "to", "and", "the" as one letter before the word ("בחודש הבא")
            stripped = (first[1:], *numbered[1:])
            value = self.phrases.get(stripped, self._stripped.get(stripped))
            if value is not None:
                return value
        last = numbered[-1]
        if len(window) < 2 or last == NUMBER or LATIN_RE.match(last):
            return None  # a single word cut short is too often another word ("через" is not "чер", June)
        for cut in range(1, min(_SUFFIX, len(last) - 1) + 1):
            value = self.phrases.get((*numbered[:-1], last[:-cut]))
            if value is not None:
                return value
        return None


def _joined(tokens: list[regex.Match[str]], index: int, length: int) -> bool:
    """A phrase's words are apart by spaces or a slash only (no comma or sentence between them)."""
    text = tokens[index].string
    return all(
        text[tokens[i].end() : tokens[i + 1].start()].strip() in ("", "/") for i in range(index, index + length - 1)
    )


def cached_phrases(
    name: str, build: Callable[[], dict[tuple[str, ...], Value]], *inputs: str
) -> dict[tuple[str, ...], Value]:
    """The phrases `build` makes from a library's data (a few seconds of every process's start), kept in the
    shared cache under the digest of this module, `inputs` (the builder's source, the library's version)."""
    from bot.files import write_whole_with
    from bot.settings import get_settings, shared_cache_dir

    digest = hashlib.sha256("\0".join([Path(__file__).read_text(encoding="utf-8"), *inputs]).encode()).hexdigest()
    path = shared_cache_dir(get_settings()) / f"{name}-{digest[:16]}.pickle"
    try:
        phrases: dict[tuple[str, ...], Value] = pickle.loads(path.read_bytes())
        return phrases
    except (OSError, EOFError, pickle.UnpicklingError, AttributeError, ImportError):
        pass  # none yet, or from another version of the code: build it
    phrases = build()
    try:
        write_whole_with(path, lambda handle: pickle.dump(phrases, handle, protocol=pickle.HIGHEST_PROTOCOL))
        for older in path.parent.glob(f"{name}-*.pickle"):  # another version's table is not read again
            if older != path:
                older.unlink(missing_ok=True)
    except OSError as error:
        logger.info("could not keep %s in %s (%s): it is built again by the next process", name, path, error)
    return phrases


def alternation(words: list[str]) -> str:
    """A regular expression of `words`, the longest at a place first, with their shared beginnings factored out: a
    flat "a|b|c" of the glossaries' 20,000 words is tried word by word at every character of a message."""
    trie: dict[str, dict] = {}  # type: ignore[type-arg]
    for word in words:
        node = trie
        for char in word:
            node = node.setdefault(char, {})
        node[""] = {}
    return _alternation(trie)


def _alternation(node: dict[str, dict]) -> str:  # type: ignore[type-arg]
    branches = [re.escape(char) + _alternation(child) for char, child in sorted(node.items()) if char]
    if not branches:
        return ""
    joined = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
    # a word ending here matches only when no longer one does (the optional part is greedy)
    return f"(?:{joined})?" if "" in node else joined
