import { groupFindings, type SiteFinding } from "../compare/blocking.js";
import { collectSites, siteKeys } from "./blocking-sites.js";
import { inlineCode, link } from "./markdown-escape.js";
import { blobUrl, repoPath, type ReportContext } from "./report-context.js";
import { ICONS } from "./scenario-tables.js";
import { adviceMarkdown, siteAdvice, type RunAdvice } from "./advice.js";

interface Item {
  icon: string;
  file: string;
  line: number;
  function?: string;
  api?: string;
  text: string;
}

/**
 * The blocking findings, each linked to its line at the PR's head commit. New sites come first
 * (they are what the gate counts); sites the baseline already had are listed after, so a known
 * stall stays visible without being blamed on this change.
 */
export function blockingVariants(ctx: ReportContext, advice?: RunAdvice): string[] {
  const items: Item[] = [];
  const fresh = new Set<string>();
  if (ctx.comparison) {
    for (const site of groupFindings(ctx.comparison.blocking)) {
      fresh.add(`${site.file}:${site.line}`);
      items.push(findingItem(site));
    }
  }
  const known = collectSites(ctx.current).filter((s) => !fresh.has(`${s.file}:${s.line}`));
  const inBaseline = siteKeys(ctx.baseline);
  for (const s of known) {
    items.push({
      icon: ICONS.notGated,
      file: s.file,
      line: s.line,
      ...(s.function !== undefined && { function: s.function }),
      ...(s.api !== undefined && { api: s.api }),
      text:
        `blocked the loop ${s.stalls}× in ${s.trials} of ${s.of} trials, up to ${Math.round(s.maxStallMs)} ms` +
        (!ctx.comparison ? "" : inBaseline.has(`${s.file}:${s.line}`) ? " (also in the baseline)" : " (in too few trials to count as new)") +
        ` · ${cellList(s.cells)}`,
    });
  }
  if (items.length === 0) return [""];
  const heading = "#### Event-loop blocking";
  const lines = items.map((item) => renderItem(ctx, item, advice));
  const newCount = ctx.comparison?.blocking.length ?? 0;
  const count = `_${items.length} blocking site(s)${ctx.comparison ? `, ${newCount} new` : ""}; the list was left out to fit the comment (see the job summary and the annotations)._`;
  const variants = [[heading, lines.join("\n")].join("\n\n")];
  if (lines.length > 10) variants.push([heading, lines.slice(0, 10).join("\n"), `_and ${lines.length - 10} more in the job summary._`].join("\n\n"));
  variants.push([heading, count].join("\n\n"));
  return variants;
}

function findingItem(s: SiteFinding): Item {
  const base = s.baseline ? `, ${s.baseline.trials} of ${s.baseline.of} in the baseline` : ", no baseline for its cells";
  return {
    icon: s.gated ? ICONS.regression : ICONS.notGated,
    file: s.file,
    line: s.line,
    ...(s.function !== undefined && { function: s.function }),
    ...(s.api !== undefined && { api: s.api }),
    text: `${s.gated ? "new" : s.baseline ? "new, not yet significant" : "new to the comparison"}: blocked the loop in ${s.trials} of ${s.of} trials, up to ${Math.round(s.maxStallMs)} ms${base} · ${cellList(s.cells)}`,
  };
}

/** The cells a site stalled, the first few by name. */
function cellList(cells: string[]): string {
  const shown = cells.slice(0, 3).map((c) => inlineCode(c)).join(", ");
  return cells.length > 3 ? `${shown} and ${cells.length - 3} more` : shown;
}

function renderItem(ctx: ReportContext, item: Item, advice: RunAdvice | undefined): string {
  const where = repoPath(ctx.configDir, item.file);
  const label = inlineCode(`${where ?? item.file}:${item.line}`);
  const url = where ? blobUrl(ctx.links, where, item.line) : undefined;
  const site = url ? link(label, url) : label;
  const fn = item.function ? ` in ${inlineCode(item.function)}` : "";
  const api = item.api ? ` (${inlineCode(item.api)})` : "";
  const instead = siteAdvice(advice, item.file, item.line);
  return `- ${item.icon} ${site}${fn}${api}: ${item.text}${instead ? `\n  - 💡 ${adviceMarkdown(instead)}` : ""}`;
}

/** Plain text of a site for annotations and logs, relative to the repository root when possible. */
export function siteLabel(configDir: string, file: string, line: number): string {
  return `${repoPath(configDir, file) ?? file}:${line}`;
}
