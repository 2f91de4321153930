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
// 3. Counts comparisons that raise any gated regression (A/A), or that flag the slowed scenario,
//    for the whole matrix and per cell; and the same for each peer's decision rule replayed on the
//    same runs (bench/peer-rules.ts), on the stored comparison and on the side-by-side one.
// --time-example times `run --against HEAD` on the bundled example (fixtures/node-basic).
import { existsSync, mkdirSync, readFileSync } from "node:fs";
import { loadavg } from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";
import { loadCompareCore } from "./compare-core.mjs";
import { builtCli, powerArm, runCli } from "./power-arms.mjs";

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
const cli = builtCli(root, "bench:drift");

const { compareResults, readCompareConfig, PEER_RULES, replayPeerRules } = await loadCompareCore(outDir);

const run = (argv, env = {}) => runCli(cli, root, argv, env);

const loadBefore = loadavg();
const started = Date.now();
const measured = [];
const arm = (name, slowdown) => powerArm(root, outDir, name, slowdown);
const pairs = { cpu20: { cpu: 0.2 }, io20: { io: 0.2 } };
for (const [name, slowdown] of Object.entries(pairs)) {
  const file = path.join(outDir, `${name}.json`);
  if (args.reuse && existsSync(file)) continue;
  measured.push(name);
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

const regressions = (c) => c.cells.flatMap((cell) => cell.metrics.filter((m) => m.gated && m.verdict === "regression").map((m) => `${cell.id} ${m.metric}`));

// Every way of deciding that the study replays: ours in three modes, then each peer's rule on the
// stored comparison (Bencher over the stored history) and on the side-by-side one.
const approaches = [
  { id: "stored-drift", rule: "ours", mode: "stored, drift allowed for (new)" },
  { id: "stored-old", rule: "ours", mode: "stored, trials only (before)" },
  { id: "paired", rule: "ours", mode: "side by side" },
  ...PEER_RULES.flatMap((r) => [
    { id: `${r.id}/stored`, rule: r.label, mode: `stored (history of ${args.history} runs)` },
    { id: `${r.id}/paired`, rule: r.label, mode: "side by side" },
  ]),
];
// Which scenario each injected slowdown touches: a flag there is a detection.
const slowed = { cpu: "sha256", io: "http-get" };
const scenarioOf = new Map(real.plain.cells.map((c) => [c.id, c.scenario]));
const cellIds = real.plain.cells.map((c) => c.id);

const comparisons = Number(args.comparisons);
const historySize = Number(args.history);
const studies = [];
const simulationLoad = loadavg();
const simulationStarted = Date.now();
const falseAlarms = [];
const pct = (v) => `${(v * 100).toFixed(1)}%`;
for (const sigma of args.sigma.split(",").map(Number)) {
  const tally = new Map(approaches.map((a) => [a.id, { aa: 0, aaThroughput: 0, cpu: 0, io: 0, cells: new Map(cellIds.map((id) => [id, { aa: 0, cpu: 0, io: 0 }])) }]));
  const record = (approach, kind, alarms) => {
    const t = tally.get(approach);
    const cells = new Set(alarms.map((a) => a.split(" ")[0]).filter((id) => kind === "aa" || scenarioOf.get(id) === slowed[kind]));
    if (cells.size > 0) t[kind]++;
    if (kind === "aa" && alarms.some((a) => a.endsWith(" throughput"))) t.aaThroughput++;
    for (const id of cells) t.cells.get(id)[kind]++;
  };
  const mdc = [];
  for (let i = 0; i < comparisons; i++) {
    const history = Array.from({ length: historySize }, () => simulate(real.plain, sigma));
    const paired = (plain, variant) => {
      const drifts = new Map();
      const id = `pair-${i}-${variant}`;
      return { base: simulate(real[plain], sigma, drifts, { id, arm: "base" }), current: simulate(real[variant], sigma, drifts, { id, arm: "current" }) };
    };
    // The order of the draws is the study's: the same seed gives the same runs as before the peers.
    const aa = simulate(real.plain, sigma);
    const aaPair = paired("plain", "plain");
    const cpu = simulate(real.cpu20, sigma);
    // The I/O slowdown was measured side by side with its own plain run: that run is its store.
    const ioHistory = Array.from({ length: historySize }, () => simulate(real.plainIo, sigma));
    const io = simulate(real.io20, sigma);
    const runs = {
      aa: [aa, aaPair, history],
      cpu: [cpu, paired("plain", "cpu20"), history],
      io: [io, paired("plainIo", "io20"), ioHistory],
    };
    for (const [kind, [current, pair, store]] of Object.entries(runs)) {
      const base = store[0];
      const stored = compareResults(base, current, { settings, drift: { history: store } });
      const alarms = regressions(stored);
      record("stored-drift", kind, alarms);
      if (kind === "aa" && alarms.length > 0) falseAlarms.push(`drift ${pct(sigma)}, comparison ${i + 1}: ${alarms.join(", ")}`);
      record("stored-old", kind, regressions(compareResults(base, current, { settings })));
      record("paired", kind, regressions(compareResults(pair.base, pair.current, { settings })));
      for (const [rule, alarmsOf] of replayPeerRules(base, current, { history: store })) record(`${rule}/stored`, kind, alarmsOf);
      for (const [rule, alarmsOf] of replayPeerRules(pair.base, pair.current)) record(`${rule}/paired`, kind, alarmsOf);
      if (kind !== "aa") continue;
      for (const cell of stored.cells) {
        const m = cell.metrics.find((x) => x.metric === "throughput");
        if (m?.minDetectableChange != null) mdc.push(m.minDetectableChange);
      }
    }
  }
  mdc.sort((a, b) => a - b);
  studies.push({ sigma, tally, detectable: { p10: mdc[Math.floor(mdc.length * 0.1)], median: mdc[Math.floor(mdc.length / 2)] } });
}
const simulationMinutes = (Date.now() - simulationStarted) / 60000;
const simulationLoadAfter = loadavg();

const loads = (l) => l.map((x) => x.toFixed(2)).join(" ");
const out = [];
out.push(`drift study: ${comparisons} comparisons per drift, ${trialsPerRun} trials a side resampled from ${args["source-trials"]}-trial real runs, stored history of ${historySize} runs, seed ${args.seed}`);
if (measured.length > 0) out.push(`measured ${measured.join(", ")} in ${measuredMinutes.toFixed(1)} min; load average ${loads(loadBefore)} before, ${loads(loadAfter)} after`);
const reused = Object.keys(pairs).filter((n) => !measured.includes(n));
if (reused.length > 0) out.push(`reused ${reused.map((n) => `${n} (measured ${real[n].createdAt})`).join(", ")}`);
out.push(`simulated in ${simulationMinutes.toFixed(1)} min; load average ${loads(simulationLoad)} before, ${loads(simulationLoadAfter)} after`);
out.push("");
out.push(`A/A: comparisons of ${comparisons} raising any alarm (in brackets: an alarm on throughput); CPU +20% / I/O +20%: slowed runs of ${comparisons} flagged in the slowed scenario (sha256 / http-get)`);
out.push("");
out.push(`| rule | mode | ${studies.map(({ sigma }) => `A/A, drift ${pct(sigma)} | CPU +20% | I/O +20%`).join(" | ")} |`);
out.push(`| --- | --- | ${studies.map(() => "--- | --- | ---").join(" | ")} |`);
for (const a of approaches) {
  const columns = studies.map(({ tally }) => {
    const t = tally.get(a.id);
    return `${t.aa} (${t.aaThroughput}) | ${t.cpu} | ${t.io}`;
  });
  out.push(`| ${a.rule} | ${a.mode} | ${columns.join(" | ")} |`);
}
out.push("");
for (const { sigma, detectable } of studies) out.push(`stored with drift ${pct(sigma)}: smallest detectable throughput change per cell, median ${pct(detectable.median)} (10th percentile ${pct(detectable.p10)})`);
for (const { sigma, tally } of studies) {
  out.push("", `per cell at drift ${pct(sigma)}: A/A comparisons with an alarm in the cell / slowed runs flagged in the cell (CPU +20% for sha256, I/O +20% for http-get), of ${comparisons}`, "");
  out.push(`| rule | mode | ${cellIds.join(" | ")} |`);
  out.push(`| --- | --- | ${cellIds.map(() => "---").join(" | ")} |`);
  for (const a of approaches) {
    const t = tally.get(a.id);
    const entries = cellIds.map((id) => {
      const c = t.cells.get(id);
      return `${c.aa} / ${scenarioOf.get(id) === slowed.cpu ? c.cpu : c.io}`;
    });
    out.push(`| ${a.rule} | ${a.mode} | ${entries.join(" | ")} |`);
  }
}
if (falseAlarms.length > 0) out.push("", "stored-mode A/A false alarms (with the drift allowance):", ...falseAlarms.map((f) => `  ${f}`));
process.stdout.write(`${out.join("\n")}\n`);

if (args["time-example"]) {
  const t0 = Date.now();
  await run(["run", "--config", "fixtures/node-basic/concurrency-guard.yml", "--against", "HEAD", "--out", path.join(outDir, "example.json")]);
  process.stdout.write(`bundled example side by side (run --against HEAD): ${((Date.now() - t0) / 60000).toFixed(1)} min, load average ${loadavg().map((l) => l.toFixed(2)).join(" ")}\n`);
}
