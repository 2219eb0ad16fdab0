"""Rasa's REST channel, where a button's title typed as text works like the button.

It remembers the buttons each conversation was last shown (in this Rasa process) and hands
Rasa the button's payload when the visitor types its title. Behind several replicas without
sticky sessions a typed title reaching another replica is read as text, as before.
Listed in credentials.yml as `bot.rasa_plugins.rest_channel.ButtonAwareRestInput`.

Rasa 3.6 internals overridden or relied on:
- `rasa.core.channels.rest.RestInput`: `name()` (kept "rest", so the URL stays
  /webhooks/rest/webhook) and `blueprint(on_new_message)`, wrapped so that its handler sees each
  `UserMessage` first.
- `rasa.core.channels.channel.UserMessage`: `text`, `sender_id`, and `output_channel.messages`,
  the replies RestInput's `CollectingOutputChannel` gathered (dicts with `recipient_id`, `buttons`).
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from typing import Any

from rasa.core.channels.channel import UserMessage
from rasa.core.channels.rest import RestInput
from sanic import Blueprint

from bot.dialog.buttons import LastButtons


class ButtonAwareRestInput(RestInput):
    """Served at /webhooks/rest/webhook, like Rasa's own REST channel."""

    @classmethod
    def name(cls) -> str:
        return "rest"

    def __init__(self) -> None:
        self.last_buttons = LastButtons()

    def blueprint(self, on_new_message: Callable[[UserMessage], Awaitable[Any]]) -> Blueprint:
        async def handle(message: UserMessage) -> Any:
            message.text = self.last_buttons.resolve(message.sender_id, message.text)
            result = await on_new_message(message)
            sent = getattr(message.output_channel, "messages", None)
            if isinstance(sent, list):
                self.last_buttons.remember(
                    message.sender_id, [m for m in sent if m.get("recipient_id") == message.sender_id]
                )
            return result

        return super().blueprint(handle)
