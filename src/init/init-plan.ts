import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { loadConfig } from "../config/load-config.js";
import type { Config, Runtime } from "../config/types.js";
import { actionRef, schemaRef } from "./action-ref.js";
import { configText, fitSettings, FIRST_GUESS, type StarterSettings } from "./config-text.js";
import { inspectRepo, type RepoFacts } from "./inspect-repo.js";
import { targetScenario, templateScenarios, type StarterScenario } from "./scenario-files.js";
import { readScenarioTarget } from "./scenario-target.js";
import { workflowText } from "./workflow-text.js";
import { InputError } from "../shared/input-error.js";

export const CONFIG_FILE = "concurrency-guard.yml";
export const WORKFLOW_FILE = ".github/workflows/concurrency-guard.yml";
/** The action's time budget in the written workflow: what a 2-core runner's check may take. */
export const TIME_BUDGET = "5m";

export interface InitRequest {
  root: string;
  /** `--scenario` values: `MODULE#EXPORT[:io|cpu]`. */
  targets: string[];
  /** The tool's version: the action's major tag and the schema's. */
  version: string;
  defaultBranch: string;
  /** The package is installed in the repository: the schema line points at its copy. */
  schemaInstalled: boolean;
}

/** A file `init` writes, relative to the repository root (forward slashes). */
export interface InitFile {
  path: string;
  text: string;
}

export interface InitPlan {
  facts: RepoFacts;
  runtimes: Runtime[];
  scenarios: StarterScenario[];
  settings: StarterSettings;
  files: InitFile[];
}

/**
 * Everything `init` will write, decided before anything is written: the repository's runtimes,
 * one I/O and one CPU scenario per runtime (the functions named with `--scenario`, templates for
 * the rest), the config sized for a 5-minute check and checked by the config loader itself, and
 * the workflow.
 */
export function planInit(request: InitRequest): InitPlan {
  const facts = inspectRepo(request.root);
  const targets = request.targets.map((t) => readScenarioTarget(t, request.root));
  const runtimes = (["node", "python"] as const).filter((r) => (r === "node" ? facts.node : facts.python) !== undefined || targets.some((t) => t.runtime === r));
  if (runtimes.length === 0) {
    throw new InputError(`${request.root}: found no package.json, pyproject.toml, requirements.txt or *.py file; init writes Node and Python scenarios (or name one with --scenario MODULE#EXPORT)`);
  }
  const scenarios = runtimes.flatMap((runtime) => {
    const own = targets.filter((t) => t.runtime === runtime).map((t) => targetScenario(t, facts.python?.srcLayout ?? false));
    const templates = templateScenarios(runtime, runtime === "node" ? facts.node?.entry : undefined).filter((s) => !own.some((o) => o.kind === s.kind));
    return [...own, ...templates];
  });
  const schema = schemaRef(request.version, request.schemaInstalled);
  const settings = fitSettings(checkedConfig(configText(schema, FIRST_GUESS, scenarios), scenarios));
  const config = configText(schema, settings, scenarios);
  checkedConfig(config, scenarios);
  const workflow = workflowText(facts, {
    action: actionRef(request.version),
    defaultBranch: request.defaultBranch,
    python: runtimes.includes("python"),
    node: runtimes.includes("node"),
    timeBudget: TIME_BUDGET,
  });
  return {
    facts,
    runtimes: [...runtimes],
    scenarios,
    settings,
    files: [{ path: CONFIG_FILE, text: config }, ...scenarios.map((s) => ({ path: s.file, text: s.text })), { path: WORKFLOW_FILE, text: workflow }],
  };
}

/** The config as the loader reads it, in a scratch folder beside its scenario files: what a run of it would see. */
function checkedConfig(text: string, scenarios: StarterScenario[]): Config {
  const scratch = mkdtempSync(path.join(tmpdir(), "cg-init-"));
  try {
    for (const s of scenarios) {
      mkdirSync(path.dirname(path.join(scratch, s.file)), { recursive: true });
      writeFileSync(path.join(scratch, s.file), s.text);
    }
    writeFileSync(path.join(scratch, CONFIG_FILE), text);
    return loadConfig(CONFIG_FILE, scratch);
  } finally {
    rmSync(scratch, { recursive: true, force: true });
  }
}
