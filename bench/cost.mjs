// Measured repeatability and power of the CPU cost gate (npm run bench:cost): instructions per
// operation counted under valgrind, on this machine.
//
//   node bench/cost.mjs [--aa 20] [--changed 10] [--out .tmp/cost] [--reuse] [--quick]
//
// Subjects: the bundled CPU scenarios (fixtures/node-basic sha256, fixtures/power sha256) and the
// cost fixtures' Node and Python CPU scenarios (fixtures/cost), whose work per operation an
// environment variable scales. Each "side" is one full cost measurement of one scenario, as a run
// makes it (native sizing, then two op counts, each counted twice). Comparisons pair sides:
// A/A among sides of identical code, +1% and +2% between plain and heavier sides; each is judged by
// the real compare code at the default 1% threshold. Also: an I/O scenario's spread, the time per
// side, and the bundled example's two sides counted one at a time and on every core.
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { availableParallelism, loadavg } from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";
import { loadBundle } from "./compare-core.mjs";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const { values: args } = parseArgs({
  options: {
    aa: { type: "string", default: "20" },
    changed: { type: "string", default: "10" },
    out: { type: "string", default: ".tmp/cost" },
    reuse: { type: "boolean", default: false },
    // Fewer sides (a smoke run of the script itself).
    quick: { type: "boolean", default: false },
    // Only these subjects (e.g. cost/word-count), repeatable.
    only: { type: "string", multiple: true },
  },
});
const outDir = path.resolve(root, args.out);
mkdirSync(outDir, { recursive: true });
if (!existsSync(path.join(root, "dist/cost.js"))) {
  process.stderr.write("bench:cost needs the built driver (dist/cost.js): run npm run build first\n");
  process.exit(2);
}

const { measureCosts, probeValgrind, compareResults, DEFAULT_COMPARE, loadConfig } = await loadBundle(outDir, "cost", [
  'export { measureCosts } from "./src/execute/cost/measure-costs.ts";',
  'export { probeValgrind } from "./src/execute/cost/valgrind.ts";',
  'export { compareResults } from "./src/compare/compare.ts";',
  'export { DEFAULT_COMPARE } from "./src/config/compare-settings.ts";',
  'export { loadConfig } from "./src/config/load-config.ts";',
]);

const valgrind = await probeValgrind();
if (!valgrind.ok) {
  process.stderr.write(`bench:cost needs valgrind: ${valgrind.reason}\n`);
  process.exit(2);
}
const cores = availableParallelism();
const configs = {
  basic: loadConfig(path.join(root, "fixtures/node-basic/concurrency-guard.yml")),
  power: loadConfig(path.join(root, "fixtures/power/concurrency-guard.yml")),
  cost: loadConfig(path.join(root, "fixtures/cost/concurrency-guard.yml")),
};
/** What each subject counts and how its work per operation is made heavier (a fraction more). */
const allSubjects = [
  { id: "node-basic/sha256", config: configs.basic, scenario: "sha256" },
  { id: "power/sha256", config: configs.power, scenario: "sha256", knob: "CG_POWER_CPU_SLOWDOWN" },
  { id: "cost/json-walk", config: configs.cost, scenario: "json-walk", knob: "CG_COST_EXTRA" },
  { id: "cost/word-count", config: configs.cost, scenario: "word-count", knob: "CG_COST_EXTRA" },
  { id: "node-basic/http-get", config: configs.basic, scenario: "http-get", io: true },
];
const subjects = args.only ? allSubjects.filter((s) => args.only.includes(s.id)) : allSubjects;
const aaWanted = Number(args.aa);
const changedWanted = Number(args.changed);
// Sides of identical code: enough that their pairs give the A/A comparisons (7 sides: 21 pairs).
const plainSides = args.quick ? 3 : sidesFor(aaWanted);
const changedSides = args.quick ? 2 : 4;
const ioSides = args.quick ? 2 : 4;

function sidesFor(pairs) {
  let n = 2;
  while ((n * (n - 1)) / 2 < pairs) n++;
  return n;
}

/**
 * Every side of a subject counts the op counts its first side was sized to, as both sides of a
 * side-by-side run do (the current code's sizing serves the base too): a figure counted at other
 * op counts is compared but not gated, since the per-op figure of few operations carries warm-up.
 */
const firstOps = new Map();

function target(subject) {
  const s = subject.config.scenarios.find((x) => x.name === subject.scenario);
  const ops = firstOps.get(subject.id);
  return { arm: "current", scenario: { ...s, cost: "instructions" }, root: subject.config.root, ...(ops && { ops }) };
}

