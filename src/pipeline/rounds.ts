import type { BudgetTable } from "../config/compare-settings.js";
import type { CompareSettings, Config } from "../config/types.js";
import { compareResults } from "../compare/compare.js";
import { cellDecision, regressionLean } from "../compare/sequential.js";
import { chooseCells, nextRoundCosts } from "../plan/next-round.js";
import type { CellPlan, Plan } from "../plan/plan.js";
import { atCap, roundPlan } from "../plan/rounds.js";
import { buildResults } from "../results/build-results.js";
import { summarizeCells } from "../results/summarize-cells.js";
import type { CellResult, ResultsFile, SequentialRecord, StopReason } from "../results/types.js";
import { plannedLooks, type SequentialDesign } from "../stats/sequential.js";

export type ArmName = "base" | "current";

/** One side of the run: its config and its full plan (whose cells the rounds draw on). */
export interface RoundArm {
  name: ArmName;
  config: Config;
  plan: Plan;
}

/** What an adaptive run needs besides its arms: the design, how cells are judged, and the time it has. */
export interface AdaptiveOptions {
  design: SequentialDesign;
  /** The settings and budgets the run will be judged by (thresholds, alpha). */
  settings: CompareSettings;
  budgets?: BudgetTable;
  /** A stored baseline to judge the current side against (no base arm); none: every cell runs to its cap. */
  baseline?: ResultsFile;
  /** The stored baselines the drift between runs is estimated from, as the final comparison will use them. */
  drift?: { history: readonly ResultsFile[] };
  /**
   * Time the rounds may take, ms. A round that would not fit runs only for the open cells that fit,
   * those leaning furthest towards a regression first; the others stop as `time`.
   */
  budgetMs?: number;
  /** The door's whole time budget, for the report. */
  timeBudgetMs?: number;
  now?: () => number;
}

export type RunRound = (plans: Map<ArmName, Plan>, round: number) => Promise<Map<ArmName, CellResult[]>>;

/**
 * Measures in rounds: every cell's first round, then a look (the comparison so far, replayed as
 * `compare` will replay it) that stops each cell decided unchanged or changed, then further rounds
 * for the open cells only, until none is open, each has reached its cap, or the time budget is
 * spent. When the time left (timed from the trials so far) holds only part of the next round, the
 * round runs for the cells that fit, highest `regressionLean` first, each with its full planned
 * step; the others stop as `time`. Both arms grow in each round.
 */
