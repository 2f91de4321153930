// Errors under concurrency on real Node trials: kinds, counts and the line that threw in each model, failed operations kept out of throughput and latency, and the cell summary in a valid results file.
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { Ajv2020 } from "ajv/dist/2020.js";
import { build } from "esbuild";
import { afterAll, describe, expect, it } from "vitest";
import resultsSchema from "../schema/results.schema.json" with { type: "json" };
import { DEFAULT_COMPARE } from "../src/config/compare-settings.js";
import { DEFAULT_SETTINGS } from "../src/config/load-config.js";
import type { Config, Model } from "../src/config/types.js";
import { executePlan } from "../src/execute/run-plan.js";
import { runTrialProcess } from "../src/execute/run-trial.js";
import type { TrialSpec } from "../src/execute/trial-spec.js";
import { specBuilder } from "./support/trial-specs.js";
import { makePlan } from "../src/plan/plan.js";
import { buildResults } from "../src/results/build-results.js";
import type { TrialResult } from "../src/results/types.js";

const here = path.dirname(fileURLToPath(import.meta.url));
const root = path.join(here, "fixtures");
const scenarios = path.join(root, "scenarios");
const RACY = path.join(scenarios, "racy-cache.mjs");
const RACY_LINE = lineOf(RACY, "throw new Error(`cache fill collided");
const KIND = "cache fill collided for k#";

function lineOf(file: string, text: string): number {
  return readFileSync(file, "utf8").split("\n").findIndex((l) => l.includes(text)) + 1;
}

const spec = specBuilder({ runtime: "node", scenarios, root }, { durationMs: 250 });

const trial = (s: TrialSpec) => runTrialProcess(s, { timeoutMs: 15_000 });

/** The racy cache's failures: one kind, thrown at the fixture's throwing line, counts adding up to `errors`. */
function expectCollisions(result: Omit<TrialResult, "index" | "order">) {
  expect(result.status).toBe("ok");
  expect(result.errors).toBeGreaterThan(0);
  expect(result.errorKinds?.map((k) => k.kind)).toEqual([KIND]);
  const [kind] = result.errorKinds!;
  expect(kind!.count).toBe(result.errors);
  expect(kind!.message).toMatch(/^cache fill collided for k\d+$/);
  expect(kind!.site).toMatchObject({ file: "scenarios/racy-cache.mjs", line: RACY_LINE, function: "store" });
  expect(kind!.stack?.[0]).toBe(`store (scenarios/racy-cache.mjs:${RACY_LINE})`);
  // Completed work only: throughput is completed operations over the window.
  expect(result.throughput).toBeCloseTo(result.ops / (result.wallMs / 1000), 6);
}

describe("a race under concurrency, in each model", () => {
  it("async: no error with one operation in flight, collisions at 16", async () => {
    const one = await trial(spec("racy-cache.mjs", "async", 1));
    expect(one.status).toBe("ok");
    expect(one.errors).toBe(0);
    expect(one.errorKinds).toBeUndefined();
    expectCollisions(await trial(spec("racy-cache.mjs", "async", 16)));
  });

  it("threads: kinds merged over the pool's workers", async () => {
    expectCollisions(await trial(spec("racy-cache.mjs", "threads", 8, 2)));
  });

  it("processes: kinds merged over the pool's children", async () => {
    expectCollisions(await trial(spec("racy-cache.mjs", "processes", 8, 2)));
  });
});

describe("failed operations are not completed work", () => {
  it("keeps slow failures out of throughput and the latency histogram", async () => {
    const result = await trial(spec("slow-failures.mjs", "async", 4));
    expect(result.status).toBe("ok");
    expect(result.errors).toBeGreaterThan(4);
    expect(result.errorKinds).toEqual([
      expect.objectContaining({ kind: "upstream timed out", count: result.errors, site: expect.objectContaining({ file: "scenarios/slow-failures.mjs", line: lineOf(path.join(scenarios, "slow-failures.mjs"), "throw new Error") }) }),
    ]);
    // A quarter of the operations take 40 ms before failing: counted, they would set p90 and max.
    expect(result.latencyMs.max).toBeLessThan(35);
    expect(result.throughput).toBeCloseTo(result.ops / (result.wallMs / 1000), 6);
  });
});

