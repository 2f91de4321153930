"""One asyncio loop's health over the measured window: lag of a periodic timer, and utilization."""
import threading

from .blocking.scheduler import sched_ns, split_between
from .histogram import Histogram
from .system import now

INTERVAL_S = 0.01


class LoopProbe:
    """Times the loop's selector (idle time, iterations) and, once started, a 10 ms timer's lateness
    (a timer late by the block threshold is passed to the stall detector, which reports it unless a
    long callback explains it).

    Lag is how late the timer ran past its due time: a loop busy in a callback runs it late by
    however long the callback kept the loop. Utilization is the share of the window the loop spent
    outside its selector wait, i.e. running callbacks.
    """

    def __init__(self, loop, name, lag=True, detector=None):
        self.loop = loop
        self.name = name
        self.lag = lag
        self.turns = 0
        self.idle = 0.0
        self.window_start = None
        self.window_end = None
        self.delays = Histogram()
        self.samples = 0
        self.due = 0.0
        self.handle = None
        self.detector = detector
        self.native_id = None
        self.sched = None
        self.hooked = self._hook_selector()

    def _hook_selector(self):
        selector = getattr(self.loop, "_selector", None)
        select = getattr(selector, "select", None)
        if select is None:
            return False
        probe = self
        loop = self.loop
        detector = self.detector

        def timed_select(timeout=None):
            probe.turns += 1
            started = now()
            try:
                return select(timeout)
            finally:
                finished = now()
                probe.idle += finished - started
                if detector is not None:
                    detector.turn(loop, finished)

        try:
            selector.select = timed_select
        except (AttributeError, TypeError):
            return False
        return True

    def loop_turns(self):
        return self.turns

    def start(self):
        """Called on the loop's own thread when the measured window begins."""
        self.native_id = getattr(threading, "get_native_id", lambda: None)()
        self.sched = sched_ns(self.native_id) if self.detector is not None else None
        self.window_start = now()
        self.idle = 0.0
        if self.lag:
            self.due = self.window_start + INTERVAL_S
            self.handle = self.loop.call_later(INTERVAL_S, self._tick)
            if self.detector is not None:
                self.detector.timer_due(self.loop, self.due)

    def _tick(self):
        ran = now()
        late = ran - self.due
        self.delays.record(max(0.0, late) * 1000.0)
        detector = self.detector
        if detector is not None:
            reading = sched_ns(self.native_id)
            if late >= detector.block_s:
                # The thread's time on a CPU and waiting for one since the last tick: a bound on
                # what it did during the lateness.
                detector.starved(self.loop, self.name, self.due, ran, split_between(self.sched, reading))
            self.sched = reading
        self.samples += 1
        self.due = ran + INTERVAL_S
        self.handle = self.loop.call_later(INTERVAL_S, self._tick)
        if detector is not None:
            detector.timer_due(self.loop, self.due)

    def stop(self):
        self.window_end = now()
        if self.detector is not None:
            self.detector.timer_due(self.loop, 0.0)
        if self.handle is not None:
            self.handle.cancel()
            self.handle = None

    def stats(self):
        start = self.window_start if self.window_start is not None else now()
        end = self.window_end if self.window_end is not None else now()
        span = end - start
        utilization = 0.0
        if self.hooked and span > 0:
            utilization = min(1.0, max(0.0, 1.0 - self.idle / span))
        has = self.samples > 0
        return {
            "loop": self.name,
            "delayMs": {
                "p50": self.delays.quantile(0.5) if has else 0.0,
                "p99": self.delays.quantile(0.99) if has else 0.0,
                "max": self.delays.max if has else 0.0,
            },
            "utilization": utilization,
        }
