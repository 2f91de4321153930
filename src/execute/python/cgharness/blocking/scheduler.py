"""The loop thread's scheduler counters (Linux schedstat): how long it ran on a CPU and waited on a
run queue for one, which tells a stall the code caused from one the machine made.

They are read at the start of a loop turn's callbacks (`TurnReading`, by the detector's `turn`),
at the watchdog's first look at a long callback (`Look`), and at the callback's end."""
import os
from typing import NamedTuple

# Shortest stretch of a callback whose run-queue share is trusted for the whole callback.
MIN_OBSERVED_S = 0.001


class SchedReading(NamedTuple):
    """A thread's scheduler counters: ns on a CPU, ns waiting on a run queue for one."""

    running_ns: int
    waiting_ns: int


class Look(NamedTuple):
    """The counters when the watchdog first looked at a callback in progress."""

    # The callback's start, which tells it from the loop's next one.
    started: float
    at: float
    sched: SchedReading


class TurnReading(NamedTuple):
    """The counters when the loop's selector returned, at the start of a turn's callbacks."""

    at: float
    sched: SchedReading


class SchedulerSplit(NamedTuple):
    """A callback's seconds with its thread on a CPU, and waiting for one."""

    running_s: float
    waiting_s: float


_schedstat = {}


def sched_ns(native_id):
    """A thread's `SchedReading`, from Linux schedstat; or None.

    The file stays open per thread and is re-read in place: a read costs one pread."""
    if native_id is None:
        return None
    fd = _schedstat.get(native_id)
    try:
        if fd is None:
            fd = os.open("/proc/self/task/%d/schedstat" % native_id, os.O_RDONLY)
            _schedstat[native_id] = fd
        fields = os.pread(fd, 128, 0).split()
        return SchedReading(int(fields[0]), int(fields[1]))
    except (OSError, ValueError, IndexError, AttributeError):
        return None


def split_between(before, after):
    """The `SchedulerSplit` between two `SchedReading`s, or None when either is missing."""
    if before is None or after is None:
        return None
    return SchedulerSplit(max(0, after.running_ns - before.running_ns) / 1e9, max(0, after.waiting_ns - before.waiting_ns) / 1e9)


def usable_readings(slot, started):
    """The slot's (look, turn) readings that can time the callback that began at `started`: the
    watchdog's look at this very callback, and a turn reading taken before it; None for each not."""
    look = slot.look if slot.look is not None and slot.look.started == started else None
    turn = slot.turn if slot.turn is not None and slot.turn.at <= started else None
    return look, turn


def scheduler_split(look, turn, end, started, finished, extrapolate):
    """The `SchedulerSplit` of the callback over [started, finished], from the readings before it
    (`look`, `turn`, either may be None, not both) and the one at its end (`end`).

    With `extrapolate`, the shares seen since the watchdog's look are taken for the whole callback.
    Otherwise the split is conservative, so that a stall is only blamed on the machine when what
    was seen is enough: the running time is the least of what each reading allows (the time before
    a reading counts as running), and the waiting the most that each reading proves (waiting since
    the turn began, less the time before the callback, which may all have been waiting too)."""
    duration = finished - started
    split = None
    if look is not None:
        observed = finished - look.at
        ran = max(0, end.running_ns - look.sched.running_ns) / 1e9
        waited = max(0, end.waiting_ns - look.sched.waiting_ns) / 1e9
        if extrapolate and observed >= MIN_OBSERVED_S:
            return SchedulerSplit(min(duration, ran * duration / observed), min(duration, waited * duration / observed))
        split = (ran + (look.at - started), waited)
    if turn is not None:
        before = started - turn.at
        ran = min(duration, max(0, end.running_ns - turn.sched.running_ns) / 1e9)
        waited = min(duration, max(0.0, max(0, end.waiting_ns - turn.sched.waiting_ns) / 1e9 - before))
        split = (ran, waited) if split is None else (min(split[0], ran), max(split[1], waited))
    return SchedulerSplit(*split) if split is not None else None
