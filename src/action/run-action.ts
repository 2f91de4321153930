import { mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import type { GateResult } from "../compare/gate.js";
import type { Comparison } from "../compare/types.js";
import { loadConfig } from "../config/load-config.js";
import { readEnv } from "../results/env.js";
import { check, withOverrides } from "../pipeline/check.js";
import { buildAnnotations } from "../publish/annotations.js";
import { readEvent, repositoryOf } from "../publish/event.js";
import { createGitHubClient, type ClientOptions, type GitHubClient } from "../publish/github-client.js";
import type { ActionOutputs, RunnerIO } from "../publish/runner-io.js";
import { stickyMarker } from "../publish/sticky-comment.js";
import { comparisonDocument } from "../report/comparison-document.js";
import { findingLine } from "../report/finding-text.js";
import { byteLength, COMMENT_LIMIT, SUMMARY_LIMIT } from "../report/fit-size.js";
import { renderMarkdownReport } from "../report/markdown-report.js";
import { nothingMeasured } from "../results/nothing-measured.js";
import { missingShards } from "../results/merge-shards.js";
import { shardLine } from "../report/shard-text.js";
import { InputError } from "../shared/input-error.js";
import { messageOf } from "../shared/message-of.js";
import { parseStore } from "../store/parse-store.js";
import { saveBaseline, storedBaseline, type StoredBaseline } from "./baseline-step.js";
import { publishComment } from "./comment.js";
import { followUpPullRequest } from "./follow-up.js";
import { historyStep } from "./history-step.js";
import { envInputReader, readInputs } from "./inputs.js";
import { measureStep } from "./measure-step.js";
import { decideMode, type ModeDecision } from "./mode.js";
import { reportContext } from "./report-step.js";

export interface RunDependencies {
  /** `process.env` in production: inputs, event and runner files are all named here. */
  env: NodeJS.ProcessEnv;
  io: RunnerIO;
  /** Builds the API client; defaults to octokit with retry and throttling. */
  client?: (options: ClientOptions) => GitHubClient;
  /** Where per-cell progress lines go (the job log). */
  progress?: NodeJS.WriteStream;
}

export interface ActionOutcome {
  outputs: ActionOutputs;
  gate: GateResult;
  decision: ModeDecision;
  comparison?: Comparison;
  commentMarkdown: string;
}

/**
 * Variables a scenario process must not inherit: in a pull request run the scenarios are the PR's
 * own code, and the token that posts the comment is not theirs to read.
 */
const SECRET_VARIABLES = ["INPUT_GITHUB-TOKEN", "GITHUB_TOKEN", "ACTIONS_RUNTIME_TOKEN", "ACTIONS_ID_TOKEN_REQUEST_TOKEN", "ACTIONS_ID_TOKEN_REQUEST_URL"];

/**
 * The action's door: inputs -> mode -> measure -> baseline -> check (the core both doors share) ->
 * summary, annotations, comment, outputs. Every await sits in the one try; any error ends as one
 * `setFailed` message. The summary is written before the comment is tried, and a comment that
 * cannot be posted (fork token, outage) is reported, not fatal, so the results are never lost.
 */
export async function runAction(deps: RunDependencies): Promise<ActionOutcome | undefined> {
  const { env, io } = deps;
  try {
    const inputs = readInputs(envInputReader(env));
    if (inputs.githubToken) io.setSecret(inputs.githubToken);
    for (const name of SECRET_VARIABLES) delete env[name];
    const event = readEvent(env);
    const decision = decideMode(inputs.mode, event);
    if (inputs.results !== undefined && decision.mode === "update-baseline") {
      throw new InputError(
        `input "results": refused on a baseline run (mode update-baseline): a results file from another job is a claim, and a baseline ` +
          `must be measured by the run that stores it (${decision.why}). Measure in this job (drop results), or report only with mode: run`,
      );
    }
    io.info(`concurrency-guard: ${decision.why}`);

    const workspace = path.resolve(env.GITHUB_WORKSPACE || process.cwd());
    // Settings and budgets come from the checked-out config, never from a results file: in a
    // follow-up job that file is an artifact the pull request's code wrote.
    const config = loadConfig(inputs.config, workspace);
    const configLabel = posix(path.relative(workspace, config.file)) || path.basename(config.file);
    const settings = withOverrides(config.compare, inputs);
    const notes: string[] = [];
    const outDir = path.join(env.RUNNER_TEMP || workspace, "concurrency-guard");
    mkdirSync(outDir, { recursive: true });
    const files = { results: path.join(outDir, "results.json"), comparison: path.join(outDir, "comparison.json"), report: path.join(outDir, "report.md") };

    // A measuring job of a sharded matrix measures its part only: the report job reads the baseline, compares and posts.
    const measuresOnly = inputs.shard !== undefined;
    const store = decision.mode === "run" || measuresOnly ? undefined : parseStore(inputs.baseline, { cwd: workspace, ...(inputs.baselineHistory && { history: inputs.baselineHistory }) });
    // The branch whose baselines may stand in: the PR's base, else the branch this run is on (a baseline run), else the default.
    const refOf = (baseRef: string | undefined) => branchRef(baseRef || (decision.mode === "update-baseline" ? decision.branch : undefined) || decision.defaultBranch);
    const readStored = (baseSha: string | undefined, ref: string | undefined, fingerprint: string) =>
      storedBaseline(store!, { commit: decision.mode === "check" ? baseSha : undefined, ref, fingerprint }, inputs.storeErrors, io, notes);
    // An adaptive run against the stored baseline judges its looks by it: read once, before measuring.
    let early: Promise<StoredBaseline> | undefined;
    const readEarly = store ? () => (early ??= readStored(decision.pullRequest?.baseSha, refOf(decision.pullRequest?.baseRef), readEnv().fingerprint)) : undefined;
    const measured = await measureStep({ inputs, decision, config, workspace, resultsFile: files.results, alpha: settings.alpha, settings, io, notes, progress: deps.progress ?? process.stdout, ...(readEarly && { storedBaseline: readEarly }) });
    const results = measured.results;

    const repo = repositoryOf(env, event);
    let client: GitHubClient | undefined;
    const github = () =>
      (client ??= (deps.client ?? createGitHubClient)({ token: inputs.githubToken, baseUrl: env.GITHUB_API_URL || "https://api.github.com", log: (m) => io.info(m) }));
    const pr = measuresOnly ? undefined : decision.pullRequest ?? (decision.followUp ? await followUpPullRequest(decision, inputs, repo, github, io, notes) : undefined);

    const stored: StoredBaseline = measured.base || !store ? {} : await (early ?? readStored(pr?.baseSha, refOf(pr?.baseRef), results.env.fingerprint));
    // A shard alone is never compared: its family would be one shard's cells, not the plan's.
    const baseline = measuresOnly ? undefined : (measured.base ?? stored.baseline);
    const history = baseline && !measured.base ? stored.history : undefined;
    const { comparison, budgets, gate } = check({
      current: results,
      ...(baseline && { baseline }),
      settings,
      budgets: config.budgets,
      budgetSource: configLabel,
      currentSource: "this run",
      failOn: inputs.failOn,
      ...(history && { history }),
      ...(stored.error !== undefined && { baselineError: stored.error }),
    });

    // The plan's missing teeth, for the report, only without a comparison: with one, its own teeth
    // (from the trials it had, and the errors it saw) are the answer, and the headline gives them.
    if (!comparison) notes.push(...(measured.warnings ?? []));

    // A run that measured nothing is no baseline: the step fails below instead.
    const empty = nothingMeasured(results);
    const saveError = decision.mode === "update-baseline" && store && !empty ? await saveBaseline(store, results, event, decision.trusted, comparison !== undefined, io, notes) : undefined;
    // A stored baseline extends the history: change points and drifts across the default branch's baselines.
    const trend =
      decision.mode === "update-baseline" && store && !empty && !saveError
        ? await historyStep({ io, inputs, store, workspace, branch: decision.branch, repo, serverUrl: env.GITHUB_SERVER_URL || "https://github.com", github, configLabel, notes })
        : undefined;
    if (decision.mode === "run") notes.push(`mode run (${decision.why}): measured and reported only; no baseline was read or written`);
    if (results.shard) notes.push(shardLine(results.shard, results.cells.length), "the report job (input shards) merges every shard's results, compares them as one run and posts the one comment");
    const incomplete = missingShards(results);

    const configDir = posix(path.relative(workspace, config.root));
    const ctx = reportContext({ env, event, decision: measuresOnly ? { ...decision, mode: "run" } : decision, pr, repo, results, baseline, comparison, budgets, gate, configDir, store: inputs.baseline, notes });
    const summary = renderMarkdownReport(ctx, { limit: SUMMARY_LIMIT - 8 * 1024 - byteLength(trend?.summary ?? ""), measure: byteLength });
    writeFileSync(files.report, summary);
    if (comparison) writeFileSync(files.comparison, `${JSON.stringify(comparisonDocument(comparison), null, 2)}\n`);
    await io.writeSummary(summary);
    if (trend) await io.writeSummary(`\n${trend.summary}`);

    const { annotations, dropped } = buildAnnotations({ current: results, ...(baseline && { baseline: baseline.results }), ...(comparison && { comparison }), configDir, failOn: inputs.failOn });
    io.annotate(annotations);
    if (dropped > 0) io.info(`${dropped} more blocking site(s) not annotated (GitHub shows 10 per level); all are in the summary`);

    const marker = stickyMarker(decision.followUp?.workflowName || env.GITHUB_WORKFLOW || "workflow", configLabel);
    const commentMarkdown = renderMarkdownReport(ctx, { limit: COMMENT_LIMIT - marker.length - 1 });
    const commentUrl = await publishComment({ io, github, inputs, decision, pr, gate, comparison, repo, marker, body: commentMarkdown });

    const outputs: ActionOutputs = {
      verdict: gate.verdict,
      regressions: gate.regressions,
      blocking: gate.blocking,
      results: files.results,
      report: files.report,
      comparison: comparison ? files.comparison : "",
      "comment-url": commentUrl,
      "history-issue-url": trend?.issueUrl ?? "",
    };
    io.setOutputs(outputs);
    if (gate.verdict === "error") io.setFailed(`concurrency-guard: ${gate.error} (set store-errors: warn to go on without a baseline)${saveError ? `\n${saveError}` : ""}`);
    else if (saveError) io.setFailed(`concurrency-guard: ${saveError}`);
    else if (empty) io.setFailed(`concurrency-guard: ${empty}`);
    else if (incomplete) io.setFailed(`concurrency-guard: ${incomplete}`);
    else if (measuresOnly) return { outputs, gate, decision, commentMarkdown };
    else if (decision.mode === "check" && gate.verdict === "fail") io.setFailed(failureMessage(gate));
    return { outputs, gate, decision, ...(comparison && { comparison }), commentMarkdown };
  } catch (error) {
    io.setFailed(`concurrency-guard: ${error instanceof InputError ? messageOf(error) : error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
    return undefined;
  }
}

function failureMessage(gate: GateResult): string {
  return (
    `concurrency-guard: ${gate.regressions} regression(s), ${gate.blocking} new blocking site(s), ${gate.budgets} budget(s) broken\n` +
    gate.failedBecause.map((f) => `- ${findingLine(f)}`).join("\n")
  );
}

function branchRef(branch: string | undefined): string | undefined {
  return branch ? `refs/heads/${branch}` : undefined;
}

function posix(p: string): string {
  return p.split(path.sep).join("/");
}
