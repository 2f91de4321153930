import { appendFileSync } from "node:fs";
import * as core from "@actions/core";

/**
 * Appends the report to the job summary. Written on every run, before any comment is attempted,
 * so a read-only token (fork PRs) or a GitHub outage never costs the reader the report. Without
 * `GITHUB_STEP_SUMMARY` (a local run) there is nowhere to write; the report file still exists.
 */
export async function writeJobSummary(markdown: string): Promise<boolean> {
  const file = process.env.GITHUB_STEP_SUMMARY;
  if (!file) return false;
  // The runner creates the file; a local imitation may not have, and the toolkit refuses a missing one.
  appendFileSync(file, "");
  await core.summary.addRaw(markdown, true).write();
  core.summary.emptyBuffer();
  return true;
}
