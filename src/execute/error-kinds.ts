import type { ErrorKind, TrialResult } from "./types.js";

/**
 * Failed operations grouped by what they threw. The rules here are the contract both trial
 * programs keep (the Python harness's `cgharness/errors.py` mirrors them, and
 * `test/fixtures/error-kinds.json` pins both to the same strings).
 */

/** Distinct kinds kept per trial and per cell; past this, failures are counted under `OTHER_KIND`. */
export const MAX_ERROR_KINDS = 20;
/** The kind that collects every failure past the first `MAX_ERROR_KINDS` kinds. */
export const OTHER_KIND = "(other kinds)";
export const OTHER_MESSAGE = `more than ${MAX_ERROR_KINDS} kinds of error; the rest are counted here`;
/** Longest kind and message kept, in characters: a scenario cannot blow up the results file. */
export const MAX_KIND_CHARS = 200;
export const MAX_MESSAGE_CHARS = 500;
/** Frames kept of a kind's first stack, and characters per frame. */
export const MAX_STACK_FRAMES = 8;
export const MAX_FRAME_CHARS = 200;
/** Distinct raw messages whose kind a tally remembers, so a repeated message is normalized once. */
const SEEN_MESSAGES = 256;

const RULES: [RegExp, string][] = [
  // Quoted values: a name, a path, a key. A single quote opens only after a non-word character, so "can't" stays.
  [/"[^"\n]*"/g, '"*"'],
  [/(?<!\w)'[^'\n]*'(?!\w)/g, "'*'"],
  [/`[^`\n]*`/g, "`*`"],
  [/\b[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}\b/gi, "<id>"],
  [/\b0x[0-9a-f]+\b/gi, "<id>"],
  // Hex ids (hashes, object ids): 8+ hex digits, letters and digits both, so words and plain numbers stay.
  [/\b(?=[0-9]*[a-f])(?=[a-f]*\d)[0-9a-f]{8,}\b/gi, "<id>"],
  // Numbers, also inside names (k12, user_42), with their decimal and grouping parts (1.5, 127.0.0.1, 1,024).
  [/\d+(?:[.,]\d+)*/g, "#"],
  [/\s+/g, " "],
];

/**
 * The kind of an error message: numbers, ids and quoted values folded, so "cache fill collided
 * for k12" and "... for k37" are one kind while different messages stay apart.
 */
export function normalizeMessage(message: string): string {
  let kind = message;
  for (const [pattern, replacement] of RULES) kind = kind.replace(pattern, replacement);
  return clip(kind.trim(), MAX_KIND_CHARS) || "(empty message)";
}

export function clip(text: string, max: number): string {
  return text.length > max ? `${text.slice(0, max - 3)}...` : text;
}

/** What a failed operation threw, before its stack is turned into a site (after the window). */
export interface RawErrorKind<S> {
  kind: string;
  message: string;
  count: number;
  /** Whatever the runtime keeps of the first stack, resolved once the measured window is over. */
  stack?: S;
}

/**
 * Counts failed operations by kind on one loop. Cheap per failure (one normalization, cached
 * for repeated messages); a kind's first stack is only kept, never read, inside the window.
 */
export class ErrorTally<S> {
  private readonly kinds = new Map<string, RawErrorKind<S>>();
  private readonly seen = new Map<string, string>();
  private other = 0;

  /** `stack` is asked only for the first error of each kind. */
  constructor(private readonly read: { message(error: unknown): string; stack(error: unknown): S | undefined }) {}

  add(error: unknown): void {
    const message = this.read.message(error);
    let kind = this.seen.get(message);
    if (kind === undefined) {
      kind = normalizeMessage(message);
      if (this.seen.size < SEEN_MESSAGES) this.seen.set(message, kind);
    }
    const entry = this.kinds.get(kind);
    if (entry) entry.count++;
    else if (this.kinds.size < MAX_ERROR_KINDS) {
      const stack = this.read.stack(error);
      this.kinds.set(kind, { kind, message: clip(message, MAX_MESSAGE_CHARS), count: 1, ...(stack !== undefined && { stack }) });
    } else this.other++;
  }

  /** The kinds in first-seen order, with the overflow as one `OTHER_KIND` entry. */
  entries(): RawErrorKind<S>[] {
    const out = [...this.kinds.values()];
    if (this.other > 0) out.push({ kind: OTHER_KIND, message: OTHER_MESSAGE, count: this.other });
    return out;
  }
}

/**
 * Merges kinds from several loops (a pool's members): counts summed by kind, the first message,
 * stack and site kept, at most `MAX_ERROR_KINDS` kinds (the most frequent) plus `OTHER_KIND`.
 */
export function mergeErrorKinds(lists: ErrorKind[][]): ErrorKind[] {
  const byKind = new Map<string, ErrorKind>();
  for (const list of lists) {
    for (const k of list) {
      const entry = byKind.get(k.kind);
      if (entry) entry.count += k.count;
      else byKind.set(k.kind, { ...k });
    }
  }
  return capKinds([...byKind.values()], (count) => ({ kind: OTHER_KIND, message: OTHER_MESSAGE, count }));
}

/** Most frequent first; past `MAX_ERROR_KINDS`, the rest (an `OTHER_KIND` among them) become one `other(count)`. */
export function capKinds<K extends { kind: string; count: number }>(kinds: K[], other: (count: number) => K): K[] {
  const sorted = [...kinds].sort((a, b) => Number(a.kind === OTHER_KIND) - Number(b.kind === OTHER_KIND) || b.count - a.count || byCodeUnits(a.kind, b.kind));
  const kept = sorted.filter((k) => k.kind !== OTHER_KIND).slice(0, MAX_ERROR_KINDS);
  const rest = sorted.slice(kept.length);
  return rest.length === 0 ? kept : [...kept, other(rest.reduce((n, k) => n + k.count, 0))];
}

/**
 * Failed operations / started operations (completed + failed) in a trial's measured window; 0
 * when none started. Every operation that starts in the window ends in it (the window waits for
 * the last one), so `ops + errors` is exactly the operations started.
 */
export function errorRate(trial: Pick<TrialResult, "ops" | "errors">): number {
  const started = trial.ops + trial.errors;
  return started > 0 ? trial.errors / started : 0;
}

/** Plain string order (not the locale's), the order Python's `sorted` gives too. */
function byCodeUnits(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
