// A steady 1% error rate: each operation waits 1 ms and fails with probability 0.01, at any
// concurrency. Identical code in every run, so any error-rate finding between two runs is a false alarm.
import { setTimeout as sleep } from "node:timers/promises";

let n = 0;
export async function run() {
  n++;
  await sleep(1);
  if (Math.random() < 0.01) throw new Error(`upstream refused request ${n}`);
}
