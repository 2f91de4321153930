// Does the per-function profile name the function that got heavier (npm run bench:hotspots)?
// fixtures/hotspots has two functions of the same cost per operation, in Node and in Python;
// weight.json makes `heavier` cost 10%, 20% or 35% more of its own work. Each "side" is one
// profile of one scenario, as a run makes it (Node: two callgrind runs at the count's op counts;
// Python: two traced runs). Comparisons pair sides, judged by the real compare code: A/A among
// sides of identical code (nothing may be listed), and each heavier side against each plain one
// (`heavier` must be named first, `steady` never). Also: the time a profile adds per scenario,
// against the instruction count it sits beside.
//
//   node bench/hotspots.mjs [--plain 7] [--heavier 3] [--sizes 0.1,0.2,0.35] [--out .tmp/hotspots] [--only node|python]
import { cpSync, mkdirSync, rmSync, writeFileSync } from "node:fs";
import { loadavg } from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";
import { loadBundle } from "./compare-core.mjs";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const { values: args } = parseArgs({
  options: {
    plain: { type: "string", default: "7" },
    heavier: { type: "string", default: "3" },
    sizes: { type: "string", default: "0.1,0.2,0.35" },
    out: { type: "string", default: ".tmp/hotspots" },
    only: { type: "string" },
  },
});
const outDir = path.resolve(root, args.out);
mkdirSync(outDir, { recursive: true });
const { measureCosts, profileScenario, diffFunctions, MIN_CHANGE_SHARE, probeValgrind, compareResults, DEFAULT_COMPARE, loadConfig } = await loadBundle(outDir, "hotspots", [
  'export { measureCosts } from "./src/execute/cost/measure-costs.ts";',
  'export { profileScenario } from "./src/execute/cost/profile-scenario.ts";',
  'export { diffFunctions, MIN_CHANGE_SHARE } from "./src/compare/hotspots.ts";',
  'export { probeValgrind } from "./src/execute/cost/valgrind.ts";',
  'export { compareResults } from "./src/compare/compare.ts";',
  'export { DEFAULT_COMPARE } from "./src/config/compare-settings.ts";',
  'export { loadConfig } from "./src/config/load-config.ts";',
]);
const valgrind = await probeValgrind();
if (!valgrind.ok) {
  process.stderr.write(`bench:hotspots needs valgrind: ${valgrind.reason}\n`);
  process.exit(2);
}

const RUNTIMES = { node: "two-functions", python: "two-functions-py" };
const runtimes = args.only ? [args.only] : Object.keys(RUNTIMES);
const sizes = args.sizes.split(",").map(Number);
const load = () => loadavg().map((l) => l.toFixed(2)).join(" ");

/** A copy of the fixture whose `heavier` does `weight` more work. */
function arm(weight) {
  const dir = path.join(outDir, "arms", String(weight));
  rmSync(dir, { recursive: true, force: true });
  cpSync(path.join(root, "fixtures/hotspots"), dir, { recursive: true });
  writeFileSync(path.join(dir, "weight.json"), `${JSON.stringify({ heavier: weight })}\n`);
  return loadConfig(path.join(dir, "concurrency-guard.yml"));
}

/**
 * The first side of a runtime: the whole cost measurement as a run makes it (sizing, the count,
 * the profile), one process at a time, for the time a profile adds beside the count.
 */
async function firstSide(config, scenarioName) {
  const scenario = { ...config.scenarios.find((s) => s.name === scenarioName), cost: "instructions" };
  const [cost] = await measureCosts([{ arm: "x", scenario, root: config.root, profile: true }], { valgrind, parallel: 1 });
  if (cost.status !== "ok" || cost.profile?.status !== "ok") throw new Error(`${scenarioName}: ${cost.reason ?? cost.profile?.reason}`);
  return cost;
}

/** Another side: the profile alone, at the first side's op counts; its total stands in for the count. */
async function side(config, scenarioName, first) {
  const scenario = config.scenarios.find((s) => s.name === scenarioName);
  const ops = first.counts.map((c) => c.ops);
  const executable = scenario.runtime === "python" ? scenario.python : process.execPath;
  const profile = await profileScenario({ scenario, root: config.root, ops, nativeOpCpuMs: first.nativeOpCpuMs, executable, timeoutMs: 600_000 });
  if (profile.status !== "ok") throw new Error(`${scenarioName}: ${profile.reason}`);
  return { scenario: scenarioName, runtime: scenario.runtime, metric: "instructions", status: "ok", perOp: profile.totalPerOp, spread: 0, profile };
}

