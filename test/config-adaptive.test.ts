// `trials: adaptive` in the config, `--trials adaptive` / the action's input, and how the run's design and report line come out of them.
import { mkdtempSync, mkdirSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { loadConfig } from "../src/config/load-config.js";
import { adaptiveDesign, readTrialsRequest, withTrials, withTrialsOf } from "../src/config/trials-mode.js";
import { readInputs } from "../src/action/inputs.js";
import { adaptiveHeadline, stopText } from "../src/report/sequential-text.js";

function load(yml: string) {
  const dir = mkdtempSync(path.join(tmpdir(), "cg-adaptive-config-"));
  mkdirSync(path.join(dir, "bench"));
  writeFileSync(path.join(dir, "bench/a.mjs"), "export async function run() {}\n");
  writeFileSync(path.join(dir, "concurrency-guard.yml"), yml);
  return loadConfig(undefined, dir);
}
const errorOf = (yml: string) => {
  try {
    load(yml);
  } catch (error) {
    return (error as Error).message;
  }
  throw new Error("expected an error");
};

describe("trials: adaptive", () => {
  it("turns rounds on with default bounds, or the bounds beside it; a scenario's number turns them off", () => {
    const config = load(
      [
        "version: 1",
        "defaults: { trials: adaptive }",
        "scenarios:",
        "  - { name: a, file: bench/a.mjs, kind: io }",
        "  - { name: b, file: bench/a.mjs, kind: io, adaptive: { max: 40 } }",
        "  - { name: c, file: bench/a.mjs, kind: io, trials: 8 }",
      ].join("\n"),
    );
    const [a, b, c] = config.scenarios;
    expect(a).toMatchObject({ trials: 6, adaptive: { min: 6, max: 30 } });
    expect(b).toMatchObject({ trials: 6, adaptive: { min: 6, max: 40 } });
    expect(c!.trials).toBe(8);
    expect(c!.adaptive).toBeUndefined();
    // One design per run: the smallest first round, the largest cap, 4 trials a round.
    expect(adaptiveDesign(config)).toEqual({ min: 6, max: 40, step: 4 });
  });

  it("names the field and the expected form", () => {
    const base = "version: 1\nscenarios:\n  - { name: a, file: bench/a.mjs, kind: io, ";
    expect(errorOf(`${base}trials: sometimes }`)).toMatch(/scenarios\[0\]\.trials.*expected an integer of at least 2 \(trials are the unit the statistics compare\), or adaptive, got "sometimes"/);
    expect(errorOf(`${base}trials: adaptive, adaptive: { min: 10, max: 8 } }`)).toMatch(/scenarios\[0\]\.adaptive\.max: expected at least adaptive\.min \(10\), got 8/);
    expect(errorOf(`${base}trials: 5, adaptive: { max: 8 } }`)).toMatch(/scenarios\[0\]\.adaptive: set beside trials: adaptive, but trials is 5/);
    expect(errorOf(`${base}trials: adaptive, adaptive: { most: 8 } }`)).toMatch(/scenarios\[0\]\.adaptive\.most.*unknown key; expected one of min, max/);
    expect(errorOf(`${base}trials: adaptive, adaptive: { min: 1 } }`)).toMatch(/scenarios\[0\]\.adaptive\.min.*expected an integer of at least 2, got 1/);
  });

  it("a door's value wins over the config's: a number fixes every scenario, adaptive makes them all adaptive", () => {
    const config = load("version: 1\ndefaults: { trials: adaptive, adaptive: { min: 8, max: 20 } }\nscenarios:\n  - { name: a, file: bench/a.mjs, kind: io }");
    expect(adaptiveDesign(withTrials(config, 12))).toBeUndefined();
    expect(withTrials(config, 12).scenarios[0]!.trials).toBe(12);
    const fixed = load("version: 1\ndefaults: { trials: 5 }\nscenarios:\n  - { name: a, file: bench/a.mjs, kind: io }");
    expect(adaptiveDesign(withTrials(fixed, "adaptive"))).toEqual({ min: 6, max: 30, step: 4 });
    expect(adaptiveDesign(withTrials(config, "adaptive"))).toEqual({ min: 8, max: 20, step: 4 });
  });

  it("side by side, the base takes the current config's trials scenario by scenario", () => {
    const current = load("version: 1\ndefaults: { trials: adaptive }\nscenarios:\n  - { name: a, file: bench/a.mjs, kind: io, adaptive: { min: 8, max: 16 } }");
    const base = load("version: 1\ndefaults: { trials: 5 }\nscenarios:\n  - { name: a, file: bench/a.mjs, kind: io }\n  - { name: old, file: bench/a.mjs, kind: io, trials: 3 }");
    const aligned = withTrialsOf(base, current);
    expect(aligned.scenarios.map((s) => [s.name, s.trials, s.adaptive])).toEqual([
      ["a", 8, { min: 8, max: 16 }],
      ["old", 6, { min: 6, max: 30 }],
    ]);
    expect(adaptiveDesign(withTrialsOf(current, base))).toBeUndefined();
  });

  it("reads --trials and the action's input one way", () => {
    expect(readTrialsRequest("adaptive")).toBe("adaptive");
    expect(readTrialsRequest("7")).toBe(7);
    expect(readTrialsRequest("1")).toEqual({ expected: "an integer of at least 2 (trials are the unit the statistics compare), or adaptive" });
    expect(readInputs((n) => (n === "trials" ? "adaptive" : "")).trials).toBe("adaptive");
    expect(() => readInputs((n) => (n === "trials" ? "lots" : ""))).toThrow(/input "trials": expected an integer of at least 2 .*, or adaptive, got "lots"/);
  });
});

describe("adaptive wording", () => {
  it("says why each cell stopped and how the time went", () => {
    expect(stopText({ reason: "unchanged", round: 1 }, 6)).toBe("decided unchanged after 6 trials");
    expect(stopText({ reason: "cap", round: 7 }, 30)).toBe("reached its cap (30 trials), still undecided");
    const cells = [
      ...Array.from({ length: 6 }, (_, i) => ({ id: `a/async/${i}`, trials: 6, stop: { reason: "unchanged" as const, round: 1 } })),
      ...Array.from({ length: 3 }, (_, i) => ({ id: `b/async/${i}`, trials: 10, stop: { reason: "changed" as const, round: 2 } })),
      ...Array.from({ length: 3 }, (_, i) => ({ id: `c/async/${i}`, trials: 30, stop: { reason: "cap" as const, round: 7 } })),
    ];
    expect(adaptiveHeadline(cells, { max: 30, rounds: 7, elapsedMs: 250_000, budgetMs: 600_000 })).toBe(
      "adaptive: 9 of 12 cells decided (6 after 6 trials, 3 after 10), 3 ran to the cap of 30; 7 rounds, 4m10s of a 10m budget",
    );
  });
});
