"""Rasa's own command line as our server runs it: with bot.rasa_plugins installed in the process.

`python -m bot.runner.rasa_cli test core ...` is `rasa test core ...` with the same model loading
and checks as the running assistant (the story tests use it)."""

from __future__ import annotations

import sys


def install_plugins() -> None:
    """The process-wide patches of bot.rasa_plugins, before Rasa loads a model or runs an action."""
    from bot.rasa_plugins import action_response, event_types, model_loading

    action_response.install()
    event_types.install()
    model_loading.install()


def main() -> None:
    from rasa.__main__ import main as rasa_main

    install_plugins()
    sys.argv = ["rasa", *sys.argv[1:]]
    rasa_main()


if __name__ == "__main__":
    main()
