// Config loading: defaults, durations, discovery, and one clear message per kind of mistake.
import { mkdtempSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { parseDuration } from "../src/config/duration.js";
import { findConfig, loadConfig } from "../src/config/load-config.js";
import { readTrials } from "../src/config/option-values.js";
import { MIN_TRIALS } from "../src/config/types.js";
import { InputError } from "../src/shared/input-error.js";
import { serializableConfig } from "../src/results/build-results.js";

function repo(files: Record<string, string>): string {
  const dir = mkdtempSync(path.join(tmpdir(), "cg-config-"));
  for (const [name, text] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(dir, name)), { recursive: true });
    writeFileSync(path.join(dir, name), text);
  }
  return dir;
}

const SCENARIO = "export async function run() {}\n";

function errorOf(yml: string, extra: Record<string, string> = {}): string {
  const dir = repo({ "concurrency-guard.yml": yml, "bench/a.mjs": SCENARIO, ...extra });
  try {
    loadConfig(undefined, dir);
  } catch (error) {
    expect(error).toBeInstanceOf(InputError);
    return (error as Error).message;
  }
  throw new Error("expected a InputError");
}

describe("parseDuration", () => {
  it("reads ms, s, m and decimals", () => {
    expect(parseDuration("250ms")).toBe(250);
    expect(parseDuration("1s")).toBe(1000);
    expect(parseDuration("1.5s")).toBe(1500);
    expect(parseDuration("2m")).toBe(120_000);
    expect(parseDuration("2 hours")).toBeUndefined();
    expect(parseDuration("10")).toBeUndefined();
  });
});

