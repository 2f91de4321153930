"""Merges the members' reports into one trial result, the shape the Node runner writes (TrialResult)."""
from .errors import merge_error_kinds
from .histogram import Histogram


def failed_trial(spec, status, error, startup_ms=0.0, runtime_info=None):
    zero = {"p50": 0, "p90": 0, "p99": 0, "max": 0, "mean": 0}
    result = {
        "status": status,
        "message": error["message"],
        "ops": 0,
        "errors": 0,
        "wallMs": 0,
        "throughput": 0,
        "latencyMs": zero,
        "loopDelayMs": {"p50": 0, "p99": 0, "max": 0},
        "loops": [],
        "cpu": {"userMs": 0, "systemMs": 0, "perOpUs": 0},
        "memory": {"baselineRssMb": 0, "peakRssMb": 0, "perInFlightKb": 0},
        "startupMs": startup_ms,
        "poolSize": spec["poolSize"],
        "inFlightPerWorker": spec["inFlightPerWorker"],
        "firstError": {k: v for k, v in error.items() if v is not None},
    }
    if runtime_info is not None:
        result["runtimeInfo"] = runtime_info
    return result


def combine_reports(spec, reports, startup_ms, baseline_rss_kb, peak_rss_kb, cpu=None, runtime_info=None):
    """Pooled histogram, summed ops, one wall window from the first member's start to the last's end,
    error kinds summed by kind. Throughput and latency are completed operations only.

    `cpu` is the whole trial process's CPU over the window (async and threads); without it the
    members' own CPU (child processes) is summed.
    """
    histogram = Histogram()
    for report in reports:
        histogram.merge(report["histogram"])
    ops = sum(r["ops"] for r in reports)
    errors = sum(r["errors"] for r in reports)
    error_kinds = merge_error_kinds([r.get("errorKinds") for r in reports])
    window_start = min(r["startEpochMs"] for r in reports)
    wall_ms = max(r["endEpochMs"] for r in reports) - window_start
    if cpu is None:
        cpu = {
            "user": sum(r.get("cpu", {}).get("user", 0) for r in reports),
            "system": sum(r.get("cpu", {}).get("system", 0) for r in reports),
        }
    loops = [r["loopStats"] for r in reports if r.get("loopStats")]
    first_error = next((r["firstError"] for r in reports if r.get("firstError")), None)
    stalls = []
    for report in reports:
        for stall in report.get("stalls", []):
            entry = {"loop": stall["loop"], "startMs": stall["startEpochMs"] - window_start}
            entry.update(stall)
            stalls.append(entry)
    stalls.sort(key=lambda s: s["startMs"])
    # A trial without a completed operation measured nothing: its zero throughput is no data point.
    failed = None
    if ops == 0:
        failed = (
            "every operation failed: " + (first_error["message"] if first_error else "unknown error")
            if errors > 0
            else "no operation completed in the measured window: an operation outlasts the trial duration; raise duration"
        )
    result = {
        "status": "error" if failed else "ok",
        "ops": ops,
        "errors": errors,
        "wallMs": wall_ms,
        "throughput": ops / (wall_ms / 1000.0) if wall_ms > 0 else 0,
        "latencyMs": histogram.percentiles(),
        "loopDelayMs": {
            "p50": max([0] + [l["delayMs"]["p50"] for l in loops]),
            "p99": max([0] + [l["delayMs"]["p99"] for l in loops]),
            "max": max([0] + [l["delayMs"]["max"] for l in loops]),
        },
        "loops": loops,
        "cpu": {
            "userMs": cpu["user"] / 1000.0,
            "systemMs": cpu["system"] / 1000.0,
            "perOpUs": (cpu["user"] + cpu["system"]) / ops if ops > 0 else 0,
        },
        "memory": {
            "baselineRssMb": baseline_rss_kb / 1024.0,
            "peakRssMb": peak_rss_kb / 1024.0,
            "perInFlightKb": max(0.0, peak_rss_kb - baseline_rss_kb) / spec["concurrency"],
        },
        "startupMs": startup_ms,
        "poolSize": spec["poolSize"],
        "inFlightPerWorker": spec["inFlightPerWorker"],
    }
    if failed:
        result["message"] = failed
    if error_kinds:
        result["errorKinds"] = error_kinds
    if first_error is not None:
        result["firstError"] = first_error
    if stalls:
        result["stalls"] = stalls
    if runtime_info is not None:
        result["runtimeInfo"] = runtime_info
    return result
