import type { GateResult } from "../compare/gate.js";
import type { Comparison } from "../compare/types.js";
import type { PullRequestInfo } from "../publish/event.js";
import { rateLimitOf, statusOf, type GitHubClient } from "../publish/github-client.js";
import type { RunnerIO } from "../publish/runner-io.js";
import { tokenLogin, upsertStickyComment } from "../publish/sticky-comment.js";
import type { ActionInputs } from "./inputs.js";
import type { ModeDecision } from "./mode.js";
import { messageOf } from "../shared/message-of.js";

/** Whether `on-change` has something to say: anything but a clean pass with nothing found. */
function hasFindings(gate: GateResult, comparison: Comparison | undefined): boolean {
  if (gate.verdict !== "pass" || gate.ignored.length > 0) return true;
  return (comparison?.cells ?? []).some((c) => c.status !== "compared" || c.metrics.some((m) => m.gated && (m.verdict === "regression" || m.verdict === "improvement")));
}

/** Posts or updates the sticky PR comment; a comment that cannot be posted is reported, never fatal. */
export async function publishComment(args: {
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
    const client = args.github();
    const author = await tokenLogin(client);
    const result = await upsertStickyComment(client, { ...repo, issueNumber: pr.number }, args.marker, args.body, { create, author });
    if (result.action === "skipped") {
      io.info("concurrency-guard: nothing changed and no earlier comment to refresh: no comment (comment: on-change)");
      return "";
    }
    io.info(`concurrency-guard: ${result.action} the PR comment ${result.url}`);
    return result.url;
  } catch (error) {
    const status = statusOf(error);
    const limit = rateLimitOf(error);
    const readOnly = !limit && (status === 401 || status === 403 || status === 404);
    const why = limit
      ? `HTTP ${status}: GitHub's ${limit.kind} rate limit was hit${limit.retryAfterSeconds !== undefined ? ` (it asked to wait ${limit.retryAfterSeconds}s)` : ""}; the token may well be able to write: run the job again later`
      : readOnly
        ? `HTTP ${status}: the token cannot write to this pull request (a fork's read-only token, or the workflow lacks \`permissions: pull-requests: write\`)`
        : `${status ? `HTTP ${status}` : "request failed"} after retries: ${messageOf(error)}`;
    const message = `concurrency-guard: the PR comment could not be posted (${why}). ${followUp}`;
    if (readOnly) io.notice(message);
    else io.warning(message);
    await io.writeSummary(`\n> ${message.replace(/\n/g, " ")}\n`);
    return "";
  }
}