const results = (cost) => ({
  schema: "concurrency-guard/results@1",
  tool: { name: "concurrency-guard", version: "bench" },
  createdAt: new Date(0).toISOString(),
  env: { os: "linux", arch: "x64", cpus: 2, cpuModel: "bench", memoryMb: 1, node: process.versions.node, fingerprint: "bench" },
  config: {},
  cells: [],
  costs: [cost],
});
function judge(base, cur) {
  const c = compareResults(results(base), results(cur), { settings: DEFAULT_COMPARE });
  return c.hotspots?.[0];
}

/** Would anything be listed if the scenario were triggered (say, by wall-clock noise)? */
const wouldList = (a, b) => diffFunctions(a.profile.functions, b.profile.functions, a.profile.totalPerOp, b.profile.totalPerOp).filter((r) => r.name !== "(other)" && Math.abs(r.change) >= MIN_CHANGE_SHARE * a.profile.totalPerOp);

const report = { startedAt: new Date().toISOString(), loadBefore: load(), valgrind: valgrind.version, runtimes: {} };
for (const runtime of runtimes) {
  const name = RUNTIMES[runtime];
  const plainConfig = arm(0);
  process.stderr.write(`${runtime}: ${args.plain} plain sides (load ${load()})\n`);
  const first = await firstSide(plainConfig, name);
  const plain = [first];
  for (let i = 1; i < Number(args.plain); i++) plain.push(await side(plainConfig, name, first));
  const aa = { comparisons: 0, listed: 0, wouldList: 0 };
  for (let i = 0; i < plain.length; i++) {
    for (let j = i + 1; j < plain.length; j++) {
      aa.comparisons++;
      if ((judge(plain[i], plain[j])?.functions.length ?? 0) > 0) aa.listed++;
      if (wouldList(plain[i], plain[j]).length > 0) aa.wouldList++;
    }
  }
  const bySize = {};
  for (const size of sizes) {
    process.stderr.write(`${runtime}: +${size * 100}% on heavier, ${args.heavier} sides (load ${load()})\n`);
    const config = arm(size);
    const heavy = [];
    for (let i = 0; i < Number(args.heavier); i++) heavy.push(await side(config, name, first));
    const tally = { comparisons: 0, heavierFirst: 0, steadyListed: 0, nothing: 0, share: [], relative: [] };
    for (const h of heavy) {
      for (const p of plain) {
        tally.comparisons++;
        const found = judge(p, h);
        const top = found?.functions[0];
        if (!top) tally.nothing++;
        else if (top.name === "heavier") tally.heavierFirst++;
        if (found?.functions.some((f) => f.name === "steady")) tally.steadyListed++;
        if (top?.share != null) tally.share.push(top.share);
        if (top?.relative != null) tally.relative.push(top.relative);
      }
    }
    const range = (xs) => (xs.length ? [Math.min(...xs), Math.max(...xs)].map((x) => +x.toFixed(4)) : []);
    bySize[size] = { sides: heavy.length, ...tally, share: range(tally.share), relative: range(tally.relative) };
  }
  report.runtimes[runtime] = {
    ops: first.counts.map((c) => c.ops),
    profileOps: first.profile.ops,
    plainSides: plain.length,
    aa,
    bySize,
    firstSideSeconds: { count: +(first.countMs / 1000).toFixed(1), profile: +(first.profile.profileMs / 1000).toFixed(1) },
    perOp: { profileTotal: first.profile.totalPerOp, count: first.perOp, top: first.profile.functions.slice(0, 4) },
  };
  process.stderr.write(`${runtime}: ${JSON.stringify(report.runtimes[runtime])}\n`);
}
// The time profiles add to a run: the bundled example's counts with and without them, every core busy as a run counts.
if (!args.only) {
  const example = loadConfig(path.join(root, "fixtures/node-basic/concurrency-guard.yml"));
  const timed = async (profile) => {
    const started = Date.now();
    const costs = await measureCosts(example.scenarios.map((scenario) => ({ arm: "x", scenario: { ...scenario, cost: "instructions" }, root: example.root, profile })), { valgrind });
    return { seconds: +((Date.now() - started) / 1000).toFixed(1), profiled: costs.filter((c) => c?.profile?.status === "ok").length, load: load() };
  };
  process.stderr.write(`the bundled example's counts without and with profiles (load ${load()})\n`);
  report.example = { scenarios: example.scenarios.length, without: await timed(false), with: await timed(true) };
}
report.loadAfter = load();
writeFileSync(path.join(outDir, "hotspots.json"), `${JSON.stringify(report, null, 2)}\n`);
process.stdout.write(`${JSON.stringify(report, null, 2)}\n`);
