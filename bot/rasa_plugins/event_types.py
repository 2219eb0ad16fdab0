"""Find an event's class by its type name once, not by walking Rasa's class tree for every event.

Rasa 3.6 rebuilds a tracker from its stored events on every turn (and on every tracker read), and
for each event `Event.resolve_by_type` lists all subclasses of `Event` recursively, checking each
for abstractness, to find the one whose `type_name` matches. Measured with py-spy under the dialog
fuzz, that walk was 8% of the Rasa server's CPU. The classes do not change once Rasa is imported,
so each found class is remembered by name; a name not found yet (a class defined later, or
Rasa's "topic" and default handling) still goes through Rasa's own method. Installed by
bot/runner/rasa_server.py before Rasa starts.

Rasa 3.6 internals overridden or relied on:
- `rasa.shared.core.events.Event.resolve_by_type` (a public staticmethod): replaced on the class
  by `install()`, keeping the original for names not remembered yet.
- `Event.type_name`: the class attribute the name is matched against.
"""

from __future__ import annotations

from typing import Any

_found: dict[str, Any] = {}
_NOT_FOUND: Any = object()


def install() -> None:
    """Remember found event classes by type name in this process (the Rasa server)."""
    from rasa.shared.core.events import Event

    if getattr(Event.resolve_by_type, "remembers", False):
        return
    original = Event.resolve_by_type

    def resolve_by_type(type_name: str, default: Any = None) -> Any:
        found = _found.get(type_name)
        if found is not None:
            return found
        cls = original(type_name, _NOT_FOUND)
        if cls is _NOT_FOUND:
            return original(type_name, default)  # Rasa's default, or its ValueError
        if cls is not None:  # None: Rasa's old "topic" event
            _found[type_name] = cls
        return cls

    resolve_by_type.remembers = True  # type: ignore[attr-defined]
    Event.resolve_by_type = staticmethod(resolve_by_type)  # type: ignore[method-assign,assignment]
