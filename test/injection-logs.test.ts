// Text from the code under test printed to the runner log (progress, CLI tables, compare output, action log lines, annotations) forges no workflow command.
import { describe, expect, it } from "vitest";
import { buildAnnotations } from "../src/publish/annotations.js";
import { actionsRunnerIO } from "../src/publish/actions-runner-io.js";
import { renderResultsTable } from "../src/report/cli-table.js";
import { renderText } from "../src/report/comparison-text.js";
import { costDoneLine } from "../src/report/cost-text.js";
import { progressReporter } from "../src/report/progress.js";
import { logLine, logText } from "../src/shared/log-text.js";
import { BIDI, forgedLines, HOSTILE, hostilePair } from "./support/hostile-results.js";

describe("log text", () => {
  it("keeps the words but drops CR, controls and bidi, and neutralizes command markers", () => {
    expect(logText("a\r\n::error::x\n  ::warning::y\nsee ##[error]z \u202eq\u200f\u061c\u001b[2K")).toBe("a\n\\::error::x\n  \\::warning::y\nsee ##\\[error]z q[2K");
    expect(logLine("boom\n::error::x")).toBe("boom ::error::x");
    expect(logLine("::error::x")).toBe("\\::error::x");
    expect(logText(logText(HOSTILE))).toBe(logText(HOSTILE));
    expect(logText("cell 3/9 cpu-hash/async/8: 10/10 trials ok")).toBe("cell 3/9 cpu-hash/async/8: 10/10 trials ok");
  });
});

describe("the runner log", () => {
  const { current, comparison } = hostilePair();

  it("progress lines and cost lines", () => {
    let log = "";
    const stream = { isTTY: false, write: (t: string) => void (log += t) } as unknown as NodeJS.WriteStream;
    const progress = progressReporter(stream, 1000);
    for (const cell of current.cells) progress.onCellDone!(cell, 1, current.cells.length);
    log += `concurrency-guard: ${costDoneLine(current.costs![0]!, "current")}\n`;
    expect(log).toContain("FAILED: <img");
    expect(forgedLines(log)).toEqual([]);
  });

  it("the run's table and compare's output", () => {
    const table = renderResultsTable(current);
    const text = renderText(comparison);
    expect(table).toContain("failed evil/processes/4");
    expect(text).toContain("first message");
    expect(forgedLines(table)).toEqual([]);
    expect(forgedLines(text)).toEqual([]);
  });

  it("the action's log lines, as the toolkit writes them to stdout", () => {
    const written: string[] = [];
    const original = process.stdout.write.bind(process.stdout);
    process.stdout.write = ((chunk: string) => (written.push(String(chunk)), true)) as typeof process.stdout.write;
    try {
      const io = actionsRunnerIO();
      io.info(`note: ${HOSTILE}`);
      io.notice(HOSTILE);
      io.warning(HOSTILE);
    } finally {
      process.stdout.write = original;
    }
    const log = written.join("");
    // The toolkit's own commands are ours; everything after their `::` is data.
    const commands = log.split("\n").filter((l) => /^\s*::/.test(l));
    expect(commands.map((l) => l.split("::")[1]!.split(" ")[0])).toEqual(["notice", "warning"]);
    expect(log).toContain("note: <img");
    expect(log).not.toContain("##[");
    expect(BIDI.test(log)).toBe(false);
  });

  it("annotations carry no bidi controls", () => {
    const { annotations } = buildAnnotations({ current, comparison, configDir: "", failOn: ["regression", "blocking"] });
    expect(annotations.length).toBeGreaterThan(0);
    for (const a of annotations) expect(BIDI.test(`${a.title}${a.message}`)).toBe(false);
  });
});
