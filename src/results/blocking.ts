import type { BlockingSite, CellResult, Stall, StallSite } from "./types.js";

/**
 * A cell's stalls grouped by where they happened, across its completed trials: each distinct
 * site with how often, how long in all and at worst, and in how many trials it showed up. A
 * site seen in every trial is a property of the code; one seen once may be the machine.
 * Sorted by total time blocked, the order in which fixing them pays off.
 */
export function summarizeBlocking(cell: CellResult): BlockingSite[] {
  const ok = cell.trials.filter((t) => t.status === "ok");
  const groups = new Map<string, { stalls: Stall[]; trials: Set<number> }>();
  for (const trial of ok) {
    for (const stall of trial.stalls ?? []) {
      const key = siteKey(stall);
      const group = groups.get(key) ?? { stalls: [], trials: new Set<number>() };
      group.stalls.push(stall);
      group.trials.add(trial.index);
      groups.set(key, group);
    }
  }
  const sites = [...groups.entries()].map(([key, { stalls, trials }]): BlockingSite => {
    const durations = stalls.map((s) => s.durationMs);
    const longest = stalls.reduce((a, b) => (b.durationMs > a.durationMs ? b : a));
    // The first report of a site carries its stack and source line; later ones only the place.
    // A turn's share and callbacks are the longest stall's, as its duration is.
    const first = key === "descheduled" || key === "gil" ? undefined : (stalls.find((s) => s.site?.stack)?.site ?? stalls.find((s) => s.site)?.site);
    const site = first && withTurn(first, longest.site);
    const summary: BlockingSite = {
      key,
      count: stalls.length,
      totalMs: durations.reduce((a, b) => a + b, 0),
      maxMs: Math.max(...durations),
      trials: trials.size,
      share: trials.size / ok.length,
      loops: [...new Set(stalls.map((s) => s.loop))].sort(),
      ...(site && { site }),
      ...(stalls.every((s) => s.gc) && { gc: true }),
      ...(stalls.every((s) => s.starvation) && { starvation: true }),
      ...(stalls.every((s) => s.descheduled) && { descheduled: true }),
      ...(stalls.every((s) => s.gilWait) && { gilWait: true }),
      ...(!site && longest.elsewhere && { elsewhere: longest.elsewhere }),
      ...(stalls.every((s) => s.unsampled) && { unsampled: true }),
      text: "",
    };
    summary.text = describeSite(summary);
    return summary;
  });
  return sites.sort((a, b) => b.totalMs - a.totalMs || a.key.localeCompare(b.key));
}

/** The group's site with the share and callbacks of the longest stall's, when it was a turn at the same line. */
function withTurn(site: StallSite, longest: StallSite | undefined): StallSite {
  const { share: _share, callbacks: _callbacks, ...rest } = site;
  if (!longest || longest.file !== site.file || longest.line !== site.line) return rest;
  return { ...rest, ...(longest.share !== undefined && { share: longest.share }), ...(longest.callbacks !== undefined && { callbacks: longest.callbacks }) };
}

/**
 * Stalls at the same line are one site; GC is told apart from the code it interrupted and
 * starvation (many short callbacks) from one long call. Stalls the machine made (the thread was
 * waiting for a CPU) are one group whatever code they interrupted, and so are Python's waits for
 * the GIL: they point at no line. Unattributed stalls are grouped by the module their time went to.
 */
export function siteKey(stall: Stall): string {
  if (stall.descheduled) return "descheduled";
  if (stall.gilWait) return "gil";
  const where = stall.site
    ? `${stall.site.file}:${stall.site.line}`
    : stall.elsewhere
      ? `unattributed in ${stall.elsewhere}`
      : stall.unsampled
        ? "unattributed unsampled"
        : "unattributed";
  return stall.gc ? `gc ${where}` : stall.starvation ? `starved ${where}` : where;
}

/**
 * One readable line per site, e.g.
 * `blocked the loop 87 ms (x12 in 10 trials) at bench/read-config.mjs:14 readFileSync`:
 * the longest stall, how many there were, in how many trials, and where.
 */
export function describeSite(
  site: Pick<BlockingSite, "count" | "trials" | "maxMs" | "site" | "gc" | "starvation" | "descheduled" | "gilWait" | "elsewhere" | "unsampled">,
): string {
  const what = site.descheduled
    ? "the machine held the loop up"
    : site.gilWait
      ? "another thread held the loop up"
      : site.gc
        ? "garbage collection blocked the loop"
        : site.starvation
          ? "kept the loop from its timers and I/O"
          : "blocked the loop";
  const times = `(x${site.count} in ${site.trials} ${site.trials === 1 ? "trial" : "trials"})`;
  const s = site.site;
  const where = site.descheduled
    ? "while its thread waited for a CPU"
    : site.gilWait
      ? "while its thread waited for the GIL"
      : s
        ? `at ${s.file}:${s.line}${s.api ? ` ${s.api}` : s.function ? ` in ${s.function}` : ""}${turnText(s)}`
        : site.unsampled
          ? "with no sample to name its code (a threshold this short leaves the watchdog no time)"
          : `with no frame in the repository to blame${site.elsewhere ? ` (most of it in ${site.elsewhere})` : ""}`;
  return `${what} ${Math.round(site.maxMs)} ms ${times} ${where}`;
}

/** `, 2 callbacks, 94% of the turn` for a turn of many callbacks; empty for one long call. */
function turnText(s: StallSite): string {
  if (s.share === undefined) return "";
  const callbacks = s.callbacks !== undefined ? `, ${s.callbacks} ${s.callbacks === 1 ? "callback" : "callbacks"}` : "";
  return `${callbacks}, ${Math.round(s.share * 100)}% of the turn`;
}
