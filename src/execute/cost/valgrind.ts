import { execFile } from "node:child_process";

/** Whether valgrind can count here, and which one; or why not, in words a user can act on. */
export type ValgrindProbe = { ok: true; version: string } | { ok: false; reason: string };

const PROBE_TIMEOUT_MS = 20_000;

/**
 * Asks `valgrind --version` once per run. valgrind counts instructions on Linux only (its macOS
 * support ended with old releases, and there is none for Windows), so other systems are not asked.
 */
export function probeValgrind(platform: NodeJS.Platform = process.platform, env: NodeJS.ProcessEnv = process.env): Promise<ValgrindProbe> {
  if (platform !== "linux") return Promise.resolve({ ok: false, reason: `valgrind counts instructions on Linux only; this system is ${platform}` });
  return new Promise((resolve) => {
    execFile("valgrind", ["--version"], { timeout: PROBE_TIMEOUT_MS, encoding: "utf8", env }, (error, stdout, stderr) => {
      if (error) {
        const code = (error as NodeJS.ErrnoException).code;
        if (code === "ENOENT") return resolve({ ok: false, reason: "valgrind was not found on PATH (install it: apt-get install valgrind)" });
        return resolve({ ok: false, reason: `valgrind --version failed: ${failureLine(`${stderr}\n${stdout}`) ?? error.message.trim()}` });
      }
      const version = /valgrind-\d+\.\d+(\.\d+)?/.exec(stdout)?.[0];
      if (!version) return resolve({ ok: false, reason: `valgrind --version printed an unexpected version: ${JSON.stringify(stdout.trim().slice(0, 80))}` });
      resolve({ ok: true, version });
    });
  });
}

/**
 * The line of a failed valgrind's output that says why: its fatal error (`valgrind: fatal error:
 * unsupported CPU.`, followed by a list of CPUs) or unrecognised instruction, else the last line.
 */
function failureLine(output: string): string | undefined {
  const lines = output.split("\n").map((l) => l.replace(/^==\d+==\s*/, "").trim()).filter((l) => l !== "");
  return lines.find((l) => /fatal error|unrecognised instruction|unhandled instruction/i.test(l)) ?? lines.at(-1);
}
