"""Editing the sales team's files from the studio: the plans and prices (sales/plans.yml) and the
competitors (sales/competitors.yml), checked by the same loaders as `make validate` before anything
is written, a mistake named with its line and field, and the change kept in the studio's trail."""

from __future__ import annotations

import itertools
import os
import re
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import yaml
from sqlalchemy.orm import Session

from bot.app.database import Database
from bot.catalog.competitors import load_competitors
from bot.catalog.plans import load_plans, plans_unknown_to_the_catalog
from bot.clock import utcnow
from bot.files import staged_beside
from bot.qualification.policy import load_policy
from bot.storage import labels as trail
from bot.yamlfile import ConfigFileError, load_yaml

MAX_BYTES = 200_000


@dataclass(frozen=True)
class SalesFile:
    name: str
    what: str
    load: Callable[[Path], Any]


FILES = {
    "plans": SalesFile("plans.yml", "plans and per-seat prices", load_plans),
    "competitors": SalesFile("competitors.yml", "competitors and how we compare", load_competitors),
}


class SalesFileRefused(Exception):
    """Nothing was written; the message names the line and the field."""


def path_of(data_repo: Path, which: str) -> Path:
    return data_repo / "sales" / FILES[which].name


def read(data_repo: Path, which: str) -> str:
    return path_of(data_repo, which).read_text(encoding="utf-8")


def _problems(data_repo: Path, which: str, staged: Path) -> list[str]:
    """The loader's verdict on the new text, as `make validate` gives it, named by the real file."""
    target = path_of(data_repo, which)
    try:
        loaded = FILES[which].load(staged)
    except ConfigFileError as error:
        line = f" line {error.line}" if error.line else ""
        return [f"{target.name}{line}: {error.problem}"]
    if which == "plans":
        policy = data_repo / "sales" / "policy.yml"
        if policy.exists():
            minimums = load_policy(policy).budget.plan_minimums
            return plans_unknown_to_the_catalog(minimums, loaded.ids, policy, target)
    return []


async def save(database: Database, data_repo: Path, which: str, text: str, *, user: str) -> None:
    if len(text.encode()) > MAX_BYTES:
        raise SalesFileRefused(f"The file is over {MAX_BYTES // 1000} kB; nothing was saved.")
    target = path_of(data_repo, which)
    with staged_beside(target, text.replace("\r\n", "\n")) as staged:
        problems = _problems(data_repo, which, staged)
        if problems:
            raise SalesFileRefused("; ".join(problems))
        now = utcnow()

        def work(session: Session) -> None:
            trail.audit(session, user, "edit sales", {"text": target.name, "file": target.name}, now)
            session.flush()
            os.replace(staged, target)  # the checked text, swapped in whole

        await database.run(work)


# The files as forms: one row of fields per plan or competitor, named by the path a validation error
# gives ("plans.1.per_seat_monthly"), so a mistake is shown at its field. Lists are typed one item a line.
@dataclass(frozen=True)
class FormShape:
    item: str  # what one row is: "Plan 2"
    top: tuple[str, ...]  # fields of the file itself
    rows: str  # the list of items
    fields: tuple[str, ...]  # each item's fields
    lists: frozenset[str]  # fields holding a list, one item a line
    numbers: frozenset[str]
    long: frozenset[str] = frozenset()  # a paragraph, not a line


SHAPES = {
    "plans": FormShape(
        "Plan",
        ("currency", "annual_discount_percent"),
        "plans",
        ("id", "name", "per_seat_monthly", "min_seats", "max_seats", "includes"),
        frozenset({"includes"}),
        frozenset({"annual_discount_percent", "per_seat_monthly", "min_seats", "max_seats"}),
    ),
    "competitors": FormShape(
        "Competitor",
        (),
        "competitors",
        ("id", "name", "names", "positioning"),
        frozenset({"names"}),
        frozenset(),
        frozenset({"positioning"}),
    ),
}
# each field's label on the form (and in its error messages), and what to type there
LABELS = {
    "currency": "Currency",
    "annual_discount_percent": "Annual billing discount, %",
    "id": "Id",
    "name": "Name",
    "per_seat_monthly": "Price per seat per month",
    "min_seats": "Fewest seats",
    "max_seats": "Most seats",
    "includes": "Includes",
    "names": "Names visitors write",
    "positioning": "What the assistant says",
}
HINTS = {
    "currency": "three letters, such as USD or EUR",
    "id": "lowercase letters, digits and _; the policy and the widget name it",
    "per_seat_monthly": "empty: priced by sales",
    "max_seats": "empty: no limit",
    "includes": "one a line",
    "names": "one a line",
    "positioning": "20 to 600 characters",
}


