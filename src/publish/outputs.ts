import { appendFileSync } from "node:fs";
import * as core from "@actions/core";
import type { ActionOutputs } from "./runner-io.js";

/** Sets every output at once, numbers as decimal strings, so a later step can test them with `==`. */
export function setActionOutputs(outputs: ActionOutputs): void {
  // The runner creates GITHUB_OUTPUT; a local imitation may not have, and the toolkit refuses a missing file.
  if (process.env.GITHUB_OUTPUT) appendFileSync(process.env.GITHUB_OUTPUT, "");
  for (const [name, value] of Object.entries(outputs)) core.setOutput(name, String(value));
}
