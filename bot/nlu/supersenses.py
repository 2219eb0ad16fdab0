"""What kind of thing a word names, through WordNet 3.0's 45 supersenses (noun.food, verb.possession...).

The intent classifier learns from a few thousand examples: a word it never saw carries nothing, so
"how many calories in a banana" is read by its known words ("how many") as a pricing question.
A person knows a banana is food and food is not what a pricing page is for. The supersenses
give every English word such a class, so an unseen word lands beside the seen words of its kind
("calories in a banana" next to "recipe for banana bread"; "purchase" next to "buy").
"""

from __future__ import annotations

import functools
import re
from pathlib import Path
from typing import Any

from bot.nlu.wordnet_industry import WORDNET_DIR, shared_reader

LEXNAMES_FILE = Path(__file__).resolve().parent / "wordnet" / "lexnames"
SUPERSENSES: tuple[str, ...] = tuple(
    line.split("\t")[1] for line in LEXNAMES_FILE.read_text().splitlines() if line.strip()
)
SENSES_PER_POS = 1  # a word's most frequent sense in each part of speech: "book" is a publication and to reserve
# Words too common to say what a message is about ("is" would be verb.stative in every message).
_FUNCTION_WORDS = frozenset(
    {
        "a",
        "an",
        "the",
        "i",
        "me",
        "my",
        "we",
        "us",
        "our",
        "you",
        "your",
        "he",
        "she",
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
        "being",
        "do",
        "does",
        "did",
        "have",
        "has",
        "had",
        "can",
        "could",
        "will",
        "would",
        "shall",
        "should",
        "may",
        "might",
        "must",
        "not",
        "no",
        "yes",
        "ok",
        "to",
        "of",
        "in",
        "on",
        "at",
        "for",
        "from",
        "with",
        "by",
        "about",
        "as",
        "into",
        "like",
        "through",
        "over",
        "after",
        "before",
        "so",
        "if",
        "or",
        "and",
        "but",
        "than",
        "then",
        "too",
        "very",
        "just",
        "also",
        "there",
        "here",
        "what",
        "which",
        "who",
        "whom",
        "whose",
        "when",
        "where",
        "why",
        "how",
        "all",
        "any",
        "some",
        "each",
        "get",
        "got",
        "go",
        "going",
        "want",
        "let",
        "s",
        "t",
        "ll",
        "re",
        "ve",
        "d",
        "m",
    }
)
_WORD_RE = re.compile(r"[a-z]{3,}")


@functools.lru_cache(maxsize=50_000)
def supersenses(word: str) -> tuple[str, ...]:
    """The supersenses of a word's first sense per part of speech; () for function words and non-words."""
    word = word.lower()
    reader = shared_reader(WORDNET_DIR)
    if reader is None or word in _FUNCTION_WORDS or not _WORD_RE.fullmatch(word):
        return ()
    found: list[str] = []
    for pos in ("n", "v", "a", "r"):
        senses: list[Any] = reader.synsets(word, pos=pos)[:SENSES_PER_POS]
        for sense in senses:
            name = sense.lexname()
            if name not in found:
                found.append(name)
    return tuple(found)
