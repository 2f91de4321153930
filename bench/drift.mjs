// Runner drift and the gate (npm run bench:drift): A/A false alarms and power of a stored-baseline
// comparison with and without the drift allowance, and of a side-by-side comparison, on trials
// resampled from real runs with a run-level drift added.
//
//   node bench/drift.mjs [--source-trials 30] [--trials 20] [--comparisons 100] [--history 12]
//                        [--sigma 0.02,0.04] [--seed 1] [--out .tmp/drift] [--reuse] [--time-example]
//
// 1. Measures fixtures/power with the real CLI, --source-trials trials per cell, in two side-by-side
//    runs (run --base-config): the plain code against CPU +20%, and the plain code against I/O
//    +20% (the power study's injected slowdowns), so no real drift lies between a plain source and
//    its slowed twin.
// 2. Simulates runs: each run draws --trials trials per cell with replacement from a source run
//    and multiplies its throughput by exp(d) and its latencies by exp(-d), d ~ N(0, sigma) drawn
//    once per run and cell: how a VM that is a few percent faster or slower moves a whole run.
//    A stored comparison: --history such runs of the plain code are the store (newest is the
//    baseline), a fresh run is the current. Side by side: baseline and current share one d.
// 3. Counts comparisons that raise any gated regression (A/A), or that flag the slowed scenario.
// --time-example times `run --against HEAD` on the bundled example (fixtures/node-basic).
import { spawn } from "node:child_process";
import { cpSync, existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { loadavg } from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";
import * as esbuild from "esbuild";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const { values: args } = parseArgs({
  options: {
    "source-trials": { type: "string", default: "30" },
    trials: { type: "string", default: "20" },
    comparisons: { type: "string", default: "100" },
    history: { type: "string", default: "12" },
    sigma: { type: "string", default: "0.02,0.04" },
    seed: { type: "string", default: "1" },
    out: { type: "string", default: ".tmp/drift" },
    reuse: { type: "boolean", default: false },
    "time-example": { type: "boolean", default: false },
  },
});
const outDir = path.resolve(root, args.out);
mkdirSync(outDir, { recursive: true });
const cli = path.join(root, "dist/cli.js");
if (!existsSync(cli)) {
  process.stderr.write("bench:drift needs the built CLI: run npm run build first\n");
  process.exit(2);
}

const bundle = path.join(outDir, "compare-bundle.mjs");
await esbuild.build({
  stdin: { contents: 'export { compareResults } from "./src/compare/compare.ts";\nexport { readCompareConfig } from "./src/config/compare-settings.ts";', resolveDir: root, loader: "ts" },
  bundle: true,
  platform: "node",
  format: "esm",
  outfile: bundle,
  logLevel: "error",
});
const { compareResults, readCompareConfig } = await import(bundle);

const run = (argv, env = {}) =>
  new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [cli, ...argv], { cwd: root, env: { ...process.env, ...env }, stdio: ["ignore", "ignore", "inherit"] });
    child.on("close", (code) => (code === 0 ? resolve() : reject(new Error(`concurrency-guard ${argv.join(" ")} exited ${code}`))));
  });

const loadBefore = loadavg();
const started = Date.now();
const arm = (name, slowdown) => {
  const dir = path.join(outDir, "arms", name);
  rmSync(dir, { recursive: true, force: true });
  cpSync(path.join(root, "fixtures/power"), dir, { recursive: true });
  writeFileSync(path.join(dir, "slowdown.json"), `${JSON.stringify(slowdown)}\n`);
  return path.join(dir, "concurrency-guard.yml");
};
const pairs = { cpu20: { cpu: 0.2 }, io20: { io: 0.2 } };
for (const [name, slowdown] of Object.entries(pairs)) {
  const file = path.join(outDir, `${name}.json`);
  if (args.reuse && existsSync(file)) continue;
  process.stderr.write(`drift: measuring the plain code and ${name} side by side (${args["source-trials"]} trials per cell)\n`);
  const base = arm("plain", {});
  await run(["run", "--config", arm(name, slowdown), "--base-config", base, "--base-out", path.join(outDir, `${name}.plain.json`), "--trials", args["source-trials"], "--out", file]);
}
const measuredMinutes = (Date.now() - started) / 60000;
const loadAfter = loadavg();
const read = (name) => JSON.parse(readFileSync(path.join(outDir, `${name}.json`), "utf8"));
const real = { plain: read("cpu20.plain"), cpu20: read("cpu20"), plainIo: read("io20.plain"), io20: read("io20") };
const { settings } = readCompareConfig(real.plain.config, "fixtures/power");

// A seeded generator (mulberry32) and normal draws, so a study can be repeated exactly.
let state = Number(args.seed) >>> 0;
const random = () => {
  state = (state + 0x6d2b79f5) >>> 0;
  let t = state;
  t = Math.imul(t ^ (t >>> 15), t | 1);
  t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
  return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
};
const normal = () => Math.sqrt(-2 * Math.log(1 - random())) * Math.cos(2 * Math.PI * random());

const trialsPerRun = Number(args.trials);
let runCounter = 0;
/** One simulated run of a source: resampled trials, every cell moved by its own drift (or the given ones). */
function simulate(real, sigma, drifts = new Map(), pairing) {
  runCounter++;
  const { pairing: _measured, ...source } = real;
  const cells = source.cells.map((cell) => {
    const ok = cell.trials.filter((t) => t.status === "ok");
    const d = drifts.get(cell.id) ?? sigma * normal();
    drifts.set(cell.id, d);
    const speed = Math.exp(d);
    const trials = Array.from({ length: trialsPerRun }, (_, index) => {
      const t = ok[Math.floor(random() * ok.length)];
      const lat = Object.fromEntries(Object.entries(t.latencyMs).map(([k, v]) => [k, v / speed]));
      return { ...t, index, order: index, throughput: t.throughput * speed, latencyMs: lat, cpu: { ...t.cpu, perOpUs: t.cpu.perOpUs / speed } };
    });
    return { ...cell, trials };
  });
  return { ...source, git: { sha: runCounter.toString(16).padStart(40, "0") }, ...(pairing && { pairing }), cells };
}

