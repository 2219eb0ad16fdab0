"""`python -m benchmarks scale`: throughput with 1 and 2 Rasa replicas (and as many action
servers) behind HAProxy, on PostgreSQL and Redis, under the same closed loop as `compare`."""

from __future__ import annotations

import os
import tempfile
from pathlib import Path

from benchmarks.compare import _load, _p, _say
from benchmarks.conditions import describe
from benchmarks.turns import DIALOG
from tests.conftest import POSTGRES_URL, drop_schema, postgres_schema_url
from tests.e2e.stack import start_stack
from tests.model import trained_model

REDIS_URL = os.environ.get("TEST_REDIS_URL", "redis://127.0.0.1:6379/9")
VISITORS = 8


def main() -> None:
    trained_model()
    print(f"scale: {describe()}; PostgreSQL tracker store and database, Redis lock store")
    print(f"{'replicas':>9}{'turns/s':>10}{'p50 ms':>9}{'p95 ms':>9}")
    for replicas in (1, 2):
        url, schema = postgres_schema_url()
        with tempfile.TemporaryDirectory() as tmp:
            stack = start_stack(
                Path(tmp),
                url,
                RASA_REPLICAS=str(replicas),
                TRACKER_STORE_URL=POSTGRES_URL,
                POSTGRESQL_SCHEMA=schema,
                REDIS_URL=REDIS_URL,
            )
            try:
                say = _say(stack.rasa)
                _load(say, DIALOG[:3], 2)
                samples, rates = [], []
                for _ in range(3):
                    batch, rate = _load(say, DIALOG, VISITORS)
                    samples += batch
                    rates.append(rate)
            finally:
                stack.stop()
                drop_schema(schema)
        print(f"{replicas:>9}{sum(rates) / len(rates):>10.1f}{_p(samples, 0.5):>9.1f}{_p(samples, 0.95):>9.1f}")


if __name__ == "__main__":
    main()
