import { parseDuration } from "./duration.js";
import { LIMITS, limitText } from "./limits.js";
import { MIN_TRIALS } from "./types.js";

/**
 * The values a user passes to either door (an action input or a CLI flag), read one way for both.
 * Each reader gives the value, or `{ expected }`: the form it wanted, for the door's own message.
 */
export type Read<T> = T | { expected: string };

export function isBad<T>(value: Read<T>): value is { expected: string } {
  return typeof value === "object" && value !== null && "expected" in value;
}

export function readPositiveInteger(text: string): Read<number> {
  if (/^\d+$/.test(text) && Number(text) >= 1) return Number(text);
  return { expected: "a positive integer" };
}

export function readTrials(text: string): Read<number> {
  if (/^\d+$/.test(text) && Number(text) >= MIN_TRIALS) return Number(text);
  return { expected: `an integer of at least ${MIN_TRIALS} (trials are the unit the statistics compare)` };
}

export function readAlpha(text: string): Read<number> {
  const value = Number(text);
  if (/^\d*\.?\d+(e-?\d+)?$/i.test(text) && value > 0 && value < 1) return value;
  return { expected: "a number between 0 and 1 such as 0.01" };
}

/** `5%` or `0.05`, as a fraction. */
export function readThreshold(text: string): Read<number> {
  const pct = /^(\d+(?:\.\d+)?)\s*%$/.exec(text);
  const value = pct ? Number(pct[1]) / 100 : /^0?\.\d+$/.test(text) ? Number(text) : undefined;
  if (value !== undefined && value > 0 && value < 1) return value;
  return { expected: "a percentage such as 5% (or a fraction such as 0.05)" };
}

/**
 * A positive duration in ms up to `maxMs` (a trial's measured window by default); `example` names
 * the form in the message ("500ms, 1s or 2m").
 */
export function readDuration(text: string, example = "500ms, 1s or 2m", maxMs: number = LIMITS.durationMs): Read<number> {
  const ms = parseDuration(text);
  if (ms !== undefined && ms > 0 && ms <= maxMs) return ms;
  return { expected: `a duration such as ${example}${ms !== undefined && ms > maxMs ? `, at most ${limitText(maxMs)}` : ""}` };
}
