"""`make bench`: run every benchmark, or the ones named (`python -m benchmarks nlu turns`)."""

from __future__ import annotations

import sys

from benchmarks import booking, compare, fuzz, nlu_adversarial, nlu_parse, profile, scale, turns

ALL = {"nlu": nlu_parse.main, "nlu_adversarial": nlu_adversarial.main, "turns": turns.main, "booking": booking.main, "fuzz": fuzz.main, "compare": compare.main,
       "profile": profile.main, "scale": scale.main}


def main() -> None:
    names = sys.argv[1:] or list(ALL)
    for name in names:
        ALL[name]()


if __name__ == "__main__":
    main()
