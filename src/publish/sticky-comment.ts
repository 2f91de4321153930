import { createHash } from "node:crypto";
import { htmlCommentText } from "../report/markdown-escape.js";
import { statusOf, type GitHubClient } from "./github-client.js";

export interface StickyTarget {
  owner: string;
  repo: string;
  issueNumber: number;
}

export type StickyResult = { action: "created" | "updated"; id: number; url: string } | { action: "skipped" };

const PREFIX = "<!-- concurrency-guard:sticky";

/**
 * The hidden line that makes a comment "ours" for one workflow and config: two workflows (or two
 * configs) in a repository each keep their own comment. The key is a hash, so a workflow name
 * cannot smuggle `-->` into the HTML; the readable part is sanitized and for people only.
 */
export function stickyMarker(workflow: string, config: string): string {
  const key = createHash("sha256").update(`${workflow}\0${config}`).digest("hex").slice(0, 16);
  return `${PREFIX} key=${key} (${htmlCommentText(`${workflow} / ${config}`).slice(0, 100)}) -->`;
}

/**
 * Creates the PR comment or updates it in place: one comment per workflow and config for the
 * life of the PR, found by its marker on every push. A comment someone deleted is recreated (the
 * list no longer has it, or the update answers 404 because it went between list and update).
 * With `create: false` only an existing comment is refreshed (`comment: on-change` with nothing to
 * say must not leave a stale red comment behind, nor start a new one). Octokit is a parameter, so
 * the same code runs against GitHub and a test's server.
 */
export async function upsertStickyComment(
  octokit: GitHubClient,
  target: StickyTarget,
  marker: string,
  body: string,
  options: { create?: boolean } = {},
): Promise<StickyResult> {
  const fullBody = `${marker}\n${body}`;
  const existing = await findStickyComment(octokit, target, marker);
  if (existing !== undefined) {
    try {
      const { data } = await octokit.rest.issues.updateComment({ owner: target.owner, repo: target.repo, comment_id: existing, body: fullBody });
      return { action: "updated", id: data.id, url: data.html_url };
    } catch (error) {
      if (statusOf(error) !== 404) throw error;
    }
  }
  if (options.create === false) return { action: "skipped" };
  const { data } = await octokit.rest.issues.createComment({
    owner: target.owner,
    repo: target.repo,
    issue_number: target.issueNumber,
    body: fullBody,
  });
  return { action: "created", id: data.id, url: data.html_url };
}

/**
 * The id of our comment, or undefined. Only comments that start with the marker count (a
 * reviewer quoting it does not), and a bot's comment wins over a person's if both match.
 */
export async function findStickyComment(octokit: GitHubClient, target: StickyTarget, marker: string): Promise<number | undefined> {
  let fallback: number | undefined;
  for await (const page of octokit.paginate.iterator(octokit.rest.issues.listComments, {
    owner: target.owner,
    repo: target.repo,
    issue_number: target.issueNumber,
    per_page: 100,
  })) {
    for (const comment of page.data) {
      if (!comment.body?.startsWith(marker)) continue;
      if (comment.user?.type === "Bot") return comment.id;
      fallback ??= comment.id;
    }
  }
  return fallback;
}
