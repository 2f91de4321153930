// Covers src/store/file-store.ts, results-file.ts and parse-store.ts: the local baseline file and store syntax.
import { mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { BranchStore } from "../src/store/branch-store.js";
import { FileStore } from "../src/store/file-store.js";
import { parseStore } from "../src/store/parse-store.js";
import { readResultsFile } from "../src/store/results-file.js";
import { cell, results, seeded } from "./support/results-fixture.js";

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), "cg-file-store-"));
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

const sample = (sha: string) =>
  results([cell({ scenario: "s", model: "async", concurrency: 1, throughput: 100, p99: 5, trials: 3 }, seeded(1))], { sha });

describe("parseStore", () => {
  it("reads file:, branch: and bare paths", () => {
    const f = parseStore("file:base/line.json", { cwd: dir });
    expect(f).toBeInstanceOf(FileStore);
    expect(f.description).toBe("file:base/line.json");
    expect(parseStore("results.json", { cwd: dir }).description).toBe("file:results.json");
    const b = parseStore("branch:perf-baselines", { cwd: dir });
    expect(b).toBeInstanceOf(BranchStore);
    expect(b.description).toBe("branch:perf-baselines");
    expect(parseStore("branch:", { cwd: dir }).description).toBe("branch:concurrency-guard-baselines");
  });

  it("rejects empty specs and bad branch names", () => {
    expect(() => parseStore("", { cwd: dir })).toThrow(/expected file:PATH, branch:NAME or a path/);
    expect(() => parseStore("file:", { cwd: dir })).toThrow(/expected a path after file:/);
    expect(() => parseStore("branch:bad..name", { cwd: dir })).toThrow(/branch:bad\.\.name: expected a git branch name/);
  });
});

describe("FileStore", () => {
  it("refuses an untrusted write and leaves no file", async () => {
    const store = new FileStore(join(dir, "b.json"));
    await expect(store.save(sample("a".repeat(40)), { trusted: false })).rejects.toThrow(/refusing to write a baseline from an untrusted run/);
    // A caller that forgets the option is refused too.
    await expect(store.save(sample("a".repeat(40)), {} as { trusted: boolean })).rejects.toThrow(/untrusted/);
    expect(await store.loadLatest()).toBeUndefined();
    expect(await store.list()).toEqual([]);
  });

  it("saves, loads latest, by commit and lists", async () => {
    const path = join(dir, "nested", "b.json");
    const store = new FileStore(path, undefined, () => new Date("2025-03-03T00:00:00Z"));
    const r = sample("b".repeat(40));
    const entry = await store.save(r, { trusted: true });
    expect(entry).toMatchObject({ sha: "b".repeat(40), savedAt: "2025-03-03T00:00:00.000Z", cells: 1, fingerprint: "fp-test" });
    expect(await store.loadLatest()).toEqual(r);
    expect(await store.loadByCommit("bbbbbbb")).toEqual(r);
    expect(await store.loadByCommit("ccccccc")).toBeUndefined();
    const list = await store.list();
    expect(list.map((e) => e.sha)).toEqual(["b".repeat(40)]);
    expect(JSON.parse(await readFile(path, "utf8"))).toEqual(r);
  });
});

describe("readResultsFile", () => {
  it("names the file for missing, corrupt and foreign files", async () => {
    await expect(readResultsFile(join(dir, "nope.json"), "nope.json")).rejects.toThrow("nope.json: file not found");
    await writeFile(join(dir, "bad.json"), '{"schema": "concurrency-guard/results@1", "cells": [');
    await expect(readResultsFile(join(dir, "bad.json"), "bad.json")).rejects.toThrow(/^bad\.json: not valid JSON/);
    await writeFile(join(dir, "other.json"), JSON.stringify({ ...sample("a".repeat(40)), schema: "concurrency-guard/results@2" }));
    await expect(readResultsFile(join(dir, "other.json"), "other.json")).rejects.toThrow(
      'other.json: schema: expected "concurrency-guard/results@1" (a concurrency-guard results file), got "concurrency-guard/results@2"',
    );
    const broken = sample("a".repeat(40)) as unknown as { cells: { trials: unknown }[] };
    broken.cells[0]!.trials = "many";
    await writeFile(join(dir, "cells.json"), JSON.stringify(broken));
    await expect(readResultsFile(join(dir, "cells.json"), "cells.json")).rejects.toThrow(
      'cells.json: not a valid results file (schema/results.schema.json):\n  /cells/0/trials: expected array',
    );
  });
});
