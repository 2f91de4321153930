import type { Hotspot, ScenarioHotspots } from "../compare/hotspots.js";
import { HOTSPOTS_SHOWN, hotspotChange, hotspotStatusText } from "./hotspot-text.js";
import { escapeText, inlineCode, link } from "./markdown-escape.js";
import { blobUrl, repoPath, type RepoLinks } from "./report-context.js";

/**
 * Per changed scenario, the functions whose own cost per operation moved: the first three linked
 * to their line at the head commit (as blocking sites are), the rest folded in `<details>`; or
 * one line saying why none is listed. Names and paths come from the code under test and pass the
 * one escaper.
 */
export function hotspotMarkdownBlocks(hotspots: readonly ScenarioHotspots[] | undefined, where: { configDir: string; links?: RepoLinks }): Map<string, string> {
  const out = new Map<string, string>();
  for (const s of hotspots ?? []) {
    const head = `**Where the cost changed** (own ${escapeText(s.unit ?? "cost")} per function):`;
    const status = hotspotStatusText(s);
    if (status) {
      out.set(s.scenario, `${head} ${escapeText(status)}`);
      continue;
    }
    const items = s.functions.map((h) => `- ${item(h, s.unit ?? "", where)}`);
    const lines = [head, "", ...items.slice(0, HOTSPOTS_SHOWN)];
    if (items.length > HOTSPOTS_SHOWN) lines.push("", `<details><summary>${items.length - HOTSPOTS_SHOWN} more</summary>`, "", ...items.slice(HOTSPOTS_SHOWN), "", "</details>");
    out.set(s.scenario, lines.join("\n"));
  }
  return out;
}

function item(h: Hotspot, unit: string, where: { configDir: string; links?: RepoLinks }): string {
  if (h.kind !== "repo" || !h.file) return `${inlineCode(h.name)} (${h.kind === "module" ? "module" : "runtime"}): ${escapeText(hotspotChange(h, unit))}`;
  const path = repoPath(where.configDir, h.file);
  const label = inlineCode(`${path ?? h.file}:${h.line}`);
  const url = path && h.line ? blobUrl(where.links, path, h.line) : undefined;
  return `${url ? link(label, url) : label} in ${inlineCode(h.name)}: ${escapeText(hotspotChange(h, unit))}`;
}

/** A scenario section with its hotspots after its tables (every variant starts with the heading). */
export function withHotspots(variant: string, block: string | undefined): string {
  return block ? `${variant}\n\n${block}` : variant;
}
