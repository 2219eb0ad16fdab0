"""Build bot/nlu/dictionary/words.tsv.gz: the words of about thirty languages for the few things we read.

The hand-kept glossaries (bot/nlu/other_words.py, far_words.py, core_words.py) list the words visitors were
seen to use, one language and one form at a time. Each fresh batch brings forms nobody listed ("semanas",
"Angestellten", "työntekijää"). This reads them from real bilingual dictionaries instead: FreeDict's, from
Debian (dict-freedict-*), both ways (X to English, and English to X inverted), for the English words the
extractors key on and the nouns WordNet files under one of our industries. Each dictionary headword is then
given its inflected forms from simplemma's lemma tables (PyPI), so "työntekijöitä" finds "työntekijä".

A word is kept only when it is no English word, is long enough not to be a particle of another language,
and all its readings agree. The output is data, committed; the runtime needs neither FreeDict nor simplemma.

    apt-get install $(apt-cache search freedict | awk '{print $1}' | grep -E 'dict-freedict-(eng-|[a-z]+-eng$)')
    .venv/bin/pip install simplemma==2.0.0
    PYTHONPATH=. .venv/bin/python scripts/build_dictionary_words.py
"""

from __future__ import annotations

import gzip
import re
import sys
from collections import defaultdict
from collections.abc import Iterator
from pathlib import Path

from anyascii import anyascii
from spacy.lang.en.stop_words import STOP_WORDS

from bot.nlu.dictionary_words import CONCEPTS, NOT_NOUNS, VERBS
from bot.nlu.other_words import is_english
from bot.nlu.taxonomy import load_taxonomy
from bot.nlu.wordnet_industry import WordNetIndustries, shared_reader

DICTD = Path("/usr/share/dictd")
OUTPUT = Path(__file__).resolve().parent.parent / "bot" / "nlu" / "dictionary" / "words.tsv.gz"

# FreeDict's language codes -> simplemma's (None: no lemma table)
LANGUAGES = {
    "afr": None, "ara": "ar", "bul": "bg", "ces": "cs", "cym": "cy", "dan": "da", "deu": "de", "ell": "el",
    "epo": "eo", "fin": "fi", "fra": "fr", "gle": "ga", "hin": "hi", "hrv": "hbs", "hun": "hu", "ind": "id",
    "isl": "is", "ita": "it", "lat": "la", "lit": "lt", "nld": "nl", "nor": "nb", "pol": "pl", "por": "pt",
    "rus": "ru", "slk": "sk", "slv": "sl", "spa": "es", "srp": "hbs", "swe": "sv", "swh": "sw", "tur": "tr",
}  # fmt: skip


_CLOSE = 2.0  # how far up WordNet's hypernyms (with a sense's rank) a trade may be
_TOO_GENERAL = frozenset({"house", "home", "land", "place", "building", "office", "work", "service", "trade"})
_SHORTEST = 5  # shorter words are too often a particle or a name in another language
_NUMBERED_RE = re.compile(r"^\s*\d+\.\s*")
_ASIDE_RE = re.compile(r"\([^)]*\)|\[[^\]]*\]|<[^>]*>|\{[^}]*\}")
_TAGS_RE = re.compile(r"<([^>]*)>")
_NOUN_TAGS = {"n", "pn", "noun"}
_VERB_TAGS = {"v", "vt", "vi", "verb", "trans", "intrans"}
_VERB_CONCEPTS = frozenset(VERBS.values())
_VERB_STEMS = {read: verb[:5] for verb, read in VERBS.items()}  # "decid": the English verb's own kin
_B64 = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/"


def _offset(encoded: str) -> int:
    value = 0
    for char in encoded:
        value = value * 64 + _B64.index(char)
    return value


