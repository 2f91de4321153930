import { mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import { checkAbsoluteBudgets } from "../compare/budgets.js";
import { parseCellBudgets } from "../config/budgets.js";
import { compareResults } from "../compare/compare.js";
import { budgetsFor, readCompareConfig, type BudgetTable } from "../config/compare-settings.js";
import type { BudgetResult, Comparison } from "../compare/types.js";
import { loadConfig } from "../config/load-config.js";
import { checkOutBase, type BaseTree } from "../git/worktree.js";
import type { Config } from "../config/types.js";
import { measure, measureSideBySide, type MeasureOptions } from "../pipeline/measure.js";
import { buildAnnotations } from "../publish/annotations.js";
import { createGitHubClient, statusOf, type ClientOptions, type GitHubClient } from "../publish/github-client.js";
import { findPullRequestForRun } from "../publish/pull-request.js";
import { stickyMarker, upsertStickyComment } from "../publish/sticky-comment.js";
import { byteLength, COMMENT_LIMIT, SUMMARY_LIMIT } from "../report/fit-size.js";
import { renderMarkdownReport } from "../report/markdown-report.js";
import { comparisonDocument } from "../report/comparison-document.js";
import { findingLine } from "../report/finding-text.js";
import { progressReporter } from "../report/progress.js";
import type { CommitRef, ReportContext } from "../report/report-context.js";
import { serializableConfig } from "../results/build-results.js";
import type { ResultsFile } from "../results/types.js";
import { readResultsFile } from "../store/results-file.js";
import { parseStore } from "../store/parse-store.js";
import { git } from "../git/git.js";
import type { BaselineStore } from "../store/store.js";
import { readEvent, repositoryOf } from "../publish/event.js";
import { evaluateGate, type GateResult } from "../compare/gate.js";
import { envInputReader, readInputs, type ActionInputs } from "./inputs.js";
import { decideMode, type ModeDecision } from "./mode.js";
import type { PullRequestInfo } from "../publish/event.js";
import type { ActionOutputs, RunnerIO } from "../publish/runner-io.js";
import { planForBudget } from "../plan/time-budget.js";
import { InputError } from "../shared/input-error.js";

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
 * The whole action: inputs -> mode -> measure -> baseline -> compare -> report -> summary,
 * annotations, comment, outputs -> gate. Every await sits in the one try; any error ends as one
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
    io.info(`concurrency-guard: ${decision.why}`);

    const workspace = path.resolve(env.GITHUB_WORKSPACE || process.cwd());
    const config = loadConfig(inputs.config, workspace);
    const configLabel = posix(path.relative(workspace, config.file)) || path.basename(config.file);
    const configDir = posix(path.relative(workspace, config.root));
    const notes: string[] = [];

    // against: base-commit measures the PR's base commit in this job too, side by side.
    const baseSha = inputs.against === "base-commit" && decision.mode === "check" && inputs.results === undefined ? decision.pullRequest?.baseSha : undefined;
    if (inputs.against === "base-commit" && !baseSha && inputs.results === undefined && decision.mode !== "run") {
      io.info("against: base-commit applies to pull request checks; this run uses the stored baseline");
    }
    const base = baseSha ? await prepareBase(baseSha, decision.pullRequest?.baseRef, config, workspace, io, notes) : undefined;

    let trials = inputs.trials;
    let durationMs = inputs.durationMs;
    if (inputs.results !== undefined) {
      notes.push(`results read from ${inputs.results} (measured by another job) instead of measured here`);
      if (inputs.timeBudgetMs !== undefined) io.info("time-budget is ignored: nothing is measured when results is given");
    } else if (inputs.timeBudgetMs !== undefined) {
      // Side by side, every trial is run twice: once on the base, once on the PR.
      const budgetMs = base ? inputs.timeBudgetMs / 2 : inputs.timeBudgetMs;
      const plan = planForBudget(config, { ...(trials !== undefined && { trials }), ...(durationMs !== undefined && { durationMs }) }, budgetMs, inputs.alpha ?? config.compare.alpha);
      trials = plan.trials;
      durationMs = plan.durationMs;
      for (const note of plan.notes) io.info(note);
      notes.push(...plan.notes.filter((n) => !n.endsWith("nothing trimmed")));
    }

    const outDir = path.join(env.RUNNER_TEMP || workspace, "concurrency-guard");
    mkdirSync(outDir, { recursive: true });
    const files = {
      results: path.join(outDir, "results.json"),
      comparison: path.join(outDir, "comparison.json"),
      report: path.join(outDir, "report.md"),
    };

    let sideBaseline: { results: ResultsFile; source: string } | undefined;
    const results = inputs.results
      ? await reportedResults(path.resolve(workspace, inputs.results), files.results, io)
      : await io.group("Measure", async () => {
          const stream = deps.progress ?? process.stdout;
          const options: MeasureOptions = {
            config: config.file,
            cwd: workspace,
            out: files.results,
            ...(trials !== undefined && { trials }),
            ...(durationMs !== undefined && { durationMs }),
            events: (plan) => {
              stream.write(`concurrency-guard: ${plan.cells.length} cells, ${plan.trials.length} trials, about ${Math.ceil(plan.estimatedMs / 1000)}s\n`);
              return progressReporter(stream, plan.estimatedMs);
            },
          };
          if (!base) {
            const measured = await measure(options);
            io.info(`results written to ${files.results}`);
            return measured.results;
          }
          try {
            const measured = await measureSideBySide({ ...options, baseConfig: base.config, baseGit: base.git, baseOut: path.join(outDir, "base-results.json") });
            io.info(`results written to ${files.results}, the base commit's to ${measured.base.out}`);
            const sha = base.git.sha.slice(0, 12);
            sideBaseline = { results: measured.base.results, source: `base commit ${sha}, measured side by side in this job` };
            notes.push(`compared with the base commit ${sha}, measured in this job with its trials taking turns with the PR's`);
            return measured.results;
          } finally {
            await base.remove();
          }
        });

    const repo = repositoryOf(env, event);
    let client: GitHubClient | undefined;
    const github = () =>
      (client ??= (deps.client ?? createGitHubClient)({ token: inputs.githubToken, baseUrl: env.GITHUB_API_URL || "https://api.github.com", log: (m) => io.info(m) }));
    const pr = decision.pullRequest ?? (decision.followUp ? await followUpPullRequest(decision, inputs, repo, github, io, notes) : undefined);

    const store = decision.mode === "run" ? undefined : parseStore(inputs.baseline, { cwd: workspace });
    const baseline = sideBaseline ?? (store ? await loadBaseline(store, decision, pr, results, io, notes) : undefined);

    // Settings and budgets come from the checked-out config, not from the results file: in a
    // follow-up job that file is an artifact the pull request's code wrote.
    const { settings, budgets: budgetTable } = readCompareConfig(serializableConfig(config), configLabel);
    if (inputs.alpha !== undefined) settings.alpha = inputs.alpha;
    if (inputs.threshold !== undefined) settings.thresholds.throughput = inputs.threshold;
    const comparison = baseline
      ? compareResults(baseline.results, results, {
          settings,
          budgets: budgetTable,
          baselineSource: baseline.source,
          currentSource: "this run",
          budgetSource: configLabel,
        })
      : undefined;
    const budgets = comparison?.budgets ?? absoluteBudgets(results, budgetTable, configLabel);
    const gate = evaluateGate(comparison, budgets, inputs.failOn);

    let saveError: string | undefined;
    if (decision.mode === "update-baseline" && store) {
      const sha = results.git?.sha ?? event.sha;
      try {
        const entry = await store.save(results, { trusted: decision.trusted, ...(sha !== undefined && { sha }) });
        const note = `this run is now the baseline in ${store.description} (commit ${entry.sha.slice(0, 12)}); pull requests are compared with it`;
        io.info(note);
        notes.push(note);
        if (comparison) notes.push("on a baseline run the comparison with the previous baseline is reported, not gated: the change is merged already");
      } catch (error) {
        saveError = `could not update the baseline in ${store.description}: ${messageOf(error)}`;
        notes.push(saveError);
      }
    } else if (decision.mode === "run") {
      notes.push(`mode run (${decision.why}): measured and reported only; no baseline was read or written`);
    }

    const currentSha = pr?.headSha || results.git?.sha || event.sha || "";
    const ctx: ReportContext = {
      gate,
      mode: decision.mode,
      current: results,
      ...(baseline && { baseline: baseline.results }),
      ...(comparison && { comparison }),
      budgets,
      ...(repo && { links: { serverUrl: env.GITHUB_SERVER_URL || "https://github.com", owner: repo.owner, repo: repo.repo, sha: currentSha } }),
      configDir,
      commits: {
        current: { sha: currentSha, label: pr ? `head of #${pr.number}` : (decision.branch ?? "this run") },
        ...(baseline && { baseline: baselineRef(baseline.results) }),
      },
      store: inputs.baseline,
      ...(decision.defaultBranch !== undefined && { defaultBranch: decision.defaultBranch }),
      ...(repo && env.GITHUB_RUN_ID && { runUrl: `${env.GITHUB_SERVER_URL || "https://github.com"}/${repo.owner}/${repo.repo}/actions/runs/${env.GITHUB_RUN_ID}` }),
      notes,
    };

    const summary = renderMarkdownReport(ctx, { limit: SUMMARY_LIMIT - 8 * 1024, measure: byteLength });
    writeFileSync(files.report, summary);
    if (comparison) writeFileSync(files.comparison, `${JSON.stringify(comparisonDocument(comparison), null, 2)}\n`);
    await io.writeSummary(summary);

    const { annotations, dropped } = buildAnnotations({
      current: results,
      ...(baseline && { baseline: baseline.results }),
      ...(comparison && { comparison }),
      configDir,
      failOn: inputs.failOn,
    });
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
    };
    io.setOutputs(outputs);

    if (saveError) io.setFailed(`concurrency-guard: ${saveError}`);
    else if (decision.mode === "check" && gate.verdict === "fail") {
      io.setFailed(
        `concurrency-guard: ${gate.regressions} regression(s), ${gate.blocking} new blocking site(s), ${gate.budgets} budget(s) broken\n` +
          gate.failedBecause.map((f) => `- ${findingLine(f)}`).join("\n"),
      );
    }
    return { outputs, gate, decision, ...(comparison && { comparison }), commentMarkdown };
  } catch (error) {
    const expected = error instanceof InputError || error instanceof InputError || error instanceof InputError;
    io.setFailed(`concurrency-guard: ${expected ? messageOf(error) : error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
    return undefined;
  }
}

/**
 * The baseline a run is judged against: for a PR, the one measured on the PR's base commit when the
 * store has it (same code as the base), else the newest, preferring the same hardware. A store that
 * cannot be read is reported and treated as no baseline: the PR's numbers are still shown.
 */
async function loadBaseline(
  store: BaselineStore,
  decision: ModeDecision,
  pr: PullRequestInfo | undefined,
  current: ResultsFile,
  io: RunnerIO,
  notes: string[],
): Promise<{ results: ResultsFile; source: string } | undefined> {
  try {
    const baseSha = pr?.baseSha;
    if (decision.mode === "check" && baseSha) {
      const exact = await store.loadByCommit(baseSha);
      if (exact) return { results: exact, source: `${store.description}@${baseSha.slice(0, 12)}` };
    }
    const latest = await store.loadLatest({ fingerprint: current.env.fingerprint });
    if (latest && decision.mode === "check" && baseSha) {
      notes.push(`no baseline for the PR's base commit ${baseSha.slice(0, 7)}; compared with the newest baseline (${latest.git?.sha.slice(0, 7) ?? "unknown commit"})`);
    }
    return latest ? { results: latest, source: store.description } : undefined;
  } catch (error) {
    const message = `could not read the baseline from ${store.description}: ${messageOf(error)}`;
    io.warning(message);
    notes.push(message);
    return undefined;
  }
}

