import * as core from "@actions/core";
import { logText } from "../shared/log-text.js";
import type { RunnerIO } from "./runner-io.js";
import { emitAnnotations } from "./annotations.js";
import { writeJobSummary } from "./job-summary.js";
import { setActionOutputs } from "./outputs.js";

/**
 * The runner as the Actions toolkit speaks to it: workflow commands on stdout, files named by `GITHUB_*`.
 * Log lines can quote the code under test, so each message passes `logText`: `core.info` writes it
 * as it is, and a line of it starting with `::` would be a workflow command.
 */
export function actionsRunnerIO(): RunnerIO {
  return {
    info: (m) => core.info(logText(m)),
    notice: (m) => core.notice(logText(m)),
    warning: (m) => core.warning(logText(m)),
    setFailed: (m) => core.setFailed(logText(m)),
    setSecret: (v) => core.setSecret(v),
    setOutputs: setActionOutputs,
    writeSummary: async (md) => {
      await writeJobSummary(md);
    },
    annotate: emitAnnotations,
    group: (name, fn) => core.group(name, fn),
  };
}
