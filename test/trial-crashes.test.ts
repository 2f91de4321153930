// Crashed trials keep their signal, output and out-of-memory reason; processes a trial leaves behind are killed and reported.
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, describe, expect, it } from "vitest";
import { runTrialProcess } from "../src/execute/run-trial.js";
import { renderResultsTable } from "../src/report/cli-table.js";
import { currentScenarioVariants } from "../src/report/scenario-tables.js";
import { around, fixtureResults } from "./support/results-fixture.js";
import { specBuilder } from "./support/trial-specs.js";

const here = path.dirname(fileURLToPath(import.meta.url));
const spec = specBuilder({ runtime: "node", scenarios: path.join(here, "fixtures/scenarios"), root: here });
/** A small heap so that the out-of-memory fixture dies in a second, not after gigabytes. */
const smallHeap = { NODE_OPTIONS: "--max-old-space-size=32" };

describe("a crashed trial keeps why", () => {
  it("keeps the signal and the output tail of a trial process that aborted", async () => {
    const result = await runTrialProcess(spec("aborts.mjs", "async", 1), { timeoutMs: 10_000 });
    expect(result.status).toBe("crashed");
    expect(result.message).toBe("trial process exited with SIGABRT without a result");
    expect(result.crash).toMatchObject({ process: "trial", signal: "SIGABRT" });
    expect(result.crash?.exitCode).toBeUndefined();
    expect(result.crash?.output).toContain("fixture: giving up on purpose");
  });

  it("keeps the exit code of a trial process that exited", async () => {
    const result = await runTrialProcess(spec("crash.mjs", "async", 1), { timeoutMs: 10_000 });
    expect(result.message).toBe("trial process exited with code 7 without a result");
    expect(result.crash).toMatchObject({ process: "trial", exitCode: 7 });
  });

  it("says a trial process ran out of memory", async () => {
    const result = await runTrialProcess(spec("out-of-memory.mjs", "async", 1), { timeoutMs: 20_000, env: smallHeap });
    expect(result.status).toBe("crashed");
    expect(result.message).toMatch(/^trial process ran out of memory \(JavaScript heap out of memory\) and exited with SIGABRT without a result$/);
    expect(result.crash).toMatchObject({ process: "trial", signal: "SIGABRT", outOfMemory: true });
  });

  it("passes on the reason of a pool child that ran out of memory, with its signal and output", async () => {
    const result = await runTrialProcess(spec("out-of-memory.mjs", "processes", 2, 2), { timeoutMs: 20_000, env: smallHeap });
    expect(result.status).toBe("crashed");
    expect(result.message).toMatch(/^child process ran out of memory \(JavaScript heap out of memory\) and exited with SIGABRT$/);
    expect(result.crash).toMatchObject({ signal: "SIGABRT", outOfMemory: true });
    expect(result.crash?.process).toMatch(/^child [01]$/);
    expect(result.crash?.output).toMatch(/heap out of memory/);
  });

  it("says so when a worker thread runs out of memory (V8 takes the worker, or the whole trial process, down)", async () => {
    const result = await runTrialProcess(spec("out-of-memory.mjs", "threads", 2, 2), { timeoutMs: 20_000, env: smallHeap });
    // Node 20 either terminates the worker (ERR_WORKER_OUT_OF_MEMORY) or aborts the process; both are said as such.
    if (result.crash) {
      expect(result.status).toBe("crashed");
      expect(result.message).toBe("trial process ran out of memory (JavaScript heap out of memory) and exited with SIGABRT without a result");
      expect(result.crash).toMatchObject({ process: "trial", signal: "SIGABRT", outOfMemory: true });
    } else {
      expect(result.status).not.toBe("ok");
      expect(result.message).toMatch(/^worker thread ran out of memory: Error \[ERR_WORKER_OUT_OF_MEMORY\]/);
    }
  });

  it("passes on the reason of a pool child that exited", async () => {
    const result = await runTrialProcess(spec("crash.mjs", "processes", 2, 2), { timeoutMs: 10_000 });
    expect(result.message).toBe("child process exited with code 7");
    expect(result.crash).toMatchObject({ exitCode: 7 });
    expect(result.crash?.process).toMatch(/^child [01]$/);
  });
});

describe.runIf(process.platform === "linux")("processes a trial leaves behind", () => {
  const dir = mkdtempSync(path.join(tmpdir(), "cg-strays-"));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  // A zombie (killed, not yet reaped by whoever adopted it) is not alive.
  const alive = (pid: number) => {
    try {
      return !/^\d+ \(.*\) Z/.test(readFileSync(`/proc/${pid}/stat`, "utf8"));
    } catch {
      return false;
    }
  };

  for (const model of ["async", "processes"] as const) {
    it(`kills detached and double-forked grandchildren and says so (${model})`, async () => {
      const pidFile = path.join(dir, `${model}.pids`);
      const started = Date.now();
      const result = await runTrialProcess(spec("detached-sleep.mjs", model, 2, 2), { timeoutMs: 15_000, env: { CG_TEST_PID_FILE: pidFile } });
      // A grandchild holding the trial's output pipes must not keep the runner waiting for the timeout.
      expect(Date.now() - started).toBeLessThan(10_000);
      expect(result.status).toBe("ok");
      const pids = readFileSync(pidFile, "utf8").trim().split("\n").map(Number);
      const members = model === "processes" ? 2 : 1;
      expect(pids).toHaveLength(2 * members);
      for (const pid of pids) expect(alive(pid)).toBe(false);
      expect(result.killedProcesses).toEqual({ count: 2 * members, names: ["sleep"] });
    });
  }

  it("reports nothing when a trial leaves nothing behind", async () => {
    const result = await runTrialProcess(spec("noop-async.mjs", "processes", 2, 2), { timeoutMs: 10_000 });
    expect(result.status).toBe("ok");
    expect(result.killedProcesses).toBeUndefined();
  });
});

describe("the reports show what a trial left behind and how it crashed", () => {
  const results = () => {
    const file = fixtureResults([{ scenario: "tick", model: "processes", concurrency: 2, throughput: around(1000, 4) }]);
    const cell = file.cells[0]!;
    cell.trials[1] = { ...cell.trials[1]!, killedProcesses: { count: 2, names: ["sleep"] } };
    cell.trials[2] = { ...cell.trials[2]!, killedProcesses: { count: 1, names: ["node"] } };
    cell.trials[3] = {
      ...cell.trials[3]!,
      status: "crashed",
      message: "child process ran out of memory (JavaScript heap out of memory) and exited with SIGABRT",
      crash: { process: "child 1", signal: "SIGABRT", outOfMemory: true, output: "<--- Last few GCs --->\n\nFATAL ERROR: Reached heap limit Allocation failed - JavaScript heap out of memory\n" },
    };
    return file;
  };

  it("in the terminal table: the processes killed, and the crashed trial's last output", () => {
    const lines = renderResultsTable(results()).split("\n");
    expect(lines).toContain("  tick/processes/2: 1 of 4 trials failed: child process ran out of memory (JavaScript heap out of memory) and exited with SIGABRT");
    expect(lines).toContain("    | FATAL ERROR: Reached heap limit Allocation failed - JavaScript heap out of memory");
    expect(lines).toContain("  tick/processes/2: killed 3 processes 2 trials left running (node, sleep)");
  });

  it("in the PR comment and job summary: the processes killed, under the scenario's table", () => {
    const [tick] = currentScenarioVariants(results());
    expect(tick!.variants[0]).toContain("- ⚠️ `tick/processes/2`: killed 3 processes 2 trials left running \\(node, sleep\\)");
  });
});
