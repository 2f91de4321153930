import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { availableParallelism, tmpdir } from "node:os";
import path from "node:path";
import type { ScenarioConfig } from "../../config/types.js";
import { parseCachegrindOutput } from "./cachegrind-output.js";
import { driverCommand, underCachegrind } from "./commands.js";
import { runCountProcess, type ProcessExit } from "./count-process.js";
import { chooseOps, countTimeoutMs, perOpFigure, TIMEOUT_CAP_MS } from "./per-op.js";
import { profileScenario } from "./profile-scenario.js";
import type { CostCount, ScenarioCost } from "./types.js";
import type { ValgrindProbe } from "./valgrind.js";

/** A scenario to count, and which run it belongs to (side by side: `base` or `current`). */
export interface CostTarget {
  arm: string;
  scenario: ScenarioConfig;
  /** The config's folder: the driver's working directory, as for trials. */
  root: string;
  /**
   * Op counts to use instead of the sized ones (for every target of this scenario name): the
   * per-op figure of few operations still carries some warm-up, so two figures compare exactly
   * only when counted at the same op counts.
   */
  ops?: [number, number];
  /** Also profile where the operation's cost goes, per function (`hotspots`). */
  profile?: boolean;
}

export interface CostEvents {
  onStart?(scenarios: number, counts: number, parallel: number): void;
  onDone?(cost: ScenarioCost, arm: string): void;
}

export interface CostOptions {
  valgrind: ValgrindProbe;
  /** Counts at once; default one per core (counts do not depend on timing, so they can share the machine). */
  parallel?: number;
  /** Counts per op count; at least 2, so that a count that depends on timing shows its spread. */
  repetitions?: number;
  /**
   * How long one count under valgrind may take, instead of the limit scaled from the native sizing
   * run (60x plus a minute, capped): for callers that must see a hang end sooner, such as tests.
   */
  countTimeoutMs?: number;
  events?: CostEvents;
}

const REPETITIONS = 2;
/** How long the native sizing run times operations. */
const CALIBRATE_MS = 300;

interface Sizing {
  nativeOpMs: number;
  nativeOpCpuMs: number;
  startupMs: number;
  executable: string;
  version: string;
}

interface State {
  target: CostTarget;
  cost: ScenarioCost;
  sizing?: Sizing;
  counts: CostCount[];
  countMs: number;
  jobsLeft: number;
}

/**
 * Measures each target's CPU cost: a native sizing run (one at a time, it times operations), then
 * `repetitions` counts at each of two op counts under cachegrind, `parallel` at once. Scenarios of
 * one name count the same ops in every arm, so both sides of a side-by-side run difference alike.
 * Call it before or after wall-clock trials, never during: counts keep every core busy. A count that
 * crashes or hangs fails that scenario's cost (reason and output tail), never the run.
 */
export async function measureCosts(targets: readonly CostTarget[], options: CostOptions): Promise<(ScenarioCost | undefined)[]> {
  const repetitions = Math.max(2, options.repetitions ?? REPETITIONS);
  const states: (State | undefined)[] = targets.map((target) => {
    if (target.scenario.cost === "off") return undefined;
    const cost: ScenarioCost = { scenario: target.scenario.name, runtime: target.scenario.runtime, metric: "instructions", status: "ok" };
    return { target, cost, counts: [], countMs: 0, jobsLeft: 0 };
  });
  const valgrind = options.valgrind;
  const live = states.filter((s): s is State => s !== undefined);
  if (!valgrind.ok) {
    for (const s of live) fail(s, "skipped", valgrind.reason);
    return states.map((s) => s?.cost);
  }
  for (const s of live) {
    const sizing = await size(s.target);
    if ("reason" in sizing) fail(s, "failed", sizing.reason, sizing.output);
    else s.sizing = sizing;
  }
  const opsByName = new Map<string, [number, number]>();
  for (const s of live) if (s.target.ops && !opsByName.has(s.target.scenario.name)) opsByName.set(s.target.scenario.name, s.target.ops);
  for (const s of live) if (s.sizing && !opsByName.has(s.target.scenario.name)) opsByName.set(s.target.scenario.name, chooseOps(s.sizing.nativeOpMs, s.sizing.nativeOpCpuMs));

  const jobs: (() => Promise<void>)[] = [];
  for (const s of live) {
    if (!s.sizing) continue;
    const ops = opsByName.get(s.target.scenario.name)!;
    s.counts = ops.map((n) => ({ ops: n, instructions: [] }));
    for (let rep = 0; rep < repetitions; rep++) for (const count of s.counts) jobs.push(() => countJob(s, count, valgrind.version, options));
    s.jobsLeft = repetitions * ops.length;
    if (s.target.profile) {
      jobs.push(() => profileJob(s, ops, valgrind.version, options));
      s.jobsLeft++;
    }
  }
  const parallel = Math.max(1, options.parallel ?? availableParallelism());
  const counted = live.filter((s) => s.sizing).length;
  if (jobs.length > 0) options.events?.onStart?.(counted, jobs.length, parallel);
  for (const s of live) if (!s.sizing) options.events?.onDone?.(s.cost, s.target.arm);
  await runPool(jobs, parallel);
  return states.map((s) => s?.cost);
}

