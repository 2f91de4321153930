import { median } from "simple-statistics";
import { MIN_TRIALS, type Model, type Runtime } from "../config/types.js";
import type { CellResult } from "../results/types.js";
import { holmAdjust } from "../stats/holm.js";
import { mannWhitneyU } from "../stats/mann-whitney.js";
import { groupBy } from "./group-by.js";

/**
 * Advice never gates, so it is held to the conventional 5% family-wise level (Holm over every
 * claim the run's advice tests), not to the gate's alpha; and a model must be at least 10%
 * faster before the report recommends moving to it.
 */
export const ADVICE_ALPHA = 0.05;
export const MIN_GAIN = 1.1;

/** Two models of one scenario at one level, the faster first, tested across trials. */
export interface Contrast {
  scenario: string;
  concurrency: number;
  faster: Model;
  slower: Model;
  /** Median throughput of the faster over the slower's. */
  ratio: number;
  trials: { faster: number; slower: number };
  /** Two-sided Mann-Whitney p on the trials' throughput, raw and Holm-adjusted over the run's claims. */
  p: number;
  pAdjusted: number;
  /** Adjusted p at most `ADVICE_ALPHA` and a ratio of at least `MIN_GAIN`. */
  significant: boolean;
}

/** How much a model's median throughput grew from one level to another. */
export interface Scaling {
  model: Model;
  from: number;
  to: number;
  gain: number;
}

export interface ScenarioEvidence {
  scenario: string;
  runtime: Runtime;
  /** The fastest pool model against the event loop, at the highest level both ran. */
  offLoop?: Contrast;
  /**
   * Python: processes against threads at the highest level both ran, and each one's gain from the
   * lowest; `held` when the contrast is significant and threads did not scale while processes did.
   */
  gil?: { contrast: Contrast; threads: Scaling; processes: Scaling; held: boolean };
}

type Samples = Map<string, number[]>;

/**
 * The run's own evidence for advice on the scenarios named: every contrast is a Mann-Whitney test
 * on the trials' throughput, and the p-values are Holm-adjusted together, so the more advice a run
 * gives, the more each piece must show. A model that was not measured (or has fewer than
 * `MIN_TRIALS` usable trials at a level) gives no contrast.
 */
export function modelEvidence(cells: readonly CellResult[], scenarios: ReadonlySet<string>): Map<string, ScenarioEvidence> {
  const out = new Map<string, ScenarioEvidence>();
  const contrasts: Contrast[] = [];
  for (const [name, own] of groupBy(cells, (c) => c.scenario)) {
    if (!scenarios.has(name)) continue;
    const samples: Samples = new Map();
    for (const c of own) {
      const values = c.trials.filter((t) => t.status === "ok" && t.ops > 0).map((t) => t.throughput);
      if (values.length >= MIN_TRIALS) samples.set(`${c.model}/${c.concurrency}`, values);
    }
    const evidence: ScenarioEvidence = { scenario: name, runtime: own[0]!.runtime };
    const offLoop = offLoopContrast(name, samples);
    if (offLoop) contrasts.push((evidence.offLoop = offLoop));
    if (evidence.runtime === "python" && !own.some((c) => c.model === "threads" && c.trials.some((t) => t.runtimeInfo?.gil === false))) {
      const gil = gilContrast(name, samples);
      if (gil) {
        contrasts.push(gil.contrast);
        evidence.gil = gil;
      }
    }
    out.set(name, evidence);
  }
  const adjusted = holmAdjust(contrasts.map((c) => c.p));
  contrasts.forEach((c, i) => {
    c.pAdjusted = adjusted[i]!;
    c.significant = c.pAdjusted <= ADVICE_ALPHA && c.ratio >= MIN_GAIN;
  });
  for (const e of out.values()) {
    if (e.gil) e.gil.held = e.gil.contrast.significant && e.gil.threads.gain < MIN_GAIN && e.gil.processes.gain > e.gil.threads.gain;
  }
  return out;
}

function offLoopContrast(scenario: string, samples: Samples): Contrast | undefined {
  const levels = levelsOf(samples, "async").filter((l) => samples.has(`threads/${l}`) || samples.has(`processes/${l}`));
  const level = levels[levels.length - 1];
  if (level === undefined) return undefined;
  const pools = (["threads", "processes"] as const).filter((m) => samples.has(`${m}/${level}`));
  const best = pools.sort((a, b) => median(samples.get(`${b}/${level}`)!) - median(samples.get(`${a}/${level}`)!))[0]!;
  return contrast(scenario, level, best, "async", samples);
}

function gilContrast(scenario: string, samples: Samples): ScenarioEvidence["gil"] {
  const both = levelsOf(samples, "threads").filter((l) => samples.has(`processes/${l}`));
  const from = both[0];
  const to = both[both.length - 1];
  if (from === undefined || to === undefined || to <= from) return undefined;
  const c = contrast(scenario, to, "processes", "threads", samples);
  if (!c) return undefined;
  return { contrast: c, threads: scaling("threads", from, to, samples), processes: scaling("processes", from, to, samples), held: false };
}

/** The contrast when `faster` has the higher median (no claim otherwise). */
function contrast(scenario: string, concurrency: number, faster: Model, slower: Model, samples: Samples): Contrast | undefined {
  const x = samples.get(`${faster}/${concurrency}`);
  const y = samples.get(`${slower}/${concurrency}`);
  if (!x || !y) return undefined;
  const mx = median(x);
  const my = median(y);
  if (!(my > 0) || mx <= my) return undefined;
  const { p } = mannWhitneyU(x, y);
  return { scenario, concurrency, faster, slower, ratio: mx / my, trials: { faster: x.length, slower: y.length }, p, pAdjusted: p, significant: false };
}

function scaling(model: Model, from: number, to: number, samples: Samples): Scaling {
  const low = median(samples.get(`${model}/${from}`)!);
  return { model, from, to, gain: low > 0 ? median(samples.get(`${model}/${to}`)!) / low : 0 };
}

function levelsOf(samples: Samples, model: Model): number[] {
  return [...samples.keys()]
    .filter((k) => k.startsWith(`${model}/`))
    .map((k) => Number(k.slice(model.length + 1)))
    .sort((a, b) => a - b);
}
