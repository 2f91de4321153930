"""The driver of a CPU cost count (src/execute/cost/): load the scenario as a trial does, set it up
for the async model at concurrency 1, run N operations one after another, tear down.

    harness.py --cost FILE ROOT NAME OPS                  (run under cachegrind)
    harness.py --cost FILE ROOT NAME --calibrate MS OUT   (natively: time operations, write the rate)
    harness.py --cost FILE ROOT NAME OPS --profile OUT    (natively: bytecodes per function, cgharness/profile.py)

The operations run on an asyncio loop, as the async model's trials run them; a sync `run` is called
directly. The real interpreter (`sys.executable`) is reported, so the counts can bypass a shim.
"""
import asyncio
import inspect
import json
import platform
import sys
import time

from .profile import OpcodeCounter
from .scenario import ScenarioError, ScenarioInfo, describe, invoke, load_scenario


def main(argv):
    profile_out = None
    if len(argv) == 6 and argv[4] == "--profile":
        profile_out = argv[5]
        argv = argv[:4]
    if len(argv) not in (4, 6):
        sys.stderr.write("usage: harness.py --cost FILE ROOT NAME OPS [--profile OUT] | --cost FILE ROOT NAME --calibrate MS OUT\n")
        sys.exit(2)
    path, root, name = argv[0], argv[1], argv[2]
    tracer = OpcodeCounter(root) if profile_out else None
    try:
        scenario = load_scenario(path, root)
        rate = asyncio.run(_drive(scenario, name, argv[3:], tracer))
    except ScenarioError as error:
        sys.stderr.write("concurrency-guard cost driver: %s\n%s\n" % (error, error.stack or ""))
        sys.exit(1)
    except _OperationFailed as error:
        sys.stderr.write("concurrency-guard cost driver: %s\n" % error)
        sys.exit(1)
    if rate is not None:
        with open(argv[5], "w", encoding="utf-8") as out:
            json.dump(rate, out)
    if tracer is not None:
        with open(profile_out, "w", encoding="utf-8") as out:
            json.dump({"functions": tracer.rows()}, out)
    sys.stdout.flush()
    sys.stderr.flush()


class _OperationFailed(Exception):
    pass


async def _drive(scenario, name, rest, tracer=None):
    info = ScenarioInfo(scenario=name, model="async", concurrency=1, in_flight=1, worker=0, pool_size=1, trial=0)
    try:
        state = await invoke(scenario.setup, info) if scenario.setup else None
    except Exception as error:
        raise _OperationFailed("setup raised %s" % describe(error))
    run = scenario.run
    ops = 0
    rate = None
    if rest[0] == "--calibrate":
        budget = float(rest[1]) / 1000.0
        start = time.perf_counter()
        cpu_start = time.process_time()
        while True:
            await _once(run, state, ops)
            ops += 1
            if time.perf_counter() - start >= budget or ops >= 10000000:
                break
        loop_ms = (time.perf_counter() - start) * 1000.0
        cpu_ms = (time.process_time() - cpu_start) * 1000.0
        rate = {"ops": ops, "loopMs": loop_ms, "cpuMs": cpu_ms, "version": platform.python_version(), "executable": sys.executable}
    else:
        n = int(rest[0])
        if tracer is not None:
            tracer.start()
        try:
            while ops < n:
                await _once(run, state, ops)
                ops += 1
        finally:
            if tracer is not None:
                tracer.stop()
    if scenario.teardown:
        await invoke(scenario.teardown, state)
    return rate


async def _once(run, state, ops):
    try:
        result = run(state)
        if inspect.isawaitable(result):
            await result
    except Exception as error:
        raise _OperationFailed("operation %d raised %s" % (ops + 1, describe(error)))
