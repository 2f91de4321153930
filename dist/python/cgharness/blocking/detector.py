"""The stall detector of a trial's process: it times the callbacks of the loops it watches, keeps
the watchdog sampling them, and keeps their stalls (the counterpart of the Node detector's probe)."""
import threading

from .assemble import CallbackEvidence, SpanEvidence, callback_stall, explained_by, starvation_stall
from .attribute import callback_site, running_python
from .callback_hook import LoopSlot, hook_callbacks, unhook_callbacks
from .frames import RepoFrames
from .gc_pauses import GcWatch
from .scheduler import TurnReading, sched_ns, scheduler_split, usable_readings
from .watchdog import Watchdog


class StallDetector:
    def __init__(self, root, block_ms, attribute=True, main_waits=False):
        self.frames = RepoFrames(root)
        self.block_s = block_ms / 1000.0
        self.turn_every_s = self.block_s / 4.0
        self.attribute = attribute
        self.main_waits = main_waits
        self.slots = {}
        self.stalls = []
        self.lock = threading.Lock()
        self.stopping = threading.Event()
        self.watchdog = None
        self.original = None
        self.gc = GcWatch()

    def install(self):
        """Patches the callback runner; returns False where asyncio has no Handle._run to patch."""
        original = hook_callbacks(self.slots, self.block_s, self._record)
        if original is None:
            return False
        self.original = original
        self.gc.install()
        return True

    def uninstall(self):
        self.stopping.set()
        if self.original is not None:
            unhook_callbacks(self.original)
            self.original = None
        self.gc.uninstall()

    def watch(self, loop, name):
        """Watches a loop from now on; called on the loop's own thread."""
        native = getattr(threading, "get_native_id", lambda: None)()
        self.slots[loop] = LoopSlot(name, threading.get_ident(), native)
        if self.attribute and self.watchdog is None:
            with self.lock:
                if self.watchdog is None:
                    self.watchdog = Watchdog(self.slots, self.frames, self.block_s, self.stopping)
                    self.watchdog.start()

    def turn(self, loop, moment):
        """Called on the loop's thread each time its selector returns: the scheduler's counters at
        the start of a turn's callbacks, so a stall the watchdog never got to look at (it shares
        the CPU that was taken away) still knows how long its thread waited for one. Read at most
        every `block / 4`, so a loop of short turns pays one read per millisecond or less."""
        slot = self.slots.get(loop)
        if slot is not None and (slot.turn is None or moment - slot.turn.at >= self.turn_every_s):
            sched = sched_ns(slot.native_id)
            slot.turn = TurnReading(moment, sched) if sched is not None else None

    def unwatch(self, loop):
        self.slots.pop(loop, None)

    def stalls_of(self, loop_name):
        """This loop's stalls, as the results file has them."""
        with self.lock:
            return [dict(s.result) for s in self.stalls if s.loop == loop_name]

    def timer_due(self, loop, due):
        """The loop probe's timer is due at `due` (0.0: no timer any more); the samples of the
        previous one are dropped."""
        slot = self.slots.get(loop)
        if slot is not None:
            slot.due = due
            slot.span = []

    def starved(self, loop, name, due, ran, split=None):
        """The loop probe's timer ran late by the threshold or more: a stall unless a callback's
        stall already explains that time (see `assemble.starvation_stall`). `split`: the thread's
        `SchedulerSplit` since the timer's previous run, a bound on what it did meanwhile."""
        with self.lock:
            explained = explained_by(self.stalls, name, due, ran)
        if explained:
            return
        slot = self.slots.get(loop)
        samples = [s for s in slot.span if due <= s.at <= ran] if slot is not None else []
        evidence = SpanEvidence(name, due, ran, samples, split)
        self._keep(starvation_stall(evidence, self.block_s, self.gc.pauses, self._others_want_the_gil))

    def _record(self, handle, slot, started, finished):
        """A callback of a watched loop ran for the threshold or longer (called on the loop's thread)."""
        samples = slot.samples
        slot.samples = []
        # Running Python (or waiting for the GIL) in every sample: the thread's shares of CPU and of
        # waiting seen since the watchdog's first look hold for the whole callback. Otherwise the
        # time before that look counts as the code's own (a blocking call sleeps through it).
        split = self._scheduler_split(slot, started, finished, extrapolate=running_python(samples))
        evidence = CallbackEvidence(slot.name, started, finished, samples, split)
        self._keep(
            callback_stall(
                evidence,
                self.block_s,
                self.gc.pauses,
                watched=self.watchdog is not None,
                others_want_the_gil=self._others_want_the_gil,
                name_callback=lambda: callback_site(self.frames, handle),
            )
        )

    def _scheduler_split(self, slot, started, finished, extrapolate):
        """The loop thread's `SchedulerSplit` during the callback, or None where the kernel does not
        say (not Linux) or nothing was read before the callback. The counters are read at the start
        of each loop turn, when the watchdog first looks at the callback, and again here at its end
        (reading them at every callback's start would cost more than the callback)."""
        look, turn = usable_readings(slot, started)
        if look is None and turn is None:
            return None
        end = sched_ns(slot.native_id)
        if end is None:
            return None
        return scheduler_split(look, turn, end, started, finished, extrapolate)

    def _others_want_the_gil(self):
        """Whether a thread besides this loop's, the watchdog and a merely waiting main thread (the
        threads model's) can hold the GIL: other loops of the pool, or threads the scenario started."""
        quiet = 1 + (1 if self.watchdog is not None else 0) + (1 if self.main_waits else 0)
        return threading.active_count() > quiet

    def _keep(self, stall):
        with self.lock:
            self.stalls.append(stall)
