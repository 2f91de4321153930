// Python scenarios that fail: throwing, hanging, crashing, not parsing, missing hooks or packages, and missing or too old interpreters.
import { spawnSync } from "node:child_process";
import { chmodSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { DEFAULT_COMPARE } from "../src/config/compare-settings.js";
import { DEFAULT_SETTINGS } from "../src/config/load-config.js";
import type { Config, Model } from "../src/config/types.js";
import { checkPythonScenarios, probePython, pythonProblem } from "../src/execute/python-check.js";
import { executePlan } from "../src/execute/run-plan.js";
import { runtimeFile } from "../src/execute/runtime-files.js";
import { makePlan } from "../src/plan/plan.js";
import { python, pythonSpecs, scenarios, trial } from "./support/python-trial.js";

const spec = pythonSpecs({ durationMs: 250 });

describe("failing operations", () => {
  it("counts raised exceptions and keeps the first message and the scenario's traceback", async () => {
    const result = await trial(spec("throws.py", "async", 4));
    expect(result.status).toBe("ok");
    expect(result.errors).toBeGreaterThan(10);
    expect(result.ops / result.errors).toBeGreaterThan(1.5);
    expect(result.firstError?.message).toMatch(/^ValueError: boom on call \d+$/);
    expect(result.firstError?.stack).toMatch(/throws\.py", line 12, in run/);
    expect(result.firstError?.stack).not.toContain("cgharness");
  });

  it("marks a trial in which no operation completes as an error, as the Node runner does", async () => {
    const result = await trial(spec("outlasts_window.py", "async", 1));
    expect(result.status).toBe("error");
    expect(result.ops).toBe(0);
    expect(result.errors).toBe(0);
    expect(result.message).toMatch(/no operation completed in the measured window.*raise duration/);
  });

  it("marks a trial whose every operation fails as an error, in a pool too", async () => {
    const result = await trial(spec("always_throws.py", "threads", 2, 2));
    expect(result.status).toBe("error");
    expect(result.ops).toBe(0);
    expect(result.errors).toBeGreaterThan(10);
    expect(result.message).toBe("every operation failed: ConnectionError: database is down");
  });
});

describe("hanging scenarios", () => {
  it("kills an operation that never completes at the timeout, child processes included", async () => {
    const started = Date.now();
    const result = await trial(spec("hangs.py", "processes", 2, 2), { timeoutMs: 2500 });
    expect(result.status).toBe("timeout");
    expect(result.message).toBe("trial exceeded the 2500ms timeout and was killed");
    expect(Date.now() - started).toBeLessThan(8000);
  });

  it("kills a thread stuck in a blocking call at the timeout", async () => {
    const result = await trial(spec("hangs_sync.py", "threads", 2, 2), { timeoutMs: 2500 });
    expect(result.status).toBe("timeout");
  });
});

describe("scenarios that cannot start", () => {
  it("says where a scenario file does not parse, in the trial and in a child process", async () => {
    for (const [model, pool] of [["async", 1], ["processes", 2]] as const) {
      const result = await trial(spec("syntax_error.py", model, 2, pool));
      expect(result.status, model).toBe("error");
      expect(result.message).toMatch(/^syntax_error\.py:[56]: SyntaxError: .+ \(the scenario file does not parse under Python 3\.\d+\)$/);
      expect(result.firstError?.stack).toContain("return max(1, 2");
    }
  });

  it("reports a module without run, a failing setup, and a missing package", async () => {
    const noRun = await trial(spec("no_run.py", "async", 1));
    expect(noRun).toMatchObject({ status: "error", message: "no_run.py: expected a function run(state) (def or async def), found: helper, name" });
    const setup = await trial(spec("setup_fails.py", "threads", 2, 2));
    expect(setup).toMatchObject({ status: "error", message: "setup_fails.py: setup failed: ConnectionError: cannot connect to fixture server" });
    expect(setup.firstError?.stack).toMatch(/setup_fails\.py", line 3, in setup/);
    const childSetup = await trial(spec("setup_fails.py", "processes", 2, 2));
    expect(childSetup.message).toBe("setup_fails.py: setup failed: ConnectionError: cannot connect to fixture server");
    const missing = await trial(spec("missing_import.py", "async", 1));
    expect(missing.status).toBe("error");
    expect(missing.message).toMatch(
      /^missing_import\.py: import failed: ModuleNotFoundError: No module named 'concurrency_guard_missing_package' \(is it installed for this interpreter, Python 3\.\d+\?\)$/,
    );
  });

  it("reports a process that dies, whether the trial itself or one of its children", async () => {
    const own = await trial(spec("crash.py", "async", 1));
    expect(own).toMatchObject({ status: "crashed", message: "trial process exited with code 7 without a result" });
    const child = await trial(spec("crash.py", "processes", 2, 2));
    expect(child.status).toBe("crashed");
    expect(child.message).toMatch(/^child [01] exited with code 7 before it sent its report$/);
  });
});

describe("the interpreter", () => {
  function config(pythonCommand: string): Config {
    const base = { ...DEFAULT_SETTINGS, trials: 2, warmupMs: 20, durationMs: 150, timeoutMs: 10_000, models: ["async"] as Model[], concurrency: [1] };
    return {
      version: 1,
      file: path.join(scenarios, "concurrency-guard.yml"),
      root: scenarios,
      defaults: base,
      compare: DEFAULT_COMPARE,
      budgets: { defaults: {}, scenarios: {} },
      scenarios: [{ ...base, python: pythonCommand, name: "wait", file: "wait.py", path: path.join(scenarios, "wait.py"), runtime: "python", kind: "io" }],
    };
  }

  it("fails a scenario whose interpreter is missing with one message naming both, before any trial starts", async () => {
    const cfg = config("python-cg-missing-interpreter");
    const started = Date.now();
    const [cell] = await executePlan(cfg, makePlan(cfg, { seed: 1 }));
    expect(cell!.error).toBe(
      'scenario wait (wait.py): Python interpreter "python-cg-missing-interpreter" not found. ' +
        "Install Python >= 3.9 or point the config's python: setting at one (e.g. python: .venv/bin/python)",
    );
    expect(cell!.trials.map((t) => [t.status, t.ops])).toEqual([
      ["error", 0],
      ["error", 0],
    ]);
    expect(Date.now() - started).toBeLessThan(5000);
  });

  it("fails a scenario whose interpreter is older than 3.9, naming the version found", async () => {
    // Stands in for an old python3: answers the version probe as Python 3.8 would.
    const dir = mkdtempSync(path.join(tmpdir(), "cg-old-python-"));
    const fake = path.join(dir, "python3.8");
    writeFileSync(fake, "#!/bin/sh\necho '3.8.18 CPython'\n");
    chmodSync(fake, 0o755);
    const problems = await checkPythonScenarios(makePlan(config(fake), { seed: 1 }).cells, scenarios);
    expect(problems.get("wait")).toBe(
      `scenario wait (wait.py): Python interpreter "${fake}" is CPython 3.8.18; Python scenarios need Python >= 3.9. Set the config's python: setting to a newer interpreter`,
    );
  });

  it("accepts the python3 here and asks each interpreter once", async () => {
    const asked: string[] = [];
    const probe = async (command: string, cwd: string) => {
      asked.push(command);
      return probePython(command, cwd);
    };
    const cfg = config(python);
    cfg.scenarios.push({ ...cfg.scenarios[0]!, name: "wait-again" });
    const problems = await checkPythonScenarios(makePlan(cfg, { seed: 1 }).cells, scenarios, probe);
    expect(problems.size).toBe(0);
    expect(asked).toEqual([python]);
    const found = await probePython(python, scenarios);
    expect(found).toMatchObject({ ok: true, implementation: expect.any(String) });
  });

  it("words each problem", () => {
    expect(pythonProblem({ ok: true, version: "3.9.0", implementation: "CPython" }, "python3")).toBeUndefined();
    expect(pythonProblem({ ok: true, version: "3.13.1", implementation: "CPython" }, "python3")).toBeUndefined();
    expect(pythonProblem({ ok: true, version: "2.7.18", implementation: "CPython" }, "python")).toBe(
      'Python interpreter "python" is CPython 2.7.18; Python scenarios need Python >= 3.9. Set the config\'s python: setting to a newer interpreter',
    );
    expect(pythonProblem({ ok: false, reason: 'Python interpreter "py" is not executable' }, "py")).toMatch(/^Python interpreter "py" is not executable\. Install Python >= 3\.9/);
  });
});

/** A real interpreter too old for the harness, when this machine has one. */
const oldPython = ["python3.8", "python3.7", "python3.6", "python2.7", "python2"].find(
  (name) => spawnSync(name, ["-c", "import sys; sys.exit(0 if sys.version_info < (3, 9) else 1)"], { stdio: "ignore" }).status === 0,
);

describe.skipIf(oldPython === undefined)("the harness under an old Python", () => {
  it("exits with a message naming the version it needs", () => {
    const dir = mkdtempSync(path.join(tmpdir(), "cg-old-harness-"));
    const specFile = path.join(dir, "spec.json");
    writeFileSync(specFile, JSON.stringify(spec("wait.py", "async", 1)));
    const proc = spawnSync(oldPython!, [runtimeFile("python/harness.py"), specFile, path.join(dir, "out.json")], { encoding: "utf8" });
    expect(proc.status).toBe(3);
    expect(proc.stderr).toMatch(/concurrency-guard needs Python >= 3\.9 for Python scenarios; .+ is Python [23]\.\d+\.\d+/);
    expect(() => readFileSync(path.join(dir, "out.json"))).toThrow();
  });
});
