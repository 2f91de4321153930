import { readFileSync } from "node:fs";
import path from "node:path";
import type { Config } from "../config/types.js";
import { summarizeBlocking } from "./blocking.js";
import { readEnv } from "./env.js";
import { markErrorLevels, summarizeErrors } from "./errors.js";
import { readGit } from "../git/head.js";
import { analyzeScenarios, summarizeCell } from "./summarize.js";
import { RESULTS_SCHEMA, type CellResult, type ResultsFile, type ScenarioCost, type SequentialRecord } from "./types.js";

export const TOOL_NAME = "concurrency-guard";

/** The config as recorded in results: paths relative to the config root, so results move between machines. */
export function serializableConfig(config: Config, seed?: number) {
  const rel = (p: string) => path.relative(config.root, p) || ".";
  return {
    file: path.basename(config.file),
    defaults: config.defaults,
    compare: config.compare,
    scenarios: config.scenarios.map(({ path: _abs, ...s }) => s),
    ...(seed !== undefined && { seed }),
    root: rel(config.root),
  };
}

export function buildResults(config: Config, cells: CellResult[], options: { seed?: number; now?: Date; python?: string; git?: { sha: string; ref?: string }; pairing?: ResultsFile["pairing"]; costs?: ScenarioCost[]; sequential?: SequentialRecord } = {}): ResultsFile {
  summarizeCells(cells);
  const git = options.git ?? readGit(config.root);
  const python = pythonVersion(cells, options.python);
  return {
    schema: RESULTS_SCHEMA,
    tool: { name: TOOL_NAME, version: toolVersion() },
    createdAt: (options.now ?? new Date()).toISOString(),
    env: readEnv({ ...(python && { python }) }),
    ...(git && { git }),
    ...(options.pairing && { pairing: options.pairing }),
    config: serializableConfig(config, options.seed),
    cells,
    scenarios: analyzeScenarios(cells),
    ...(options.costs && options.costs.length > 0 && { costs: options.costs }),
    ...(options.sequential && { sequential: options.sequential }),
  };
}

/** Fills each cell's summary, blocking sites and error kinds from its trials (again, after trials were added or dropped). */
export function summarizeCells(cells: CellResult[], fresh = false): void {
  for (const cell of cells) {
    if (fresh) {
      delete cell.summary;
      delete cell.blocking;
      delete cell.errors;
    }
    const summary = cell.summary ?? summarizeCell(cell);
    if (summary) cell.summary = summary;
    const blocking = summarizeBlocking(cell);
    if (blocking.length > 0) cell.blocking = blocking;
    const errors = summarizeErrors(cell);
    if (errors.length > 0) cell.errors = errors;
  }
  markErrorLevels(cells);
}

/** The Python that ran the Python scenarios, as its trials reported it. */
function pythonVersion(cells: CellResult[], given?: string): string | undefined {
  if (given) return given;
  for (const cell of cells) {
    for (const trial of cell.trials) {
      const v = trial.runtimeInfo?.python;
      if (typeof v === "string") return `${v}${trial.runtimeInfo?.gil === false ? " (free-threaded, GIL off)" : ""}`;
    }
  }
  return undefined;
}

let version: string | undefined;
/** The package version, from the package.json next to the bundle (dist/) or the sources (src/results/). */
export function toolVersion(): string {
  for (const candidate of ["../package.json", "../../package.json"]) {
    if (version) break;
    try {
      version = (JSON.parse(readFileSync(new URL(candidate, import.meta.url), "utf8")) as { version?: string }).version;
    } catch {
      // try the next place
    }
  }
  return (version ??= "0.0.0");
}
