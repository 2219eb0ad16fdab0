"""The conditions a benchmark ran under, printed with its figures."""

from __future__ import annotations

import os
import platform
import statistics


def describe() -> str:
    cpus = os.cpu_count()
    return f"python {platform.python_version()}, {cpus} cpus, {platform.machine()}, {platform.system()}"


def percentiles(samples_ms: list[float]) -> str:
    ordered = sorted(samples_ms)
    p50 = statistics.median(ordered)
    p95 = ordered[min(len(ordered) - 1, int(len(ordered) * 0.95))]
    return f"p50 {p50:.2f} ms, p95 {p95:.2f} ms, n={len(ordered)}"
