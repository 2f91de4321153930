/** A duration in whole seconds as a person writes it: "45s", "4m", "4m10s" (time budgets, rounds). */
export function durationText(ms: number): string {
  const s = Math.round(ms / 1000);
  if (s < 60) return `${s}s`;
  const m = Math.floor(s / 60);
  const rest = s % 60;
  return rest === 0 ? `${m}m` : `${m}m${String(rest).padStart(2, "0")}s`;
}
