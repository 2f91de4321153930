import type { TrialCrash } from "./types.js";

/** How much of a dead process's output is kept to explain its death. */
export const OUTPUT_TAIL = 4000;

/**
 * What runtimes print when the heap is full: V8's fatal error (Node, main thread or child), a worker
 * stopped at its memory limit, Python's `MemoryError`.
 */
const OUT_OF_MEMORY = /heap out of memory|Reached heap limit|ERR_WORKER_OUT_OF_MEMORY|reaching memory limit|\bMemoryError\b/;

/** Keeps the last `OUTPUT_TAIL` characters of a stream of output. */
export function outputTail(): { add(chunk: Buffer | string): void; text(): string } {
  let kept = "";
  return {
    add: (chunk) => {
      kept = (kept + chunk.toString()).slice(-OUTPUT_TAIL);
    },
    text: () => kept.trim(),
  };
}

/** How one process died, from its exit and what it wrote last. */
export function describeCrash(process: string, code: number | null, signal: string | null, output = ""): TrialCrash {
  const text = output.trim().slice(-OUTPUT_TAIL);
  return {
    process,
    ...(signal ? { signal } : code !== null && { exitCode: code }),
    ...(OUT_OF_MEMORY.test(text) && { outOfMemory: true }),
    ...(text && { output: text }),
  };
}

/**
 * `child process ran out of memory (JavaScript heap out of memory) and exited with SIGABRT`: who
 * died, the out-of-memory reason when the runtime gave one, and the signal or exit code.
 */
export function crashWords(who: string, crash: TrialCrash): string {
  const how = crash.signal ?? (crash.exitCode !== undefined ? `code ${crash.exitCode}` : "no exit status");
  const memory = crash.outOfMemory ? `ran out of memory (${memoryReason(crash.output ?? "")}) and ` : "";
  return `${who} ${memory}exited with ${how}`;
}

function memoryReason(output: string): string {
  if (/heap out of memory/.test(output)) return "JavaScript heap out of memory";
  if (/ERR_WORKER_OUT_OF_MEMORY|reaching memory limit/.test(output)) return "worker memory limit reached";
  if (/\bMemoryError\b/.test(output)) return "MemoryError";
  return "heap limit reached";
}
