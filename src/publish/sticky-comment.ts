import { createHash } from "node:crypto";
import { setTimeout as delay } from "node:timers/promises";
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

/** Who writes with GITHUB_TOKEN, and the fallback for a token whose identity cannot be read. */
export const ACTIONS_BOT = "github-actions[bot]";

/** Attempts at creating the comment; each after a 5xx first re-lists, in case the comment landed. */
const CREATE_ATTEMPTS = 4;

export interface UpsertOptions {
  /** false: only refresh an existing comment, never start one. */
  create?: boolean;
  /** Login of the token's identity (`tokenLogin`): only a comment it wrote is ours to update. */
  author: string;
  sleep?: (ms: number) => Promise<void>;
}

/**
 * The login comments made with this token carry. A person's token (or an OAuth app's) reads it
 * from `GET /user`; an installation token (GITHUB_TOKEN, a GitHub App's) cannot (403), and `GET
 * /app` takes the app's own JWT, never an installation token: those are `github-actions[bot]`. An
 * app token other than GITHUB_TOKEN then never finds its earlier comment and posts a new one, which
 * is the safe way to be wrong.
 */
export async function tokenLogin(octokit: GitHubClient): Promise<string> {
  try {
    const { data } = await octokit.rest.users.getAuthenticated({ request: { retries: 0 } });
    if (typeof data.login === "string" && data.login !== "") return data.login;
  } catch {
    // An installation token, or /user unreachable: the runner's bot.
  }
  return ACTIONS_BOT;
}

/**
 * Creates the PR comment or updates it in place: one comment per workflow and config for the
 * life of the PR, found by its marker on every push, and only among the comments the token's own
 * identity wrote: the marker is public, and anyone can post a comment that starts with it (then
 * edit it into a fake pass once the action had updated it). A comment someone deleted is recreated
 * (the list no longer has it, or the update answers 404 because it went between list and update).
 * With `create: false` only an existing comment is refreshed (`comment: on-change` with nothing to
 * say must not leave a stale red comment behind, nor start a new one). A POST answered with a 5xx
 * may still have landed: the comments are listed again before it is retried, so a bad minute of
 * the API leaves one comment, not two. Octokit is a parameter, so the same code runs against
 * GitHub and a test's server.
 */
export async function upsertStickyComment(octokit: GitHubClient, target: StickyTarget, marker: string, body: string, options: UpsertOptions): Promise<StickyResult> {
  const fullBody = `${marker}\n${body}`;
  const existing = await findStickyComment(octokit, target, marker, options.author);
  if (existing !== undefined) {
    const updated = await update(octokit, target, existing, fullBody);
    if (updated) return updated;
  }
  if (options.create === false) return { action: "skipped" };
  const sleep = options.sleep ?? ((ms: number) => delay(ms));
  for (let attempt = 1; ; attempt++) {
    try {
      const { data } = await octokit.rest.issues.createComment({
        owner: target.owner,
        repo: target.repo,
        issue_number: target.issueNumber,
        body: fullBody,
        // Retried here, after a re-list, never blindly by the client.
        request: { retries: 0 },
      });
      return { action: "created", id: data.id, url: data.html_url };
    } catch (error) {
      const status = statusOf(error);
      if ((status !== undefined && status < 500) || attempt >= CREATE_ATTEMPTS) throw error;
      await sleep(1000 * attempt ** 2);
      const landed = await findStickyComment(octokit, target, marker, options.author);
      const updated = landed !== undefined ? await update(octokit, target, landed, fullBody) : undefined;
      if (updated?.action === "updated") return { ...updated, action: "created" };
    }
  }
}

/** Updates a comment; undefined when it is gone (404). */
async function update(octokit: GitHubClient, target: StickyTarget, id: number, body: string): Promise<StickyResult | undefined> {
  try {
    const { data } = await octokit.rest.issues.updateComment({ owner: target.owner, repo: target.repo, comment_id: id, body });
    return { action: "updated", id: data.id, url: data.html_url };
  } catch (error) {
    if (statusOf(error) !== 404) throw error;
    return undefined;
  }
}

/**
 * The id of our comment, or undefined: the first that starts with the marker (a reviewer quoting
 * it does not) and was written by `author`, the token's identity.
 */
export async function findStickyComment(octokit: GitHubClient, target: StickyTarget, marker: string, author: string): Promise<number | undefined> {
  const ours = author.toLowerCase();
  for await (const page of octokit.paginate.iterator(octokit.rest.issues.listComments, {
    owner: target.owner,
    repo: target.repo,
    issue_number: target.issueNumber,
    per_page: 100,
  })) {
    for (const comment of page.data) {
      if (comment.body?.startsWith(marker) && comment.user?.login.toLowerCase() === ours) return comment.id;
    }
  }
  return undefined;
}
