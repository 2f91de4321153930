/**
 * Items by key, keys in first-seen order. Reports group cells by scenario once with it instead of
 * filtering every cell per scenario, so rendering stays linear in the number of cells.
 */
export function groupBy<T>(items: readonly T[], key: (item: T) => string): Map<string, T[]> {
  const out = new Map<string, T[]>();
  for (const item of items) {
    const k = key(item);
    const list = out.get(k);
    if (list) list.push(item);
    else out.set(k, [item]);
  }
  return out;
}
