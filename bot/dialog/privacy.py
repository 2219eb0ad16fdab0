"""What a chat forgets, shared by the actions (which ask) and Rasa's tracker store (which erases)."""

from __future__ import annotations

from bot.dialog.answers import CONTACT_SLOTS, DISCOVERY_SLOTS

# Set by an action when the visitor declines consent or confirms "delete my data".
ERASE_MARKER = "erase_requested"
# Slots that may outlive an erasure: how the dialog is steered, never what the visitor said.
KEPT_SLOTS = frozenset(
    {"consent", "page", "plan", "timezone", "discovery_offer", "slots_offered", "declined_at", "fit", "asks"}
)
assert not KEPT_SLOTS & {*DISCOVERY_SLOTS, *CONTACT_SLOTS}
