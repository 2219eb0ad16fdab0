"""The shape every normalizer returns."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any


@dataclass(frozen=True)
class Found:
    """One normalized fact found in a message, with its character span in the original text."""

    entity: str
    value: Any
    start: int
    end: int
    info: dict[str, Any] = field(default_factory=dict)
