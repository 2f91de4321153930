import { Document, type YAMLMap } from "yaml";
import type { RepoFacts } from "./inspect-repo.js";

export interface WorkflowOptions {
  /** `owner/concurrency-guard@vX`. */
  action: string;
  defaultBranch: string;
  /** The config's path when it is not at the repository root (the action finds it there). */
  config?: string;
  /** Python scenarios exist: the jobs set up Python. */
  python: boolean;
  /** Node scenarios or a package.json: the jobs install the packages. */
  node: boolean;
  timeBudget: string;
}

export const WORKFLOW_NAME = "concurrency-guard";
const RESULTS_ARTIFACT = "concurrency-guard-results";

/**
 * The workflow `init` writes: pull requests measured and compared in a job that can push nothing
 * (read-only contents, credentials not persisted: the PR's code runs there), and the baseline
 * stored by pushes to the default branch and a nightly run, the one job with `contents: write`.
 * The fork follow-up is a commented-out workflow of its own, written from the same objects.
 */
export function workflowText(repo: RepoFacts, o: WorkflowOptions): string {
  const action = { uses: o.action, ...(o.config !== undefined && { with: { config: o.config } }) };
  const withBudget = (extra: Record<string, string> = {}) => ({ ...action, with: { ...action.with, "time-budget": o.timeBudget, ...extra } });
  const doc = new Document({
    name: WORKFLOW_NAME,
    on: { pull_request: null, push: { branches: [o.defaultBranch] }, schedule: [{ cron: "0 3 * * *" }], workflow_dispatch: null },
    permissions: {},
    concurrency: { group: "concurrency-guard-${{ github.ref }}", "cancel-in-progress": "${{ github.event_name == 'pull_request' }}" },
    jobs: {
      check: {
        if: "github.event_name == 'pull_request'",
        "runs-on": "ubuntu-latest",
        "timeout-minutes": 20,
        permissions: { contents: "read", "pull-requests": "write" },
        steps: [
          { uses: "actions/checkout@v4", with: { "persist-credentials": false } },
          ...setupSteps(repo, o),
          { uses: o.action, id: "guard", with: withBudget().with },
          {
            uses: "actions/upload-artifact@v4",
            if: "always() && steps.guard.outputs.results != ''",
            with: { name: RESULTS_ARTIFACT, path: "${{ steps.guard.outputs.results }}", "retention-days": 7 },
          },
        ],
      },
      baseline: {
        if: "github.event_name != 'pull_request'",
        "runs-on": "ubuntu-latest",
        "timeout-minutes": 20,
        permissions: { contents: "write" },
        steps: [{ uses: "actions/checkout@v4" }, ...setupSteps(repo, o), withBudget()],
      },
    },
  });
  const jobs = doc.get("jobs") as YAMLMap;
  (jobs.get("check") as YAMLMap).commentBefore =
    " Pull requests: their code runs here, so the job holds nothing that can push (read-only\n contents, credentials not persisted). The base commit is measured beside the PR's.";
  (jobs.get("baseline") as YAMLMap).commentBefore = " Merged code only (pushes, nightly, manual runs): the one job that may push, to the baselines branch.";
  doc.commentBefore = [
    " Written by concurrency-guard init: measures pull requests against their base commit and stores",
    ` baselines from ${o.defaultBranch}. No permissions at the top: each job names what it needs.`,
    ` Docs: https://github.com/${o.action.split("@")[0]}#github-action`,
  ].join("\n");
  doc.comment = forkFollowUp(o);
  return doc.toString({ nullStr: "", lineWidth: 0 }).replace(/ +$/gm, "");
}

function setupSteps(repo: RepoFacts, o: WorkflowOptions): Record<string, unknown>[] {
  const steps: Record<string, unknown>[] = [];
  if (o.node && repo.node) {
    steps.push({ uses: "actions/setup-node@v4", with: { "node-version": 24 } });
    steps.push({ run: repo.node.lockfile ? "npm ci" : "npm install" });
    if (repo.node.build) steps.push({ run: "npm run build" });
  }
  if (o.python) {
    steps.push({ uses: "actions/setup-python@v5", with: { "python-version": "3.12" } });
    if (repo.python && repo.python.install.length > 0) steps.push({ run: `python -m pip install ${repo.python.install.join(" ")}` });
  }
  return steps;
}

/**
 * A fork's run has a read-only token and cannot comment. This workflow, run by the base repository
 * on its default branch's code, reads the PR run's results artifact (data only) and comments.
 */
export function forkFollowUpDocument(o: WorkflowOptions): Document {
  return new Document({
    name: `${WORKFLOW_NAME}-comment`,
    on: { workflow_run: { workflows: [WORKFLOW_NAME], types: ["completed"] } },
    permissions: { contents: "read", "pull-requests": "write", actions: "read" },
    jobs: {
      comment: {
        if: "github.event.workflow_run.event == 'pull_request' && github.event.workflow_run.head_repository.full_name != github.repository",
        "runs-on": "ubuntu-latest",
        steps: [
          { uses: "actions/checkout@v4" },
          {
            uses: "actions/download-artifact@v4.1.8",
            with: { name: RESULTS_ARTIFACT, path: "${{ runner.temp }}/pr-results", "run-id": "${{ github.event.workflow_run.id }}", "github-token": "${{ github.token }}" },
          },
          { uses: o.action, with: { ...(o.config !== undefined && { config: o.config }), results: "${{ runner.temp }}/pr-results/results.json" } },
        ],
      },
    },
  });
}

function forkFollowUp(o: WorkflowOptions): string {
  const body = forkFollowUpDocument(o).toString({ lineWidth: 0 }).trimEnd();
  return [
    " Pull requests from forks run with a read-only token, so their check cannot comment. To comment",
    " on them, save the workflow below as .github/workflows/concurrency-guard-comment.yml and remove",
    " the leading '# '. It runs on the default branch's code only and reads the PR run's results.",
    "",
    ...body.split("\n").map((line) => ` ${line}`),
  ].join("\n");
}
