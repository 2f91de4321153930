import { mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import { loadConfig } from "./config/load-config.js";
import type { Config } from "./config/types.js";
import { executePlan, type ExecuteEvents } from "./execute/run-plan.js";
import { makePlan, type Plan, type PlanOptions } from "./plan/plan.js";
import { buildResults } from "./results/build-results.js";
import type { ResultsFile } from "./results/types.js";

export interface MeasureOptions extends PlanOptions {
  config?: string;
  cwd?: string;
  out?: string;
  events?: (plan: Plan) => ExecuteEvents;
  detectBlocking?: boolean;
  attributeBlocking?: boolean;
}

/**
 * config -> plan -> execute -> results: the part of the pipeline the CLI's `run` and the action
 * share. The results file is written even when scenarios failed; their cells carry the error.
 */
export async function measure(options: MeasureOptions = {}): Promise<{ config: Config; plan: Plan; results: ResultsFile; out: string }> {
  const cwd = options.cwd ?? process.cwd();
  const config = loadConfig(options.config, cwd);
  const plan = makePlan(config, options);
  const out = path.resolve(cwd, options.out ?? "concurrency-guard-results.json");
  // Create the results folder before spending minutes measuring, not after.
  mkdirSync(path.dirname(out), { recursive: true });
  const cells = await executePlan(config, plan, {
    ...(options.events && { events: options.events(plan) }),
    ...(options.detectBlocking !== undefined && { detectBlocking: options.detectBlocking }),
    ...(options.attributeBlocking !== undefined && { attributeBlocking: options.attributeBlocking }),
  });
  const results = buildResults(config, cells, { seed: plan.seed });
  writeFileSync(out, `${JSON.stringify(results, null, 2)}\n`);
  return { config, plan, results, out };
}
