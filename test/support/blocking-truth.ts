// A measured run whose fixtures write down the stalls they inject (CG_BLOCKING_TRUTH), matched with
// what the detector reported: for the detector tests.
import { mkdtempSync } from "node:fs";
import path from "node:path";
import { matchTruth, readTruth, type Matched } from "../../fixtures/node-blocking/check-truth.mjs";
import { measure, type MeasureOptions } from "../../src/pipeline/measure.js";
import type { ResultsFile } from "../../src/results/types.js";

/** Measures with a fresh truth folder under `dir`, and matches each injected stall that fell after `warmupMs` with the reported one. */
export async function measureAgainstTruth(dir: string, options: MeasureOptions, warmupMs: number): Promise<{ results: ResultsFile; matched: Matched[] }> {
  const truth = mkdtempSync(path.join(dir, "truth-"));
  process.env.CG_BLOCKING_TRUTH = truth;
  try {
    const { results } = await measure(options);
    return { results, matched: matchTruth(readTruth(truth, warmupMs), results) };
  } finally {
    delete process.env.CG_BLOCKING_TRUTH;
  }
}
