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
and get no site. A loop kept from its timers by many short callbacks, none over the threshold, is reported by
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
    def __init__(self, root, block_ms, attribute=True):
        self.root = os.path.abspath(root)
        self.root_prefix = self.root.rstrip(os.sep) + os.sep
        self.block_s = block_ms / 1000.0
        self.sample_after_s = self.block_s / 2.0
        self.tick_s = min(0.01, max(0.001, self.block_s / 2.0))
        self.attribute = attribute
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
        thread id, first look]`, that the watchdog reads (start 0.0 = between callbacks).
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
        self.slots[loop] = [0.0, name, threading.get_ident(), [], native, None]
        if self.attribute and self.watchdog is None:
            with self.lock:
                if self.watchdog is None:
                    self.watchdog = threading.Thread(target=self._watch, name="concurrency-guard watchdog", daemon=True)
                    self.watchdog.start()

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
                    waited = run_queue_ns(slot[4])
                    slot[5] = (started, moment, waited) if waited is not None else None
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
        preempted = self._preempted(slot, started, finished)
        if preempted is not None:
            self._add(slot[1], started, finished, None, run_queue_s=preempted)
            return
        site = None
        if samples:
            counts = {}
            for sample in samples:
                key = (sample["file"], sample["line"])
                counts[key] = counts.get(key, 0) + 1
            best = max(counts, key=lambda key: counts[key])
            site = next(s for s in samples if (s["file"], s["line"]) == best)
        else:
            try:
                site = self.site_of_callback(handle)
            except Exception:
                site = None
        self._add(slot[1], started, finished, site)

    def _preempted(self, slot, started, finished):
        """How long the thread waited for a CPU during the callback, when without that wait the
        callback would not have reached the threshold: the machine, not the code, stalled the loop.
        None otherwise, or where the kernel does not say (not Linux).

        The run queue is read when the watchdog first looks at the callback and again at its end;
        the share of that stretch spent waiting is taken for the whole callback (reading it at
        every callback's start would cost more than the callback)."""
        look = slot[5]
        if look is None or look[0] != started:
            return None
        now_waited = run_queue_ns(slot[4])
        if now_waited is None:
            return None
        observed = finished - look[1]
        waited = max(0, now_waited - look[2]) / 1e9
        duration = finished - started
        if observed >= MIN_OBSERVED_S:
            waited = min(duration, waited * duration / observed)
        if duration - waited < self.block_s:
            return waited
        return None

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

    def _add(self, name, started, finished, site, starvation=False, run_queue_s=None):
        stall = {
            "loop": name,
            "startEpochMs": epoch_ms(started),
            "durationMs": (finished - started) * 1000.0,
            "_start": started,
            "_end": finished,
        }
        if starvation:
            stall["starvation"] = True
        if run_queue_s is not None:
            stall["descheduled"] = True
            stall["waitingMs"] = run_queue_s * 1000.0
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
        index = next((i for i, f in enumerate(stack) if self.in_repo(f.f_code.co_filename)), None)
        if index is None:
            return None
        frame = stack[index]
        code = frame.f_code
        line = frame.f_lineno
        site = {
            "file": relative(os.path.abspath(code.co_filename), self.root),
            "line": line,
            "function": getattr(code, "co_qualname", code.co_name),
            "via": "frame-sample",
        }
        source = linecache.getline(code.co_filename, line).strip()
        if source:
            site["source"] = source
        # The API is the library function the repository frame called, or, when it called into C
        # (the harness's own hooks, such as the GC callback, do not count), the call on its line.
        callee = stack[index - 1] if index > 0 else None
        if callee is not None and not os.path.abspath(callee.f_code.co_filename).startswith(HARNESS_DIR + os.sep):
            module = callee.f_globals.get("__name__", "")
            site["api"] = (module + "." if module else "") + callee.f_code.co_name
        else:
            api = self._called_name(frame)
            if api:
                site["api"] = api
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
        site = {
            "file": relative(os.path.abspath(code.co_filename), self.root),
            "line": line,
            "function": getattr(code, "co_qualname", code.co_name),
            "via": "callback",
        }
        source = linecache.getline(code.co_filename, line).strip()
        if source:
            site["source"] = source
        return site

    def _called_name(self, frame):
        """The function a repository frame is calling into C code, e.g. `time.sleep`."""
        code = frame.f_code
        offsets = self._calls.get(code)
        if offsets is None:
            offsets = {i.offset for i in dis.get_instructions(code) if i.opname.startswith(("CALL", "PRECALL")) and i.opname != "CALL_INTRINSIC_1" and i.opname != "CALL_INTRINSIC_2"}
            self._calls[code] = offsets
        if frame.f_lasti not in offsets:
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


def run_queue_ns(native_id):
    """Nanoseconds a thread has waited on a run queue for a CPU (Linux schedstat), or None.

    The file stays open per thread and is re-read in place: a read costs one pread."""
    if native_id is None:
        return None
    fd = _schedstat.get(native_id)
    try:
        if fd is None:
            fd = os.open("/proc/self/task/%d/schedstat" % native_id, os.O_RDONLY)
            _schedstat[native_id] = fd
        return int(os.pread(fd, 128, 0).split()[1])
    except (OSError, ValueError, IndexError, AttributeError):
        return None


def _dotted(node):
    parts = []
    while isinstance(node, ast.Attribute):
        parts.append(node.attr)
        node = node.value
    if isinstance(node, ast.Name):
        parts.append(node.id)
        return ".".join(reversed(parts))
    return None
