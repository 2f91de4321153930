import { MODELS, type Model } from "../config/types.js";
import { measuredTrial, OTHER_KIND, summarizeErrors } from "../results/errors.js";
import type { CellError, CellResult, ErrorSite } from "../results/types.js";

/** Where a kind of error occurred: one concurrency level of one model, with its share of started operations. */
export interface RaceLevel {
  concurrency: number;
  /** Failed operations of this kind / started operations, over the cell's measured trials. */
  rate: number;
  count: number;
}

/**
 * A kind of error whose pattern names its cause, as data (report/ words it):
 * `concurrent-only`: absent at concurrency 1 (measured, with ok trials) and present above it in
 * the same scenario and model, so it needs 2+ operations in flight: a race is likely;
 * `one-model`: present in one model only, while other models of the scenario were measured at
 * the same levels without it (for Python, threads against asyncio).
 */
export interface RaceFinding {
  pattern: "concurrent-only" | "one-model";
  scenario: string;
  model: Model;
  kind: string;
  /** The first raw message (text the code under test wrote). */
  firstMessage: string;
  site?: ErrorSite;
  /** The levels of `model` at which it occurred, ascending. */
  levels: RaceLevel[];
  /** `one-model`: the models measured at those levels that never threw it. */
  others?: Model[];
}

/**
 * Races called by their name, from one run's cells: a pure rule on where each kind of error
 * occurred. A scenario that fails the same way at every level and in every model matches neither
 * pattern, so it gets no race wording.
 */
export function findRaces(cells: readonly CellResult[]): RaceFinding[] {
  const out: RaceFinding[] = [];
  const kindsOf = new Map<CellResult, Map<string, CellError>>(
    cells.map((c) => [c, new Map((c.errors ?? summarizeErrors(c)).filter((e) => e.kind !== OTHER_KIND).map((e) => [e.kind, e]))]),
  );
  const measured = (c: CellResult) => c.trials.some((t) => t.status === "ok");
  for (const scenario of [...new Set(cells.map((c) => c.scenario))]) {
    const own = cells.filter((c) => c.scenario === scenario);
    const models = MODELS.filter((m) => own.some((c) => c.model === m));
    const kinds = [...new Set(own.flatMap((c) => [...kindsOf.get(c)!.keys()]))];
    for (const kind of kinds) {
      const withKind = (m: Model) => own.filter((c) => c.model === m && kindsOf.get(c)!.has(kind)).sort((a, b) => a.concurrency - b.concurrency);
      for (const model of models) {
        const hits = withKind(model);
        const one = own.find((c) => c.model === model && c.concurrency === 1);
        if (hits.length === 0 || !one || !measured(one) || kindsOf.get(one)!.has(kind)) continue;
        out.push(finding("concurrent-only", scenario, model, kind, hits, kindsOf));
      }
      const erring = models.filter((m) => withKind(m).length > 0);
      if (erring.length !== 1) continue;
      const model = erring[0]!;
      const hits = withKind(model);
      const others = models.filter(
        (m) => m !== model && hits.every((h) => own.some((c) => c.model === m && c.concurrency === h.concurrency && measured(c))),
      );
      if (others.length > 0) out.push({ ...finding("one-model", scenario, model, kind, hits, kindsOf), others });
    }
  }
  return out;
}

function finding(
  pattern: RaceFinding["pattern"],
  scenario: string,
  model: Model,
  kind: string,
  hits: CellResult[],
  kindsOf: Map<CellResult, Map<string, CellError>>,
): RaceFinding {
  const first = hits.map((c) => kindsOf.get(c)!.get(kind)!);
  const site = first.find((e) => e.site)?.site;
  return {
    pattern,
    scenario,
    model,
    kind,
    firstMessage: first[0]!.message,
    ...(site && { site }),
    levels: hits.map((c) => {
      const count = kindsOf.get(c)!.get(kind)!.count;
      const started = c.trials.filter(measuredTrial).reduce((n, t) => n + t.ops + t.errors, 0);
      return { concurrency: c.concurrency, rate: started > 0 ? count / started : 0, count };
    }),
  };
}
