"""The industry of a business described in words no list holds, through WordNet 3.0.

A visitor says "we run an urgent-care chain" or "we make frozen pizzas for grocery chains": no
taxonomy phrase, but WordNet knows a clinic is a medical institution and a vineyard a farm. The
nouns of the description are walked up their hypernyms to the nearest anchor synset below, which
names the industry; a verb such as "make" or "grow" says what the business does with them. A
word WordNet does not know ("constrution") is matched to a taxonomy word it is one typo from.

The data is Debian's wordnet-base (scripts/install-wordnet.sh); read with nltk's WordNet reader.
Loading takes about 1.5 s, once per process, on the first description no rule understood.
Without the data, the fallback finds nothing and says so once in the log.
"""

from __future__ import annotations

import difflib
import hashlib
import logging
import marshal
import os
import re
import tempfile
import threading
import warnings
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

logger = logging.getLogger(__name__)

WORDNET_DIR = Path(os.environ.get("WORDNET_DIR", "/usr/share/wordnet"))
_LEXNAMES = (
    Path(__file__).resolve().parent / "wordnet" / "lexnames"
)  # WordNet's own list, missing from Debian's package

# Synsets that name an industry; the nearest one above a noun wins. A marketer's taxonomy words
# (sales/industries.yml) are checked first by the rules; these cover the rest of the language.
ANCHORS: dict[str, str] = {
    "medical_institution.n.01": "healthcare",
    "medical_building.n.01": "healthcare",
    "health_professional.n.01": "healthcare",
    "medical_care.n.01": "healthcare",
    "healthcare.n.01": "healthcare",
    "care.n.01": "healthcare",
    "medicine.n.01": "healthcare",
    "medicine.n.02": "healthcare",
    "educational_institution.n.01": "education",
    "university.n.01": "education",
    "university.n.02": "education",
    "educator.n.01": "education",
    "education.n.01": "education",
    "school.n.02": "education",
    "financial_institution.n.01": "financial_services",
    "insurance.n.01": "financial_services",
    "finance.n.01": "financial_services",
    "financier.n.01": "financial_services",
    "banker.n.01": "financial_services",
    "investor.n.01": "financial_services",
    "government.n.01": "government",
    "administrative_unit.n.01": "government",
    "administrative_district.n.01": "government",
    "government_income.n.01": "government",
    "polity.n.02": "government",
    "farm.n.01": "agriculture",
    "farmer.n.01": "agriculture",
    "agriculture.n.01": "agriculture",
    "livestock.n.01": "agriculture",
    "crop.n.01": "agriculture",
    "fishery.n.01": "agriculture",
    "plantation.n.01": "agriculture",
    "hotel.n.01": "hospitality",
    "restaurant.n.01": "hospitality",
    "pizzeria.n.01": "hospitality",  # WordNet files it under shops; it serves pizza at tables and to take away
    "boarding_house.n.01": "hospitality",  # paying guests stay the night: a B&B, a guesthouse, a hostel
    "education.n.05": "education",  # training: "adult vocational training", "sales training for teams"
    "salon.n.02": "other",  # a beauty or hair salon serves people, it sells no goods: WordNet files it under shops
    "barbershop.n.01": "other",
    "travel.n.01": "hospitality",
    "tourism.n.01": "hospitality",
    "travel_agency.n.01": "hospitality",
    "barroom.n.01": "hospitality",
    "caterer.n.01": "hospitality",
    "lodging.n.01": "hospitality",
    "transportation.n.05": "logistics",
    "warehouse.n.01": "logistics",
    "logistics.n.01": "logistics",
    "shipping.n.02": "logistics",
    "mover.n.03": "logistics",
    "carrier.n.05": "logistics",
    "courier.n.01": "logistics",
    "construction.n.01": "construction",
    "builder.n.03": "construction",
    "craftsman.n.03": "construction",
    "electrician.n.01": "construction",
    "real_property.n.01": "real_estate",
    "realtor.n.01": "real_estate",
    "landlord.n.01": "real_estate",
    "housing.n.01": "real_estate",
    "print_media.n.01": "media",
    "broadcasting.n.02": "media",
    "publisher.n.01": "media",
    "publisher.n.02": "media",
    "movie.n.01": "media",
    "film.n.02": "media",
    "journalism.n.01": "media",
    "journalist.n.01": "media",
    "entertainment.n.01": "media",
    "telecommunication.n.01": "telecom",
    "computer_network.n.01": "telecom",
    "telephone_company.n.01": "telecom",
    "energy.n.01": "energy",
    "utility.n.01": "energy",
    "fuel.n.01": "energy",
    "refinery.n.01": "energy",
    "mining.n.01": "energy",
    "power_station.n.01": "energy",
    "oil.n.01": "energy",
    "electricity.n.02": "energy",
    "mercantile_establishment.n.01": "retail",
    "retailer.n.01": "retail",
    "merchant.n.01": "retail",
    "plant.n.01": "manufacturing",
    "manufacturer.n.01": "manufacturing",
    "manufacturer.n.02": "manufacturing",
    "manufacturing.n.01": "manufacturing",
    "lawyer.n.01": "professional_services",
    "law_firm.n.01": "professional_services",
    "accountant.n.01": "professional_services",
    "adviser.n.01": "professional_services",
    "architect.n.01": "professional_services",
    "employment_agency.n.01": "professional_services",
    "advertising_agency.n.01": "professional_services",
    "foundation.n.02": "nonprofit",
    "nonprofit_organization.n.01": "nonprofit",
    "religion.n.02": "nonprofit",
    "nongovernmental_organization.n.01": "nonprofit",
    "software.n.01": "software",
    "programmer.n.01": "software",
    "web_site.n.01": "software",
    "computer_science.n.01": "software",
}
# What the business does with the thing it names ("we make pizzas"): the verb decides.
_MAKE_RE = re.compile(
    r"\b(?:make|makes|making|manufactur\w*|produce|produces|producing|fabricat\w*|assembl\w*|bottl\w*|brew\w*|mill(?:s|ing|ed)?)\b",
    re.I,
)
# a business that builds software, whatever it is for: "we're 4 ppl making a fitness app", "we build apps for clinics"
_BUILDS_SOFTWARE_RE = re.compile(
    r"\b(?:make|makes|making|build|builds|building|develop|develops|"
    r"developing|ship|ships|shipping)\s+(?:(?:a|an|the|our|mobile|web|\w+)\s+){0,3}?(?P<thing>apps?|software|saas|"
    r"platforms?)\b",
    re.I,
)
# growing crops or animals, not a business growing or raising money: "we're growing fast", "raising a seed round"
_GROW_RE = re.compile(
    r"\b(?:grow|grows|growing|raise|raises|raising|harvest\w*|breed\w*)\b(?!\s*(?:$|[,.;!?]))"
    r"(?!\s+(?:fast|quickly|rapidly|steadily|slowly|every|each|by|our|the|a|an|it|revenue|sales|teams?|business|"
    r"headcount|really|so|too|very|like|money|capital|funds|from|seed|series|rounds?|prices|awareness|\d)\b)",
    re.I,
)
_SELL_RE = re.compile(r"\b(?:sell|sells|selling|resell\w*)\b", re.I)
_MADE_GOODS = {None, "retail", "hospitality", "agriculture", "energy"}  # what a maker of those things is: manufacturing
# Words that say "a business" without saying which: never the industry.
_GENERIC = {
    "company",
    "business",
    "firm",
    "outfit",
    "operator",
    "provider",
    "chain",
    "group",
    "team",
    "organization",
    "organisation",
    "shop",
    "network",
    "co",
    "inc",
    "llc",
    "ltd",
    "corp",
    "enterprise",
    "startup",
    "people",
    "guys",
    "folks",
    "staff",
    "employee",
    "employees",
    # people counted, whatever the business: "4 interns" is no hospital
    "intern",
    "interns",
    "trainee",
    "trainees",
    "apprentice",
    "apprentices",
    "temps",
    "hires",
    "place",
    "location",
    # growth and buying, not a business: "we're growing fast", "on our current vendor"
    "payroll",
    "growing",
    "growth",
    "scaling",
    "expanding",
    "hiring",
    "vendor",
    "vendors",
    "supplier",
    "competitor",
    "competitors",
    "funding",
    "round",
    "locations",
    "office",
    "offices",
    "site",
    "sites",
    "service",
    "services",
    "thing",
    "stuff",
    "kind",
    "sort",
    "bit",
    "lot",
    "side",
    "part",
    "work",
    "job",
    "industry",
    "sector",
    "space",
    "market",
    "customer",
    "customers",
    "client",
    "clients",
    "plan",
    "pro",
    "price",
    "pricing",
    "budget",
    "year",
    "month",
    "week",
    "day",
    "time",
    "way",
    "hey",
    "hi",
    "hello",
    "yeah",
    "yes",
    "no",
    "ok",
    "like",
    "about",
    "around",
    "just",
    "really",
    "pretty",
    "small",
    "big",
    "large",
    "local",
    "family",
    "new",
    "old",
    "mid",
    "size",
    "state",
    "national",
    "regional",
    "global",
    "consulting",
    "agency",
    "department",
    "unit",
    "division",
    "manager",
    "owner",
    "founder",
    "head",
    "director",
    "lead",
    # what a business earns or spends, whatever it does ("we make about 3 million in revenue")
    "revenue",
    "revenues",
    "income",
    "money",
    "profit",
    "profits",
    "sales",
    "turnover",
    "cash",
    "million",
    "millions",
    "thousand",
    "dollars",
    "euros",
    "pounds",
    "bucks",
    "arr",
    "mrr",
    "margin",
    "margins",
    "living",
}
# the chat itself, not a trade: "i dont want a call", "no calls please", "just send the checkout link"
_ABOUT_THE_CHAT = frozenset(
    (
        "call",
        "calls",
        "meeting",
        "meetings",
        "demo",
        "demos",
        "chat",
        "link",
        "links",
        "checkout",
        "signup",
        "email",
        "emails",
        "question",
        "questions",
        "quote",
        "quotes",
        "invoice",
        "form",
    )
)
_CENTRE_RE = re.compile(r"cent(?:er|re)s?")
_STOP = {
    "we",
    "were",
    "are",
    "a",
    "an",
    "the",
    "our",
    "my",
    "i",
    "im",
    "its",
    "it",
    "is",
    "of",
    "for",
    "in",
    "and",
    "or",
    "to",
    "with",
    "at",
    "on",
    "by",
    "that",
    "this",
    "do",
    "does",
    "run",
    "own",
    "operate",
    "have",
    "has",
    "be",
    "been",
    "from",
    "as",
    "so",
    "but",
    "all",
    "few",
    "some",
    "any",
    "each",
    "every",
    "who",
    "what",
    "which",
    "there",
    "here",
    "us",
    "me",
    "you",
}
# an English word whole: "coal" is no word of "școală" (a school)
_WORD_RE = re.compile(r"(?<![^\W\d_])[a-z][a-z'-]{1,30}(?![^\W\d_])")
# where food is served: "pizza place", "taco joint", "noodle bar", "burger shack", "juice stand"
_EATERY_RE = re.compile(
    r"places?|joints?|spots?|shacks?|stands?|trucks?|parlou?rs?|bars?|houses?|kitchens?|counters?|huts?"
)
_COUNTED_RE = re.compile(r"\d\s*(?:\w+\s+)?$")
# "not counting contractors", "plus our freelancers": people counted in or out of the team, not a trade
_PEOPLE_APART_RE = re.compile(
    r"\b(?:not\s+counting|not\s+including|excluding|including|plus|without|besides|except(?:\s+for)?|incl\.?|excl\.?)"
    r"\s+(?:the\s+|our\s+|any\s+|all\s+(?:the\s+)?)?$"
)
_PREMISES = frozenset({"building.n.01", "establishment.n.04", "place_of_business.n.01", "facility.n.01", "mine.n.01"})
_FOOD = frozenset({"food.n.01", "food.n.02", "beverage.n.01", "dish.n.02", "nutriment.n.01"})
SENSES = 3  # a word's first senses; later ones are rare readings ("bank" as a slope comes first, the lender second)
MAX_DEPTH = 7


