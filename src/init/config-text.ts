import { Document, isSeq, type YAMLSeq } from "yaml";
import type { Config } from "../config/types.js";
import { makePlan } from "../plan/plan.js";
import { planTeeth } from "../pipeline/plan-teeth.js";
import type { StarterScenario } from "./scenario-files.js";

/** The settings `init` writes: sized so a pull request's check (both sides measured) fits about 5 minutes on 2 cores. */
export interface StarterSettings {
  concurrency: number[];
  trials: number;
  durationMs: number;
  warmupMs: number;
  timeoutMs: number;
}

/** Where a 2-core runner's check should end: 4 of its 5 minutes measuring, the rest for start-up and counts. */
export const MEASURE_BUDGET_MS = 4 * 60_000;
const DURATIONS_MS = [500, 300, 200];

export const FIRST_GUESS: StarterSettings = { concurrency: [1, 8], trials: 6, durationMs: 300, warmupMs: 100, timeoutMs: 30_000 };

/**
 * The fewest trials with which the pull request's side-by-side check can flag a change over the
 * plan's gated comparisons (its teeth, at the config's alpha), and the longest trial from 500, 300
 * and 200 ms that keeps both sides within `MEASURE_BUDGET_MS`.
 */
export function fitSettings(config: Config, first: StarterSettings = FIRST_GUESS): StarterSettings {
  const floor = planTeeth(config, undefined, true, config.compare.alpha).floor.trials;
  const trials = Math.max(first.trials, floor ?? first.trials);
  const bothSides = (durationMs: number) => 2 * makePlan(config, { trials, durationMs, seed: 1 }).estimatedMs;
  const durationMs = DURATIONS_MS.find((d) => bothSides(d) <= MEASURE_BUDGET_MS) ?? DURATIONS_MS[DURATIONS_MS.length - 1]!;
  return { ...first, trials, durationMs };
}

/** The config file's text: the schema line an editor reads, a word on where the numbers come from, then the YAML. */
export function configText(schemaRef: string, settings: StarterSettings, scenarios: StarterScenario[]): string {
  const doc = new Document({
    version: 1,
    defaults: {
      models: ["async", "threads", "processes"],
      concurrency: settings.concurrency,
      trials: settings.trials,
      duration: `${settings.durationMs}ms`,
      warmup: `${settings.warmupMs}ms`,
      timeout: `${settings.timeoutMs / 1000}s`,
    },
    scenarios: scenarios.map((s) => ({ name: s.name, file: s.file, kind: s.kind })),
  });
  const defaults = doc.get("defaults") as { items: { value: unknown }[] } | undefined;
  for (const pair of defaults?.items ?? []) if (isSeq(pair.value)) (pair.value as YAMLSeq).flow = true;
  const templates = scenarios.filter((s) => s.template).map((s) => s.file);
  doc.commentBefore = [
    ` yaml-language-server: $schema=${schemaRef}`,
    " Written by concurrency-guard init. Sized for a pull request check on a 2-core runner: both",
    ` sides (base and PR) measured in about ${Math.round(MEASURE_BUDGET_MS / 60_000)} minutes, with ${settings.trials} trials per cell, the fewest`,
    " with which a change can be significant over these cells. More scenarios or levels: more time.",
    ...(templates.length > 0 ? [` Templates to replace with calls into your code: ${templates.join(", ")}.`] : []),
  ].join("\n");
  return doc.toString({ lineWidth: 0, flowCollectionPadding: false });
}
