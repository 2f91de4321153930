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
    const wl = left[tau]!;
    const wr = right[tau]!;
    const x = total - wl - wr;
    const e = (2 * x) / (nx * ny) - (nx > 1 ? wl / ((nx * (nx - 1)) / 2) : 0) - (ny > 1 ? wr / ((ny * (ny - 1)) / 2) : 0);
    const q = ((nx * ny) / (nx + ny)) * e;
    if (!best || q > best.q) best = { tau, q };
  }
  return best;
}

export interface PermutationOptions {
  minSize: number;
  /** Uniform in [0, 1): a seeded generator, so a report can be reproduced. */
  random: () => number;
  /** Most permutations drawn (R). */
  maxPermutations: number;
  /** Stop once this many permutations reached the observed Q (Besag and Clifford's sequential p-value). */
  exceedances: number;
}

export interface ChangeTest extends Split {
  /** Permutation p-value: exact over all orders when they are fewer than R, else sampled. */
  p: number;
  permutations: number;
  exact: boolean;
}

/**
 * The best split of the runs in their order, and how often an order of the same runs with no
 * change in it (a shuffle of whole runs) splits as well or better. When every order can be
 * enumerated within R, the p-value is exact; otherwise orders are drawn with `random` and the
 * drawing stops early (Besag and Clifford, 1991) once `exceedances` orders matched the observed
 * split, p = h / l, else p = (g + 1) / (R + 1). Clearly null series cost a few dozen draws; only
 * series near or past the line cost R.
 */
export function eDivisiveTest(blocks: readonly (readonly number[])[], options: PermutationOptions): ChangeTest | undefined {
  const d = blockDistances(blocks);
  const identity = blocks.map((_, i) => i);
  const observed = bestSplit(d, identity, options.minSize);
  if (!observed) return undefined;
  const reached = (order: readonly number[]) => bestSplit(d, order, options.minSize)!.q >= observed.q - 1e-9 * Math.abs(observed.q);
  if (factorialAtMost(blocks.length, options.maxPermutations)) {
    let hits = 0;
    let total = 0;
    permutations(identity, (order) => {
      total++;
      if (reached(order)) hits++;
    });
    return { ...observed, p: hits / total, permutations: total, exact: true };
  }
  const order = identity.slice();
  let hits = 0;
  for (let l = 1; l <= options.maxPermutations; l++) {
    for (let i = order.length - 1; i > 0; i--) {
      const j = Math.floor(options.random() * (i + 1));
      [order[i], order[j]] = [order[j]!, order[i]!];
    }
    if (reached(order)) hits++;
    if (hits >= options.exceedances) return { ...observed, p: hits / l, permutations: l, exact: false };
  }
  return { ...observed, p: (hits + 1) / (options.maxPermutations + 1), permutations: options.maxPermutations, exact: false };
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
