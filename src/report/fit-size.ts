/**
 * One part of a report, with ever shorter ways to say it. The first variant is the full text;
 * the last is what is left when space runs out (often a one-line "omitted" note, or "").
 * A section with a single variant is never shortened: that is how the headline is protected.
 */
export interface Section {
  variants: string[];
  /** Lower numbers give way first. */
  priority: number;
}

/** GitHub rejects issue comments longer than this (characters). */
export const COMMENT_LIMIT = 65_536;
/** GitHub's limit for one step's job summary (bytes). */
export const SUMMARY_LIMIT = 1024 * 1024;

export interface FitOptions {
  limit: number;
  /** Size of a text in the unit of the limit: UTF-16 length for comments (never under the count GitHub makes), bytes for summaries. */
  measure?: (text: string) => number;
}

/**
 * Joins sections, shortening the least important ones step by step until the whole fits. Detail
 * goes first; the headline never does. If even the shortest forms do not fit (a pathological
 * report), the tail is cut at a line boundary with a note, still after the protected sections.
 *
 * Linear in the size of the report: each variant is measured once and the document is joined once
 * (`measure` must add up over concatenation, as characters and bytes do). The order of the steps
 * is fixed: the lowest priority first; within one priority, every section loses one step before
 * any loses a second, the last sections first.
 */
export function fitSections(sections: Section[], options: FitOptions): { text: string; trimmed: boolean } {
  const measure = options.measure ?? ((t: string) => t.length);
  const sizes = sections.map((s) => s.variants.map((v) => measure(v)));
  const separator = measure("\n\n");
  const chosen = sections.map(() => 0);
  let parts = 0;
  let total = measure("\n");
  const add = (i: number, sign: 1 | -1) => {
    if (sections[i]!.variants[chosen[i]!] === "") return;
    total += sign * sizes[i]![chosen[i]!]!;
    parts += sign;
  };
  sections.forEach((_, i) => add(i, 1));
  const size = () => total + separator * Math.max(0, parts - 1);
  let trimmed = false;
  for (const i of trimOrder(sections)) {
    if (size() <= options.limit) break;
    add(i, -1);
    chosen[i]!++;
    add(i, 1);
    trimmed = true;
  }
  const text = joined(sections, chosen);
  if (measure(text) <= options.limit) return { text, trimmed };
  return { text: cutTail(text, options.limit, measure), trimmed: true };
}

/** Which section gives up a step at each step, in the order `fitSections` documents. */
function trimOrder(sections: Section[]): number[] {
  const priorities = [...new Set(sections.map((s) => s.priority))].sort((a, b) => a - b);
  const byPriority = new Map<number, number[]>(priorities.map((p) => [p, []]));
  // Last index first within a priority.
  for (let i = sections.length - 1; i >= 0; i--) byPriority.get(sections[i]!.priority)!.push(i);
  const order: number[] = [];
  for (const p of priorities) {
    const members = byPriority.get(p)!;
    const rounds = Math.max(0, ...members.map((i) => sections[i]!.variants.length - 1));
    for (let round = 0; round < rounds; round++) for (const i of members) if (round < sections[i]!.variants.length - 1) order.push(i);
  }
  return order;
}

function joined(sections: Section[], chosen: number[]): string {
  return (
    sections
      .map((s, i) => s.variants[chosen[i]!] ?? "")
      .filter((t) => t !== "")
      .join("\n\n") + "\n"
  );
}

/** The longest run of whole lines that fits with the note, measured line by line once. */
function cutTail(text: string, limit: number, measure: (t: string) => number): string {
  const note = "\n\n_(report cut to fit GitHub's size limit; the full numbers are in the results file)_\n";
  const lines = text.split("\n");
  const newline = measure("\n");
  let size = measure(note) + measure(lines[0]!);
  let keep = 1;
  while (keep < lines.length && size + newline + measure(lines[keep]!) <= limit) size += newline + measure(lines[keep++]!);
  return lines.slice(0, keep).join("\n") + note;
}

/** UTF-8 size, for limits GitHub states in bytes. */
export function byteLength(text: string): number {
  return Buffer.byteLength(text, "utf8");
}
