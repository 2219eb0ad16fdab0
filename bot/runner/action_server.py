"""The action server (rasa_sdk's) behind a shared token: only Rasa may run our actions.

Rasa sends `Authorization: Bearer $ACTIONS_TOKEN` (bot/runner/endpoints.py puts it in the
endpoints file). Without a token the server listens on 127.0.0.1 only, or refuses to start: an
action server open to the network would let anyone write leads and book meetings.
`python -m bot.runner.action_server --port 5055` replaces `python -m rasa_sdk --actions actions`.
"""

from __future__ import annotations

import argparse
import logging
import os
import sys

from bot.bearer import same_secret
from bot.lifeline import end_with_parent

logger = logging.getLogger(__name__)
OPEN_PATHS = ("/health",)  # probes and the runner's readiness check
LOOPBACK = ("127.0.0.1", "localhost", "::1")


def build_app(token: str):  # type: ignore[no-untyped-def]  # a Sanic app (rasa_sdk's)
    from rasa_sdk.endpoint import create_app
    from rasa_sdk.plugin import plugin_manager
    from sanic import response

    app = create_app("actions", cors_origins=[])
    plugin_manager().hook.attach_sanic_app_extensions(app=app)

    @app.middleware("request")
    async def only_rasa(request):  # type: ignore[no-untyped-def]
        if request.path in OPEN_PATHS or not token:
            return None
        given = request.headers.get("authorization", "")
        if not (given.startswith("Bearer ") and same_secret(given.removeprefix("Bearer "), token)):
            return response.json({"error": "this action server answers Rasa only (ACTIONS_TOKEN)"}, status=401)
        return None

    return app


def start_problem(token: str, host: str) -> str | None:
    if not token and host not in LOOPBACK:
        return (
            f"ACTIONS_TOKEN is not set and the action server would listen on {host}: "
            "set it (and the same value for Rasa)"
        )
    return None


def main() -> int:
    parser = argparse.ArgumentParser(description="the action server, answering Rasa only")
    parser.add_argument("--port", type=int, default=5055)
    args = parser.parse_args()
    token, host = os.environ.get("ACTIONS_TOKEN", ""), os.environ.get("SANIC_HOST", "0.0.0.0")
    problem = start_problem(token, host)
    if problem:
        print(f"action server: {problem}", file=sys.stderr, flush=True)
        return 2
    logging.basicConfig(level=logging.INFO, format="%(asctime)s %(name)s %(levelname)s %(message)s")
    end_with_parent()
    from rasa_sdk import utils

    build_app(token).run(host, args.port, workers=utils.number_of_sanic_workers(), access_log=False)
    return 0


if __name__ == "__main__":
    sys.exit(main())
