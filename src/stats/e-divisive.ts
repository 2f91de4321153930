/**
 * E-divisive means (Matteson and James, 2014; the change-point method of MongoDB's CI and Apache
 * Otava) over a series of runs, each run a block of trial values. The energy distance between the
 * trials before and after a split uses every trial; the permutation test that judges the best split
 * shuffles whole runs, never single trials: trials of one run share a machine and a minute, so
 * under "no change" the runs are exchangeable and the trials are not. A run that drifts as a whole
 * then looks like what it is, one run among many, and not like a step.
 */

/** Pairwise distance sums between runs: `between[a * n + b]` = sum over trials i of a, j of b of |x_i - x_j|; the diagonal holds the sum over unordered pairs inside the run. */
export interface BlockDistances {
  runs: number;
  between: Float64Array;
  /** Trials per run. */
  counts: number[];
}

export function blockDistances(blocks: readonly (readonly number[])[]): BlockDistances {
  const n = blocks.length;
  const between = new Float64Array(n * n);
  for (let a = 0; a < n; a++) {
    const xa = blocks[a]!;
    let inside = 0;
    for (let i = 0; i < xa.length; i++) for (let k = i + 1; k < xa.length; k++) inside += Math.abs(xa[i]! - xa[k]!);
    between[a * n + a] = inside;
    for (let b = a + 1; b < n; b++) {
      const xb = blocks[b]!;
      let sum = 0;
      for (const x of xa) for (const y of xb) sum += Math.abs(x - y);
      between[a * n + b] = sum;
      between[b * n + a] = sum;
    }
  }
  return { runs: n, between, counts: blocks.map((b) => b.length) };
}

export interface Split {
  /** Runs on the left of the split (the change lands on run `tau`, 0-based). */
  tau: number;
  /** Q = nm/(n+m) * (2 mean|X-Y| - mean|X-X'| - mean|Y-Y'|), n and m counted in trials. */
  q: number;
}

/**
 * The best split of the runs taken in `order`, each side at least `minSize` runs: O(runs^2), the
 * within-side sums grown one run at a time. Undefined when the series is too short for two sides.
 */
export function bestSplit(d: BlockDistances, order: readonly number[], minSize: number): Split | undefined {
  const n = order.length;
  if (n < 2 * minSize || minSize < 1) return undefined;
  const B = d.between;
  const N = d.runs;
  // left[t] = within-left sum with t runs on the left; right[t] = within-right sum with runs t..n-1.
  const left = new Float64Array(n + 1);
  const leftCount = new Float64Array(n + 1);
  for (let t = 0; t < n; t++) {
    const r = order[t]!;
    let add = B[r * N + r]!;
    for (let a = 0; a < t; a++) add += B[order[a]! * N + r]!;
    left[t + 1] = left[t]! + add;
    leftCount[t + 1] = leftCount[t]! + d.counts[r]!;
  }
  const right = new Float64Array(n + 1);
  for (let t = n - 1; t >= 0; t--) {
    const r = order[t]!;
    let add = B[r * N + r]!;
    for (let b = t + 1; b < n; b++) add += B[r * N + order[b]!]!;
    right[t] = right[t + 1]! + add;
  }
  const total = left[n]!;
  const trials = leftCount[n]!;
  let best: Split | undefined;
  for (let tau = minSize; tau <= n - minSize; tau++) {
    const nx = leftCount[tau]!;
    const ny = trials - nx;
    if (nx === 0 || ny === 0) continue;
    const q = splitQ(total, left[tau]!, right[tau]!, nx, ny);
    if (!best || q > best.q) best = { tau, q };
  }
  return best;
}

/**
 * Q of one split from its distance sums: `total` over all pairs, `wl` and `wr` within the left and
 * right sides (of `nx` and `ny` values); the cross-side sum is what remains of the total.
 */
function splitQ(total: number, wl: number, wr: number, nx: number, ny: number): number {
  const x = total - wl - wr;
  const e = (2 * x) / (nx * ny) - (nx > 1 ? wl / ((nx * (nx - 1)) / 2) : 0) - (ny > 1 ? wr / ((ny * (ny - 1)) / 2) : 0);
  return ((nx * ny) / (nx + ny)) * e;
}

