/**
 * What a callgrind profile (`--dump-instr=yes --compress-strings=no --compress-pos=no`) says about
 * where instructions ran: each named function's own count (keyed by its object and name), and for
 * code that no object file names (JIT code: `ob=???`), the count per instruction address, to be
 * named from the runtime's own map of its code. A call's inclusive cost (the line after `calls=`)
 * is the callee's, already counted where the callee ran, and is skipped.
 */
export interface CallgrindProfile {
  pid?: number;
  /** Own instructions per `object \t function` of code in an object file. */
  named: Map<string, number>;
  /** Own instructions per address of code outside any object file. */
  anonymous: Map<number, number>;
  total: number;
}

/** The object name callgrind gives code it cannot place in a file. */
const NO_OBJECT = "???";

export function parseCallgrindOutput(text: string): CallgrindProfile | undefined {
  if (!text.startsWith("# callgrind format") && !/^version: 1$/m.test(text.slice(0, 200))) return undefined;
  const named = new Map<string, number>();
  const anonymous = new Map<number, number>();
  let pid: number | undefined;
  let object = "";
  let fn = "";
  let skipNext = false;
  let total = 0;
  let costColumn = -1;
  let start = 0;
  while (start < text.length) {
    let end = text.indexOf("\n", start);
    if (end < 0) end = text.length;
    const line = text.slice(start, end);
    start = end + 1;
    const c = line.charCodeAt(0);
    // 0x: a cost line (address, then with --dump-line also a line number, then the cost).
    if (c === 48 && line.charCodeAt(1) === 120) {
      if (skipNext) {
        skipNext = false;
        continue;
      }
      const parts = line.split(" ");
      const cost = Number(parts[costColumn < 0 ? parts.length - 1 : costColumn]);
      if (!Number.isFinite(cost) || cost <= 0) continue;
      total += cost;
      if (object === NO_OBJECT) {
        const address = parseInt(parts[0]!, 16);
        anonymous.set(address, (anonymous.get(address) ?? 0) + cost);
      } else {
        const key = `${object}\t${fn}`;
        named.set(key, (named.get(key) ?? 0) + cost);
      }
      continue;
    }
    if (line.startsWith("ob=")) object = line.slice(3);
    else if (line.startsWith("fn=")) fn = line.slice(3);
    else if (line.startsWith("calls=")) skipNext = true;
    else if (line.startsWith("pid: ")) pid = Number(line.slice(5)) || undefined;
    else if (line.startsWith("positions: ")) costColumn = line.slice(11).trim().split(/\s+/).length;
  }
  return { ...(pid !== undefined && { pid }), named, anonymous, total };
}
