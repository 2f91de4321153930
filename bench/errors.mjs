// A/A for the error-rate gate (npm run bench:errors): a scenario with a steady 1% error rate,
// measured --runs times with the real CLI (async at concurrency 1 and 8, --trials trials of
// --duration), each run compared with the one before it as a stored baseline would be; then
// --resampled more comparisons of --trials trials drawn with replacement from all the runs' trials.
// Counts comparisons that raise an error-rate regression (the goal: none in 20) and any gate failure.
//
//   node bench/errors.mjs [--runs 21] [--trials 6] [--duration 200ms] [--resampled 1000] [--seed 1] [--out .tmp/errors] [--reuse]
import { spawn } from "node:child_process";
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { loadavg } from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";
import { loadCompareCore } from "./compare-core.mjs";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const { values: args } = parseArgs({
  options: {
    runs: { type: "string", default: "21" },
    trials: { type: "string", default: "6" },
    duration: { type: "string", default: "200ms" },
    resampled: { type: "string", default: "1000" },
    seed: { type: "string", default: "1" },
    out: { type: "string", default: ".tmp/errors" },
    reuse: { type: "boolean", default: false },
  },
});
const outDir = path.resolve(root, args.out);
mkdirSync(path.join(outDir, "runs"), { recursive: true });
const cli = path.join(root, "dist/cli.js");
if (!existsSync(cli)) {
  process.stderr.write("bench:errors needs the built CLI: run npm run build first\n");
  process.exit(2);
}
const { compareResults, DEFAULT_COMPARE } = await loadCompareCore(outDir);

const config = path.join(outDir, "concurrency-guard.yml");
writeFileSync(
  config,
  [
    "version: 1",
    `defaults: { trials: ${Number(args.trials)}, duration: ${args.duration}, warmup: 50ms, timeout: 10s, concurrency: [1, 8], models: [async] }`,
    "scenarios:",
    `  - { name: steady-errors, file: ${JSON.stringify(path.relative(outDir, path.join(root, "bench/scenarios/steady-errors.mjs")))}, kind: io }`,
  ].join("\n") + "\n",
);

const cliRun = (argv) =>
  new Promise((resolve) => {
    const child = spawn(process.execPath, [cli, ...argv], { cwd: outDir, stdio: ["ignore", "pipe", "inherit"] });
    let out = "";
    child.stdout.on("data", (d) => (out += d));
    child.on("close", (code) => resolve({ code, out }));
  });

const loadBefore = loadavg();
const started = Date.now();
const runs = Number(args.runs);
const files = [];
for (let i = 0; i < runs; i++) {
  const file = path.join(outDir, "runs", `run-${String(i).padStart(2, "0")}.json`);
  files.push(file);
  if (args.reuse && existsSync(file)) continue;
  const r = await cliRun(["run", "--config", config, "--out", file]);
  if (r.code !== 0) throw new Error(`run ${i} exited ${r.code}`);
  process.stderr.write(`errors: run ${i + 1}/${runs} measured\n`);
}
const loadAfter = loadavg();

const load = (f) => JSON.parse(readFileSync(f, "utf8"));
const errorFindings = (c) => c.cells.filter((cell) => cell.errors?.verdict === "regression").map((cell) => cell.id);
const lines = [];
let consecutiveErrors = 0;
let consecutiveAny = 0;
const rates = [];
for (let i = 1; i < files.length; i++) {
  // Through the CLI, as a user compares: exit 1 is any gate failure (timing included).
  const r = await cliRun(["compare", "--baseline", `file:${files[i - 1]}`, "--current", files[i], "--json", path.join(outDir, `cmp-${i}.json`)]);
  const doc = load(path.join(outDir, `cmp-${i}.json`));
  const flagged = errorFindings(doc);
  if (flagged.length > 0) consecutiveErrors++;
  if (r.code === 1) consecutiveAny++;
  for (const cell of doc.cells) if (cell.errors) rates.push(`${cell.id} ${(cell.errors.current.median * 100).toFixed(2)}% p ${cell.errors.pAdjusted?.toFixed(3) ?? "-"} ${cell.errors.verdict}`);
  lines.push(`  ${path.basename(files[i - 1])} -> ${path.basename(files[i])}: ${flagged.length > 0 ? `ERROR-RATE REGRESSION ${flagged.join(", ")}` : "no error-rate finding"}${r.code === 1 ? " (gate failed)" : ""}`);
}

// Resampled: trials drawn with replacement from every run's trials of the cell.
let seed = Number(args.seed) >>> 0;
const random = () => {
  seed = (seed + 0x6d2b79f5) >>> 0;
  let t = seed;
  t = Math.imul(t ^ (t >>> 15), t | 1);
  t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
  return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
};
const all = files.map(load);
const pool = new Map();
for (const r of all) for (const cell of r.cells) pool.set(cell.id, [...(pool.get(cell.id) ?? []), ...cell.trials]);
const draw = () => ({
  ...all[0],
  cells: all[0].cells.map((cell) => {
    const trials = pool.get(cell.id);
    const picked = Array.from({ length: Number(args.trials) }, (_, i) => ({ ...trials[Math.floor(random() * trials.length)], index: i }));
    return { ...cell, trials: picked, errors: undefined };
  }),
});
let resampledErrors = 0;
for (let i = 0; i < Number(args.resampled); i++) {
  const c = compareResults(draw(), draw(), { settings: JSON.parse(JSON.stringify(DEFAULT_COMPARE)) });
  if (errorFindings(c).length > 0) resampledErrors++;
}

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const cellRates = [...pool.entries()].map(([id, trials]) => {
  const r = trials.filter((t) => t.status === "ok").map((t) => t.errors / (t.ops + t.errors));
  return `${id}: median ${(median(r) * 100).toFixed(2)}%, ${Math.round(median(trials.map((t) => t.ops + t.errors)))} operations per trial, ${r.filter((x) => x === 0).length} of ${r.length} trials without a failure`;
});
const report = [
  `bench:errors: steady 1% error rate, ${runs} runs of ${args.trials} trials x ${args.duration} per cell (${Math.round((Date.now() - started) / 1000)} s)`,
  `load average before ${loadBefore.map((l) => l.toFixed(2)).join(" ")}, after measuring ${loadAfter.map((l) => l.toFixed(2)).join(" ")}`,
  ...cellRates.map((l) => `  ${l}`),
  `consecutive runs: ${consecutiveErrors} of ${files.length - 1} A/A comparisons raised an error-rate regression; ${consecutiveAny} failed the gate for any reason`,
  ...lines,
  `resampled: ${resampledErrors} of ${args.resampled} A/A comparisons raised an error-rate regression`,
];
writeFileSync(path.join(outDir, "report.txt"), report.join("\n") + "\n");
writeFileSync(path.join(outDir, "cells.txt"), rates.join("\n") + "\n");
process.stdout.write(report.join("\n") + "\n");
