// The compare core for the bench scripts: TypeScript, bundled once into the study's folder so a
// plain script runs the real code (bench:power, bench:drift, bench:errors, bench:sequential-sim share it).
import path from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import * as esbuild from "esbuild";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");

/**
 * Bundles the given `export ... from "./src/..."` lines of the TypeScript sources into
 * `outDir/NAME-bundle.mjs` and imports it, so a plain script runs the real code. The banner gives
 * the ESM bundle a `require` for the config loader's CommonJS dependencies, as scripts/build.mjs does.
 */
export async function loadBundle(outDir, name, exportLines) {
  const bundle = path.join(outDir, `${name}-bundle.mjs`);
  await esbuild.build({
    stdin: { contents: exportLines.join("\n"), resolveDir: root, loader: "ts" },
    bundle: true,
    platform: "node",
    format: "esm",
    outfile: bundle,
    banner: { js: "import { createRequire as __cgCreateRequire } from 'node:module'; const require = __cgCreateRequire(import.meta.url);" },
    logLevel: "error",
  });
  return import(pathToFileURL(path.resolve(bundle)).href);
}

/** Bundles the compare core (and the peers' rules) into `outDir` and imports it. */
export function loadCompareCore(outDir) {
  return loadBundle(outDir, "compare", [
    'export { compareResults } from "./src/compare/compare.ts";',
    'export { DEFAULT_COMPARE, readCompareConfig } from "./src/config/compare-settings.ts";',
    'export { summarizeBlocking } from "./src/results/blocking.ts";',
    'export { failureReasons } from "./src/report/finding-text.ts";',
    'export { PEER_RULES, replayPeerRules } from "./bench/peer-rules.ts";',
    'export { simulate } from "./bench/sequential-sim-core.ts";',
  ]);
}
