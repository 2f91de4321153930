// Deciding check / update-baseline / run from real webhook payloads, and refusing baseline writes from pull requests.
import { createRequire } from "node:module";
import { describe, expect, it } from "vitest";
import { decideMode } from "../src/action/mode.js";
import type { EventInfo } from "../src/publish/event.js";
import { InputError } from "../src/shared/input-error.js";

const require = createRequire(import.meta.url);
const examples = require("@octokit/webhooks-examples") as { name: string; examples: Record<string, unknown>[] }[];
const payload = (name: string, pick: (e: Record<string, unknown>) => boolean = () => true) => {
  const found = examples.find((e) => e.name === name)?.examples.find(pick);
  if (!found) throw new Error(`no ${name} example`);
  return structuredClone(found);
};

const opened = payload("pull_request", (e) => e.action === "opened");
const pushToMaster = payload("push", (e) => e.ref === "refs/heads/master");
const pushTag = payload("push", (e) => e.ref === "refs/tags/simple-tag");
const dispatch = payload("workflow_dispatch", (e) => e.ref === "refs/heads/main");

const event = (name: string, body: Record<string, unknown>, ref?: string): EventInfo => ({ name, payload: body, ...(ref && { ref }) });

/** The payload of a pull request whose head lives in a fork, built from the opened example. */
function forkPayload(): Record<string, unknown> {
  const p = structuredClone(opened) as { pull_request: { head: { repo: { full_name: string; fork: boolean } } } };
  p.pull_request.head.repo.full_name = "someone-else/Hello-World";
  p.pull_request.head.repo.fork = true;
  return p as unknown as Record<string, unknown>;
}

describe("decideMode auto", () => {
  it("checks a pull request against the baseline of its base", () => {
    const d = decideMode("auto", event("pull_request", opened, "refs/pull/2/merge"));
    expect(d.mode).toBe("check");
    expect(d.trusted).toBe(false);
    expect(d.pullRequest).toMatchObject({ number: 2, baseRef: "master", headRef: "changes", fork: false, baseRepo: "Codertocat/Hello-World" });
    expect(d.pullRequest?.headSha).toMatch(/^ec26c3e/);
    expect(d.pullRequest?.baseSha).toMatch(/^f95f852/);
  });

  it("marks a pull request from a fork as such", () => {
    const d = decideMode("auto", event("pull_request", forkPayload(), "refs/pull/2/merge"));
    expect(d.pullRequest?.fork).toBe(true);
    expect(d.mode).toBe("check");
  });

  it("updates the baseline on a push to the default branch", () => {
    const d = decideMode("auto", event("push", pushToMaster, "refs/heads/master"));
    expect(d).toMatchObject({ mode: "update-baseline", trusted: true, branch: "master", defaultBranch: "master" });
  });

  it("only runs on a push to another branch or a tag", () => {
    const other = structuredClone(pushToMaster);
    other.ref = "refs/heads/feature";
    expect(decideMode("auto", event("push", other, "refs/heads/feature"))).toMatchObject({ mode: "run", trusted: true });
    expect(decideMode("auto", event("push", pushTag, "refs/tags/simple-tag"))).toMatchObject({ mode: "run", trusted: false });
  });

  it("updates the baseline on a schedule, whose payload need not name the default branch", () => {
    expect(decideMode("auto", event("schedule", { schedule: "0 3 * * *" }, "refs/heads/main")).mode).toBe("update-baseline");
    const withRepo = { schedule: "0 3 * * *", repository: pushToMaster.repository };
    expect(decideMode("auto", event("schedule", withRepo, "refs/heads/master")).mode).toBe("update-baseline");
  });

  it("updates the baseline on workflow_dispatch only on the default branch", () => {
    expect(decideMode("auto", event("workflow_dispatch", dispatch, "refs/heads/main")).mode).toBe("update-baseline");
    expect(decideMode("auto", event("workflow_dispatch", dispatch, "refs/heads/topic")).mode).toBe("run");
  });
});

describe("decideMode on a workflow_run follow-up", () => {
  const completed = payload("workflow_run", (e) => e.action === "completed");
  const run = completed.workflow_run as Record<string, unknown>;

  it("reports a pull request run's results, naming the PR by its head only", () => {
    const body = structuredClone(completed);
    Object.assign(body.workflow_run as object, { event: "pull_request", name: "CI", head_branch: "changes", head_sha: "ec26c3e57ca3a959ca5aad62de7213c562f8c821" });
    const d = decideMode("auto", event("workflow_run", body, "refs/heads/main"));
    expect(d).toMatchObject({
      mode: "check",
      trusted: false,
      followUp: { headOwner: "octo-org", headBranch: "changes", headSha: "ec26c3e57ca3a959ca5aad62de7213c562f8c821", workflowName: "CI", runId: run.id },
    });
    expect(() => decideMode("update-baseline", event("workflow_run", body, "refs/heads/main"))).toThrow(/refused on a workflow_run event/);
  });

  it("is no follow-up when the run was not for a pull request", () => {
    expect(decideMode("auto", event("workflow_run", completed, "refs/heads/main"))).toMatchObject({ mode: "run" });
  });
});

describe("decideMode explicit", () => {
  it("refuses update-baseline on a pull request, a fork or a merge queue", () => {
    for (const e of [event("pull_request", opened), event("pull_request_target", forkPayload()), event("merge_group", {}, "refs/heads/gh-readonly-queue/main/pr-1")]) {
      expect(() => decideMode("update-baseline", e)).toThrow(InputError);
    }
    expect(() => decideMode("update-baseline", event("pull_request", opened))).toThrow(/never from pull requests or forks/);
  });

  it("allows update-baseline from a trusted run on any branch", () => {
    const other = structuredClone(pushToMaster);
    expect(decideMode("update-baseline", event("push", other, "refs/heads/release-1"))).toMatchObject({ mode: "update-baseline", branch: "release-1", trusted: true });
  });

  it("honours check and run on any event", () => {
    expect(decideMode("check", event("push", pushToMaster, "refs/heads/master")).mode).toBe("check");
    expect(decideMode("run", event("pull_request", opened)).mode).toBe("run");
  });
});
