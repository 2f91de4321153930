import { readFile } from "node:fs/promises";
import { RESULTS_SCHEMA, type ResultsFile } from "../results/types.js";
import { InputError } from "../shared/input-error.js";
import { assertPlausible } from "./plausible-results.js";

/**
 * Reads and checks a results file. Stores and the compare command judge a
 * pull request by what they read here, so a truncated or foreign file must
 * stop the command with a message naming the file, not surface later as NaN.
 */
export async function readResultsFile(path: string, label = path): Promise<ResultsFile> {
  let text: string;
  try {
    text = await readFile(path, "utf8");
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    throw new InputError(code === "ENOENT" ? `${label}: file not found` : `${label}: cannot read: ${(err as Error).message}`);
  }
  return parseResults(text, label);
}

export function parseResults(text: string, label: string): ResultsFile {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (err) {
    throw new InputError(`${label}: not valid JSON (${(err as Error).message})`);
  }
  return checkResults(data, label);
}

export function checkResults(data: unknown, label: string): ResultsFile {
  const fail = (path: string, expected: string, got: unknown): never => {
    const shown = got === undefined ? "nothing" : JSON.stringify(got)?.slice(0, 60);
    throw new InputError(`${label}: ${path}: expected ${expected}, got ${shown}`);
  };
  if (!isObject(data)) return fail("(top level)", "a results object", data);
  if (data.schema !== RESULTS_SCHEMA) {
    return fail("schema", `"${RESULTS_SCHEMA}" (a concurrency-guard results file)`, data.schema);
  }
  const env = data.env;
  if (!isObject(env)) return fail("env", "an object", env);
  if (typeof env.fingerprint !== "string") fail("env.fingerprint", "a string", env.fingerprint);
  if (typeof env.cpuModel !== "string") fail("env.cpuModel", "a string", env.cpuModel);
  if (typeof env.cpus !== "number") fail("env.cpus", "a number", env.cpus);
  if (typeof data.createdAt !== "string") fail("createdAt", "a date string", data.createdAt);
  if (data.git !== undefined && (!isObject(data.git) || typeof data.git.sha !== "string")) {
    fail("git.sha", "a commit sha", isObject(data.git) ? data.git.sha : data.git);
  }
  if (!Array.isArray(data.cells)) return fail("cells", "an array", data.cells);
  data.cells.forEach((cell: unknown, i: number) => {
    const at = `cells[${i}]`;
    if (!isObject(cell)) return fail(at, "an object", cell);
    for (const key of ["id", "scenario", "model"] as const) {
      if (typeof cell[key] !== "string") fail(`${at}.${key}`, "a string", cell[key]);
    }
    if (typeof cell.concurrency !== "number") fail(`${at}.concurrency`, "a number", cell.concurrency);
    if (!Array.isArray(cell.trials)) return fail(`${at}.trials`, "an array", cell.trials);
    cell.trials.forEach((t: unknown, j: number) => {
      const tat = `${at}.trials[${j}]`;
      if (!isObject(t)) return fail(tat, "an object", t);
      if (typeof t.status !== "string") fail(`${tat}.status`, "a status string", t.status);
      if (t.status === "ok" && typeof t.throughput !== "number") fail(`${tat}.throughput`, "a number", t.throughput);
    });
  });
  const results = data as unknown as ResultsFile;
  assertPlausible(results, label);
  return results;
}

function isObject(v: unknown): v is Record<string, unknown> {
  return typeof v === "object" && v !== null && !Array.isArray(v);
}
