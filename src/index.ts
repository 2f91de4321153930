// The GitHub Action's entry: everything happens in run(), which reports its own errors.
import { run } from "./action/run.js";

process.on("unhandledRejection", (reason) => {
  // A promise nobody awaited must still fail the step visibly, not vanish with a zero exit code.
  process.stdout.write(`::error::concurrency-guard: unhandled rejection: ${String(reason instanceof Error ? (reason.stack ?? reason.message) : reason).replace(/%/g, "%25").replace(/\r/g, "%0D").replace(/\n/g, "%0A")}\n`);
  process.exitCode = 1;
});

await run();
