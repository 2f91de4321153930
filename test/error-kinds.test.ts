// Error kinds: the message normalizer, the per-loop tally and its caps, Node stack parsing and sites, and the per-cell summary.
import { readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { ErrorTally, MAX_ERROR_KINDS, mergeErrorKinds, normalizeMessage, OTHER_KIND } from "../src/execute/error-kinds.js";
import { errorMessage, parseStack, resolveErrorKinds } from "../src/execute/node/error-site.js";
import { errorRate, markErrorLevels, summarizeErrors } from "../src/results/errors.js";
import { summarizeCell } from "../src/results/summarize.js";
import type { CellResult, ErrorKind, TrialResult } from "../src/results/types.js";

const here = path.dirname(fileURLToPath(import.meta.url));
const cases = (JSON.parse(readFileSync(path.join(here, "fixtures/error-kinds.json"), "utf8")) as { cases: [string, string][] }).cases;

describe("normalizeMessage", () => {
  it.each(cases)("%j -> %j", (message, kind) => {
    expect(normalizeMessage(message)).toBe(kind);
  });

  it("makes one kind of a race's collisions and keeps different failures apart", () => {
    expect(normalizeMessage("cache fill collided for k12")).toBe(normalizeMessage("cache fill collided for k37"));
    expect(normalizeMessage("cache fill collided for k12")).not.toBe(normalizeMessage("cache read failed for k12"));
  });
});

describe("ErrorTally", () => {
  const tally = () => {
    const stacksAsked: string[] = [];
    const t = new ErrorTally<string>({
      message: (e) => (e as Error).message,
      stack: (e) => {
        stacksAsked.push((e as Error).message);
        return `stack of ${(e as Error).message}`;
      },
    });
    return { t, stacksAsked };
  };

  it("counts by kind, keeps the first message and asks for a stack once per kind", () => {
    const { t, stacksAsked } = tally();
    for (const m of ["collided for k1", "collided for k2", "down", "collided for k3"]) t.add(new Error(m));
    expect(t.entries()).toEqual([
      { kind: "collided for k#", message: "collided for k1", count: 3, stack: "stack of collided for k1" },
      { kind: "down", message: "down", count: 1, stack: "stack of down" },
    ]);
    expect(stacksAsked).toEqual(["collided for k1", "down"]);
  });

  it("keeps at most 20 kinds and counts the rest under one other kind, with clipped messages", () => {
    const { t } = tally();
    for (let i = 0; i < 25; i++) t.add(new Error(`kind ${"abcdefghijklmnopqrstuvwxyz"[i]} ${"y".repeat(600)}`));
    t.add(new Error(`kind z ${"y".repeat(600)}`));
    const entries = t.entries();
    expect(entries).toHaveLength(MAX_ERROR_KINDS + 1);
    expect(entries.at(-1)).toEqual({ kind: OTHER_KIND, message: "more than 20 kinds of error; the rest are counted here", count: 6 });
    expect(entries[0]!.message).toHaveLength(500);
    expect(entries[0]!.kind).toHaveLength(200);
    expect(entries.reduce((n, e) => n + e.count, 0)).toBe(26);
  });
});

describe("mergeErrorKinds", () => {
  it("sums a pool's kinds, keeps the first member's site, most frequent first", () => {
    const site = { file: "a.mjs", line: 3 };
    const a: ErrorKind[] = [{ kind: "x #", message: "x 1", count: 2, site }, { kind: "y", message: "y", count: 1 }];
    const b: ErrorKind[] = [{ kind: "y", message: "y", count: 5 }, { kind: "x #", message: "x 9", count: 1, site: { file: "b.mjs", line: 1 } }];
    expect(mergeErrorKinds([a, b])).toEqual([
      { kind: "y", message: "y", count: 6 },
      { kind: "x #", message: "x 1", count: 3, site },
    ]);
    expect(a[0]!.count).toBe(2);
  });

  it("folds kinds past 20, and the members' own other kinds, into one other kind", () => {
    const many = (from: number): ErrorKind[] => Array.from({ length: 15 }, (_, i) => ({ kind: `k${from + i}`, message: `k${from + i}`, count: 100 - from - i }));
    const merged = mergeErrorKinds([[...many(0), { kind: OTHER_KIND, message: "", count: 7 }], many(15)]);
    expect(merged).toHaveLength(21);
    expect(merged.slice(0, 20).map((k) => k.kind)).toEqual(Array.from({ length: 20 }, (_, i) => `k${i}`));
    // k20..k29 (80+79+...+71 = 755) and the 7 already folded.
    expect(merged[20]).toEqual({ kind: OTHER_KIND, message: "more than 20 kinds of error; the rest are counted here", count: 762 });
  });
});

describe("Node error sites", () => {
  const root = path.join(here, "fixtures");
  const racy = path.join(root, "scenarios/racy-cache.mjs");
  const throwing = readFileSync(racy, "utf8").split("\n").findIndex((l) => l.includes("throw new Error(`cache fill collided")) + 1;
  const runner = path.join(here, "../dist/trial.js");

  it("parses V8 stack lines, leaf first, with and without a function name", () => {
    const stack = [
      "Error: cache fill collided for k12",
      "    at store (file:///repo/bench/a.mjs:12:31)",
      "    at async run (/repo/bench/a.mjs:27:3)",
      "    at new Promise (<anonymous>)",
      "    at file:///repo/bench/b.mjs:3:9",
      "    at async Promise.all (index 0)",
    ].join("\n");
    expect(parseStack(stack)).toEqual([
      { url: "file:///repo/bench/a.mjs", line: 12, column: 31, fn: "store" },
      { url: "/repo/bench/a.mjs", line: 27, column: 3, fn: "run" },
      { url: "", line: 0, column: 0, fn: "new Promise" },
      { url: "file:///repo/bench/b.mjs", line: 3, column: 9, fn: "" },
      { url: "", line: 0, column: 0, fn: "Promise.all" },
    ]);
  });

  it("names the innermost repository frame, past dependencies and internals, and stops the stack at the runner", () => {
    const stack = [
      "Error: cache fill collided for k12",
      `    at check (${path.join(root, "node_modules/lru/index.js")}:5:11)`,
      `    at store (file://${racy}:${throwing}:31)`,
      "    at process.processTicksAndRejections (node:internal/process/task_queues:95:5)",
      `    at async run (file://${racy}:27:3)`,
      `    at async chain (file://${runner}:900:7)`,
      `    at async other (file://${racy}:1:1)`,
    ].join("\n");
    const [kind] = resolveErrorKinds([{ kind: "cache fill collided for k#", message: "cache fill collided for k12", count: 4, stack }], root, [runner]);
    expect(kind).toEqual({
      kind: "cache fill collided for k#",
      message: "cache fill collided for k12",
      count: 4,
      stack: [
        "check (node_modules/lru/index.js:5)",
        `store (scenarios/racy-cache.mjs:${throwing})`,
        "process.processTicksAndRejections (node:internal/process/task_queues:95)",
        "run (scenarios/racy-cache.mjs:27)",
      ],
      site: {
        file: "scenarios/racy-cache.mjs",
        line: throwing,
        column: 31,
        function: "store",
        source: "if (writing.has(key)) throw new Error(`cache fill collided for ${key}`);",
      },
    });
  });

  it("gives no site when no frame is the repository's, and none without a stack", () => {
    const internal = "Error: ENOENT\n    at open (node:internal/fs/promises:639:25)";
    const [a, b] = resolveErrorKinds(
      [
        { kind: "ENOENT", message: "ENOENT", count: 1, stack: internal },
        { kind: "down", message: "down", count: 2 },
      ],
      root,
      [runner],
    );
    expect(a).toEqual({ kind: "ENOENT", message: "ENOENT", count: 1, stack: ["open (node:internal/fs/promises:639)"] });
    expect(b).toEqual({ kind: "down", message: "down", count: 2 });
  });

  it("words a message the way kinds are made: subclasses keep their name, non-errors are stringified", () => {
    expect(errorMessage(new Error("down"))).toBe("down");
    expect(errorMessage(new TypeError("x is not a function"))).toBe("TypeError: x is not a function");
    expect(errorMessage(new RangeError(""))).toBe("RangeError");
    expect(errorMessage("plain string")).toBe("plain string");
    expect(errorMessage({ message: "shaped like an error" })).toBe("shaped like an error");
    expect(errorMessage(42)).toBe("42");
  });
});

function trial(index: number, ops: number, errors: number, errorKinds?: ErrorKind[], status: TrialResult["status"] = "ok"): TrialResult {
  return {
    index,
    order: index,
    status,
    ops,
    errors,
    ...(errorKinds && { errorKinds }),
    wallMs: 1000,
    throughput: ops,
    latencyMs: { p50: 1, p90: 2, p99: 3, max: 4, mean: 1 },
    loopDelayMs: { p50: 1, p99: 2, max: 3 },
    loops: [],
    cpu: { userMs: 100, systemMs: 0, perOpUs: 1 },
    memory: { baselineRssMb: 40, peakRssMb: 45, perInFlightKb: 12 },
    startupMs: 20,
    poolSize: 1,
    inFlightPerWorker: [1],
  };
}

function cell(concurrency: number, trials: TrialResult[], model: CellResult["model"] = "async"): CellResult {
  return { id: `racy/${model}/${concurrency}`, scenario: "racy", runtime: "node", kind: "io", model, concurrency, poolSize: 1, inFlightPerWorker: [concurrency], trials };
}

describe("per cell", () => {
  const site = { file: "bench/racy.mjs", line: 12, function: "store" };
  const collided = (count: number, withSite = true): ErrorKind => ({
    kind: "cache fill collided for k#",
    message: `cache fill collided for k${count}`,
    count,
    ...(withSite && { site, stack: ["store (bench/racy.mjs:12)"] }),
  });

  it("sums kinds over measured trials, with trial shares, first site, most failures first", () => {
    const c = cell(16, [
      trial(0, 900, 100, [collided(90, false), { kind: "down", message: "down", count: 10 }]),
      trial(1, 950, 50, [collided(50)]),
      trial(2, 0, 0, undefined, "crashed"),
      trial(3, 0, 30, [{ kind: "down", message: "down", count: 30 }], "error"),
    ]);
    expect(summarizeErrors(c)).toEqual([
      { kind: "cache fill collided for k#", message: "cache fill collided for k90", count: 140, trials: 2, share: 2 / 3, site, stack: ["store (bench/racy.mjs:12)"] },
      { kind: "down", message: "down", count: 40, trials: 2, share: 2 / 3 },
    ]);
  });

  it("gives the error rate per trial and its median over ok trials in the summary", () => {
    expect(errorRate({ ops: 90, errors: 10 })).toBe(0.1);
    expect(errorRate({ ops: 0, errors: 0 })).toBe(0);
    const c = cell(16, [trial(0, 900, 100), trial(1, 950, 50), trial(2, 800, 200), trial(3, 0, 30, undefined, "error")]);
    expect(summarizeCell(c)!.errorRate).toBe(0.1);
  });

  it("marks each kind with the levels of its scenario and model where it occurred", () => {
    const cells = [
      cell(1, [trial(0, 100, 0)]),
      cell(8, [trial(0, 100, 5, [collided(5)])]),
      cell(16, [trial(0, 100, 9, [collided(9)])]),
      cell(16, [trial(0, 100, 2, [collided(2)])], "threads"),
    ];
    for (const c of cells) {
      const errors = summarizeErrors(c);
      if (errors.length > 0) c.errors = errors;
    }
    markErrorLevels(cells);
    expect(cells.map((c) => c.errors?.map((e) => e.levels))).toEqual([undefined, [[8, 16]], [[8, 16]], [[16]]]);
  });
});
