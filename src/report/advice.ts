import { MODELS, type Runtime } from "../config/types.js";
import { summarizeBlocking } from "../results/blocking.js";
import { summarizeCell } from "../results/summarize.js";
import type { BlockingSite, CellResult, ResultsFile, ScenarioAnalysis } from "../results/types.js";
import type { Comparison } from "../compare/types.js";
import { modelEvidence, type Contrast, type ScenarioEvidence } from "./advice-evidence.js";
import { groupBy } from "./group-by.js";
import { adviceEntry, entryLine, type AdviceLine, type AdvicePart } from "./advice-match.js";
import type { AdviceEntry } from "./advice-table.js";
import { formatP, formatRatio, formatValue } from "./number-format.js";

export type { AdviceLine } from "./advice-match.js";
export { adviceMarkdown, adviceText } from "./advice-match.js";

/** What to do about a run's findings: one line per blocking site, and lines per scenario from its own matrix. */
export interface RunAdvice {
  /** By `file:line`. */
  sites: Map<string, AdviceLine>;
  scenarios: Map<string, AdviceLine[]>;
}

const POOL_DOCS: Record<Runtime, string> = {
  node: "https://nodejs.org/api/worker_threads.html",
  python: "https://docs.python.org/3/library/concurrent.futures.html#processpoolexecutor",
};

const POOL_WORDS: Record<Runtime, string> = {
  node: "move its CPU work off the event loop, to a worker pool",
  python: "run its CPU work in a process pool, not on the event loop",
};

/** Advice is on unless the run's config says `advice: false`. */
export function adviceEnabled(recordedConfig: unknown): boolean {
  return !(typeof recordedConfig === "object" && recordedConfig !== null && (recordedConfig as { advice?: unknown }).advice === false);
}

/**
 * The advice of one run, or undefined when it is turned off. Site lines come from the curated
 * table; CPU advice quotes the run's own matrix and only when the contrast is significant across
 * trials (`advice-evidence.ts`). Advice is words only: it never reaches a verdict.
 */
export function runAdvice(results: ResultsFile, options: { enabled?: boolean } = {}): RunAdvice | undefined {
  if (!(options.enabled ?? adviceEnabled(results.config))) return undefined;
  const found = new Map<string, { entry: AdviceEntry; site: BlockingSite; scenario: string }>();
  const cpuStalled = new Set<string>();
  const siteOf = new Map<CellResult, BlockingSite[]>();
  for (const cell of results.cells) {
    const sites = cell.blocking ?? summarizeBlocking(cell);
    siteOf.set(cell, sites);
    for (const b of sites) {
      if (!b.site) continue;
      const entry = adviceEntry(cell.runtime, { ...b.site, ...flags(b) });
      if (!entry) continue;
      if (entry.stall === "cpu" || entry.source) cpuStalled.add(cell.scenario);
      const key = `${b.site.file}:${b.site.line}`;
      if (!found.has(key)) found.set(key, { entry, site: b, scenario: cell.scenario });
    }
  }
  const analyses = new Map((results.scenarios ?? []).map((s) => [s.scenario, s]));
  const cpuScenarios = new Set([...cpuStalled, ...[...analyses.values()].filter((a) => (a.measuredKind ?? a.declaredKind) === "cpu").map((a) => a.scenario)]);
  const evidence = modelEvidence(results.cells, cpuScenarios);

  const sites = new Map<string, AdviceLine>();
  const table = new Map<string, AdviceLine>();
  for (const [key, { entry, site, scenario }] of found) {
    const line = entryLine(entry, site.site?.api);
    table.set(key, line);
    const offLoop = evidence.get(scenario)?.offLoop;
    const quoted = (entry.stall === "cpu" || entry.source) && offLoop?.significant;
    sites.set(key, quoted ? { ...line, parts: [...line.parts, ...p("; in this run "), ...contrastParts(offLoop), ...p(` (p ${formatP(offLoop.pAdjusted)} after Holm)`)] } : line);
  }
  const scenarios = new Map<string, AdviceLine[]>();
  for (const [scenario, cells] of groupBy(results.cells, (c) => c.scenario)) {
    const lines = [...kindLines(analyses.get(scenario), cells, siteOf, table), ...evidenceLines(evidence.get(scenario), cpuScenarios.has(scenario))];
    if (lines.length > 0) scenarios.set(scenario, lines);
  }
  return { sites, scenarios };
}

/** The advice line of a site, when the run has one. */
export function siteAdvice(advice: RunAdvice | undefined, file: string, line: number): AdviceLine | undefined {
  return advice?.sites.get(`${file}:${line}`);
}

/**
 * The advice a comparison's reports show: a site's line only the first time the site comes up in
 * the list of blocking findings, and the advice of the scenarios the comparison covers.
 */
export function comparisonAdvice(c: Comparison, advice: RunAdvice | undefined): { siteOnce(file: string, line: number): AdviceLine | undefined; scenarios: [string, AdviceLine[]][] } {
  const advised = new Set<string>();
  return {
    siteOnce(file, line) {
      const key = `${file}:${line}`;
      if (advised.has(key)) return undefined;
      advised.add(key);
      return siteAdvice(advice, file, line);
    },
    scenarios: [...(advice?.scenarios ?? [])].filter(([name]) => c.cells.some((cell) => cell.scenario === name)),
  };
}

