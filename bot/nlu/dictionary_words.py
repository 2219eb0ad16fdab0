"""The words of about thirty languages for the things we read, taken from real bilingual dictionaries.

The hand-kept glossaries (other_words.py, far_words.py, core_words.py) hold the phrasings visitors were seen
to use; each fresh visitor brings a form nobody listed ("Angestellten", "työntekijää", "panaderías").
scripts/build_dictionary_words.py reads FreeDict's dictionaries and simplemma's inflection tables into
dictionary/words.tsv.gz: every form of every word that translates to one of the English words the extractors
key on, or to a noun WordNet files under one of our industries. A word the glossaries left as it was is
read as that English, so the English rules after it see "40 employees" or "a bakery".
"""

from __future__ import annotations

import gzip
import threading
from functools import cache
from pathlib import Path

import regex

# gzipped: 2.5 MB of text is 0.4 MB in the repository, read once per process
WORDS_PATH = Path(__file__).resolve().parent / "dictionary" / "words.tsv.gz"
NUMBERS_PATH = WORDS_PATH.with_name("numbers.tsv")
# the English the extractors read for each English headword translated: the key words of bot/nlu/misspellings.py
# and their kin, all nouns or adverbs (a verb's forms mean too much else); every other word in the file is a trade
CONCEPTS = {
    "employee": "employees", "employees": "employees", "worker": "employees", "workers": "employees",
    "staff": "staff", "personnel": "staff", "colleague": "colleagues", "person": "people", "people": "people",
    "day": "days", "week": "weeks", "month": "months", "year": "years", "quarter": "quarter",
    "monthly": "monthly", "weekly": "weekly", "yearly": "yearly", "annual": "annual", "annually": "annually",
    "budget": "budget", "owner": "owner", "proprietor": "owner", "boss": "boss", "founder": "founder",
    "cofounder": "cofounder", "intern": "intern", "trainee": "intern", "partner": "partner",
    "decision": "decision", "recommendation": "recommendation", "approval": "approval",
    "committee": "committee", "immediately": "immediately",
    "tomorrow": "tomorrow", "thousand": "thousand", "million": "million", "company": "company",
    "business": "business", "firm": "company", "enterprise": "company", "client": "clients",
    "customer": "customers",
    # whose business it is: "mein Bruder arbeitet in der Logistik" is the brother's
    "brother": "brother", "sister": "sister", "cousin": "cousin", "friend": "friend", "uncle": "uncle",
    "aunt": "aunt", "father": "father", "mother": "mother", "husband": "husband", "wife": "wife",
    "daughter": "daughter", "neighbour": "neighbour", "neighbor": "neighbour",
}  # fmt: skip
# the verbs of who decides, read where no rule knows the language's grammar: "yfirmaðurinn minn ákveður" (my boss
# decides) comes through as "boss minn decides", "jag utvärderar bara" as "jag evaluating bara". Only the verbs
# whose first translation is one of these; a verb's forms mean too much else in general. Not "recommend": "meu
# cunhado recomendou vocês" is a referral, and its tense and object do not come through
VERBS = {"decide": "decides", "evaluate": "evaluating", "approve": "approves"}
CONCEPT_WORDS = frozenset({*CONCEPTS.values(), *VERBS.values()})
# the key words that are no nouns: their adverbs and adjectives are read too ("měsíčně", "αμέσως")
NOT_NOUNS = frozenset({"monthly", "weekly", "yearly", "annual", "annually", "immediately", "tomorrow"})
_UNITS = frozenset({"days", "weeks", "months", "years"})
_NUMBER_BEFORE_RE = regex.compile(r"\d[\d.,]*\s*(?:-\s*)?$")
_WORD_RE = regex.compile(r"[\p{L}\p{M}]+")
_LOADING = threading.Lock()


@cache
def dictionary_words(path: Path = WORDS_PATH) -> dict[str, str]:
    """Foreign word (lowercase) -> the English read for it; empty when the file is missing."""
    with _LOADING:
        if not path.exists():
            return {}
        words: dict[str, str] = {}
        for line in gzip.decompress(path.read_bytes()).decode("utf-8").splitlines():
            if line and not line.startswith("#"):
                word, english, _ = line.split("\t", 2)
                words[word] = english
        return words


@cache
def number_words(path: Path = NUMBERS_PATH) -> dict[str, str]:
    """A number word in a case or gender of its own ("две", "trzech", "kahden") -> its digits; num2words spells only
    the plain form (bot/nlu/world_numbers.py)."""
    with _LOADING:
        if not path.exists():
            return {}
        return dict(line.split("\t", 1) for line in path.read_text(encoding="utf-8").splitlines() if line[:1] != "#")


def numbers(text: str) -> list[tuple[int, int, str]]:
    """(start, end, digits) of each inflected number word, unless digits stand before it ("5 dwóch" is no count)."""
    table = number_words()
    return [
        (match.start(), match.end(), table[match.group(0).lower()])
        for match in _WORD_RE.finditer(text)
        if match.group(0).lower() in table and not _NUMBER_BEFORE_RE.search(text[: match.start()])
    ]


def readings(text: str) -> list[tuple[int, int, str]]:
    """(start, end, English) of each word of `text` that translates to a key word, in order. A unit of time with no
    number before it is one of them ("za tydzień": in a week)."""
    spans = []
    for start, end, english in _translated(text):
        if english in CONCEPT_WORDS:
            if english in _UNITS and not _NUMBER_BEFORE_RE.search(text[:start]):
                english = f"a {english[:-1]}"
            spans.append((start, end, english))
    return spans


def trades(text: str) -> list[tuple[int, int, str]]:
    """(start, end, English noun) of each word of `text` that names a trade ("panaderías": bakery). Read only as
    the answer to the industry question: said in passing, the words around it that would tell whose business it
    is ("our clients are mostly", "my brother works at") stay in their language, unread."""
    return [span for span in _translated(text) if span[2] not in CONCEPT_WORDS]


def _translated(text: str) -> list[tuple[int, int, str]]:
    words = dictionary_words()
    spans = []
    for match in _WORD_RE.finditer(text):
        english = words.get(match.group(0).lower())
        if english is not None:
            spans.append((match.start(), match.end(), english))
    return spans
