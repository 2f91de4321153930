import { Ajv2020, type ErrorObject, type ValidateFunction } from "ajv/dist/2020.js";
import schema from "../../schema/concurrency-guard.schema.json" with { type: "json" };

/** One validation problem: where it is (`scenarios[1].concurrency[0]`) and what was expected. */
export interface Problem {
  path: string;
  /** JSON pointer segments, to find the YAML line. */
  segments: (string | number)[];
  message: string;
}

let compiled: ValidateFunction | undefined;
/** Compiled on first use, not at import: the CLI's other commands never pay for it. */
function schemaValidator(): ValidateFunction {
  if (compiled) return compiled;
  const ajv = new Ajv2020({ allErrors: true, verbose: true, strict: true, allowUnionTypes: true });
  ajv.addKeyword({ keyword: "x-expected", schemaType: "string" });
  return (compiled = ajv.compile(schema));
}

/** Validates a parsed config against the published schema and turns Ajv errors into messages people read. */
export function validateConfig(data: unknown): Problem[] {
  const validateSchema = schemaValidator();
  if (validateSchema(data)) return [];
  const errors = validateSchema.errors ?? [];
  const byPath = new Map<string, Problem>();
  for (const error of rankErrors(errors)) {
    const segments = pointerSegments(error.instancePath);
    const extra = extraSegment(error);
    if (extra !== undefined) segments.push(extra);
    const path = formatPath(segments);
    if (byPath.has(path)) continue;
    byPath.set(path, { path, segments, message: describe(error) });
  }
  return [...byPath.values()];
}

/** Most helpful first: a missing or unknown key, then an error that carries a human expectation. */
function rankErrors(errors: ErrorObject[]): ErrorObject[] {
  const score = (e: ErrorObject) =>
    e.keyword === "required" || e.keyword === "unevaluatedProperties" || e.keyword === "additionalProperties" ? 0
      : expectation(e) ? 1
        : e.keyword === "oneOf" || e.keyword === "anyOf" ? 3 : 2;
  return [...errors].sort((a, b) => score(a) - score(b));
}

function expectation(error: ErrorObject): string | undefined {
  const parent = error.parentSchema as Record<string, unknown> | undefined;
  const expected = parent?.["x-expected"];
  return typeof expected === "string" ? expected : undefined;
}

function extraSegment(error: ErrorObject): string | undefined {
  const params = error.params as Record<string, unknown>;
  if (error.keyword === "unevaluatedProperties") return String(params.unevaluatedProperty);
  if (error.keyword === "additionalProperties") return String(params.additionalProperty);
  return undefined;
}

function describe(error: ErrorObject): string {
  const params = error.params as Record<string, unknown>;
  switch (error.keyword) {
    case "required":
      return `missing required field "${String(params.missingProperty)}"`;
    case "unevaluatedProperties":
    case "additionalProperties": {
      const allowed = Object.keys(((error.parentSchema as { properties?: object }).properties) ?? {});
      return `unknown key${allowed.length ? `; expected one of ${allowed.join(", ")}` : ""}`;
    }
  }
  const got = `got ${JSON.stringify(error.data)}`;
  const expected = expectation(error);
  if (expected) return `expected ${expected}, ${got}`;
  switch (error.keyword) {
    case "type":
      return `expected ${article(String(params.type))}, ${got}`;
    case "enum":
      return `expected one of ${(params.allowedValues as unknown[]).map((v) => JSON.stringify(v)).join(", ")}, ${got}`;
    case "const":
      return `expected ${JSON.stringify(params.allowedValue)}, ${got}`;
    case "minimum":
    case "exclusiveMinimum":
    case "maximum":
      return `expected a number ${String(params.comparison)} ${String(params.limit)}, ${got}`;
    case "minItems":
      return `expected at least ${String(params.limit)} item(s)`;
    case "uniqueItems":
      return `expected no repeated items (items ${String(params.j)} and ${String(params.i)} are the same)`;
    default:
      return `${error.message ?? "invalid"}, ${got}`;
  }
}

function article(type: string): string {
  return /^[aeiou]/.test(type) ? `an ${type}` : `a ${type}`;
}

function pointerSegments(pointer: string): (string | number)[] {
  if (!pointer) return [];
  return pointer
    .slice(1)
    .split("/")
    .map((raw) => raw.replace(/~1/g, "/").replace(/~0/g, "~"))
    .map((s) => (/^\d+$/.test(s) ? Number(s) : s));
}

/** `scenarios[1].concurrency[0]`, the way a person points into a YAML file. */
export function formatPath(segments: (string | number)[]): string {
  let out = "";
  for (const s of segments) out += typeof s === "number" ? `[${s}]` : out ? `.${s}` : s;
  return out || "(top level)";
}
