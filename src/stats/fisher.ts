/**
 * One-sided Fisher exact test on a 2x2 table: is an event (a blocking site
 * showing up in a trial) more frequent in the first group (current trials)
 * than in the second (baseline trials)? Exact from the hypergeometric
 * distribution, so it stays valid for the 10-vs-10 trial counts a gate sees,
 * where a chi-squared approximation would not.
 *
 * Returns P(X >= a) for X ~ Hypergeometric(total n1 + n2, successes a + b, draws n1).
 */
export function fisherGreater(a: number, n1: number, b: number, n2: number): number {
  for (const [v, name] of [
    [a, "a"],
    [n1, "n1"],
    [b, "b"],
    [n2, "n2"],
  ] as const) {
    if (!Number.isInteger(v) || v < 0) throw new RangeError(`fisherGreater: ${name}: expected a non-negative integer, got ${v}`);
  }
  if (a > n1 || b > n2) throw new RangeError(`fisherGreater: counts exceed group sizes (${a}/${n1}, ${b}/${n2})`);
  const N = n1 + n2;
  const K = a + b;
  const denom = logChoose(N, n1);
  let p = 0;
  for (let x = a; x <= Math.min(K, n1); x++) {
    p += Math.exp(logChoose(K, x) + logChoose(N - K, n1 - x) - denom);
  }
  return Math.min(1, p);
}

const logFactorials: number[] = [0];

function logFactorial(n: number): number {
  for (let i = logFactorials.length; i <= n; i++) logFactorials.push(logFactorials[i - 1]! + Math.log(i));
  return logFactorials[n]!;
}

function logChoose(n: number, k: number): number {
  return logFactorial(n) - logFactorial(k) - logFactorial(n - k);
}
