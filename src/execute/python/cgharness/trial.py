"""A trial: the runner starts `harness.py SPEC.json OUT.json` in a fresh process for each one.

The result file is always written, whatever the scenario does (a syntax error, a failing setup,
a `sys.exit` in `run`); only a hang is left to the runner's timeout, which kills the process group.
"""
import json
import os
import sys

from .blocking.detector import StallDetector
from .combine import combine_reports, failed_trial
from .member import Member
from .pool import PoolFailure, run_processes, run_threads, setup_failure
from .scenario import ScenarioError, error_info, load_scenario
from .system import current_rss_kb, now, peak_rss_kb, raise_open_files_limit, runtime_info


def main(argv):
    if argv[:1] == ["--member"]:
        serve_member()
        return
    if len(argv) != 2:
        sys.stderr.write("usage: harness.py SPEC.json OUT.json\n")
        sys.exit(2)
    spec_file, out_file = argv
    with open(spec_file, encoding="utf-8") as source:
        spec = json.load(source)
    result = run_trial(spec)
    with open(out_file, "w", encoding="utf-8") as out:
        json.dump(result, out)
    _exit(0)


def _exit(code):
    """Leaves at once: threads the scenario started must not hold the trial open."""
    for stream in (sys.stdout, sys.stderr):
        try:
            stream.flush()
        except (OSError, ValueError):
            pass
    os._exit(code)


def stall_detector(spec):
    if spec.get("detectBlocking") is False:
        return None, "off"
    detector = StallDetector(spec["root"], spec["blockMs"], attribute=spec.get("attributeBlocking") is not False, main_waits=spec["model"] == "threads")
    if not detector.install():
        return None, "unavailable"
    return detector, "on" if detector.attribute else "detection only"


def run_trial(spec):
    """Runs one trial of one cell in this process; never raises: failures become the result."""
    raise_open_files_limit()
    baseline_rss_kb = current_rss_kb()
    begin = now()
    # In the processes model each child watches its own loop and says how (see serve_member).
    detector, detection = (None, "off") if spec["model"] == "processes" else stall_detector(spec)
    # Read after the scenario ran: on a free-threaded build, importing an extension that is not
    # ready for it turns the GIL back on.
    info = lambda: runtime_info(detection)
    try:
        if spec["model"] == "processes":
            reports, startup_ms = run_processes(spec, begin)
            peak = current_rss_kb() + sum(r.get("peakRssKb", 0) for r in reports)
            facts = info()
            facts["gil"] = any(r.get("gil", facts["gil"]) for r in reports)
            facts["stallDetection"] = reports[0].get("stallDetection", "off") if reports else "off"
            return combine_reports(spec, reports, startup_ms, baseline_rss_kb, peak, runtime_info=facts)
        scenario = load_scenario(spec["file"], spec["root"])
        if spec["model"] == "threads":
            reports, cpu, startup_ms, late = run_threads(spec, scenario, detector, begin)
            facts = info()
            if late:
                facts["lateThreads"] = late
            return combine_reports(spec, reports, startup_ms, baseline_rss_kb, peak_rss_kb(), cpu=cpu, runtime_info=facts)
        member = Member(spec, scenario, 0, spec["concurrency"], "main", detector, owns_process=True)
        try:
            member.prepare()
        except BaseException as error:
            raise setup_failure(scenario, error)
        startup_ms = (now() - begin) * 1000.0
        report = member.drive()
        return combine_reports(spec, [report], startup_ms, baseline_rss_kb, report["peakRssKb"], cpu=report.get("cpu"), runtime_info=info())
    except ScenarioError as error:
        return failed_trial(spec, "error", {"message": str(error), "stack": error.stack}, (now() - begin) * 1000.0, info())
    except PoolFailure as error:
        status = "crashed" if error.crashed else "error"
        return failed_trial(spec, status, {"message": str(error), "stack": error.stack}, (now() - begin) * 1000.0, info())
    except BaseException as error:
        return failed_trial(spec, "error", error_info(error, 0), (now() - begin) * 1000.0, info())
    finally:
        if detector is not None:
            detector.uninstall()


def serve_member():
    """A member of the processes model: `start` (import + setup), `go` (warm-up, window, teardown)."""
    protocol_in = sys.stdin.buffer
    protocol_out = os.fdopen(os.dup(1), "wb")
    # What the scenario prints must not corrupt the protocol: its stdout goes to stderr.
    os.dup2(2, 1)

    def send(message):
        protocol_out.write((json.dumps(message) + "\n").encode())
        protocol_out.flush()

    def receive():
        line = protocol_in.readline()
        if not line:
            _exit(0)
        return json.loads(line.decode())

    start = receive()
    spec = start["spec"]
    raise_open_files_limit()
    detector, detection = stall_detector(spec)
    try:
        scenario = load_scenario(spec["file"], spec["root"])
        member = Member(spec, scenario, start["worker"], start["inFlight"], "child %d" % start["worker"], detector, owns_process=True)
        try:
            member.prepare()
        except BaseException as error:
            raise setup_failure(scenario, error)
    except ScenarioError as error:
        send({"type": "failed", "scenario": True, "error": {"message": str(error), "stack": error.stack}})
        _exit(0)
    except BaseException as error:
        send({"type": "failed", "error": error_info(error, 0)})
        _exit(0)
    send({"type": "ready"})
    go = receive()
    if go["type"] != "go":
        _exit(0)
    try:
        report = member.drive()
    except BaseException as error:
        send({"type": "failed", "error": error_info(error, 0)})
        _exit(0)
    report["stallDetection"] = detection
    send({"type": "report", "report": report})
    _exit(0)
