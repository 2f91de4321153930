import { markdownTable } from "markdown-table";
import { HEADER, shortSha, verdictRows } from "./table-rows.js";
import type { Comparison } from "../compare/types.js";

/**
 * A plain markdown report of one comparison (for `compare --markdown`). The
 * PR comment has its own renderer; this one stays self-contained so a user
 * can paste it anywhere.
 */
export function renderMarkdown(c: Comparison): string {
  const out: string[] = [];
  const icon = c.verdict === "pass" ? "✅" : "❌";
  out.push(`### ${icon} concurrency-guard: ${c.verdict}`);
  out.push("");
  out.push(`Baseline \`${shortSha(c.baseline.git?.sha)}\` vs current \`${shortSha(c.current.git?.sha)}\`.`);
  if (!c.environment.match) {
    out.push("");
    out.push(
      `> **Environment mismatch:** ${escape(c.environment.differences.join("; "))}. ` +
        (c.environment.timingGated ? "Timing is still gated." : "Throughput and p99 are reported but not gated."),
    );
  }
  if (c.reasons.length > 0) {
    out.push("", "**Gate failed because:**", "");
    for (const r of c.reasons) out.push(`- ${escape(r)}`);
  }
  const { rows, hidden } = verdictRows(c);
  out.push("");
  out.push(
    markdownTable(
      [HEADER, ...rows.map((r) => r.map((cell, i) => (i === 7 && cell === "REGRESSION" ? "**regression**" : escape(cell))))],
      { align: ["l", "l", "r", "r", "r", "r", "r", "l", "r"] },
    ),
  );
  if (hidden > 0) out.push("", `_${hidden} reported metrics unchanged or inconclusive (see the JSON)._`);
  if (c.blocking.length > 0) {
    out.push("", "**Blocking sites**", "");
    for (const b of c.blocking) out.push(`- ${b.gated ? "new: " : ""}${escape(b.message)}`);
  }
  if (c.budgets.length > 0) {
    out.push("");
    out.push(
      markdownTable([
        ["cell", "budget", "status", "detail"],
        ...c.budgets.map((b) => [b.cell, `${b.budget} ${escape(b.spec)}`, b.status, escape(b.message)]),
      ]),
    );
  }
  if (c.notes.length > 0) {
    out.push("");
    for (const n of c.notes) out.push(`- ${escape(n)}`);
  }
  out.push(
    "",
    `<sub>Mann-Whitney U per metric, Holm at alpha ${c.settings.alpha} over ${c.gatedComparisons} gated comparisons, ` +
      `Hodges-Lehmann ${+(c.settings.confidence * 100).toFixed(2)}% intervals.</sub>`,
  );
  return out.join("\n") + "\n";
}

/** Keeps table cells intact: a `|` would split the cell, `<`/`>` could open HTML. */
function escape(text: string): string {
  return text.replace(/\|/g, "\\|").replace(/</g, "&lt;").replace(/>/g, "&gt;");
}
