import type { ExecuteEvents } from "../execute/run-plan.js";
import { logLine } from "../shared/log-text.js";
import { formatValue } from "./number-format.js";

/**
 * Progress for a person at a terminal (one live line) or a CI log (one plain line per finished
 * cell, so logs stay readable and timestamps mean something). A cell's error is the code under
 * test's text: one line, with nothing the runner would read as a workflow command (`logLine`).
 */
export function progressReporter(stream: NodeJS.WriteStream, estimatedMs: number, now = () => Date.now()): ExecuteEvents & { end(): void } {
  const live = stream.isTTY === true;
  const started = now();
  let shown = false;
  return {
    onTrialStart(trial, done, total) {
      if (!live) return;
      const elapsed = now() - started;
      const left = done > 0 ? (elapsed / done) * (total - done) : estimatedMs;
      const line = logLine(`[${done}/${total}] ${trial.cell.id} trial ${trial.index + 1}  ~${Math.ceil(left / 1000)}s left`);
      stream.write(`\r\x1b[2K${line.slice(0, (stream.columns ?? 120) - 1)}`);
      shown = true;
    },
    onCellDone(cell, done, total) {
      const s = cell.summary;
      const ok = cell.trials.filter((t) => t.status === "ok").length;
      const what = cell.error ? `FAILED: ${cell.error.split("\n")[0]}` : `${ok}/${cell.trials.length} trials ok${s ? `, median ${formatValue(s.throughput, "/s")}` : ""}`;
      const line = logLine(`cell ${done}/${total} ${cell.id}: ${what}`);
      stream.write(live ? `\r\x1b[2K${line}\n` : `${line}\n`);
      shown = false;
    },
    end() {
      if (live && shown) stream.write("\r\x1b[2K");
    },
  };
}
