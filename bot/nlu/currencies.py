"""Conversion rates to USD, kept in an editable file."""

from __future__ import annotations

from pathlib import Path

from bot.yamlfile import LocatedYaml


def load_rates(path: Path) -> dict[str, float]:
    doc = LocatedYaml(path)
    data = doc.data
    if not isinstance(data, dict) or not isinstance(data.get("rates"), dict):
        raise doc.error("expected 'rates:' mapping currency code -> value of one unit in USD")
    rates: dict[str, float] = {}
    for code, rate in data["rates"].items():
        if not isinstance(code, str) or len(code) != 3 or not code.isupper():
            raise doc.error(f"'{code}' is not a three-letter currency code such as EUR", "rates", code)
        if isinstance(rate, bool) or not isinstance(rate, (int, float)) or rate <= 0:
            raise doc.error(f"rate for {code} must be a positive number, got {rate!r}", "rates", code)
        rates[code] = float(rate)
    if rates.get("USD") != 1.0:
        raise doc.error("USD must be listed with rate 1.0", "rates")
    return rates