async function countJob(s: State, count: CostCount, version: string, options: CostOptions): Promise<void> {
  if (s.cost.status === "ok") {
    const result = await countOnce(s, count.ops, version, options.countTimeoutMs);
    s.countMs += result.wallMs;
    if ("instructions" in result) count.instructions.push(result.instructions);
    else fail(s, "failed", result.reason, result.output);
  }
  jobDone(s, version, options);
}

/** The per-function profile, once the scenario's count has not failed: its own failure leaves the count alone. */
async function profileJob(s: State, ops: [number, number], version: string, options: CostOptions): Promise<void> {
  const sizing = s.sizing!;
  if (s.cost.status === "ok") {
    const timeoutMs = options.countTimeoutMs ?? Math.min(TIMEOUT_CAP_MS, 2 * countTimeoutMs(sizing.startupMs, ops[1], sizing.nativeOpMs));
    s.cost.profile = await profileScenario({ scenario: s.target.scenario, root: s.target.root, ops, nativeOpCpuMs: sizing.nativeOpCpuMs, executable: sizing.executable, timeoutMs });
  }
  jobDone(s, version, options);
}

function jobDone(s: State, version: string, options: CostOptions): void {
  if (--s.jobsLeft > 0) return;
  finish(s, version);
  options.events?.onDone?.(s.cost, s.target.arm);
}

function finish(s: State, version: string): void {
  const { cost, sizing } = s;
  cost.tool = { name: "cachegrind", version };
  if (sizing) {
    const driver = driverCommand(s.target.scenario, s.target.root, { ops: 1 });
    cost.runtimeInfo = { version: sizing.version, flags: driver.flags, env: driver.env };
    cost.nativeOpMs = sizing.nativeOpMs;
    cost.nativeOpCpuMs = sizing.nativeOpCpuMs;
  }
  cost.countMs = s.countMs;
  if (cost.status !== "ok") return;
  cost.counts = s.counts;
  const figure = perOpFigure(s.counts[0]!, s.counts[1]!);
  if ("reason" in figure) fail(s, "failed", figure.reason);
  else Object.assign(cost, figure);
}

function fail(s: State, status: "failed" | "skipped", reason: string, output?: string): void {
  if (s.cost.status !== "ok") return;
  s.cost.status = status;
  s.cost.reason = reason;
  const tail = output?.trim();
  if (tail) s.cost.output = tail;
}

