// The adaptive procedure on simulated trials, for bench/sequential-sim.mjs and its test: rounds,
// looks, stopping, Holm at each look's level, and the replayed verdict, with the same rules as
// src/compare (Mann-Whitney p, Hodges-Lehmann interval on logs, decided unchanged / changed).
import { hodgesLehmann } from "../src/stats/hodges-lehmann.js";
import { holmAdjust } from "../src/stats/holm.js";
import { mannWhitneyU } from "../src/stats/mann-whitney.js";
import { FUTILITY_SHARE } from "../src/compare/sequential.js";
import { lookLevels, plannedLooks, sequentialAdjusted, trialsAtLook, type SequentialDesign } from "../src/stats/sequential.js";

export interface SimOptions {
  reps: number;
  cells: number;
  /** Trial-to-trial spread of each gated metric, sd of its log (throughput, p99). */
  sigmas: readonly number[];
  /** True slowdown of every cell of the current side (0.1: throughput / 1.1, p99 x 1.1). */
  shift: number;
  design: SequentialDesign;
  alpha: number;
  threshold: number;
  /** Per gated metric instead of `threshold` (the product's: throughput 5%, p99 10%). */
  thresholds?: readonly number[];
  seed: number;
  /** A fixed design instead: this many trials a side, one look at alpha. */
  fixed?: number;
  /**
   * Real trials to replay instead of drawn ones: per cell, per side, each trial's log value of every
   * gated metric. Each run takes a fresh random order of each pool, without replacement.
   */
  pools?: { base: number[][][]; cur: number[][][] };
  /** Cells whose regression counts as catching the change (`caught`): the slowed scenario's. */
  watch?: readonly number[];
}

export interface SimOutcome {
  reps: number;
  /** Runs with any gated metric flagged (regression or improvement): a false alarm under A/A. */
  anyFlagged: number;
  /** Runs with any gated test significant at all (interval aside). */
  anySignificant: number;
  /** Cells flagged as a regression, out of all cells of all runs. */
  cellsFlagged: number;
  /** Trials per side, summed over cells and runs. */
  trials: number;
  /** Runs with a regression flagged in a watched cell (`watch`). */
  caught: number;
  /** Cells per stop reason, over all runs. */
  stops: Record<"unchanged" | "changed" | "no-regression" | "cap", number>;
}