const regressions = (c, scenario) =>
  c.cells.filter((cell) => !scenario || cell.scenario === scenario).flatMap((cell) => cell.metrics.filter((m) => m.gated && m.verdict === "regression").map((m) => `${cell.id} ${m.metric}`));

const comparisons = Number(args.comparisons);
const historySize = Number(args.history);
const rows = [];
const detectable = [];
const falseAlarms = [];
const pct = (v) => `${(v * 100).toFixed(1)}%`;
for (const sigma of args.sigma.split(",").map(Number)) {
  const tally = { storedAA: 0, oldAA: 0, pairedAA: 0, storedCpu: 0, oldCpu: 0, pairedCpu: 0, storedIo: 0, oldIo: 0, pairedIo: 0 };
  const mdc = [];
  for (let i = 0; i < comparisons; i++) {
    const history = Array.from({ length: historySize }, () => simulate(real.plain, sigma));
    const baseline = history[0];
    const stored = (current) => compareResults(baseline, current, { settings, drift: { history } });
    const old = (current) => compareResults(baseline, current, { settings });
    const paired = (plain, variant) => {
      const drifts = new Map();
      const id = `pair-${i}-${variant}`;
      const base = simulate(real[plain], sigma, drifts, { id, arm: "base" });
      return compareResults(base, simulate(real[variant], sigma, drifts, { id, arm: "current" }), { settings });
    };
    const aa = simulate(real.plain, sigma);
    const storedAA = stored(aa);
    const alarms = regressions(storedAA);
    if (alarms.length > 0) {
      tally.storedAA++;
      falseAlarms.push(`drift ${pct(sigma)}, comparison ${i + 1}: ${alarms.join(", ")}`);
    }
    if (regressions(old(aa)).length > 0) tally.oldAA++;
    if (regressions(paired("plain", "plain")).length > 0) tally.pairedAA++;
    // Each slowed source against the plain code measured in its own side-by-side run.
    const cpu = simulate(real.cpu20, sigma);
    if (regressions(stored(cpu), "sha256").length > 0) tally.storedCpu++;
    if (regressions(old(cpu), "sha256").length > 0) tally.oldCpu++;
    if (regressions(paired("plain", "cpu20"), "sha256").length > 0) tally.pairedCpu++;
    const ioHistory = Array.from({ length: historySize }, () => simulate(real.plainIo, sigma));
    const io = simulate(real.io20, sigma);
    if (regressions(compareResults(ioHistory[0], io, { settings, drift: { history: ioHistory } }), "http-get").length > 0) tally.storedIo++;
    if (regressions(compareResults(ioHistory[0], io, { settings }), "http-get").length > 0) tally.oldIo++;
    if (regressions(paired("plainIo", "io20"), "http-get").length > 0) tally.pairedIo++;
    for (const cell of storedAA.cells) {
      const m = cell.metrics.find((x) => x.metric === "throughput");
      if (m?.minDetectableChange != null) mdc.push(m.minDetectableChange);
    }
  }
  mdc.sort((a, b) => a - b);
  detectable.push({ sigma, p10: mdc[Math.floor(mdc.length * 0.1)], median: mdc[Math.floor(mdc.length / 2)] });
  rows.push({ sigma, ...tally });
}

const out = [];
out.push(`drift study: ${comparisons} comparisons per drift, ${trialsPerRun} trials a side resampled from ${args["source-trials"]}-trial real runs, stored history of ${historySize} runs`);
out.push(`measured the sources in ${measuredMinutes.toFixed(1)} min; load average ${loadBefore.map((l) => l.toFixed(2)).join(" ")} before, ${loadAfter.map((l) => l.toFixed(2)).join(" ")} after`);
out.push("");
out.push("| run-to-run drift (sd) | mode | A/A raising a regression | CPU +20% flagged (sha256) | I/O +20% flagged (http-get) |");
out.push("| --- | --- | --- | --- | --- |");
for (const r of rows) {
  const line = (mode, aa, cpuHits, ioHits) => out.push(`| ${pct(r.sigma)} | ${mode} | ${aa} of ${comparisons} | ${cpuHits} of ${comparisons} | ${ioHits} of ${comparisons} |`);
  line("stored, drift allowed for (new)", r.storedAA, r.storedCpu, r.storedIo);
  line("stored, trials only (before)", r.oldAA, r.oldCpu, r.oldIo);
  line("side by side", r.pairedAA, r.pairedCpu, r.pairedIo);
}
out.push("");
for (const d of detectable) out.push(`stored with drift ${pct(d.sigma)}: smallest detectable throughput change per cell, median ${pct(d.median)} (10th percentile ${pct(d.p10)})`);
if (falseAlarms.length > 0) out.push("", "stored-mode A/A false alarms (with the drift allowance):", ...falseAlarms.map((f) => `  ${f}`));
process.stdout.write(`${out.join("\n")}\n`);

if (args["time-example"]) {
  const t0 = Date.now();
  await run(["run", "--config", "fixtures/node-basic/concurrency-guard.yml", "--against", "HEAD", "--out", path.join(outDir, "example.json")]);
  process.stdout.write(`bundled example side by side (run --against HEAD): ${((Date.now() - t0) / 60000).toFixed(1)} min, load average ${loadavg().map((l) => l.toFixed(2)).join(" ")}\n`);
}
