"""Garbage-collection pauses, timed through `gc.callbacks`, so a stall they explain is labelled `gc`."""
import gc
import threading
from typing import NamedTuple

from ..system import now

# Collections shorter than this cannot explain a stall worth reporting; not kept.
GC_KEEP_S = 0.001
GC_HISTORY = 256


class GcPause(NamedTuple):
    """One collection, perf_counter seconds."""

    start: float
    end: float


class GcWatch:
    """Keeps the last `GC_HISTORY` collections of `GC_KEEP_S` or longer, on any thread."""

    def __init__(self):
        self.pauses = []
        self._started = {}

    def install(self):
        gc.callbacks.append(self._on_gc)

    def uninstall(self):
        if self._on_gc in gc.callbacks:
            gc.callbacks.remove(self._on_gc)

    def _on_gc(self, phase, info):
        ident = threading.get_ident()
        if phase == "start":
            self._started[ident] = now()
            return
        started = self._started.pop(ident, None)
        if started is None:
            return
        finished = now()
        if finished - started >= GC_KEEP_S:
            pauses = self.pauses
            pauses.append(GcPause(started, finished))
            if len(pauses) > GC_HISTORY:
                del pauses[: len(pauses) - GC_HISTORY]


def gc_time_within(pauses, start, end):
    """Seconds of garbage collection between start and end."""
    return sum(max(0.0, min(end, b) - max(start, a)) for a, b in list(pauses))
