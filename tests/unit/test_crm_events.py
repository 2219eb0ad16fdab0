"""The CRM events an integration can receive are the ones docs/interfaces.md promises."""

from __future__ import annotations

import re
from pathlib import Path

from bot.storage.outbox import CRM_EVENTS

ROOT = Path(__file__).resolve().parents[2]


def test_every_crm_event_sent_is_documented_for_integrators() -> None:
    interfaces = (ROOT / "docs" / "interfaces.md").read_text(encoding="utf-8")
    section = interfaces.split("## CRM webhooks", 1)[1].split("\n## ", 1)[0]
    documented = set(re.findall(r"`([a-z_]+\.[a-z_]+)`", section))
    assert documented == set(CRM_EVENTS)


def test_no_code_names_a_crm_event_by_hand() -> None:
    """A name spelled out instead of the constant drifts from the docs unseen."""
    spelled = [
        f"{path.relative_to(ROOT)}: {name}"
        for path in [*(ROOT / "bot").rglob("*.py"), *(ROOT / "actions").rglob("*.py")]
        if path.name != "outbox.py"
        for name in CRM_EVENTS
        if f'"{name}"' in path.read_text(encoding="utf-8")
    ]
    assert spelled == []
