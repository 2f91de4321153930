// Blocking sites in TypeScript: compiled code is reported at its .ts line through the source map, stripped .ts at its own line.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { build } from "esbuild";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { nodeStripsTypes } from "../src/execute/node/scenario-module.js";
import { measure } from "../src/pipeline/measure.js";
import type { CellResult } from "../src/results/types.js";

// Types and blank lines above the stall, so compiled lines differ from source lines.
const SOURCE = `// A TypeScript scenario with a 60 ms stall every 4th operation.
import { setTimeout as sleep } from "node:timers/promises";

interface State {
  n: number;
  label: string;
}

type Millis = number;

export function setup(): State {
  return { n: 0, label: "spin" };
}

export async function run(state: State): Promise<void> {
  if (++state.n % 4 !== 0) return sleep(1);
  const started: Millis = performance.now();
  while (performance.now() - started < 60); // stall: spin
}
`;
const LINE = SOURCE.split("\n").findIndex((l) => l.includes("// stall: spin")) + 1;

let root: string;

beforeAll(async () => {
  root = mkdtempSync(path.join(tmpdir(), "cg-blocking-ts-"));
  mkdirSync(path.join(root, "src"));
  writeFileSync(path.join(root, "src/spin.ts"), SOURCE);
  await build({ entryPoints: [path.join(root, "src/spin.ts")], outfile: path.join(root, "dist/spin.mjs"), format: "esm", platform: "node", sourcemap: "inline", logLevel: "silent" });
  writeFileSync(
    path.join(root, "concurrency-guard.yml"),
    [
      "version: 1",
      "defaults: { trials: 2, duration: 800ms, warmup: 300ms, block: 20ms }",
      "scenarios:",
      "  - { name: compiled, file: dist/spin.mjs, kind: io, models: [async, threads], concurrency: [2] }",
      "  - { name: stripped, file: src/spin.ts, kind: io, models: [async], concurrency: [1] }",
    ].join("\n"),
  );
});

afterAll(() => rmSync(root, { recursive: true, force: true }));

const RUN_FIRST = SOURCE.split("\n").findIndex((l) => l.startsWith("export async function run")) + 1;

/** A cell's stalls that were attributed to some code (a busy machine's included: the spin is on the wall clock). */
function attributed(cells: CellResult[], id: string) {
  const cell = cells.find((c) => c.id === id);
  return (cell?.trials ?? []).flatMap((t) => t.stalls ?? []).filter((s) => s.site && !s.gc);
}

describe("TypeScript sources", () => {
  it("code compiled with a source map is reported at the .ts file and line, in the async and threads models", async () => {
    const { results } = await measure({ config: path.join(root, "concurrency-guard.yml"), out: path.join(root, "results.json"), only: ["compiled"], cost: "off" });
    for (const id of ["compiled/async/2", "compiled/threads/2"]) {
      const stalls = attributed(results.cells, id);
      expect(stalls.length, id).toBeGreaterThan(0);
      // Every source of evidence goes through the map: the compiled file's lines are 5 to 9.
      for (const { site } of stalls) {
        expect(site!.file, id).toBe("src/spin.ts");
        expect(site!.line, id).toBeGreaterThanOrEqual(RUN_FIRST);
        expect(site!.line, id).toBeLessThanOrEqual(LINE + 1);
      }
      // A paused loop's stack gives the exact line, and its source text.
      const sampled = stalls.filter((s) => s.site!.via === "frame-sample");
      expect(sampled.filter((s) => s.site!.line === LINE).length, id).toBeGreaterThanOrEqual(sampled.length * 0.8);
      const first = sampled.find((s) => s.site!.source);
      if (first?.site?.line === LINE) expect(first.site.source).toBe("while (performance.now() - started < 60); // stall: spin");
    }
  }, 120_000);

  it.skipIf(!nodeStripsTypes())("a .ts scenario run by type stripping is reported at its own line", async () => {
    const { results } = await measure({ config: path.join(root, "concurrency-guard.yml"), out: path.join(root, "results.json"), only: ["stripped"], cost: "off" });
    const stalls = attributed(results.cells, "stripped/async/1");
    expect(stalls.length).toBeGreaterThan(0);
    expect(stalls.every((s) => s.site!.file === "src/spin.ts")).toBe(true);
    expect(stalls.filter((s) => s.site!.line === LINE).length).toBeGreaterThanOrEqual(stalls.length * 0.5);
  }, 120_000);
});
