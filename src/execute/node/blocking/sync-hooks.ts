import childProcess from "node:child_process";
import crypto from "node:crypto";
import fs from "node:fs";
import { syncBuiltinESMExports } from "node:module";
import zlib from "node:zlib";
import { epochNow } from "./heartbeat.js";
import type { RawFrame } from "./watchdog.js";

/** A synchronous API call that took long enough to matter, with the stack that made it. */
export interface SyncCall {
  api: string;
  from: number;
  to: number;
  frames: RawFrame[];
}

interface Recorder {
  minMs: number;
  calls: SyncCall[];
}

/** Calls kept per loop and trial; past this a runaway scenario stops adding to memory. */
const MAX_CALLS = 20_000;

const atomicsWait = Atomics.wait as (array: Int32Array, index: number, value: number, timeoutMs: number) => string;
/** The real Atomics.wait, for the detector's own waits. */
export function realAtomicsWait(array: Int32Array, index: number, value: number, timeoutMs: number): string {
  return atomicsWait.call(Atomics, array, index, value, timeoutMs);
}

let recorder: Recorder | undefined;
let depth = 0;
let installed = false;

/** Crypto functions that block when called without a callback (or always), besides the `*Sync` ones. */
const CRYPTO_BLOCKING = ["randomBytes", "publicEncrypt", "publicDecrypt", "privateEncrypt", "privateDecrypt", "sign", "verify", "diffieHellman", "hash"];

/**
 * Wraps the blocking builtins (`fs.*Sync`, `child_process.*Sync`, `zlib.*Sync`, crypto's sync
 * calls, `Atomics.wait`) so a slow call is timed and its caller's stack kept: that stack names the
 * exact line, which no sampler can do for time spent inside native code. Installed before the
 * scenario loads (a module that destructures `fs` at import keeps whatever it got then); dormant,
 * one branch per call, until `recordSyncCalls` arms it. `syncBuiltinESMExports` makes
 * `import { readFileSync } from "node:fs"` see the wrappers too.
 */
export function installSyncHooks(): void {
  if (installed) return;
  installed = true;
  const patch = (target: object, names: string[], prefix: string) => {
    const record = target as Record<string, unknown>;
    for (const name of names) {
      const original = record[name];
      if (typeof original !== "function") continue;
      const descriptor = Object.getOwnPropertyDescriptor(target, name);
      if (descriptor && !descriptor.writable && !descriptor.set) continue;
      record[name] = wrap(`${prefix}${name}`, original as (...args: unknown[]) => unknown);
    }
  };
  const syncNames = (m: object) => Object.keys(m).filter((k) => k.endsWith("Sync"));
  patch(fs, syncNames(fs), "");
  patch(childProcess, syncNames(childProcess), "");
  patch(zlib, syncNames(zlib), "");
  patch(crypto, [...syncNames(crypto), ...CRYPTO_BLOCKING], "");
  patch(Atomics, ["wait"], "Atomics.");
  syncBuiltinESMExports();
}

function wrap(api: string, original: (...args: unknown[]) => unknown): (...args: unknown[]) => unknown {
  const wrapped = function (this: unknown, ...args: unknown[]): unknown {
    const r = recorder;
    // Nested calls (readFileSync calls openSync) belong to the outer one.
    if (r === undefined || depth > 0) return Reflect.apply(original, this, args);
    depth++;
    const from = epochNow();
    try {
      return Reflect.apply(original, this, args);
    } finally {
      depth--;
      const to = epochNow();
      if (to - from >= r.minMs && r.calls.length < MAX_CALLS) r.calls.push({ api, from, to, frames: captureFrames(wrapped) });
    }
  };
  for (const key of Reflect.ownKeys(original)) {
    if (key === "prototype" || key === "arguments" || key === "caller") continue;
    const descriptor = Object.getOwnPropertyDescriptor(original, key);
    if (descriptor) Object.defineProperty(wrapped, key, descriptor);
  }
  return wrapped;
}

/** The caller's stack as structured frames (not a formatted string), above `below`. */
export function captureFrames(below: (...args: never[]) => unknown): RawFrame[] {
  const prepare = Error.prepareStackTrace;
  const limit = Error.stackTraceLimit;
  Error.prepareStackTrace = (_error, sites) => sites;
  Error.stackTraceLimit = 48;
  const holder: { stack?: unknown } = {};
  try {
    Error.captureStackTrace(holder, below);
    const sites = holder.stack as NodeJS.CallSite[] | undefined;
    return (sites ?? []).map((s) => ({
      url: s.getFileName() ?? "",
      line: s.getLineNumber() ?? 0,
      column: s.getColumnNumber() ?? 0,
      fn: s.getFunctionName() ?? s.getMethodName() ?? "",
    }));
  } finally {
    Error.prepareStackTrace = prepare;
    Error.stackTraceLimit = limit;
  }
}

/** Starts keeping sync calls of at least `minMs` made on this thread; `stop` returns them and disarms. */
export function recordSyncCalls(minMs: number): { stop(): SyncCall[] } {
  const mine: Recorder = { minMs, calls: [] };
  recorder = mine;
  return {
    stop() {
      if (recorder === mine) recorder = undefined;
      return mine.calls;
    },
  };
}

/** Index of the first call ending after `time`; calls are kept in time order and never overlap. */
export function firstCallEndingAfter(calls: SyncCall[], time: number): number {
  let lo = 0;
  let hi = calls.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (calls[mid]!.to <= time) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
