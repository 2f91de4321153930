import type { Comparison } from "../compare/types.js";
import { teeth, type Teeth, type TeethFloor, type TrialCounts } from "../stats/teeth.js";
import { escapeText } from "./markdown-escape.js";

/** A small p as a reader takes it in: two significant digits (0.0022, 0.00083). */
function p2(p: number): string {
  return String(+p.toPrecision(2));
}

function trialsText(t: Teeth): string {
  const { current, baseline } = t.trials;
  return current === baseline ? `${current} trials a side` : `${current} trials (the baseline ${baseline})`;
}

function neededText(t: Teeth, floor: TeethFloor, both?: TrialCounts | null): string {
  const needed = floor.needed;
  const alsoBoth = both ? `${needed ? ", or" : "; use at least"} ${both.current} trials on both sides (the next baseline too)` : "";
  if (t.grow === "both") return needed ? `use at least ${needed.current} trials` : "no number of trials suffices; gate fewer comparisons";
  return needed
    ? `use at least ${needed.current} trials in this run against a baseline of ${needed.baseline}${alsoBoth}`
    : `no number of trials in this run suffices against a baseline of ${t.trials.baseline}${alsoBoth}`;
}

/**
 * Why nothing can be significant, in one line: "with 6 trials a side over 12 comparisons no change
 * can be significant at alpha 0.01 (...); use at least 7 trials". Undefined when something can.
 */
export function teethSentence(t: Teeth): string | undefined {
  if (t.canFlag) return undefined;
  const why =
    t.test === "rank"
      ? `over ${t.comparisons} comparison${t.comparisons === 1 ? "" : "s"} no change can be significant at alpha ${t.alpha} ` +
        `(the smallest possible p, ${p2(t.smallestP)}, is above ${t.alpha}/${t.comparisons} = ${p2(t.level)})`
      : `no change can be significant at alpha ${t.alpha} against a stored baseline ` +
        `(the smallest possible p of the trials, ${p2(t.smallestP)}, is above ${t.alpha}, so their rank interval is unbounded)`;
  const both = t.grow === "current" ? teeth({ ...t.trials, comparisons: t.comparisons, alpha: t.alpha, test: t.test, grow: "both" }).needed : undefined;
  return `with ${trialsText(t)} ${why}; ${neededText(t, t, both)}`;
}

/** The error-rate gate's own floor, when timing has teeth and it does not. */
export function errorTeethSentence(t: Teeth): string | undefined {
  if (!t.canFlag || t.errors.canFlag) return undefined;
  return (
    `with ${trialsText(t)} over ${t.comparisons} comparisons a new error rate from a clean baseline cannot be significant at alpha ${t.alpha} ` +
    `unless every trial fails alike (the smallest possible p, ${p2(t.errors.smallestP)}, is above ${p2(t.errors.level)}); ${neededText(t, t.errors)}`
  );
}

/**
 * The comparison's teeth in words, for the notes and the headlines; undefined when it had them. The
 * error-rate gate is spoken of only when some compared cell had an erring trial (its rate was tested).
 */
export function teethNote(c: Comparison): string | undefined {
  const t = c.teeth;
  if (!t) return undefined;
  const timing = teethSentence(t);
  if (timing) {
    return t.toothless >= t.timing
      ? `this check had no teeth: ${timing}`
      : `${t.toothless} of ${t.timing} gated timing comparisons had no teeth (the cells with the fewest trials): ${timing}`;
  }
  // The error-rate gate's floor matters only where a trial erred: with none, there was no rate to test.
  const errors = c.cells.some((cell) => typeof cell.errors?.p === "number") ? errorTeethSentence(t) : undefined;
  return errors ? `the error-rate gate had no teeth: ${errors}` : undefined;
}

/** The teeth note as the markdown reports lead with it (the PR comment and `compare --markdown`). */
export function teethCallout(c: Comparison): string | undefined {
  const note = teethNote(c);
  return note && `> ⚠️ **${escapeText(note.charAt(0).toUpperCase() + note.slice(1))}.**`;
}
