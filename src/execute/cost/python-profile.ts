import type { FunctionCounts } from "./profile-functions.js";
import { functionKey } from "./profile-functions.js";
import type { ProfiledFunction } from "./types.js";

/** More rows than a profile of one operation has: a harness that writes more is not trusted. */
const MAX_ROWS = 20_000;

/**
 * Reads the Python harness's profile (`{"functions": [{"kind", "name", "file"?, "line"?, "count"}]}`:
 * bytecode instructions executed per function, repository functions by file and line, the rest by
 * module). The file is written by a process running the code under test: every row is checked.
 */
export function readPythonProfile(text: string, what: string): FunctionCounts | { reason: string } {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    return { reason: `${what}: the profile is not JSON` };
  }
  const rows = (data as { functions?: unknown } | null)?.functions;
  if (!Array.isArray(rows) || rows.length > MAX_ROWS) return { reason: `${what}: the profile has no list of at most ${MAX_ROWS} functions` };
  const out: FunctionCounts = new Map();
  for (const row of rows as Record<string, unknown>[]) {
    const kind = row?.kind;
    const { name, file, line, count } = row ?? {};
    const ok =
      (kind === "repo" || kind === "module") &&
      typeof name === "string" &&
      name.length <= 300 &&
      Number.isSafeInteger(count) &&
      (count as number) >= 0 &&
      (kind === "module" || (typeof file === "string" && file.length <= 500 && Number.isSafeInteger(line) && (line as number) >= 1));
    if (!ok) return { reason: `${what}: a profile row is not {kind, name, file, line, count}: ${JSON.stringify(row).slice(0, 120)}` };
    const fn: Omit<ProfiledFunction, "perOp"> = kind === "repo" ? { kind, name: name as string, file: file as string, line: line as number } : { kind: "module", name: name as string };
    const key = functionKey(fn);
    const entry = out.get(key);
    if (entry) entry.count += count as number;
    else out.set(key, { fn, count: count as number });
  }
  return out;
}
