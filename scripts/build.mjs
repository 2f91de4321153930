// Bundles the CLI, the action, the trial program and its watchdog thread into dist/, and copies the
// runtime files they load.
// Builds beside dist/ and swaps it in, so a test or run reading dist/ never sees it half written.
import { build } from "esbuild";
import { cpSync, mkdtempSync, renameSync, rmSync } from "node:fs";

const banner = {
  js: "import { createRequire as __cgCreateRequire } from 'node:module'; const require = __cgCreateRequire(import.meta.url);",
};
const staging = mkdtempSync("dist-build-");
try {
  await build({
    entryPoints: {
      cli: "src/cli.ts",
      index: "src/index.ts",
      trial: "src/trial.ts",
      // Runs a scenario N times under valgrind for its CPU cost (src/execute/cost/).
      cost: "src/cost-driver.ts",
      // Started by the trial as a worker file, one per loop (src/execute/node/blocking/watchdog.ts).
      watchdog: "src/execute/node/blocking/watchdog-thread.ts",
    },
    outdir: staging,
    bundle: true,
    platform: "node",
    format: "esm",
    target: "node20",
    banner,
    legalComments: "none",
    logLevel: "warning",
  });
  cpSync("src/execute/python", `${staging}/python`, { recursive: true, filter: (src) => !src.includes("__pycache__") });
  rmSync("dist", { recursive: true, force: true });
  renameSync(staging, "dist");
} finally {
  rmSync(staging, { recursive: true, force: true });
}