describe("loadConfig", () => {
  it("fills every default and merges scenario overrides", () => {
    const dir = repo({
      "concurrency-guard.yml": [
        "version: 1",
        "defaults: { trials: 4, duration: 500ms }",
        "scenarios:",
        "  - { name: a, file: bench/a.mjs, kind: io, models: [async, threads], concurrency: [1, 64], block: 50ms }",
        "  - { name: b, file: bench/b.py, kind: cpu, pool: { threads: 3 } }",
      ].join("\n"),
      "bench/a.mjs": SCENARIO,
      "bench/b.py": "def run(state): pass\n",
    });
    const config = loadConfig(undefined, dir);
    const [a, b] = config.scenarios;
    expect(a).toMatchObject({ name: "a", runtime: "node", kind: "io", models: ["async", "threads"], concurrency: [1, 64], trials: 4, durationMs: 500, warmupMs: 250, timeoutMs: 30_000, blockMs: 50 });
    expect(a!.path).toBe(path.join(dir, "bench/a.mjs"));
    expect(b).toMatchObject({ runtime: "python", kind: "cpu", models: ["async", "threads", "processes"], concurrency: [1, 8, 64], trials: 4, blockMs: 20, pool: { threads: 3 }, python: "python3" });
    expect(config.compare).toEqual({ alpha: 0.01, thresholds: { throughput: 0.05, p99: 0.1, errors: 0.01, errorsRelative: 0.5, instructions: 0.01 }, gateAcrossEnvironments: false });
  });

  it("accepts JSON configs and budgets per model", () => {
    const dir = repo({
      "concurrency-guard.json": JSON.stringify({
        version: 1,
        compare: { alpha: 0.05, threshold: { throughput: "3%" } },
        scenarios: [{ name: "a", file: "a.mjs", kind: "io", budgets: { p99: "<= 20ms", async: { maxBlock: "<= 50ms" } } }],
      }),
      "a.mjs": SCENARIO,
    });
    const config = loadConfig(undefined, dir);
    expect(config.scenarios[0]!.budgets).toEqual({ p99: "<= 20ms" });
    expect(config.scenarios[0]!.modelBudgets).toEqual({ async: { maxBlock: "<= 50ms" } });
    expect(config.compare.alpha).toBe(0.05);
    expect(config.compare.thresholds.throughput).toBeCloseTo(0.03);
  });

  it("names file, field path and expectation for a wrong concurrency level", () => {
    const message = errorOf(["version: 1", "scenarios:", "  - name: a", "    file: bench/a.mjs", "    kind: io", "  - name: b", "    file: bench/a.mjs", "    kind: io", "    concurrency: [8x, 2]"].join("\n"));
    expect(message).toBe('concurrency-guard.yml: scenarios[1].concurrency[0] (line 9): expected a positive integer of at most 100000, got "8x"');
  });

  it("rejects unknown keys at every level instead of ignoring a typo", () => {
    expect(errorOf("version: 1\nscenario: []\nscenarios: [{ name: a, file: bench/a.mjs, kind: io }]")).toMatch(/concurrency-guard\.yml: scenario \(line 2\): unknown key/);
    expect(errorOf("version: 1\ndefaults: { trails: 3 }\nscenarios: [{ name: a, file: bench/a.mjs, kind: io }]")).toMatch(/defaults\.trails .*unknown key/);
    expect(errorOf("version: 1\nscenarios: [{ name: a, file: bench/a.mjs, kind: io, concurrencies: [1] }]")).toMatch(/scenarios\[0\]\.concurrencies .*unknown key/);
    expect(errorOf("version: 1\nscenarios: [{ name: a, file: bench/a.mjs, kind: io, budgets: { p95: '<= 1ms' } }]")).toMatch(/scenarios\[0\]\.budgets\.p95 .*unknown key/);
  });

  it("explains durations, models, kinds, names, pool sizes and missing fields", () => {
    const base = (extra: string) => errorOf(`version: 1\nscenarios:\n  - { name: a, file: bench/a.mjs, kind: io, ${extra} }`);
    expect(base("duration: 1 second")).toMatch(/scenarios\[0\]\.duration \(line 3\): expected a duration such as 250ms, 1s or 2m, got "1 second"/);
    expect(base("models: [async, fibers]")).toMatch(/scenarios\[0\]\.models\[1\].*expected one of "async", "threads", "processes", got "fibers"/);
    expect(base("pool: { threads: 0 }")).toMatch(/scenarios\[0\]\.pool\.threads.*expected a positive integer, "cores" or "concurrency", got 0/);
    expect(base("trials: -1")).toMatch(/scenarios\[0\]\.trials.*expected an integer of at least 2 \(trials are the unit the statistics compare\), or adaptive, got -1/);
    expect(errorOf("version: 1\nscenarios:\n  - { name: A_b, file: bench/a.mjs, kind: io }")).toMatch(/scenarios\[0\]\.name.*lower-case letters, digits and dashes, got "A_b"/);
    expect(errorOf("version: 1\nscenarios:\n  - { name: a, file: bench/a.mjs, kind: network }")).toMatch(/scenarios\[0\]\.kind.*expected one of "io", "cpu", got "network"/);
    expect(errorOf("version: 1\nscenarios:\n  - { name: a, kind: io }")).toMatch(/scenarios\[0\].*missing required field "file"/);
    expect(errorOf("version: 2\nscenarios:\n  - { name: a, file: bench/a.mjs, kind: io }")).toMatch(/version.*expected 1, got 2/);
  });

  it("reads advice: false, records it for the reports, and names a value that is not a boolean", () => {
    const dir = repo({ "concurrency-guard.yml": "version: 1\nadvice: false\nscenarios: [{ name: a, file: bench/a.mjs, kind: io }]", "bench/a.mjs": SCENARIO });
    const config = loadConfig(undefined, dir);
    expect(config.advice).toBe(false);
    expect(serializableConfig(config)).toMatchObject({ advice: false });
    const on = loadConfig(undefined, repo({ "concurrency-guard.yml": "version: 1\nscenarios: [{ name: a, file: bench/a.mjs, kind: io }]", "bench/a.mjs": SCENARIO }));
    expect(on.advice).toBeUndefined();
    expect(serializableConfig(on)).not.toHaveProperty("advice");
    expect(errorOf("version: 1\nadvice: no\nscenarios: [{ name: a, file: bench/a.mjs, kind: io }]")).toBe('concurrency-guard.yml: advice (line 2): expected a boolean, got "no"');
  });

  it("reports every problem at once", () => {
    const message = errorOf("version: 1\nscenarios:\n  - { name: a, file: bench/a.mjs, kind: io, trials: 0, warmup: soon }");
    expect(message.split("\n")).toHaveLength(2);
  });

  it("reports YAML syntax errors with line and column", () => {
    expect(errorOf("version: 1\nscenarios:\n  - name: a\n   file: [")).toMatch(/^concurrency-guard\.yml:\d+:\d+: /);
  });

  it("reports missing scenario files with the path tried, and duplicate names", () => {
    const dir = repo({ "concurrency-guard.yml": "version: 1\nscenarios:\n  - { name: a, file: bench/gone.mjs, kind: io }\n  - { name: a, file: bench/a.mjs, kind: io }", "bench/a.mjs": SCENARIO });
    expect(() => loadConfig(undefined, dir)).toThrow(`scenarios[0].file: scenario file not found (tried ${path.join(dir, "bench/gone.mjs")})`);
    expect(() => loadConfig(undefined, dir)).toThrow('scenarios[1].name: expected a unique name, "a" is also scenarios[0]');
  });

  it("refuses a timeout that leaves no time to measure", () => {
    expect(errorOf("version: 1\nscenarios:\n  - { name: a, file: bench/a.mjs, kind: io, duration: 2s, timeout: 1s }")).toMatch(/scenarios\[0\]\.timeout: expected a timeout longer than warmup \+ duration \(2250ms\), got 1000ms/);
  });

  it("finds the config from a subfolder up to the repository root, and says where it looked", () => {
    const dir = repo({ ".git/HEAD": "ref: refs/heads/main\n", "concurrency-guard.yaml": "version: 1\nscenarios: [{ name: a, file: bench/a.mjs, kind: io }]", "bench/a.mjs": SCENARIO, "src/deep/x.txt": "" });
    expect(findConfig(path.join(dir, "src/deep"))).toBe(path.join(dir, "concurrency-guard.yaml"));
    const empty = repo({ ".git/HEAD": "", "src/x.txt": "" });
    expect(() => loadConfig(undefined, path.join(empty, "src"))).toThrow(/no concurrency-guard\.yml .* found/);
    expect(() => loadConfig("nope.yml", empty)).toThrow(/nope\.yml: config file not found/);
  });
});

