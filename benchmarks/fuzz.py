"""`python -m benchmarks fuzz`: hostile generated input through the running stack, summarized.

Runs tests/e2e/test_fuzz.py (hypothesis: 1,600 messages and 400 request bodies through POST /chat,
then a normal visitor) and prints its summary: statuses, 5xx, empty replies and latency.
"""

from __future__ import annotations

import sys

import pytest


def main() -> None:
    code = pytest.main(["-p", "no:cacheprovider", "-q", "tests/e2e/test_fuzz.py"])
    if code:
        sys.exit(int(code))
