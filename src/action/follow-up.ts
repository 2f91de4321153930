import type { PullRequestInfo } from "../publish/event.js";
import type { GitHubClient } from "../publish/github-client.js";
import { findPullRequestForRun } from "../publish/pull-request.js";
import type { RunnerIO } from "../publish/runner-io.js";
import type { ActionInputs } from "./inputs.js";
import type { ModeDecision } from "./mode.js";
import { messageOf } from "../shared/message-of.js";

/** The pull request of a workflow_run follow-up, looked up by head branch and commit through the API. */
export async function followUpPullRequest(
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