/** One side: a full cost measurement of one scenario, saved so --reuse can pick up where a study stopped. */
async function side(subject, kind, index, options = {}) {
  const file = path.join(outDir, `${subject.id.replace("/", "_")}-${kind}-${index}${options.tag ?? ""}.json`);
  if (args.reuse && existsSync(file)) {
    const saved = JSON.parse(readFileSync(file, "utf8"));
    if (saved.cost.counts && !firstOps.has(subject.id)) firstOps.set(subject.id, saved.cost.counts.map((c) => c.ops));
    return saved;
  }
  const extra = kind === "plus1" ? "0.01" : kind === "plus2" ? "0.02" : undefined;
  if (extra && subject.knob) process.env[subject.knob] = extra;
  const started = Date.now();
  try {
    const [cost] = await measureCosts([target(subject)], { valgrind, parallel: options.parallel ?? cores });
    const out = { subject: subject.id, kind, index, wallMs: Date.now() - started, parallel: options.parallel ?? cores, cost };
    if (cost.counts && !firstOps.has(subject.id)) firstOps.set(subject.id, cost.counts.map((c) => c.ops));
    writeFileSync(file, JSON.stringify(out, null, 2));
    const ok = cost.status === "ok" ? `${(cost.perOp / 1e6).toFixed(4)}M/op, spread ${(cost.spread * 100).toPrecision(2)}%` : `${cost.status}: ${cost.reason}`;
    process.stderr.write(`cost: ${subject.id} ${kind} ${index}: ${ok}, ${Math.round(out.wallMs / 1000)}s\n`);
    return out;
  } finally {
    if (subject.knob) delete process.env[subject.knob];
  }
}

const loadBefore = loadavg();
const started = Date.now();
const sides = new Map(subjects.map((s) => [s.id, { plain: [], plus1: [], plus2: [] }]));
// Interleaved, so that whatever the machine does over the study does not line up with one kind.
for (let i = 0; i < Math.max(plainSides, ioSides); i++) {
  for (const subject of subjects) {
    const got = sides.get(subject.id);
    if (subject.io) {
      if (i < ioSides) got.plain.push(await side(subject, "plain", i));
      continue;
    }
    if (i < plainSides) got.plain.push(await side(subject, "plain", i));
    if (subject.knob && i < changedSides) {
      got.plus1.push(await side(subject, "plus1", i));
      got.plus2.push(await side(subject, "plus2", i));
    }
  }
}

// The bundled example's counts as a PR check makes them: both scenarios, base and head, after the trials.
async function bundled(parallel) {
  const file = path.join(outDir, `bundled-p${parallel}.json`);
  if (args.reuse && existsSync(file)) return JSON.parse(readFileSync(file, "utf8"));
  const targets = configs.basic.scenarios.flatMap((s) => ["current", "base"].map((arm) => ({ arm, scenario: { ...s, cost: "instructions" }, root: configs.basic.root })));
  const t0 = Date.now();
  const costs = await measureCosts(targets, { valgrind, parallel });
  const out = { parallel, wallMs: Date.now() - t0, statuses: costs.map((c) => c.status) };
  writeFileSync(file, JSON.stringify(out, null, 2));
  process.stderr.write(`cost: bundled example, both sides, ${parallel} at a time: ${Math.round(out.wallMs / 1000)}s\n`);
  return out;
}
const bundledRuns = args.quick || args.only ? [] : [await bundled(1), await bundled(cores)];
const loadAfter = loadavg();

// Comparisons, judged by the real compare code.
const settings = JSON.parse(JSON.stringify(DEFAULT_COMPARE));
function results(cost) {
  return {
    schema: "concurrency-guard/results@1",
    tool: { name: "concurrency-guard", version: "bench" },
    createdAt: new Date(0).toISOString(),
    env: { os: "linux", arch: "x64", cpus: cores, cpuModel: "bench", memoryMb: 1, node: process.versions.node, fingerprint: "bench" },
    config: {},
    cells: [],
    costs: [cost],
  };
}
function judge(base, current) {
  const c = compareResults(results(base.cost), results(current.cost), { settings }).costs[0];
  return { change: c.change, uncertainty: c.uncertainty, verdict: c.verdict, gated: c.gated, differences: c.differences ?? [], flagged: c.gated && c.verdict === "regression" };
}
function pairsAmong(list, wanted) {
  const out = [];
  for (let i = 0; i < list.length; i++) for (let j = i + 1; j < list.length; j++) if (out.length < wanted) out.push([list[i], list[j]]);
  return out;
}
/** Distinct (plain, changed) pairs, spread over both lists: by diagonal, then by plain side. */
function pairsAcross(a, b, wanted) {
  const all = a.flatMap((x, i) => b.map((y, j) => ({ pair: [x, y], order: [(j - i + a.length * b.length) % b.length, i] })));
  all.sort((p, q) => p.order[0] - q.order[0] || p.order[1] - q.order[1]);
  return all.slice(0, wanted).map((p) => p.pair);
}

