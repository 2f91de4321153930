// Turns: side-by-side arms run one trial at a time, each round visiting every running arm once.
import { describe, expect, it } from "vitest";
import { Turns } from "../src/execute/turns.js";

/** Runs `counts[arm]` tasks per arm as executePlan does (one after another), recording who ran when. */
async function race(counts: Record<string, number>, seed: number) {
  const turns = new Turns(Object.keys(counts), seed);
  const ran: string[] = [];
  let running = 0;
  let most = 0;
  await Promise.all(
    Object.entries(counts).map(async ([arm, n]) => {
      try {
        for (let i = 0; i < n; i++) {
          // Arms prepare their next trial at different speeds; turns must not depend on it.
          await new Promise((r) => setTimeout(r, (i * 7 + arm.length) % 3));
          await turns.take(arm, async () => {
            running++;
            most = Math.max(most, running);
            ran.push(arm);
            await new Promise((r) => setTimeout(r, 1));
            running--;
          });
        }
      } finally {
        turns.leave(arm);
      }
    }),
  );
  return { ran, most };
}

describe("Turns", () => {
  it("alternates two arms round by round, never two trials at once", async () => {
    const { ran, most } = await race({ base: 12, current: 12 }, 7);
    expect(most).toBe(1);
    expect(ran).toHaveLength(24);
    for (let k = 0; k < 24; k += 2) expect(new Set(ran.slice(k, k + 2))).toEqual(new Set(["base", "current"]));
    // Who goes first in a round is random, not always the same arm.
    const firsts = new Set(Array.from({ length: 12 }, (_, k) => ran[2 * k]));
    expect(firsts.size).toBe(2);
  });

  it("repeats its order for the same seed", async () => {
    const a = await race({ base: 8, current: 8 }, 42);
    const b = await race({ base: 8, current: 8 }, 42);
    expect(a.ran).toEqual(b.ran);
  });

  it("lets the other arms go on alone once an arm has no trial left", async () => {
    const { ran, most } = await race({ base: 3, current: 9, third: 5 }, 1);
    expect(most).toBe(1);
    expect(ran.filter((a) => a === "current")).toHaveLength(9);
    for (let k = 0; k < 9; k += 3) expect(new Set(ran.slice(k, k + 3)).size).toBe(3);
    expect(ran.slice(-4)).toEqual(["current", "current", "current", "current"]);
  });
});
