// The adaptive (sequential) gate on simulated trials (npm run bench:sequential-sim): its
// family-wise false-alarm rate on A/A data, and for a real slowdown its detection rate and
// trials used, next to a fixed design given the same number of trials.
//
//   node bench/sequential-sim.mjs [--reps 10000] [--cells 12] [--shift 0.1] [--sigma 0.05,0.1]
//                                 [--min 6] [--max 30] [--alpha 0.01] [--threshold 0.05] [--seed 1]
//
// Each simulated run is side by side (both sides grow each round): 12 cells x 2 gated metrics
// (throughput, p99), log-normal trial noise, Holm over the family at each look's share of alpha.
import { mkdtempSync, rmSync } from "node:fs";
import { loadavg, tmpdir } from "node:os";
import path from "node:path";
import { parseArgs } from "node:util";
import { loadCompareCore } from "./compare-core.mjs";

const { values: args } = parseArgs({
  options: {
    reps: { type: "string", default: "10000" },
    cells: { type: "string", default: "12" },
    shift: { type: "string", default: "0.1" },
    sigma: { type: "string", default: "0.05,0.1" },
    min: { type: "string", default: "6" },
    max: { type: "string", default: "30" },
    alpha: { type: "string", default: "0.01" },
    threshold: { type: "string", default: "0.05" },
    seed: { type: "string", default: "1" },
  },
});
const dir = mkdtempSync(path.join(tmpdir(), "cg-seqsim-"));
const { simulate } = await loadCompareCore(dir);
rmSync(dir, { recursive: true, force: true });

const base = {
  reps: Number(args.reps),
  cells: Number(args.cells),
  sigmas: args.sigma.split(",").map(Number),
  design: { min: Number(args.min), max: Number(args.max), step: 4 },
  alpha: Number(args.alpha),
  threshold: Number(args.threshold),
};
const started = Date.now();
const pct = (n, of) => `${((100 * n) / of).toFixed(2)}%`;
const perCell = (r) => r.trials / (r.reps * base.cells);
/** Wilson 95% upper bound of a rate, to say how sure "at or under alpha" is. */
const upper = (k, n) => {
  const z = 1.96;
  const p = k / n;
  return (p + (z * z) / (2 * n) + z * Math.sqrt((p * (1 - p)) / n + (z * z) / (4 * n * n))) / (1 + (z * z) / n);
};

const aa = simulate({ ...base, shift: 0, seed: Number(args.seed) });
const shifted = simulate({ ...base, shift: Number(args.shift), seed: Number(args.seed) + 1 });
const equalTime = Math.max(2, Math.round(perCell(shifted)));
const fixedShifted = simulate({ ...base, shift: Number(args.shift), seed: Number(args.seed) + 1, fixed: equalTime });
const fixedAa = simulate({ ...base, shift: 0, seed: Number(args.seed), fixed: Math.max(2, Math.round(perCell(aa))) });

const lines = [
  `sequential simulation: ${base.reps} runs x ${base.cells} cells x ${base.sigmas.length} gated metrics, side by side, log-sd ${base.sigmas.join("/")}, ` +
    `alpha ${base.alpha}, threshold ${pct(base.threshold, 1)}, adaptive ${base.design.min}..${base.design.max} step ${base.design.step}`,
  `A/A adaptive: family-wise false alarms ${aa.anyFlagged}/${aa.reps} = ${pct(aa.anyFlagged, aa.reps)} (95% upper ${pct(upper(aa.anyFlagged, aa.reps), 1)}); ` +
    `any test significant ${pct(aa.anySignificant, aa.reps)}; mean trials per cell ${perCell(aa).toFixed(1)}; stops ${JSON.stringify(aa.stops)}`,
  `A/A fixed ${Math.max(2, Math.round(perCell(aa)))} trials: family-wise false alarms ${pct(fixedAa.anyFlagged, fixedAa.reps)}; any significant ${pct(fixedAa.anySignificant, fixedAa.reps)}`,
  `+${pct(Number(args.shift), 1)} slowdown in every cell, adaptive: cells flagged ${pct(shifted.cellsFlagged, shifted.reps * base.cells)}, runs flagging any ${pct(shifted.anyFlagged, shifted.reps)}; ` +
    `mean trials per cell ${perCell(shifted).toFixed(1)}; stops ${JSON.stringify(shifted.stops)}`,
  `+${pct(Number(args.shift), 1)} slowdown, fixed ${equalTime} trials (equal time): cells flagged ${pct(fixedShifted.cellsFlagged, fixedShifted.reps * base.cells)}, runs flagging any ${pct(fixedShifted.anyFlagged, fixedShifted.reps)}`,
  `took ${((Date.now() - started) / 1000).toFixed(0)}s; load average ${loadavg().map((l) => l.toFixed(2)).join(" ")}`,
];
process.stdout.write(`${lines.join("\n")}\n`);
