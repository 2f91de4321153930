import { existsSync } from "node:fs";
import { mkdir, mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { createInterface } from "node:readline/promises";
import type { Command } from "commander";
import { loadConfig } from "../config/load-config.js";
import { defaultBranch, repoRoot } from "../git/repo-facts.js";
import { CONFIG_FILE, planInit, type InitPlan } from "../init/init-plan.js";
import { measureRun } from "../pipeline/run.js";
import { renderResultsTable } from "../report/cli-table.js";
import { nothingMeasured } from "../results/nothing-measured.js";
import { toolVersion } from "../results/build-results.js";
import { InputError } from "../shared/input-error.js";
import { guarded, processIo, type CommandIo } from "./command-io.js";

export interface InitOptions {
  scenario: string[];
  yes?: boolean;
  force?: boolean;
  dryRun?: boolean;
  run: boolean;
}

/** The first run after `init`: enough to see every cell work, not a measurement to judge by. */
export const FIRST_RUN = { trials: 2, durationMs: 200 };

export function registerInit(program: Command): void {
  program
    .command("init")
    .description("look at this repository and write concurrency-guard.yml, starter scenarios in bench/ and a GitHub workflow, then run them once")
    .option("--scenario <module#export>", "a function of the repository a starter scenario calls, e.g. src/parse.js#parse or app/render.py#render:cpu (repeatable)", (v: string, all: string[]) => [...all, v], [])
    .option("-y, --yes", "write without asking (the default when not on a terminal, and in CI)")
    .option("--force", "replace files that exist")
    .option("--dry-run", "print what would be written, and write nothing")
    .option("--no-run", "do not run the new config once afterwards")
    .action(async (opts: InitOptions) => {
      await guarded(processIo(), () => initCommand(opts, processIo()));
    });
}

/** Exit 0 written (and the first run measured something), 1 the first run measured nothing, 2 bad input or a file in the way. */
export async function initCommand(opts: InitOptions, io: CommandIo, ask: (question: string) => Promise<boolean> = askOnTerminal): Promise<number> {
  const root = await repoRoot(io.cwd);
  const plan = planInit({
    root,
    targets: opts.scenario,
    version: toolVersion(),
    defaultBranch: await defaultBranch(root),
    schemaInstalled: existsSync(path.join(root, "node_modules/concurrency-guard/schema/concurrency-guard.schema.json")),
  });
  const taken = plan.files.filter((f) => existsSync(path.join(root, f.path))).map((f) => f.path);
  if (taken.length > 0 && !opts.force) {
    throw new InputError(`${taken.join(", ")}: already exist${taken.length === 1 ? "s" : ""}; init never overwrites a file (pass --force to replace ${taken.length === 1 ? "it" : "them"}); nothing written`);
  }
  io.stderr(`concurrency-guard: ${summary(plan)}\n`);
  if (opts.dryRun) {
    for (const f of plan.files) io.stdout(`--- ${f.path}${taken.includes(f.path) ? " (replaces the existing file)" : ""}\n${f.text}${f.text.endsWith("\n") ? "" : "\n"}`);
    io.stdout("nothing written (--dry-run)\n");
    return 0;
  }
  const interactive = !opts.yes && io.env.CI === undefined && process.stdin.isTTY === true;
  if (interactive && !(await ask(`write ${plan.files.map((f) => f.path).join(", ")}${taken.length > 0 ? ` (replacing ${taken.join(", ")})` : ""}? [Y/n] `))) {
    io.stdout("nothing written\n");
    return 0;
  }
  for (const f of plan.files) {
    const file = path.join(root, f.path);
    await mkdir(path.dirname(file), { recursive: true });
    await writeFile(file, f.text);
    io.stdout(`wrote ${f.path}\n`);
  }
  const measured = opts.run ? await firstRun(root, io) : true;
  const templates = plan.scenarios.filter((s) => s.template).map((s) => s.file);
  if (templates.length > 0) io.stdout(`\nnext: replace the templates' run() with calls into your code (${templates.join(", ")}), or name functions with --scenario MODULE#EXPORT\n`);
  io.stdout(`commit these files; the workflow measures every pull request against its base and stores baselines from pushes and a nightly run\n`);
  return measured ? 0 : 1;
}

function summary(plan: InitPlan): string {
  const node = plan.facts.node;
  const nodeWords = [node?.typescript ? "TypeScript" : "", node?.entry ? `${node.entry}${node.entryExists ? "" : ", not built yet"}` : ""].filter(Boolean).join(", ");
  const runtimes = plan.runtimes.map((r) => (r === "node" ? `Node${nodeWords ? ` (${nodeWords})` : ""}` : "Python")).join(" and ");
  const s = plan.settings;
  return `found ${runtimes}; ${plan.scenarios.length} scenarios, ${s.trials} trials of ${s.durationMs}ms per cell at concurrency ${s.concurrency.join(", ")}`;
}

/** Runs the new config once, briefly, and prints its table: the user sees it work before committing. */
async function firstRun(root: string, io: CommandIo): Promise<boolean> {
  const config = loadConfig(CONFIG_FILE, root);
  const scratch = await mkdtemp(path.join(tmpdir(), "cg-init-run-"));
  try {
    io.stderr(`concurrency-guard: a first run, ${FIRST_RUN.trials} trials of ${FIRST_RUN.durationMs}ms per cell (to see it work, not to judge by)\n`);
    const run = await measureRun({ config, out: path.join(scratch, "results.json"), alpha: config.compare.alpha, ...FIRST_RUN, cost: "off" });
    io.stdout(`\n${renderResultsTable(run.results)}`);
    const empty = nothingMeasured(run.results);
    if (empty) io.stderr(`concurrency-guard: ${empty}\n`);
    return !empty;
  } finally {
    await rm(scratch, { recursive: true, force: true });
  }
}

async function askOnTerminal(question: string): Promise<boolean> {
  const rl = createInterface({ input: process.stdin, output: process.stderr });
  try {
    return !/^n/i.test((await rl.question(question)).trim());
  } finally {
    rl.close();
  }
}