describe("the fewest trials", () => {
  it("is one number: the schema's minimum, the CLI's and the action's readers all say MIN_TRIALS", () => {
    const schema = JSON.parse(readFileSync(path.resolve(import.meta.dirname, "../schema/concurrency-guard.schema.json"), "utf8")) as {
      $defs?: Record<string, { properties?: Record<string, { minimum?: number }> }>;
      definitions?: Record<string, { properties?: Record<string, { minimum?: number }> }>;
    };
    const minima = Object.values(schema.$defs ?? schema.definitions ?? {})
      .map((d) => d.properties?.trials?.minimum)
      .filter((m) => m !== undefined);
    expect(minima.length).toBeGreaterThan(0);
    expect(new Set(minima)).toEqual(new Set([MIN_TRIALS]));
    expect(readTrials(String(MIN_TRIALS))).toBe(MIN_TRIALS);
    expect(readTrials(String(MIN_TRIALS - 1))).toEqual({ expected: expect.stringContaining(`at least ${MIN_TRIALS}`) });
    const error = errorOf(`version: 1\nscenarios:\n  - { name: a, file: bench/a.mjs, kind: io, trials: ${MIN_TRIALS - 1} }`);
    expect(error).toMatch(new RegExp(`trials .*expected an integer of at least ${MIN_TRIALS}`));
  });
});
