"""`make eval-nlu`: accuracy per entity on the development set, and every miss.

An entity counts as right when its value matches (budgets within 1%, timelines within 3 days);
a wrong value, a missing entity and an entity that should not be there each count as a miss.
"""

from __future__ import annotations

import sys
from collections import Counter
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any

from bot.nlu.extractor import ENTITY_NAMES, QualificationExtractor
from bot.settings import get_settings
from bot.yamlfile import load_yaml

DEVSET = Path(__file__).resolve().parent / "devset.yml"


@dataclass
class Report:
    right: Counter[str] = field(default_factory=Counter)
    total: Counter[str] = field(default_factory=Counter)
    misses: list[str] = field(default_factory=list)

    def accuracy(self, entity: str) -> float:
        return self.right[entity] / self.total[entity] if self.total[entity] else 1.0

    @property
    def overall(self) -> float:
        total = sum(self.total.values())
        return sum(self.right.values()) / total if total else 1.0


def matches(entity: str, expected: Any, actual: Any) -> bool:
    """`expected` None is a trap the batch names (`budget: null`): right only when nothing is found."""
    if expected is None or actual is None:
        return expected is None and actual is None
    if entity == "budget":
        return abs(float(actual) - float(expected)) <= max(1.0, 0.01 * float(expected))
    if entity == "timeline":
        return abs(int(actual) - int(expected)) <= 3
    return bool(actual == expected)


def evaluate(extractor: QualificationExtractor, cases: list[dict[str, Any]]) -> Report:
    report = Report()
    for case in cases:
        found = {f.entity: f.value for f in extractor.extract(case["text"], answering=case.get("answering"))}
        expected = case.get("expect") or {}
        for entity in ENTITY_NAMES:
            if entity not in expected and entity not in found:
                continue
            report.total[entity] += 1
            if entity in expected and matches(entity, expected[entity], found.get(entity)):
                report.right[entity] += 1
            else:
                report.misses.append(
                    f"{entity:13} {case['text']!r}: expected {expected.get(entity, 'nothing')}, got "
                    f"{found.get(entity, 'nothing')}"
                )
    return report


def load_devset(path: Path = DEVSET) -> tuple[date, list[dict[str, Any]]]:
    data = load_yaml(path.read_text(encoding="utf-8"))
    return data["today"], data["cases"]


def main() -> int:
    path = Path(sys.argv[1]) if len(sys.argv) > 1 else DEVSET
    today, cases = load_devset(path)
    if not cases:
        print(f"eval-nlu: {path} has no phrasings yet; write a fresh batch (see its header)")
        return 1
    settings = get_settings()
    extractor = QualificationExtractor.from_files(settings.taxonomy_path, settings.currencies_path, lambda: today)
    report = evaluate(extractor, cases)
    print(f"eval-nlu: {len(cases)} phrasings, today fixed at {today}")
    for entity in ENTITY_NAMES:
        print(f"  {entity:13} {report.accuracy(entity):7.1%}  ({report.right[entity]}/{report.total[entity]})")
    print(f"  {'overall':13} {report.overall:7.1%}")
    if report.misses:
        print("misses:")
        for miss in report.misses:
            print("  " + miss)
    return 0


if __name__ == "__main__":
    sys.exit(main())