export async function runRounds(arms: RoundArm[], adaptive: AdaptiveOptions, seed: number, runRound: RunRound): Promise<{ cells: Map<ArmName, CellResult[]>; record: SequentialRecord }> {
  const now = adaptive.now ?? (() => Date.now());
  const started = now();
  const { design } = adaptive;
  const collected = new Map<ArmName, Map<string, CellResult>>(arms.map((a) => [a.name, new Map()]));
  const planCell = new Map<string, CellPlan>();
  for (const arm of [...arms].reverse()) for (const cell of arm.plan.cells) planCell.set(cell.id, cell);
  const open = new Set(planCell.keys());
  const stops = new Map<string, { reason: StopReason; round: number }>();
  const orders = new Map<ArmName, number>(arms.map((a) => [a.name, 0]));
  let plannedMs = 0;
  let round = 0;
  let partial: SequentialRecord["partial"];
  const record = (): SequentialRecord => ({
    ...design,
    looks: plannedLooks(design),
    spending: "obrien-fleming",
    alpha: adaptive.settings.alpha,
    rounds: round,
    elapsedMs: Math.round(now() - started),
    ...(adaptive.timeBudgetMs !== undefined && { budgetMs: adaptive.timeBudgetMs }),
    ...(partial && { partial }),
  });

  while (open.size > 0) {
    round++;
    const plans = new Map<ArmName, Plan>();
    for (const arm of arms) {
      const plan = roundPlan(arm.plan.cells.filter((c) => open.has(c.id)), design, round, seed, orders.get(arm.name)!);
      orders.set(arm.name, orders.get(arm.name)! + plan.trials.length);
      plannedMs += plan.estimatedMs;
      plans.set(arm.name, plan);
    }
    const results = await runRound(plans, round);
    for (const [name, cells] of results) merge(collected.get(name)!, cells, round);

    const { decisions, leans } = look(arms, collected, adaptive, seed, record());
    for (const id of [...open]) {
      const cell = planCell.get(id)!;
      const reason = decisions.get(id) ?? (atCap(cell, design.step, round) ? "cap" : undefined);
      if (reason === undefined) continue;
      stops.set(id, { reason, round });
      open.delete(id);
    }
    if (open.size === 0 || adaptive.budgetMs === undefined) continue;
    const elapsed = now() - started;
    const costs = nextRoundCosts(arms.map((arm) => arm.plan.cells.filter((c) => open.has(c.id))), design.step, round + 1, elapsed / Math.max(1, plannedMs));
    const chosen = new Set(chooseCells([...open].map((id) => ({ id, priority: leans.get(id) ?? -Infinity, costMs: costs.get(id) ?? 0 })), adaptive.budgetMs - elapsed));
    if (chosen.size === open.size) continue;
    if (chosen.size > 0) partial = { round: round + 1, cells: chosen.size, open: open.size };
    for (const id of [...open]) {
      if (chosen.has(id)) continue;
      stops.set(id, { reason: "time", round });
      open.delete(id);
    }
  }

  const cells = new Map<ArmName, CellResult[]>();
  for (const [name, byId] of collected) {
    const list = [...byId.values()];
    for (const cell of list) {
      cell.trials.sort((a, b) => a.index - b.index);
      const stop = stops.get(cell.id);
      if (stop) cell.stop = stop;
    }
    finish(list);
    cells.set(name, list);
  }
  return { cells, record: record() };
}

/** Adds a round's trials to the cells so far, each tagged with its round. */
function merge(into: Map<string, CellResult>, cells: CellResult[], round: number): void {
  for (const cell of cells) {
    const trials = cell.trials.map((t) => ({ ...t, round }));
    const known = into.get(cell.id);
    if (known) known.trials.push(...trials);
    else into.set(cell.id, { ...cell, trials });
  }
}

/** Summaries made again from all rounds' trials; a cell without one ok trial carries the first failure. */
function finish(cells: CellResult[]): void {
  for (const cell of cells) delete cell.error;
  summarizeCells(cells, true);
  for (const cell of cells) {
    if (cell.summary) continue;
    cell.error = cell.trials.find((t) => t.message)?.message ?? "no trial completed";
  }
}

/**
 * The look after a round: the comparison of the data so far, what it decides per cell, and how far
 * each cell leans towards a regression (which open cells a partial round serves first).
 */
function look(arms: RoundArm[], collected: Map<ArmName, Map<string, CellResult>>, adaptive: AdaptiveOptions, seed: number, sequential: SequentialRecord): { decisions: Map<string, StopReason>; leans: Map<string, number> } {
  const snapshot = (name: ArmName) => {
    const cells = structuredClone([...collected.get(name)!.values()]);
    finish(cells);
    return cells;
  };
  const current = arms.find((a) => a.name === "current")!;
  const base = arms.find((a) => a.name === "base");
  const pairing = "interim";
  const git = { sha: "" };
  const currentResults = buildResults(current.config, snapshot("current"), { seed, git, sequential, ...(base && { pairing: { id: pairing, arm: "current" } }) });
  const baseline = base ? buildResults(base.config, snapshot("base"), { seed, git, pairing: { id: pairing, arm: "base" } }) : adaptive.baseline;
  const decisions = new Map<string, StopReason>();
  const leans = new Map<string, number>();
  if (!baseline) return { decisions, leans };
  const comparison = compareResults(baseline, currentResults, { settings: adaptive.settings, ...(adaptive.budgets && { budgets: adaptive.budgets }), ...(!base && adaptive.drift && { drift: adaptive.drift }) });
  for (const cell of comparison.cells) {
    const decision = cellDecision(cell);
    if (decision !== undefined) decisions.set(cell.id, decision);
    leans.set(cell.id, regressionLean(cell));
  }
  return { decisions, leans };
}