def _shown(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, list):
        return "\n".join(str(item) for item in value)
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value)


def form_values(which: str, text: str) -> dict[str, str]:
    """The file's values by field path, for the form; a file that does not parse gives an empty form."""
    shape = SHAPES[which]
    try:
        data = load_yaml(text) or {}
    except yaml.YAMLError:
        data = {}
    data = data if isinstance(data, dict) else {}
    values = {name: _shown(data.get(name)) for name in shape.top}
    listed = data.get(shape.rows)
    rows: list[Any] = listed if isinstance(listed, list) else []
    for index, row in enumerate(rows):
        row = row if isinstance(row, dict) else {}
        values |= {f"{shape.rows}.{index}.{name}": _shown(row.get(name)) for name in shape.fields}
    return values


def row_count(which: str, values: dict[str, str]) -> int:
    """Rows up to the last one with anything in it (the form's empty box to add one is not a row)."""
    prefix = f"{SHAPES[which].rows}."
    filled = (int(key.split(".")[1]) for key, value in values.items() if key.startswith(prefix) and value.strip())
    return 1 + max(filled, default=-1)


def _typed(name: str, said: str, shape: FormShape) -> Any:
    said = said.strip()
    if name in shape.lists:
        return [line.strip() for line in said.splitlines() if line.strip()]
    if name in shape.numbers:
        for kind in (int, float):
            try:
                return kind(said)
            except ValueError:
                continue
    return said  # as typed: the loader names what is wrong with it


def text_from_form(which: str, current: str, values: dict[str, str], removed: set[int]) -> tuple[str, list[int]]:
    """The file's new text from the form's values, under the current file's opening comments (what each field
    means), and for each item written the form row it came from. A row left empty, or marked removed, is not
    written; an empty optional field is left out, an empty required one is reported by the loader."""
    shape = SHAPES[which]
    data: dict[str, Any] = {}
    for name in shape.top:
        if values.get(name, "").strip():
            data[name] = _typed(name, values[name], shape)
    items, origin = [], []
    for index in range(row_count(which, values)):
        row = {name: values.get(f"{shape.rows}.{index}.{name}", "") for name in shape.fields}
        if index in removed or not any(value.strip() for value in row.values()):
            continue
        items.append({name: _typed(name, value, shape) for name, value in row.items() if value.strip()})
        origin.append(index)
    data[shape.rows] = items
    opening = "".join(itertools.takewhile(lambda line: line.startswith("#"), current.splitlines(keepends=True)))
    body = yaml.safe_dump(data, sort_keys=False, allow_unicode=True, width=100, default_flow_style=False)
    return opening + body, origin


def field_of(problem: str, which: str, origin: list[int]) -> str | None:
    """The form field a loader's problem names ("plans.1.per_seat_monthly: …"), as the form numbers its rows."""
    shape = SHAPES[which]
    item = re.search(rf"\b{shape.rows}\.(\d+)\.(\w+)", problem)
    if item:
        index = int(item.group(1))
        return f"{shape.rows}.{origin[index] if index < len(origin) else index}.{item.group(2)}"
    top = re.search(rf"(?:^|:\s)({'|'.join(shape.top) or '$^'}):", problem)
    return top.group(1) if top else None


def said_of(field: str | None, which: str) -> str:
    """How the form names a field: "Plan 2, price per seat per month"."""
    if field is None:
        return ""
    parts = field.split(".")
    if len(parts) == 3:
        label = LABELS.get(parts[2], parts[2])
        return f"{SHAPES[which].item} {int(parts[1]) + 1}, {label[:1].lower()}{label[1:]}"
    return LABELS.get(field, field)
