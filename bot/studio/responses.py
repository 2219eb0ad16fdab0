"""The assistant's responses in domain.yml, read and written for the studio's wording form.

Only a response's texts and buttons change; every other line of domain.yml (comments, order, other
keys of a variation) is kept as it was (ruamel's round trip), so a marketer's edit is a small diff.
A button payload is shown as Rasa receives it ('/inform{"budget": 6000}') and written with the
doubled braces domain.yml needs so Rasa does not read it as a slot placeholder.
"""

from __future__ import annotations

import ast
import io
import json
import re
import string
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from ruamel.yaml import YAML
from ruamel.yaml.comments import CommentedMap, CommentedSeq
from ruamel.yaml.scalarstring import DoubleQuotedScalarString, SingleQuotedScalarString

from bot.files import read_until_changed, write_whole

MAX_TEXT = 1000
MAX_BUTTONS = 6
_PAYLOAD_RE = re.compile(r"^/(?P<intent>[\w/]+)(?P<entities>\{.*\})?$", re.S)


@dataclass(frozen=True)
class Button:
    title: str
    payload: str  # as Rasa receives it: single braces


@dataclass(frozen=True)
class Variation:
    text: str
    buttons: tuple[Button, ...] = ()


@dataclass(frozen=True)
class Problem:
    field: str  # the form field: "text-2", "title-1-3", "payload-1-3"
    message: str


@dataclass(frozen=True)
class Vocabulary:
    """What a response may name: the domain's slots, intents and entities, and per response the
    values an action passes in (`utter_message(response=..., name=value)`)."""

    slots: frozenset[str]
    intents: frozenset[str]
    entities: frozenset[str]
    given: dict[str, frozenset[str]] = field(default_factory=dict)


def response_calls(actions: Path) -> list[tuple[str, int, str, frozenset[str]]]:
    """Each `utter_message(response="utter_x", name=...)` in the actions: (file, line, response, names given)."""
    calls = []
    for path in sorted(actions.glob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if not (isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute)):
                continue
            if node.func.attr != "utter_message":
                continue
            keywords = {k.arg: k.value for k in node.keywords if k.arg}
            response = keywords.pop("response", None)
            if isinstance(response, ast.Constant) and isinstance(response.value, str):
                calls.append((path.name, node.lineno, response.value, frozenset(keywords)))
    return calls


def given_by_actions(actions: Path) -> dict[str, frozenset[str]]:
    """Per response, the values every action that says it passes in (what its placeholders may name)."""
    return read_until_changed("placeholders given", sorted(actions.glob("*.py")), lambda: _given(actions))


def _given(actions: Path) -> dict[str, frozenset[str]]:
    given: dict[str, frozenset[str]] = {}
    for _file, _line, name, names in response_calls(actions):
        given[name] = given.get(name, names) & names
    return given


def _yaml() -> YAML:
    yaml = YAML()
    yaml.preserve_quotes = True  # type: ignore[assignment]
    yaml.width = 4096  # type: ignore[assignment]  # never fold a long sentence onto a second line
    yaml.indent(mapping=2, sequence=4, offset=2)
    return yaml


def _load(domain: Path) -> CommentedMap:
    document = _yaml().load(domain.read_text(encoding="utf-8"))
    if not isinstance(document, CommentedMap):
        raise ValueError(f"{domain.name} is not a mapping")
    return document


def _names(items: Any) -> frozenset[str]:
    return frozenset(str(next(iter(i))) if isinstance(i, dict) else str(i) for i in items or [])


def vocabulary(domain: Path, given: dict[str, frozenset[str]]) -> Vocabulary:
    return Vocabulary(*read_until_changed("domain names", [domain], lambda: _names_in(domain)), given)


def _names_in(domain: Path) -> tuple[frozenset[str], frozenset[str], frozenset[str]]:
    """The domain's slots, intents and entities."""
    document = _load(domain)
    return _names(document.get("slots")), _names(document.get("intents")), _names(document.get("entities"))


def responses(domain: Path) -> dict[str, list[Variation]]:
    """Every response, its variations' texts and buttons (a fresh copy of what is kept)."""
    kept = read_until_changed("responses", [domain], lambda: _responses_in(domain))
    return {name: list(variations) for name, variations in kept.items()}


def _responses_in(domain: Path) -> dict[str, list[Variation]]:
    found: dict[str, list[Variation]] = {}
    for name, variations in (_load(domain).get("responses") or {}).items():
        found[str(name)] = [
            Variation(
                str(v.get("text") or ""),
                tuple(
                    Button(str(b.get("title") or ""), unescaped(str(b.get("payload") or "")))
                    for b in v.get("buttons") or []
                    if isinstance(b, dict)
                ),
            )
            for v in variations or []
            if isinstance(v, dict)
        ]
    return found


