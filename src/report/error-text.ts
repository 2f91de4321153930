import type { ErrorKindComparison, ErrorRateComparison } from "../compare/error-rate.js";
import type { RaceFinding } from "../compare/race.js";
import type { ErrorSite } from "../results/types.js";
import { formatP, formatPoints, formatRate } from "./number-format.js";

/**
 * The words of failed operations, in plain text (markdown escapes them): an error-rate change,
 * a kind of error and where it was thrown, and the race wording. Kinds and messages are text the
 * code under test wrote.
 */

/** `scenarios/racy.mjs:14 in store` */
export function errorSiteText(site: ErrorSite): string {
  return `${site.file}:${site.line}${site.function ? ` in ${site.function}` : ""}`;
}

/** `0% -> 12% (+12 points [+10, +14])`; markdown passes its arrow `→` (a `->` escapes badly). */
export function rateChangeText(e: ErrorRateComparison, arrow = "->"): string {
  const interval = e.interval ? ` [${e.interval.lower === null ? "-inf" : formatPoints(e.interval.lower)}, ${e.interval.upper === null ? "+inf" : formatPoints(e.interval.upper)}]` : "";
  const change = e.change === null ? "" : ` (${formatPoints(e.change)} points${interval})`;
  return `${formatRate(e.baseline.median)} ${arrow} ${formatRate(e.current.median)}${change}`;
}

/** Why an error rate is a regression (the rule that applied), or for any other verdict, how many trials failed. */
export function ruleText(e: ErrorRateComparison): string {
  if (e.verdict !== "regression") {
    return `failing in ${e.current.erring} of ${e.current.n} trials (baseline ${e.baseline.erring} of ${e.baseline.n}), threshold ${formatPoints(e.bar)} points`;
  }
  return e.rule === "from-zero"
    ? `failing in ${e.current.erring} of ${e.current.n} trials where no baseline trial failed (0 of ${e.baseline.n})`
    : `failing in ${e.current.erring} of ${e.current.n} trials (baseline ${e.baseline.erring} of ${e.baseline.n}), beyond the ${formatPoints(e.bar).replace("+", "")} point threshold`;
}

/** The gate's line for an error-rate regression: what rose, by the rule, and the kind that most failed. */
export function errorRateLine(cellId: string, e: ErrorRateComparison, withP: boolean): string {
  const top = e.kinds[0];
  const kind = top ? `; ${kindText(top)}` : "";
  const line = `${cellId}: error rate ${rateChangeText(e)}, ${ruleText(e)}${kind}`;
  return withP ? `${line}, p ${formatP(e.pAdjusted)} after Holm` : line;
}

/** `new "cache fill collided for k#": 410 failed in 4 trials, at scenarios/racy.mjs:14 in store` */
export function kindText(k: ErrorKindComparison): string {
  const where = k.site ? `, at ${errorSiteText(k.site)}` : "";
  const base = k.new ? "" : ` (baseline: ${k.baselineCount})`;
  return `${k.new ? "new " : ""}"${k.kind}": ${k.count} failed in ${k.trials} trial${k.trials === 1 ? "" : "s"}${base}${where}`;
}

/** `async at 4: 2.1%, 16: 12%` */
function levelsText(r: RaceFinding): string {
  return `${r.model} at ${r.levels.map((l) => `${l.concurrency}: ${formatRate(l.rate)}`).join(", ")}`;
}

/**
 * The race wording of one scenario, one line per kind and pattern: the models in which a kind
 * fails only with 2+ operations in flight are named together.
 */
export function raceLines(races: readonly RaceFinding[], scenario: string, options: { withKind?: boolean } = {}): string[] {
  const own = races.filter((r) => r.scenario === scenario);
  const out: string[] = [];
  for (const kind of [...new Set(own.map((r) => r.kind))]) {
    const name = options.withKind === false ? "" : `"${kind}" `;
    const concurrent = own.filter((r) => r.kind === kind && r.pattern === "concurrent-only");
    if (concurrent.length > 0) {
      out.push(`${name}fails only with 2+ operations in flight: a race is likely (${concurrent.map(levelsText).join("; ")}; none at 1)`);
    }
    for (const r of own.filter((x) => x.kind === kind && x.pattern === "one-model")) {
      out.push(`${name}fails only under ${r.model} (${levelsText(r)}; none under ${(r.others ?? []).join(" or ")} at the same levels)`);
    }
  }
  return out;
}
