import path from "node:path";
import { pathToFileURL } from "node:url";
import type { ScenarioInfo } from "../trial-spec.js";

export interface ScenarioModule {
  setup?: (info: ScenarioInfo) => unknown;
  run: (state: unknown) => unknown;
  teardown?: (state: unknown) => unknown;
}

const TS_EXTENSIONS = [".ts", ".mts", ".cts"];

/** Whether this Node strips TypeScript types by default (22.18+ and 23.6+). */
export function nodeStripsTypes(version = process.versions.node): boolean {
  const [major = 0, minor = 0] = version.split(".").map(Number);
  return major >= 24 || (major === 23 && minor >= 6) || (major === 22 && minor >= 18);
}

/** Imports a scenario module and checks its shape, with messages that say how to fix it. */
export async function loadScenarioModule(file: string): Promise<ScenarioModule> {
  if (TS_EXTENSIONS.includes(path.extname(file)) && !nodeStripsTypes()) {
    throw new Error(
      `${path.basename(file)}: TypeScript scenarios need a Node that strips types (22.18+ or 24); this is Node ${process.versions.node}. ` +
        "Use Node 24 (actions/setup-node with node-version: 24), or compile the scenario to .mjs.",
    );
  }
  const mod = (await import(pathToFileURL(file).href)) as Record<string, unknown>;
  const exports = (typeof mod.run === "function" ? mod : (mod.default as Record<string, unknown> | undefined)) ?? mod;
  if (typeof exports.run !== "function") {
    throw new Error(`${path.basename(file)}: expected an exported function run(state), found exports: ${Object.keys(mod).join(", ") || "none"}`);
  }
  for (const name of ["setup", "teardown"] as const) {
    if (exports[name] !== undefined && typeof exports[name] !== "function") {
      throw new Error(`${path.basename(file)}: expected ${name} to be a function, got ${typeof exports[name]}`);
    }
  }
  return exports as unknown as ScenarioModule;
}
