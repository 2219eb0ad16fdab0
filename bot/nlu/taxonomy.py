"""The industry taxonomy: fixed ids (docs/interfaces.md) and the synonyms marketers maintain."""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

from bot.yamlfile import LocatedYaml

INDUSTRY_IDS = (
    "software",
    "financial_services",
    "healthcare",
    "retail",
    "manufacturing",
    "education",
    "government",
    "media",
    "logistics",
    "real_estate",
    "professional_services",
    "nonprofit",
    "energy",
    "telecom",
    "hospitality",
    "construction",
    "agriculture",
    "other",
)


@dataclass(frozen=True)
class Taxonomy:
    synonyms: dict[str, tuple[str, ...]]

    def phrases(self) -> list[tuple[str, str]]:
        """(phrase, industry id) pairs including simple plural forms."""
        pairs: list[tuple[str, str]] = []
        for industry, words in self.synonyms.items():
            for word in words:
                for form in _forms(word):
                    pairs.append((form, industry))
        return pairs


def _forms(phrase: str) -> set[str]:
    forms = {phrase}
    if re.search(r"[a-z]$", phrase) and not phrase.endswith("s"):
        if phrase.endswith("y") and not phrase.endswith(("ay", "ey", "oy", "uy")):
            forms.add(phrase[:-1] + "ies")
        elif phrase.endswith(("ch", "sh", "x")):
            forms.add(phrase + "es")
        else:
            forms.add(phrase + "s")
    return forms


def load_taxonomy(path: Path) -> Taxonomy:
    """Read and check the taxonomy; a mistake raises ConfigFileError naming the line."""
    doc = LocatedYaml(path)
    data = doc.data
    if not isinstance(data, dict) or not isinstance(data.get("industries"), dict):
        raise doc.error("expected a mapping 'industries:' of industry id -> list of phrases")
    seen: dict[str, str] = {}
    synonyms: dict[str, tuple[str, ...]] = {}
    for industry, words in data["industries"].items():
        if industry not in INDUSTRY_IDS:
            raise doc.error(
                f"unknown industry id '{industry}'; allowed: {', '.join(INDUSTRY_IDS)}", "industries", industry
            )
        if not isinstance(words, list) or not words:
            raise doc.error(f"industry '{industry}' needs a list of phrases", "industries", industry)
        cleaned = []
        for index, word in enumerate(words):
            if not isinstance(word, str) or not word.strip():
                raise doc.error(
                    f"phrase {index + 1} of '{industry}' must be non-empty text", "industries", industry, index
                )
            phrase = " ".join(word.lower().split())
            if phrase in seen and seen[phrase] != industry:
                raise doc.error(
                    f"phrase '{phrase}' is listed under both '{seen[phrase]}' and '{industry}'",
                    "industries",
                    industry,
                    index,
                )
            seen[phrase] = industry
            cleaned.append(phrase)
        synonyms[industry] = tuple(cleaned)
    missing = [i for i in INDUSTRY_IDS if i not in synonyms]
    if missing:
        raise doc.error(f"industries missing from the taxonomy: {', '.join(missing)}", "industries")
    return Taxonomy(synonyms)
