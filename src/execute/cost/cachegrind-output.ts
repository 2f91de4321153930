/** What a `cachegrind.out` file says in its header and summary. */
export interface CachegrindSummary {
  /** Event name -> total, e.g. `{ Ir: 900592171 }`. */
  totals: Record<string, number>;
  /** The command line cachegrind ran, as recorded. */
  command?: string;
}

/**
 * Reads the totals of a cachegrind output file: the `events:` line names the columns and the
 * `summary:` line (`totals:` in some versions) holds one total per event. The per-function lines in
 * between are not needed. Returns undefined when the file has no complete summary (a killed run).
 */
export function parseCachegrindOutput(text: string): CachegrindSummary | undefined {
  let events: string[] | undefined;
  let values: number[] | undefined;
  let command: string | undefined;
  for (const line of text.split("\n")) {
    if (line.startsWith("events:")) events = line.slice(7).trim().split(/\s+/);
    else if (line.startsWith("cmd:")) command = line.slice(4).trim();
    else if (line.startsWith("summary:") || line.startsWith("totals:")) {
      values = line.slice(line.indexOf(":") + 1).trim().split(/\s+/).map(Number);
    }
  }
  if (!events || !values || values.length < events.length || values.some((v) => !Number.isFinite(v))) return undefined;
  const totals: Record<string, number> = {};
  events.forEach((name, i) => (totals[name] = values[i]!));
  return { totals, ...(command !== undefined && { command }) };
}
