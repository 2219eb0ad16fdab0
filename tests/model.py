"""The trained model the slow tests share: trained once, only when training data changed."""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path

from bot.runner.training import ensure_model


@lru_cache(maxsize=1)
def trained_model() -> Path:
    return ensure_model()
