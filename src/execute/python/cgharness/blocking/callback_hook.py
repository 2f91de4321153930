"""The loop's side of the detector: each watched loop has a slot, and every callback it runs is
timed there by a wrapper around `asyncio.events.Handle._run`; the watchdog thread reads the slots
from outside the loop (the counterpart of the Node detector's heartbeat)."""
from asyncio import events

from ..system import now


class LoopSlot:
    """One watched loop, shared by its thread and the watchdog's without a lock: the wrapper writes
    `started` and empties `samples`; the watchdog appends to `samples` and `span` and writes `look`;
    the loop probe's turn readings write `turn`, its timer `due` and empties `span`."""

    __slots__ = ("started", "name", "thread", "samples", "native_id", "look", "turn", "due", "span")

    def __init__(self, name, thread, native_id):
        # When the callback in progress started (perf_counter seconds); 0.0 between callbacks.
        self.started = 0.0
        self.name = name
        # The loop thread's ident (for `sys._current_frames`) and native id (for its scheduler counters).
        self.thread = thread
        # The watchdog's frame samples of the callback in progress (`watchdog.FrameSample`).
        self.samples = []
        self.native_id = native_id
        # The scheduler counters at the watchdog's first look at a callback (`scheduler.Look`), and
        # at the start of a loop turn (`scheduler.TurnReading`); None until read, or where unreadable.
        self.look = None
        self.turn = None
        # When the loop probe's timer is due (perf_counter seconds); 0.0 without a timer. While it is
        # overdue the watchdog samples the thread into `span`, whatever callback runs, so a stall of
        # many short callbacks has samples to name its code by.
        self.due = 0.0
        self.span = []


def hook_callbacks(slots, block_s, on_long):
    """Patches the callback runner: `on_long(handle, slot, started, finished)` gets each callback of
    a watched loop (a key of `slots`) that ran for `block_s` or longer. Returns the original runner,
    to restore with `unhook_callbacks`, or None where asyncio has no Handle._run to patch.

    The wrapper is on every callback's path, so it does the least it can: one dict lookup, two
    clock reads and two stores into the loop's slot, that the watchdog reads.
    """
    original = getattr(events.Handle, "_run", None)
    if original is None:
        return None

    def _run(handle):
        slot = slots.get(handle._loop)
        if slot is None:
            return original(handle)
        started = now()
        slot.started = started
        try:
            return original(handle)
        finally:
            finished = now()
            slot.started = 0.0
            if finished - started >= block_s:
                on_long(handle, slot, started, finished)
            elif slot.samples:
                slot.samples = []

    events.Handle._run = _run
    return original


def unhook_callbacks(original):
    events.Handle._run = original