_READERS: dict[Path, Any] = {}
_LOCK = threading.Lock()


def shared_reader(wordnet_dir: Path = WORDNET_DIR) -> Any:
    """The WordNet reader, shared by everything in the process that reads WordNet (loaded once);
    None when the data is not installed."""
    if wordnet_dir not in _READERS:
        with _LOCK:
            if wordnet_dir not in _READERS:
                _READERS[wordnet_dir] = _load(wordnet_dir)
    return _READERS[wordnet_dir]


def _load(wordnet_dir: Path) -> Any:
    if not (wordnet_dir / "data.noun").is_file():
        logger.warning(
            "WordNet data not found in %s (scripts/install-wordnet.sh installs it): descriptions of a "
            "business in words outside the taxonomy are not read",
            wordnet_dir,
        )
        return None
    from nltk.corpus.reader.wordnet import WordNetCorpusReader

    index_cache = _index_cache_path(wordnet_dir)

    class _Reader(WordNetCorpusReader):  # type: ignore[misc]
        """NLTK's reader, with its index read from a cache after the first process parsed it."""

        _indexed = False

        def map_wn(self, version: str = "wordnet") -> None:
            return None  # this is WordNet 3.0 itself: nothing to map from

        def _scan_satellites(self) -> None:
            cached = _read_index_cache(index_cache)
            if cached is None:
                super()._scan_satellites()
                return
            satellites, lemmas = cached
            self.satellite_offsets = set(satellites)
            self._lemma_pos_offset_map.update(lemmas)
            self._indexed = True

        def _load_lemma_pos_offset_map(self) -> None:
            if self._indexed:
                return
            super()._load_lemma_pos_offset_map()
            _write_index_cache(index_cache, self.satellite_offsets, self._lemma_pos_offset_map)

    root = Path(tempfile.mkdtemp(prefix="wordnet-"))
    for name in os.listdir(wordnet_dir):
        (root / name).symlink_to(wordnet_dir / name)
    if not (root / "lexnames").exists():
        (root / "lexnames").symlink_to(_LEXNAMES)
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        return _Reader(str(root), None)