function flags(b: BlockingSite): { starvation?: boolean; gc?: boolean; descheduled?: boolean } {
  return { ...(b.starvation && { starvation: true }), ...(b.gc && { gc: true }), ...(b.descheduled && { descheduled: true }) };
}

/** The lessons of the scenario's matrix: a pool model that beat the loop on CPU work, and threads held back by the GIL. */
function evidenceLines(e: ScenarioEvidence | undefined, cpu: boolean): AdviceLine[] {
  if (!e || !cpu) return [];
  const out: AdviceLine[] = [];
  if (e.offLoop?.significant) {
    const c = e.offLoop;
    out.push({
      parts: [...contrastParts(c), ...p(`on this runner (${trialsText(c)}): ${POOL_WORDS[e.runtime]}`, " ")],
      docs: POOL_DOCS[e.runtime],
    });
  }
  if (e.gil?.held) {
    const { contrast: c, threads, processes } = e.gil;
    out.push({
      parts: [
        ...code("threads"),
        ...p(` gain only ${formatRatio(threads.gain)} from concurrency ${threads.from} to ${threads.to}: the GIL runs one thread's Python at a time; `),
        ...code("processes"),
        ...p(` gain ${formatRatio(processes.gain)} and ran ${formatRatio(c.ratio)} faster than `),
        ...code("threads"),
        ...p(` at ${c.concurrency} (${trialsText(c)}): use a process pool for CPU-bound Python`),
      ],
      docs: POOL_DOCS.python,
    });
  }
  return out;
}

/**
 * A declared kind the measurement contradicts, with its likely cause and the evidence: the site
 * that blocked the scenario's loops longest (and what to write instead there), else the share of
 * each operation spent on a CPU. The results' `kindWarning` states the contradiction; this says
 * what to do about it.
 */
function kindLines(a: ScenarioAnalysis | undefined, cells: CellResult[], siteOf: Map<CellResult, BlockingSite[]>, sites: Map<string, AdviceLine>): AdviceLine[] {
  if (!a?.measuredKind || a.measuredKind === a.declaredKind) return [];
  const share = `${Math.round((a.cpuShare ?? 0) * 100)}%`;
  if (a.declaredKind === "cpu") {
    return [{ parts: [...p("this "), ...code("cpu"), ...p(` scenario measured I/O-bound: operations spent only ${share} of their time on a CPU and waited the rest (I/O, sleeps, locks): declare `), ...code("kind: io"), ...p(", or find the wait")] }];
  }
  const probe = [...cells].filter((c) => c.summary ?? summarizeCell(c)).sort((x, y) => x.concurrency - y.concurrency || MODELS.indexOf(x.model) - MODELS.indexOf(y.model))[0];
  const perOp = probe ? ` (${formatValue((probe.summary ?? summarizeCell(probe))!.cpuPerOpUs, "µs")} of CPU per operation at ${probe.id})` : "";
  const cpu = `operations spent ${share} of their time on a CPU${perOp}`;
  const top = cells.flatMap((c) => siteOf.get(c) ?? []).filter((b) => b.site && !b.gc && !b.descheduled).sort((x, y) => y.totalMs - x.totalMs)[0];
  if (!top?.site) {
    return [{ parts: [...p("this "), ...code("io"), ...p(` scenario measured CPU-bound: ${cpu}, and no line blocked the loop past the threshold: the CPU work is spread over many short calls; profile an operation, or declare `), ...code("kind: cpu")] }];
  }
  const instead = sites.get(`${top.site.file}:${top.site.line}`);
  return [
    {
      parts: [
        ...code(`${top.site.file}:${top.site.line}`),
        ...(top.site.api ? [...p(" ("), ...code(top.site.api), ...p(")")] : []),
        ...p(" is the likely reason this "),
        ...code("io"),
        ...p(` scenario measured CPU-bound: it blocked the loop up to ${Math.round(top.maxMs)} ms in ${top.trials} ${top.trials === 1 ? "trial" : "trials"}, and ${cpu}`),
        ...(instead ? [...p("; instead: "), ...instead.parts] : []),
      ],
      ...(instead?.docs && { docs: instead.docs }),
    },
  ];
}

function contrastParts(c: Contrast): AdvicePart[] {
  return [...code(c.faster), ...p(` ran this scenario ${formatRatio(c.ratio)} faster than `), ...code(c.slower), ...p(` at concurrency ${c.concurrency}`)];
}

function trialsText(c: Contrast): string {
  const n = c.trials.faster === c.trials.slower ? `${c.trials.faster} trials each` : `${c.trials.faster} and ${c.trials.slower} trials`;
  return `medians of ${n}, Mann-Whitney p ${formatP(c.pAdjusted)} after Holm`;
}

function code(text: string): AdvicePart[] {
  return [{ code: true, text }];
}

function p(text: string, lead = ""): AdvicePart[] {
  return [{ code: false, text: `${lead}${text}` }];
}