/**
 * The best split when each run is one value (its summary): the same Q as `bestSplit` on blocks of
 * one, in O(runs log runs) per order instead of O(runs^2). The within-side sums grow one run at a
 * time; the distance of a new value to those already in is read from two Fenwick trees over the
 * values' ranks (counts and sums below it), so a permutation test over thousands of orders of a
 * long history stays cheap.
 */
export class ScalarSplits {
  private readonly values: Float64Array;
  private readonly rank: Int32Array;
  private readonly count: Float64Array;
  private readonly sum: Float64Array;
  private readonly left: Float64Array;
  private readonly right: Float64Array;

  constructor(values: readonly number[]) {
    const n = values.length;
    this.values = Float64Array.from(values);
    this.rank = new Int32Array(n);
    values
      .map((v, i) => [v, i] as const)
      .sort((a, b) => a[0] - b[0] || a[1] - b[1])
      .forEach(([, i], r) => (this.rank[i] = r + 1));
    this.count = new Float64Array(n + 1);
    this.sum = new Float64Array(n + 1);
    this.left = new Float64Array(n + 1);
    this.right = new Float64Array(n + 1);
  }

  /** The best split of the values taken in `order` (indices), each side at least `minSize`. */
  best(order: readonly number[], minSize: number): Split | undefined {
    const n = order.length;
    if (n < 2 * minSize || minSize < 1) return undefined;
    this.within(order, this.left, false);
    this.within(order, this.right, true);
    const total = this.left[n]!;
    let best: Split | undefined;
    for (let tau = minSize; tau <= n - minSize; tau++) {
      const nx = tau;
      const ny = n - tau;
      const q = splitQ(total, this.left[tau]!, this.right[tau]!, nx, ny);
      if (!best || q > best.q) best = { tau, q };
    }
    return best;
  }

  /** out[t] = sum of |x_a - x_b| over pairs among the first t values in order (from the end when `reverse`: out[t] over positions t..n-1). */
  private within(order: readonly number[], out: Float64Array, reverse: boolean): void {
    const n = order.length;
    const { count, sum, values, rank } = this;
    const size = values.length;
    count.fill(0);
    sum.fill(0);
    let inCount = 0;
    let inSum = 0;
    if (reverse) out[n] = 0;
    else out[0] = 0;
    for (let s = 0; s < n; s++) {
      const t = reverse ? n - 1 - s : s;
      const idx = order[t]!;
      const x = values[idx]!;
      const r = rank[idx]!;
      let below = 0;
      let belowSum = 0;
      for (let k = r - 1; k > 0; k -= k & -k) {
        below += count[k]!;
        belowSum += sum[k]!;
      }
      const add = x * below - belowSum + (inSum - belowSum) - x * (inCount - below);
      if (reverse) out[t] = out[t + 1]! + add;
      else out[t + 1] = out[t]! + add;
      for (let k = r; k <= size; k += k & -k) {
        count[k]!++;
        sum[k] = sum[k]! + x;
      }
      inCount++;
      inSum += x;
    }
  }
}

export interface PermutationOptions {
  minSize: number;
  /** Uniform in [0, 1): a seeded generator, so a report can be reproduced. */
  random: () => number;
  /** Most permutations drawn (R). */
  maxPermutations: number;
  /** Stop once this many permutations reached the observed Q (Besag and Clifford's sequential p-value). */
  exceedances: number;
  /**
   * The smallest threshold the family's decision can use (alpha / tests). Once L draws (L + 1 the
   * first whole number above 1 / level) have passed with none reaching the observed split, the test
   * stops with p = 1 / (L + 1) < level: no further draw can change the decision. A test that goes on pays for that chance: its
   * p-value is raised by 1 / (L + 1), which keeps every p-value valid (P(p <= u) <= u).
   */
  decisiveLevel?: number;
}

export interface ChangeTest extends Split {
  /** Permutation p-value: exact over all orders when they are fewer than R, else sampled. */
  p: number;
  permutations: number;
  exact: boolean;
}

