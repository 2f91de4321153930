import { execFile } from "node:child_process";
import { withCostMode } from "../config/cost-mode.js";
import type { Config, CostMode } from "../config/types.js";
import { probeValgrind, type ValgrindProbe } from "../execute/cost/valgrind.js";
import type { RunnerIO } from "../publish/runner-io.js";

/** What the step needs of the machine; tests pass fakes. */
export interface ValgrindHost {
  platform: NodeJS.Platform;
  /** True when running as root (no sudo needed, as in containers). */
  root: boolean;
  probe(): Promise<ValgrindProbe>;
  run(command: string, args: string[], timeoutMs: number): Promise<{ ok: boolean; output: string }>;
}

const INSTALL_TIMEOUT_MS = 5 * 60_000;

/**
 * Before measuring: makes sure valgrind can count instructions when some scenario's cost is not
 * off. GitHub's Linux runners lack it but can `sudo apt-get install -y valgrind` (timed and
 * reported); when that fails, or on macOS and Windows runners, the counts are skipped with a
 * notice and the results say why (a scenario with `cost: instructions` then fails the step).
 * Returns what the pipeline should know about valgrind, or undefined when nothing will count.
 */
export async function ensureValgrind(config: Config, mode: CostMode | undefined, io: RunnerIO, notes: string[], host: ValgrindHost = realHost()): Promise<ValgrindProbe | undefined> {
  if (!withCostMode(config, mode).scenarios.some((s) => s.cost !== "off")) return undefined;
  const found = await host.probe();
  if (found.ok) return found;
  if (host.platform !== "linux") {
    const message = `CPU cost (instructions per operation) is not counted on ${host.platform} runners: valgrind runs on Linux only`;
    io.notice(message);
    notes.push(message);
    return found;
  }
  const sudo = host.root ? [] : ["sudo"];
  const shown = `${[...sudo, "apt-get", "install", "-y", "valgrind"].join(" ")}`;
  io.info(`concurrency-guard: valgrind is missing (${found.reason}); installing it: ${shown}`);
  const started = Date.now();
  const apt = (args: string[]) => (sudo.length ? host.run("sudo", ["apt-get", ...args], INSTALL_TIMEOUT_MS) : host.run("apt-get", args, INSTALL_TIMEOUT_MS));
  let install = await apt(["install", "-y", "-q", "valgrind"]);
  // A runner's package lists can be stale: refresh them once and try again.
  if (!install.ok && (await apt(["update", "-q"])).ok) install = await apt(["install", "-y", "-q", "valgrind"]);
  const seconds = Math.round((Date.now() - started) / 1000);
  const after = install.ok ? await host.probe() : undefined;
  if (after?.ok) {
    const message = `valgrind was missing: installed ${after.version} with ${shown} in ${seconds}s`;
    io.info(`concurrency-guard: ${message}`);
    notes.push(message);
    return after;
  }
  const why = install.ok ? (after && !after.ok ? after.reason : "it still cannot be run") : `it failed: ${lastLine(install.output)}`;
  const reason = `valgrind is missing and ${shown} did not make it available (${why}, after ${seconds}s)`;
  io.notice(`CPU cost (instructions per operation) not counted: ${reason}`);
  notes.push(`CPU cost not counted: ${reason}`);
  return { ok: false, reason };
}

function lastLine(text: string): string {
  return text.trim().split("\n").filter((l) => l.trim()).slice(-1)[0]?.trim().slice(0, 200) ?? "no output";
}

function realHost(): ValgrindHost {
  return {
    platform: process.platform,
    root: process.getuid?.() === 0,
    probe: () => probeValgrind(),
    run: (command, args, timeoutMs) =>
      new Promise((resolve) => {
        execFile(command, args, { timeout: timeoutMs, encoding: "utf8", env: { ...process.env, DEBIAN_FRONTEND: "noninteractive" }, maxBuffer: 16 * 2 ** 20 }, (error, stdout, stderr) => {
          resolve({ ok: !error, output: `${stdout}${stderr}${error && !stderr ? error.message : ""}` });
        });
      }),
  };
}
