"""Keep the product's processes running: start them, wait until each answers, restart one that
dies, and stop them all together.

A crashed action server or Rasa replica is started again (the load balancer routes around it
meanwhile). One that keeps dying, five times in two minutes, stops the whole product with a
message, since restarting it again would only hide the fault.
"""

from __future__ import annotations

import os
import signal
import subprocess
import time
import urllib.request
from collections import deque
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from bot.lifeline import started_by_me

RESTARTS_ALLOWED = 5
RESTART_WINDOW_SECONDS = 120.0


@dataclass
class Service:
    name: str
    command: list[str]
    env: dict[str, str]
    health_url: str | None
    process: subprocess.Popen[bytes] | None = None
    restarts: deque[float] = field(default_factory=deque)

    def start(self, cwd: Path) -> None:
        self.process = subprocess.Popen(self.command, cwd=cwd, env=started_by_me(self.env), start_new_session=True)

    def exit_code(self) -> int | None:
        return None if self.process is None else self.process.poll()


def answers(url: str) -> bool:
    try:
        with urllib.request.urlopen(url, timeout=2):
            return True
    except Exception:
        return False


class Supervisor:
    def __init__(self, services: list[Service], cwd: Path, say: Callable[[str], None]) -> None:
        self.services = services
        self.cwd = cwd
        self.say = say

    def start_all(self) -> None:
        for service in self.services:
            service.start(self.cwd)

    def wait_healthy(self, timeout: float) -> Service | None:
        """The first service that exited or did not answer in time; None when all are up."""
        deadline = time.monotonic() + timeout
        for service in self.services:
            while service.health_url and not answers(service.health_url):
                if service.exit_code() is not None or time.monotonic() > deadline:
                    return service
                time.sleep(0.5)
            self.say(
                f"{service.name} is up" + (f" ({service.health_url.rsplit('/', 1)[0]})" if service.health_url else "")
            )
        return None

    def revive(self) -> str | None:
        """Restart what died; a reason to stop everything when one keeps dying."""
        now = time.monotonic()
        for service in self.services:
            code = service.exit_code()
            if code is None:
                continue
            while service.restarts and now - service.restarts[0] > RESTART_WINDOW_SECONDS:
                service.restarts.popleft()
            if len(service.restarts) >= RESTARTS_ALLOWED:
                return (
                    f"{service.name} exited with code {code} {RESTARTS_ALLOWED} times in "
                    f"{RESTART_WINDOW_SECONDS:.0f} s; stopping the rest (see its output above)"
                )
            service.restarts.append(now)
            self.say(f"{service.name} exited with code {code}; restarting it")
            service.start(self.cwd)
        return None

    def stop_all(self, grace: float = 15.0) -> None:
        running = [s for s in self.services if s.process is not None]
        for service in running:
            if service.exit_code() is None:
                _signal(service, signal.SIGTERM)
        deadline = time.monotonic() + grace
        for service in running:
            assert service.process is not None
            try:
                service.process.wait(timeout=max(0.1, deadline - time.monotonic()))
            except subprocess.TimeoutExpired:
                _signal(service, signal.SIGKILL)
                service.process.wait()
            self.say(f"{service.name} stopped")


def _signal(service: Service, sig: signal.Signals) -> None:
    assert service.process is not None
    try:
        os.killpg(service.process.pid, sig)
    except ProcessLookupError:
        pass
