import type { GateResult } from "../compare/gate.js";
import type { BudgetResult, Comparison } from "../compare/types.js";
import type { LoadedBaseline } from "../pipeline/baseline.js";
import type { EventInfo, PullRequestInfo } from "../publish/event.js";
import type { CommitRef, ReportContext } from "../report/report-context.js";
import type { ResultsFile } from "../results/types.js";
import type { ModeDecision } from "./mode.js";

export interface ReportFacts {
  env: NodeJS.ProcessEnv;
  event: EventInfo;
  decision: ModeDecision;
  pr: PullRequestInfo | undefined;
  repo: { owner: string; repo: string } | undefined;
  results: ResultsFile;
  baseline: LoadedBaseline | undefined;
  comparison: Comparison | undefined;
  budgets: BudgetResult[];
  gate: GateResult;
  configDir: string;
  store: string;
  notes: string[];
}

/** What the comment and the summary are rendered from: the run's facts plus where links point. */
export function reportContext(f: ReportFacts): ReportContext {
  const server = f.env.GITHUB_SERVER_URL || "https://github.com";
  const currentSha = f.pr?.headSha || f.results.git?.sha || f.event.sha || "";
  return {
    gate: f.gate,
    mode: f.decision.mode,
    current: f.results,
    ...(f.baseline && { baseline: f.baseline.results }),
    ...(f.comparison && { comparison: f.comparison }),
    budgets: f.budgets,
    ...(f.repo && { links: { serverUrl: server, owner: f.repo.owner, repo: f.repo.repo, sha: currentSha } }),
    configDir: f.configDir,
    commits: {
      current: { sha: currentSha, label: f.pr ? `head of #${f.pr.number}` : (f.decision.branch ?? "this run") },
      ...(f.baseline && { baseline: baselineRef(f.baseline.results) }),
    },
    store: f.store,
    ...(f.decision.defaultBranch !== undefined && { defaultBranch: f.decision.defaultBranch }),
    ...(f.repo && f.env.GITHUB_RUN_ID && { runUrl: `${server}/${f.repo.owner}/${f.repo.repo}/actions/runs/${f.env.GITHUB_RUN_ID}` }),
    notes: f.notes,
  };
}

function baselineRef(results: ResultsFile): CommitRef {
  const ref = results.git?.ref?.replace(/^refs\/heads\//, "");
  return { sha: results.git?.sha ?? "", label: ref ?? "baseline" };
}
