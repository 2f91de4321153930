#!/usr/bin/env node
// Regenerates docs/example-comment.md from a real run of the bundled action, the way a user's
// repository would see it: a push to main measures and stores the baseline (orphan branch in a
// local bare "origin"), then a pull request makes the CPU scenario twice as slow and adds a
// synchronous file read to the I/O handler; its run compares, and the comment it renders is kept.
//
//   npm run build && node scripts/example-comment.mjs      (several minutes on 2 cores)
import { execFileSync, spawnSync } from "node:child_process";
import { cpSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { cpus, loadavg, tmpdir } from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { parse } from "yaml";

const loadStart = loadavg()[0].toFixed(2);

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const require = createRequire(import.meta.url);
const examples = require("@octokit/webhooks-examples");
const dir = mkdtempSync(path.join(tmpdir(), "cg-example-"));
const origin = path.join(dir, "origin.git");
const ws = path.join(dir, "app");
const identity = { GIT_AUTHOR_NAME: "dev", GIT_AUTHOR_EMAIL: "dev@example.com", GIT_COMMITTER_NAME: "dev", GIT_COMMITTER_EMAIL: "dev@example.com" };
const git = (cwd, ...args) => execFileSync("git", args, { cwd, encoding: "utf8", env: { ...process.env, ...identity } }).trim();

git(dir, "init", "--quiet", "--bare", "--initial-branch=main", origin);
git(dir, "clone", "--quiet", origin, ws);
cpSync(path.join(root, "fixtures/node-basic/bench"), path.join(ws, "bench"), { recursive: true });
writeFileSync(
  path.join(ws, "concurrency-guard.yml"),
  [
    "version: 1",
    "defaults:",
    "  models: [async, threads, processes]",
    "  concurrency: [1, 16]",
    "  trials: 8",
    "  duration: 250ms",
    "  warmup: 150ms",
    "scenarios:",
    "  - { name: http-get, file: bench/http-get.mjs, kind: io }",
    "  - { name: sha256, file: bench/sha256.mjs, kind: cpu }",
    "",
  ].join("\n"),
);
git(ws, "add", ".");
git(ws, "commit", "--quiet", "-m", "benchmarks");
git(ws, "push", "--quiet", "origin", "HEAD:main");
const baseSha = git(ws, "rev-parse", "HEAD");

// A private copy of the bundle: a rebuild of dist/ elsewhere in the tree must not pull it away mid-run.
const bundle = path.join(dir, "action");
cpSync(path.join(root, "dist"), path.join(bundle, "dist"), { recursive: true });
cpSync(path.join(root, "package.json"), path.join(bundle, "package.json"));
const action = parse(readFileSync(path.join(root, "action.yml"), "utf8"));
function runAction(eventName, payload, ref, sha) {
  const runner = mkdtempSync(path.join(dir, "runner-"));
  writeFileSync(path.join(runner, "event.json"), JSON.stringify(payload));
  writeFileSync(path.join(runner, "summary.md"), "");
  writeFileSync(path.join(runner, "output.txt"), "");
  const inputs = Object.fromEntries(Object.entries(action.inputs).map(([k, v]) => [`INPUT_${k.toUpperCase()}`, String(v.default ?? "").replace("${{ github.token }}", "")]));
  const env = {
    PATH: process.env.PATH,
    HOME: process.env.HOME,
    GITHUB_ACTIONS: "true",
    GITHUB_EVENT_NAME: eventName,
    GITHUB_EVENT_PATH: path.join(runner, "event.json"),
    GITHUB_WORKSPACE: ws,
    GITHUB_REPOSITORY: "your-org/your-app",
    GITHUB_SERVER_URL: "https://github.com",
    GITHUB_REF: ref,
    GITHUB_SHA: sha,
    GITHUB_WORKFLOW: "concurrency",
    GITHUB_RUN_ID: "1234567890",
    GITHUB_OUTPUT: path.join(runner, "output.txt"),
    GITHUB_STEP_SUMMARY: path.join(runner, "summary.md"),
    RUNNER_TEMP: runner,
    ...inputs,
  };
  const r = spawnSync(process.execPath, [path.join(bundle, "dist/index.js")], { cwd: ws, env, stdio: "inherit" });
  process.stderr.write(`example-comment: ${eventName} run exited ${r.status}\n`);
  if (r.status !== 0 && eventName !== "pull_request") process.exit(1);
  return path.join(runner, "concurrency-guard/report.md");
}

// 1. The baseline: a push to main.
const push = JSON.parse(JSON.stringify(examples.find((e) => e.name === "push").examples.find((e) => e.ref === "refs/heads/master")));
Object.assign(push, { ref: "refs/heads/main", after: baseSha });
push.repository = { ...push.repository, full_name: "your-org/your-app", name: "your-app", default_branch: "main", master_branch: "main" };
runAction("push", push, "refs/heads/main", baseSha);

// 2. The pull request: SHA-256 over twice the data, and a synchronous config read in the I/O path.
const sha256 = path.join(ws, "bench/sha256.mjs");
writeFileSync(sha256, readFileSync(sha256, "utf8").replace("randomBytes(1 << 20)", "randomBytes(2 << 20)"));
const http = path.join(ws, "bench/http-get.mjs");
writeFileSync(
  http,
  readFileSync(http, "utf8")
    .replace('import http from "node:http";', 'import http from "node:http";\nimport { readFileSync, writeFileSync } from "node:fs";\nimport { tmpdir } from "node:os";\nimport path from "node:path";')
    .replace("export async function setup() {", 'const CONFIG = path.join(tmpdir(), "example-app-config.json");\n\nexport async function setup() {\n  writeFileSync(CONFIG, JSON.stringify({ routes: Array.from({ length: 400_000 }, (_, i) => `/user/${i}`) }));')
    .replace("export function run({ agent, port }) {", "let calls = 0;\n\nexport function run({ agent, port }) {\n  // Re-read the routing table every 16th request (the change under review).\n  if (++calls % 16 === 0) JSON.parse(readFileSync(CONFIG, \"utf8\"));"),
);
git(ws, "checkout", "--quiet", "-b", "read-routes");
git(ws, "commit", "--quiet", "-am", "read the routing table per request");
const headSha = git(ws, "rev-parse", "HEAD");
const pr = JSON.parse(JSON.stringify(examples.find((e) => e.name === "pull_request").examples.find((e) => e.action === "synchronize")));
Object.assign(pr.pull_request.base, { ref: "main", sha: baseSha });
Object.assign(pr.pull_request.head, { ref: "read-routes", sha: headSha });
pr.repository = { ...pr.repository, full_name: "your-org/your-app", name: "your-app", default_branch: "main" };
pr.pull_request.base.repo = pr.repository;
pr.pull_request.head.repo = pr.repository;
const report = runAction("pull_request", pr, "refs/pull/2/merge", headSha);

const body = readFileSync(report, "utf8");
mkdirSync(path.join(root, "docs"), { recursive: true });
writeFileSync(
  path.join(root, "docs/example-comment.md"),
  `<!-- Generated by scripts/example-comment.mjs from a real run of dist/index.js on ${new Date().toISOString().slice(0, 10)}: a baseline pushed to main, then a PR that doubles the SHA-256 input and re-reads a JSON file synchronously in the HTTP handler. Repository and commit links are illustrative (your-org/your-app). Measured on a ${cpus().length}-core machine, load average ${loadStart} at the start and ${loadavg()[0].toFixed(2)} at the end. -->\n\n${body}`,
);
process.stderr.write(`example-comment: wrote docs/example-comment.md (${body.length} characters)\n`);
