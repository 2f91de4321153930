// Reading the action's inputs: defaults, every accepted form, and messages that name the bad input.
import { describe, expect, it } from "vitest";
import { DEFAULT_STORE, envInputReader, readInputs } from "../src/action/inputs.js";
import { InputError } from "../src/shared/input-error.js";

const from = (values: Record<string, string>) => (name: string) => values[name] ?? "";

function failure(values: Record<string, string>): string {
  try {
    readInputs(from(values));
  } catch (error) {
    expect(error).toBeInstanceOf(InputError);
    return (error as Error).message;
  }
  throw new Error("expected readInputs to fail");
}

describe("readInputs", () => {
  it("fills the defaults of action.yml when inputs are empty", () => {
    expect(readInputs(from({}))).toEqual({
      mode: "auto",
      baseline: DEFAULT_STORE,
      against: "base-commit",
      storeErrors: "fail",
      githubToken: "",
      comment: "auto",
      failOn: ["regression", "blocking", "budget"],
      historyIssue: true,
    });
  });

  it("reads history-issue and baseline-history, and names them when bad", () => {
    expect(readInputs(from({ "history-issue": "false", "baseline-history": "50" }))).toMatchObject({ historyIssue: false, baselineHistory: 50 });
    expect(failure({ "history-issue": "no", "baseline-history": "0" })).toBe(
      'input "history-issue": expected one of true, false, got "no"\ninput "baseline-history": expected a positive integer, got "0"',
    );
  });

  it("reads every input in its documented form", () => {
    const inputs = readInputs(
      from({
        config: "bench/concurrency-guard.yml",
        mode: "check",
        baseline: "file:baselines/main.json",
        against: "baseline",
        "store-errors": "warn",
        "github-token": "ghs_abc",
        comment: "on-change",
        "fail-on": "budget, regression",
        alpha: "0.05",
        threshold: "7.5%",
        trials: "6",
        duration: "750ms",
        "time-budget": "10m",
      }),
    );
    expect(inputs).toEqual({
      config: "bench/concurrency-guard.yml",
      mode: "check",
      baseline: "file:baselines/main.json",
      against: "baseline",
      storeErrors: "warn",
      githubToken: "ghs_abc",
      comment: "on-change",
      failOn: ["regression", "budget"],
      alpha: 0.05,
      threshold: 0.075,
      trials: 6,
      durationMs: 750,
      timeBudgetMs: 600_000,
      historyIssue: true,
    });
  });

  it("accepts fail-on as a YAML block list, and none", () => {
    expect(readInputs(from({ "fail-on": "regression\nblocking\n" })).failOn).toEqual(["regression", "blocking"]);
    expect(readInputs(from({ "fail-on": "none" })).failOn).toEqual([]);
  });

  it("accepts a threshold written as a fraction", () => {
    expect(readInputs(from({ threshold: "0.1" })).threshold).toBe(0.1);
  });

  it("names each bad input with the form it expects, all at once", () => {
    const message = failure({
      mode: "compare",
      against: "main",
      comment: "sometimes",
      "fail-on": "regresion",
      alpha: "1.5",
      threshold: "5",
      trials: "1",
      duration: "1 second",
      "time-budget": "soon",
      baseline: "s3://bucket",
    });
    expect(message.split("\n")).toEqual([
      'input "mode": expected one of auto, check, update-baseline, run, got "compare"',
      'input "against": expected one of baseline, base-commit, got "main"',
      'input "comment": expected one of auto, always, on-change, never, got "sometimes"',
      'input "baseline": expected a store such as branch:concurrency-guard-baselines or file:PATH, got "s3://bucket"',
      'input "fail-on": expected a list of regression, blocking, budget (or none), got "regresion"',
      'input "alpha": expected a number between 0 and 1 such as 0.01, got "1.5"',
      'input "threshold": expected a percentage such as 5% (or a fraction such as 0.05), got "5"',
      'input "trials": expected an integer of at least 2 (trials are the unit the statistics compare), or adaptive, got "1"',
      'input "duration": expected a duration such as 500ms, 1s or 2m, got "1 second"',
      'input "time-budget": expected a duration such as 10m or 90s, got "soon"',
    ]);
  });

  it("reads the runner's INPUT_ variables the way the toolkit names them", () => {
    const read = envInputReader({ "INPUT_GITHUB-TOKEN": "t0k", "INPUT_TIME-BUDGET": " 90s " });
    const inputs = readInputs(read);
    expect(inputs.githubToken).toBe("t0k");
    expect(inputs.timeBudgetMs).toBe(90_000);
  });

  it("takes cost from CONCURRENCY_GUARD_COST when the input is not given, as the CLI's --cost does; the input wins", () => {
    expect(readInputs(envInputReader({ CONCURRENCY_GUARD_COST: "off" })).cost).toBe("off");
    expect(readInputs(envInputReader({ CONCURRENCY_GUARD_COST: "off", INPUT_COST: "instructions" })).cost).toBe("instructions");
    expect(readInputs(envInputReader({})).cost).toBeUndefined();
    expect(() => readInputs(envInputReader({ CONCURRENCY_GUARD_COST: "sometimes" }))).toThrow(/cost/);
  });
});