/** Runs the driver natively for a moment: the wall and CPU time per operation size the counts and their timeout. */
async function size(target: CostTarget): Promise<Sizing | { reason: string; output?: string }> {
  const dir = mkdtempSync(path.join(tmpdir(), "cg-cost-"));
  try {
    const out = path.join(dir, "rate.json");
    const driver = driverCommand(target.scenario, target.root, { calibrateMs: CALIBRATE_MS, out });
    const exit = await runCountProcess(driver.command, driver.args, { cwd: target.root, env: { ...process.env, ...driver.env }, timeoutMs: target.scenario.timeoutMs });
    let rate: { ops: number; loopMs: number; cpuMs: number; version: string; executable: string } | undefined;
    try {
      rate = JSON.parse(readFileSync(out, "utf8")) as typeof rate;
    } catch {
      rate = undefined;
    }
    if (!rate || exit.code !== 0) return { reason: `the sizing run (native, before counting) ${exitText(exit, target.scenario.timeoutMs)}`, output: exit.output };
    const ops = Math.max(1, rate.ops);
    return { nativeOpMs: rate.loopMs / ops, nativeOpCpuMs: rate.cpuMs / ops, startupMs: Math.max(0, exit.wallMs - rate.loopMs), executable: rate.executable, version: rate.version };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** One count under cachegrind: the program's whole instruction count, start-up included. */
async function countOnce(s: State, ops: number, version: string, givenTimeoutMs: number | undefined): Promise<{ instructions: number; wallMs: number } | { reason: string; output?: string; wallMs: number }> {
  const { scenario, root } = s.target;
  const sizing = s.sizing!;
  const dir = mkdtempSync(path.join(tmpdir(), "cg-cost-"));
  try {
    const outFile = path.join(dir, "cachegrind.out");
    const driver = driverCommand(scenario, root, { ops }, sizing.executable);
    const { command, args } = underCachegrind(driver, outFile);
    const timeoutMs = givenTimeoutMs ?? countTimeoutMs(sizing.startupMs, ops, sizing.nativeOpMs);
    const exit = await runCountProcess(command, args, { cwd: root, env: { ...process.env, ...driver.env }, timeoutMs });
    const what = `the count of ${ops} operations under valgrind`;
    const unsupported = valgrindCannotRun(exit, version);
    if (unsupported) return { reason: `${what} failed: ${unsupported}`, output: exit.output, wallMs: exit.wallMs };
    if (exit.timedOut) {
      const why = givenTimeoutMs === undefined ? `: 60x its native time plus a minute, at most ${TIMEOUT_CAP_MS / 60_000} minutes, as valgrind runs code 20-50x slower` : " (the limit given for counts)";
      return { reason: `${what} did not finish in ${seconds(timeoutMs)}${why}; killed`, output: exit.output, wallMs: exit.wallMs };
    }
    if (exit.code !== 0) return { reason: `${what} ${exitText(exit, timeoutMs)}`, output: exit.output, wallMs: exit.wallMs };
    let text = "";
    try {
      text = readFileSync(outFile, "utf8");
    } catch {
      // reported below
    }
    const summary = parseCachegrindOutput(text);
    const instructions = summary?.totals.Ir;
    if (instructions === undefined) return { reason: `${what}: cachegrind wrote no instruction total`, output: exit.output, wallMs: exit.wallMs };
    return { instructions, wallMs: exit.wallMs };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/**
 * valgrind's own failures, said plainly: a CPU it does not support (it stops before the program
 * starts), or an instruction of the CPU or runtime that it cannot decode (the program dies of SIGILL).
 */
function valgrindCannotRun(exit: ProcessExit, version: string): string | undefined {
  if (exit.code === 0 && !exit.signal) return undefined;
  if (/fatal error: unsupported CPU/i.test(exit.output)) return `${version} does not support this CPU (a newer valgrind may)`;
  if (/unhandled instruction|unrecognised instruction/i.test(exit.output)) {
    return `${version} met an instruction it cannot decode (this CPU or runtime needs a newer valgrind)`;
  }
  return undefined;
}

/** 3s, 2.5s, 90s: whole seconds unless the limit is shorter than ten. */
function seconds(ms: number): string {
  return `${ms < 10_000 ? Number((ms / 1000).toFixed(1)) : Math.round(ms / 1000)}s`;
}

function exitText(exit: ProcessExit, timeoutMs: number): string {
  if (exit.spawnError) return `could not start: ${exit.spawnError}`;
  if (exit.timedOut) return `did not finish in ${seconds(timeoutMs)} and was killed`;
  const last = exit.output.trim().split("\n").filter((l) => l.trim() !== "" && !l.startsWith("==")).slice(-1)[0];
  const how = exit.signal ? `was killed by ${exit.signal}` : exit.code === 0 ? "wrote no result" : `exited with code ${exit.code}`;
  return `${how}${last ? `: ${last.trim().slice(0, 300)}` : ""}`;
}

async function runPool(jobs: readonly (() => Promise<void>)[], parallel: number): Promise<void> {
  let next = 0;
  const worker = async () => {
    while (next < jobs.length) await jobs[next++]!();
  };
  await Promise.all(Array.from({ length: Math.min(parallel, jobs.length) }, worker));
}
