import type { Runtime } from "../config/types.js";
import { logLine } from "../shared/log-text.js";
import { ADVICE_TABLE, type AdviceEntry } from "./advice-table.js";
import { escapeText, inlineCode, link } from "./markdown-escape.js";

/** What the detector said about a site, as far as the table reads it. */
export interface SiteShape {
  api?: string;
  source?: string;
  starvation?: boolean;
  gc?: boolean;
  descheduled?: boolean;
}

/** A piece of an advice line: our words, or code (the table's, or a name the code under test gave). */
export interface AdvicePart {
  code: boolean;
  text: string;
}

/** One line of advice, kept in parts so each report escapes it its own way. */
export interface AdviceLine {
  parts: AdvicePart[];
  docs?: string;
  /** The table row it came from, when it came from one. */
  entry?: string;
}

/**
 * The table row that answers a blocking site, or none: garbage collection and a machine that held
 * the loop up are not the code's to rewrite.
 */
export function adviceEntry(runtime: Runtime, site: SiteShape): AdviceEntry | undefined {
  if (site.gc || site.descheduled) return undefined;
  const rows = ADVICE_TABLE.filter((e) => e.runtime === runtime);
  if (site.starvation) return rows.find((e) => e.stall === "starvation");
  if (site.api) return rows.find((e) => e.api?.test(site.api!)) ?? rows.find((e) => e.fallback);
  const source = site.source;
  return (source !== undefined ? rows.find((e) => e.source?.test(source)) : undefined) ?? rows.find((e) => e.stall === "cpu");
}

/** A row as a line: the template is split at its backticks before the names go in, so no name can end a code span. */
export function entryLine(entry: AdviceEntry, api: string | undefined): AdviceLine {
  const name = api ?? "";
  const twin = name.replace(/Sync$/, "");
  return {
    parts: parts(entry.instead).map((p) => ({ code: p.code, text: p.text.replace(/\{api\}/g, name).replace(/\{twin\}/g, twin) })),
    docs: entry.docs,
    entry: entry.id,
  };
}

/** Splits our own text at backticks: odd pieces are code. */
export function parts(template: string): AdvicePart[] {
  return template
    .split("`")
    .map((text, i) => ({ code: i % 2 === 1, text }))
    .filter((p) => p.text !== "");
}

/** The line with code in backticks and the docs link after it, on one log line. */
export function adviceText(line: AdviceLine): string {
  const text = line.parts.map((p) => (p.code ? `\`${p.text}\`` : p.text)).join("");
  return logLine(line.docs ? `${text} (${line.docs})` : text);
}

/** The line as inert markdown: prose escaped, code in code spans, the docs as a link. */
export function adviceMarkdown(line: AdviceLine): string {
  const text = line.parts.map((p) => (p.code ? inlineCode(p.text) : escapeText(p.text))).join("");
  return line.docs && /^https:\/\/[^\s]+$/.test(line.docs) ? `${text} (${link("docs", line.docs)})` : text;
}
