// A RunnerIO that records everything the action says to the runner, in order, for in-process runs of runAction.
import type { Annotation } from "../../src/publish/annotations.js";
import type { ActionOutputs, RunnerIO } from "../../src/publish/runner-io.js";

export function recorder() {
  const events: string[] = [];
  const state = { outputs: undefined as ActionOutputs | undefined, failed: [] as string[], summary: "", annotations: [] as Annotation[] };
  const io: RunnerIO = {
    info: (m) => events.push(`info ${m}`),
    notice: (m) => events.push(`notice ${m}`),
    warning: (m) => events.push(`warning ${m}`),
    setFailed: (m) => {
      events.push("failed");
      state.failed.push(m);
    },
    setSecret: () => events.push("secret"),
    setOutputs: (o) => {
      events.push("outputs");
      state.outputs = o;
    },
    writeSummary: async (md) => {
      events.push("summary");
      state.summary += md;
    },
    annotate: (a) => state.annotations.push(...a),
    group: async (_name, fn) => fn(),
  };
  return { io, events, state };
}
