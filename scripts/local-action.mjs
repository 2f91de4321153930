#!/usr/bin/env node
// Runs the bundled action (dist/index.js) on this machine the way the Actions runner would:
// INPUT_* variables with action.yml's defaults, an event payload file, GITHUB_* files for outputs
// and the job summary. An equivalent of `@github/local-action` without the dependency.
//
//   npm run local-action                                   # mode run on fixtures/node-basic, short trials
//   npm run local-action -- --input mode=check --input baseline=file:.tmp/baseline.json
//   npm run local-action -- --event pull_request --payload event.json --input github-token=$TOKEN \
//     --env GITHUB_API_URL=http://127.0.0.1:3000
//
// --event NAME      GITHUB_EVENT_NAME (default workflow_dispatch)
// --payload FILE    the event's JSON payload (default: a minimal one for the event)
// --input NAME=V    an action input (repeatable); inputs not given take action.yml's defaults
// --env NAME=V      any other variable (GITHUB_REF, GITHUB_SHA, GITHUB_API_URL, ...)
// --out DIR         where the summary, outputs and runner temp go (default .tmp/local-action)
import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { parse } from "yaml";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const args = process.argv.slice(2);
const inputs = { config: "fixtures/node-basic/concurrency-guard.yml", mode: "run", trials: "3", duration: "300ms", comment: "never" };
const extraEnv = {};
let eventName = "workflow_dispatch";
let payloadFile;
let outDir = path.join(root, ".tmp/local-action");

for (let i = 0; i < args.length; i++) {
  const arg = args[i];
  const value = args[++i];
  if (value === undefined) usage(`${arg} needs a value`);
  if (arg === "--event") eventName = value;
  else if (arg === "--payload") payloadFile = path.resolve(value);
  else if (arg === "--out") outDir = path.resolve(value);
  else if (arg === "--input" || arg === "--env") {
    const eq = value.indexOf("=");
    if (eq < 1) usage(`${arg} expects NAME=VALUE, got "${value}"`);
    (arg === "--input" ? inputs : extraEnv)[value.slice(0, eq)] = value.slice(eq + 1);
  } else usage(`unknown option ${arg}`);
}

const bundle = path.join(root, "dist/index.js");
if (!existsSync(bundle)) usage("dist/index.js is missing: run npm run build first");

mkdirSync(outDir, { recursive: true });
const git = (...a) => spawnSync("git", a, { cwd: root, encoding: "utf8" }).stdout?.trim() ?? "";
const sha = git("rev-parse", "HEAD");
const branch = git("rev-parse", "--abbrev-ref", "HEAD") || "main";
const eventPath = path.join(outDir, "event.json");
const payload = payloadFile ? JSON.parse(readFileSync(payloadFile, "utf8")) : { ref: `refs/heads/${branch}`, repository: { full_name: "local/concurrency-guard", default_branch: branch }, inputs: {} };
writeFileSync(eventPath, JSON.stringify(payload, null, 2));
const outputFile = path.join(outDir, "output.txt");
const summaryFile = path.join(outDir, "summary.md");
writeFileSync(outputFile, "");
writeFileSync(summaryFile, "");

// The runner fills every declared input, defaults included; `${{ github.token }}` has no local value.
const action = parse(readFileSync(path.join(root, "action.yml"), "utf8"));
const inputEnv = {};
for (const [name, spec] of Object.entries(action.inputs)) {
  const given = inputs[name] ?? String(spec.default ?? "").replace("${{ github.token }}", process.env.GITHUB_TOKEN ?? "");
  inputEnv[`INPUT_${name.replace(/ /g, "_").toUpperCase()}`] = given;
}
for (const name of Object.keys(inputs)) if (!(name in action.inputs)) usage(`action.yml has no input "${name}"`);

const env = {
  ...process.env,
  GITHUB_ACTIONS: "true",
  GITHUB_EVENT_NAME: eventName,
  GITHUB_EVENT_PATH: eventPath,
  GITHUB_WORKSPACE: root,
  GITHUB_REPOSITORY: payload.repository?.full_name ?? "local/concurrency-guard",
  GITHUB_REF: payload.ref ?? `refs/heads/${branch}`,
  GITHUB_SHA: sha,
  GITHUB_WORKFLOW: "local-action",
  GITHUB_OUTPUT: outputFile,
  GITHUB_STEP_SUMMARY: summaryFile,
  RUNNER_TEMP: outDir,
  ...inputEnv,
  ...extraEnv,
};
const result = spawnSync(process.execPath, [bundle], { cwd: root, env, stdio: "inherit" });
// GITHUB_OUTPUT holds `name<<DELIMITER` blocks; show them as name=value.
const outputs = [...readFileSync(outputFile, "utf8").matchAll(/^([^<\n]+)<<(.+)\n([\s\S]*?)\n?\2$/gm)].map((m) => `${m[1]}=${m[3]}`);
process.stdout.write(`\n--- outputs\n${outputs.join("\n")}\n`);
process.stdout.write(`--- job summary: ${path.relative(root, summaryFile)}\n`);
process.exit(result.status ?? 1);

function usage(message) {
  process.stderr.write(`local-action: ${message}\nsee the comment at the top of scripts/local-action.mjs\n`);
  process.exit(2);
}
