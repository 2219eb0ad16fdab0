"""HAProxy in front of several Rasa servers and action servers (`RASA_REPLICAS=N make run`).

Rasa's own scale-out path: stateless Rasa servers behind a load balancer, sharing the SQL
tracker store and the Redis lock store, so any replica can take any turn of any conversation.
The balancer listens on the public RASA_PORT and ACTIONS_PORT, checks each replica every
second and stops sending to one that does not answer, and sends a request that could not
reach a replica to another one. A request a replica already received is never re-sent: an
action may have booked a call.
"""

from __future__ import annotations

import shutil
from dataclasses import dataclass
from pathlib import Path

INSTALL_HINT = "install it with scripts/install-haproxy.sh (Debian's haproxy package)"


@dataclass(frozen=True)
class Pool:
    name: str
    listen_port: int
    health_path: str
    server_ports: tuple[int, ...]


def haproxy_binary() -> str | None:
    return shutil.which("haproxy")


def render_config(pools: list[Pool], host: str = "127.0.0.1") -> str:
    lines = [
        "global",
        "  maxconn 4096",
        "defaults",
        "  mode http",
        "  timeout connect 2s",
        "  timeout client 120s",
        "  timeout server 120s",
        "  timeout http-request 30s",
        "  timeout check 10s",
        "  option redispatch",
        "  retries 3",
        "  retry-on conn-failure",
    ]
    for pool in pools:
        lines += [
            f"frontend {pool.name}",
            f"  bind {host}:{pool.listen_port}",
            f"  default_backend {pool.name}_replicas",
            f"backend {pool.name}_replicas",
            "  balance leastconn",
            f"  option httpchk GET {pool.health_path}",
            # a busy replica is not a dead one: a burst of turns can hold its event loop for seconds, so a
            # health check waits up to `timeout check` and three misses in a row take it out; a dead process
            # refuses connections at once and `retry-on conn-failure` sends the request to the other one
            "  default-server check inter 2s fall 3 rise 1",
            *(f"  server {pool.name}-{index} 127.0.0.1:{port}" for index, port in enumerate(pool.server_ports, 1)),
        ]
    return "\n".join(lines) + "\n"


def write_config(path: Path, pools: list[Pool]) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(render_config(pools), encoding="utf-8")
    return path