@dataclass(frozen=True)
class Reading:
    industry: str
    word: str
    start: int
    end: int


class WordNetIndustries:
    """Reads an industry off a free description; the WordNet data loads on first use."""

    def __init__(self, taxonomy_words: Mapping[str, str], wordnet_dir: Path = WORDNET_DIR) -> None:
        self.taxonomy_words = {w: i for w, i in taxonomy_words.items() if len(w) >= 5 and " " not in w}
        self.wordnet_dir = wordnet_dir
        self._cache: dict[str, tuple[str, float] | None] = {}

    def warm_up(self) -> None:
        """Load WordNet in the background now, so the first visitor who needs it does not wait."""
        if self.wordnet_dir not in _READERS:
            threading.Thread(target=shared_reader, args=(self.wordnet_dir,), name="wordnet-load", daemon=True).start()

    def reader(self) -> Any:
        return shared_reader(self.wordnet_dir)

    def anchors_missing(self) -> list[str]:
        """Anchor names that are not WordNet synsets (a typo in ANCHORS); checked by the tests."""
        reader = self.reader()
        missing = []
        for name in ANCHORS:
            try:
                reader.synset(name)
            except Exception:
                missing.append(name)
        return missing

    def _word_industry(self, word: str) -> tuple[str, float] | None:
        """The industry a noun falls under and how far up it was (senses count as distance)."""
        if word in self._cache:
            return self._cache[word]
        reader = self.reader()
        best: tuple[str, float] | None = None
        synsets = reader.synsets(word, "n")[:SENSES] if reader is not None else []
        for rank, synset in enumerate(synsets):
            frontier, depth, seen = [synset], 0, set[str]()
            while frontier and depth <= MAX_DEPTH:
                for node in frontier:
                    industry = ANCHORS.get(node.name())
                    if industry is not None:
                        score = depth + 1.5 * rank
                        if best is None or score < best[1]:
                            best = (industry, score)
                if best is not None and best[1] <= depth + 1.5 * rank:
                    break
                seen.update(node.name() for node in frontier)
                # instances (Denver, Boeing) are not kinds of business: only the hypernyms of kinds
                frontier = [h for node in frontier for h in node.hypernyms() if h.name() not in seen]
                depth += 1
        if best is None and not synsets:
            close = difflib.get_close_matches(word, list(self.taxonomy_words), n=1, cutoff=0.84)
            if close:
                best = (self.taxonomy_words[close[0]], 2.0)  # one typo from a taxonomy word ("constrution")
        if len(self._cache) < 20000:
            self._cache[word] = best
        return best

    def _falls_under(self, noun: str, kinds: frozenset[str], senses: int) -> bool:
        """Whether one of the noun's first `senses` is a kind of one of `kinds` (synset names)."""
        reader = self.reader()
        if reader is None:
            return False
        lemma = reader.morphy(noun, "n") or noun
        return any(hypernym_names(synset) & kinds for synset in reader.synsets(lemma, "n")[:senses])

    def _kind_of(self, compound: str, head: str) -> bool:
        """ "vocational training" is a kind of training; a "funeral home" is no kind of home."""
        reader = self.reader()
        if reader is None:
            return False
        heads = set(reader.synsets(reader.morphy(head, "n") or head, "n"))
        return any(
            heads & {node for path in synset.hypernym_paths() for node in path}
            for synset in reader.synsets(compound, "n")
        )

    def _is_noun(self, compound: str) -> bool:
        reader = self.reader()
        return bool(reader is not None and reader.synsets(compound, "n"))

    def _with_next_words(
        self, words: list[tuple[str, int, int]], index: int, lowered: str, found: tuple[str, float] | None, end: int
    ) -> tuple[tuple[str, float] | None, int, bool]:
        """The word read with the words after it when WordNet knows them together: (reading, where it ends,
        whether the next word was part of a compound and is not to be read alone)."""
        word = words[index][0]
        if index + 2 < len(words) and words[index + 1][0] == "and":
            joined = self._word_industry(f"{word}_and_{words[index + 2][0]}")  # "bed and breakfast"
            if joined:
                return joined, words[index + 2][2], False
        if index + 1 < len(words) and lowered[end : words[index + 1][1]].strip() == "&":
            joined = self._word_industry(f"{word}_and_{words[index + 1][0]}")  # "bed & breakfast"
            if joined:
                return joined, words[index + 1][2], False
        if index + 1 >= len(words) or words[index + 1][0] in _STOP:
            return found, end, False
        following = words[index + 1][0]
        compound = f"{word}_{following}"
        pair = self._word_industry(compound)  # "real estate", "credit union"
        if pair is not None and (found is None or pair[1] <= found[1]):
            return pair, words[index + 1][2], False
        if pair is not None or not self._is_noun(compound):
            return found, end, False
        if found is None and self._falls_under(compound, _PREMISES, senses=1):  # "gold mine", "bowling alley"
            return ("other", 3.0), words[index + 1][2], True  # a business no industry of ours names
        # "a funeral home" is no home, so "home" is not read alone; "vocational training" is training
        return found, end, not self._kind_of(compound, following)

    def read(self, text: str) -> Reading | None:
        """The industry the description names, or None."""
        lowered = text.lower()
        words = []
        for m in _WORD_RE.finditer(lowered):  # "urgent-care" is read as "urgent" and "care" too
            words.append((m.group(0).strip("'-"), m.start(), m.end()))
            if "-" in m.group(0).strip("-"):
                offset = m.start()
                for part in m.group(0).split("-"):
                    if part:
                        words.append((part, offset, offset + len(part)))
                    offset += len(part) + 1
        best: tuple[float, int, Reading] | None = None
        named_apart: set[int] = set()  # the second words of compounds WordNet knows ("funeral home")
        for index, (word, start, end) in enumerate(words):
            if word in _STOP or word in _GENERIC or len(word) < 3 or index in named_apart:
                continue
            if word == "net" and re.match(r"\s*-?\s*\d", lowered[end:]):
                continue  # "we require net 60": payment terms, not a network
            if word in _ABOUT_THE_CHAT and not (index + 1 < len(words) and _CENTRE_RE.fullmatch(words[index + 1][0])):
                continue  # "no calls please" to the industry question; "a call center" is a business
            if word in ("contractor", "contractors") and (
                _COUNTED_RE.search(lowered[:start]) or _PEOPLE_APART_RE.search(lowered[:start])
            ):
                continue  # "plus about 15 contractors": people counted; "a roofing contractor" is a business
            if (
                index + 1 < len(words)
                and _EATERY_RE.fullmatch(words[index + 1][0])
                and self._falls_under(word, _FOOD, senses=2)
            ):
                found: tuple[str, float] | None = ("hospitality", 0.0)  # "a pizza place", "taco joint": food served
                end = words[index + 1][2]
            else:
                found, end, read_whole = self._with_next_words(words, index, lowered, self._word_industry(word), end)
                if read_whole:
                    named_apart.add(index + 1)
            if found is None:
                continue
            # the nearest anchor wins; on a tie the later noun, the head of "urgent-care chain"
            key = (found[1], -index)
            if best is None or key < (best[0], best[1]):
                best = (found[1], -index, Reading(found[0], word, start, end))
        industry = best[2].industry if best else None
        built = _BUILDS_SOFTWARE_RE.search(lowered)
        if built and industry in (None, "manufacturing", "other", "healthcare", "education"):
            return Reading("software", built.group("thing"), built.start("thing"), built.end("thing"))
        if _MAKE_RE.search(lowered) and industry in _MADE_GOODS and _names_goods(lowered):
            return (
                Reading("manufacturing", "make", 0, len(text))
                if best is None
                else Reading("manufacturing", best[2].word, best[2].start, best[2].end)
            )
        if _GROW_RE.search(lowered) and industry in (None, "retail", "manufacturing"):
            return Reading(
                "agriculture",
                best[2].word if best else "grow",
                best[2].start if best else 0,
                best[2].end if best else len(text),
            )
        if _SELL_RE.search(lowered) and industry in (None, "manufacturing"):
            return Reading(
                "retail",
                best[2].word if best else "sell",
                best[2].start if best else 0,
                best[2].end if best else len(text),
            )
        return best[2] if best else None


