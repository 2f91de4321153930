import { FAIL_ON, type FailOn } from "./gate.js";

/**
 * Reads a `fail-on` list (`regression,blocking`, `budget`, `none`), the same for the action's input
 * and the CLI's `--fail-on`. Returns the classes in their canonical order, or an error sentence
 * naming what is expected.
 */
export function parseFailOn(text: string): FailOn[] | { expected: string } {
  const items = text.split(/[\s,]+/).filter((s) => s !== "");
  if (items.length === 1 && items[0] === "none") return [];
  const unknown = items.filter((i) => !(FAIL_ON as readonly string[]).includes(i));
  if (items.length === 0 || unknown.length > 0) return { expected: `a list of ${FAIL_ON.join(", ")} (or none)` };
  return FAIL_ON.filter((f) => items.includes(f));
}
