"""`make bench`: run every benchmark, or the ones named (`python -m benchmarks nlu turns`)."""

from __future__ import annotations

import sys

from benchmarks import booking, compare, fuzz, nlu_adversarial, nlu_parse, profile, scale, studio, turns

ALL = {
    "nlu": nlu_parse.main,
    "nlu_adversarial": nlu_adversarial.main,
    "turns": turns.main,
    "booking": booking.main,
    "fuzz": fuzz.main,
    "compare": compare.main,
    "profile": profile.main,
    "scale": scale.main,
    "studio": studio.main,
}


ALIASES = {"nlu_parse": "nlu"}  # the module's name works too


def main() -> None:
    names = [ALIASES.get(name, name) for name in sys.argv[1:]] or list(ALL)
    unknown = [name for name in names if name not in ALL]
    if unknown:
        sys.exit(f"benchmarks: no benchmark called {', '.join(unknown)}; choose from {', '.join(ALL)}")
    for name in names:
        ALL[name]()


if __name__ == "__main__":
    main()
