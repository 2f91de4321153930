import { mkdtempSync, readFileSync, rmSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import type { ScenarioConfig } from "../../config/types.js";
import { parseCallgrindOutput } from "./callgrind-output.js";
import { profileDriverCommand, underCallgrind } from "./commands.js";
import { runCountProcess } from "./count-process.js";
import { parseJitMap } from "./jit-map.js";
import { gridFloor } from "./per-op.js";
import { functionKey, nodeFunctionCounts, type FunctionCounts } from "./profile-functions.js";
import { readPythonProfile } from "./python-profile.js";
import type { CostProfile, ProfiledFunction } from "./types.js";

/** A function is listed on its own when its own cost is at least this share of the operation's. */
export const MIN_SHARE = 0.001;
/** At most this many functions per profile; the rest are summed into `(other)`. */
export const MAX_FUNCTIONS = 200;
/** V8 writes its code map here (`--perf-basic-prof`), named by the process id. */
const JIT_MAP_DIR = "/tmp";
/** The largest code map read: a scenario that generates code without end is cut off here. */
const MAX_MAP_BYTES = 64 * 1024 * 1024;
/** Native CPU time the extra operations of a Python profile take: tracing every bytecode runs 50-100x slower. */
const PYTHON_EXTRA_MS = 20;

export interface ProfileTarget {
  scenario: ScenarioConfig;
  root: string;
  /** The cost count's op counts (Node profiles the same); Python sizes its own from `nativeOpCpuMs`. */
  ops: [number, number];
  nativeOpCpuMs: number;
  executable: string;
  timeoutMs: number;
}

/** The op counts of a Python profile: about `PYTHON_EXTRA_MS` of native CPU between them. */
export function pythonProfileOps(nativeOpCpuMs: number): [number, number] {
  const small = Math.min(2000, gridFloor(PYTHON_EXTRA_MS / 2 / Math.max(nativeOpCpuMs, 1e-6)));
  return [small, 3 * small];
}

/**
 * Profiles one scenario at two op counts and keeps each function's own cost per operation (the
 * difference, so start-up, setup and teardown cancel). A run that fails makes the profile
 * `failed` with the reason; the instruction count and the wall-clock results stand.
 */
export async function profileScenario(target: ProfileTarget): Promise<CostProfile> {
  const python = target.scenario.runtime === "python";
  const ops = python ? pythonProfileOps(target.nativeOpCpuMs) : target.ops;
  const unit = python ? "bytecodes" : "instructions";
  const started = Date.now();
  const counts: FunctionCounts[] = [];
  for (const n of ops) {
    const result = await profileOnce(target, n);
    if ("reason" in result) return { status: "failed", reason: result.reason, unit, ops, profileMs: Date.now() - started };
    counts.push(result);
  }
  return { status: "ok", unit, ops, ...perOpFunctions(counts[0]!, counts[1]!, ops[1] - ops[0]), profileMs: Date.now() - started };
}

/** Each function's own cost per operation, the small ones summed into `(other)`, largest first. */
export function perOpFunctions(small: FunctionCounts, large: FunctionCounts, extraOps: number): { totalPerOp: number; functions: ProfiledFunction[] } {
  const rows: ProfiledFunction[] = [];
  for (const [key, { fn, count }] of large) rows.push({ ...fn, perOp: (count - (small.get(key)?.count ?? 0)) / extraOps });
  for (const [key, { fn, count }] of small) if (!large.has(key)) rows.push({ ...fn, perOp: -count / extraOps });
  const totalPerOp = rows.reduce((a, r) => a + r.perOp, 0);
  rows.sort((a, b) => Math.abs(b.perOp) - Math.abs(a.perOp) || (functionKey(a) < functionKey(b) ? -1 : 1));
  const kept = rows.filter((r, i) => i < MAX_FUNCTIONS && Math.abs(r.perOp) >= MIN_SHARE * Math.abs(totalPerOp));
  const rest = rows.slice(kept.length).reduce((a, r) => a + r.perOp, 0);
  const functions = rest !== 0 ? [...kept, { kind: "runtime" as const, name: "(other)", perOp: rest }] : kept;
  return { totalPerOp, functions: functions.map((f) => bounded({ ...f, perOp: round(f.perOp) })) };
}

/** Names and paths come from the code under test: kept within the results file's limits. */
function bounded(f: ProfiledFunction): ProfiledFunction {
  if (f.file !== undefined && f.file.length > 1000) return { kind: "module", name: f.file.slice(0, 300), perOp: f.perOp };
  return f.name.length > 300 ? { ...f, name: f.name.slice(0, 300) } : f;
}

function round(value: number): number {
  return Math.round(value * 100) / 100;
}

async function profileOnce(target: ProfileTarget, ops: number): Promise<FunctionCounts | { reason: string }> {
  const { scenario, root } = target;
  const dir = mkdtempSync(path.join(tmpdir(), "cg-profile-"));
  const what = `the profile of ${ops} operations`;
  let mapFile: string | undefined;
  try {
    const out = path.join(dir, scenario.runtime === "python" ? "profile.json" : "callgrind.out");
    const driver = profileDriverCommand(scenario, root, ops, out, target.executable);
    const { command, args } = scenario.runtime === "python" ? driver : underCallgrind(driver, out);
    const exit = await runCountProcess(command, args, { cwd: root, env: { ...process.env, ...driver.env }, timeoutMs: target.timeoutMs });
    if (scenario.runtime !== "python" && exit.pid !== undefined) mapFile = path.join(JIT_MAP_DIR, `perf-${exit.pid}.map`);
    if (exit.timedOut) return { reason: `${what} did not finish in ${Math.round(target.timeoutMs / 1000)}s; killed` };
    if (exit.code !== 0) return { reason: `${what} ${exit.spawnError ? `could not start: ${exit.spawnError}` : `exited with ${exit.signal ?? `code ${exit.code}`}`}` };
    let text: string;
    try {
      text = readFileSync(out, "utf8");
    } catch {
      return { reason: `${what} wrote no profile` };
    }
    if (scenario.runtime === "python") return readPythonProfile(text, what);
    const profile = parseCallgrindOutput(text);
    if (!profile || !mapFile) return { reason: `${what}: callgrind wrote no usable profile` };
    let mapText = "";
    try {
      if (statSync(mapFile).size > MAX_MAP_BYTES) return { reason: `${what}: V8's code map is over ${MAX_MAP_BYTES / 1024 / 1024} MB` };
      mapText = readFileSync(mapFile, "utf8");
    } catch {
      return { reason: `${what}: V8 wrote no code map (--perf-basic-prof)` };
    }
    return nodeFunctionCounts(profile, parseJitMap(mapText), root);
  } finally {
    rmSync(dir, { recursive: true, force: true });
    if (mapFile) rmSync(mapFile, { force: true });
  }
}
