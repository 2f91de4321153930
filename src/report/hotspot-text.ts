import type { Hotspot, ScenarioHotspots } from "../compare/hotspots.js";
import { costPercent, formatCount } from "./cost-text.js";
import { alignTable } from "./text-table.js";

/** How many functions a scenario shows before the rest are folded away (markdown) or left to `--explain`. */
export const HOTSPOTS_SHOWN = 3;

/** `heavier (bench/a.mjs:24)`, `node:internal/fs/utils (module)`, `V8 builtin StringAdd_CheckNone (runtime)`. */
export function hotspotName(h: Pick<Hotspot, "kind" | "name" | "file" | "line">): string {
  if (h.kind === "repo") return `${h.name}${h.file ? ` (${h.file}:${h.line})` : ""}`;
  if (h.name === "(other)") return "(every smaller function)";
  return `${h.name} (${h.kind === "module" ? "module" : "runtime"})`;
}

/** `+110k instructions/op (1.10M -> 1.21M, +10.0%), 98% of the change`. */
export function hotspotChange(h: Hotspot, unit: string): string {
  const sign = h.change > 0 ? "+" : h.change < 0 ? "-" : "";
  const relative = h.relative === null ? "new" : costPercent(h.relative);
  const share = h.share === null ? "" : `, ${Math.round(h.share * 100)}% of the change`;
  return `${sign}${formatCount(Math.abs(h.change))} ${unit} (${formatCount(h.baseline)} -> ${formatCount(h.current)}, ${relative})${share}`;
}

/** What a scenario's hotspots say in one line when none is listed; undefined when some are. */
export function hotspotStatusText(s: ScenarioHotspots): string | undefined {
  if (s.status === "unprofiled") return `no per-function profile: ${s.reason ?? "unknown reason"}`;
  if (s.status === "unchanged") {
    const wallOnly = !s.triggers.includes("instructions");
    return `no function's own ${s.unit === "bytecodes/op" ? "bytecodes" : "instructions"} per operation moved by 1% of the operation or more${wallOnly ? ": the change is not in the operation's own CPU work (waiting, contention, scheduling, or native code the profile does not see)" : ""}`;
  }
  return undefined;
}

/** The terminal's lines: per changed scenario its first three functions, and how many more `--explain` shows. */
export function hotspotTextLines(hotspots: readonly ScenarioHotspots[]): string[] {
  if (hotspots.length === 0) return [];
  const lines = ["", "Where the cost changed (own cost per operation, per function; compare --explain for every function):"];
  for (const s of hotspots) {
    lines.push(`  ${s.scenario} (changed: ${s.triggers.join(", ")}):`);
    const status = hotspotStatusText(s);
    if (status) lines.push(`    ${status}`);
    for (const h of s.functions.slice(0, HOTSPOTS_SHOWN)) lines.push(`    ${hotspotName(h)}: ${hotspotChange(h, s.unit ?? "")}`);
    if (s.functions.length > HOTSPOTS_SHOWN) lines.push(`    ...and ${s.functions.length - HOTSPOTS_SHOWN} more`);
  }
  return lines;
}

/** `compare --explain`: every profiled scenario's full per-function table. */
export function explainText(tables: readonly ScenarioHotspots[]): string[] {
  if (tables.length === 0) return ["", "Per-function cost: no scenario was counted on either side."];
  const out: string[] = [];
  for (const t of tables) {
    const why = t.triggers.length > 0 ? `changed: ${t.triggers.join(", ")}` : "no significant change";
    if (!t.total || !t.all) {
      out.push("", `${t.scenario} (${why}): ${hotspotStatusText(t) ?? "no profile"}`);
      continue;
    }
    out.push("", `${t.scenario} (${why}); own ${t.unit} per function, the whole operation ${formatCount(t.total.baseline)} -> ${formatCount(t.total.current)}:`);
    const listed = new Set(t.functions);
    const rows = t.all.map((f) => [
      listed.has(f) ? "*" : "",
      hotspotName(f),
      formatCount(f.baseline),
      formatCount(f.current),
      `${f.change > 0 ? "+" : f.change < 0 ? "-" : ""}${formatCount(Math.abs(f.change))}`,
      f.relative === null ? "new" : costPercent(f.relative),
      f.share === null ? "-" : `${Math.round(f.share * 100)}%`,
    ]);
    out.push(...alignTable(["", "function", "baseline", "current", "change", "relative", "share"], rows, [false, false, true, true, true, true, true]).map((l) => `  ${l}`));
  }
  out.push("", "* moved by at least 1% of the whole operation's cost: listed in the report.");
  return out;
}
