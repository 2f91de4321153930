// Bundles the CLI, the action and the trial program into dist/, and copies the runtime files they load.
import { build } from "esbuild";
import { cpSync, mkdirSync, rmSync } from "node:fs";

const banner = {
  js: "import { createRequire as __cgCreateRequire } from 'node:module'; const require = __cgCreateRequire(import.meta.url);",
};
rmSync("dist", { recursive: true, force: true });
mkdirSync("dist", { recursive: true });
await build({
  entryPoints: { cli: "src/cli.ts", index: "src/index.ts", trial: "src/trial.ts" },
  outdir: "dist",
  bundle: true,
  platform: "node",
  format: "esm",
  target: "node20",
  banner,
  legalComments: "none",
  logLevel: "warning",
});
cpSync("src/execute/python", "dist/python", { recursive: true, filter: (src) => !src.includes("__pycache__") });
