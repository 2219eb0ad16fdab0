"""Rasa's event broker, pointed at our transcript: every message both ways reaches the SDR inbox.

Configured in endpoints.yml as `type: bot.rasa_plugins.broker.TranscriptBroker`. The writing
itself (batches, retries, spool) is bot/recording/transcript_writer.py, which knows nothing of Rasa.

Rasa 3.6 internals relied on:
- `rasa.core.brokers.broker.EventBroker`: Rasa builds it with the async classmethod
  `from_endpoint_config(broker_config, event_loop)`, then calls `publish(event_dict)` for each
  tracker event, `is_ready()` before use and `close()` on shutdown.
- `rasa.utils.endpoints.EndpointConfig`: the `event_broker` section of endpoints.yml (unused here:
  the settings name the database and the spool).
"""

from __future__ import annotations

import asyncio
from typing import Any

from rasa.core.brokers.broker import EventBroker
from rasa.utils.endpoints import EndpointConfig

from bot.recording import spool
from bot.recording.transcript_writer import TranscriptWriter
from bot.settings import get_settings


class TranscriptBroker(EventBroker):
    def __init__(self, writer: TranscriptWriter) -> None:
        self.writer = writer

    @classmethod
    async def from_endpoint_config(
        cls, broker_config: EndpointConfig, event_loop: asyncio.AbstractEventLoop | None = None
    ) -> TranscriptBroker:
        settings = get_settings()
        return cls(TranscriptWriter(settings.effective_database_url, settings.data_dir / spool.TRANSCRIPT_SPOOL))

    def publish(self, event: dict[str, Any]) -> None:
        self.writer.put(event)

    def is_ready(self) -> bool:
        return True

    async def close(self) -> None:
        self.writer.close()