const summary = [];
for (const subject of subjects) {
  const got = sides.get(subject.id);
  const okPlain = got.plain.filter((s) => s.cost.status === "ok");
  const row = {
    subject: subject.id,
    perOp: okPlain[0]?.cost.perOp ?? null,
    // Every op-count pair the sides were sized to, most frequent first.
    ops: opsSeen([...got.plain, ...got.plus1, ...got.plus2]),
    spreadMax: Math.max(...okPlain.map((s) => s.cost.spread)),
    sideSeconds: median(got.plain.map((s) => s.wallMs / 1000)),
    countSeconds: median(got.plain.map((s) => (s.cost.countMs ?? 0) / 1000)),
    failed: [...got.plain, ...got.plus1, ...got.plus2].filter((s) => s.cost.status !== "ok").map((s) => s.cost.reason),
  };
  const aa = pairsAmong(okPlain, subject.io ? 6 : aaWanted).map(([a, b]) => judge(a, b));
  row.aa = tally(aa);
  if (subject.knob) {
    row.plus1 = tally(pairsAcross(okPlain, got.plus1.filter((s) => s.cost.status === "ok"), changedWanted).map(([a, b]) => judge(a, b)));
    row.plus2 = tally(pairsAcross(okPlain, got.plus2.filter((s) => s.cost.status === "ok"), changedWanted).map(([a, b]) => judge(a, b)));
  }
  summary.push(row);
}

function flaggedText(t, digits) {
  const ungated = t.notGated ? `, ${t.notGated} not gated: other op counts` : "";
  return `${t.flagged} of ${t.comparisons} (${pct(t.changeRange?.[0], digits)} to ${pct(t.changeRange?.[1], digits)}${ungated})`;
}

function tally(judged) {
  const changes = judged.map((j) => j.change);
  return {
    comparisons: judged.length,
    flagged: judged.filter((j) => j.flagged).length,
    // Sides sized to other op counts are compared but not gated (src/compare/cost.ts).
    notGated: judged.filter((j) => !j.gated).length,
    verdicts: count(judged.map((j) => j.verdict)),
    changeRange: changes.length ? [Math.min(...changes), Math.max(...changes)] : null,
    uncertaintyMax: judged.length ? Math.max(...judged.map((j) => j.uncertainty)) : null,
  };
}
function opsSeen(list) {
  const keys = list.filter((s) => s.cost.counts).map((s) => s.cost.counts.map((c) => c.ops).join("/"));
  return Object.entries(count(keys)).sort((a, b) => b[1] - a[1]).map(([k, n]) => `${k} (${n})`);
}

function count(list) {
  return Object.fromEntries([...new Set(list)].map((v) => [v, list.filter((x) => x === v).length]));
}
function median(values) {
  const s = [...values].sort((a, b) => a - b);
  return s.length ? (s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2) : null;
}
const pct = (f, digits = 3) => (f === null || f === undefined ? "-" : `${f >= 0 ? "+" : ""}${(f * 100).toFixed(digits)}%`);

const report = {
  valgrind: valgrind.version,
  node: process.versions.node,
  cores,
  minutes: (Date.now() - started) / 60000,
  loadAverage1m: { before: loadBefore[0], after: loadAfter[0] },
  loadAverage5m: { before: loadBefore[1], after: loadAfter[1] },
  summary,
  bundled: bundledRuns,
};
writeFileSync(path.join(outDir, "report.json"), JSON.stringify(report, null, 2));

const lines = [
  `valgrind ${valgrind.version}, Node ${process.versions.node}, ${cores} cores; load average (1m) ${loadBefore[0].toFixed(2)} before, ${loadAfter[0].toFixed(2)} after; ${report.minutes.toFixed(1)} min`,
  "",
  "| scenario | instructions/op | ops counted | max spread | A/A flagged | +1% flagged (change) | +2% flagged (change) | s per side |",
  "| --- | ---: | --- | ---: | ---: | --- | --- | ---: |",
  ...summary.map((r) =>
    [
      r.subject,
      r.perOp === null ? "-" : `${(r.perOp / 1e6).toFixed(3)}M`,
      r.ops.join(", ") || "-",
      pct(r.spreadMax, 4).replace("+", "±"),
      flaggedText(r.aa, 3),
      r.plus1 ? flaggedText(r.plus1, 2) : "-",
      r.plus2 ? flaggedText(r.plus2, 2) : "-",
      r.sideSeconds === null ? "-" : `${Math.round(r.sideSeconds)}`,
    ].join(" | ").replace(/^/, "| ").concat(" |"),
  ),
  "",
  ...bundledRuns.map((b) => `bundled example (node-basic: sha256 + http-get, base and head): ${Math.round(b.wallMs / 1000)}s with ${b.parallel} count(s) at a time`),
  ...summary.filter((r) => r.failed.length).map((r) => `${r.subject}: ${r.failed.length} side(s) failed: ${r.failed[0]}`),
];
process.stdout.write(lines.join("\n") + "\n");
process.stdout.write(`details: ${path.relative(process.cwd(), path.join(outDir, "report.json"))}\n`);