/** Runs `reps` simulated side-by-side runs (both sides grow) and counts what the gate did. */
export function simulate(o: SimOptions): SimOutcome {
  const random = mulberry32(o.seed);
  const normal = () => Math.sqrt(-2 * Math.log(1 - random())) * Math.cos(2 * Math.PI * random());
  const design = o.fixed !== undefined ? { min: o.fixed, max: o.fixed, step: 1 } : o.design;
  const levels = lookLevels(design, o.alpha);
  const looks = plannedLooks(design);
  const metrics = o.sigmas.length;
  const thresholds = o.thresholds ?? o.sigmas.map(() => o.threshold);
  const confidence = 1 - o.alpha;
  const out: SimOutcome = { reps: o.reps, anyFlagged: 0, anySignificant: 0, cellsFlagged: 0, caught: 0, trials: 0, stops: { unchanged: 0, changed: 0, "no-regression": 0, cap: 0 } };
  const draw = (sign: number, sigma: number, shifted: boolean) => sign * (shifted ? Math.log1p(o.shift) : 0) + sigma * normal();

  for (let rep = 0; rep < o.reps; rep++) {
    // Log values per cell, metric, side; sign: a slowdown lowers throughput, raises p99.
    const data = Array.from({ length: o.cells }, () => Array.from({ length: metrics }, () => ({ base: [] as number[], cur: [] as number[] })));
    const open = new Set(Array.from({ length: o.cells }, (_, c) => c));
    const adjusted: (number | undefined)[][] = Array.from({ length: o.cells * metrics }, () => []);
    const p = new Array<number>(o.cells * metrics).fill(1);
    const interval = new Array<[number, number]>(o.cells * metrics).fill([-Infinity, Infinity]);
    const verdicts = new Array<string>(o.cells * metrics).fill("inconclusive");
    const estimate = new Array<number>(o.cells * metrics).fill(0);
    const order = o.pools && Array.from({ length: o.cells }, (_, c) => ({ base: shuffled(o.pools!.base[c]!.length, random), cur: shuffled(o.pools!.cur[c]!.length, random) }));
    for (let k = 1; k <= looks && open.size > 0; k++) {
      const target = trialsAtLook(design, k);
      for (const c of open) {
        for (let m = 0; m < metrics; m++) {
          const sign = m === 0 ? -1 : 1;
          const d = data[c]![m]!;
          while (d.cur.length < target) {
            if (order) {
              // Every metric of a cell takes the same trials: a trial's throughput and p99 go together.
              const n = d.cur.length;
              const [b, k] = [order[c]!.base[n], order[c]!.cur[n]];
              if (b === undefined || k === undefined) throw new RangeError(`cell ${c}: the pool has fewer than ${target} trials`);
              d.base.push(o.pools!.base[c]![b]![m]!);
              d.cur.push(o.pools!.cur[c]![k]![m]!);
              continue;
            }
            d.base.push(draw(sign, o.sigmas[m]!, false));
            d.cur.push(draw(sign, o.sigmas[m]!, true));
          }
          const i = c * metrics + m;
          p[i] = mannWhitneyU(d.cur, d.base).p;
          const hl = hodgesLehmann(d.base, d.cur, confidence);
          interval[i] = [hl.lower, hl.upper];
          estimate[i] = hl.estimate;
        }
      }
      // Holm over the whole family at this look (stopped cells keep their last p).
      const adj = holmAdjust(p);
      adj.forEach((a, i) => (adjusted[i]![k - 1] = a));
      for (let i = 0; i < p.length; i++) {
        const bound = Math.log1p(thresholds[i % metrics]!);
        const significant = sequentialAdjusted(adjusted[i]!, levels, o.alpha) <= o.alpha;
        const [lo, hi] = interval[i]!;
        const worseIsUp = i % metrics !== 0;
        verdicts[i] = significant && (worseIsUp ? lo > bound : hi < -bound) ? "regression" : significant && (worseIsUp ? hi < -bound : lo > bound) ? "improvement" : lo >= -bound && hi <= bound ? "unchanged" : "inconclusive";
      }
      for (const c of [...open]) {
        const v = verdicts.slice(c * metrics, (c + 1) * metrics);
        // Futility, as src/compare/sequential.ts: every estimate well on the good side of its threshold.
        const clear = v.every((_, m) => {
          const bar = Math.log1p(thresholds[m]! * FUTILITY_SHARE);
          const e = estimate[c * metrics + m]!;
          return m === 0 ? e > -bar : e < bar;
        });
        const reason = v.some((x) => x === "regression" || x === "improvement") ? "changed" : v.every((x) => x === "unchanged") ? "unchanged" : clear ? "no-regression" : k === looks ? "cap" : undefined;
        if (!reason) continue;
        out.stops[reason]++;
        open.delete(c);
      }
    }
    const flagged = verdicts.filter((v) => v === "regression" || v === "improvement").length;
    if (flagged > 0) out.anyFlagged++;
    if (adjusted.some((row) => sequentialAdjusted(row, levels, o.alpha) <= o.alpha)) out.anySignificant++;
    const regressed = (c: number) => verdicts.slice(c * metrics, (c + 1) * metrics).includes("regression");
    for (let c = 0; c < o.cells; c++) if (regressed(c)) out.cellsFlagged++;
    if (o.watch?.some(regressed)) out.caught++;
    for (const cell of data) out.trials += cell[0]!.cur.length;
  }
  return out;
}

/** 0..n-1 in a random order (Fisher-Yates). */
function shuffled(n: number, random: () => number): number[] {
  const a = Array.from({ length: n }, (_, i) => i);
  for (let i = n - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [a[i], a[j]] = [a[j]!, a[i]!];
  }
  return a;
}

/** The plan's seeded generator (src/plan/plan.ts), copied: importing the plan would pull in the config loader. */
function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
