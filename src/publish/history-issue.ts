import { createHash } from "node:crypto";
import { htmlCommentText } from "../report/markdown-escape.js";
import type { GitHubClient } from "./github-client.js";

const PREFIX = "<!-- concurrency-guard:history";
const KEYS = "<!-- concurrency-guard:history-keys";

/** The hidden first line that makes an issue the history issue of one config (a hash: nothing to smuggle `-->` in). */
export function historyIssueMarker(config: string): string {
  const key = createHash("sha256").update(config).digest("hex").slice(0, 16);
  return `${PREFIX} key=${key} (${htmlCommentText(config).slice(0, 100)}) -->`;
}

export type HistoryIssueResult = { action: "created" | "updated" | "reopened"; number: number; url: string } | { action: "unchanged"; number: number; url: string } | { action: "skipped" };

export interface HistoryIssueRequest {
  owner: string;
  repo: string;
  marker: string;
  title: string;
  body: string;
  /** One key per change point (machine, cell, metric, commit): an issue is touched only when one is new. */
  keys: readonly string[];
  /** The token's identity (`tokenLogin`): only an issue it opened is ours to update. */
  author: string;
}

/**
 * Opens the history issue or updates it, one per repository and config, found by its marker among
 * the issues the token's own identity opened (anyone can open an issue that starts with the
 * marker). The body lists its change points' keys in a hidden line: an issue is written only when
 * a change point is not listed yet, so a nightly run that finds the same changes again is silent.
 * A closed issue with a new change point is reopened with the new body. No change points and no
 * issue: nothing is opened.
 */
export async function upsertHistoryIssue(octokit: GitHubClient, request: HistoryIssueRequest): Promise<HistoryIssueResult> {
  const existing = await findHistoryIssue(octokit, request);
  const known = new Set(existing ? listedKeys(existing.body) : []);
  const keys = request.keys.map(issueKey);
  const fresh = keys.filter((k) => !known.has(k));
  if (existing && fresh.length === 0) return { action: "unchanged", number: existing.number, url: existing.url };
  if (!existing && keys.length === 0) return { action: "skipped" };
  const body = `${request.marker}\n${KEYS} ${[...new Set([...known, ...keys])].join(" ")} -->\n${request.body}`;
  if (existing) {
    const { data } = await octokit.rest.issues.update({
      owner: request.owner,
      repo: request.repo,
      issue_number: existing.number,
      title: request.title,
      body,
      ...(existing.state === "closed" && { state: "open" as const }),
    });
    return { action: existing.state === "closed" ? "reopened" : "updated", number: data.number, url: data.html_url };
  }
  const { data } = await octokit.rest.issues.create({ owner: request.owner, repo: request.repo, title: request.title, body });
  return { action: "created", number: data.number, url: data.html_url };
}

/** A key as the hidden line holds it: HTML-comment safe, no spaces. */
function issueKey(key: string): string {
  return htmlCommentText(key).replace(/\s+/g, "_");
}

/** The change-point keys an issue body lists. */
export function listedKeys(body: string): string[] {
  const line = body.split("\n").find((l) => l.startsWith(KEYS));
  return line ? line.slice(KEYS.length, line.lastIndexOf("-->")).trim().split(/\s+/).filter(Boolean) : [];
}

/** Our history issue, open or closed (open preferred), or undefined. */
async function findHistoryIssue(octokit: GitHubClient, request: HistoryIssueRequest): Promise<{ number: number; url: string; state: string; body: string } | undefined> {
  const ours = request.author.toLowerCase();
  let closed: { number: number; url: string; state: string; body: string } | undefined;
  for await (const page of octokit.paginate.iterator(octokit.rest.issues.listForRepo, { owner: request.owner, repo: request.repo, state: "all", per_page: 100 })) {
    for (const issue of page.data) {
      if (issue.pull_request || !issue.body?.startsWith(request.marker) || issue.user?.login.toLowerCase() !== ours) continue;
      const found = { number: issue.number, url: issue.html_url, state: issue.state, body: issue.body };
      if (issue.state === "open") return found;
      closed ??= found;
    }
  }
  return closed;
}
