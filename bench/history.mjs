// The history analysis (change points and slow drifts over stored baselines) on synthetic histories
// built from real trials of the bundled example.
//
//   npm run bench:history -- [--runs .tmp/history-runs] [--histories 20] [--null 50] [--baselines 40] [--seed 1]
//                            [--sizes 0.05,0.1,0.2,0.35,0.5] [--changed 6]
//
// --runs: a folder of results files of real runs of the bundled example (fixtures/node-basic), made
// one after another on one machine (`concurrency-guard run --config fixtures/node-basic/concurrency-guard.yml`).
// Each synthetic baseline takes one real run at random, resamples 5 of its trials per cell, moves them
// to the cell's common level (the real run's own offset taken out) and then by a fresh run offset,
// drawn from the run-to-run drift measured between the real consecutive runs. A step (5% to 50%,
// the worse way) is added to one cell and metric from a known baseline on.
// Prints: the drift measured; per step size, how often the step was found and how far from the true
// commit; on histories with no step, how many claim any change point or drift over the whole matrix;
// the run time of the analysis for 100 baselines x the bundled matrix with `--changed` series
// stepped by 20% (real changes run the longest permutation tests), in process, and end to end
// through the built CLI on a real branch store (`npm run build` first).
import { execFileSync } from "node:child_process";
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { loadavg, tmpdir } from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";
import { loadBundle } from "./compare-core.mjs";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const { values: args } = parseArgs({
  options: {
    runs: { type: "string", default: ".tmp/history-runs" },
    histories: { type: "string", default: "20" },
    null: { type: "string", default: "50" },
    baselines: { type: "string", default: "40" },
    seed: { type: "string", default: "1" },
    // The timed case: 100 baselines with this many series stepped by 20% (a third per metric).
    changed: { type: "string", default: "6" },
    // Step sizes: the tails (p99, max loop delay) are measured up to 50%.
    sizes: { type: "string", default: "0.05,0.1,0.2,0.35,0.5" },
    out: { type: "string", default: ".tmp/history-bench" },
    // A check of the script itself: no run times measured, nothing end to end.
    "skip-timing": { type: "boolean", default: false },
  },
});
const outDir = path.resolve(root, args.out);
mkdirSync(outDir, { recursive: true });
// The history's analysis, bundled from the TypeScript sources, with the plan's seeded generator.
const core = await loadBundle(outDir, "history", [
  'export { analyseHistory, DEFAULT_HISTORY_SETTINGS } from "./src/compare/change-points.ts";',
  'export { buildSeries, groupByMachine } from "./src/compare/history-series.ts";',
  'export { mulberry32 } from "./src/plan/plan.ts";',
]);
const { mulberry32 } = core;

const METRICS = [
  { name: "throughput", read: (t) => t.throughput, worse: -1 },
  { name: "p99", read: (t) => t.latencyMs?.p99, worse: 1 },
  { name: "loopDelayMax", read: (t) => t.loopDelayMs?.max, worse: 1 },
];
const TRIALS = 5;

const runDir = path.resolve(root, args.runs);
const files = readdirSync(runDir)
  .filter((f) => f.endsWith(".json"))
  .sort();
const real = readdirSync(runDir)
  .filter((f) => f.endsWith(".json"))
  .sort()
  .map((f) => JSON.parse(readFileSync(path.join(runDir, f), "utf8")));
if (real.length < 2) throw new Error(`${runDir}: need at least 2 real runs, found ${real.length}`);
const cellIds = real[0].cells.map((c) => c.id);

// Per cell and metric: each real run's log values, centred on the run's own log median; the drift
// between consecutive runs: sd of the difference of log medians / sqrt 2.
const logMedian = (xs) => {
  const s = xs.slice().sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
};
const pools = new Map();
const driftDiffs = Object.fromEntries(METRICS.map((m) => [m.name, []]));
for (const id of cellIds) {
  for (const metric of METRICS) {
    const perRun = real.map((r) => (r.cells.find((c) => c.id === id)?.trials ?? []).filter((t) => t.status === "ok").map(metric.read).filter((v) => v > 0).map(Math.log));
    if (perRun.some((v) => v.length === 0)) continue;
    const medians = perRun.map(logMedian);
    const level = logMedian(medians);
    pools.set(`${id} ${metric.name}`, { level, centred: perRun.map((v, i) => v.map((x) => x - medians[i])) });
    for (let i = 1; i < medians.length; i++) driftDiffs[metric.name].push(medians[i] - medians[i - 1]);
  }
}
// Robust: the median over cells of |difference| is 0.6745 sqrt(2) sigma for normal run offsets, so
// one cell that a neighbour's job hit hard does not set the drift of all.
const drift = Object.fromEntries(Object.entries(driftDiffs).map(([k, v]) => [k, logMedian(v.map(Math.abs)) / (0.6745 * Math.SQRT2)]));

const gauss = (rnd) => Math.sqrt(-2 * Math.log(Math.max(rnd(), 1e-12))) * Math.cos(2 * Math.PI * rnd());
const sha = (i) => i.toString(16).padStart(40, "0");

