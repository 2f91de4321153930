"""Loop stalls: which callback kept an asyncio loop from running others, and on which line.

Every callback a watched loop runs goes through `asyncio.events.Handle._run`, which is patched to
time it. A watchdog thread looks at the callbacks in progress every half threshold; while one has
run for half the threshold or more it samples that thread's frame (`sys._current_frames()`), and keeps the deepest frame
that lies in the user's repository. A callback that ran for the threshold or longer is a stall;
its site is the line the samples saw most. The watchdog needs the GIL to sample: a blocking call
that releases it (`time.sleep`, socket and file I/O) or pure Python code is sampled while it runs;
a long C call that holds the GIL is named by its coroutine instead (`via: "callback"`).

Garbage-collection pauses are timed (`gc.callbacks`) and a stall mostly spent in one is labelled
`gc`. On Linux the kernel's run-queue time of the loop's thread tells a stall the code caused from
one that only happened because the machine gave the thread no CPU: those are labelled `descheduled`
and get no site. Where other threads want the GIL, a stall sampled only between two bytecodes while
its thread hardly ran, or one the watchdog (which needs the GIL to look) could not sample at all,
was waiting for the GIL: `gilWait`, no site either. A loop kept from its timers by many short callbacks, none over the threshold, is reported by
the loop probe's late timer as a `starvation` stall.
"""
import ast
import dis
import gc
import linecache
import os
import sys
import threading
import time
from asyncio import events

from .scenario import relative
from .system import epoch_ms, now

HARNESS_DIR = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
LIBRARY_MARKERS = (os.sep + "site-packages" + os.sep, os.sep + "dist-packages" + os.sep)
STACK_DEPTH = 8
# Collections shorter than this cannot explain a stall worth reporting; not kept.
GC_KEEP_S = 0.001
# Shortest stretch of a callback whose run-queue share is trusted for the whole callback.
MIN_OBSERVED_S = 0.001
GC_HISTORY = 256


