// The driver of a CPU cost count (src/execute/cost/): load the scenario as a trial does, set it up
// for the async model at concurrency 1, run N operations one after another, tear down.
//   cost.js FILE NAME OPS                      (run under cachegrind)
//   cost.js FILE NAME --calibrate MS OUT       (natively: time operations for MS, write the rate)
import { writeFileSync } from "node:fs";
import { loadScenarioModule } from "./execute/node/scenario-module.js";
import type { ScenarioInfo } from "./execute/trial-spec.js";

async function main(args: string[]): Promise<void> {
  const [file, name, third, ms, out] = args;
  if (!file || !name || !third) throw new Error("usage: cost.js FILE NAME OPS | cost.js FILE NAME --calibrate MS OUT");
  const mod = await loadScenarioModule(file);
  const info: ScenarioInfo = { scenario: name, model: "async", concurrency: 1, inFlight: 1, worker: 0, poolSize: 1, trial: 0 };
  const state = mod.setup ? await mod.setup(info) : undefined;
  let ops = 0;
  const once = async () => {
    try {
      const result = mod.run(state);
      if (result !== null && typeof result === "object" && typeof (result as { then?: unknown }).then === "function") await result;
    } catch (error) {
      throw new Error(`operation ${ops + 1} threw: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
    }
    ops++;
  };
  if (third === "--calibrate") {
    const budget = Number(ms);
    const start = performance.now();
    const cpuStart = process.cpuUsage();
    do await once();
    while (performance.now() - start < budget && ops < 10_000_000);
    const loopMs = performance.now() - start;
    const cpu = process.cpuUsage(cpuStart);
    const cpuMs = (cpu.user + cpu.system) / 1000;
    writeFileSync(out!, JSON.stringify({ ops, loopMs, cpuMs, version: process.versions.node, executable: process.execPath }));
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