def hypernym_names(synset: Any) -> set[str]:
    """The names of every synset above `synset`, itself included ("pizzeria.n.01" ... "entity.n.01")."""
    return {node.name() for path in synset.hypernym_paths() for node in path}


def _names_goods(text: str) -> bool:
    """ "We make" followed by a thing, not "we make software" or "we make podcasts" (the rules and
    anchors read those)."""
    if re.search(r"\bmake\s+(?:about\s+|around\s+|like\s+|over\s+)?[$€£\d]", text):
        return False  # "we make about 3 million in revenue"
    if re.search(r"\bmake\s+(?:sure|it|this|that|a\s+decision|decisions|the\s+call|money)\b", text):
        return False
    # "we're 4 ppl making a fitness app", "we make mobile games": software and media, not goods
    return not re.search(
        r"\b(?:make|makes|making|made)\s+(?:(?:a|an|the|our|their|mobile|web|online|little|small|\w+)\s+){0,3}?"
        r"(?:apps?|software|games?|websites?|podcasts?|films?|movies?|videos?|shows?|platforms?|saas|tools?)\b",
        text,
    )


# NLTK's reader parses WordNet's index files (150,000 lemmas) and scans the adjectives each time a
# process starts: about 3 s of every Rasa, action server and test worker start. The parsed index is
# kept in the shared cache, keyed by the files it came from, and read back with marshal in 0.1 s.
_INDEX_FILES = ("index.noun", "index.verb", "index.adj", "index.adv", "data.adj")


