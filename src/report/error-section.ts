import type { ErrorKindComparison } from "../compare/error-rate.js";
import { findRaces } from "../compare/race.js";
import type { Comparison } from "../compare/types.js";
import { summarizeErrors } from "../results/errors.js";
import type { ErrorSite, ResultsFile } from "../results/types.js";
import { cellsWithErrors } from "./error-lines.js";
import { raceLines, rateChangeText, ruleText } from "./error-text.js";
import { escapeText, inlineCode, link } from "./markdown-escape.js";
import { formatP } from "./number-format.js";
import { blobUrl, repoPath, type RepoLinks } from "./report-context.js";

/** What the error section is rendered from: the comparison when there is one, else the run alone. */
export interface ErrorSectionInput {
  comparison?: Comparison;
  /** Read only without a comparison. */
  current?: ResultsFile;
  /** Links to the head commit, so each throwing line opens where the reviewer reads it. */
  links?: RepoLinks;
  configDir: string;
}

const KINDS_PER_CELL = 3;

/**
 * The "Errors" section of the PR comment and of `compare --markdown`: each cell's error rate
 * compared (regressions first), the kinds it threw (new ones marked) with the line that threw,
 * linked at the head commit, and its first message, then the races called by name. Kinds,
 * messages, functions and paths come from the code under test: escaped or in code spans.
 * Variants shrink it: all of it, the regressions and races only, one line.
 */
export function errorSectionVariants(input: ErrorSectionInput): string[] {
  const heading = "#### Errors";
  const c = input.comparison;
  const races = c ? (c.races ?? []) : findRaces(input.current?.cells ?? []);
  const raceItems = [...new Set(races.map((r) => r.scenario))].flatMap((s) => raceLines(races, s).map((l) => `- 🏁 ${inlineCode(s)}: ${escapeText(l)}`));
  const items: { regression: boolean; text: string }[] = [];
  if (c) {
    const cells = cellsWithErrors(c).sort((a, b) => Number(b.errors!.verdict === "regression") - Number(a.errors!.verdict === "regression"));
    for (const cell of cells) {
      const e = cell.errors!;
      const regression = e.verdict === "regression";
      const p = e.pAdjusted !== null ? `, p ${formatP(e.pAdjusted)} after Holm` : "";
      const head = `- ${regression ? "❌" : "⚠️"} ${inlineCode(cell.id)}: error rate ${escapeText(rateChangeText(e, "→"))}, ${escapeText(ruleText(e))}${p}${regression ? " · **regression**" : ` · ${e.verdict}`}`;
      const kinds = e.kinds.slice(0, KINDS_PER_CELL).map((k) => `  - ${kindItem(input, k)}`);
      items.push({ regression, text: [head, ...kinds].join("\n") });
    }
  } else {
    for (const cell of input.current?.cells ?? []) {
      const kinds = cell.errors ?? summarizeErrors(cell);
      if (kinds.length === 0) continue;
      const lines = kinds.slice(0, KINDS_PER_CELL).map((k) => `  - ${kindItem(input, { ...k, baselineCount: 0, new: false })}`);
      items.push({ regression: false, text: [`- ⚠️ ${inlineCode(cell.id)}: ${kinds.reduce((n, k) => n + k.count, 0)} failed operations`, ...lines].join("\n") });
    }
  }
  if (items.length === 0 && raceItems.length === 0) return [""];
  const full = [heading, [...items.map((i) => i.text), ...raceItems].join("\n")].join("\n\n");
  const loud = items.filter((i) => i.regression);
  const compact = [heading, [...loud.map((i) => i.text), ...raceItems].join("\n"), `_${items.length - loud.length} other cell(s) with errors are in the job summary and the JSON._`]
    .filter((t) => t !== "")
    .join("\n\n");
  const regressions = loud.length;
  const oneLine = `${heading}\n\n_${items.length} cell(s) with failed operations, ${regressions} error-rate regression(s), ${raceItems.length} race(s) named; left out to fit the comment._`;
  return [full, compact, oneLine];
}

/** One kind: new or not, the kind, how many failed, the throwing line (linked), the first message. */
function kindItem(input: ErrorSectionInput, k: Omit<ErrorKindComparison, "trials"> & { trials: number }): string {
  const mark = k.new ? "🆕 new " : "";
  const base = k.new ? "" : k.baselineCount > 0 ? ` (baseline: ${k.baselineCount})` : "";
  const where = k.site ? ` at ${siteLink(input, k.site)}` : "";
  const first = k.message !== k.kind ? ` · first message: ${inlineCode(k.message.slice(0, 300))}` : "";
  return `${mark}${inlineCode(k.kind)}: ${k.count} failed in ${k.trials} trial(s)${base}${where}${first}`;
}

function siteLink(input: ErrorSectionInput, site: ErrorSite): string {
  const path = repoPath(input.configDir, site.file);
  const label = inlineCode(`${path ?? site.file}:${site.line}`);
  const url = path ? blobUrl(input.links, path, site.line) : undefined;
  const fn = site.function ? ` in ${inlineCode(site.function)}` : "";
  return `${url ? link(label, url) : label}${fn}`;
}
