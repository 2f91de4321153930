import type { ResultsFile, ShardRecord } from "../results/types.js";

/** What one shard measured, for its log: and for an empty shard, that it had nothing to measure. */
export function shardLine(shard: ShardRecord, cells: number): string {
  const total = shard.cells.length;
  const head = `shard ${shard.index}/${shard.count} of plan ${shard.fingerprint}`;
  if (cells === 0) {
    return `${head}: the plan's ${total} cell${total === 1 ? "" : "s"} went to other shards; nothing to measure here (merge accepts this file)`;
  }
  return `${head}: ${cells} of the plan's ${total} cells measured here; merge every shard's results with: concurrency-guard merge FILE... --out FILE`;
}

/**
 * What a merged run was made of, for the report: how many shards and where each ran. When they ran
 * on different machines, says that each cell stayed on one and what that means for a stored baseline.
 */
export function shardNotes(results: ResultsFile): string[] {
  const shards = results.shards;
  if (!shards) return [];
  const machines = new Set(shards.merged.map((m) => m.env.fingerprint));
  const each = shards.merged.map((m) => `shard ${m.index}: ${m.cells} cell${m.cells === 1 ? "" : "s"} on ${m.env.cpus} x ${m.env.cpuModel} (${m.env.fingerprint})`);
  const notes = [`merged from ${shards.merged.length} of ${shards.count} shards of plan ${shards.fingerprint}: ${each.join("; ")}`];
  if (machines.size > 1) {
    notes.push(
      `the shards ran on ${machines.size} different machines: each cell's trials (and both sides of a side-by-side run) come from one runner, ` +
        "so each comparison stays on one machine; a stored baseline is gated on timing only if it ran on the same machines",
    );
  }
  return notes;
}
