// TypeScript scenarios under valgrind: the cost driver loads a .ts scenario as trials do (type
// stripping, under the flags that make counts repeat), with a sync and an async `run`; a Node that
// cannot strip types fails the cost plainly, as it fails the trials.
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { loadConfig } from "../src/config/load-config.js";
import type { ScenarioConfig } from "../src/config/types.js";
import { NODE_FLAGS } from "../src/execute/cost/commands.js";
import { measureCosts } from "../src/execute/cost/measure-costs.js";
import type { ValgrindProbe } from "../src/execute/cost/valgrind.js";
import { nodeStripsTypes } from "../src/execute/node/scenario-module.js";
import type { ScenarioCost } from "../src/results/types.js";
import { requireValgrind } from "./support/cost-count.js";

// Types, an interface and a type alias: loading it needs the types stripped. CPU-bound, in plain JavaScript.
const SYNC = `interface State {
  values: number[];
}
type Total = number;

export function setup(): State {
  return { values: Array.from({ length: 400 }, (_, i) => (i * 7919) % 1009) };
}

export function run(state: State): Total {
  let total: Total = 0;
  for (let r = 0; r < 20; r++) for (const v of [...state.values].sort((a: number, b: number) => a - b)) total += v;
  return total;
}
`;
// The same work, awaited in two halves: an async run whose promises the driver awaits.
const ASYNC = SYNC.replace("export function run(state: State): Total {", "export async function run(state: State): Promise<Total> {\n  await Promise.resolve();").replace(
  "  return total;",
  "  return await Promise.resolve(total);",
);

let root: string;
let valgrind: ValgrindProbe;

beforeAll(async () => {
  valgrind = await requireValgrind();
  root = mkdtempSync(path.join(tmpdir(), "cg-cost-ts-"));
  writeFileSync(path.join(root, "sorts.ts"), SYNC);
  writeFileSync(path.join(root, "sorts-async.mts"), ASYNC);
  writeFileSync(
    path.join(root, "concurrency-guard.yml"),
    "version: 1\ndefaults: { cost: instructions, timeout: 20s }\nscenarios:\n  - { name: sorts, file: sorts.ts, kind: cpu }\n  - { name: sorts-async, file: sorts-async.mts, kind: cpu }\n",
  );
});
afterAll(() => rmSync(root, { recursive: true, force: true }));

function scenario(name: string): ScenarioConfig {
  const s = loadConfig(path.join(root, "concurrency-guard.yml")).scenarios.find((x) => x.name === name);
  if (!s) throw new Error(`no scenario ${name}`);
  return s;
}

function repeatable(cost: ScenarioCost): void {
  expect(cost.status, cost.reason).toBe("ok");
  for (const c of cost.counts!) {
    const [a, b] = c.instructions as [number, number];
    expect(Math.abs(a - b) / a, `${c.ops} ops: ${a} and ${b}`).toBeLessThan(1e-4);
  }
  expect(cost.runtimeInfo).toMatchObject({ version: process.versions.node, flags: [...NODE_FLAGS] });
  expect(cost.perOp!).toBeGreaterThan(100_000);
}

describe("TypeScript scenarios under valgrind", () => {
  it.skipIf(!nodeStripsTypes())(
    "counts a .ts scenario the same twice, and an async .mts one",
    async () => {
      // Two arms of one name count the same op counts, as the two sides of a side-by-side run do.
      const [first, second, async] = await measureCosts(
        [
          { arm: "base", scenario: scenario("sorts"), root },
          { arm: "current", scenario: scenario("sorts"), root },
          { arm: "current", scenario: scenario("sorts-async"), root },
        ],
        { valgrind },
      );
      for (const cost of [first!, second!, async!]) repeatable(cost);
      expect(second!.counts!.map((c) => c.ops)).toEqual(first!.counts!.map((c) => c.ops));
      // The same figure, within what the repetitions allow (a few instructions per operation at most).
      const gap = Math.abs(second!.perOp! - first!.perOp!) / first!.perOp!;
      expect(gap, `${first!.perOp} and ${second!.perOp}`).toBeLessThanOrEqual(Math.max(first!.spread! + second!.spread!, 1e-6));
      // The awaits cost something, but the sorting is most of the operation.
      expect(async!.perOp! / first!.perOp!).toBeGreaterThan(0.9);
      expect(async!.perOp! / first!.perOp!).toBeLessThan(1.5);
    },
    10 * 60_000,
  );

  it.skipIf(nodeStripsTypes())("fails the cost plainly on a Node that cannot strip types, as the trials do", async () => {
    const [cost] = await measureCosts([{ arm: "current", scenario: scenario("sorts"), root }], { valgrind });
    expect(cost).toMatchObject({ scenario: "sorts", status: "failed" });
    expect(cost!.reason).toContain("the sizing run (native, before counting) exited with code 1: concurrency-guard cost driver: sorts.ts: TypeScript scenarios need a Node that strips types (22.18+ or 24)");
  });
});
