"""The pool models: a thread per member in this process, or a child process per member.

Both start every member (import + setup) first, then let all of them go at once, as the Node
runner's pool does, and collect one report per member.
"""
import json
import os
import subprocess
import sys
import threading

from .drive import Window
from .member import Member
from .scenario import ScenarioError, describe, format_error
from .system import cpu_since, cpu_times, now

HARNESS = os.path.join(os.path.dirname(os.path.dirname(os.path.abspath(__file__))), "harness.py")
# Loop lag is sampled on the first few thread loops only: a 10 ms timer on each of a thousand
# loops would cost more than the scenario, and each takes the GIL. Stalls are watched on every loop.
PROBED_THREAD_LOOPS = 8
OUTPUT_TAIL = 2000


class PoolFailure(Exception):
    """A member failed to start or died; `crashed` when it died rather than raised."""

    def __init__(self, message, stack=None, crashed=False):
        Exception.__init__(self, message)
        self.stack = stack
        self.crashed = crashed


def setup_failure(scenario, error):
    if isinstance(error, ScenarioError):
        return error
    return ScenarioError("%s: setup failed: %s" % (scenario.display, describe(error)), format_error(error, 1))


def run_threads(spec, scenario, detector, begin):
    """A thread per member (setup runs on it). The main thread only waits, on a lock: anything it
    ran (a timer, a loop) would take the GIL from the pool and change what is measured."""
    members = [
        Member(spec, scenario, i, k, "thread %d" % i, detector, owns_process=False, probe_lag=i < PROBED_THREAD_LOOPS)
        for i, k in enumerate(spec["inFlightPerWorker"])
    ]
    lock = threading.Condition()
    status = {"ready": 0, "failure": None, "remaining": len(members)}
    go = threading.Event()
    abort = threading.Event()
    reports = [None] * len(members)
    finished = threading.Event()
    window = Window(spec["warmupMs"] / 1000.0, spec["durationMs"] / 1000.0, members=len(members))

    def body(index, member):
        try:
            member.prepare()
        except BaseException as error:
            with lock:
                if status["failure"] is None:
                    status["failure"] = setup_failure(scenario, error)
                lock.notify_all()
            return
        with lock:
            status["ready"] += 1
            lock.notify_all()
        go.wait()
        if abort.is_set():
            member.teardown()
            return
        try:
            reports[index] = member.drive(window)
        except BaseException as error:
            with lock:
                if status["failure"] is None:
                    status["failure"] = PoolFailure("thread %d: %s" % (index, describe(error)), format_error(error))
        finally:
            with lock:
                status["remaining"] -= 1
                last = status["remaining"] == 0
            if last:
                finished.set()

    threads = [threading.Thread(target=body, args=(i, m), name="cg member %d" % i, daemon=True) for i, m in enumerate(members)]
    for thread in threads:
        thread.start()
    with lock:
        while status["ready"] < len(members) and status["failure"] is None:
            lock.wait()
        failure = status["failure"]
    if failure is not None:
        abort.set()
        go.set()
        raise failure
    cpu_start = []
    # Taken by the first member to start a measured operation, on time even while this thread waits.
    window.on_measure = lambda: cpu_start.append(cpu_times())
    started = now()
    window.go(started)
    go.set()
    finished.wait()
    window.mark()
    cpu = cpu_since(cpu_start[0])
    for thread in threads:
        thread.join()
    if status["failure"] is not None:
        raise status["failure"]
    return reports, cpu, (started - begin) * 1000.0, window.late


class Child:
    """A member process: JSON lines on its stdin and stdout; its stderr is kept for crash reports."""

    def __init__(self, index):
        self.index = index
        self.process = subprocess.Popen(
            [sys.executable, HARNESS, "--member"],
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
        )
        self.tail = ""
        self.reader = threading.Thread(target=self._keep_stderr, daemon=True)
        self.reader.start()

    def _keep_stderr(self):
        stream = self.process.stderr
        while True:
            chunk = stream.read1(4096) if hasattr(stream, "read1") else stream.read(4096)
            if not chunk:
                return
            text = chunk.decode("utf-8", "replace")
            self.tail = (self.tail + text)[-OUTPUT_TAIL:]
            try:
                sys.stderr.write(text)
                sys.stderr.flush()
            except (OSError, ValueError):
                pass

    def send(self, message):
        try:
            self.process.stdin.write((json.dumps(message) + "\n").encode())
            self.process.stdin.flush()
        except (BrokenPipeError, OSError):
            pass

    def receive(self, want):
        line = self.process.stdout.readline()
        if not line:
            code = self.process.wait()
            self.reader.join(1)
            tail = self.tail.strip()
            raise PoolFailure(
                "child %d exited with %s before it sent its %s" % (self.index, _exit_text(code), want),
                tail or None,
                crashed=True,
            )
        message = json.loads(line.decode())
        if message["type"] == "failed":
            error = message["error"]
            if message.get("scenario"):
                raise ScenarioError(error["message"], error.get("stack"))
            raise PoolFailure("child %d: %s" % (self.index, error["message"]), error.get("stack"))
        if message["type"] != want:
            raise PoolFailure("child %d: expected %s, got %s" % (self.index, want, message["type"]))
        return message

    def stop(self):
        if self.process.poll() is None:
            try:
                self.process.kill()
            except OSError:
                pass
        self.process.wait()


def _exit_text(code):
    if code is not None and code < 0:
        return "signal %d" % -code
    return "code %s" % code


def run_processes(spec, begin):
    children = [Child(i) for i in range(len(spec["inFlightPerWorker"]))]
    try:
        for child, in_flight in zip(children, spec["inFlightPerWorker"]):
            child.send({"type": "start", "spec": spec, "worker": child.index, "inFlight": in_flight})
        for child in children:
            child.receive("ready")
        started = now()
        for child in children:
            child.send({"type": "go"})
        reports = [child.receive("report")["report"] for child in children]
        return reports, (started - begin) * 1000.0
    finally:
        for child in children:
            child.stop()
