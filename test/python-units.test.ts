// The Python stall detector's pure rules (the scheduler split, assembling and labelling stalls), by Python's own unittest.
import { spawnSync } from "node:child_process";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { python } from "./support/python-trial.js";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");

describe("the Python detector's rules", () => {
  it("pass their unit tests (test/python-units)", () => {
    const proc = spawnSync(python, ["-m", "unittest", "discover", "-s", path.join(root, "test/python-units"), "-p", "test_*.py"], {
      cwd: root,
      encoding: "utf8",
      env: { ...process.env, PYTHONPATH: path.join(root, "src/execute/python"), PYTHONDONTWRITEBYTECODE: "1" },
    });
    expect(proc.status, proc.stderr).toBe(0);
    expect(proc.stderr).toMatch(/Ran [1-9]\d* tests?[\s\S]*\nOK/);
  });
});
