import { getOctokit } from "@actions/github";
import { retry } from "@octokit/plugin-retry";
import { throttling } from "@octokit/plugin-throttling";

/** The client every publishing function takes as a parameter (so tests hand in one aimed at a fake server). */
export type GitHubClient = ReturnType<typeof getOctokit>;

export interface ClientOptions {
  token: string;
  /** `GITHUB_API_URL`; GitHub Enterprise and the tests' fake server differ from api.github.com. */
  baseUrl: string;
  /** Where retries and rate-limit waits are told; the job log in the action. */
  log?: (message: string) => void;
  /** Retries after a 5xx or a network error (octokit's retry plugin), default 3. */
  retries?: number;
  /** Longest rate-limit wait accepted before giving up, seconds; a CI job should not sleep for an hour. */
  maxRateLimitWaitSeconds?: number;
}

/**
 * An octokit that survives a bad minute of the API: 5xx answers and network errors are retried
 * with growing pauses (plugin-retry), primary and secondary rate limits wait for the reset the
 * API names (plugin-throttling) up to a bound. Only after that does a call fail, and the caller
 * reports it without losing the results or the summary.
 */
export function createGitHubClient(options: ClientOptions): GitHubClient {
  const log = options.log ?? (() => {});
  const maxWait = options.maxRateLimitWaitSeconds ?? 120;
  const onLimit =
    (kind: string) =>
    (retryAfter: number, request: { method: string; url: string }, _octokit: unknown, retryCount: number): boolean => {
      const again = retryCount < 2 && retryAfter <= maxWait;
      log(`GitHub API ${kind} on ${request.method} ${request.url}: ${again ? `retrying in ${retryAfter}s` : "giving up"}`);
      return again;
    };
  return getOctokit(
    options.token,
    {
      baseUrl: options.baseUrl.replace(/\/$/, ""),
      retry: { retries: options.retries ?? 3 },
      throttle: { onRateLimit: onLimit("rate limit"), onSecondaryRateLimit: onLimit("secondary rate limit") },
      log: { debug: () => {}, info: () => {}, warn: (m: string) => log(m), error: (m: string) => log(m) },
    },
    retry,
    throttling,
  );
}

/** A rate limit that stopped a call, and how long GitHub asked to wait (seconds), when it said. */
export interface RateLimit {
  kind: "primary" | "secondary";
  retryAfterSeconds?: number;
}

/**
 * Whether a failed call hit a rate limit rather than a permission wall: a 403 means both, and a
 * rate-limited write must not be reported as "the token cannot write". Primary: 403 or 429 with
 * `x-ratelimit-remaining: 0`; secondary: 403 or 429 with `retry-after`, or the secondary-limit
 * message, or any 429.
 */
export function rateLimitOf(error: unknown, now: () => number = Date.now): RateLimit | undefined {
  const status = statusOf(error);
  if (status !== 403 && status !== 429) return undefined;
  const response = (error as { response?: { headers?: Record<string, unknown>; data?: unknown } }).response;
  const headers = response?.headers ?? {};
  const message = `${(error as Error).message ?? ""} ${JSON.stringify(response?.data ?? "")}`;
  const retryAfter = Number(headers["retry-after"]);
  if (String(headers["x-ratelimit-remaining"]) === "0") {
    const reset = Number(headers["x-ratelimit-reset"]);
    return { kind: "primary", ...(Number.isFinite(reset) && { retryAfterSeconds: Math.max(0, Math.ceil(reset - now() / 1000)) }) };
  }
  if (headers["retry-after"] !== undefined || /secondary rate limit/i.test(message) || status === 429) {
    return { kind: "secondary", ...(Number.isFinite(retryAfter) && { retryAfterSeconds: retryAfter }) };
  }
  return undefined;
}

/** The HTTP status of a failed API call, when it got that far. */
export function statusOf(error: unknown): number | undefined {
  const status = (error as { status?: unknown } | null)?.status;
  return typeof status === "number" ? status : undefined;
}
