/**
 * V8's map of its generated code (`--perf-basic-prof`: one line per code object, `START SIZE NAME`
 * in hex), to name the instructions a profiler found at addresses no object file covers. Code is
 * never moved while the map is written (the flag turns code compaction off), but freed code's
 * space can be reused: the latest entry at an address wins. The map is written by the process
 * under test, so every line is checked and names are kept short.
 */
export interface JitEntry {
  start: number;
  size: number;
  name: string;
}

export interface JitMap {
  entries: number;
  find(address: number): JitEntry | undefined;
}

const MAX_NAME = 300;

export function parseJitMap(text: string): JitMap {
  const byStart = new Map<number, JitEntry>();
  for (const line of text.split("\n")) {
    const m = /^([0-9a-fA-F]{1,16}) ([0-9a-fA-F]{1,8}) (.+)$/.exec(line);
    if (!m) continue;
    const start = parseInt(m[1]!, 16);
    const size = parseInt(m[2]!, 16);
    if (!Number.isSafeInteger(start) || !(size > 0)) continue;
    byStart.set(start, { start, size, name: m[3]!.slice(0, MAX_NAME) });
  }
  const sorted = [...byStart.values()].sort((a, b) => a.start - b.start);
  return {
    entries: sorted.length,
    find(address) {
      let lo = 0;
      let hi = sorted.length - 1;
      let best = -1;
      while (lo <= hi) {
        const mid = (lo + hi) >> 1;
        if (sorted[mid]!.start <= address) {
          best = mid;
          lo = mid + 1;
        } else hi = mid - 1;
      }
      const e = best >= 0 ? sorted[best] : undefined;
      return e && address < e.start + e.size ? e : undefined;
    },
  };
}

/**
 * A JS function's entry (`JS:*run file:///app/bench/a.mjs:17:20`; older V8: `LazyCompile:`,
 * `Function:`, `Script:`, `Eval:`). The mark before the name is the tier: `~` interpreted, `^`
 * baseline, `+` Maglev, `*` TurboFan; the V8 of Node 24 adds `'` after it for on-stack
 * replacement code (`JS:*'heavier ...`).
 */
export interface JitFunction {
  name: string;
  url: string;
  line: number;
  column: number;
}

/** What a map entry is: a JS function, a V8 builtin, the interpreter's bytecode handlers, or other generated code. */
export type JitKind = { kind: "js"; fn: JitFunction } | { kind: "builtin"; name: string } | { kind: "interpreter" } | { kind: "other"; name: string };

export function classifyJitEntry(name: string): JitKind {
  const js = /^(?:JS|LazyCompile|Function|Script|Eval):[*~^+]?'?(\S*) (.*):(\d+):(\d+)$/.exec(name);
  if (js) return { kind: "js", fn: { name: js[1]!, url: js[2]!, line: Number(js[3]), column: Number(js[4]) } };
  if (name.startsWith("BytecodeHandler:")) return { kind: "interpreter" };
  if (name.startsWith("Builtin:")) return { kind: "builtin", name: name.slice(8) };
  return { kind: "other", name: name.replace(/:.*$/, "") };
}
