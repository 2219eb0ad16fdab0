"""The prices on our own pricing page (sales/plans.yml), as the amounts a visitor reads there.

A visitor on the pricing page asks about the figures in front of them, in whatever language they write:
"¿los 99 dólares incluyen IVA?", "월 49달러 플랜은 사용자당 가격인가요?", "a 49 dolláros csomag havi vagy éves?". The
words around the figure differ in every language; the figure does not. An amount that is one of ours, in a
question, is our price asked about, not their budget. The catalog (bot.catalog) owns the file's schema; this
reads only its numbers, so the reader of words need not depend on the catalog.
"""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path

import yaml

from bot.yamlfile import load_yaml


def list_prices(path: Path) -> frozenset[float]:
    """Every figure the pricing page shows for a seat: per month, per month billed annually, and per year
    both ways. Read again when the file changes (the studio edits it while the assistant runs); a missing or
    broken file has no prices, and `make validate` names its mistake."""
    try:
        stamp = path.stat().st_mtime_ns
    except OSError:
        return frozenset()
    return _prices_in(path, stamp)


@lru_cache(maxsize=4)
def _prices_in(path: Path, stamp: int) -> frozenset[float]:
    try:
        data = load_yaml(path.read_text(encoding="utf-8")) or {}
        discount = float(data.get("annual_discount_percent") or 0) / 100
        monthly = [float(plan["per_seat_monthly"]) for plan in data.get("plans") or () if plan.get("per_seat_monthly")]
    except (OSError, yaml.YAMLError, ValueError, TypeError, AttributeError, KeyError):
        return frozenset()
    shown: set[float] = set()
    for price in monthly:
        discounted = price * (1 - discount)
        # "$79.20", and "$79" as it is read back rounded down
        shown |= {price, round(discounted, 2), float(int(discounted)), price * 12, round(discounted * 12, 2)}
    return frozenset(shown)
