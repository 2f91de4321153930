"""Turns what the detector saw into stalls as the results file has them: each with its timing, its
labels (starvation, GC, the GIL, the machine's) and its site. Pure: the detector and the watchdog
gather, this decides."""
from typing import NamedTuple, Optional

from ..system import epoch_ms
from .attribute import attribute_span, attribute_stall, running_python, top_module
from .gc_pauses import gc_time_within


class CallbackEvidence(NamedTuple):
    """What was seen of one callback that ran for the threshold or longer (perf_counter seconds)."""

    loop: str
    start: float
    end: float
    # The watchdog's `FrameSample`s of it, in the order taken.
    samples: list
    # Its `scheduler.SchedulerSplit`; None where the kernel does not say or nothing was read before it.
    split: Optional[tuple]


class SpanEvidence(NamedTuple):
    """What was seen while the loop probe's timer, due at `start`, waited until `end` to run."""

    loop: str
    start: float
    end: float
    # The watchdog's `FrameSample`s taken meanwhile, whatever callback was running.
    samples: list
    # The thread's `scheduler.SchedulerSplit` since the timer's previous run (a bound on the
    # lateness's); None where the kernel does not say.
    split: Optional[tuple]


class Stall(NamedTuple):
    """A stall as kept: its loop and span (perf_counter seconds), and its entry in the results file."""

    loop: str
    start: float
    end: float
    result: dict


def callback_stall(evidence, block_s, gc_pauses, watched, others_want_the_gil, name_callback):
    """The stall a long callback was. `watched`: a watchdog thread is sampling; `others_want_the_gil()`:
    whether threads besides the loop's and the quiet ones can hold the GIL (asked only when needed);
    `name_callback()`: the callback's site when no sample was taken (see `attribute.callback_site`)."""
    loop, started, finished, samples, split = evidence
    duration = finished - started
    if split is not None and duration - split.waiting_s < block_s:
        # Without its wait for a CPU, the callback would not have been a stall: the machine made it.
        return stall(loop, started, finished, None, gc_pauses, descheduled=True, waiting_s=split.waiting_s)
    if running_python(samples) and split is not None and split.running_s + split.waiting_s < duration - block_s and others_want_the_gil():
        # Between two bytecodes in every sample, yet the thread neither ran nor waited for a
        # CPU for most of the callback: it waited for the GIL another thread held.
        gil_wait_s = duration - split.running_s - split.waiting_s
        return stall(loop, started, finished, None, gc_pauses, gil_wait=True, gil_wait_s=gil_wait_s, waiting_s=split.waiting_s)
    if not samples and watched and others_want_the_gil():
        # The watchdog, which needs the GIL to look, never got it during the callback while
        # other threads want it too: the GIL was the bottleneck, no line can be named.
        return stall(loop, started, finished, None, gc_pauses, gil_wait=True)
    if watched and split is not None and split.running_s < block_s and not any(s.site is not None for s in samples) and others_want_the_gil():
        # The thread ran for less than the threshold (at most), no repository code on its stack,
        # and it was not waiting for a CPU: it waited for the GIL another thread held.
        gil_wait_s = max(0.0, duration - split.running_s - split.waiting_s)
        return stall(loop, started, finished, None, gc_pauses, gil_wait=True, gil_wait_s=gil_wait_s, waiting_s=split.waiting_s, running_s=split.running_s)
    site = attribute_stall(samples, name_callback)
    elsewhere = top_module(samples) if site is None else None
    waiting_s, running_s = (split.waiting_s, split.running_s) if split is not None else (None, None)
    return stall(loop, started, finished, site, gc_pauses, waiting_s=waiting_s, running_s=running_s, elsewhere=elsewhere, unsampled=watched and not samples)


def starvation_stall(evidence, block_s, gc_pauses, others_want_the_gil):
    """The loop probe's timer ran late by the threshold or more with no long callback to explain
    it: the turns meanwhile, each callback under the threshold, kept the loop from its timers.

    Mostly waiting for a CPU: `descheduled`. Its thread ran for less than the threshold (at most)
    while other threads want the GIL, and no repository code was caught in a call: `gilWait`.
    Otherwise the site is the place the samples saw most (`attribute.attribute_span`), with its
    share of the samples and the callbacks they fell in; no site when that place is outside the
    repository, and `elsewhere` names its module."""
    loop, due, ran, samples, split = evidence
    late = ran - due
    if split is not None and late - split.waiting_s < block_s:
        return stall(loop, due, ran, None, gc_pauses, starvation=True, descheduled=True, waiting_s=split.waiting_s)
    waiting_s = min(late, split.waiting_s) if split is not None else None
    running_s = min(late, split.running_s) if split is not None else None
    if running_s is not None and running_s < block_s and not any(s.site is not None and not s.bytecode for s in samples) and others_want_the_gil():
        gil_wait_s = max(0.0, late - running_s - waiting_s)
        return stall(loop, due, ran, None, gc_pauses, starvation=True, gil_wait=True, gil_wait_s=gil_wait_s, waiting_s=waiting_s, running_s=running_s)
    site, elsewhere = attribute_span(samples)
    return stall(loop, due, ran, site, gc_pauses, starvation=True, waiting_s=waiting_s, running_s=running_s, elsewhere=elsewhere, unsampled=not samples)


def explained_by(stalls, loop, due, ran):
    """Whether the `Stall`s kept (callbacks' stalls) of this loop cover half of a late timer's
    lateness or more (as the Node detector judges it): then the lateness is those stalls. A turn
    of many callbacks in which one ran long is still a turn."""
    covered = sum(max(0.0, min(ran, s.end) - max(due, s.start)) for s in stalls if s.loop == loop)
    return covered >= 0.5 * (ran - due)


def stall(loop, started, finished, site, gc_pauses, starvation=False, descheduled=False, gil_wait=False, gil_wait_s=None, waiting_s=None, running_s=None, elsewhere=None, unsampled=False):
    """A `Stall` over [started, finished]. A GIL wait is never `descheduled`; `gilWaitMs` is there
    when the wait was measured; `gcMs` when collection ran during it, and `gc` when that is half of
    it; `elsewhere`, the module most of an unattributed stall was spent in; `unsampled` when the
    watchdog took no sample of a late timer's turns (it needs the GIL, which a thread running Python
    yields once per switch interval: a threshold that short leaves it no time)."""
    result = {
        "loop": loop,
        "startEpochMs": epoch_ms(started),
        "durationMs": (finished - started) * 1000.0,
    }
    if starvation:
        result["starvation"] = True
    if gil_wait:
        result["gilWait"] = True
        if gil_wait_s is not None:
            result["gilWaitMs"] = gil_wait_s * 1000.0
    elif descheduled:
        result["descheduled"] = True
    if running_s is not None:
        result["cpuMs"] = running_s * 1000.0
    if waiting_s is not None:
        result["waitingMs"] = waiting_s * 1000.0
    gc_s = gc_time_within(gc_pauses, started, finished)
    if gc_s > 0:
        result["gcMs"] = gc_s * 1000.0
        if gc_s * 2 >= finished - started:
            result["gc"] = True
    if site is not None:
        result["site"] = site
    elif elsewhere:
        result["elsewhere"] = elsewhere
    elif unsampled:
        result["unsampled"] = True
    return Stall(loop, started, finished, result)