/** A synthetic history of `n` baselines; `step` = { key: "cell metric", at, size }, an array of them, or undefined. */
function history(n, rnd, step, drift) {
  const steps = step === undefined ? [] : [step].flat();
  const runs = [];
  for (let i = 0; i < n; i++) {
    const cells = cellIds.map((id) => {
      const trials = Array.from({ length: TRIALS }, (_, k) => ({ index: k, status: "ok", latencyMs: {}, loopDelayMs: {} }));
      for (const metric of METRICS) {
        const pool = pools.get(`${id} ${metric.name}`);
        if (!pool) continue;
        const source = pool.centred[Math.floor(rnd() * pool.centred.length)];
        const offset = gauss(rnd) * drift[metric.name];
        const st = steps.find((x) => x.key === `${id} ${metric.name}`);
        const stepped = st && i >= st.at ? Math.log(1 + metric.worse * st.size) : 0;
        for (const t of trials) {
          const v = Math.exp(pool.level + offset + stepped + source[Math.floor(rnd() * source.length)]);
          if (metric.name === "throughput") t.throughput = v;
          else if (metric.name === "p99") t.latencyMs.p99 = v;
          else t.loopDelayMs.max = v;
        }
      }
      const [scenario, model, concurrency] = id.split("/");
      return { id, scenario, model, concurrency: Number(concurrency), trials };
    });
    runs.push({ sha: sha(i + 1), createdAt: new Date(Date.UTC(2026, 0, 1) + i * 864e5).toISOString(), results: { env: { fingerprint: "bench", cpus: 2, cpuModel: "bench" }, cells } });
  }
  return runs;
}

function analyse(runs, seed) {
  const series = core.groupByMachine(runs).flatMap((g) => core.buildSeries(g));
  return core.analyseHistory(series, { ...core.DEFAULT_HISTORY_SETTINGS, seed });
}

const seed = Number(args.seed);
const n = Number(args.baselines);
const at = Math.floor(n * 0.6);
const keys = [...pools.keys()];
const line = (s) => process.stdout.write(`${s}\n`);
line(`real runs: ${files.join(", ")} (${real.length}); cells: ${cellIds.length}; series per history: ${keys.length}`);
line(`run-to-run drift measured (median over cells of |consecutive log-median difference| / (0.6745 sqrt 2)): ${Object.entries(drift).map(([k, v]) => `${k} ${(v * 100).toFixed(1)}%`).join(", ")}`);

const histories = Number(args.histories);
const nulls = Number(args.null);
// Two arms: the drift measured between the real runs on this (shared, loaded) machine, and the drift
// of a CI runner from the power study (docs/comparison.md: 1.5-4.4% for throughput; the default
// allowance takes 4%, and 10% for the tails).
const arms = [
  ["measured here", drift],
  ["runner-like (4% throughput, 10% p99 and loop delay)", { throughput: 0.04, p99: 0.1, loopDelayMax: 0.1 }],
];
for (const [armName, armDrift] of arms) {
line(`-- run-to-run drift: ${armName}`);
for (const size of args.sizes.split(",").map(Number)) {
  const dist = { exact: 0, one: 0, two: 0, farther: 0, missed: 0 };
  const byMetric = Object.fromEntries(METRICS.map((m) => [m.name, { found: 0, of: 0 }]));
  let others = 0;
  for (let h = 0; h < histories; h++) {
    const key = keys[(h * 7) % keys.length];
    const a = analyse(history(n, mulberry32(seed * 1000 + h + size * 1e4), { key, at, size }, armDrift), seed + h);
    const target = a.series.find((s) => `${s.series.cell} ${s.series.metric}` === key);
    const d = Math.min(Infinity, ...(target?.changePoints ?? []).map((c) => Math.abs(c.index - at)));
    const metricName = key.split(" ")[1];
    byMetric[metricName].of++;
    if (Number.isFinite(d)) byMetric[metricName].found++;
    if (d === 0) dist.exact++;
    else if (d === 1) dist.one++;
    else if (d === 2) dist.two++;
    else if (Number.isFinite(d)) dist.farther++;
    else dist.missed++;
    others += a.series.filter((s) => s !== target && (s.changePoints.length > 0 || s.drift)).length;
  }
  const found = histories - dist.missed;
  line(
    `step ${size * 100}% at baseline ${at + 1} of ${n}: found in ${found}/${histories} histories (at the commit ${dist.exact}, 1 off ${dist.one}, 2 off ${dist.two}, farther ${dist.farther}); ` +
      `by metric ${Object.entries(byMetric).map(([k, v]) => `${k} ${v.found}/${v.of}`).join(", ")}; claims on the other ${keys.length - 1} series: ${others} in ${histories} histories`,
  );
}

let claiming = 0;
let claims = 0;
for (let h = 0; h < nulls; h++) {
  const a = analyse(history(n, mulberry32(seed * 7777 + h), undefined, armDrift), seed + h);
  const c = a.series.filter((s) => s.changePoints.length > 0 || s.drift).length;
  if (c > 0) claiming++;
  claims += c;
}
line(`no step, ${nulls} histories of ${n} baselines x ${keys.length} series: ${claiming} history(ies) claim anything (${claims} claim(s) in all)`);
}

