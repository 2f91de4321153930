// The reference: N chains awaiting the scenario's run() in a bare loop, no measuring at all.
import { pathToFileURL } from "node:url";

const [file, inFlight, warmupMs, durationMs] = process.argv.slice(2);
const { run } = await import(pathToFileURL(file).href);
const now = () => performance.now();
const measureStart = now() + Number(warmupMs);
const end = measureStart + Number(durationMs);
let ops = 0;
let last = measureStart;
async function chain() {
  for (;;) {
    const t = now();
    if (t >= end) return;
    await run();
    if (t >= measureStart) {
      ops++;
      last = now();
    }
  }
}
await Promise.all(Array.from({ length: Number(inFlight) }, chain));
process.stdout.write(JSON.stringify({ throughput: ops / ((last - measureStart) / 1000) }));
