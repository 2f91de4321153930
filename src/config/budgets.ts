import type { BudgetSpec } from "./types.js";
import { InputError } from "../shared/input-error.js";

/** A budget's name: the keys of `budgets:` in the config. */
export type BudgetName = keyof BudgetSpec;
export const BUDGET_KEYS: readonly BudgetName[] = ["throughput", "p99", "maxBlock", "regression", "errors", "instructions"];

/** A budget string with the config path it came from, so a parse error can point at it. */
export interface BudgetSource {
  spec: string;
  path: string;
}

export type ResolvedBudgets = Partial<Record<BudgetName, BudgetSource>>;

export type Comparator = ">=" | ">" | "<=" | "<";

export interface ParsedBudget {
  name: BudgetName;
  spec: string;
  op: Comparator;
  /** In the base unit: ops/s for throughput, ms for p99 and maxBlock, a fraction for regression and errors, instructions per op. */
  value: number;
}

const BUDGET_FORMS: Record<BudgetName, string> = {
  throughput: `">= 2000/s" (also "2k/s", "> 150 ops/s")`,
  p99: `"<= 20ms" (units us, ms, s)`,
  maxBlock: `"<= 50ms" (units us, ms, s)`,
  regression: `"10%"`,
  errors: `"<= 0.1%"`,
  instructions: `"<= 3M" (instructions per operation; units k, M, G)`,
};

const COUNT_UNITS: Record<string, number> = { "": 1, k: 1e3, M: 1e6, G: 1e9 };

const TIME_UNITS: Record<string, number> = { us: 0.001, "µs": 0.001, ms: 1, s: 1000 };

/**
 * Parses one budget string. Strict on purpose: a budget that is silently
 * misread (20 read as 20 s instead of 20 ms) gives a gate that never fires.
 */
export function parseBudget(name: BudgetName, source: BudgetSource): ParsedBudget {
  const fail = (): never => {
    throw new InputError(`${source.path}: expected a budget like ${BUDGET_FORMS[name]}, got ${JSON.stringify(source.spec)}`);
  };
  const text = source.spec.trim();
  const m = /^(>=|<=|>|<)?\s*([0-9]+(?:\.[0-9]+)?)\s*(.*)$/.exec(text);
  if (!m) return fail();
  const op = (m[1] ?? (name === "throughput" ? ">=" : "<=")) as Comparator;
  const number = Number(m[2]);
  const unit = (m[3] ?? "").trim();
  switch (name) {
    case "throughput": {
      const u = /^([kM]?)\s*(?:ops?)?\s*\/\s*s$/.exec(unit);
      if (!u) return fail();
      const scale = u[1] === "k" ? 1e3 : u[1] === "M" ? 1e6 : 1;
      return { name, spec: source.spec, op, value: number * scale };
    }
    case "p99":
    case "maxBlock": {
      const scale = TIME_UNITS[unit];
      if (scale === undefined) return fail();
      return { name, spec: source.spec, op, value: number * scale };
    }
    case "regression": {
      if (m[1] !== undefined || unit !== "%" || number <= 0 || number >= 100) return fail();
      return { name, spec: source.spec, op: "<=", value: number / 100 };
    }
    case "errors": {
      if ((m[1] !== undefined && m[1] !== "<=" && m[1] !== "<") || unit !== "%" || number >= 100) return fail();
      return { name, spec: source.spec, op, value: number / 100 };
    }
    case "instructions": {
      const u = /^([kMG]?)\s*(?:instructions?)?\s*(?:\/\s*op)?$/.exec(unit);
      if (!u || op === ">=" || op === ">") return fail();
      return { name, spec: source.spec, op, value: number * COUNT_UNITS[u[1] ?? ""]! };
    }
  }
}

/** Parses every budget that applies to a cell; throws InputError naming the first bad one. */
export function parseCellBudgets(resolved: ResolvedBudgets): ParsedBudget[] {
  const out: ParsedBudget[] = [];
  for (const name of BUDGET_KEYS) {
    const source = resolved[name];
    if (source) out.push(parseBudget(name, source));
  }
  return out;
}
