"""Running threads so that races show up in a short test: the interpreter switches threads
every few microseconds instead of every 5 ms, so threads interleave in the middle of reads and
writes that a normal run would finish in one slice."""

from __future__ import annotations

import sys
import threading


def run_racing(threads: list[threading.Thread], switch_interval: float = 1e-6) -> None:
    """Start `threads`, wait for all, with the switch interval at `switch_interval` seconds."""
    interval = sys.getswitchinterval()
    sys.setswitchinterval(switch_interval)
    try:
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join()
    finally:
        sys.setswitchinterval(interval)
