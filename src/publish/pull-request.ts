import type { FollowUp, PullRequestInfo } from "./event.js";
import type { GitHubClient } from "./github-client.js";

/**
 * The open pull request a `workflow_run` follow-up reports on, found by its head (owner:branch)
 * and confirmed by the exact head commit the PR's run measured. The number is never read from the
 * artifact: whoever wrote the PR wrote the artifact too, and could aim the comment at another PR.
 */
export async function findPullRequestForRun(
  octokit: GitHubClient,
  repository: { owner: string; repo: string },
  followUp: FollowUp,
): Promise<PullRequestInfo | undefined> {
  const { data } = await octokit.rest.pulls.list({
    ...repository,
    head: `${followUp.headOwner}:${followUp.headBranch}`,
    state: "open",
    per_page: 100,
  });
  const pr = data.find((p) => p.head.sha === followUp.headSha);
  if (!pr) return undefined;
  const baseRepo = pr.base.repo.full_name;
  const headRepo = pr.head.repo?.full_name;
  return {
    number: pr.number,
    baseRef: pr.base.ref,
    baseSha: pr.base.sha,
    headSha: pr.head.sha,
    headRef: pr.head.ref,
    baseRepo,
    ...(headRepo !== undefined && { headRepo }),
    fork: headRepo === undefined || headRepo.toLowerCase() !== baseRepo.toLowerCase(),
  };
}
