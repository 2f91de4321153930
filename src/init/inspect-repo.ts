import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import { InputError } from "../shared/input-error.js";

/** What `init` needs to know of a Node package: where its code is entered, and how it is built and installed. */
export interface NodeFacts {
  name?: string;
  /** The package's entry (main / exports "."), relative to the root, when it names a file. */
  entry?: string;
  /** The entry exists now (a TypeScript package's entry may exist only after its build). */
  entryExists: boolean;
  typescript: boolean;
  /** `npm run build` is defined: the workflow runs it before measuring. */
  build: boolean;
  /** A lockfile the workflow can install from (`npm ci`); without one, `npm install`. */
  lockfile: boolean;
}

export interface PythonFacts {
  /** `pip install` arguments the workflow runs, from the files found. */
  install: string[];
  /** Packages are under `src/` (the scenarios put it on `sys.path`). */
  srcLayout: boolean;
}

export interface RepoFacts {
  root: string;
  node?: NodeFacts;
  python?: PythonFacts;
}

const SKIP = new Set(["node_modules", ".git", ".venv", "venv", "env", "dist", "build", "__pycache__", ".tox", ".mypy_cache"]);

/** Looks at a repository's manifests (and, for Python without one, at its `*.py` files) to tell which runtimes it uses. */
export function inspectRepo(root: string): RepoFacts {
  const facts: RepoFacts = { root };
  const pkgFile = path.join(root, "package.json");
  if (existsSync(pkgFile)) facts.node = nodeFacts(root, readPackage(pkgFile));
  const python = pythonFacts(root);
  if (python) facts.python = python;
  return facts;
}

interface PackageJson {
  name?: unknown;
  main?: unknown;
  exports?: unknown;
  scripts?: Record<string, unknown>;
}

function readPackage(file: string): PackageJson {
  let data: unknown;
  try {
    data = JSON.parse(readFileSync(file, "utf8"));
  } catch (error) {
    throw new InputError(`package.json: not valid JSON (${(error as Error).message})`);
  }
  if (typeof data !== "object" || data === null || Array.isArray(data)) throw new InputError("package.json: expected an object");
  return data as PackageJson;
}

function nodeFacts(root: string, pkg: PackageJson): NodeFacts {
  const entry = entryOf(pkg) ?? ["index.js", "index.mjs", "src/index.js", "src/index.mjs", "src/index.ts"].find((f) => existsSync(path.join(root, f)));
  const clean = entry === undefined ? undefined : path.posix.normalize(entry.replace(/^\.\//, ""));
  const safe = clean !== undefined && !clean.startsWith("../") && !path.isAbsolute(clean) ? clean : undefined;
  return {
    ...(typeof pkg.name === "string" && { name: pkg.name }),
    ...(safe !== undefined && { entry: safe }),
    entryExists: safe !== undefined && isFile(path.join(root, safe)),
    typescript: existsSync(path.join(root, "tsconfig.json")),
    build: typeof pkg.scripts?.build === "string",
    lockfile: existsSync(path.join(root, "package-lock.json")) || existsSync(path.join(root, "npm-shrinkwrap.json")),
  };
}

/** `exports` (its "." entry, through import / node / default conditions), else `main`. */
export function entryOf(pkg: { main?: unknown; exports?: unknown }): string | undefined {
  const fromExports = conditionTarget(pkg.exports, 0);
  if (fromExports !== undefined) return fromExports;
  return typeof pkg.main === "string" && pkg.main !== "" ? pkg.main : undefined;
}

function conditionTarget(value: unknown, depth: number): string | undefined {
  if (depth > 8) return undefined;
  if (typeof value === "string") return value;
  if (Array.isArray(value)) return value.map((v) => conditionTarget(v, depth + 1)).find((v) => v !== undefined);
  if (typeof value !== "object" || value === null) return undefined;
  const map = value as Record<string, unknown>;
  if ("." in map) return conditionTarget(map["."], depth + 1);
  if (Object.keys(map).some((k) => k.startsWith("."))) return undefined;
  for (const condition of ["import", "node", "default", "require"]) {
    if (condition in map) {
      const target = conditionTarget(map[condition], depth + 1);
      if (target !== undefined) return target;
    }
  }
  return undefined;
}

function pythonFacts(root: string): PythonFacts | undefined {
  const has = (f: string) => existsSync(path.join(root, f));
  const install: string[] = [];
  if (has("requirements.txt")) install.push("-r requirements.txt");
  if (has("pyproject.toml") || has("setup.py")) install.push("-e .");
  if (install.length === 0 && !hasPython(root, 0)) return undefined;
  return { install, srcLayout: existsSync(path.join(root, "src")) && hasPython(path.join(root, "src"), 1) };
}

/** Any `*.py` in the top three levels, skipping dependencies and virtual environments. */
function hasPython(dir: string, depth: number): boolean {
  if (depth > 2) return false;
  let names: string[];
  try {
    names = readdirSync(dir);
  } catch {
    return false;
  }
  if (names.some((n) => n.endsWith(".py") && isFile(path.join(dir, n)))) return true;
  return names.some((n) => !SKIP.has(n) && !n.startsWith(".") && isDir(path.join(dir, n)) && hasPython(path.join(dir, n), depth + 1));
}

function isFile(p: string): boolean {
  try {
    return statSync(p).isFile();
  } catch {
    return false;
  }
}

function isDir(p: string): boolean {
  try {
    return statSync(p).isDirectory();
  } catch {
    return false;
  }
}
