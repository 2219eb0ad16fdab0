"""Start the whole product in the foreground; Ctrl-C stops every part cleanly."""

from __future__ import annotations

import os
import secrets
import signal
import socket
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

from bot.runner.endpoints import write_endpoints
from bot.runner.training import ensure_model
from bot.settings import PROJECT_ROOT, Settings, get_settings
from bot.storage.migrate import upgrade


def ensure_inbox_user(settings: Settings) -> None:
    """First run: create an inbox user so an SDR can log in right away."""
    from bot.web.users import load_users, save_user

    path = settings.effective_inbox_users_path
    if load_users(path):
        return
    password = secrets.token_urlsafe(12)
    save_user(path, "sdr", password)
    _say(f"created inbox user 'sdr' with password {password} (in {path}; add users: python -m bot.web.users add NAME)")


def load_roster_into_database(settings: Settings) -> None:
    from bot.handoff.roster import load_roster, sync_roster
    from bot.storage.db import make_engine, session_factory, transaction

    roster = load_roster(settings.roster_path)
    engine = make_engine(settings.effective_database_url)
    with transaction(session_factory(engine)) as session:
        sync_roster(session, roster)
    engine.dispose()
    _say(f"roster loaded: {len(roster.sdrs)} SDRs from {settings.roster_path.name}")


def _say(message: str) -> None:
    print(f"run: {message}", flush=True)


def _port_in_use(port: int) -> bool:
    with socket.socket() as probe:
        probe.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        try:
            probe.bind(("127.0.0.1", port))
        except OSError:
            return True
    return False


def _wait_http(url: str, process: subprocess.Popen[bytes], timeout: float) -> bool:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if process.poll() is not None:
            return False
        try:
            with urllib.request.urlopen(url, timeout=2):
                return True
        except Exception:
            time.sleep(0.5)
    return False


def lock_down(data_dir: Path) -> None:
    """Keys, users and databases under DATA_DIR are readable by their owner only: files we or
    our children create from here on are 0600 (folders 0700), and older ones are narrowed."""
    os.umask(0o077)
    data_dir.mkdir(parents=True, exist_ok=True)
    data_dir.chmod(0o700)
    for path in data_dir.rglob("*"):
        if not path.is_symlink():
            path.chmod(0o700 if path.is_dir() else 0o600)


def main() -> int:
    settings = get_settings()
    env = dict(os.environ)
    env["PYTHONPATH"] = str(PROJECT_ROOT) + os.pathsep + env.get("PYTHONPATH", "")
    if not settings.rasa_token:
        env["RASA_TOKEN"] = secrets.token_urlsafe(24)
        _say("RASA_TOKEN was not set; generated one for this run (Rasa listens on 127.0.0.1 only)")
    if not settings.leads_api_token:
        env["LEADS_API_TOKEN"] = secrets.token_urlsafe(24)
        _say(f"LEADS_API_TOKEN was not set; generated one for this run: {env['LEADS_API_TOKEN']}")
    lock_down(settings.data_dir)
    env["SECRET_KEY"] = settings.effective_secret_key  # kept under DATA_DIR so signed links survive restarts

    busy = [f"{name} {port}" for name, port in (("RASA_PORT", settings.rasa_port), ("ACTIONS_PORT", settings.actions_port),
                                                ("WEB_PORT", settings.web_port)) if _port_in_use(port)]
    if busy:
        _say(f"port already in use: {', '.join(busy)}; stop what uses it or set another port in the environment")
        return 1
    model = ensure_model()
    upgrade(settings.effective_database_url)
    _say("database migrations applied")
    load_roster_into_database(settings)
    ensure_inbox_user(settings)
    endpoints = write_endpoints(settings)
    python = sys.executable
    commands = {
        "actions": ([python, "-m", "rasa_sdk", "--actions", "actions", "--port", str(settings.actions_port)],
                    {"SANIC_HOST": "127.0.0.1"}, f"http://127.0.0.1:{settings.actions_port}/health"),
        # Rasa and the action server listen on 127.0.0.1 only: the web app is the one public door.
        "rasa": ([python, "-m", "bot.runner.rasa_server", "--enable-api", "--interface", "127.0.0.1",
                  "--port", str(settings.rasa_port), "--model", str(model),
                  "--endpoints", str(endpoints), "--credentials", "credentials.yml"],
                 {}, f"http://127.0.0.1:{settings.rasa_port}/"),
        "web": ([python, "-m", "bot.web", "--port", str(settings.web_port)], {},
                f"http://127.0.0.1:{settings.web_port}/healthz"),
    }
    processes: dict[str, subprocess.Popen[bytes]] = {}
    stopping = False

    def stop(*_: object) -> None:
        nonlocal stopping
        stopping = True

    signal.signal(signal.SIGINT, stop)
    signal.signal(signal.SIGTERM, stop)
    try:
        for name, (command, extra_env, _health) in commands.items():
            processes[name] = subprocess.Popen(command, cwd=PROJECT_ROOT, env={**env, **extra_env},
                                               start_new_session=True)
        for name, (_command, _env, health) in commands.items():
            if not _wait_http(health, processes[name], timeout=180):
                _say(f"{name} did not start; see its output above")
                return 1
            _say(f"{name} is up ({health.rsplit('/', 1)[0]})")
        _say(f"ready: open http://127.0.0.1:{settings.web_port}/ (Ctrl-C stops everything)")
        while not stopping:
            for name, process in processes.items():
                if process.poll() is not None:
                    _say(f"{name} exited with code {process.returncode}; stopping the rest")
                    return 1
            time.sleep(0.5)
        return 0
    finally:
        _shutdown(processes)


def _shutdown(processes: dict[str, subprocess.Popen[bytes]]) -> None:
    for process in processes.values():
        if process.poll() is None:
            os.killpg(process.pid, signal.SIGTERM)
    deadline = time.monotonic() + 15
    for name, process in processes.items():
        try:
            process.wait(timeout=max(0.1, deadline - time.monotonic()))
        except subprocess.TimeoutExpired:
            os.killpg(process.pid, signal.SIGKILL)
            process.wait()
        _say(f"{name} stopped")


if __name__ == "__main__":
    sys.exit(main())