/**
 * Checks the PR's base commit out for a side-by-side run, fetching it first when a shallow
 * checkout lacks it. A base that cannot be had is reported, and the stored baseline is used.
 */
async function prepareBase(sha: string, baseRef: string | undefined, config: Config, workspace: string, io: RunnerIO, notes: string[]): Promise<BaseTree | undefined> {
  try {
    if ((await git(["cat-file", "-e", `${sha}^{commit}`], { cwd: workspace })).code !== 0) {
      io.info(`fetching the base commit ${sha.slice(0, 12)} (the checkout does not have it)`);
      const fetched = await git(["fetch", "--quiet", "--no-tags", "--depth=1", "origin", sha], { cwd: workspace });
      if (fetched.code !== 0) throw new Error(fetched.stderr || `git fetch exited ${fetched.code}`);
    }
    const tree = await checkOutBase(sha, config.file);
    return baseRef ? { ...tree, git: { sha: tree.git.sha, ref: `refs/heads/${baseRef}` } } : tree;
  } catch (error) {
    const message = `against: base-commit: could not check out the base commit ${sha.slice(0, 12)} (${messageOf(error).trim().split("\n")[0]}); compared with the stored baseline instead`;
    io.warning(message);
    notes.push(message);
    return undefined;
  }
}

/** Budgets that need no baseline (`throughput >= 2000/s`, `p99 <= 20ms`), checked on the current run. */
function absoluteBudgets(results: ResultsFile, table: BudgetTable, source: string): BudgetResult[] {
  return results.cells.flatMap((cell) => checkAbsoluteBudgets(cell, parseCellBudgets(budgetsFor(table, cell.scenario, cell.model, source))));
}

