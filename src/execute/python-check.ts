import { execFile } from "node:child_process";
import type { CellPlan } from "../plan/plan.js";

/** The oldest Python the harness supports (src/execute/python/harness.py keeps to its syntax). */
export const MIN_PYTHON: readonly [number, number] = [3, 9];

/** What an interpreter said about itself, or why it could not be asked. */
export type PythonProbe = { ok: true; version: string; implementation: string } | { ok: false; reason: string };

export type ProbePython = (python: string, cwd: string) => Promise<PythonProbe>;

/** Prints `3.11.7 CPython`; written so that Python 2 can run it too and be reported as too old. */
const PROBE_CODE = "import sys, platform; print('%d.%d.%d %s' % (sys.version_info[0], sys.version_info[1], sys.version_info[2], platform.python_implementation()))";
const PROBE_TIMEOUT_MS = 20_000;

/**
 * Asks each interpreter the plan's Python scenarios use for its version, once per run and before
 * any trial, so that a missing or too old Python gives one clear message per scenario (naming the
 * interpreter tried) instead of a crashed trial per cell. Returns scenario name -> problem.
 */
export async function checkPythonScenarios(cells: readonly CellPlan[], root: string, probe: ProbePython = probePython): Promise<Map<string, string>> {
  const scenarios = new Map(cells.filter((c) => c.scenario.runtime === "python").map((c) => [c.scenario.name, c.scenario]));
  const probes = new Map<string, Promise<PythonProbe>>();
  const problems = new Map<string, string>();
  for (const scenario of scenarios.values()) {
    let pending = probes.get(scenario.python);
    if (!pending) {
      pending = probe(scenario.python, root);
      probes.set(scenario.python, pending);
    }
    const problem = pythonProblem(await pending, scenario.python);
    if (problem) problems.set(scenario.name, `scenario ${scenario.name} (${scenario.file}): ${problem}`);
  }
  return problems;
}

/** Why this interpreter cannot run Python scenarios, or undefined when it can. */
export function pythonProblem(probe: PythonProbe, python: string): string | undefined {
  if (!probe.ok) return `${probe.reason}. Install Python >= ${MIN_PYTHON.join(".")} or point the config's python: setting at one (e.g. python: .venv/bin/python)`;
  const [major = 0, minor = 0] = probe.version.split(".").map(Number);
  if (major > MIN_PYTHON[0] || (major === MIN_PYTHON[0] && minor >= MIN_PYTHON[1])) return undefined;
  return `Python interpreter "${python}" is ${probe.implementation} ${probe.version}; Python scenarios need Python >= ${MIN_PYTHON.join(".")}. Set the config's python: setting to a newer interpreter`;
}

/** Runs the interpreter the way trials will (same command, from the config's folder). */
export function probePython(python: string, cwd: string): Promise<PythonProbe> {
  return new Promise((resolve) => {
    execFile(python, ["-c", PROBE_CODE], { cwd, timeout: PROBE_TIMEOUT_MS, encoding: "utf8" }, (error, stdout, stderr) => {
      if (error) {
        const code = (error as NodeJS.ErrnoException).code;
        if (code === "ENOENT") return resolve({ ok: false, reason: `Python interpreter "${python}" not found` });
        if (code === "EACCES") return resolve({ ok: false, reason: `Python interpreter "${python}" is not executable` });
        const detail = (stderr || error.message).trim().split("\n").slice(-1)[0] ?? "";
        return resolve({ ok: false, reason: `Python interpreter "${python}" failed to report its version: ${detail}` });
      }
      const match = /^(\d+\.\d+\.\d+)\s+(\S+)/.exec(stdout.trim());
      if (!match) return resolve({ ok: false, reason: `Python interpreter "${python}" printed an unexpected version: ${JSON.stringify(stdout.trim().slice(0, 80))}` });
      resolve({ ok: true, version: match[1]!, implementation: match[2]! });
    });
  });
}
