// The built CLI and the power study's arms (fixtures/power with an injected slowdown), shared by
// the benchmarks that measure side-by-side source runs (bench/drift.mjs, bench/adaptive-replay.mjs).
import { spawn } from "node:child_process";
import { cpSync, existsSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";

/** dist/cli.js of the checkout at `root`; exits 2 with a hint when it was not built. */
export function builtCli(root, bench) {
  const cli = path.join(root, "dist/cli.js");
  if (!existsSync(cli)) {
    process.stderr.write(`${bench} needs the built CLI: run npm run build first\n`);
    process.exit(2);
  }
  return cli;
}

/** Runs the CLI to completion; rejects unless it exits 0. */
export function runCli(cli, root, argv, env = {}) {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [cli, ...argv], { cwd: root, env: { ...process.env, ...env }, stdio: ["ignore", "ignore", "inherit"] });
    child.on("close", (code) => (code === 0 ? resolve() : reject(new Error(`concurrency-guard ${argv.join(" ")} exited ${code}`))));
  });
}

/** A fresh copy of fixtures/power under `outDir/arms/name` with `slowdown` injected; returns its config. */
export function powerArm(root, outDir, name, slowdown) {
  const dir = path.join(outDir, "arms", name);
  rmSync(dir, { recursive: true, force: true });
  cpSync(path.join(root, "fixtures/power"), dir, { recursive: true });
  writeFileSync(path.join(dir, "slowdown.json"), `${JSON.stringify(slowdown)}\n`);
  return path.join(dir, "concurrency-guard.yml");
}
