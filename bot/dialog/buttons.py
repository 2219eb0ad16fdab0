"""A button's title typed instead of clicked: the same as the click.

Visitors type "i'm just researching" or "sure go ahead" rather than press the button that says
it; the assistant must then hear the button's payload, exactly as if it had been pressed.
"""

from __future__ import annotations

import difflib
import re
from collections import OrderedDict
from collections.abc import Iterable, Mapping
from typing import Any

SIMILAR_ENOUGH = 0.86  # one typo in a short title ("sure go ahed"), not a different answer
_WORDS_RE = re.compile(r"[^\w$<>]+")


def _normal(text: str) -> str:
    return " ".join(_WORDS_RE.sub(" ", text.lower().replace("’", "'").replace("'", "")).split())


def payload_for(text: str, buttons: Iterable[Mapping[str, Any]]) -> str | None:
    """The payload of the one button whose title the visitor typed, or None."""
    typed = _normal(text)
    if not typed or text.strip().startswith("/") or len(typed.split()) > 8:
        return None
    scored = []
    for button in buttons:
        title, payload = _normal(str(button.get("title") or "")), button.get("payload")
        if not title or not isinstance(payload, str):
            continue
        scored.append((1.0 if title == typed else _likeness(typed, title), payload))
    scored.sort(key=lambda pair: pair[0], reverse=True)
    if not scored or scored[0][0] < SIMILAR_ENOUGH or (len(scored) > 1 and scored[1][0] == scored[0][0]):
        return None
    return scored[0][1]


def _likeness(typed: str, title: str) -> float:
    """How alike a typed text and a title are; a short title one swap or slip away ("japna")
    counts as alike, since a ratio punishes one typo in five letters too hard."""
    if len(title) <= 8 and one_edit_apart(typed, title):
        return SIMILAR_ENOUGH
    return difflib.SequenceMatcher(None, typed, title).ratio()


def one_edit_apart(a: str, b: str) -> bool:
    if a == b or abs(len(a) - len(b)) > 1 or min(len(a), len(b)) < 4:
        return False
    if len(a) == len(b):
        diffs = [i for i in range(len(a)) if a[i] != b[i]]
        return len(diffs) == 1 or (
            len(diffs) == 2 and diffs[1] == diffs[0] + 1 and a[diffs[0]] == b[diffs[1]] and a[diffs[1]] == b[diffs[0]]
        )
    short, long = (a, b) if len(a) < len(b) else (b, a)
    return any(long[:i] + long[i + 1 :] == short for i in range(len(long)))


class LastButtons:
    """The buttons last shown to each conversation, for the latest few thousand conversations."""

    def __init__(self, capacity: int = 5000) -> None:
        self.capacity = capacity
        self._by_sender: OrderedDict[str, list[dict[str, Any]]] = OrderedDict()

    def remember(self, sender: str, messages: Iterable[Mapping[str, Any]]) -> None:
        messages = list(messages)
        if not messages:
            return
        buttons = [dict(b) for m in messages for b in (m.get("buttons") or []) if isinstance(b, Mapping)]
        self._by_sender.pop(sender, None)
        if buttons:
            self._by_sender[sender] = buttons
            while len(self._by_sender) > self.capacity:
                self._by_sender.popitem(last=False)

    def resolve(self, sender: str, text: str | None) -> str | None:
        """The payload when `text` is a shown button's title, else `text` unchanged."""
        if not text:
            return text
        return payload_for(text, self._by_sender.get(sender, [])) or text
