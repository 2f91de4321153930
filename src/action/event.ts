import { existsSync, readFileSync } from "node:fs";
import { ActionInputError } from "./inputs.js";
import type { EventInfo } from "./mode.js";

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
      throw new ActionInputError(`GITHUB_EVENT_PATH: expected the event's JSON payload, could not parse it: ${(error as Error).message}`);
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
