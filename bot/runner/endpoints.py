"""Render the endpoints file Rasa runs with, from endpoints.yml and the settings."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import yaml
from sqlalchemy.engine import make_url

from bot.settings import PROJECT_ROOT, Settings, get_settings
from bot.yamlfile import load_yaml


def render_endpoints(settings: Settings, template: Path = PROJECT_ROOT / "endpoints.yml") -> dict[str, Any]:
    text = template.read_text(encoding="utf-8")
    values = {"ACTION_ENDPOINT_URL": settings.effective_actions_url}
    text = re.sub(r"\$\{(\w+)\}", lambda m: values.get(m.group(1), m.group(0)), text)
    endpoints: dict[str, Any] = load_yaml(text) or {}
    tracker = endpoints.get("tracker_store") or {}
    if settings.tracker_store_url:
        url = make_url(settings.tracker_store_url)
        tracker = {
            "type": tracker.get("type", "SQL"),
            "dialect": url.drivername,
            "url": url.host,
            "port": url.port,
            "db": url.database,
            "username": url.username,
            "password": url.password,
        }
        tracker = {k: v for k, v in tracker.items() if v is not None}
    elif tracker.get("dialect") == "sqlite":
        db = Path(tracker.get("db", "var/rasa_tracker.db"))
        if not db.is_absolute():
            db = settings.data_dir / db.name
        db.parent.mkdir(parents=True, exist_ok=True)
        tracker["db"] = str(db)
    endpoints["tracker_store"] = tracker
    if settings.actions_token:  # the action server refuses calls without it (bot/runner/action_server.py)
        action = endpoints.setdefault("action_endpoint", {})
        action["headers"] = {**(action.get("headers") or {}), "Authorization": f"Bearer {settings.actions_token}"}
    if settings.redis_url:
        url = make_url(settings.redis_url)
        endpoints["lock_store"] = {
            "type": "bot.rasa_plugins.lock_store.AtomicRedisLockStore",
            "url": url.host or "127.0.0.1",
            "port": url.port or 6379,
            "db": int(url.database or 0),
            **({"password": url.password} if url.password else {}),
        }
    return endpoints


def write_endpoints(settings: Settings) -> Path:
    target = settings.data_dir / "endpoints.yml"
    target.parent.mkdir(parents=True, exist_ok=True)
    target.write_text(yaml.safe_dump(render_endpoints(settings), sort_keys=False), encoding="utf-8")
    return target


if __name__ == "__main__":  # a container renders its endpoints this way before `rasa run` (deploy/)
    print(write_endpoints(get_settings()))