describe("compiled TypeScript", () => {
  const dir = mkdtempSync(path.join(tmpdir(), "cg-errors-ts-"));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it("names the .ts line that threw, through the source map", async () => {
    const source = [
      "// Types above the throw, so compiled lines differ from source lines.",
      "interface Entry {",
      "  value: string;",
      "}",
      "type Key = `k${number}`;",
      "let n = 0;",
      "export async function run(): Promise<Entry> {",
      "  const key: Key = `k${++n}`;",
      "  await new Promise((resolve) => setTimeout(resolve, 1));",
      "  if (n % 2 === 0) throw new Error(`lost ${key}`);",
      "  return { value: key };",
      "}",
      "",
    ].join("\n");
    mkdirSync(path.join(dir, "src"));
    writeFileSync(path.join(dir, "src/lossy.ts"), source);
    await build({ entryPoints: [path.join(dir, "src/lossy.ts")], outfile: path.join(dir, "dist/lossy.mjs"), format: "esm", platform: "node", sourcemap: "inline", logLevel: "silent" });
    const result = await trial({ ...spec(path.join(dir, "dist/lossy.mjs"), "async", 2), root: dir });
    expect(result.status).toBe("ok");
    expect(result.errorKinds?.map((k) => [k.kind, k.site?.file, k.site?.line])).toEqual([["lost k#", "src/lossy.ts", 10]]);
  });
});

describe("per cell, in a results file", () => {
  it("lists each kind with counts, trials and levels, and the error rate; valid against the schema", async () => {
    const base = { ...DEFAULT_SETTINGS, trials: 2, warmupMs: 50, durationMs: 250, timeoutMs: 15_000, models: ["async"] as Model[], concurrency: [1, 8] };
    const config: Config = {
      version: 1,
      file: path.join(scenarios, "concurrency-guard.yml"),
      root,
      defaults: base,
      compare: DEFAULT_COMPARE,
      budgets: { defaults: {}, scenarios: {} },
      scenarios: [
        { ...base, name: "racy", file: "scenarios/racy-cache.mjs", path: RACY, runtime: "node", kind: "io" },
        { ...base, name: "throws", file: "scenarios/throws.mjs", path: path.join(scenarios, "throws.mjs"), runtime: "node", kind: "io" },
      ],
    };
    const cells = await executePlan(config, makePlan(config, { seed: 3 }));
    const results = buildResults(config, cells, { git: { sha: "0".repeat(40) } });
    const ajv = new Ajv2020({ strict: false, validateFormats: false });
    expect(ajv.validate(resultsSchema, results), JSON.stringify(ajv.errors)).toBe(true);
    const byId = new Map(results.cells.map((c) => [c.id, c]));

    const calm = byId.get("racy/async/1")!;
    expect(calm.errors).toBeUndefined();
    expect(calm.summary?.errorRate).toBe(0);
    const racy = byId.get("racy/async/8")!;
    expect(racy.errors).toHaveLength(1);
    const [collided] = racy.errors!;
    expect(collided).toMatchObject({ kind: KIND, trials: 2, share: 1, levels: [8], site: { file: "scenarios/racy-cache.mjs", line: RACY_LINE } });
    expect(collided!.count).toBe(racy.trials.reduce((n, t) => n + t.errors, 0));
    expect(racy.summary?.errorRate).toBeGreaterThan(0);

    // A failure at every level is not a race: its kind shows up at 1 too.
    const throwsLine = lineOf(path.join(scenarios, "throws.mjs"), "throw new Error");
    for (const id of ["throws/async/1", "throws/async/8"]) {
      const cell = byId.get(id)!;
      expect(cell.errors?.map((e) => [e.kind, e.levels, e.site?.line, e.count])).toEqual([["boom on call #", [1, 8], throwsLine, cell.trials.reduce((n, t) => n + t.errors, 0)]]);
      // Every third operation throws.
      expect(cell.summary!.errorRate!).toBeGreaterThan(0.25);
      expect(cell.summary!.errorRate!).toBeLessThan(0.42);
    }
  });
});
