/**
 * Holm step-down adjusted p-values, in the input order. Holm keeps the chance
 * of any false alarm across the whole family at alpha (like Bonferroni) but
 * rejects more when several changes are real, and needs no independence
 * between the comparisons (the cells of one run share a machine, so they are
 * not independent). Reject hypothesis i when adjusted[i] <= alpha.
 */
export function holmAdjust(pValues: readonly number[]): number[] {
  const k = pValues.length;
  for (const p of pValues) {
    if (!(p >= 0 && p <= 1)) throw new RangeError(`holmAdjust: expected p-values in [0, 1], got ${p}`);
  }
  const order = pValues.map((p, i) => ({ p, i })).sort((a, b) => a.p - b.p || a.i - b.i);
  const adjusted = new Array<number>(k).fill(1);
  let running = 0;
  order.forEach(({ p, i }, rank) => {
    running = Math.max(running, Math.min(1, (k - rank) * p));
    adjusted[i] = running;
  });
  return adjusted;
}
