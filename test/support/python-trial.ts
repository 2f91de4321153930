// Trial specs for the Python fixtures and a runner for them on a real python3: the builders the python-*.test.ts files share.
import path from "node:path";
import { fileURLToPath } from "node:url";
import { runTrialProcess } from "../../src/execute/run-trial.js";
import type { TrialSpec } from "../../src/execute/trial-spec.js";
import { specBuilder, type SpecBuilder } from "./trial-specs.js";

export type { SpecBuilder };

/** The Python scenario fixtures, which are also the trials' root. */
export const scenarios = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../fixtures/python");
/** The interpreter the tests use: CG_TEST_PYTHON, or python3. */
export const python = process.env.CG_TEST_PYTHON ?? "python3";

/** A spec builder for a Python fixture file; `defaults` override the shared timings for a whole test file. */
export function pythonSpecs(defaults: Partial<TrialSpec> = {}): SpecBuilder {
  return specBuilder({ runtime: "python", scenarios }, defaults);
}

/** A spec with the shared timings: 50 ms warm-up, 300 ms window, 20 ms block threshold. */
export const spec = pythonSpecs();

/** Runs one trial; `interpreter` stands in for python3 (a wrapper, a missing one), `timeoutMs` for the 30 s limit. */
export function trial(s: TrialSpec, options: { interpreter?: string; timeoutMs?: number } = {}) {
  return runTrialProcess(s, { timeoutMs: options.timeoutMs ?? 30_000, python: options.interpreter ?? python });
}
