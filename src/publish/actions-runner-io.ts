import * as core from "@actions/core";
import type { RunnerIO } from "./runner-io.js";
import { emitAnnotations } from "./annotations.js";
import { writeJobSummary } from "./job-summary.js";
import { setActionOutputs } from "./outputs.js";

/** The runner as the Actions toolkit speaks to it: workflow commands on stdout, files named by `GITHUB_*`. */
export function actionsRunnerIO(): RunnerIO {
  return {
    info: (m) => core.info(m),
    notice: (m) => core.notice(m),
    warning: (m) => core.warning(m),
    setFailed: (m) => core.setFailed(m),
    setSecret: (v) => core.setSecret(v),
    setOutputs: setActionOutputs,
    writeSummary: async (md) => {
      await writeJobSummary(md);
    },
    annotate: emitAnnotations,
    group: (name, fn) => core.group(name, fn),
  };
}
