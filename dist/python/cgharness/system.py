"""What the trial reads from the operating system: clocks, CPU time, memory, interpreter facts."""
import os
import platform
import sys
import sysconfig
import time

try:
    import resource
except ImportError:  # Windows
    resource = None

now = time.perf_counter

# perf_counter has no defined origin; one anchor per process turns it into epoch ms, so windows
# measured in separate child processes line up (to within microseconds).
_EPOCH_OFFSET = time.time() - time.perf_counter()


def epoch_ms(perf_seconds):
    return (perf_seconds + _EPOCH_OFFSET) * 1000.0


def cpu_times():
    """User and system CPU of this whole process (every thread), in microseconds."""
    if resource is not None:
        usage = resource.getrusage(resource.RUSAGE_SELF)
        return usage.ru_utime * 1e6, usage.ru_stime * 1e6
    times = os.times()
    return times.user * 1e6, times.system * 1e6


def cpu_since(start):
    user, system = cpu_times()
    return {"user": user - start[0], "system": system - start[1]}


def peak_rss_kb():
    """Peak resident set of this process, KB (ru_maxrss is KB on Linux, bytes on macOS).

    The kernel updates its high-water mark lazily, so it can trail the current resident set by a
    few pages: the larger of the two is the peak.
    """
    if resource is None:
        return current_rss_kb()
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    peak_kb = peak / 1024.0 if sys.platform == "darwin" else float(peak)
    return max(peak_kb, _statm_rss_kb() or 0.0)


def current_rss_kb():
    """Resident set now, KB; where /proc is missing, the peak so far (close to it at start-up)."""
    rss = _statm_rss_kb()
    if rss is not None:
        return rss
    return peak_rss_kb() if resource is not None else 0.0


def _statm_rss_kb():
    try:
        with open("/proc/self/statm") as statm:
            pages = int(statm.read().split()[1])
        return pages * os.sysconf("SC_PAGE_SIZE") / 1024.0
    except (OSError, ValueError, IndexError, AttributeError):
        return None


def raise_open_files_limit():
    """A thousand threads with an event loop each need three descriptors apiece: lift the soft limit."""
    if resource is None:
        return
    try:
        soft, hard = resource.getrlimit(resource.RLIMIT_NOFILE)
        target = hard if hard != resource.RLIM_INFINITY else max(soft, 65536)
        if soft != resource.RLIM_INFINITY and soft < target:
            resource.setrlimit(resource.RLIMIT_NOFILE, (target, hard))
    except (ValueError, OSError):
        pass


def gil_enabled():
    check = getattr(sys, "_is_gil_enabled", None)
    return bool(check()) if check is not None else True


def runtime_info(stall_detection):
    return {
        "python": platform.python_version(),
        "implementation": sys.implementation.name,
        "gil": gil_enabled(),
        "freeThreadedBuild": bool(sysconfig.get_config_var("Py_GIL_DISABLED")),
        "platform": sys.platform,
        "switchIntervalMs": sys.getswitchinterval() * 1000.0,
        "stallDetection": stall_detection,
    }
