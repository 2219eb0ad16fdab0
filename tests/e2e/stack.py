"""Start the product the way `make run` does (bot.runner), on free ports and a temp data dir."""

from __future__ import annotations

import contextlib
import json
import os
import signal
import socket
import subprocess
import sys
import threading
import urllib.request
import uuid
from collections.abc import AsyncIterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from aiohttp import web

from bot.settings import PROJECT_ROOT
from tests.waiting import wait_until


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


@dataclass
class Stack:
    process: subprocess.Popen[str]
    rasa: str
    web: str
    rasa_token: str
    api_token: str
    output: list[str] = field(default_factory=list)
    actions: str = ""  # the action server, which answers Rasa only

    def say(self, sender: str, text: str, metadata: dict[str, Any] | None = None) -> list[dict[str, Any]]:
        body = json.dumps({"sender": sender, "message": text, "metadata": metadata or {}}).encode()
        request = urllib.request.Request(
            f"{self.rasa}/webhooks/rest/webhook", body, {"Content-Type": "application/json"}
        )
        with urllib.request.urlopen(request, timeout=60) as response:
            return json.load(response)

    def tracker(self, sender: str) -> dict[str, Any]:
        with urllib.request.urlopen(
            f"{self.rasa}/conversations/{sender}/tracker?token={self.rasa_token}", timeout=30
        ) as response:
            return json.load(response)

    def api(self, path: str) -> Any:
        request = urllib.request.Request(f"{self.web}{path}", headers={"Authorization": f"Bearer {self.api_token}"})
        with urllib.request.urlopen(request, timeout=30) as response:
            return json.load(response)

    def stop(self) -> int:
        if self.process.poll() is None:
            self.process.send_signal(signal.SIGINT)
            try:
                self.process.wait(timeout=60)
            except subprocess.TimeoutExpired:
                os.killpg(self.process.pid, signal.SIGKILL)
                self.process.wait()
        return self.process.returncode


def start_stack(data_dir: Path, database_url: str, **env_extra: str) -> Stack:
    ports = {"RASA_PORT": free_port(), "ACTIONS_PORT": free_port(), "WEB_PORT": free_port()}
    env = {
        **os.environ,
        **{k: str(v) for k, v in ports.items()},
        "DATA_DIR": str(data_dir),
        "DATABASE_URL": database_url,
        "RASA_TOKEN": uuid.uuid4().hex,
        "LEADS_API_TOKEN": uuid.uuid4().hex,
        "PYTHONPATH": str(PROJECT_ROOT),
        **env_extra,
    }
    process = subprocess.Popen(
        [sys.executable, "-m", "bot.runner"],
        cwd=PROJECT_ROOT,
        env=env,
        text=True,
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        start_new_session=True,
    )
    stack = Stack(
        process,
        f"http://127.0.0.1:{ports['RASA_PORT']}",
        f"http://127.0.0.1:{ports['WEB_PORT']}",
        env["RASA_TOKEN"],
        env["LEADS_API_TOKEN"],
        actions=f"http://127.0.0.1:{ports['ACTIONS_PORT']}",
    )
    ready = threading.Event()

    def pump() -> None:
        assert process.stdout is not None
        for line in process.stdout:
            stack.output.append(line)
            if "run: ready" in line:
                ready.set()

    threading.Thread(target=pump, daemon=True).start()
    with contextlib.suppress(AssertionError):  # timed out: said below, with the stack's last words
        wait_until(lambda: ready.is_set() or process.poll() is not None, timeout=300)
    if not ready.is_set():
        stack.stop()
        raise RuntimeError("the stack did not start:\n" + "".join(stack.output[-80:]))
    return stack


class CrmReceiver:
    """A real local HTTP endpoint standing in for the CRM."""

    def __init__(self) -> None:
        import http.server

        received = self.received = []  # type: list[tuple[dict[str, str], bytes]]

        class Handler(http.server.BaseHTTPRequestHandler):
            def do_POST(self) -> None:
                body = self.rfile.read(int(self.headers["Content-Length"]))
                received.append((dict(self.headers), body))
                self.send_response(204)
                self.end_headers()

            def log_message(self, *args: object) -> None:
                pass

        self.server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.url = f"http://127.0.0.1:{self.server.server_address[1]}/crm"
        threading.Thread(target=self.server.serve_forever, daemon=True).start()

    def close(self) -> None:
        self.server.shutdown()


@contextlib.asynccontextmanager
async def serving(routes: list[web.RouteDef]) -> AsyncIterator[str]:
    """A small HTTP server on a free local port standing in for something outside (a CRM, Rasa
    under load): its base URL while the block runs."""
    app = web.Application()
    app.add_routes(routes)
    runner = web.AppRunner(app)
    await runner.setup()
    port = free_port()
    await web.TCPSite(runner, "127.0.0.1", port).start()
    try:
        yield f"http://127.0.0.1:{port}"
    finally:
        await runner.cleanup()