if (args["skip-timing"]) process.exit(0);
// Timed: 100 baselines with a runner's drift, `--changed` series (spread over the metrics) stepped
// by 20% at baseline 61, so the permutation tests of real changes are in the time.
const changed = Number(args.changed);
const stepKeys = METRICS.flatMap((m, mi) => keys.filter((k) => k.endsWith(` ${m.name}`)).slice(0, Math.floor(changed / METRICS.length) + (mi < changed % METRICS.length ? 1 : 0)));
const big = history(100, mulberry32(seed * 99), stepKeys.map((key) => ({ key, at: 60, size: 0.2 })), arms[1][1]);
const t0 = performance.now();
const a = analyse(big, seed);
const ms = performance.now() - t0;
const hit = a.series.filter((s) => stepKeys.includes(`${s.series.cell} ${s.series.metric}`) && s.changePoints.some((c) => Math.abs(c.index - 60) <= 2)).length;
const stray = a.series.filter((s) => !stepKeys.includes(`${s.series.cell} ${s.series.metric}`) && (s.changePoints.length > 0 || s.drift)).length;
const perms = a.series.flatMap((s) => s.changePoints.map((c) => c.permutations));
line(
  `run time: 100 baselines x ${cellIds.length} cells (${a.series.length} series, ${a.family} tests), ${stepKeys.length} series stepped 20% at baseline 61 (runner-like drift): ` +
    `${(ms / 1000).toFixed(2)} s; ${hit} of them found within 2, ${stray} other series claimed; permutations per change point: ${perms.join(", ") || "-"}`,
);

// End to end: `concurrency-guard history` on a real branch store of 100 baselines (the real runs'
// files, round robin) on a default branch of 100 commits: fetch, read, validate, order, analyse.
const work = mkdtempSync(path.join(tmpdir(), "cg-history-bench-"));
try {
  const git = (cwd, args, input, env) => execFileSync("git", ["-c", "user.name=b", "-c", "user.email=b@example.com", ...args], { cwd, input, env: { ...process.env, ...env }, encoding: "utf8", maxBuffer: 1 << 28 }).trim();
  git(work, ["init", "--quiet", "--bare", "origin.git"]);
  git(work, ["clone", "--quiet", path.join(work, "origin.git"), "repo"]);
  const repo = path.join(work, "repo");
  const shas = [];
  for (let i = 0; i < 100; i++) {
    git(repo, ["commit", "--quiet", "--allow-empty", "-m", `c${i}`]);
    shas.push(git(repo, ["rev-parse", "HEAD"]));
  }
  git(repo, ["push", "--quiet", "origin", "HEAD:refs/heads/main"]);
  const env = { GIT_INDEX_FILE: path.join(work, "store-index") };
  git(repo, ["read-tree", "--empty"], undefined, env);
  const entries = [];
  for (const [i, sha] of shas.entries()) {
    const r = JSON.parse(JSON.stringify(real[i % real.length]));
    r.git = { sha, ref: "refs/heads/main" };
    r.createdAt = new Date(Date.UTC(2026, 0, 1) + i * 864e5).toISOString();
    const file = `results/${sha}.json`;
    const blob = git(repo, ["hash-object", "-w", "--stdin"], JSON.stringify(r));
    git(repo, ["update-index", "--add", "--cacheinfo", `100644,${blob},${file}`], undefined, env);
    entries.unshift({ sha, ref: "refs/heads/main", createdAt: r.createdAt, savedAt: r.createdAt, fingerprint: r.env.fingerprint, cpuModel: r.env.cpuModel, cpus: r.env.cpus, cells: r.cells.length, file });
  }
  const index = git(repo, ["hash-object", "-w", "--stdin"], JSON.stringify({ schema: "concurrency-guard/baselines@1", entries }));
  git(repo, ["update-index", "--add", "--cacheinfo", `100644,${index},index.json`], undefined, env);
  const tree = git(repo, ["write-tree"], undefined, env);
  const commit = git(repo, ["commit-tree", tree, "-m", "baselines"]);
  git(repo, ["push", "--quiet", "origin", `${commit}:refs/heads/concurrency-guard-baselines`]);
  const t1 = performance.now();
  const out = execFileSync(process.execPath, [path.join(root, "dist/cli.js"), "history", "--store", "branch:", "--branch", "origin/main"], { cwd: repo, encoding: "utf8", maxBuffer: 1 << 26 });
  const cliMs = performance.now() - t1;
  line(`run time end to end (concurrency-guard history on a branch store of 100 baselines of the bundled example, ${real.length} real files round robin): ${(cliMs / 1000).toFixed(1)} s; ${out.split("\n").filter((l) => l.startsWith("change point") || l.startsWith("drift")).length} claim(s)`);
} finally {
  rmSync(work, { recursive: true, force: true });
}
line(`load average ${loadavg().map((l) => l.toFixed(2)).join(" ")}`);