function baselineRef(results: ResultsFile): CommitRef {
  const ref = results.git?.ref?.replace(/^refs\/heads\//, "");
  return { sha: results.git?.sha ?? "", label: ref ?? "baseline" };
}

/** Whether `on-change` has something to say: anything but a clean pass with nothing found. */
function hasFindings(gate: GateResult, comparison: Comparison | undefined): boolean {
  if (gate.verdict !== "pass" || gate.ignored.length > 0) return true;
  return (comparison?.cells ?? []).some((c) => c.status !== "compared" || c.metrics.some((m) => m.gated && (m.verdict === "regression" || m.verdict === "improvement")));
}

async function publishComment(args: {
  io: RunnerIO;
  github: () => GitHubClient;
  inputs: ActionInputs;
  decision: ModeDecision;
  pr: PullRequestInfo | undefined;
  gate: GateResult;
  comparison: Comparison | undefined;
  repo: { owner: string; repo: string } | undefined;
  marker: string;
  body: string;
}): Promise<string> {
  const { io, inputs, decision, pr, repo } = args;
  if (!pr || inputs.comment === "never") return "";
  const followUp = "The job summary above has the full report; docs/action.md shows how a workflow_run follow-up job can post it as a comment.";
  // A follow-up runs in the base repository with its token: a fork's PR can be commented on from there.
  if (inputs.comment === "auto" && pr.fork && !decision.followUp) {
    io.notice(`concurrency-guard: pull request #${pr.number} comes from a fork, whose token is read-only: no comment (set comment: always to try anyway). ${followUp}`);
    return "";
  }
  if (!inputs.githubToken || !repo) {
    io.notice(`concurrency-guard: no ${inputs.githubToken ? "repository" : "github-token"} to comment with. ${followUp}`);
    return "";
  }
  const create = inputs.comment !== "on-change" || hasFindings(args.gate, args.comparison);
  try {
    const result = await upsertStickyComment(args.github(), { ...repo, issueNumber: pr.number }, args.marker, args.body, { create });
    if (result.action === "skipped") {
      io.info("concurrency-guard: nothing changed and no earlier comment to refresh: no comment (comment: on-change)");
      return "";
    }
    io.info(`concurrency-guard: ${result.action} the PR comment ${result.url}`);
    return result.url;
  } catch (error) {
    const status = statusOf(error);
    const readOnly = status === 401 || status === 403 || status === 404;
    const why = readOnly
      ? `HTTP ${status}: the token cannot write to this pull request (a fork's read-only token, or the workflow lacks \`permissions: pull-requests: write\`)`
      : `${status ? `HTTP ${status}` : "request failed"} after retries: ${messageOf(error)}`;
    const message = `concurrency-guard: the PR comment could not be posted (${why}). ${followUp}`;
    if (readOnly) io.notice(message);
    else io.warning(message);
    await io.writeSummary(`\n> ${message.replace(/\n/g, " ")}\n`);
    return "";
  }
}

/** Reads the results a follow-up job reports on (validated: the file came from the PR's run) and keeps a copy with the outputs. */
async function reportedResults(file: string, copy: string, io: RunnerIO): Promise<ResultsFile> {
  const results = await readResultsFile(file, `input "results" (${file})`);
  writeFileSync(copy, `${JSON.stringify(results, null, 2)}\n`);
  io.info(`reporting on ${file} (${results.cells.length} cells) instead of measuring`);
  return results;
}

/** The pull request of a workflow_run follow-up, looked up by head branch and commit through the API. */
async function followUpPullRequest(
  decision: ModeDecision,
  inputs: ActionInputs,
  repo: { owner: string; repo: string } | undefined,
  github: () => GitHubClient,
  io: RunnerIO,
  notes: string[],
): Promise<PullRequestInfo | undefined> {
  const followUp = decision.followUp!;
  const what = `${followUp.headOwner}:${followUp.headBranch} at ${followUp.headSha.slice(0, 7)}`;
  if (!inputs.githubToken || !repo) {
    notes.push(`no github-token to find the pull request of ${what}`);
    return undefined;
  }
  try {
    const pr = await findPullRequestForRun(github(), repo, followUp);
    if (pr) io.info(`concurrency-guard: reporting on pull request #${pr.number} (${what})`);
    else notes.push(`no open pull request has the head ${what} (closed, or pushed to since): nothing to comment on`);
    return pr;
  } catch (error) {
    const message = `could not look up the pull request of ${what}: ${messageOf(error)}`;
    io.warning(`concurrency-guard: ${message}`);
    notes.push(message);
    return undefined;
  }
}

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

function posix(p: string): string {
  return p.split(path.sep).join("/");
}
