import { fileURLToPath } from "node:url";
import type { ErrorKind, LoopStats, Stall } from "../types.js";
import type { SerializedHistogram } from "../histogram.js";
import type { ScenarioInfo, TrialSpec } from "../trial-spec.js";
import { describeError, drive, DRIVE_FILE } from "./drive.js";
import { resolveErrorKinds } from "./error-site.js";
import { startLoopStats } from "./loop-stats.js";
import { loadScenarioModule, type ScenarioModule } from "./scenario-module.js";

/** What one loop (main, a worker, a child) reports after its measured window. */
export interface MemberReport {
  loop: string;
  ops: number;
  errors: number;
  /** Failed operations by kind, with the repository line that threw. */
  errorKinds?: ErrorKind[];
  histogram: SerializedHistogram;
  startEpochMs: number;
  endEpochMs: number;
  loopStats: LoopStats;
  /** CPU of this process over the measured window, us; only where the member owns its process. */
  cpu?: { user: number; system: number };
  /** Peak RSS of this process, KB; only where the member owns its process. */
  peakRssKb?: number;
  stalls?: Stall[];
  /** Time this loop's thread spent ready to run but waiting for a CPU over the window, ms (Linux, with the blocking detector). */
  waitingMs?: number;
  firstError?: { message: string; stack?: string };
}

/**
 * Something that watches a loop during the measured window (loop stats, the blocking detector).
 * Made when the loop is prepared, before the scenario loads, so its own start-up (threads,
 * profilers) overlaps the scenario's import and setup; `stop` returns what it saw, merged into
 * the member's report.
 */
export interface LoopProbe {
  start(): void;
  stop(): Partial<Pick<MemberReport, "stalls" | "waitingMs">>;
  /** Called before and after each operation's synchronous part (the blocking detector beats there). */
  onOpBoundary?(): void;
}
export type ProbeFactory = (loop: string, spec: TrialSpec) => LoopProbe | undefined;

const probeFactories: ProbeFactory[] = [];

/** Lets a feature (the blocking detector) watch every loop without the runner knowing it. */
export function registerProbe(factory: ProbeFactory): void {
  probeFactories.push(factory);
}

/** The runner's own files (the trial bundle, or these sources): never the line that threw. */
const RUNNER_FILES = [fileURLToPath(import.meta.url), DRIVE_FILE];

/** A loaded and set-up scenario on one loop, ready to be driven. */
export interface PreparedMember {
  loop: string;
  mod: ScenarioModule;
  state: unknown;
  inFlight: number;
  probes: LoopProbe[];
}

export async function prepareMember(spec: TrialSpec, worker: number, inFlight: number, loop: string): Promise<PreparedMember> {
  const probes = probeFactories.map((f) => f(loop, spec)).filter((p): p is LoopProbe => p !== undefined);
  const mod = await loadScenarioModule(spec.file);
  const info: ScenarioInfo = {
    scenario: spec.scenario,
    model: spec.model,
    concurrency: spec.concurrency,
    inFlight,
    worker,
    poolSize: spec.poolSize,
    trial: spec.trial,
  };
  const state = mod.setup ? await mod.setup(info) : undefined;
  return { loop, mod, state, inFlight, probes };
}

/** Drives a prepared member through warm-up and the measured window, then tears it down. */
export async function driveMember(spec: TrialSpec, member: PreparedMember, ownsProcess: boolean): Promise<MemberReport> {
  const { probes } = member;
  let stopStats: (() => LoopStats) | undefined;
  let cpuStart: NodeJS.CpuUsage | undefined;
  // A hook in the drive, not a wrapper around run: wrapping changes how V8 inlines the scenario's code.
  const hooks = probes.flatMap((p) => (p.onOpBoundary ? [p.onOpBoundary.bind(p)] : []));
  const result = await drive(member.mod.run, member.state, {
    inFlight: member.inFlight,
    warmupMs: spec.warmupMs,
    durationMs: spec.durationMs,
    ...(hooks.length > 0 && { onOpBoundary: hooks.length === 1 ? hooks[0] : () => hooks.forEach((hook) => hook()) }),
    onMeasureStart: () => {
      stopStats = startLoopStats(member.loop);
      if (ownsProcess) cpuStart = process.cpuUsage();
      for (const probe of probes) probe.start();
    },
  });
  const cpu = cpuStart ? process.cpuUsage(cpuStart) : undefined;
  const loopStats = stopStats!();
  const extra = Object.assign({}, ...probes.map((p) => p.stop())) as Partial<MemberReport>;
  const errorKinds = resolveErrorKinds(result.errorKinds, spec.root, RUNNER_FILES);
  let firstError = result.firstError;
  try {
    if (member.mod.teardown) await member.mod.teardown(member.state);
  } catch (error) {
    firstError ??= { ...describeError(error), message: `teardown: ${describeError(error).message}` };
  }
  return {
    loop: member.loop,
    ops: result.ops,
    errors: result.errors,
    ...(errorKinds.length > 0 && { errorKinds }),
    histogram: result.histogram.toJSON(),
    startEpochMs: result.startEpochMs,
    endEpochMs: result.endEpochMs,
    loopStats,
    ...(cpu && { cpu }),
    ...(ownsProcess && { peakRssKb: process.resourceUsage().maxRSS }),
    ...extra,
    ...(firstError && { firstError }),
  };
}
