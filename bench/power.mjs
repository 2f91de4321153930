// Measured power of the compare gate (npm run bench:power): how often it cries wolf on
// identical code (A/A), and how often it catches injected slowdowns, on this machine.
//
//   node bench/power.mjs [--aa 20] [--slow 10] [--trials 10] [--duration 300ms] [--out .tmp/power] [--reuse | --analyze] [--nice N]
//                        [--load N] [--paired [--pool K] [--no-s2 | --s2 N]] [--adaptive] [--time-budget 2m] [--lock FILE]
//                        [--cost off]
//
// --cost is each run's `--cost` (default off): the study measures the wall-clock gate, and the
// instruction counts would both flag every CPU slowdown and take their share of a time budget.
//
// --adaptive runs every measurement with `--trials adaptive` (rounds, more trials only where the
// verdict is open); --time-budget passes the same budget to each run. Fixed vs adaptive at equal
// time: the same study twice, with and without --adaptive, at one --time-budget; the report gives
// the time each run spent and the trials per cell.
//
// --lock FILE takes an exclusive lock (flock) on FILE around each measured run, so that a long study
// shares a quiet machine with other timed work one run at a time; the time a run spent waiting for
// the lock is not counted as its time.
//
// --load N runs N noisy neighbours for the whole study: processes that burn a core in bursts of
// random length (20 ms to 1 s busy, then as long idle), the way other jobs on a shared runner do.
//
// Runs the real CLI (`dist/cli.js run`) on fixtures/power, whose scenarios read the injected
// slowdown from the environment, then compares the runs with the real compare code.
// The report also replays the peers' decision rules (bench/peer-rules.ts) on the same comparisons.
import { spawn } from "node:child_process";
import { cpSync, existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { loadavg, setPriority } from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";
import { loadCompareCore } from "./compare-core.mjs";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const { values: args } = parseArgs({
  options: {
    aa: { type: "string", default: "20" },
    slow: { type: "string", default: "10" },
    trials: { type: "string" },
    duration: { type: "string" },
    out: { type: "string", default: ".tmp/power" },
    reuse: { type: "boolean", default: false },
    // Only analyze the results files already in --out (e.g. of a study cut short).
    analyze: { type: "boolean", default: false },
    // Niceness of the measured runs: raise it on a shared machine to yield to other work.
    nice: { type: "string", default: "0" },
    load: { type: "string", default: "0" },
    // Measure each comparison's two sides in one run, their trials taking turns (run --base-config).
    paired: { type: "boolean", default: false },
    // Analysis only: merge every K side-by-side runs of a kind into one comparison of K times the
    // trials (what a longer run would give), to see how power grows with the trial count.
    pool: { type: "string", default: "1" },
    adaptive: { type: "boolean", default: false },
    "time-budget": { type: "string" },
    // Side by side only: measure just the CPU +10% / I/O +20% runs (S1), not CPU +20% (S2).
    "no-s2": { type: "boolean", default: false },
    // Side by side only: measure CPU +20% (S2) in only the first N rounds (default: --slow).
    s2: { type: "string" },
    lock: { type: "string" },
    cost: { type: "string", default: "off" },
  },
});
const aaComparisons = Number(args.aa);
const slowRuns = Number(args.slow);
const s2Runs = args.s2 === undefined ? slowRuns : Number(args.s2);
const outDir = path.resolve(root, args.out);
const config = path.join(root, "fixtures/power/concurrency-guard.yml");
mkdirSync(outDir, { recursive: true });

if (!existsSync(path.join(root, "dist/cli.js")) || !existsSync(path.join(root, "dist/trial.js"))) {
  process.stderr.write("bench:power needs the built CLI (dist/cli.js, dist/trial.js): run npm run build first\n");
  process.exit(2);
}
// Run a snapshot of dist/: the study takes a while, and a rebuild meanwhile must not change the code under test.
// --analyze leaves the snapshot alone, so it can report on a study that is still running.
const distCopy = path.join(outDir, "dist");
if (!args.analyze) {
  rmSync(distCopy, { recursive: true, force: true });
  cpSync(path.join(root, "dist"), distCopy, { recursive: true });
}
const cli = path.join(distCopy, "cli.js");

const { compareResults, readCompareConfig, summarizeBlocking, failureReasons, PEER_RULES, replayPeerRules } = await loadCompareCore(outDir);

// The variants: plain code, CPU +10% with I/O +20%, CPU +20%. Consecutive runs (default) get
// them from the environment; side-by-side runs (--paired) from copies of the fixture, each with
// its slowdown.json, measured by one `run --base-config` whose trials take turns.
const kinds = {
  A: {},
  S1: { CG_POWER_CPU_SLOWDOWN: "0.1", CG_POWER_IO_SLOWDOWN: "0.2" },
  S2: { CG_POWER_CPU_SLOWDOWN: "0.2" },
};
const fixture = path.join(root, "fixtures/power");
const arms = {
  plain: armDir("plain", {}),
  plain2: armDir("plain2", {}),
  S1: armDir("s1", { cpu: 0.1, io: 0.2 }),
  S2: armDir("s2", { cpu: 0.2 }),
};

// Interleave kinds so slow drift of the machine does not line up with one kind of run.
const plan = [];
if (args.paired) {
  for (let i = 1; i <= Math.max(aaComparisons, slowRuns, args["no-s2"] ? 0 : s2Runs); i++) {
    if (i <= aaComparisons) plan.push({ kind: "AA", index: i, base: arms.plain, current: arms.plain2 });
    if (i <= slowRuns) plan.push({ kind: "S1", index: i, base: arms.plain, current: arms.S1 });
    if (i <= s2Runs && !args["no-s2"]) plan.push({ kind: "S2", index: i, base: arms.plain, current: arms.S2 });
  }
} else {
  for (let i = 0; i <= aaComparisons; i++) {
    plan.push({ kind: "A", index: i, env: kinds.A });
    if (i >= 1 && i <= slowRuns) plan.push({ kind: "S1", index: i, env: kinds.S1 }, { kind: "S2", index: i, env: kinds.S2 });
  }
}

const neighbours = startNeighbours(Number(args.load));
const started = Date.now();
const loadBefore = loadavg();
for (const [n, step] of plan.entries()) {
  const file = resultsPath(step.kind, step.index);
  if ((args.reuse || args.analyze) && existsSync(file)) continue;
  if (args.analyze) continue;
  const eta = n === 0 ? "" : `, about ${Math.round((((Date.now() - started) / n) * (plan.length - n)) / 60000)} min left`;
  process.stderr.write(`power: run ${n + 1}/${plan.length} (${step.kind}${step.index})${eta}\n`);
  if (args.paired) await runOnce(file, {}, ["--config", step.current, "--base-config", step.base, "--base-out", baseResultsPath(step.kind, step.index)]);
  else await runOnce(file, step.env, ["--config", config]);
}

const loadAfter = loadavg();
for (const n of neighbours) n.kill();
const readCache = new Map();
const read = (file) => {
  if (!readCache.has(file)) readCache.set(file, JSON.parse(readFileSync(file, "utf8")));
  return readCache.get(file);
};
const have = (kind, i) => existsSync(resultsPath(kind, i));

// Every comparison of the study as (kind, baseline file, current file).
const pairs = [];
if (args.paired) {
  for (const step of plan) if (have(step.kind, step.index)) pairs.push({ kind: step.kind, base: baseResultsPath(step.kind, step.index), current: resultsPath(step.kind, step.index) });
} else {
  for (let i = 0; i < aaComparisons; i++) if (have("A", i) && have("A", i + 1)) pairs.push({ kind: "AA", base: resultsPath("A", i), current: resultsPath("A", i + 1), baseIndex: i });
  for (let k = 1; k <= slowRuns; k++) {
    if (!have("A", k)) continue;
    for (const kind of ["S1", "S2"]) if (have(kind, k)) pairs.push({ kind, base: resultsPath("A", k), current: resultsPath(kind, k), baseIndex: k });
  }
}
const poolSize = Number(args.pool);
if (poolSize > 1) {
  if (!args.paired) {
    process.stderr.write("bench:power: --pool needs --paired (consecutive comparisons share their runs)\n");
    process.exit(2);
  }
  const pooled = [];
  for (const kind of ["AA", "S1", "S2"]) {
    const ofThisKind = pairs.filter((p) => p.kind === kind);
    for (let i = 0; i + poolSize <= ofThisKind.length; i += poolSize) {
      const chunk = ofThisKind.slice(i, i + poolSize);
      pooled.push({ kind, base: chunk.map((p) => p.base), current: chunk.map((p) => p.current) });
    }
  }
  pairs.splice(0, pairs.length, ...pooled);
}
if (pairs.length === 0) {
  process.stderr.write(`bench:power: no runs to compare in ${outDir}\n`);
  process.exit(2);
}
const first = readSide(pairs[0].current);
const { settings } = readCompareConfig(first.config, "fixtures/power");
for (const pair of pairs) pair.comparison = compareResults(readSide(pair.base), readSide(pair.current), { settings });
const ofKind = (kind) => pairs.filter((p) => p.kind === kind).map((p) => p.comparison);
const aa = ofKind("AA");
const s1 = ofKind("S1");
const s2 = ofKind("S2");

const regressed = (c, scenario, metrics = ["throughput", "p99"]) =>
  c.cells.some((cell) => cell.scenario === scenario && cell.metrics.some((m) => m.gated && metrics.includes(m.metric) && m.verdict === "regression"));
const anyAlarm = (c) => c.cells.some((cell) => cell.metrics.some((m) => m.gated && m.verdict === "regression"));
const count = (list, pred) => list.filter(pred).length;

const summary = {
  machine: `${first.env.cpus} x ${first.env.cpuModel}, node ${first.env.node}`,
  grid: first.cells.map((c) => c.id),
  trials: first.cells[0]?.trials.length,
  durationMs: args.duration ?? first.config?.defaults?.durationMs,
  warmupMs: first.config?.defaults?.warmupMs,
  gatedComparisonsPerRun: aa[0]?.gatedComparisons,
  mode: args.paired ? "side by side: base and current trials take turns in one run" : "consecutive runs",
  pooledRuns: poolSize,
  runs: plan.filter((p) => have(p.kind, p.index)).length,
  // Span of the runs themselves (from their createdAt), right also with --reuse/--analyze.
  minutes: Math.round(studyMinutes()),
  nice: Number(args.nice),
  noisyNeighbours: Number(args.load),
  loadAverage1m: { before: loadBefore[0], after: loadAfter[0] },
  alpha: settings.alpha,
  thresholds: settings.thresholds,
  adaptive: args.adaptive,
  timeBudget: args["time-budget"] ?? null,
  spent: spentPerRun(),
  aa: {
    comparisons: aa.length,
    withAnyRegression: count(aa, anyAlarm),
    gateFailed: count(aa, (c) => c.verdict === "fail"),
    reasons: aa.flatMap((c) => failureReasons(c)),
  },
  cpu10: flagged(s1, "sha256"),
  io20: flagged(s1, "http-get"),
  cpu20: flagged(s2, "sha256"),
  // A scenario left alone in a slowed run is one more A/A check.
  untouchedInSlowRuns: {
    runs: s2.length,
    ioFlagged: count(s2, (c) => regressed(c, "http-get")),
  },
  detectable: detectableByCell(aa),
  peers: replayPeers(),
  // Ground truth that the slowdown was injected: per-op median latency, slowed run over its baseline.
  p50Ratio: {
    cpu10: p50Ratios("S1", "sha256"),
    cpu20: p50Ratios("S2", "sha256"),
    io20: p50Ratios("S1", "http-get"),
  },
};
writeFileSync(path.join(outDir, "power-summary.json"), JSON.stringify(summary, null, 2) + "\n");
process.stdout.write(report(summary));

function flagged(list, scenario) {
  const perCell = {};
  for (const c of list) {
    for (const cell of c.cells.filter((x) => x.scenario === scenario)) {
      const tp = cell.metrics.find((m) => m.metric === "throughput");
      const entry = (perCell[cell.id] ??= { flagged: 0, changes: [] });
      if (tp?.verdict === "regression") entry.flagged++;
      if (tp?.change != null) entry.changes.push(tp.change);
    }
  }
  return {
    runs: list.length,
    flaggedAnyMetric: count(list, (c) => regressed(c, scenario)),
    flaggedThroughput: count(list, (c) => regressed(c, scenario, ["throughput"])),
    perCell: Object.fromEntries(
      Object.entries(perCell).map(([id, e]) => [id, { flagged: e.flagged, medianChange: median(e.changes) }]),
    ),
  };
}

/**
 * The peers' decision rules (bench/peer-rules.ts) replayed on the same comparisons, with ours beside
 * them: comparisons raising any alarm (A/A), or flagging the slowed scenario, whole and per cell.
 * Consecutive runs give Bencher the stored history (the plain runs up to the baseline) once it has
 * two runs; otherwise, and side by side, it takes the baseline run's trials.
 */
function replayPeers() {
  const slowedScenario = { cpu10: "sha256", io20: "http-get", cpu20: "sha256" };
  const kindsOf = { AA: ["aa"], S1: ["cpu10", "io20"], S2: ["cpu20"] };
  const blank = () => ({ aa: 0, aaThroughput: 0, cpu10: 0, io20: 0, cpu20: 0, perCell: {} });
  const rows = [{ id: "ours", label: "ours", ...blank() }, ...PEER_RULES.map((r) => ({ id: r.id, label: r.label, ...blank() }))];
  const byId = new Map(rows.map((r) => [r.id, r]));
  const scenarioOf = new Map(first.cells.map((c) => [c.id, c.scenario]));
  const record = (row, kind, alarms) => {
    const cells = new Set(alarms.map((a) => a.split(" ")[0]).filter((id) => kind === "aa" || scenarioOf.get(id) === slowedScenario[kind]));
    if (cells.size > 0) row[kind]++;
    if (kind === "aa" && alarms.some((a) => a.endsWith(" throughput"))) row.aaThroughput++;
    for (const id of cells) (row.perCell[id] ??= { aa: 0, cpu10: 0, io20: 0, cpu20: 0 })[kind]++;
  };
  for (const pair of pairs) {
    const ours = pair.comparison.cells.flatMap((cell) => cell.metrics.filter((m) => m.gated && m.verdict === "regression").map((m) => `${cell.id} ${m.metric}`));
    const history = pair.baseIndex === undefined ? [] : Array.from({ length: pair.baseIndex + 1 }, (_, j) => pair.baseIndex - j).filter((j) => have("A", j)).map((j) => read(resultsPath("A", j)));
    const peers = replayPeerRules(readSide(pair.base), readSide(pair.current), history.length >= 2 ? { history } : {});
    for (const kind of kindsOf[pair.kind]) {
      record(byId.get("ours"), kind, ours);
      for (const [id, alarms] of peers) record(byId.get(id), kind, alarms);
    }
  }
  return { comparisons: { aa: aa.length, cpu10: s1.length, io20: s1.length, cpu20: s2.length }, cells: first.cells.map((c) => c.id), rows };
}

function p50Ratios(kind, scenario) {
  const out = {};
  const p50 = (c) => median(c.trials.filter((t) => t.status === "ok").map((t) => t.latencyMs.p50));
  for (const pair of pairs.filter((p) => p.kind === kind)) {
    const base = readSide(pair.base);
    for (const cell of readSide(pair.current).cells.filter((c) => c.scenario === scenario)) {
      const b = base.cells.find((c) => c.id === cell.id);
      if (b) (out[cell.id] ??= []).push(p50(cell) / p50(b));
    }
  }
  return Object.fromEntries(Object.entries(out).map(([id, xs]) => [id, median(xs)]));
}

function detectableByCell(list) {
  const out = {};
  for (const c of list) {
    for (const cell of c.cells) {
      for (const m of cell.metrics.filter((x) => x.metric === "throughput" || x.metric === "p99")) {
        const e = ((out[cell.id] ??= {})[m.metric] ??= []);
        e.push(m.minDetectableChange);
      }
    }
  }
  for (const cell of Object.values(out)) {
    for (const [metric, xs] of Object.entries(cell)) {
      const finite = xs.filter((x) => x !== null);
      cell[metric] = finite.length === 0 ? null : median(finite);
    }
  }
  return out;
}

function report(s) {
  const pct = (x) => (x === null || x === undefined ? "n/a" : `${(x * 100).toFixed(1)}%`);
  const lines = [
    `power study on ${s.machine}, ${s.mode}: ${s.runs} runs over ${s.minutes} min at nice ${s.nice}` +
      (s.pooledRuns > 1 ? `, every ${s.pooledRuns} runs of a kind pooled into one comparison` : "") +
      (s.noisyNeighbours > 0 ? ` with ${s.noisyNeighbours} bursty neighbour(s)` : "") +
      (args.analyze ? "" : `, load average ${s.loadAverage1m.before.toFixed(1)} -> ${s.loadAverage1m.after.toFixed(1)}`),
    `grid: ${s.grid.join(", ")}; ${s.trials} trials x ${s.durationMs}${typeof s.durationMs === "number" ? " ms" : ""} (+${s.warmupMs} ms warm-up) per cell`,
    `alpha ${s.alpha} with Holm over ${s.gatedComparisonsPerRun} gated comparisons; thresholds throughput ${pct(s.thresholds.throughput)}, p99 ${pct(s.thresholds.p99)}`,
    `${s.adaptive ? "adaptive trials" : "fixed trials"}${s.timeBudget ? `, time budget ${s.timeBudget} per run` : ""}: each run took ${s.spent.medianSeconds?.toFixed(0) ?? "n/a"}s (median, max ${s.spent.maxSeconds?.toFixed(0) ?? "n/a"}s), ${s.spent.meanTrialsPerCell?.toFixed(1) ?? "n/a"} trials per cell on average` +
      (s.spent.loadAverage1mAtEnd ? `; load average at the runs' ends ${s.spent.loadAverage1mAtEnd.min.toFixed(1)}-${s.spent.loadAverage1mAtEnd.max.toFixed(1)}` : ""),
    "",
    `A/A: ${s.aa.withAnyRegression} of ${s.aa.comparisons} comparisons raised a regression (gate failed ${s.aa.gateFailed})`,
    ...s.aa.reasons.map((r) => `  - ${r}`),
    ...(s.untouchedInSlowRuns.runs > 0 ? [`untouched I/O scenario in the CPU+20% runs: flagged in ${s.untouchedInSlowRuns.ioFlagged} of ${s.untouchedInSlowRuns.runs}`] : []),
    "",
  ];
  for (const [name, f, ratios] of [
    ["CPU +10% work per op", s.cpu10, s.p50Ratio.cpu10],
    ["CPU +20% work per op", s.cpu20, s.p50Ratio.cpu20],
    ["I/O +20% server delay", s.io20, s.p50Ratio.io20],
  ]) {
    if (f.runs === 0) {
      lines.push(`${name}: not measured (no such runs; --slow 0?)`);
      continue;
    }
    lines.push(`${name}: flagged in ${f.flaggedAnyMetric} of ${f.runs} runs (by throughput: ${f.flaggedThroughput})`);
    for (const [id, c] of Object.entries(f.perCell)) {
      const ratio = ratios[id];
      lines.push(
        `  ${id.padEnd(24)} throughput flagged ${c.flagged}/${f.runs}, median change ${pct(c.medianChange)}` +
          (ratio ? `; per-op p50 latency x${ratio.toFixed(2)}` : ""),
      );
    }
  }
  lines.push("", "smallest detectable change (median over the A/A comparisons):");
  for (const [id, m] of Object.entries(s.detectable)) {
    lines.push(`  ${id.padEnd(24)} throughput ${pct(m.throughput)}, p99 ${pct(m.p99)}`);
  }
  const p = s.peers;
  const of = (n, total) => (total === 0 ? "not measured" : `${n} of ${total}`);
  lines.push(
    "",
    "the peers' rules on the same comparisons (bench/peer-rules.ts):",
    "",
    "| rule | A/A raising any alarm | of them on throughput | CPU +10% flagged | CPU +20% flagged | I/O +20% flagged |",
    "| --- | --- | --- | --- | --- | --- |",
    ...p.rows.map((r) => `| ${r.label} | ${of(r.aa, p.comparisons.aa)} | ${r.aaThroughput} | ${of(r.cpu10, p.comparisons.cpu10)} | ${of(r.cpu20, p.comparisons.cpu20)} | ${of(r.io20, p.comparisons.io20)} |`),
    "",
    "per cell: A/A comparisons with an alarm in the cell / slowed runs flagged in the cell (sha256: CPU +10%, CPU +20%; http-get: I/O +20%)",
    "",
    `| rule | ${p.cells.join(" | ")} |`,
    `| --- | ${p.cells.map(() => "---").join(" | ")} |`,
    ...p.rows.map((r) => {
      const entry = (id) => {
        const c = r.perCell[id] ?? { aa: 0, cpu10: 0, io20: 0, cpu20: 0 };
        return id.startsWith("sha256/") ? `${c.aa} / ${c.cpu10} / ${c.cpu20}` : `${c.aa} / ${c.io20}`;
      };
      return `| ${r.label} | ${p.cells.map(entry).join(" | ")} |`;
    }),
  );
  return lines.join("\n") + "\n";
}

/** Wall time of each measured run (its own file, written when it ended) and the trials each cell got. */
function spentPerRun() {
  const runs = pairs.flatMap((p) => [p.current].flat());
  const seconds = runs.filter((f) => existsSync(`${f}.ms`)).map((f) => Number(readFileSync(`${f}.ms`, "utf8")) / 1000);
  const trials = runs.flatMap((f) => read(f).cells.map((c) => c.trials.length));
  const loads = runs.filter((f) => existsSync(`${f}.load`)).map((f) => Number(readFileSync(`${f}.load`, "utf8").split(" ")[0]));
  return {
    loadAverage1mAtEnd: loads.length > 0 ? { min: Math.min(...loads), max: Math.max(...loads) } : null,
    runs: seconds.length,
    medianSeconds: median(seconds),
    maxSeconds: seconds.length > 0 ? Math.max(...seconds) : null,
    meanTrialsPerCell: trials.length > 0 ? trials.reduce((a, b) => a + b, 0) / trials.length : null,
  };
}

function studyMinutes() {
  const times = pairs.flatMap((p) => [p.base, p.current].flat()).map((f) => Date.parse(read(f).createdAt));
  return times.length < 2 ? 0 : (Math.max(...times) - Math.min(...times)) / 60000;
}

function median(xs) {
  if (xs.length === 0) return null;
  const s = [...xs].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  return s.length % 2 ? s[mid] : (s[mid - 1] + s[mid]) / 2;
}

function resultsPath(kind, index) {
  return path.join(outDir, `${kind}-${String(index).padStart(2, "0")}.json`);
}

/** One side of a comparison: a results file, or several pooled into one (their trials together). */
function readSide(files) {
  if (!Array.isArray(files)) return read(files);
  const runs = files.map(read);
  const out = JSON.parse(JSON.stringify(runs[0]));
  for (const cell of out.cells) {
    cell.trials = runs.flatMap((r) => r.cells.find((c) => c.id === cell.id)?.trials ?? []).map((t, index) => ({ ...t, index }));
    const sites = summarizeBlocking(cell);
    if (sites.length > 0) cell.blocking = sites;
    else delete cell.blocking;
  }
  return out;
}

function baseResultsPath(kind, index) {
  return path.join(outDir, `${kind}-${String(index).padStart(2, "0")}.base.json`);
}

/** A copy of the fixture with its slowdown.json, for side-by-side runs; returns its config. */
function armDir(name, slowdown) {
  const dir = path.join(outDir, "arms", name);
  if (args.paired && !args.analyze) {
    rmSync(dir, { recursive: true, force: true });
    cpSync(fixture, dir, { recursive: true });
    writeFileSync(path.join(dir, "slowdown.json"), JSON.stringify(slowdown) + "\n");
  }
  return path.join(dir, "concurrency-guard.yml");
}

/** One real run of the CLI (at the niceness asked for; its trial processes inherit it). */
function runOnce(out, env, configArgs) {
  const extra = [...configArgs];
  if (args.trials) extra.push("--trials", args.trials);
  if (args.duration) extra.push("--duration", args.duration);
  if (args.adaptive) extra.push("--trials", "adaptive");
  if (args["time-budget"]) extra.push("--time-budget", args["time-budget"]);
  extra.push("--cost", args.cost);
  // With --lock the run waits for the lock first (flock), and a marker written once it holds the lock
  // starts its clock.
  const started = `${out}.start`;
  rmSync(started, { force: true });
  const command = args.lock
    ? ["flock", [args.lock, "sh", "-c", 'date +%s%3N > "$0" && exec "$@"', started, process.execPath, cli, "run", "--out", out, ...extra]]
    : [process.execPath, [cli, "run", "--out", out, ...extra]];
  const runStarted = Date.now();
  return new Promise((resolve, reject) => {
    const child = spawn(command[0], command[1], {
      cwd: root,
      env: { ...process.env, ...env, CI: "true" },
      stdio: ["ignore", "ignore", "pipe"],
    });
    try {
      if (Number(args.nice) !== 0) setPriority(child.pid, Number(args.nice));
    } catch {
      // Not permitted here: run at normal priority.
    }
    let stderr = "";
    child.stderr.on("data", (d) => (stderr += d));
    child.on("error", reject);
    child.on("exit", (code) => {
      if (code !== 0) return reject(new Error(`run failed (exit ${code}): ${stderr.slice(-2000)}`));
      const from = existsSync(started) ? Number(readFileSync(started, "utf8")) : runStarted;
      writeFileSync(`${out}.ms`, String(Date.now() - from));
      writeFileSync(`${out}.load`, loadavg().map((x) => x.toFixed(2)).join(" "));
      resolve();
    });
  });
}

/** Busy-then-idle bursts of random length in separate processes, killed when the study ends. */
function startNeighbours(count) {
  const source = `
    let seed = Number(process.argv[1]);
    const rand = () => ((seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648);
    const burst = () => {
      const busy = 20 + rand() * 980;
      const end = Date.now() + busy;
      while (Date.now() < end);
      setTimeout(burst, busy * rand() * 2);
    };
    burst();
  `;
  const children = [];
  for (let i = 0; i < count; i++) {
    children.push(spawn(process.execPath, ["-e", source, String(1 + i)], { stdio: "ignore" }));
  }
  process.on("exit", () => children.forEach((c) => c.kill()));
  return children;
}
