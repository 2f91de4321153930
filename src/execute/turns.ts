import { mulberry32 } from "../plan/plan.js";

/**
 * Lets several runs of trials (arms: the base commit and the head, side by side) take turns, one
 * trial at a time: each round visits every arm still running once, in a seeded random order. The
 * arms so share the same minutes of the machine, and a runner that slows down over a run slows
 * both alike instead of the one measured later.
 */
export class Turns {
  private readonly active: Set<string>;
  private readonly waiting = new Map<string, () => void>();
  private readonly random: () => number;
  private round: string[] = [];
  private busy = false;

  constructor(arms: readonly string[], seed: number) {
    this.active = new Set(arms);
    this.random = mulberry32(seed);
  }

  /** Runs `work` when it is `arm`'s turn; never two at once, whichever arm they belong to. */
  async take<T>(arm: string, work: () => Promise<T>): Promise<T> {
    if (!this.active.has(arm)) throw new Error(`arm ${arm} is not taking turns`);
    await new Promise<void>((resolve) => {
      this.waiting.set(arm, resolve);
      this.next();
    });
    try {
      return await work();
    } finally {
      this.busy = false;
      this.next();
    }
  }

  /** The arm has no trial left: the others stop waiting for it. */
  leave(arm: string): void {
    this.active.delete(arm);
    this.waiting.delete(arm);
    this.next();
  }

  private next(): void {
    if (this.busy) return;
    this.round = this.round.filter((a) => this.active.has(a));
    if (this.round.length === 0) {
      if (this.active.size === 0) return;
      this.round = [...this.active];
      for (let i = this.round.length - 1; i > 0; i--) {
        const j = Math.floor(this.random() * (i + 1));
        [this.round[i], this.round[j]] = [this.round[j]!, this.round[i]!];
      }
    }
    const arm = this.round[0]!;
    const go = this.waiting.get(arm);
    // Its next trial is still being prepared: wait for it rather than let another arm run twice.
    if (!go) return;
    this.round.shift();
    this.waiting.delete(arm);
    this.busy = true;
    go();
  }
}
