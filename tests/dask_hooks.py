"""Test-only Dask worker plugin: articles that kill or stall their worker, by a marker in their text.

Registered only by tests/test_distributed.py on its own LocalCluster; it wraps ``vnnews.reader.decode``
inside the worker processes, so the production code has no hook of its own. An article holding
``POISON`` kills its worker every time it is read (SIGKILL to its own pid); one holding ``STALL``
writes its worker's pid to ``<flags>/stalled.pid`` and waits to be killed from outside, the first
time only (the retry, on a fresh worker, finds the pid file and goes on).
"""

from __future__ import annotations

import os
import signal
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

from distributed import WorkerPlugin
from distributed.worker import Worker

POISON = b"VNNEWS-TEST-POISON"
STALL = b"VNNEWS-TEST-STALL"
STALL_SECONDS = 60


class Hooks(WorkerPlugin):
    """Wrap the decoder of every worker process (those restarted after a death included)."""

    name = "vnnews-test-hooks"

    def __init__(self, flags: Path) -> None:
        self.flags = flags

    def setup(self, worker: Worker) -> None:
        from vnnews import reader

        decode: Callable[..., tuple[str, str]] = getattr(reader.decode, "__wrapped__", reader.decode)
        flags = self.flags

        def hooked(data: bytes, *args: Any, **kwargs: Any) -> tuple[str, str]:
            if POISON in data:
                os.kill(os.getpid(), signal.SIGKILL)
            pid_file = flags / "stalled.pid"
            if STALL in data and not pid_file.exists():
                tmp = flags / f".pid.{os.getpid()}"
                tmp.write_text(str(os.getpid()))
                tmp.rename(pid_file)
                time.sleep(STALL_SECONDS)
            return decode(data, *args, **kwargs)

        hooked.__wrapped__ = decode  # type: ignore[attr-defined]
        reader.decode = hooked
