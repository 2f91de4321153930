import type { Model, Runtime } from "../config/types.js";

/** Everything a trial process needs, written to a file the process reads; the same for Node and Python. */
export interface TrialSpec {
  scenario: string;
  /** Absolute path of the scenario module. */
  file: string;
  /** Folder that reported source paths are relative to. */
  root: string;
  runtime: Runtime;
  model: Model;
  concurrency: number;
  poolSize: number;
  inFlightPerWorker: number[];
  warmupMs: number;
  durationMs: number;
  blockMs: number;
  trial: number;
  /** Turn the blocking detector off (overhead measurements). */
  detectBlocking?: boolean;
  /** Turn blocking attribution (profiler, sync API hooks) off while keeping detection. */
  attributeBlocking?: boolean;
}

/** What a scenario's `setup(info)` receives. */
export interface ScenarioInfo {
  scenario: string;
  model: Model;
  concurrency: number;
  /** Operations in flight on this loop. */
  inFlight: number;
  /** Which pool member this is (0 for the async model). */
  worker: number;
  poolSize: number;
  trial: number;
}
