// Fixed against adaptive trials on real trials (npm run bench:adaptive-replay): the adaptive gate's
// rounds, looks and stops replayed on trials measured on this machine, next to fixed designs that
// spend the same time, for identical code (A/A) and for 10% more CPU work per operation.
//
//   node bench/adaptive-replay.mjs [--source-trials 60] [--reps 2000] [--min 6] [--max 30]
//                                  [--fixed 20] [--seed 1] [--out .tmp/adaptive] [--reuse]
//
// 1. Measures fixtures/power with the real CLI in two side-by-side runs (run --base-config) of
//    --source-trials trials per cell: the plain code against a second copy of itself (A/A), and
//    the plain code against CPU +10% (the power study's injected slowdown). --reuse keeps them.
// 2. Replays each run --reps times: every replay takes the cells' trials in a fresh random order,
//    without replacement, round by round as an adaptive run would take them (both sides grow,
//    Holm over the family at each look's share of alpha, stop decided cells), and a fixed design
//    takes the first N. Time is counted in trials: every trial of the fixture has the same length.
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { loadavg, tmpdir } from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";
import { loadCompareCore } from "./compare-core.mjs";
import { builtCli, powerArm, runCli } from "./power-arms.mjs";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const { values: args } = parseArgs({
  options: {
    "source-trials": { type: "string", default: "60" },
    reps: { type: "string", default: "2000" },
    min: { type: "string", default: "6" },
    max: { type: "string", default: "30" },
    fixed: { type: "string", default: "20" },
    seed: { type: "string", default: "1" },
    out: { type: "string", default: ".tmp/adaptive" },
    reuse: { type: "boolean", default: false },
  },
});
const outDir = path.resolve(root, args.out);
mkdirSync(outDir, { recursive: true });
const cli = builtCli(root, "bench:adaptive-replay");

const run = (argv) => runCli(cli, root, argv, { CONCURRENCY_GUARD_COST: "off" });
const arm = (name, slowdown) => powerArm(root, outDir, name, slowdown);

const sources = { aa: {}, cpu10: { cpu: 0.1 } };
const measured = [];
for (const [name, slowdown] of Object.entries(sources)) {
  const file = path.join(outDir, `${name}.json`);
  if (args.reuse && existsSync(file)) continue;
  const load = loadavg()[0].toFixed(2);
  const started = Date.now();
  process.stderr.write(`adaptive-replay: measuring the plain code and ${name} side by side (${args["source-trials"]} trials per cell)\n`);
  await run(["run", "--config", arm(name, slowdown), "--base-config", arm(`${name}-plain`, {}), "--base-out", path.join(outDir, `${name}.base.json`), "--trials", args["source-trials"], "--out", file]);
  measured.push(`${name}: ${((Date.now() - started) / 60000).toFixed(1)} min, load average ${load} -> ${loadavg()[0].toFixed(2)}`);
}

/** Per cell (in the current file's order), per side, each ok trial's [log throughput, log p99]. */
function pools(name) {
  const read = (file) => JSON.parse(readFileSync(path.join(outDir, file), "utf8"));
  const cur = read(`${name}.json`);
  const base = read(`${name}.base.json`);
  const trials = (cell) => cell.trials.filter((t) => t.status === "ok" && t.throughput > 0 && t.latencyMs?.p99 > 0).map((t) => [Math.log(t.throughput), Math.log(t.latencyMs.p99)]);
  const ids = cur.cells.map((c) => c.id);
  const byId = new Map(base.cells.map((c) => [c.id, c]));
  return { ids, base: ids.map((id) => trials(byId.get(id))), cur: cur.cells.map(trials), createdAt: cur.createdAt };
}

const dir = mkdtempSync(path.join(tmpdir(), "cg-replay-"));
const { simulate } = await loadCompareCore(dir);
rmSync(dir, { recursive: true, force: true });

const design = { min: Number(args.min), max: Number(args.max), step: 4 };
// The product's defaults: alpha 0.01, throughput 5%, p99 10%.
const settings = { alpha: 0.01, threshold: 0.05, thresholds: [0.05, 0.1], sigmas: [0, 0], shift: 0, reps: Number(args.reps) };
const pct = (n, of) => `${((100 * n) / of).toFixed(1)}%`;
const lines = [];
const started = Date.now();
for (const name of Object.keys(sources)) {
  const p = pools(name);
  const smallest = Math.min(...p.base.map((t) => t.length), ...p.cur.map((t) => t.length));
  const watch = p.ids.map((id, i) => (id.startsWith("sha256/") ? i : -1)).filter((i) => i >= 0);
  const common = { ...settings, cells: p.ids.length, design, pools: p, watch, seed: Number(args.seed) };
  const adaptive = simulate(common);
  const perCell = adaptive.trials / (adaptive.reps * p.ids.length);
  const equal = Math.max(2, Math.round(perCell));
  const designs = [
    ["adaptive", `${design.min}..${design.max}`, adaptive],
    ["fixed, same time", String(equal), simulate({ ...common, fixed: equal })],
    ["fixed", args.fixed, simulate({ ...common, fixed: Number(args.fixed) })],
  ];
  lines.push(`${name} (${p.ids.length} cells, pools of ${smallest}+ trials a side, measured ${p.createdAt}):`);
  for (const [label, trials, r] of designs) {
    const perCellTrials = r.trials / (r.reps * p.ids.length);
    lines.push(
      `  ${label.padEnd(17)} trials ${trials.padEnd(6)} mean trials/cell ${perCellTrials.toFixed(1).padStart(5)}  runs flagging anything ${pct(r.anyFlagged, r.reps).padStart(6)}  ` +
        `runs flagging a sha256 cell ${pct(r.caught, r.reps).padStart(6)}  stops ${JSON.stringify(r.stops)}`,
    );
  }
}
lines.push(`replays took ${((Date.now() - started) / 1000).toFixed(0)}s; load average ${loadavg().map((l) => l.toFixed(2)).join(" ")}`);
if (measured.length) lines.push(`measured: ${measured.join("; ")}`);
process.stdout.write(`${lines.join("\n")}\n`);