def entries(pair: str) -> Iterator[tuple[str, set[str], list[list[str]]]]:
    """(headword, its parts of speech, its senses, each a list of translations) of one FreeDict dictionary."""
    index, data_path = DICTD / f"freedict-{pair}.index", DICTD / f"freedict-{pair}.dict.dz"
    if not index.exists():
        return
    with gzip.open(data_path, "rb") as handle:
        data = handle.read()
    for line in index.read_text(encoding="utf-8").splitlines():
        parts = line.split("\t")
        if len(parts) < 3 or parts[0].startswith("00database"):
            continue
        start = _offset(parts[1])
        text = data[start : start + _offset(parts[2])].decode("utf-8", "replace")
        tags = _TAGS_RE.search(text.split("\n", 1)[0])
        yield parts[0], set(re.split(r"[,\s]+", tags.group(1).lower())) if tags else set(), _senses(text)


def _senses(text: str) -> list[list[str]]:
    """The translation lines of an entry: its numbered senses, or else its first line after the headword.
    Later unnumbered lines are definitions or notes, not translations."""
    lines = [line for line in text.splitlines()[1:] if line.strip()]
    numbered = [line for line in lines if _NUMBERED_RE.match(line)]
    chosen = numbered or lines[:1]
    senses = []
    for line in chosen:
        cleaned = _ASIDE_RE.sub(" ", _NUMBERED_RE.sub("", line))
        words = [w.strip().lower().removeprefix("to ").strip() for w in re.split(r"[,;/]", cleaned)]
        senses.append([w for w in words if w and not w.startswith("note:")])
    return senses


def _industry_noun(word: str, industries: WordNetIndustries, trades: dict[str, str]) -> str | None:
    """`word` when it names a business of one of our industries: a taxonomy word, or a noun (more often than a
    verb) that WordNet files close under one ("bakery", "clinic"; not "court", four steps up, nor "show")."""
    if trades.get(word, "other") != "other":
        return word
    if " " in word or not word.isalpha() or len(word) < 4 or word in _TOO_GENERAL:
        return None
    reader = industries.reader()
    if not reader.synsets(word, "n"):
        return None  # WordNet's reading of a word it does not know is a near spelling ("what" for "wheat")
    found = industries._word_industry(word)
    if found is None or found[0] == "other" or found[1] > _CLOSE:
        return None
    as_noun = sum(lemma.count() for synset in reader.synsets(word, "n") for lemma in synset.lemmas())
    elsewhere = sum(lemma.count() for pos in "vas" for synset in reader.synsets(word, pos) for lemma in synset.lemmas())
    return word if as_noun >= elsewhere else None


_CONCEPTS_SEEN: dict[str, str | None] = {}


def concept_of(english: str, industries: WordNetIndustries, trades: dict[str, str]) -> str | None:
    if english not in _CONCEPTS_SEEN:
        _CONCEPTS_SEEN[english] = CONCEPTS.get(english) or _industry_noun(english, industries, trades)
    return _CONCEPTS_SEEN[english]


def _lemma_table(code: str) -> dict[str, str]:
    from simplemma.strategies.dictionaries.dictionary_factory import _load_dictionary_from_disk  # build time only

    table = _load_dictionary_from_disk(code)
    return {
        (k.decode() if isinstance(k, bytes) else k): (v.decode() if isinstance(v, bytes) else v)
        for k, v in table.items()
    }


def _inflects(lemma: str, form: str, verb: bool = False) -> bool:
    """Whether `form` can be an ending on `lemma` (the tables also tie a short lemma to words merely like it:
    Turkish "ayacaklar" to "ay", month). A verb's stem changes more before its endings ("rozhodovat": rozhoduje)."""
    stem = lemma[: max(4, len(lemma) - 4)] if verb else lemma[: max(3, len(lemma) - 2)]
    return len(lemma) >= 4 and " " not in form and form.startswith(stem) and len(form) <= len(lemma) + 6