class StallDetector:
    def __init__(self, root, block_ms, attribute=True, main_waits=False):
        self.root = os.path.abspath(root)
        self.root_prefix = self.root.rstrip(os.sep) + os.sep
        self.block_s = block_ms / 1000.0
        self.sample_after_s = self.block_s / 2.0
        self.tick_s = min(0.01, max(0.001, self.block_s / 2.0))
        self.turn_every_s = self.block_s / 4.0
        self.attribute = attribute
        self.main_waits = main_waits
        self.slots = {}
        self.stalls = []
        self.lock = threading.Lock()
        self.stopped = False
        self.watchdog = None
        self.original = None
        self._repo_files = {}
        self._calls = {}
        self._trees = {}
        self.gc_pauses = []
        self._gc_started = {}

    def _on_gc(self, phase, info):
        ident = threading.get_ident()
        if phase == "start":
            self._gc_started[ident] = now()
            return
        started = self._gc_started.pop(ident, None)
        if started is None:
            return
        finished = now()
        if finished - started >= GC_KEEP_S:
            pauses = self.gc_pauses
            pauses.append((started, finished))
            if len(pauses) > GC_HISTORY:
                del pauses[: len(pauses) - GC_HISTORY]

    def gc_within(self, start, end):
        """Seconds of garbage collection between start and end."""
        return sum(max(0.0, min(end, b) - max(start, a)) for a, b in list(self.gc_pauses))

    def install(self):
        """Patches the callback runner; returns False where asyncio has no Handle._run to patch.

        The wrapper is on every callback's path, so it does the least it can: one dict lookup, two
        clock reads and two stores into the loop's slot, `[start, name, thread, samples, native
        thread id, first look, turn]`, that the watchdog reads (start 0.0 = between callbacks).
        """
        original = getattr(events.Handle, "_run", None)
        if original is None:
            return False
        self.original = original
        detector = self
        slots = self.slots
        block_s = self.block_s

        def _run(handle):
            slot = slots.get(handle._loop)
            if slot is None:
                return original(handle)
            started = now()
            slot[0] = started
            try:
                return original(handle)
            finally:
                finished = now()
                slot[0] = 0.0
                if finished - started >= block_s:
                    detector._record(handle, slot, started, finished)
                elif slot[3]:
                    slot[3] = []

        events.Handle._run = _run
        gc.callbacks.append(self._on_gc)
        return True

    def uninstall(self):
        self.stopped = True
        if self.original is not None:
            events.Handle._run = self.original
            self.original = None
        if self._on_gc in gc.callbacks:
            gc.callbacks.remove(self._on_gc)

    def watch(self, loop, name):
        """Watches a loop from now on; called on the loop's own thread."""
        native = getattr(threading, "get_native_id", lambda: None)()
        self.slots[loop] = [0.0, name, threading.get_ident(), [], native, None, None]
        if self.attribute and self.watchdog is None:
            with self.lock:
                if self.watchdog is None:
                    self.watchdog = threading.Thread(target=self._watch, name="concurrency-guard watchdog", daemon=True)
                    self.watchdog.start()

    def turn(self, loop, moment):
        """Called on the loop's thread each time its selector returns: the scheduler's counters at
        the start of a turn's callbacks, so a stall the watchdog never got to look at (it shares
        the CPU that was taken away) still knows how long its thread waited for one. Read at most
        every `block / 4`, so a loop of short turns pays one read per millisecond or less."""
        slot = self.slots.get(loop)
        if slot is not None and (slot[6] is None or moment - slot[6][0] >= self.turn_every_s):
            sched = sched_ns(slot[4])
            slot[6] = (moment, sched) if sched is not None else None

    def unwatch(self, loop):
        self.slots.pop(loop, None)

    def stalls_of(self, loop_name):
        """This loop's stalls, as the results file has them (internal fields dropped)."""
        with self.lock:
            return [{k: v for k, v in s.items() if not k.startswith("_")} for s in self.stalls if s["loop"] == loop_name]

    def _watch(self):
        frames_of = sys._current_frames
        tick = self.tick_s
        sample_after = self.sample_after_s
        while not self.stopped:
            time.sleep(tick)
            moment = now()
            overdue = [(slot, slot[0]) for slot in list(self.slots.values()) if slot[0] and moment - slot[0] >= sample_after]
            if not overdue:
                continue
            for slot, started in overdue:
                look = slot[5]
                if look is None or look[0] != started:
                    sched = sched_ns(slot[4])
                    slot[5] = (started, moment, sched) if sched is not None else None
            frames = frames_of()
            for slot, started in overdue:
                frame = frames.get(slot[2])
                if frame is None or slot[0] != started:
                    continue
                try:
                    site = self.site_of(frame)
                except Exception:
                    site = None
                if site is not None and slot[0] == started:
                    slot[3].append(site)
            del frames

    def _record(self, handle, slot, started, finished):
        samples = slot[3]
        slot[3] = []
        duration = finished - started
        # Running Python (or waiting for the GIL) in every sample: the thread's shares of CPU and of
        # waiting seen since the watchdog's first look hold for the whole callback. Otherwise the
        # time before that look counts as the code's own (a blocking call sleeps through it).
        bytecode = bool(samples) and all(s.get("_bytecode") for s in samples)
        split = self._scheduler_split(slot, started, finished, extrapolate=bytecode)
        if split is not None and duration - split[1] < self.block_s:
            self._add(slot[1], started, finished, None, run_queue_s=split[1])
            return
        if bytecode and split is not None and split[0] + split[1] < duration - self.block_s and self._others_want_the_gil():
            # Between two bytecodes in every sample, yet the thread neither ran nor waited for a
            # CPU for most of the callback: it waited for the GIL another thread held.
            self._add(slot[1], started, finished, None, gil_wait_s=duration - split[0] - split[1], run_queue_s=split[1])
            return
        if not samples and self.watchdog is not None and self._others_want_the_gil():
            # The watchdog, which needs the GIL to look, never got it during the callback while
            # other threads want it too: the GIL was the bottleneck, no line can be named.
            self._add(slot[1], started, finished, None, gil_wait_s=-1.0)
            return
        site = None
        found = [s for s in samples if not s.get("_none")]
        if found:
            counts = {}
            for sample in found:
                key = (sample["file"], sample["line"])
                counts[key] = counts.get(key, 0) + 1
            best = max(counts, key=lambda key: counts[key])
            site = {k: v for k, v in next(s for s in found if (s["file"], s["line"]) == best).items() if not k.startswith("_")}
        elif not samples:
            try:
                site = self.site_of_callback(handle)
            except Exception:
                site = None
        self._add(slot[1], started, finished, site, waited_s=split[1] if split is not None else None)

    def _scheduler_split(self, slot, started, finished, extrapolate):
        """(seconds on a CPU, seconds waiting for one) of the loop's thread during the callback, or
        None where the kernel does not say (not Linux) or nothing was read before the callback.

        The scheduler's counters are read at the start of each loop turn, when the watchdog first
        looks at the callback, and again at its end (reading them at every callback's start would
        cost more than the callback). With `extrapolate`, the shares seen since the watchdog's look
        are taken for the whole callback. Otherwise the split is conservative, so that a stall is
        only blamed on the machine when what was seen is enough: the running time is the least of
        what each reading allows (the time before a reading counts as running), and the waiting the
        most that each reading proves (waiting since the turn began, less the time before the
        callback, which may all have been waiting too)."""
        look = slot[5] if slot[5] is not None and slot[5][0] == started else None
        turn = slot[6] if slot[6] is not None and slot[6][0] <= started else None
        if look is None and turn is None:
            return None
        sched = sched_ns(slot[4])
        if sched is None:
            return None
        duration = finished - started
        split = None
        if look is not None:
            observed = finished - look[1]
            ran = max(0, sched[0] - look[2][0]) / 1e9
            waited = max(0, sched[1] - look[2][1]) / 1e9
            if extrapolate and observed >= MIN_OBSERVED_S:
                return min(duration, ran * duration / observed), min(duration, waited * duration / observed)
            split = (ran + (look[1] - started), waited)
        if turn is not None:
            before = started - turn[0]
            ran = min(duration, max(0, sched[0] - turn[1][0]) / 1e9)
            waited = min(duration, max(0.0, max(0, sched[1] - turn[1][1]) / 1e9 - before))
            split = (ran, waited) if split is None else (min(split[0], ran), max(split[1], waited))
        return split

    def _others_want_the_gil(self):
        """Whether a thread besides this loop's, the watchdog and a merely waiting main thread (the
        threads model's) can hold the GIL: other loops of the pool, or threads the scenario started."""
        quiet = 1 + (1 if self.watchdog is not None else 0) + (1 if self.main_waits else 0)
        return threading.active_count() > quiet

    def starved(self, name, due, ran, run_queue_s=None):
        """The loop probe's timer ran late by the threshold or more: unless a callback stall already
        explains that time, many short callbacks kept the loop from its timers. `run_queue_s` is how
        long the thread waited for a CPU meanwhile: if the lateness is mostly that, it is `descheduled`."""
        with self.lock:
            explained = any(s["loop"] == name and s["_start"] < ran and s["_end"] > due for s in self.stalls)
        if explained:
            return
        if run_queue_s is not None and (ran - due) - run_queue_s < self.block_s:
            self._add(name, due, ran, None, starvation=True, run_queue_s=run_queue_s)
        else:
            self._add(name, due, ran, None, starvation=True)

    def _add(self, name, started, finished, site, starvation=False, run_queue_s=None, gil_wait_s=None, waited_s=None):
        stall = {
            "loop": name,
            "startEpochMs": epoch_ms(started),
            "durationMs": (finished - started) * 1000.0,
            "_start": started,
            "_end": finished,
        }
        if starvation:
            stall["starvation"] = True
        if gil_wait_s is not None:
            stall["gilWait"] = True
            if gil_wait_s >= 0:
                stall["gilWaitMs"] = gil_wait_s * 1000.0
        elif run_queue_s is not None:
            stall["descheduled"] = True
        waiting = run_queue_s if run_queue_s is not None else waited_s
        if waiting is not None:
            stall["waitingMs"] = waiting * 1000.0
        gc_s = self.gc_within(started, finished)
        if gc_s > 0:
            stall["gcMs"] = gc_s * 1000.0
            if gc_s * 2 >= finished - started:
                stall["gc"] = True
        if site is not None:
            stall["site"] = site
        with self.lock:
            self.stalls.append(stall)

    def in_repo(self, filename):
        known = self._repo_files.get(filename)
        if known is None:
            path = os.path.abspath(filename) if filename and not filename.startswith("<") else ""
            known = (
                bool(path)
                and path.startswith(self.root_prefix)
                and not path.startswith(HARNESS_DIR + os.sep)
                and not any(marker in path for marker in LIBRARY_MARKERS)
            )
            self._repo_files[filename] = known
        return known

    def site_of(self, frame):
        """The deepest frame of this stack in the repository, as a stall site (None when there is none)."""
        stack = []
        while frame is not None:
            stack.append(frame)
            frame = frame.f_back
        # A thread inside a call into C (a syscall, a C function holding the GIL) is blocked by that
        # call; a thread between two bytecodes was running Python, or waiting for the GIL. The
        # harness's own hooks (the GC callback) are not part of the stack.
        outside = [f for f in stack if not self._harness(f.f_code.co_filename)]
        in_call = bool(outside) and self._at_call(outside[0])
        index = next((i for i, f in enumerate(stack) if self.in_repo(f.f_code.co_filename)), None)
        if index is None:
            return {"_none": True, "_bytecode": not in_call}
        frame = stack[index]
        site = self._site(frame.f_code, frame.f_lineno, "frame-sample")
        # In a call, the API is the library function the repository frame called, or the call on
        # its line; running Python, there is none.
        if in_call:
            callee = stack[index - 1] if index > 0 else None
            if callee is not None and not self._harness(callee.f_code.co_filename):
                module = callee.f_globals.get("__name__", "")
                # asyncio's own functions never block: a thread caught in one was preempted or
                # waiting for the GIL, and naming it would pass for a blocking call.
                if module != "asyncio" and not module.startswith("asyncio."):
                    site["api"] = (module + "." if module else "") + callee.f_code.co_name
            else:
                api = self._called_name(frame)
                if api:
                    site["api"] = api
        else:
            site["_bytecode"] = True
        site["stack"] = [
            "%s (%s:%d)" % (getattr(f.f_code, "co_qualname", f.f_code.co_name), relative(os.path.abspath(f.f_code.co_filename), self.root), f.f_lineno)
            for f in stack[index:]
            if self.in_repo(f.f_code.co_filename)
        ][:STACK_DEPTH]
        return site

    def site_of_callback(self, handle):
        """No sample: name the innermost repository coroutine the callback stepped, at the line it
        suspended on next (the await after the blocking call), or a plain callback's function."""
        callback = getattr(handle, "_callback", None)
        owner = getattr(callback, "__self__", None)
        get_coro = getattr(owner, "get_coro", None)
        coro = get_coro() if get_coro is not None else None
        found = None
        depth = 0
        while coro is not None and depth < 64:
            code = getattr(coro, "cr_code", None) or getattr(coro, "gi_code", None)
            if code is not None and self.in_repo(code.co_filename):
                found = coro
            coro = getattr(coro, "cr_await", None) or getattr(coro, "gi_yieldfrom", None)
            depth += 1
        if found is not None:
            code = getattr(found, "cr_code", None) or found.gi_code
            frame = getattr(found, "cr_frame", None) or getattr(found, "gi_frame", None)
            line = frame.f_lineno if frame is not None else code.co_firstlineno
        else:
            code = getattr(callback, "__code__", None)
            if code is None or not self.in_repo(code.co_filename):
                return None
            line = code.co_firstlineno
        return self._site(code, line, "callback")

    def _site(self, code, line, via):
        """A repository line as a stall site: file relative to the root, function, source text."""
        site = {
            "file": relative(os.path.abspath(code.co_filename), self.root),
            "line": line,
            "function": getattr(code, "co_qualname", code.co_name),
            "via": via,
        }
        source = linecache.getline(code.co_filename, line).strip()
        if source:
            site["source"] = source
        return site

    def _harness(self, filename):
        return os.path.abspath(filename).startswith(HARNESS_DIR + os.sep)

    def _at_call(self, frame):
        """Whether the frame's current instruction is a call (its callee runs, or it is in C)."""
        code = frame.f_code
        offsets = self._calls.get(code)
        if offsets is None:
            offsets = {i.offset for i in dis.get_instructions(code) if i.opname.startswith(("CALL", "PRECALL")) and not i.opname.startswith("CALL_INTRINSIC")}
            self._calls[code] = offsets
        return frame.f_lasti in offsets

    def _called_name(self, frame):
        """The function a repository frame is calling into C code, e.g. `time.sleep`."""
        code = frame.f_code
        if not self._at_call(frame):
            return None
        column = None
        positions = getattr(code, "co_positions", None)
        if positions is not None:
            try:
                column = list(positions())[frame.f_lasti // 2][2]
            except (IndexError, TypeError):
                column = None
        tree = self._tree(code.co_filename)
        if tree is None:
            return None
        line = frame.f_lineno
        calls = [n for n in ast.walk(tree) if isinstance(n, ast.Call) and n.lineno == line]
        if not calls:
            return None
        calls.sort(key=lambda n: n.col_offset)
        chosen = next((n for n in calls if column is not None and n.col_offset == column), calls[0])
        return _dotted(chosen.func)

    def _tree(self, filename):
        if filename not in self._trees:
            try:
                with open(filename, encoding="utf-8") as source:
                    self._trees[filename] = ast.parse(source.read(), filename)
            except (OSError, SyntaxError, ValueError):
                self._trees[filename] = None
        return self._trees[filename]


_schedstat = {}


def sched_ns(native_id):
    """(ns on a CPU, ns waiting on a run queue for one) of a thread, from Linux schedstat; or None.

    The file stays open per thread and is re-read in place: a read costs one pread."""
    if native_id is None:
        return None
    fd = _schedstat.get(native_id)
    try:
        if fd is None:
            fd = os.open("/proc/self/task/%d/schedstat" % native_id, os.O_RDONLY)
            _schedstat[native_id] = fd
        fields = os.pread(fd, 128, 0).split()
        return int(fields[0]), int(fields[1])
    except (OSError, ValueError, IndexError, AttributeError):
        return None


def run_queue_ns(native_id):
    sched = sched_ns(native_id)
    return sched[1] if sched is not None else None


def _dotted(node):
    parts = []
    while isinstance(node, ast.Attribute):
        parts.append(node.attr)
        node = node.value
    if isinstance(node, ast.Name):
        parts.append(node.id)
        return ".".join(reversed(parts))
    return None
