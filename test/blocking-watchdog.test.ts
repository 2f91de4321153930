// The watchdog thread started from sources: it runs the bundled dist/watchdog.js, claims a stall of this loop and answers collect.
import { setTimeout as sleep } from "node:timers/promises";
import { describe, expect, it } from "vitest";
import { startHeartbeat } from "../src/execute/node/blocking/heartbeat.js";
import { UP } from "../src/execute/node/blocking/layout.js";
import { realAtomicsWait } from "../src/execute/node/blocking/sync-hooks.js";
import { schedstatReader, startWatchdog, threadSchedstat } from "../src/execute/node/blocking/watchdog.js";

const BLOCK_MS = 20;
const SPIN_MS = 150;

describe("watchdog thread", () => {
  it("claims a stall of the loop it watches and reports it on collect", async () => {
    const schedstat = threadSchedstat();
    const heartbeat = startHeartbeat(BLOCK_MS, 5, schedstatReader(schedstat));
    const watchdog = startWatchdog(heartbeat.memory, { blockMs: BLOCK_MS, beatMs: heartbeat.intervalMs, sampleFrames: false, wait: realAtomicsWait, ...(schedstat && { schedstat }) });
    // The thread marks UP at its first poll where the OS has scheduler counters; elsewhere give it time.
    const started = Date.now();
    while (schedstat ? Atomics.load(heartbeat.memory.ints, UP) === 0 && Date.now() - started < 5000 : Date.now() - started < 500) await sleep(5);

    const from = performance.now();
    while (performance.now() - from < SPIN_MS); // the stall
    heartbeat.beat();
    await sleep(30);
    heartbeat.stop();
    const report = watchdog.collect();

    expect(report).toBeDefined();
    expect(report!.sampling).toBe(false);
    const longest = Math.max(0, ...report!.stalls.map((s) => s.to - s.from), ...heartbeat.missed.map((g) => g.to - g.from));
    expect(longest).toBeGreaterThanOrEqual(SPIN_MS * 0.9);
    expect(report!.stalls.length).toBeGreaterThan(0);
    if (schedstat) expect(report!.cpu.length).toBeGreaterThan(0);
  });
});
