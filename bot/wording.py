"""The sentences the assistant builds from parts, read from wording.yml so marketers edit them.

Whole sentences are domain.yml responses. Here are the texts code assembles or varies (a greeting
with or without a name, an opener before an offer, the words around a computed price, an answer
read back). `NEEDED` is what the code asks for and which placeholders it fills; `make validate`
holds the file to it, so a typo fails there, not in a chat. Read once per process: an edit shows
after a restart (`make run`).
"""

from __future__ import annotations

import functools
import string
from pathlib import Path
from typing import Any

from bot.settings import PROJECT_ROOT
from bot.yamlfile import ConfigFileError, LocatedYaml

WORDING_PATH = PROJECT_ROOT / "wording.yml"

# key: the placeholders the code fills in it; the VARIED keys hold a list of variations
NEEDED: dict[str, frozenset[str]] = {
    "words.and": frozenset(),
    "greeting.hello": frozenset(),
    "greeting.hello_again": frozenset({"first_name"}),
    "greeting.about_plan": frozenset({"hello", "plan"}),
    "greeting.first_answer_given": frozenset({"hello"}),
    "greeting.default": frozenset({"hello"}),
    "answers.not_given": frozenset(),
    "answers.no_budget": frozenset(),
    "answers.budget": frozenset({"amount"}),
    "answers.company_size": frozenset({"count"}),
    "answers.asap": frozenset(),
    "answers.within_days": frozenset({"days"}),
    "answers.in_weeks": frozenset({"weeks"}),
    "answers.in_months": frozenset({"months"}),
    "answers.per_seat_total": frozenset({"seats", "total"}),
    "what_next.consent": frozenset(),
    "what_next.questions": frozenset(),
    "what_next.details": frozenset(),
    "what_next.booked": frozenset(),
    "what_next.default": frozenset(),
    "noted.so_far": frozenset({"answers"}),
    "noted.item": frozenset({"label", "value"}),
    "noted.nothing": frozenset(),
    "noted.not_kept": frozenset(),
    "noted.kept": frozenset(),
    "asking.confirm_guess": frozenset({"guess"}),
    "asking.yes_button": frozenset(),
    "asking.no_button": frozenset(),
    "steering.bridges": frozenset(),
    "steering.accept_button": frozenset(),
    "steering.decline_button": frozenset(),
    "steering.acknowledgements": frozenset(),
    "steering.thanked": frozenset(),
    "steering.still_open": frozenset(),
    "steering.after_decline": frozenset(),
    "next_steps.thanks": frozenset(),
    "next_steps.thanks_named": frozenset({"name"}),
    "next_steps.prospect": frozenset({"thanks"}),
    "next_steps.prospect_email": frozenset({"thanks", "email"}),
    "next_steps.resources": frozenset({"thanks"}),
    "next_steps.resources_email": frozenset({"thanks", "email"}),
    "next_steps.no_resources": frozenset({"thanks"}),
    "next_steps.call": frozenset({"thanks"}),
    "next_steps.person_will_email": frozenset({"thanks", "who", "email"}),
    "next_steps.order_form_by_email": frozenset({"thanks", "who", "email"}),
    "next_steps.sales_team": frozenset(),
    "next_steps.sdr_joining": frozenset({"thanks", "who"}),
    "next_steps.anything_else": frozenset(),
    "booking.first_times": frozenset({"sdr_name"}),
    "booking.later_times": frozenset(),
    "booking.times_in_part": frozenset({"part"}),
    "booking.none_in_part": frozenset({"part", "sdr"}),
    "booking.times_in": frozenset({"intro", "timezone"}),
    "booking.fresh_times": frozenset({"problem"}),
    "booking.past": frozenset(),
    "booking.unknown_slot": frozenset(),
    "booking.taken": frozenset(),
    "booking.unavailable": frozenset(),
    "booking.not_open": frozenset({"asked_for", "timezone"}),
    "booking.pick_one": frozenset({"timezone"}),
    "booking.which_of": frozenset({"asked_for", "timezone"}),
    "booking.that_time": frozenset(),
    "booking.none_of_these_button": frozenset(),
    "corrections.change": frozenset({"label", "value"}),
    "pricing.quote": frozenset({"plan", "seats", "minimum", "monthly", "annual", "annual_per_month", "discount"}),
    "pricing.minimum": frozenset({"min_seats", "seats", "billed"}),
    "pricing.discount": frozenset({"percent"}),
    "pricing.too_many": frozenset({"plan", "max_seats", "seats"}),
    "pricing.custom": frozenset({"plan", "min_seats"}),
    "pricing.per_user": frozenset({"price"}),
    "pricing.custom_price": frozenset(),
    "pricing.one_plan": frozenset({"plan", "price"}),
    "pricing.one_plan_from": frozenset({"plan", "price", "min_seats"}),
    "pricing.list_item": frozenset({"plan", "price"}),
    "pricing.all_plans": frozenset({"count", "plans"}),
    "pricing.saving": frozenset({"percent"}),
    "pricing.ask_users": frozenset(),
    "pricing.recommend_for": frozenset({"seats", "plan", "because"}),
    "pricing.recommend": frozenset({"plan", "because"}),
    "pricing.recommend_because": frozenset({"needs"}),
    "pricing.volume_hint": frozenset({"seats", "plan"}),
    "pricing.budget_short": frozenset({"seats", "plan", "price", "budget"}),
    "pricing.wrap_up_plan": frozenset({"plan", "because"}),
    "pricing.plan_includes": frozenset({"plan", "includes", "earlier"}),
    "pricing.plan_includes_earlier": frozenset({"previous"}),
    "way_on.discovery_button": frozenset(),
    "way_on.pricing_button": frozenset(),
    "way_on.person_button": frozenset(),
    "corrections.updated": frozenset({"changes"}),
    "corrections.updated_anything_else": frozenset({"changes"}),
}
VARIED = frozenset({"steering.bridges", "steering.acknowledgements", "steering.still_open", "steering.after_decline"})


