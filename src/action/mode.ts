import type { EventInfo, FollowUp, PullRequestInfo } from "../publish/event.js";
import type { RequestedMode } from "./inputs.js";
import { InputError } from "../shared/input-error.js";

export interface ModeDecision {
  mode: "check" | "update-baseline" | "run";
  followUp?: FollowUp;
  /** One sentence for the log: why this mode. */
  why: string;
  pullRequest?: PullRequestInfo;
  defaultBranch?: string;
  /** Branch the run is on (push, schedule, dispatch), when known. */
  branch?: string;
  /**
   * True only for runs on code already in the repository (push, schedule, dispatch): the only runs
   * allowed to write a baseline, which every later pull request is judged against.
   */
  trusted: boolean;
}

/** Events whose code may come from a pull request (or a fork): never trusted with the baseline. */
const PULL_REQUEST_EVENTS = new Set(["pull_request", "pull_request_target", "pull_request_review", "pull_request_review_comment", "merge_group"]);
/** Events that run code already on a branch of the repository. */
const TRUSTED_EVENTS = new Set(["push", "schedule", "workflow_dispatch", "repository_dispatch"]);

/**
 * Decides what the action does for this event. `auto` compares on pull requests, writes the
 * baseline on pushes to (and scheduled or dispatched runs on) the default branch, and otherwise
 * only measures and reports. An explicit `update-baseline` is refused on any event a pull request
 * can trigger: such a run executes code nobody merged yet.
 */
export function decideMode(requested: RequestedMode, event: EventInfo): ModeDecision {
  const repository = record(event.payload.repository);
  const defaultBranch = str(repository?.default_branch);
  const pullRequest = readPullRequest(event.payload);
  const branch = event.ref?.startsWith("refs/heads/") ? event.ref.slice("refs/heads/".length) : undefined;
  const isPullEvent = PULL_REQUEST_EVENTS.has(event.name) || pullRequest !== undefined;
  // A scheduled run always runs on the default branch; its payload may not name it.
  const onDefault = branch !== undefined && (branch === defaultBranch || (event.name === "schedule" && defaultBranch === undefined));
  const trusted = TRUSTED_EVENTS.has(event.name) && !isPullEvent && branch !== undefined;
  const followUp = readFollowUp(event);
  const base = {
    ...(pullRequest && { pullRequest }),
    ...(followUp && { followUp }),
    ...(defaultBranch !== undefined && { defaultBranch }),
    ...(branch !== undefined && { branch }),
  };

  if (requested === "update-baseline") {
    if (!trusted) {
      throw new InputError(
        `input "mode": update-baseline is refused on a ${event.name} event${branch ? "" : " without a branch ref"}: ` +
          `baselines are written only from push, schedule or workflow_dispatch runs on a branch, never from pull requests or forks`,
      );
    }
    return { ...base, mode: "update-baseline", why: `mode update-baseline on ${event.name} to ${branch}`, trusted };
  }
  if (requested === "check") return { ...base, mode: "check", why: `mode check on ${event.name}`, trusted };
  if (requested === "run") return { ...base, mode: "run", why: `mode run on ${event.name}`, trusted };

  if (followUp) {
    return {
      ...base,
      mode: "check",
      why: `workflow_run follow-up of the pull request run for ${followUp.headOwner}:${followUp.headBranch}: report its results`,
      trusted: false,
    };
  }
  if (isPullEvent && pullRequest) {
    return { ...base, mode: "check", why: `pull request #${pullRequest.number} into ${pullRequest.baseRef}: compare with the baseline`, trusted: false };
  }
  if (trusted && onDefault && event.name !== "repository_dispatch") {
    return { ...base, mode: "update-baseline", why: `${event.name} on the default branch ${branch}: measure and update the baseline`, trusted };
  }
  const where = branch ? ` on ${branch}` : "";
  const notDefault = trusted && !onDefault ? ` (not the default branch${defaultBranch ? ` ${defaultBranch}` : ""})` : "";
  return { ...base, mode: "run", why: `${event.name}${where}${notDefault}: measure and report only`, trusted };
}

function readFollowUp(event: EventInfo): FollowUp | undefined {
  if (event.name !== "workflow_run") return undefined;
  const run = record(event.payload.workflow_run);
  if (!run || !str(run.event)?.startsWith("pull_request")) return undefined;
  const headOwner = str(record(record(run.head_repository)?.owner)?.login);
  const headBranch = str(run.head_branch);
  const headSha = str(run.head_sha);
  if (!headOwner || !headBranch || !headSha) return undefined;
  const workflowName = str(run.name);
  return { headOwner, headBranch, headSha, ...(typeof run.id === "number" && { runId: run.id }), ...(workflowName && { workflowName }) };
}

function readPullRequest(payload: Record<string, unknown>): PullRequestInfo | undefined {
  const pr = record(payload.pull_request);
  if (!pr) return undefined;
  const baseSide = record(pr.base);
  const headSide = record(pr.head);
  const number = typeof pr.number === "number" ? pr.number : typeof payload.number === "number" ? payload.number : undefined;
  if (number === undefined || !baseSide || !headSide) return undefined;
  const baseRepo = str(record(baseSide.repo)?.full_name) ?? str(record(payload.repository)?.full_name) ?? "";
  const headRepo = str(record(headSide.repo)?.full_name);
  return {
    number,
    baseRef: str(baseSide.ref) ?? "",
    baseSha: str(baseSide.sha) ?? "",
    headSha: str(headSide.sha) ?? "",
    headRef: str(headSide.ref) ?? "",
    baseRepo,
    ...(headRepo !== undefined && { headRepo }),
    fork: headRepo === undefined || headRepo.toLowerCase() !== baseRepo.toLowerCase(),
  };
}

function record(v: unknown): Record<string, unknown> | undefined {
  return typeof v === "object" && v !== null && !Array.isArray(v) ? (v as Record<string, unknown>) : undefined;
}

function str(v: unknown): string | undefined {
  return typeof v === "string" && v !== "" ? v : undefined;
}
