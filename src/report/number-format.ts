import type { MetricName } from "../compare/types.js";

/**
 * The one set of number formats of every report (terminal, markdown, messages): compact and
 * unit-aware, three significant digits: `12.3k/s`, `1.24ms`, `830µs`, `13.3MB`.
 */
export function formatValue(value: number | null, unit: string): string {
  if (value === null || !Number.isFinite(value)) return "-";
  switch (unit) {
    case "/s":
      return `${formatNumber(value)}/s`;
    case "ms":
      return formatMs(value);
    case "µs":
      return value >= 1000 ? formatMs(value / 1000) : `${significant(value)}µs`;
    case "KB":
      return value >= 1024 ? `${significant(value / 1024)}MB` : `${significant(value)}KB`;
    case "rate":
      return formatRate(value);
    default:
      return `${significant(value)}${unit}`;
  }
}

export function formatMs(ms: number): string {
  if (Math.abs(ms) >= 1000) return `${significant(ms / 1000)}s`;
  if (Math.abs(ms) < 1 && ms !== 0) return `${significant(ms * 1000)}µs`;
  return `${significant(ms)}ms`;
}

export function formatNumber(value: number): string {
  const abs = Math.abs(value);
  if (abs >= 1e6) return `${significant(value / 1e6)}M`;
  if (abs >= 1e4) return `${significant(value / 1e3)}k`;
  return significant(value);
}

/** Three significant digits, no exponent for everyday magnitudes. */
export function significant(value: number): string {
  if (value === 0) return "0";
  const abs = Math.abs(value);
  const digits = abs >= 100 ? 0 : abs >= 10 ? 1 : abs >= 1 ? 2 : 3;
  return value.toFixed(digits);
}

/** Signed percentage: `+4.2%`, `-12%`. */
export function formatPercent(fraction: number | null): string {
  if (fraction === null || !Number.isFinite(fraction)) return "-";
  const pct = fraction * 100;
  const abs = Math.abs(pct);
  const text = abs >= 10 ? pct.toFixed(0) : abs >= 1 ? pct.toFixed(1) : pct.toFixed(2);
  return `${pct > 0 ? "+" : ""}${text}%`;
}

/** How many times faster: `1.03x`, `12x`. */
export function formatRatio(ratio: number): string {
  return `${ratio.toFixed(ratio >= 10 ? 0 : 2)}x`;
}

export function formatP(p: number | null): string {
  if (p === null) return "-";
  if (p < 0.0001) return "<0.0001";
  return p.toFixed(4);
}

export const METRIC_LABELS: Record<MetricName, string> = {
  throughput: "throughput",
  p99: "p99 latency",
  loopDelayMax: "max loop delay",
  cpuPerOp: "CPU per op",
  memPerInFlight: "memory per in-flight op",
};

/** A share of operations, unsigned: `12%`, `3.1%`, `0.25%`, `<0.01%`, `0%`. */
export function formatRate(fraction: number | null): string {
  if (fraction === null || !Number.isFinite(fraction)) return "-";
  const pct = fraction * 100;
  if (pct === 0) return "0%";
  if (pct < 0.01) return "<0.01%";
  return `${pct >= 10 ? pct.toFixed(0) : pct >= 1 ? pct.toFixed(1) : pct.toFixed(2)}%`;
}

/** A change of a rate in absolute percentage points, signed: `+4.1`, `-0.25`. */
export function formatPoints(shift: number | null): string {
  return formatPercent(shift).replace("%", "");
}

/** The label of what a budget measures: a metric, or the error rate. */
export function budgetMetricLabel(metric: MetricName | "errorRate"): string {
  return metric === "errorRate" ? "error rate" : METRIC_LABELS[metric];
}
