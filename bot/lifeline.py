"""A process the product starts ends when the process that started it is gone.

The supervisor, the web app (studio trainings and previews) and a preview (its action server) stop
what they started on a clean shutdown. A SIGKILL, an OOM kill or a crash skips that, and what they
started kept serving, holding ports and CPU, re-parented to init, with nobody able to stop it from
the product. The starter names itself in the child's environment; the child watches its parent and,
once re-parented, ends its process group as the starter would have (SIGTERM, so cleanups run).
A process started any other way (by hand, by systemd, in a container) is left alone.
"""

from __future__ import annotations

import os
import signal
import threading
import time
from collections.abc import Mapping

PARENT_VARIABLE = "PRODUCT_PARENT_PID"
POLL_SECONDS = 1.0


def started_by_me(env: Mapping[str, str]) -> dict[str, str]:
    """The environment for a child that should not outlive this process."""
    return {**env, PARENT_VARIABLE: str(os.getpid())}


def end_with_parent(poll_seconds: float = POLL_SECONDS) -> bool:
    """Watch the parent in a daemon thread when it asked for it; True when watching. A variable
    inherited from further up (it names another process than the parent) is not a request."""
    try:
        parent = int(os.environ.get(PARENT_VARIABLE, ""))
    except ValueError:
        return False
    if parent != os.getppid():
        return False

    def watch() -> None:
        while os.getppid() == parent:
            time.sleep(poll_seconds)
        own_group = os.getpgid(0) == os.getpid()  # started in a session of its own: its children too
        if own_group:
            os.killpg(os.getpid(), signal.SIGTERM)
        else:
            os.kill(os.getpid(), signal.SIGTERM)

    threading.Thread(target=watch, name="lifeline", daemon=True).start()
    return True
