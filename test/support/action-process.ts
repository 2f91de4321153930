// Runs the bundled action (dist/index.js) in a child process the way the Actions runner does: INPUT_* variables with action.yml's defaults, event payload file, GITHUB_* files.
import { spawn } from "node:child_process";
import { cpSync, existsSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { parse } from "yaml";

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");
export const BUNDLE = path.join(ROOT, "dist/index.js");

const require = createRequire(import.meta.url);
const examples = require("@octokit/webhooks-examples") as { name: string; examples: Record<string, unknown>[] }[];

/** A payload from `@octokit/webhooks-examples`, deep-copied so a test may adjust it. */
export function webhookExample(name: string, pick: (e: Record<string, unknown>) => boolean = () => true): Record<string, unknown> {
  const found = examples.find((e) => e.name === name)?.examples.find(pick);
  if (!found) throw new Error(`@octokit/webhooks-examples has no ${name} example that matches`);
  return structuredClone(found);
}

export interface ActionRun {
  code: number | null;
  stdout: string;
  stderr: string;
  outputs: Record<string, string>;
  summary: string;
}

export interface RunOptions {
  workspace: string;
  eventName: string;
  payload: Record<string, unknown>;
  ref: string;
  sha: string;
  apiUrl: string;
  token: string;
  inputs?: Record<string, string>;
  env?: Record<string, string>;
}

/** Every input of action.yml with its default, the way the runner fills `INPUT_*` before starting the action. */
function defaultInputs(token: string): Record<string, string> {
  const action = parse(readFileSync(path.join(ROOT, "action.yml"), "utf8")) as { inputs: Record<string, { default?: string }> };
  const out: Record<string, string> = {};
  for (const [name, spec] of Object.entries(action.inputs)) out[name] = String(spec.default ?? "").replace("${{ github.token }}", token);
  // Instruction counts under valgrind take minutes per run; a test that wants them passes cost.
  out.cost = "off";
  return out;
}

let snapshot: string | undefined;

/**
 * A private copy of the built action (dist/ and package.json), taken once per test file: other
 * people's `npm run build` in the same tree empties dist/ for a moment, and a run must not start
 * in that gap. Waits a little for a build in progress.
 */
async function bundle(): Promise<string> {
  if (snapshot) return snapshot;
  for (let i = 0; i < 60 && !existsSync(BUNDLE); i++) await new Promise((r) => setTimeout(r, 500));
  if (!existsSync(BUNDLE)) throw new Error("dist/index.js is missing: run npm run build (npm test does)");
  const dir = mkdtempSync(path.join(tmpdir(), "cg-action-"));
  cpSync(path.join(ROOT, "dist"), path.join(dir, "dist"), { recursive: true });
  cpSync(path.join(ROOT, "package.json"), path.join(dir, "package.json"));
  return (snapshot = path.join(dir, "dist/index.js"));
}

/**
 * Starts `node dist/index.js` with a clean environment: only what a runner would set, so nothing
 * of the test process leaks in. Returns exit code, logs, the parsed GITHUB_OUTPUT and the summary.
 */
export async function runBuiltAction(options: RunOptions): Promise<ActionRun> {
  const main = await bundle();
  const runnerDir = mkdtempSync(path.join(tmpdir(), "cg-runner-"));
  const eventPath = path.join(runnerDir, "event.json");
  const outputFile = path.join(runnerDir, "output.txt");
  const summaryFile = path.join(runnerDir, "summary.md");
  writeFileSync(eventPath, JSON.stringify(options.payload));
  writeFileSync(outputFile, "");
  writeFileSync(summaryFile, "");
  const inputs = { ...defaultInputs(options.token), ...options.inputs };
  const env: NodeJS.ProcessEnv = {
    PATH: process.env.PATH,
    HOME: process.env.HOME,
    CI: "true",
    GITHUB_ACTIONS: "true",
    GITHUB_EVENT_NAME: options.eventName,
    GITHUB_EVENT_PATH: eventPath,
    GITHUB_WORKSPACE: options.workspace,
    GITHUB_REPOSITORY: "Codertocat/Hello-World",
    GITHUB_REF: options.ref,
    GITHUB_SHA: options.sha,
    GITHUB_API_URL: options.apiUrl,
    GITHUB_SERVER_URL: "https://github.com",
    GITHUB_WORKFLOW: "concurrency",
    GITHUB_RUN_ID: "4242",
    GITHUB_OUTPUT: outputFile,
    GITHUB_STEP_SUMMARY: summaryFile,
    RUNNER_TEMP: runnerDir,
    ...Object.fromEntries(Object.entries(inputs).map(([k, v]) => [`INPUT_${k.replace(/ /g, "_").toUpperCase()}`, v])),
    ...options.env,
  };
  const child = spawn(process.execPath, [main], { cwd: options.workspace, env, stdio: ["ignore", "pipe", "pipe"] });
  let stdout = "";
  let stderr = "";
  child.stdout.setEncoding("utf8").on("data", (d: string) => (stdout += d));
  child.stderr.setEncoding("utf8").on("data", (d: string) => (stderr += d));
  const code = await new Promise<number | null>((resolve) => child.on("close", resolve));
  return { code, stdout, stderr, outputs: parseOutputs(readFileSync(outputFile, "utf8")), summary: readFileSync(summaryFile, "utf8") };
}

/** GITHUB_OUTPUT holds `name<<DELIMITER\nvalue\nDELIMITER` blocks. */
export function parseOutputs(text: string): Record<string, string> {
  const out: Record<string, string> = {};
  const lines = text.split("\n");
  for (let i = 0; i < lines.length; i++) {
    const m = /^([^<=]+)<<(.+)$/.exec(lines[i]!);
    if (!m) continue;
    const value: string[] = [];
    for (i++; i < lines.length && lines[i] !== m[2]; i++) value.push(lines[i]!);
    out[m[1]!] = value.join("\n");
  }
  return out;
}
