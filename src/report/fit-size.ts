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
 */
export function fitSections(sections: Section[], options: FitOptions): { text: string; trimmed: boolean } {
  const measure = options.measure ?? ((t: string) => t.length);
  const chosen = sections.map(() => 0);
  const render = () =>
    sections
      .map((s, i) => s.variants[chosen[i]!] ?? "")
      .filter((t) => t !== "")
      .join("\n\n") + "\n";
  let text = render();
  let trimmed = false;
  while (measure(text) > options.limit) {
    const candidates = sections
      .map((s, i) => ({ s, i }))
      .filter(({ s, i }) => chosen[i]! < s.variants.length - 1)
      // Least important first; among equals, the least shortened, then the last one: every scenario
      // table gets compact before any disappears, and the first ones stay longest.
      .sort((a, b) => a.s.priority - b.s.priority || chosen[a.i]! - chosen[b.i]! || b.i - a.i);
    const next = candidates[0];
    if (!next) break;
    chosen[next.i]!++;
    trimmed = true;
    text = render();
  }
  if (measure(text) <= options.limit) return { text, trimmed };
  const note = "\n\n_(report cut to fit GitHub's size limit; the full numbers are in the results file)_\n";
  const lines = text.split("\n");
  while (lines.length > 1 && measure(lines.join("\n") + note) > options.limit) lines.pop();
  return { text: lines.join("\n") + note, trimmed: true };
}

/** UTF-8 size, for limits GitHub states in bytes. */
export function byteLength(text: string): number {
  return Buffer.byteLength(text, "utf8");
}
