"""The runner's plan for several replicas, the HAProxy config it writes, and restarting what dies."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from bot.runner.__main__ import plan_services, scale_out_problem
from bot.runner.balancer import Pool, haproxy_binary, write_config
from bot.runner.supervisor import RESTARTS_ALLOWED, Service, Supervisor
from bot.settings import Settings
from tests.waiting import wait_until


def test_several_replicas_without_a_shared_lock_store_are_refused_with_what_to_set() -> None:
    problem = scale_out_problem(Settings(rasa_replicas=2))
    assert problem is not None and "REDIS_URL" in problem and "TRACKER_STORE_URL" in problem
    assert scale_out_problem(Settings(rasa_replicas=0)) == "RASA_REPLICAS and WEB_WORKERS must be at least 1"
    assert scale_out_problem(Settings()) is None


def test_two_replicas_sit_behind_the_balancer_on_the_public_ports(tmp_path: Path) -> None:
    settings = Settings(
        rasa_replicas=2,
        web_workers=2,
        redis_url="redis://127.0.0.1:6379/9",
        data_dir=tmp_path,
        tracker_store_url="postgresql://postgres@127.0.0.1:5432/test",
        rasa_port=15005,
        actions_port=15055,
    )
    assert scale_out_problem(settings) is None
    services = plan_services(settings, {}, tmp_path / "model.tar.gz", tmp_path / "endpoints.yml")
    assert [s.name for s in services] == ["actions-1", "actions-2", "rasa-1", "rasa-2", "balancer", "web-1", "web-2"]
    config = (tmp_path / "haproxy.cfg").read_text()
    assert "bind 127.0.0.1:15005" in config and "bind 127.0.0.1:15055" in config
    replica_ports = [
        s.command[s.command.index("--port") + 1] for s in services if s.name.startswith(("rasa-", "actions-"))
    ]
    assert all(f"127.0.0.1:{port}" in config for port in replica_ports)
    assert all("--reuse-port" in s.command for s in services if s.name.startswith("web-"))


def test_haproxy_accepts_the_config() -> None:
    binary = haproxy_binary()
    assert binary, "scripts/install-haproxy.sh installs it (make test does)"
    path = write_config(
        Path(subprocess.check_output(["mktemp", "-d"], text=True).strip()) / "haproxy.cfg",
        [Pool("rasa", 15005, "/", (15101, 15102)), Pool("actions", 15055, "/health", (15201, 15202))],
    )
    checked = subprocess.run([binary, "-c", "-f", str(path)], capture_output=True, text=True)
    assert checked.returncode == 0, checked.stdout + checked.stderr


def test_a_process_that_dies_is_restarted_and_one_that_keeps_dying_stops_the_product(tmp_path: Path) -> None:
    said: list[str] = []
    dying = Service("actions-1", [sys.executable, "-c", "import sys; sys.exit(3)"], {}, None)
    steady = Service("web", [sys.executable, "-c", "import time; time.sleep(60)"], {}, None)
    supervisor = Supervisor([dying, steady], tmp_path, said.append)
    supervisor.start_all()
    try:
        reasons: list[str] = []

        def gave_up() -> bool:
            """One supervision round; true once the supervisor stops restarting and says why."""
            reason = supervisor.revive()
            if reason is not None:
                reasons.append(reason)
            return reason is not None

        wait_until(gave_up, timeout=30)
        assert said.count("actions-1 exited with code 3; restarting it") == RESTARTS_ALLOWED
        assert reasons[0].startswith("actions-1 exited with code 3 5 times")
        assert steady.exit_code() is None  # the healthy one was left alone
    finally:
        supervisor.stop_all(grace=5)
    assert "web stopped" in said


def test_the_endpoints_give_rasa_the_atomic_lock_store(tmp_path: Path) -> None:
    from bot.runner.endpoints import render_endpoints

    endpoints = render_endpoints(Settings(rasa_replicas=2, redis_url="redis://10.0.0.5:6380/2", data_dir=tmp_path))
    assert endpoints["lock_store"] == {
        "type": "bot.rasa_plugins.lock_store.AtomicRedisLockStore",
        "url": "10.0.0.5",
        "port": 6380,
        "db": 2,
    }


def test_rasa_calls_the_action_server_with_its_token_and_an_open_action_server_is_refused(tmp_path: Path) -> None:
    from bot.runner.action_server import start_problem
    from bot.runner.endpoints import render_endpoints

    endpoints = render_endpoints(Settings(actions_token="t0ken-for-rasa", data_dir=tmp_path))
    assert endpoints["action_endpoint"]["headers"] == {"Authorization": "Bearer t0ken-for-rasa"}
    assert "headers" not in render_endpoints(Settings(data_dir=tmp_path))["action_endpoint"]
    assert start_problem("", "0.0.0.0") is not None  # deployed without a token: it does not start
    assert start_problem("", "127.0.0.1") is None and start_problem("t0ken", "0.0.0.0") is None
