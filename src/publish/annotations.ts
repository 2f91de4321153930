import * as core from "@actions/core";
import type { FailOn } from "../compare/gate.js";
import type { Comparison } from "../compare/types.js";
import type { ResultsFile } from "../results/types.js";
import { groupFindings } from "../compare/blocking.js";
import { collectSites, siteKeys } from "../report/blocking-sites.js";
import { rateChangeText } from "../report/error-text.js";
import { repoPath } from "../report/report-context.js";
import { logLine } from "../shared/log-text.js";
import { adviceText, runAdvice, siteAdvice } from "../report/advice.js";

export interface Annotation {
  level: "error" | "warning";
  title: string;
  message: string;
  /** Repository-relative path and line: where the annotation shows on the PR's diff. */
  file: string;
  startLine: number;
}

/** GitHub shows at most 10 annotations of each level per step; more are dropped silently, so we say so. */
export const ANNOTATIONS_PER_LEVEL = 10;

/**
 * One annotation per blocking site, at its line, so a stall shows on the diff where it was
 * written. A new site that fails the gate is an error; a new one that does not (not in `fail-on`,
 * or no baseline for its cell) and one the baseline already had are warnings. Sites outside the
 * repository get none: GitHub cannot place them.
 */
export function buildAnnotations(input: {
  current: ResultsFile;
  baseline?: ResultsFile;
  comparison?: Comparison;
  configDir: string;
  failOn: readonly FailOn[];
}): { annotations: Annotation[]; dropped: number } {
  const all: Annotation[] = [];
  const fresh = new Set<string>();
  // What to write instead, after the finding: words only, the level stays the finding's.
  const advice = runAdvice(input.current);
  const instead = (file: string, line: number) => {
    const a = siteAdvice(advice, file, line);
    return a ? `. Instead: ${adviceText(a)}` : "";
  };
  for (const b of groupFindings(input.comparison?.blocking ?? [])) {
    fresh.add(`${b.file}:${b.line}`);
    const file = repoPath(input.configDir, b.file);
    if (!file) continue;
    const where = [b.api, b.function && `in ${b.function}`].filter(Boolean).join(" ");
    all.push({
      level: b.gated && input.failOn.includes("blocking") ? "error" : "warning",
      title: `concurrency-guard: new event-loop stall${b.gated ? "" : " (not gated)"}`,
      message:
        `${where ? `${where}: ` : ""}blocked the loop in ${b.trials} of ${b.of} trials, up to ${Math.round(b.maxStallMs)} ms ` +
        `(${b.cells.join(", ")}); ${b.baseline ? `${b.baseline.trials} of ${b.baseline.of} baseline trials` : "no baseline for its cells"}` +
        instead(b.file, b.line),
      file,
      startLine: b.line,
    });
  }
  all.push(...errorAnnotations(input.comparison, input.configDir, input.failOn));
  const inBaseline = siteKeys(input.baseline);
  for (const s of collectSites(input.current)) {
    if (fresh.has(`${s.file}:${s.line}`)) continue;
    const file = repoPath(input.configDir, s.file);
    if (!file) continue;
    const where = [s.api, s.function && `in ${s.function}`].filter(Boolean).join(" ");
    all.push({
      level: "warning",
      title: `concurrency-guard: event-loop stall${inBaseline.has(`${s.file}:${s.line}`) ? " (also in the baseline)" : ""}`,
      message: `${where ? `${where}: ` : ""}blocked the loop ${s.stalls}x in ${s.trials} of ${s.of} trials, up to ${Math.round(s.maxStallMs)} ms (${s.cells.join(", ")})${instead(s.file, s.line)}`,
      file,
      startLine: s.line,
    });
  }
  const errors = all.filter((a) => a.level === "error");
  const warnings = all.filter((a) => a.level === "warning");
  // Function names and kinds are the code under test's text: one line, no bidi controls on the diff.
  const kept = [...errors.slice(0, ANNOTATIONS_PER_LEVEL), ...warnings.slice(0, ANNOTATIONS_PER_LEVEL)].map((a) => ({ ...a, title: logLine(a.title), message: logLine(a.message) }));
  return { annotations: kept, dropped: all.length - kept.length };
}

/**
 * One annotation per throwing line of an error-rate regression (a line shared by several cells is
 * marked once), like a new blocking site: an error when it fails the gate, a warning when
 * `regression` is left out of `fail-on`.
 */
function errorAnnotations(comparison: Comparison | undefined, configDir: string, failOn: readonly FailOn[]): Annotation[] {
  const out = new Map<string, Annotation>();
  for (const cell of comparison?.cells ?? []) {
    const e = cell.errors;
    if (e?.verdict !== "regression") continue;
    for (const k of e.kinds) {
      const file = k.site && repoPath(configDir, k.site.file);
      if (!k.site || !file) continue;
      const key = `${file}:${k.site.line}`;
      const existing = out.get(key);
      if (existing) {
        existing.message += `; ${cell.id}`;
        continue;
      }
      out.set(key, {
        level: failOn.includes("regression") ? "error" : "warning",
        title: `concurrency-guard: error rate regression${failOn.includes("regression") ? "" : " (not in fail-on)"}`,
        message: `${k.new ? "new " : ""}"${k.kind}" threw here: ${k.count} failed operations in ${k.trials} trials; error rate ${rateChangeText(e)} in ${cell.id}`,
        file,
        startLine: k.site.line,
      });
    }
  }
  return [...out.values()];
}

/** Writes the annotations as workflow commands (`::error file=...,line=...::`). */
export function emitAnnotations(annotations: Annotation[]): void {
  for (const a of annotations) {
    const props = { title: a.title, file: a.file, startLine: a.startLine };
    if (a.level === "error") core.error(a.message, props);
    else core.warning(a.message, props);
  }
}
