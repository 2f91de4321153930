"""The watchdog thread: every tick it looks at the callbacks in progress, and while one has run for
half the threshold or more it reads the scheduler counters once (`scheduler.Look`) and samples the
loop thread's frame (`sys._current_frames()`). While a loop's probe timer is overdue by a quarter
threshold it samples that loop too, into the slot's `span`, more often: a turn of many short
callbacks has no long one to sample. It needs the GIL to look."""
import sys
import threading
import time
from typing import NamedTuple, Optional

from ..system import now
from .frames import in_harness
from .scheduler import Look, sched_ns

STACK_DEPTH = 8
# Samples kept per overdue timer; a loop starved for seconds would otherwise grow the list.
SPAN_SAMPLES = 2000


class FrameSample(NamedTuple):
    """One look at a loop thread's stack."""

    # The deepest repository frame as a stall site; None when no frame of the stack is the repository's.
    site: Optional[dict]
    # Between two bytecodes (running Python, or waiting for the GIL) rather than inside a call.
    bytecode: bool
    # When it was taken, and the start of the callback then in progress (0.0 between callbacks).
    at: float = 0.0
    callback: float = 0.0
    # Without a repository frame: the module of the innermost frame (not the harness's), where the time went.
    module: Optional[str] = None


class Watchdog:
    """Samples the loops of `slots` (loop -> `callback_hook.LoopSlot`) until `stopping` is set."""

    def __init__(self, slots, frames, block_s, stopping):
        self.slots = slots
        self.frames = frames
        self.stopping = stopping
        self.sample_after_s = block_s / 2.0
        self.tick_s = min(0.01, max(0.001, block_s / 2.0))
        self.span_after_s = block_s / 4.0
        # While a timer is overdue; a thread running Python yields the GIL every switch interval
        # (5 ms by default) at most, which bounds how many samples a turn actually gets.
        self.fast_tick_s = max(0.001, block_s / 8.0)
        self.thread = threading.Thread(target=self._watch, name="concurrency-guard watchdog", daemon=True)

    def start(self):
        self.thread.start()

    def _watch(self):
        frames_of = sys._current_frames
        tick = self.tick_s
        sample_after = self.sample_after_s
        span_after = self.span_after_s
        wait = tick
        while not self.stopping.is_set():
            time.sleep(wait)
            moment = now()
            slots = list(self.slots.values())
            overdue = [(slot, slot.started) for slot in slots if slot.started and moment - slot.started >= sample_after]
            spans = [(slot, slot.started, slot.due) for slot in slots if slot.due and moment - slot.due >= span_after]
            wait = self.fast_tick_s if spans else tick
            if not overdue and not spans:
                continue
            for slot, started in overdue:
                look = slot.look
                if look is None or look.started != started:
                    sched = sched_ns(slot.native_id)
                    slot.look = Look(started, moment, sched) if sched is not None else None
            frames = frames_of()
            taken = {}
            for slot, started in overdue:
                sample = self._sample(frames, slot, started, moment)
                taken[id(slot)] = (started, sample)
                if sample is not None and slot.started == started:
                    slot.samples.append(sample)
            for slot, started, due in spans:
                known = taken.get(id(slot))
                sample = known[1] if known is not None and known[0] == started else self._sample(frames, slot, started, moment)
                span = slot.span
                if sample is not None and slot.due == due and len(span) < SPAN_SAMPLES:
                    span.append(sample)
            del frames

    def _sample(self, frames, slot, started, moment):
        frame = frames.get(slot.thread)
        if frame is None or slot.started != started:
            return None
        try:
            return sample_frame(self.frames, frame)._replace(at=moment, callback=started)
        except Exception:
            return None


def sample_frame(frames, frame):
    """The `FrameSample` of this stack: its deepest frame in the repository (`frames`, a
    `RepoFrames`) as a stall site, with the API it is calling and the repository frames above it."""
    stack = []
    while frame is not None:
        stack.append(frame)
        frame = frame.f_back
    # A thread inside a call into C (a syscall, a C function holding the GIL) is blocked by that
    # call; a thread between two bytecodes was running Python, or waiting for the GIL. The
    # harness's own hooks (the GC callback) are not part of the stack.
    outside = [f for f in stack if not in_harness(f.f_code.co_filename)]
    in_call = bool(outside) and frames.at_call(outside[0])
    index = next((i for i, f in enumerate(stack) if frames.in_repo(f.f_code.co_filename)), None)
    if index is None:
        module = outside[0].f_globals.get("__name__") if outside else None
        return FrameSample(None, not in_call, module=module[:200] if module else None)
    frame = stack[index]
    site = frames.site(frame.f_code, frame.f_lineno, "frame-sample")
    # In a call, the API is the library function the repository frame called, or the call on
    # its line; running Python, there is none.
    if in_call:
        callee = stack[index - 1] if index > 0 else None
        if callee is not None and not in_harness(callee.f_code.co_filename):
            module = callee.f_globals.get("__name__", "")
            # asyncio's own functions never block: a thread caught in one was preempted or
            # waiting for the GIL, and naming it would pass for a blocking call.
            if module != "asyncio" and not module.startswith("asyncio."):
                site["api"] = (module + "." if module else "") + callee.f_code.co_name
        else:
            api = frames.called_name(frame)
            if api:
                site["api"] = api
    site["stack"] = [
        "%s (%s:%d)" % (getattr(f.f_code, "co_qualname", f.f_code.co_name), frames.relative(f.f_code.co_filename), f.f_lineno)
        for f in stack[index:]
        if frames.in_repo(f.f_code.co_filename)
    ][:STACK_DEPTH]
    return FrameSample(site, not in_call)
