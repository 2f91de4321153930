"""The chain drivers: the same semantics as the Node runner's drive.ts.

Warm-up first (not counted), then the measured window. An operation counts when it starts inside
the window; the window ends when the last operation completes, so throughput = ops / that time.
"""
import asyncio
import threading
from collections import deque

from .errors import ErrorTally
from .histogram import Histogram
from .scenario import describe, error_info
from .system import now

NEVER = float("inf")


class Window:
    """The measured window, shared by every member of a pool.

    It opens once every member is running, or `warmup` after the pool was let go if some are not
    running yet; the measured time starts `warmup` after it opens. Waking a thousand threads on a
    GIL build can take seconds on a busy machine: members that join after the measured time began
    are counted (`late`) rather than waited for without end.
    """

    def __init__(self, warmup_s, duration_s, members=1, on_measure=None):
        self.warmup_s = warmup_s
        self.duration_s = duration_s
        self.start = NEVER
        self.end = NEVER
        self.deadline = NEVER
        self.pending = True
        self.waiting = members
        self.late = 0
        self.on_measure = on_measure
        self.measuring = False
        self.lock = threading.Lock()

    def go(self, at):
        """The pool is let go: the window opens by `at + warmup` at the latest."""
        self.deadline = at + self.warmup_s

    def join(self):
        """A member starts driving; the last one opens the window."""
        moment = now()
        with self.lock:
            self.waiting -= 1
            last = self.waiting == 0
            if moment > self.start:
                self.late += 1
        if last:
            self.open(moment)

    def poll(self, moment):
        """Called per operation while the window is not open: opens it at the deadline."""
        if moment >= self.deadline:
            self.open(moment)

    def open(self, begin):
        with self.lock:
            if not self.pending:
                return
            self.pending = False
            start = begin + self.warmup_s
            self.end = start + self.duration_s
            self.start = start

    def mark(self):
        """The first operation of the window starts: whoever sees it first runs `on_measure` (the
        process's CPU snapshot), on time even when the main thread waits for the GIL."""
        if self.measuring:
            return
        with self.lock:
            if self.measuring:
                return
            self.measuring = True
        if self.on_measure is not None:
            self.on_measure()


class DriveResult:
    """`ops`: operations that started in the window and completed; `errors`: those that raised,
    counted by kind in `tally` and never as completed work (not in `ops`, nor in the histogram)."""

    def __init__(self):
        self.ops = 0
        self.errors = 0
        self.tally = ErrorTally(describe)
        self.histogram = Histogram()
        self.start = 0.0
        self.end = 0.0
        self.first_error = None


async def drive_async(run, state, in_flight, window, on_measure_start=None, loop_turns=None):
    """Runs `in_flight` concurrent chains of `run` on the running loop.

    A sync `run` is called on the loop and blocks it for its whole duration (that is what gets
    measured); the chain then yields to the loop, the way separate requests would. An async `run`
    that finished without ever suspending is followed by a yield too, so one chain cannot keep the
    loop to itself: `loop_turns()` counts the loop's iterations to tell the two apart.
    """
    result = DriveResult()
    last_finish = [0.0]
    measuring = [False]
    histogram = result.histogram
    sleep = asyncio.sleep

    def mark():
        if not measuring[0]:
            measuring[0] = True
            if on_measure_start is not None:
                on_measure_start()

    async def chain():
        while True:
            started = now()
            if window.pending:
                window.poll(started)
            if started >= window.end:
                return
            counted = started >= window.start
            if counted and not measuring[0]:
                mark()
            turns = loop_turns() if loop_turns is not None else None
            suspended = False
            try:
                outcome = run(state)
                if hasattr(outcome, "__await__"):
                    await outcome
                    suspended = turns is None or loop_turns() != turns
                finished = now()
                if counted:
                    result.ops += 1
                    histogram.record((finished - started) * 1000.0)
                    if finished > last_finish[0]:
                        last_finish[0] = finished
            except Exception as error:
                if counted:
                    result.errors += 1
                    finished = now()
                    if finished > last_finish[0]:
                        last_finish[0] = finished
                    result.tally.add(error)
                if result.first_error is None:
                    result.first_error = error_info(error)
            if not suspended:
                await sleep(0)

    window.join()
    await asyncio.gather(*[chain() for _ in range(in_flight)])
    mark()
    result.start = window.start
    result.end = max(last_finish[0], window.start)
    return result


def drive_sync(run, state, in_flight, window, on_measure_start=None):
    """One thread (or process) calling a sync `run` back to back, the way a pool worker serves a queue.

    With several operations in flight on one worker they queue (a ThreadPoolExecutor with fewer
    threads than requests): each chain submits its next operation when its last one completes, the
    worker serves submissions in order, and latency runs from submission to completion.
    """
    result = DriveResult()
    window.join()
    last_finish = 0.0
    measuring = False
    histogram = result.histogram
    submitted = deque([now()] * in_flight)
    while submitted:
        started = submitted.popleft()
        if window.pending:
            window.poll(now())
        if started >= window.end:
            continue
        counted = started >= window.start
        if not measuring and now() >= window.start:
            measuring = True
            if on_measure_start is not None:
                on_measure_start()
        try:
            run(state)
            finished = now()
            if counted:
                result.ops += 1
                histogram.record((finished - started) * 1000.0)
                if finished > last_finish:
                    last_finish = finished
        except Exception as error:
            finished = now()
            if counted:
                result.errors += 1
                result.tally.add(error)
                if finished > last_finish:
                    last_finish = finished
            if result.first_error is None:
                result.first_error = error_info(error, 1)
        submitted.append(finished)
    if not measuring and on_measure_start is not None:
        on_measure_start()
    result.start = window.start
    result.end = max(last_finish, window.start)
    return result
