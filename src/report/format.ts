/** Number formats shared by the terminal table and the markdown report. */
export function formatRate(opsPerSec: number): string {
  if (opsPerSec >= 100_000) return `${(opsPerSec / 1000).toFixed(0)}k/s`;
  if (opsPerSec >= 10_000) return `${(opsPerSec / 1000).toFixed(1)}k/s`;
  if (opsPerSec >= 100) return `${opsPerSec.toFixed(0)}/s`;
  return `${opsPerSec.toFixed(1)}/s`;
}

export function formatMs(ms: number): string {
  if (ms >= 1000) return `${(ms / 1000).toFixed(2)}s`;
  if (ms >= 10) return `${ms.toFixed(0)}ms`;
  if (ms >= 1) return `${ms.toFixed(1)}ms`;
  return `${(ms * 1000).toFixed(0)}us`;
}

export function formatUs(us: number): string {
  return us >= 1000 ? formatMs(us / 1000) : `${us.toFixed(us >= 10 ? 0 : 1)}us`;
}

export function formatKb(kb: number): string {
  if (kb >= 1024 * 10) return `${(kb / 1024).toFixed(0)}MB`;
  if (kb >= 1024) return `${(kb / 1024).toFixed(1)}MB`;
  return `${kb.toFixed(kb >= 10 ? 0 : 1)}KB`;
}

export function formatRatio(ratio: number): string {
  return `${ratio.toFixed(ratio >= 10 ? 0 : 2)}x`;
}
