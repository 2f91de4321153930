import { historyOf } from "../pipeline/history.js";
import { rateLimitOf, statusOf, type GitHubClient } from "../publish/github-client.js";
import { historyIssueMarker, upsertHistoryIssue } from "../publish/history-issue.js";
import type { RunnerIO } from "../publish/runner-io.js";
import { tokenLogin } from "../publish/sticky-comment.js";
import { changedSeries, fitHistoryMarkdown } from "../report/history-markdown.js";
import { logLine } from "../shared/log-text.js";
import { messageOf } from "../shared/message-of.js";
import type { BaselineStore } from "../store/store.js";
import type { ActionInputs } from "./inputs.js";

export interface HistoryStepArgs {
  io: RunnerIO;
  inputs: ActionInputs;
  store: BaselineStore;
  workspace: string;
  /** The default branch the run is on: its baselines, in its first-parent order. */
  branch: string | undefined;
  repo: { owner: string; repo: string } | undefined;
  serverUrl: string;
  github: () => GitHubClient;
  configLabel: string;
  notes: string[];
}

export interface HistoryStepOutcome {
  /** The job summary's history section: notes, change points, drifts, a chart per changed cell. */
  summary: string;
  issueUrl: string;
}

/**
 * After a baseline run stored its results: the history analysis of the store, a section for the job
 * summary, and the history issue opened or updated when a change point is new. Reporting only: a
 * store that cannot be read or an issue that cannot be written is told, never fails the step.
 */
export async function historyStep(args: HistoryStepArgs): Promise<HistoryStepOutcome | undefined> {
  const { io, inputs, repo } = args;
  let result;
  try {
    result = await historyOf(args.store, { cwd: args.workspace, revisions: ["HEAD"], ...(args.branch && { ref: `refs/heads/${args.branch}` }) });
  } catch (error) {
    const message = `the history of ${args.store.description} could not be analysed: ${messageOf(error)}`;
    io.warning(`concurrency-guard: ${logLine(message)}`);
    args.notes.push(message);
    return undefined;
  }
  for (const s of result.skipped) io.warning(`concurrency-guard: history: skipped ${logLine(s.file)}: ${logLine(s.reason)}`);
  const repoUrl = repo ? `${args.serverUrl.replace(/\/$/, "")}/${repo.owner}/${repo.repo}` : undefined;
  const summary = fitHistoryMarkdown(result, { ...(repoUrl && { repoUrl }), level: 2, maxCharts: 12 }, 64_000);
  const points = result.analysis.series.flatMap((s) => s.changePoints);
  io.info(`concurrency-guard: history: ${points.length} change point(s), ${changedSeries(result).length} changed series, over ${result.baselines} baseline(s)`);
  // Only a change point opens or touches the issue: no API call on a quiet night.
  if (!inputs.historyIssue || points.length === 0) return { summary, issueUrl: "" };
  if (!inputs.githubToken || !repo) {
    io.notice(`concurrency-guard: no ${inputs.githubToken ? "repository" : "github-token"} to open the history issue with; the job summary has the change points`);
    return { summary, issueUrl: "" };
  }
  try {
    const client = args.github();
    const author = await tokenLogin(client);
    const title = `concurrency-guard: performance changed on the default branch (${points.length} change point${points.length === 1 ? "" : "s"})`;
    const issue = await upsertHistoryIssue(client, {
      ...repo,
      marker: historyIssueMarker(args.configLabel),
      title,
      body: fitHistoryMarkdown(result, { ...(repoUrl && { repoUrl }), level: 2, maxCharts: 10 }, 60_000),
      keys: points.map((c) => `${c.fingerprint.slice(0, 12)}:${c.cell}:${c.metric}:${c.commit.slice(0, 12)}`),
      author,
    });
    if (issue.action === "skipped") return { summary, issueUrl: "" };
    io.info(`concurrency-guard: history issue ${issue.action === "unchanged" ? "already lists every change point" : issue.action}: ${issue.url}`);
    return { summary, issueUrl: issue.url };
  } catch (error) {
    const status = statusOf(error);
    const why = rateLimitOf(error)
      ? `HTTP ${status}: rate limited; run the job again later`
      : status === 401 || status === 403 || status === 404 || status === 410
        ? `HTTP ${status}: the token cannot open issues (the workflow needs \`permissions: issues: write\`, and issues enabled)`
        : `${status ? `HTTP ${status}` : "request failed"} after retries: ${messageOf(error)}`;
    io.warning(`concurrency-guard: the history issue could not be written (${logLine(why)}); the job summary has the change points`);
    return { summary, issueUrl: "" };
  }
}
