import type { CellResult } from "../results/types.js";

/** Lines of a crashed trial's last output shown under its cell; the results file keeps the whole tail. */
const OUTPUT_LINES = 5;

/**
 * `killed 2 processes the trials left running (sleep)`: a trial's code started processes that
 * outlived it (detached, in a session of their own) and the runner had to kill them.
 */
export function killedProcessesText(cell: CellResult): string | undefined {
  const killed = cell.trials.flatMap((t) => (t.killedProcesses ? [t.killedProcesses] : []));
  if (killed.length === 0) return undefined;
  const count = killed.reduce((sum, k) => sum + k.count, 0);
  const names = [...new Set(killed.flatMap((k) => k.names))].sort();
  const trials = killed.length === 1 ? "a trial" : `${killed.length} trials`;
  return `killed ${count} process${count === 1 ? "" : "es"} ${trials} left running (${names.join(", ")})`;
}

/** The last lines a cell's first crashed trial wrote (its stderr: a fatal error, an abort message), for the terminal. */
export function crashOutputLines(cell: CellResult): string[] {
  const output = cell.trials.find((t) => t.status === "crashed" && t.crash?.output)?.crash?.output ?? "";
  return output.split("\n").filter((line) => line.trim()).slice(-OUTPUT_LINES).map((line) => `    | ${line.replace(/\r/g, "")}`);
}
