/**
 * Pads a table for a fixed-width terminal: `numeric` columns right-aligned, the rest left. With
 * `rule` (the default) a dashed line separates the header from the rows.
 */
export function alignTable(header: string[], rows: string[][], numeric: boolean[], options: { rule?: boolean } = {}): string[] {
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? "").length)));
  const fmt = (r: string[]): string =>
    r
      .map((cell, i) => (numeric[i] ? cell.padStart(widths[i]!) : cell.padEnd(widths[i]!)))
      .join("  ")
      .trimEnd();
  const rule = (options.rule ?? true) ? [widths.map((w) => "-".repeat(w)).join("  ")] : [];
  return [fmt(header), ...rule, ...rows.map(fmt)];
}
