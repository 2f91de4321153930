import { createRequire as __cgCreateRequire } from 'node:module'; const require = __cgCreateRequire(import.meta.url);

// src/cost-driver.ts
import { writeFileSync } from "node:fs";

// src/execute/node/scenario-module.ts
import path from "node:path";
import { pathToFileURL } from "node:url";
var TS_EXTENSIONS = [".ts", ".mts", ".cts"];
function nodeStripsTypes(version = process.versions.node) {
  const [major = 0, minor = 0] = version.split(".").map(Number);
  return major >= 24 || major === 23 && minor >= 6 || major === 22 && minor >= 18;
}
async function loadScenarioModule(file) {
  if (TS_EXTENSIONS.includes(path.extname(file)) && !nodeStripsTypes()) {
    throw new Error(
      `${path.basename(file)}: TypeScript scenarios need a Node that strips types (22.18+ or 24); this is Node ${process.versions.node}. Use Node 24 (actions/setup-node with node-version: 24), or compile the scenario to .mjs.`
    );
  }
  const mod = await import(pathToFileURL(file).href);
  const exports = (typeof mod.run === "function" ? mod : mod.default) ?? mod;
  if (typeof exports.run !== "function") {
    throw new Error(`${path.basename(file)}: expected an exported function run(state), found exports: ${Object.keys(mod).join(", ") || "none"}`);
  }
  for (const name of ["setup", "teardown"]) {
    if (exports[name] !== void 0 && typeof exports[name] !== "function") {
      throw new Error(`${path.basename(file)}: expected ${name} to be a function, got ${typeof exports[name]}`);
    }
  }
  return exports;
}

// src/cost-driver.ts
async function main(args) {
  const [file, name, third, ms, out] = args;
  if (!file || !name || !third) throw new Error("usage: cost.js FILE NAME OPS | cost.js FILE NAME --calibrate MS OUT");
  const mod = await loadScenarioModule(file);
  const info = { scenario: name, model: "async", concurrency: 1, inFlight: 1, worker: 0, poolSize: 1, trial: 0 };
  const state = mod.setup ? await mod.setup(info) : void 0;
  let ops = 0;
  const once = async () => {
    try {
      const result = mod.run(state);
      if (result !== null && typeof result === "object" && typeof result.then === "function") await result;
    } catch (error) {
      throw new Error(`operation ${ops + 1} threw: ${error instanceof Error ? error.stack ?? error.message : String(error)}`);
    }
    ops++;
  };
  if (third === "--calibrate") {
    const budget = Number(ms);
    const start = performance.now();
    const cpuStart = process.cpuUsage();
    do
      await once();
    while (performance.now() - start < budget && ops < 1e7);
    const loopMs = performance.now() - start;
    const cpu = process.cpuUsage(cpuStart);
    const cpuMs = (cpu.user + cpu.system) / 1e3;
    writeFileSync(out, JSON.stringify({ ops, loopMs, cpuMs, version: process.versions.node, executable: process.execPath }));
  } else {
    const n = Number(third);
    while (ops < n) await once();
  }
  if (mod.teardown) await mod.teardown(state);
}
process.on("unhandledRejection", (reason) => {
  console.error("concurrency-guard cost driver: unhandled rejection:", reason);
  process.exit(1);
});
try {
  await main(process.argv.slice(2));
  process.exit(0);
} catch (error) {
  console.error(`concurrency-guard cost driver: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
}
