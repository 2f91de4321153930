"""One member of a trial: the main loop (async model), a pool thread, or a pool child process.

A member with an event loop (the async model, or an async `run` in a pool) gets a loop probe and
its stalls watched; a sync `run` in a pool thread or child runs without a loop, as a worker would.
"""
import asyncio

from .drive import Window, drive_async, drive_sync
from .loop_stats import LoopProbe
from .scenario import ScenarioInfo, describe, format_error, invoke, invoke_sync
from .system import cpu_since, cpu_times, epoch_ms, gil_enabled, peak_rss_kb


class Member:
    def __init__(self, spec, scenario, worker, in_flight, name, detector=None, owns_process=False, probe_lag=True):
        self.spec = spec
        self.scenario = scenario
        self.worker = worker
        self.in_flight = in_flight
        self.name = name
        self.detector = detector
        self.owns_process = owns_process
        self.probe_lag = probe_lag
        self.loop = None
        self.probe = None
        self.state = None

    @property
    def uses_loop(self):
        return self.spec["model"] == "async" or self.scenario.is_async

    def prepare(self):
        """Creates the member's loop (if it has one) and runs setup on it."""
        spec = self.spec
        info = ScenarioInfo(
            scenario=spec["scenario"],
            model=spec["model"],
            concurrency=spec["concurrency"],
            in_flight=self.in_flight,
            worker=self.worker,
            pool_size=spec["poolSize"],
            trial=spec["trial"],
        )
        setup = self.scenario.setup
        if self.uses_loop:
            self.loop = asyncio.new_event_loop()
            asyncio.set_event_loop(self.loop)
            self.probe = LoopProbe(self.loop, self.name, lag=self.probe_lag, detector=self.detector)
            if setup is not None:
                self.state = self.loop.run_until_complete(invoke(setup, info))
        elif setup is not None:
            self.state = invoke_sync(setup, info)

    def drive(self, window=None):
        """Warm-up, measured window, teardown; returns this member's report.

        `window` is shared by the members of a pool (see drive.Window); alone, a member opens its own.
        """
        spec = self.spec
        if window is None:
            window = Window(spec["warmupMs"] / 1000.0, spec["durationMs"] / 1000.0)
        cpu_start = []

        def on_measure_start():
            if self.probe is not None:
                self.probe.start()
            if self.owns_process:
                cpu_start.append(cpu_times())
            window.mark()

        if self.loop is not None:
            if self.detector is not None:
                self.detector.watch(self.loop, self.name)
            turns = self.probe.loop_turns if self.probe.hooked else None
            try:
                result = self.loop.run_until_complete(drive_async(self.scenario.run, self.state, self.in_flight, window, on_measure_start, turns))
            finally:
                if self.detector is not None:
                    self.detector.unwatch(self.loop)
            self.probe.stop()
        else:
            result = drive_sync(self.scenario.run, self.state, self.in_flight, window, on_measure_start)
        cpu = cpu_since(cpu_start[0]) if cpu_start else None
        first_error = result.first_error
        teardown_error = self.teardown()
        if first_error is None and teardown_error is not None:
            first_error = teardown_error
        start_ms = epoch_ms(result.start)
        end_ms = epoch_ms(result.end)
        report = {
            "loop": self.name if self.loop is not None else None,
            "ops": result.ops,
            "errors": result.errors,
            "histogram": result.histogram.to_json(),
            "startEpochMs": start_ms,
            "endEpochMs": end_ms,
            "loopStats": self.probe.stats() if self.probe is not None and self.probe_lag else None,
            "stalls": [],
        }
        if self.detector is not None and self.loop is not None:
            report["stalls"] = [s for s in self.detector.stalls_of(self.name) if start_ms <= s["startEpochMs"] <= end_ms]
        if cpu is not None:
            report["cpu"] = cpu
        if self.owns_process:
            report["peakRssKb"] = peak_rss_kb()
            report["gil"] = gil_enabled()
        error_kinds = result.tally.resolve(spec["root"])
        if error_kinds:
            report["errorKinds"] = error_kinds
        if first_error is not None:
            report["firstError"] = first_error
        return report

    def teardown(self):
        teardown = self.scenario.teardown
        error = None
        try:
            if teardown is not None:
                if self.loop is not None:
                    self.loop.run_until_complete(invoke(teardown, self.state))
                else:
                    invoke_sync(teardown, self.state)
        except Exception as exc:
            error = {"message": "teardown: " + describe(exc), "stack": format_error(exc, 1)}
        if self.loop is not None:
            try:
                self.loop.run_until_complete(self.loop.shutdown_asyncgens())
            except Exception:
                pass
            self.loop.close()
        return error
