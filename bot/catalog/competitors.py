"""How we compare with other products (sales/competitors.yml): honest positioning per competitor,
found by the names visitors actually write."""

from __future__ import annotations

import re
from pathlib import Path

from pydantic import Field, validator

from bot.yamlfile import LocatedYaml, StrictModel


class Competitor(StrictModel):
    id: str = Field(regex=r"^[a-z][a-z0-9_]*$")
    name: str = Field(min_length=1)
    names: list[str] = Field(min_items=1)
    positioning: str = Field(min_length=20, max_length=600)

    @validator("names", each_item=True)
    def _plain_names(cls, name: str) -> str:  # noqa: N805
        if not name.strip() or len(name) > 60:
            raise ValueError("each name must be 1 to 60 characters")
        return name.strip()


class Competitors(StrictModel):
    competitors: list[Competitor]

    @validator("competitors")
    def _unique(cls, competitors: list[Competitor]) -> list[Competitor]:  # noqa: N805
        seen: dict[str, str] = {}
        for competitor in competitors:
            for name in [competitor.id, *competitor.names]:
                key = name.lower()
                if seen.get(key, competitor.id) != competitor.id:
                    raise ValueError(f"'{name}' names both {seen[key]} and {competitor.id}")
                seen[key] = competitor.id
        return competitors

    def mentioned_in(self, text: str) -> Competitor | None:
        """The first competitor the message names, as a whole word in any case."""
        found = [
            (match.start(), competitor)
            for competitor in self.competitors
            for name in competitor.names
            if (match := re.search(rf"(?<!\w){re.escape(name)}(?!\w)", text, re.I))
        ]
        return min(found, key=lambda pair: pair[0])[1] if found else None


def load_competitors(path: Path) -> Competitors:
    doc = LocatedYaml(path)
    if not isinstance(doc.data, dict):
        raise doc.error("expected 'competitors:' with a list of competitors")
    return doc.parse(Competitors)
