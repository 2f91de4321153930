import { actionsRunnerIO } from "../publish/actions-runner-io.js";
import { runAction } from "./run-action.js";

/** The action as the runner starts it: the real environment, the toolkit's runner I/O. */
export async function run(): Promise<void> {
  await runAction({ env: process.env, io: actionsRunnerIO() });
}