/**
 * The best split of the runs in their order, and how often an order of the same runs with no
 * change in it (a shuffle of whole runs) splits as well or better. A run is a block of trial values
 * (their distances summed once, O(runs^2) per order); runs of one value each (a figure per run, as
 * instructions per operation) take the O(runs log runs) path. When
 * every order can be enumerated within R, the p-value is exact; otherwise orders are drawn with
 * `random` and the drawing stops early (Besag and Clifford, 1991) once `exceedances` orders matched
 * the observed split, p = h / l, or once the decision is made (`decisiveLevel`), else at R draws,
 * p = (g + 1) / (R + 1). Clearly null series cost a few dozen draws, clear changes 1 / level.
 */
export function eDivisiveTest(blocks: readonly (readonly number[])[], options: PermutationOptions): ChangeTest | undefined {
  const identity = blocks.map((_, i) => i);
  let split: (order: readonly number[]) => Split | undefined;
  if (blocks.every((b) => b.length === 1)) {
    const scalar = new ScalarSplits(blocks.map((b) => b[0]!));
    split = (order) => scalar.best(order, options.minSize);
  } else {
    const d = blockDistances(blocks);
    split = (order) => bestSplit(d, order, options.minSize);
  }
  const observed = split(identity);
  if (!observed) return undefined;
  const reached = (order: readonly number[]) => split(order)!.q >= observed.q - 1e-9 * Math.abs(observed.q);
  if (factorialAtMost(blocks.length, options.maxPermutations)) {
    let hits = 0;
    let total = 0;
    permutations(identity, (order) => {
      total++;
      if (reached(order)) hits++;
    });
    return { ...observed, p: hits / total, permutations: total, exact: true };
  }
  const R = options.maxPermutations;
  // A hair above 1 / level, so that tests x p stays <= alpha in floating point too.
  const decisive = options.decisiveLevel === undefined ? 0 : Math.ceil((1 + 1e-9) / options.decisiveLevel) - 1;
  // Only a stop before R saves draws; otherwise the plain sequential test, with no surcharge.
  const stopAt = decisive > 0 && decisive < R ? decisive : 0;
  const surcharge = stopAt > 0 ? 1 / (stopAt + 1) : 0;
  const order = identity.slice();
  let hits = 0;
  for (let l = 1; l <= R; l++) {
    for (let i = order.length - 1; i > 0; i--) {
      const j = Math.floor(options.random() * (i + 1));
      [order[i], order[j]] = [order[j]!, order[i]!];
    }
    if (reached(order)) hits++;
    if (hits >= options.exceedances) return { ...observed, p: Math.min(1, hits / l + surcharge), permutations: l, exact: false };
    if (l === stopAt && hits === 0) return { ...observed, p: 1 / (l + 1), permutations: l, exact: false };
  }
  return { ...observed, p: Math.min(1, (hits + 1) / (R + 1) + surcharge), permutations: R, exact: false };
}

function factorialAtMost(n: number, limit: number): boolean {
  let f = 1;
  for (let i = 2; i <= n; i++) {
    f *= i;
    if (f > limit) return false;
  }
  return true;
}

/** Heap's algorithm: every order of `items`, each handed to `visit` (the array is reused). */
function permutations(items: number[], visit: (order: readonly number[]) => void): void {
  const a = items.slice();
  const c = new Array<number>(a.length).fill(0);
  visit(a);
  let i = 1;
  while (i < a.length) {
    if (c[i]! < i) {
      const j = i % 2 === 0 ? 0 : c[i]!;
      [a[j], a[i]] = [a[i]!, a[j]!];
      visit(a);
      c[i]!++;
      i = 1;
    } else {
      c[i] = 0;
      i++;
    }
  }
}

/**
 * The fewest runs with which any split can pass `level` (alpha over the family): a perfect step
 * between two halves is reached by 2 of the C(n, n/2) ways to choose which runs come first, so the
 * permutation p-value is at least 2 / C(n, floor(n/2)). Below this a history can claim nothing.
 */
export function runsNeeded(level: number, minSize: number): number {
  let choose = 1;
  for (let n = 1; n < 200; n++) {
    // C(n, floor(n/2)) from C(n-1, floor((n-1)/2)).
    choose = n % 2 === 0 ? (choose * n) / (n / 2) : (choose * n) / ((n + 1) / 2);
    if (n >= 2 * minSize && 2 / choose <= level) return n;
  }
  return 200;
}
