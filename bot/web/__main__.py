"""python -m bot.web --port 8080"""

from __future__ import annotations

import argparse
import logging

from aiohttp import web
from aiohttp.abc import AbstractAccessLogger

from bot.lifeline import end_with_parent
from bot.settings import get_settings
from bot.web.app import create_app


class PathOnlyAccessLogger(AbstractAccessLogger):
    """Access lines without query strings: conversation tokens and emails travel there."""

    def log(self, request: web.BaseRequest, response: web.StreamResponse, time: float) -> None:
        self.logger.info('%s "%s %s" %s %.3fs', request.remote, request.method, request.path, response.status, time)


def main() -> None:
    parser = argparse.ArgumentParser(description="Run the web app (pricing page, widget, inbox, API)")
    parser.add_argument("--host", default="0.0.0.0")
    parser.add_argument("--port", type=int, default=None)
    parser.add_argument("--reuse-port", action="store_true", help="share the port with other web workers")
    args = parser.parse_args()
    settings = get_settings()
    logging.basicConfig(level=logging.INFO, format="%(asctime)s web %(levelname)s %(message)s")
    end_with_parent()
    web.run_app(
        create_app(settings),
        host=args.host,
        port=args.port or settings.web_port,
        print=None,
        access_log_class=PathOnlyAccessLogger,
        reuse_port=args.reuse_port or None,
    )


if __name__ == "__main__":
    main()