def placeholders(text: str) -> set[str]:
    return {name for _, name, _, _ in string.Formatter().parse(text) if name is not None}


def load_wording(path: Path = WORDING_PATH) -> dict[str, str | tuple[str, ...]]:
    """Every needed text by key; a missing, unknown or malformed one is a ConfigFileError naming its line."""
    document = LocatedYaml(path)
    if not isinstance(document.data, dict):
        raise ConfigFileError(path, 1, "expected groups of texts (greeting:, steering:, ...)")
    found: dict[str, str | tuple[str, ...]] = {}
    for group, texts in document.data.items():
        if not isinstance(texts, dict):
            raise ConfigFileError(path, document.line(group), f"{group}: expected texts by name under it")
        for name, value in texts.items():
            key = f"{group}.{name}"
            line = document.line(group, name)
            if key not in NEEDED:
                raise ConfigFileError(path, line, f"{key} is not a text the assistant uses (a typo?)")
            found[key] = _checked(path, line, key, value)
    missing = sorted(set(NEEDED) - set(found))
    if missing:
        raise ConfigFileError(path, None, f"missing: {', '.join(missing)}")
    return found


def _checked(path: Path, line: int | None, key: str, value: Any) -> str | tuple[str, ...]:
    texts = value if key in VARIED and isinstance(value, list) else [value]
    if key in VARIED and not isinstance(value, list):
        raise ConfigFileError(path, line, f"{key}: expected a list of variations")
    for text in texts:
        if not isinstance(text, str) or not text.strip():
            raise ConfigFileError(path, line, f"{key}: expected a sentence in quotes")
        try:
            unknown = placeholders(text) - NEEDED[key]
        except ValueError as error:
            raise ConfigFileError(path, line, f"{key}: {error} (a lone {{ or }})") from None
        if unknown:
            known = ", ".join(f"{{{name}}}" for name in sorted(NEEDED[key])) or "none"
            raise ConfigFileError(
                path, line, f"{key}: {{{'}, {'.join(sorted(unknown))}}} is not filled in here (known: {known})"
            )
    return tuple(texts) if key in VARIED else texts[0]


@functools.cache
def _wording() -> dict[str, str | tuple[str, ...]]:
    return load_wording()


def say(key: str, **values: str) -> str:
    """The text for `key` with its placeholders filled."""
    text = _wording()[key]
    assert isinstance(text, str), f"{key} is a list of variations: use variations()"
    return text.format(**values)


def listed(items: list[str]) -> str:
    """ "A, B and C", with the file's word for "and"."""
    if len(items) < 2:
        return "".join(items)
    return f"{', '.join(items[:-1])} {say('words.and')} {items[-1]}"


def variations(key: str) -> tuple[str, ...]:
    text = _wording()[key]
    assert isinstance(text, tuple), f"{key} is one text: use say()"
    return text