def build() -> dict[str, tuple[str, set[str]]]:
    taxonomy = load_taxonomy(Path(__file__).resolve().parent.parent / "sales" / "industries.yml")
    trades = {word: industry for word, industry in taxonomy.phrases() if " " not in word}
    industries = WordNetIndustries(trades)
    readings: dict[tuple[str, str], set[str]] = defaultdict(set)  # (language, foreign lemma) -> English
    for language in LANGUAGES:
        for head, tags, senses in entries(f"{language}-eng"):
            noun = not tags or bool(tags & _NOUN_TAGS)  # a verb's or adjective's forms mean too much else
            first = next((english for sense in senses[:1] for english in sense[:1]), None)
            if first in VERBS and (not tags or tags & _VERB_TAGS):
                readings[(language, head.lower())].add(VERBS[first])  # a verb of deciding, as its first sense
                continue
            for rank, english in enumerate(english for sense in senses[:2] for english in sense[:3]):
                concept = concept_of(english, industries, trades)
                if not concept or not (noun or concept in NOT_NOUNS):
                    continue
                if rank == 0 or concept == CONCEPTS.get(english):  # a trade only as the first sense
                    readings[(language, head.lower())].add(concept)
        for head, tags, senses in entries(f"eng-{language}"):
            if head.lower() in VERBS and (not tags or tags & _VERB_TAGS):
                for foreign in senses[0] if senses else []:
                    readings[(language, foreign)].add(VERBS[head.lower()])
                continue
            concept = concept_of(head.lower(), industries, trades)
            if concept and (not tags or tags & _NOUN_TAGS or concept in NOT_NOUNS):
                for sense in senses[:1]:  # the first sense: "boss" the person, not a stud
                    for foreign in sense:
                        readings[(language, foreign)].add(concept)
    words: dict[str, tuple[str, set[str]]] = {}
    clashes: set[str] = set()

    def keep(form: str, concept: str, language: str) -> None:
        if form in clashes:
            return
        if concept in _VERB_CONCEPTS and (
            # the English verb's own kin ("decider", "decidem") are read by the hand-kept glossaries, and the
            # dictionary reads the English they give too
            anyascii(form).startswith(_VERB_STEMS[concept])
            or (form in words and words[form][0] != concept)  # a noun's form too ("besluit"): the noun
        ):
            return
        if form in words and words[form][0] in _VERB_CONCEPTS and concept not in _VERB_CONCEPTS:
            del words[form]  # the noun, kept over the verb
        if form in words and words[form][0] != concept:
            clashes.add(form)
            del words[form]
            return
        words.setdefault(form, (concept, set()))[1].add(language)

    lemmas_of: dict[str, dict[str, str]] = defaultdict(dict)  # language -> lemma -> concept
    for (language, lemma), concepts in readings.items():
        if len(concepts) != 1 or " " in lemma:
            continue
        concept = next(iter(concepts))
        keep(lemma, concept, language)
        lemmas_of[language][lemma] = concept
    for language, code in LANGUAGES.items():
        if code is None or not lemmas_of[language]:
            continue
        print(f"inflecting {language}", file=sys.stderr)
        for form, lemma in _lemma_table(code).items():
            lemma, form = lemma.lower(), form.lower()
            concept = lemmas_of[language].get(lemma)
            if concept and _inflects(lemma, form, verb=concept in _VERB_CONCEPTS):
                keep(form, concept, language)
    return {
        form: reading
        for form, reading in words.items()
        if len(form) >= _SHORTEST
        and form.isalpha()
        and form != reading[0]
        and form not in STOP_WORDS
        and not is_english(form)
    }


# num2words' language codes -> simplemma's, for the numbers spelt in a case or gender of their own ("две", "trzech")
NUMBER_LANGUAGES = {
    "cs": "cs", "da": "da", "de": "de", "es": "es", "fi": "fi", "fr": "fr", "hu": "hu", "id": "id", "is": "is",
    "it": "it", "lt": "lt", "lv": "lv", "nl": "nl", "no": "nb", "pl": "pl", "pt": "pt", "ro": "ro", "ru": "ru",
    "sk": "sk", "sl": "sl", "sv": "sv", "tr": "tr", "uk": "uk",
}  # fmt: skip
NUMBERS_OUTPUT = OUTPUT.with_name("numbers.tsv")


