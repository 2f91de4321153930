// Harness overhead, side by side in one run: the async model driving a no-op (and a 100 us op)
// through the real trial program, versus a bare loop awaiting the same function, versus tinybench.
// Each round runs the contenders in a fresh random order so that machine noise, and whatever
// a contender leaves behind for the next, falls on all of them alike.
import { execFileSync } from "node:child_process";
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { Bench } from "tinybench";

const here = path.dirname(fileURLToPath(import.meta.url));
const trialProgram = path.join(here, "../dist/trial.js");
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 7);
const WARMUP_MS = 300;
const DURATION_MS = 1000;
const work = mkdtempSync(path.join(tmpdir(), "cg-bench-"));

function harness(file, inFlight) {
  const spec = {
    scenario: "bench", file, root: here, runtime: "node", model: "async", concurrency: inFlight, poolSize: 1,
    inFlightPerWorker: [inFlight], warmupMs: WARMUP_MS, durationMs: DURATION_MS, blockMs: 20, trial: 0,
    // The measuring harness alone; the blocking detector's cost is measured by bench/blocking.mjs.
    detectBlocking: false,
  };
  const specFile = path.join(work, "spec.json");
  const outFile = path.join(work, "out.json");
  writeFileSync(specFile, JSON.stringify(spec));
  execFileSync(process.execPath, [trialProgram, specFile, outFile]);
  return JSON.parse(readFileSync(outFile, "utf8")).throughput;
}

function bare(file, inFlight) {
  const out = execFileSync(process.execPath, [path.join(here, "bare-loop.mjs"), file, String(inFlight), String(WARMUP_MS), String(DURATION_MS)]);
  return JSON.parse(out.toString()).throughput;
}

async function tinybench(file) {
  const { run } = await import(pathToFileURL(file).href);
  const bench = new Bench({ time: DURATION_MS, warmupTime: WARMUP_MS });
  bench.add("op", async () => {
    await run();
  });
  await bench.run();
  const task = bench.tasks[0].result;
  return task.throughput?.mean ?? task.hz;
}

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
};
const fmt = (x) => `${Math.round(x).toLocaleString("en-US")} ops/s`;

const noop = path.join(here, "scenarios/noop.mjs");
const busy = path.join(here, "scenarios/busy-100us.mjs");
const contenders = {
  "harness, no-op, c=1": () => harness(noop, 1),
  "bare loop, no-op, c=1": () => bare(noop, 1),
  "harness, no-op, c=64": () => harness(noop, 64),
  "bare loop, no-op, c=64": () => bare(noop, 64),
  "tinybench, no-op": () => tinybench(noop),
  "harness, 100us op, c=1": () => harness(busy, 1),
  "bare loop, 100us op, c=1": () => bare(busy, 1),
};
const samples = Object.fromEntries(Object.keys(contenders).map((k) => [k, []]));
for (let round = 0; round < ROUNDS; round++) {
  const order = Object.entries(contenders);
  for (let i = order.length - 1; i > 0; i--) {
    const j = Math.floor(Math.random() * (i + 1));
    [order[i], order[j]] = [order[j], order[i]];
  }
  for (const [name, fn] of order) samples[name].push(await fn());
  process.stderr.write(`round ${round + 1}/${ROUNDS} done\n`);
}
const m = Object.fromEntries(Object.entries(samples).map(([k, v]) => [k, median(v)]));
console.log(`Harness overhead (median of ${ROUNDS} rounds in random order, ${DURATION_MS} ms each, Node ${process.versions.node}; blocking detector off, see bench:blocking)`);
for (const [name, value] of Object.entries(m)) console.log(`  ${name.padEnd(28)} ${fmt(value)}`);
const c1 = m["harness, no-op, c=1"] / m["bare loop, no-op, c=1"];
const c64 = m["harness, no-op, c=64"] / m["bare loop, no-op, c=64"];
const busyCost = 1 - m["harness, 100us op, c=1"] / m["bare loop, 100us op, c=1"];
console.log(`  harness / bare loop, no-op, c=1:   ${c1.toFixed(2)}`);
console.log(`  harness / bare loop, no-op, c=64:  ${c64.toFixed(2)}  (goal >= 0.50)`);
console.log(`  harness / tinybench, no-op:        ${(m["harness, no-op, c=1"] / m["tinybench, no-op"]).toFixed(2)}`);
console.log(`  measuring cost on a 100 us op:     ${(busyCost * 100).toFixed(2)}%  (goal < 2%)`);
if (c64 < 0.5 || busyCost >= 0.02) {
  console.log("GOAL MISSED");
  process.exitCode = 1;
}
