// Per-function profiles on real runs (valgrind's callgrind for Node, the harness's bytecode
// tracer for Python): a function made 35% heavier is named first with most of the change, the
// unchanged one is not listed, identical code lists nothing, and the results file stays valid.
import { cpSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { Ajv2020 } from "ajv/dist/2020.js";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import resultsSchema from "../schema/results.schema.json" with { type: "json" };
import { compareResults } from "../src/compare/compare.js";
import { DEFAULT_COMPARE } from "../src/config/compare-settings.js";
import { loadConfig } from "../src/config/load-config.js";
import { profileScenario } from "../src/execute/cost/profile-scenario.js";
import { renderMarkdown } from "../src/report/comparison-markdown.js";
import { renderText } from "../src/report/comparison-text.js";
import type { ResultsFile, ScenarioCost } from "../src/results/types.js";
import { requireValgrind } from "./support/cost-count.js";
import { fixtureResults } from "./support/results-fixture.js";

const ROOT = path.resolve(import.meta.dirname, "..");
const work = mkdtempSync(path.join(tmpdir(), "cg-hotspots-"));
afterAll(() => rmSync(work, { recursive: true, force: true }));

/** A copy of the fixture whose `heavier` does `weight` more work. */
function arm(name: string, weight: number) {
  const dir = path.join(work, name);
  cpSync(path.join(ROOT, "fixtures/hotspots"), dir, { recursive: true });
  writeFileSync(path.join(dir, "weight.json"), JSON.stringify({ heavier: weight }));
  return loadConfig(path.join(dir, "concurrency-guard.yml"));
}

const sides: Record<string, ScenarioCost[]> = {};
beforeAll(async () => {
  await requireValgrind();
  const arms = { plain: arm("plain", 0), again: arm("again", 0), heavier: arm("heavier", 0.35) };
  // The profiles alone (the count beside them is tested in cost-valgrind): Node at op counts past
  // the JIT's warm-up, so that both functions run optimized; Python sizes its own.
  const jobs = Object.entries(arms).flatMap(([name, config]) =>
    config.scenarios.map(async (scenario) => {
      const profile = await profileScenario({ scenario, root: config.root, ops: [20, 120], nativeOpCpuMs: 0.5, executable: scenario.runtime === "python" ? scenario.python : process.execPath, timeoutMs: 300_000 });
      const cost: ScenarioCost = { scenario: scenario.name, runtime: scenario.runtime, metric: "instructions", status: "ok", perOp: profile.totalPerOp ?? 0, spread: 0, profile };
      return { name, cost };
    }),
  );
  for (const { name, cost } of await Promise.all(jobs)) (sides[name] ??= []).push(cost);
}, 600_000);

const results = (costs: ScenarioCost[]): ResultsFile => ({ ...fixtureResults([]), costs });

describe("per-function profiles of real runs", () => {
  it("profile every function of the operation in each runtime, and the results file stays valid", () => {
    for (const cost of sides.plain!) {
      expect(cost.profile?.status, cost.profile?.reason).toBe("ok");
      const names = cost.profile!.functions!.filter((f) => f.kind === "repo").map((f) => f.name);
      expect(names.slice(0, 2).sort()).toEqual(["heavier", "steady"]);
    }
    const node = sides.plain!.find((c) => c.runtime === "node")!.profile!;
    expect(node.unit).toBe("instructions");
    // The two functions do the same work: their own instructions agree to within the JIT's
    // warm-up, which these few operations do not wholly leave behind (5% seen; 0 at a run's op counts).
    const [a, b] = ["heavier", "steady"].map((n) => node.functions!.find((f) => f.name === n)!.perOp);
    expect(Math.abs(a! - b!) / b!).toBeLessThan(0.1);
    expect(node.functions!.find((f) => f.name === "heavier")).toMatchObject({ kind: "repo", file: "bench/two-functions.mjs", line: 25 });
    const python = sides.plain!.find((c) => c.runtime === "python")!.profile!;
    expect(python.unit).toBe("bytecodes");
    expect(python.functions!.find((f) => f.name === "heavier")).toMatchObject({ kind: "repo", file: "bench/two_functions.py", line: 22 });
    const ajv = new Ajv2020({ strict: false, validateFormats: false });
    ajv.validate(resultsSchema, results(sides.plain!));
    expect(ajv.errors ?? []).toEqual([]);
  });

  it("name the heavier function first, with most of the change, and never the unchanged one", () => {
    const c = compareResults(results(sides.plain!), results(sides.heavier!), { settings: DEFAULT_COMPARE });
    expect(c.hotspots?.map((h) => h.scenario).sort()).toEqual(["two-functions", "two-functions-py"]);
    for (const h of c.hotspots!) {
      expect(h.status, h.reason).toBe("listed");
      expect(h.triggers).toContain("instructions");
      expect(h.functions[0]).toMatchObject({ kind: "repo", name: "heavier" });
      expect(h.functions[0]!.relative!).toBeGreaterThan(0.3);
      expect(h.functions[0]!.share!).toBeGreaterThan(0.8);
      expect(h.functions.map((f) => f.name)).not.toContain("steady");
    }
    expect(renderText(c)).toMatch(/Where the cost changed[\s\S]*two-functions \(changed: instructions\):\n {4}heavier \(bench\/two-functions\.mjs:25\): \+[\d.]+[kM] instructions\/op/);
    expect(renderMarkdown(c)).toContain("`bench/two_functions.py:22` in `heavier`: \\+");
  });

  it("list nothing for identical code", () => {
    const c = compareResults(results(sides.plain!), results(sides.again!), { settings: DEFAULT_COMPARE });
    expect(c.costs?.every((x) => x.verdict === "unchanged")).toBe(true);
    expect(c.hotspots ?? []).toEqual([]);
  });
});