def build_numbers() -> dict[str, int]:
    """Every inflected form of the numbers 2-10 and the tens that num2words spells as one word: the forms
    num2words does not give (bot/nlu/world_numbers.py reads those). A form two numbers share is left out."""
    from num2words import num2words  # type: ignore[import-untyped]

    numbers: dict[str, int] = {}
    clashes: set[str] = set()
    spelt_in: dict[str, dict[str, int]] = {}
    for language, code in NUMBER_LANGUAGES.items():
        spelt: dict[str, int] = {}
        for count in (*range(2, 11), *range(20, 101, 10)):
            word = str(num2words(count, lang=language)).lower()
            if " " not in word and "-" not in word:
                spelt[word] = count
        spelt = {word: count for word, count in spelt.items() if not _means_more(word, count, code)}
        spelt_in[code] = spelt
        for form, lemma in _lemma_table(code).items():
            form, count = form.lower(), spelt.get(lemma.lower())
            if count is None or form in spelt or not form.isalpha() or not _number_form(lemma.lower(), form):
                continue
            if numbers.get(form, count) != count:
                clashes.add(form)
            numbers[form] = count
    for code, spelt in spelt_in.items():  # a form that is another word in another language ("toen": Dutch "then")
        for form, lemma in _lemma_table(code).items():
            form = form.lower()
            if form in numbers and spelt.get(lemma.lower()) != numbers[form]:
                clashes.add(form)
    return {
        form: count
        for form, count in numbers.items()
        if form not in clashes and form not in STOP_WORDS and not is_english(form)
    }


_FREEDICT_OF = {code: freedict for freedict, code in LANGUAGES.items() if code}
_HEADWORDS: dict[str, dict[str, list[list[str]]]] = {}


def _means_more(word: str, count: int, code: str) -> bool:
    """Whether the number's word is another word too (Hungarian "hét" is seven and a week): its forms would be read
    as the number where they are the other word ("jövő héten", next week)."""
    from num2words import num2words

    freedict = _FREEDICT_OF.get(code)
    if freedict is None:
        return False
    if freedict not in _HEADWORDS:
        _HEADWORDS[freedict] = {head.lower(): senses for head, _, senses in entries(f"{freedict}-eng")}
    english = str(num2words(count, lang="en"))
    translations = {t for sense in _HEADWORDS[freedict].get(word, []) for t in sense}
    return any(t.isalpha() and t != english and not t.isdigit() for t in translations)


def _number_form(lemma: str, form: str) -> bool:
    latin = form.isascii() or all(char.isascii() or "à" <= char <= "ž" for char in form)
    return form[:2] == lemma[:2] and len(form) <= len(lemma) + 4 and len(form) >= (4 if latin else 3)


def main() -> None:
    if shared_reader() is None:
        raise SystemExit("WordNet is missing: run scripts/install-system.sh first")
    words = build()
    lines = [
        f"{form}\t{concept}\t{','.join(sorted(languages))}" for form, (concept, languages) in sorted(words.items())
    ]
    text = (
        "# foreign word\tthe English the extractors read\tFreeDict languages"
        " (built by scripts/build_dictionary_words.py)\n" + "\n".join(lines) + "\n"
    )
    OUTPUT.write_bytes(gzip.compress(text.encode("utf-8"), mtime=0))  # mtime 0: the same words, the same bytes
    print(f"{len(lines)} words -> {OUTPUT}")
    numbers = build_numbers()
    NUMBERS_OUTPUT.write_text(
        "# a number word in a case or gender num2words does not spell\tits value (scripts/build_dictionary_words.py)\n"
        + "".join(f"{form}\t{count}\n" for form, count in sorted(numbers.items())),
        encoding="utf-8",
    )
    print(f"{len(numbers)} number words -> {NUMBERS_OUTPUT}")


if __name__ == "__main__":
    main()
