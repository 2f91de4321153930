import path from "node:path";
import { fileURLToPath } from "node:url";
import type { CallgrindProfile } from "./callgrind-output.js";
import { classifyJitEntry, type JitMap } from "./jit-map.js";
import { originalPosition } from "./source-position.js";
import type { ProfiledFunction } from "./types.js";

/** Own instructions per place, keyed as `ProfiledFunction`s are matched across runs. */
export type FunctionCounts = Map<string, { fn: Omit<ProfiledFunction, "perOp">; count: number }>;

/** The key a function is matched by between two runs: where it is and its name, not its line (code above it may move). */
export function functionKey(f: Omit<ProfiledFunction, "perOp">): string {
  const anonymous = f.kind === "repo" && (f.name === "" || f.name === "(anonymous)");
  return `${f.kind}:${f.file ?? ""}:${f.name}${anonymous ? `:${f.line}` : ""}`;
}

/**
 * Names a Node profile's instructions: JIT code through V8's map (a repository function by its
 * file, line and name, source-mapped; JS elsewhere by its module: `node:internal/fs/utils`, a
 * package under node_modules by its name), V8's builtins and interpreter, and native code by its
 * object file and symbol (a C++ method by its class: `node v8::internal::JsonStringifier`).
 */
export function nodeFunctionCounts(profile: CallgrindProfile, map: JitMap, root: string): FunctionCounts {
  const out: FunctionCounts = new Map();
  const add = (fn: Omit<ProfiledFunction, "perOp">, count: number) => {
    const key = functionKey(fn);
    const entry = out.get(key);
    if (entry) entry.count += count;
    else out.set(key, { fn, count });
  };
  const places = new Map<string, Omit<ProfiledFunction, "perOp">>();
  for (const [address, count] of profile.anonymous) {
    const entry = map.find(address);
    const name = entry?.name ?? "";
    let place = places.get(name);
    if (!place) {
      place = entry ? jitPlace(name, root) : { kind: "runtime", name: "V8 generated code (unmapped)" };
      places.set(name, place);
    }
    add(place, count);
  }
  for (const [key, count] of profile.named) {
    const [object, symbol] = key.split("\t") as [string, string];
    add(nativePlace(object, symbol), count);
  }
  return out;
}

function jitPlace(entryName: string, root: string): Omit<ProfiledFunction, "perOp"> {
  const kind = classifyJitEntry(entryName);
  if (kind.kind === "interpreter") return { kind: "runtime", name: "V8 interpreter" };
  if (kind.kind === "builtin") return { kind: "runtime", name: `V8 builtin ${kind.name}` };
  if (kind.kind === "other") return { kind: "runtime", name: `V8 ${kind.name}` };
  const { url, line, column } = kind.fn;
  if (!url.startsWith("file:") && !path.isAbsolute(url)) return { kind: "module", name: url || "(no module)" };
  let absolute = url.startsWith("file:") ? safeFilePath(url) : url;
  if (!absolute) return { kind: "module", name: url };
  let at = line;
  const original = originalPosition(absolute, line, column);
  if (original) ({ absolute, line: at } = original);
  const rel = path.relative(root, absolute);
  const parts = rel.split(path.sep);
  if (rel.startsWith("..") || path.isAbsolute(rel)) return { kind: "module", name: packageOf(absolute.split(path.sep)) ?? absolute };
  const inModules = parts.indexOf("node_modules");
  if (inModules >= 0) return { kind: "module", name: packageOf(parts) ?? rel };
  return { kind: "repo", name: kind.fn.name || "(anonymous)", file: parts.join("/"), line: at };
}

/** `marked`, `@scope/pkg`: the package a path under node_modules belongs to. */
function packageOf(parts: string[]): string | undefined {
  const i = parts.lastIndexOf("node_modules");
  if (i < 0 || !parts[i + 1]) return undefined;
  return parts[i + 1]!.startsWith("@") && parts[i + 2] ? `${parts[i + 1]}/${parts[i + 2]}` : parts[i + 1];
}

function safeFilePath(url: string): string | undefined {
  try {
    return fileURLToPath(url);
  } catch {
    return undefined;
  }
}

/**
 * Native code by object file and symbol, a C++ method by its class (the methods of one class
 * change together), V8's builtins and bytecode handlers in the binary as in generated code.
 */
function nativePlace(object: string, symbol: string): Omit<ProfiledFunction, "perOp"> {
  const file = object.split("/").pop() || object;
  const builtin = /^Builtins_(\w+)$/.exec(symbol);
  if (builtin) return { kind: "runtime", name: builtin[1]!.endsWith("Handler") ? "V8 interpreter" : `V8 builtin ${builtin[1]}` };
  return { kind: "runtime", name: `${file} ${collapseSymbol(symbol)}`.slice(0, 200) };
}

/** `v8::internal::JsonStringifier::Serialize_<false>(v8::internal::Handle<...>)` -> `v8::internal::JsonStringifier`. */
export function collapseSymbol(symbol: string): string {
  let s = "";
  let depth = 0;
  for (const ch of symbol) {
    if (ch === "<" || ch === "(") depth++;
    else if (ch === ">" || ch === ")") depth = Math.max(0, depth - 1);
    else if (depth === 0) s += ch;
  }
  s = s.replace(/^.*\s(?=\S*::)/, "").replace(/@.*$/, "").trim();
  const parts = s.split("::");
  return parts.length >= 3 ? parts.slice(0, -1).join("::") : s || symbol.slice(0, 80);
}
