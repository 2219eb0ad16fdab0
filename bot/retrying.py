"""The one retry policy: what counts as a passing failure, and how long to wait before trying again.

Everything that waits on the outside world (the database in a turn, the transcript writer, the
outbox) retries the same failures with the same doubling backoff, on tenacity; only the scale
differs, because a visitor waits a second where a background worker can wait an hour.
Anything not transient (a constraint violated, a bug) fails at once: retrying cannot mend it.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import timedelta

from sqlalchemy.exc import DisconnectionError, IntegrityError, InterfaceError, OperationalError
from sqlalchemy.exc import TimeoutError as PoolTimeout
from tenacity import RetryCallState, retry_if_exception, retry_if_exception_type, wait_exponential

# The database went away, a connection dropped, the pool ran dry, the network failed.
TRANSIENT: tuple[type[BaseException], ...] = (
    OperationalError,
    InterfaceError,
    DisconnectionError,
    PoolTimeout,
    OSError,
)
retry_if_transient = retry_if_exception_type(TRANSIENT)


def lost_race(error: BaseException) -> bool:
    """A unique key taken a moment earlier by a concurrent writer (the transcript writer and a
    turn both saving a new chat). Work that reads before it writes, run again, finds the winner's
    row; any other constraint violated is a bug and is not retried."""
    if not isinstance(error, IntegrityError):
        return False
    return getattr(error.orig, "pgcode", None) == "23505" or "UNIQUE constraint failed" in str(error.orig)


# In a turn: the passing failures, and a race lost to another writer (bounded by the turn's attempts).
retry_in_turn = retry_if_transient | retry_if_exception(lost_race)


@dataclass(frozen=True)
class Backoff:
    """Wait `first` seconds after the first failure, doubling after each one, never above `most`."""

    first: float
    most: float

    @property
    def wait(self) -> wait_exponential:
        return wait_exponential(multiplier=self.first, exp_base=2, min=self.first, max=self.most)

    def after(self, failures: int) -> timedelta:
        """The wait after `failures` failures in a row, for retries scheduled in a table
        rather than slept through (the outbox)."""
        state = RetryCallState(retry_object=None, fn=None, args=(), kwargs={})  # type: ignore[arg-type]
        state.attempt_number = max(1, failures)
        return timedelta(seconds=self.wait(state))


# A visitor is waiting: four attempts within about a second.
IN_TURN = Backoff(first=0.1, most=0.5)
IN_TURN_ATTEMPTS = 4
# The transcript writer, off the reply path: until the database is back.
BACKGROUND = Backoff(first=0.2, most=30.0)
# Emails, webhooks and erasures in the outbox: 10 s, 20 s, ... up to an hour between attempts.
OUTBOX = Backoff(first=10.0, most=3600.0)
