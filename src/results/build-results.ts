import { readFileSync } from "node:fs";
import path from "node:path";
import type { Config } from "../config/types.js";
import { readEnv } from "./env.js";
import { readGit } from "../git/head.js";
import { analyzeScenarios } from "./summarize.js";
import { summarizeCells } from "./summarize-cells.js";
import { RESULTS_SCHEMA, type CellResult, type ResultsFile, type ScenarioCost, type SequentialRecord, type ShardRecord } from "./types.js";

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
    ...(config.advice === false && { advice: false }),
    root: rel(config.root),
  };
}

export function buildResults(config: Config, cells: CellResult[], options: { seed?: number; now?: Date; python?: string; git?: { sha: string; ref?: string }; pairing?: ResultsFile["pairing"]; costs?: ScenarioCost[]; sequential?: SequentialRecord; shard?: ShardRecord } = {}): ResultsFile {
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
    ...(options.shard && { shard: options.shard }),
  };
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