def _index_cache_path(wordnet_dir: Path) -> Path | None:
    from bot.settings import get_settings, shared_cache_dir

    try:
        stamps = []
        for name in _INDEX_FILES:
            stat = (wordnet_dir / name).stat()
            stamps.append(f"{name}:{stat.st_size}:{stat.st_mtime_ns}")
    except OSError:
        return None
    key = hashlib.sha256(f"{wordnet_dir.resolve()}|{'|'.join(stamps)}".encode()).hexdigest()[:16]
    return shared_cache_dir(get_settings()) / f"wordnet-index-{key}.marshal"


def _read_index_cache(path: Path | None) -> tuple[list[int], dict[str, dict[str, list[int]]]] | None:
    if path is None:
        return None
    try:
        satellites, lemmas = marshal.loads(path.read_bytes())
    except (OSError, ValueError, EOFError, TypeError):
        return None  # none yet, or unreadable: parse the files as NLTK does
    return satellites, lemmas


def _write_index_cache(path: Path | None, satellites: set[int], lemmas: Mapping[str, dict[str, list[int]]]) -> None:
    if path is None:
        return
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        partial = path.with_suffix(f".{os.getpid()}.partial")
        partial.write_bytes(
            marshal.dumps((sorted(satellites), {lemma: dict(by_pos) for lemma, by_pos in lemmas.items()}))
        )
        partial.replace(path)  # atomic: a process reading at the same time sees all of it or none
    except OSError as error:
        logger.info("wordnet: the parsed index could not be cached in %s: %s", path.parent, error)
