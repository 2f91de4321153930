import { existsSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import type { Kind, Runtime } from "../config/types.js";
import { InputError } from "../shared/input-error.js";

/** A function of the repository a starter scenario calls once per operation: `--scenario src/parse.js#parse`. */
export interface ScenarioTarget {
  runtime: Runtime;
  /** The module, relative to the repository root, with forward slashes. */
  module: string;
  exportName: string;
  kind: Kind;
  /** The scenario's name in the config: the export's, kebab-cased. */
  name: string;
}

const FORM = "MODULE#EXPORT or MODULE#EXPORT:io|cpu (e.g. src/parse.js#parse, app/render.py#render:cpu)";
const NODE_EXT = /\.(?:js|mjs|cjs|ts|mts|cts)$/;

/**
 * Reads one `--scenario` value and checks it against the repository: the module is a file inside
 * it, and the module's source defines the export. The kind is written after a colon, else guessed:
 * an `async` function is I/O, any other CPU (the run measures which it is and says so).
 */
export function readScenarioTarget(value: string, root: string): ScenarioTarget {
  const match = /^([^#]+)#([A-Za-z_$][\w$]*)(?::(io|cpu))?$/.exec(value.trim());
  if (!match) throw new InputError(`--scenario: expected ${FORM}, got ${JSON.stringify(value)}`);
  const [, rawModule, exportName, kind] = match as unknown as [string, string, string, Kind | undefined];
  const module = path.posix.normalize(rawModule.replace(/\\/g, "/").replace(/^\.\//, ""));
  const file = path.resolve(root, module);
  if (module.startsWith("../") || path.isAbsolute(module) || !file.startsWith(path.resolve(root) + path.sep)) {
    throw new InputError(`--scenario ${value}: expected a module inside the repository, got ${JSON.stringify(rawModule)}`);
  }
  const runtime: Runtime | undefined = module.endsWith(".py") ? "python" : NODE_EXT.test(module) ? "node" : undefined;
  if (!runtime) throw new InputError(`--scenario ${value}: expected a .js, .mjs, .cjs, .ts or .py module, got ${JSON.stringify(module)}`);
  if (!existsSync(file) || !statSync(file).isFile()) throw new InputError(`--scenario ${value}: module not found (tried ${module})`);
  const source = readFileSync(file, "utf8");
  const found = runtime === "python" ? pythonDefinition(source, exportName) : nodeDefinition(source, exportName);
  if (!found) {
    throw new InputError(`--scenario ${value}: ${module} does not ${runtime === "python" ? "define" : "export"} ${exportName} (expected ${runtime === "python" ? `def ${exportName}(...) or async def` : `export function ${exportName}, export const ${exportName} or export { ${exportName} }`})`);
  }
  return { runtime, module, exportName, kind: kind ?? (found === "async" ? "io" : "cpu"), name: kebab(exportName) };
}

type Definition = "async" | "sync" | undefined;

function escape(name: string): string {
  return name.replace(/\$/g, "\\$");
}

function nodeDefinition(source: string, name: string): Definition {
  const n = escape(name);
  if (new RegExp(`export\\s+async\\s+function\\s*\\*?\\s*${n}\\b`).test(source)) return "async";
  if (new RegExp(`export\\s+(?:const|let|var)\\s+${n}\\s*=\\s*async\\b`).test(source)) return "async";
  if (new RegExp(`export\\s+(?:function\\s*\\*?|const|let|var|class)\\s*${n}\\b`).test(source)) return "sync";
  if (new RegExp(`export\\s*\\{[^}]*\\b(?:as\\s+)?${n}\\b[^}]*\\}`).test(source)) {
    return new RegExp(`async\\s+function\\s+${n}\\b|\\b${n}\\s*=\\s*async\\b`).test(source) ? "async" : "sync";
  }
  if (new RegExp(`(?:module\\.)?exports\\.${n}\\s*=`).test(source)) return new RegExp(`exports\\.${n}\\s*=\\s*async\\b`).test(source) ? "async" : "sync";
  return undefined;
}

function pythonDefinition(source: string, name: string): Definition {
  if (new RegExp(`^async\\s+def\\s+${name}\\s*\\(`, "m").test(source)) return "async";
  if (new RegExp(`^def\\s+${name}\\s*\\(`, "m").test(source)) return "sync";
  return undefined;
}

/** `parseConfig` -> `parse-config`, `render_page` -> `render-page`: the config's `[a-z0-9-]+` names. */
export function kebab(name: string): string {
  const out = name
    .replace(/([a-z0-9])([A-Z])/g, "$1-$2")
    .replace(/[^A-Za-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "")
    .toLowerCase();
  return out || "scenario";
}