def unescaped(payload: str) -> str:
    return payload.replace("{{", "{").replace("}}", "}")


def escaped(payload: str) -> str:
    return payload.replace("{", "{{").replace("}", "}}")


def placeholders(text: str) -> set[str]:
    """The {names} Rasa fills in a text ({{ and }} are literal braces)."""
    try:
        return {f for _, f, _, _ in string.Formatter().parse(text.replace("{{", "").replace("}}", "")) if f}
    except ValueError:
        return {"{"}  # an unmatched brace: reported as not a placeholder


def check(name: str, variations: list[Variation], words: Vocabulary) -> list[Problem]:
    """What would make this response wrong for a visitor, each at its form field."""
    problems: list[Problem] = []
    if not variations:
        problems.append(Problem("text-1", f"{name} needs at least one text"))
    known = words.slots | words.given.get(name, frozenset())
    for n, variation in enumerate(variations, 1):
        text = variation.text.strip()
        if not text and not variation.buttons:
            problems.append(Problem(f"text-{n}", f"text {n} is empty: write what the assistant says"))
        if len(text) > MAX_TEXT:
            problems.append(Problem(f"text-{n}", f"text {n} is {len(text)} characters; keep it under {MAX_TEXT}"))
        unknown = placeholders(text) - known
        if "{" in unknown:
            problems.append(
                Problem(f"text-{n}", f"text {n} has a lone {{ or }}; write braces that should show as {{{{ and }}}}")
            )
        elif unknown:
            names = ", ".join("{" + u + "}" for u in sorted(unknown))
            offered = ", ".join("{" + k + "}" for k in sorted(known)) if words.given.get(name) else "slot names"
            problems.append(
                Problem(
                    f"text-{n}",
                    f"text {n}: {names} is not something the assistant fills in here ({offered}); "
                    "write braces that should show as {{ and }}",
                )
            )
        if len(variation.buttons) > MAX_BUTTONS:
            problems.append(Problem(f"title-{n}-1", f"text {n} has more than {MAX_BUTTONS} buttons"))
        for b, button in enumerate(variation.buttons, 1):
            if not button.title.strip():
                problems.append(Problem(f"title-{n}-{b}", f"button {b} of text {n} needs a caption"))
            problems += _payload_problems(button.payload, f"payload-{n}-{b}", f"button {b} of text {n}", words)
    return problems


def _payload_problems(payload: str, at: str, what: str, words: Vocabulary) -> list[Problem]:
    if not payload.startswith("/"):
        return [] if payload.strip() else [Problem(at, f"{what} needs what it sends")]
    found = _PAYLOAD_RE.match(payload)
    if found is None:
        return [Problem(at, f'{what}: write /intent or /intent{{"entity": value}}')]
    intent = found.group("intent").split("/")[0]
    if intent not in words.intents:
        return [Problem(at, f"{what}: /{intent} is not an intent of the assistant")]
    if found.group("entities"):
        try:
            values = json.loads(found.group("entities"))
        except ValueError:
            return [Problem(at, f'{what}: the part in braces is not JSON, e.g. {{"budget": 6000}}')]
        if not isinstance(values, dict):
            return [Problem(at, f'{what}: the part in braces names entities, e.g. {{"budget": 6000}}')]
        unknown = sorted(set(values) - words.entities)
        if unknown:
            return [Problem(at, f"{what}: {', '.join(unknown)} is not an entity of the assistant")]
    return []


def _payload(payload: str) -> str:
    written = escaped(payload.strip())
    return SingleQuotedScalarString(written) if "{" in written else written


def write(domain: Path, name: str, variations: list[Variation]) -> None:
    """Replace the response's texts and buttons in domain.yml (other keys of a kept variation stay),
    written beside it and swapped in, so Rasa or a reader never sees half a file."""
    document = _load(domain)
    all_responses = document.get("responses")
    if not isinstance(all_responses, CommentedMap) or name not in all_responses:
        raise KeyError(name)
    old = all_responses[name] or []
    new = CommentedSeq()
    for n, variation in enumerate(variations):
        kept = old[n] if n < len(old) and isinstance(old[n], CommentedMap) else CommentedMap()
        kept["text"] = DoubleQuotedScalarString(variation.text.strip())  # as domain.yml writes them
        if variation.buttons:
            kept["buttons"] = CommentedSeq(
                CommentedMap(title=DoubleQuotedScalarString(b.title.strip()), payload=_payload(b.payload))
                for b in variation.buttons
            )
        elif "buttons" in kept:
            del kept["buttons"]
        new.append(kept)
    all_responses[name] = new
    out = io.StringIO()
    _yaml().dump(document, out)
    write_whole(domain, out.getvalue())
