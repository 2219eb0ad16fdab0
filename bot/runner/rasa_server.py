"""`rasa run` with its auth token taken from the environment.

A token on the command line shows in `ps` to every user of the machine; here it only ever
lives in this process's environment and memory.
"""

from __future__ import annotations

import os
import sys


def main() -> None:
    from rasa.__main__ import main as rasa_main

    from bot.lifeline import end_with_parent
    from bot.runner.rasa_cli import install_plugins

    install_plugins()
    end_with_parent()
    token = os.environ.get("RASA_TOKEN", "")
    if not token:
        raise SystemExit("rasa_server: RASA_TOKEN must be set")
    sys.argv = ["rasa", "run", *sys.argv[1:], "--auth-token", token]
    rasa_main()


if __name__ == "__main__":
    main()
