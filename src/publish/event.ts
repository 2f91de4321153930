import { existsSync, readFileSync } from "node:fs";
import { InputError } from "../shared/input-error.js";

/** The webhook event the workflow runs for, as the runner hands it over. */
export interface EventInfo {
  /** `GITHUB_EVENT_NAME` */
  name: string;
  /** Parsed `GITHUB_EVENT_PATH` */
  payload: Record<string, unknown>;
  /** `GITHUB_REF`, e.g. `refs/heads/main` */
  ref?: string;
  /** `GITHUB_SHA` */
  sha?: string;
}

/** The pull request a run belongs to, from the event payload. */
export interface PullRequestInfo {
  number: number;
  baseRef: string;
  baseSha: string;
  headSha: string;
  headRef: string;
  /** `owner/name` of the repository the PR targets, and of the one its head lives in. */
  baseRepo: string;
  headRepo?: string;
  /** The head lives in another repository (or a deleted one): the token is read-only. */
  fork: boolean;
}

/**
 * A `workflow_run` follow-up of a pull request's run: the PR is named by its head, not trusted from
 * an artifact, and is looked up through the API (for forks `pull_requests` in the payload is empty).
 */
export interface FollowUp {
  headOwner: string;
  headBranch: string;
  headSha: string;
  /** The run whose results are reported, for the log. */
  runId?: number;
  /** Name of the PR's workflow: the comment marker uses it, so the PR job and its follow-up share one comment. */
  workflowName?: string;
}

/**
 * The event as the runner describes it (`GITHUB_EVENT_NAME`, the JSON at `GITHUB_EVENT_PATH`,
 * `GITHUB_REF`, `GITHUB_SHA`). Read here rather than through `@actions/github`'s `context`, which
 * reads the environment when the module is imported instead of when the action runs.
 */
export function readEvent(env: NodeJS.ProcessEnv): EventInfo {
  const name = env.GITHUB_EVENT_NAME ?? "";
  let payload: Record<string, unknown> = {};
  const file = env.GITHUB_EVENT_PATH;
  if (file && existsSync(file)) {
    try {
      const data: unknown = JSON.parse(readFileSync(file, "utf8"));
      if (typeof data === "object" && data !== null && !Array.isArray(data)) payload = data as Record<string, unknown>;
    } catch (error) {
      throw new InputError(`GITHUB_EVENT_PATH: expected the event's JSON payload, could not parse it: ${(error as Error).message}`);
    }
  }
  return {
    name,
    payload,
    ...(env.GITHUB_REF && { ref: env.GITHUB_REF }),
    ...(env.GITHUB_SHA && { sha: env.GITHUB_SHA }),
  };
}

/** `owner/name` of the repository the workflow runs in. */
export function repositoryOf(env: NodeJS.ProcessEnv, event: EventInfo): { owner: string; repo: string } | undefined {
  const full = env.GITHUB_REPOSITORY ?? stringAt(event.payload, "repository", "full_name");
  const [owner, repo, extra] = (full ?? "").split("/");
  return owner && repo && extra === undefined ? { owner, repo } : undefined;
}

function stringAt(value: unknown, ...keys: string[]): string | undefined {
  let current = value;
  for (const key of keys) {
    if (typeof current !== "object" || current === null) return undefined;
    current = (current as Record<string, unknown>)[key];
  }
  return typeof current === "string" ? current : undefined;
}
