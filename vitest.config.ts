import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["test/**/*.test.ts"],
    // Tests start real trial processes; on a 2-core runner two files at a time keep timings sane.
    maxWorkers: 2,
    testTimeout: 120_000,
    // Real-timing tests (stall durations, throughput ratios) can lose a bound to a burst of load on
    // a shared 2-core runner; one retry tells such a burst from a real fault, which fails twice.
    retry: 1,
    hookTimeout: 60_000,
    globalSetup: ["test/support/global-temp.ts"],
    // Instruction counts under valgrind take minutes per run: the CLI runs of tests skip them unless
    // a test asks (test/cost-*.test.ts pass --cost or their own environment).
    env: { CONCURRENCY_GUARD_COST: "off" },
  },
});
