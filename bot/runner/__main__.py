"""Start the whole product in the foreground; Ctrl-C stops every part cleanly."""

from __future__ import annotations

import os
import secrets
import signal
import socket
import sys
import time
from pathlib import Path

from bot.runner.balancer import INSTALL_HINT, Pool, haproxy_binary, write_config
from bot.runner.endpoints import write_endpoints
from bot.runner.supervisor import Service, Supervisor
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
    from bot.app.database import Database
    from bot.handoff.roster import load_roster, sync_roster

    roster = load_roster(settings.roster_path)
    database = Database.open(settings.effective_database_url)
    try:
        database.run_now(lambda session: sync_roster(session, roster))
    finally:
        database.close()
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


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


def lock_down(data_dir: Path) -> None:
    """Keys, users and databases under DATA_DIR are readable by their owner only: files we or
    our children create from here on are 0600 (folders 0700), and older ones are narrowed."""
    os.umask(0o077)
    data_dir.mkdir(parents=True, exist_ok=True)
    data_dir.chmod(0o700)
    for path in data_dir.rglob("*"):
        if not path.is_symlink():
            path.chmod(0o700 if path.is_dir() else 0o600)


def scale_out_problem(settings: Settings) -> str | None:
    """Why these settings cannot run several replicas, if they cannot."""
    if settings.rasa_replicas < 1 or settings.web_workers < 1:
        return "RASA_REPLICAS and WEB_WORKERS must be at least 1"
    if settings.rasa_replicas == 1:
        return None
    missing = [
        name
        for name, value in (("REDIS_URL", settings.redis_url), ("TRACKER_STORE_URL", settings.tracker_store_url))
        if not value
    ]
    if missing:
        return (
            f"RASA_REPLICAS={settings.rasa_replicas} needs {' and '.join(missing)}: replicas share Rasa's lock store "
            "(Redis) so two never take turns of one conversation at once, and its tracker store (PostgreSQL)"
        )
    if haproxy_binary() is None:
        return f"RASA_REPLICAS={settings.rasa_replicas} needs HAProxy in front of the replicas; {INSTALL_HINT}"
    return None


WEB_VENV = PROJECT_ROOT / ".venv-web"


def web_python() -> str:
    """The web app runs in its own environment (.venv-web: current aiohttp and python-socketio,
    docs/environments.md); without it, in this one, and the start says so."""
    python = WEB_VENV / "bin" / "python"
    if python.exists():
        return str(python)
    _say(f"no {WEB_VENV.name} (make install builds it): the web app runs on this environment's aiohttp")
    return sys.executable


def plan_services(settings: Settings, env: dict[str, str], model: Path, endpoints: Path) -> list[Service]:
    """Action servers, Rasa servers, the balancer when there are several, then the web workers."""
    python = sys.executable
    replicas = settings.rasa_replicas
    balanced = replicas > 1
    actions_ports = [_free_port() for _ in range(replicas)] if balanced else [settings.actions_port]
    rasa_ports = [_free_port() for _ in range(replicas)] if balanced else [settings.rasa_port]
    services = []
    for index, port in enumerate(actions_ports, 1):
        services.append(
            Service(
                f"actions-{index}" if balanced else "actions",
                [python, "-m", "bot.runner.action_server", "--port", str(port)],
                {**env, "SANIC_HOST": "127.0.0.1"},
                f"http://127.0.0.1:{port}/health",
            )
        )
    for index, port in enumerate(rasa_ports, 1):
        # Rasa and the action server listen on 127.0.0.1 only: the web app is the one public door.
        services.append(
            Service(
                f"rasa-{index}" if balanced else "rasa",
                [
                    python,
                    "-m",
                    "bot.runner.rasa_server",
                    "--enable-api",
                    "--interface",
                    "127.0.0.1",
                    "--port",
                    str(port),
                    "--model",
                    str(model),
                    "--endpoints",
                    str(endpoints),
                    "--credentials",
                    "credentials.yml",
                ],
                env,
                f"http://127.0.0.1:{port}/",
            )
        )
    if balanced:
        config = write_config(
            settings.data_dir / "haproxy.cfg",
            [
                Pool("rasa", settings.rasa_port, "/", tuple(rasa_ports)),
                Pool("actions", settings.actions_port, "/health", tuple(actions_ports)),
            ],
        )
        services.append(
            Service(
                "balancer",
                [str(haproxy_binary()), "-db", "-f", str(config)],
                env,
                f"http://127.0.0.1:{settings.rasa_port}/",
            )
        )
    if balanced:  # the studio publishes a model to each replica, not to whichever HAProxy picks
        env = {**env, "RASA_REPLICA_URLS": ",".join(f"http://127.0.0.1:{port}" for port in rasa_ports)}
    env = {**env, "RASA_PYTHON": python}  # the studio trains with Rasa's environment, not the web app's
    web = [web_python(), "-m", "bot.web", "--port", str(settings.web_port)] + (
        ["--reuse-port"] if settings.web_workers > 1 else []
    )
    for index in range(1, settings.web_workers + 1):
        services.append(
            Service(
                f"web-{index}" if settings.web_workers > 1 else "web",
                web,
                env,
                f"http://127.0.0.1:{settings.web_port}/healthz",
            )
        )
    return services


