import { Ajv2020, type ErrorObject, type ValidateFunction } from "ajv/dist/2020.js";
import schema from "../../schema/results.schema.json" with { type: "json" };
import { InputError } from "../shared/input-error.js";
import { assertPlausible } from "./plausible-results.js";
import { RESULTS_SCHEMA, type ResultsFile } from "./types.js";

/**
 * Results files come from outside: a fork's artifact handed to the action's `results` input, a
 * file given to `compare`, a store a pull request may have written. Everything the reports render
 * from them is checked here first, against the published schema and its limits (enums, string
 * lengths, counts), so no later stage meets a field it did not expect.
 */

/** A file over this many bytes is refused before it is parsed. */
export const MAX_RESULTS_BYTES = 64 * 1024 * 1024;
/** Problems named in a refusal: enough to fix a file, short enough to read. */
const PROBLEMS_SHOWN = 5;

let compiled: ValidateFunction | undefined;
/** Compiled on first use, not at import: commands that never read a results file do not pay for it. */
function validator(): ValidateFunction {
  // `strictNumbers` (Ajv's default) refuses Infinity, which JSON.parse makes of `1e999`.
  return (compiled ??= new Ajv2020({ allErrors: true, strict: true, validateFormats: false }).compile(schema));
}

/** One problem: the JSON pointer of the value and what was expected there. */
export interface ResultsProblem {
  pointer: string;
  message: string;
}

/** The problems of a parsed results file, empty when it matches the schema. */
export function resultsProblems(data: unknown): ResultsProblem[] {
  const validate = validator();
  if (validate(data)) return [];
  const seen = new Set<string>();
  const out: ResultsProblem[] = [];
  for (const error of validate.errors ?? []) {
    const problem = { pointer: error.instancePath || "/", message: describe(error) };
    const key = `${problem.pointer} ${problem.message}`;
    if (seen.has(key)) continue;
    seen.add(key);
    out.push(problem);
  }
  return out;
}

/** A checked results file, or an `InputError` naming the file and its first problems (exit 2). */
export function validateResults(data: unknown, label: string): ResultsFile {
  if (typeof data !== "object" || data === null || Array.isArray(data)) throw new InputError(`${label}: (top level): expected a results object, got ${shown(data)}`);
  // A foreign or future file is named as such, not as a list of every field that differs.
  const schemaField = (data as { schema?: unknown }).schema;
  if (schemaField !== RESULTS_SCHEMA) {
    throw new InputError(`${label}: schema: expected "${RESULTS_SCHEMA}" (a concurrency-guard results file), got ${shown(schemaField)}`);
  }
  const problems = resultsProblems(data);
  if (problems.length === 0) {
    // The schema holds the shape; numbers no run can give (a throughput of 1e15/s) are refused too.
    assertPlausible(data as ResultsFile, label);
    return data as ResultsFile;
  }
  const listed = problems.slice(0, PROBLEMS_SHOWN).map((p) => `  ${p.pointer}: ${p.message}`);
  const more = problems.length > PROBLEMS_SHOWN ? [`  ...and ${problems.length - PROBLEMS_SHOWN} more`] : [];
  throw new InputError([`${label}: not a valid results file (schema/results.schema.json):`, ...listed, ...more].join("\n"));
}

/** Parses and checks the text of a results file; the size limit holds for text read from a store too. */
export function parseResults(text: string, label: string): ResultsFile {
  if (Buffer.byteLength(text, "utf8") > MAX_RESULTS_BYTES) throw new InputError(`${label}: ${tooLarge(Buffer.byteLength(text, "utf8"))}`);
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (err) {
    throw new InputError(`${label}: not valid JSON (${(err as Error).message})`);
  }
  return validateResults(data, label);
}

export function tooLarge(bytes: number): string {
  return `${bytes} bytes, over the ${MAX_RESULTS_BYTES} byte (64 MiB) limit of a results file`;
}

function describe(error: ErrorObject): string {
  const p = error.params as Record<string, unknown>;
  switch (error.keyword) {
    case "required":
      return `missing required field "${String(p.missingProperty)}"`;
    case "type":
      return `expected ${String(p.type)}`;
    case "enum":
      return `expected one of ${(p.allowedValues as unknown[]).map((v) => JSON.stringify(v)).join(", ")}`;
    case "const":
      return `expected ${JSON.stringify(p.allowedValue)}`;
    case "maxLength":
      return `expected at most ${String(p.limit)} characters`;
    case "maxItems":
      return `expected at most ${String(p.limit)} items`;
    case "maxProperties":
      return `expected at most ${String(p.limit)} fields`;
    case "minimum":
    case "maximum":
    case "exclusiveMinimum":
    case "exclusiveMaximum":
      return `expected a number ${String(p.comparison)} ${String(p.limit)}`;
    case "pattern":
      return `expected a string matching ${String(p.pattern)}`;
    default:
      return `expected ${error.message ?? error.keyword}`;
  }
}

function shown(value: unknown): string {
  return value === undefined ? "nothing" : (JSON.stringify(value) ?? String(value)).slice(0, 60);
}
