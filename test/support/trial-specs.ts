// One builder of TrialSpecs for the fixture scenarios of either runtime: the Node and Python runner tests share it.
import path from "node:path";
import type { Model, Runtime } from "../../src/config/types.js";
import type { TrialSpec } from "../../src/execute/trial-spec.js";
import { spread } from "../../src/plan/plan.js";

export type SpecBuilder = (file: string, model: Model, concurrency: number, poolSize?: number, extra?: Partial<TrialSpec>) => TrialSpec;

/**
 * A spec builder for the fixtures in `scenarios` (a relative file is found there, an absolute one is
 * taken as it is); `root` defaults to that folder. `defaults` override the shared timings (50 ms
 * warm-up, 300 ms window, 20 ms block threshold) for a whole test file, `extra` for one trial.
 */
export function specBuilder(base: { runtime: Runtime; scenarios: string; root?: string }, defaults: Partial<TrialSpec> = {}): SpecBuilder {
  return (file, model, concurrency, poolSize = 1, extra = {}) => ({
    scenario: path.basename(file).replace(/\..*$/, ""),
    file: path.isAbsolute(file) ? file : path.join(base.scenarios, file),
    root: base.root ?? base.scenarios,
    runtime: base.runtime,
    model,
    concurrency,
    poolSize,
    inFlightPerWorker: spread(concurrency, poolSize),
    warmupMs: 50,
    durationMs: 300,
    blockMs: 20,
    trial: 0,
    ...defaults,
    ...extra,
  });
}