def main() -> int:
    settings = get_settings()
    problem = scale_out_problem(settings)
    if problem:
        _say(problem)
        return 1
    env = dict(os.environ)
    env["PYTHONPATH"] = str(PROJECT_ROOT) + os.pathsep + env.get("PYTHONPATH", "")
    if not settings.rasa_token:
        env["RASA_TOKEN"] = secrets.token_urlsafe(24)
        _say("RASA_TOKEN was not set; generated one for this run (Rasa listens on 127.0.0.1 only)")
    if not settings.actions_token:
        env["ACTIONS_TOKEN"] = secrets.token_urlsafe(24)  # only Rasa may call the action server
        settings = settings.copy(update={"actions_token": env["ACTIONS_TOKEN"]})
    if not settings.leads_api_token:
        env["LEADS_API_TOKEN"] = secrets.token_urlsafe(24)
        _say(f"LEADS_API_TOKEN was not set; generated one for this run: {env['LEADS_API_TOKEN']}")
    lock_down(settings.data_dir)
    env["SECRET_KEY"] = settings.effective_secret_key  # kept under DATA_DIR so signed links survive restarts

    busy = [
        f"{name} {port}"
        for name, port in (
            ("RASA_PORT", settings.rasa_port),
            ("ACTIONS_PORT", settings.actions_port),
            ("WEB_PORT", settings.web_port),
        )
        if _port_in_use(port)
    ]
    if busy:
        _say(f"port already in use: {', '.join(busy)}; stop what uses it or set another port in the environment")
        return 1
    model = ensure_model()
    upgrade(settings.effective_database_url)
    _say("database migrations applied")
    load_roster_into_database(settings)
    ensure_inbox_user(settings)
    supervisor = Supervisor(plan_services(settings, env, model, write_endpoints(settings)), PROJECT_ROOT, _say)
    stopping = False

    def stop(*_: object) -> None:
        nonlocal stopping
        stopping = True

    signal.signal(signal.SIGINT, stop)
    signal.signal(signal.SIGTERM, stop)
    try:
        supervisor.start_all()
        late = supervisor.wait_healthy(timeout=180)
        if late is not None:
            _say(f"{late.name} did not start; see its output above")
            return 1
        scale = f" ({settings.rasa_replicas} Rasa replicas behind HAProxy)" if settings.rasa_replicas > 1 else ""
        _say(f"ready: open http://127.0.0.1:{settings.web_port}/{scale} (Ctrl-C stops everything)")
        while not stopping:
            reason = supervisor.revive()
            if reason:
                _say(reason)
                return 1
            time.sleep(0.5)
        return 0
    finally:
        supervisor.stop_all()


if __name__ == "__main__":
    sys.exit(main())
