// The action's valgrind step (src/action/valgrind-step.ts): install on Linux when missing (timed, reported), a notice elsewhere or when installing fails, nothing when no scenario counts.
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { ensureValgrind, type ValgrindHost } from "../src/action/valgrind-step.js";
import { loadConfig } from "../src/config/load-config.js";
import type { ValgrindProbe } from "../src/execute/cost/valgrind.js";
import type { RunnerIO } from "../src/publish/runner-io.js";

function config(cost = "auto") {
  const dir = mkdtempSync(path.join(tmpdir(), "cg-valgrind-step-"));
  writeFileSync(path.join(dir, "a.mjs"), "export function run() {}\n");
  writeFileSync(path.join(dir, "concurrency-guard.yml"), `version: 1\ndefaults: { cost: ${cost} }\nscenarios: [{ name: a, file: a.mjs, kind: cpu }]\n`);
  return loadConfig(undefined, dir);
}

function io() {
  const events: string[] = [];
  const runner: RunnerIO = {
    info: (m) => events.push(`info ${m}`),
    notice: (m) => events.push(`notice ${m}`),
    warning: (m) => events.push(`warning ${m}`),
    setFailed: (m) => events.push(`failed ${m}`),
    setSecret: () => {},
    setOutputs: () => {},
    writeSummary: async () => {},
    annotate: () => {},
    group: async (_name, fn) => fn(),
  };
  return { runner, events };
}

const MISSING: ValgrindProbe = { ok: false, reason: "valgrind was not found on PATH (install it: apt-get install valgrind)" };
const FOUND: ValgrindProbe = { ok: true, version: "valgrind-3.22.0" };

/** A machine whose valgrind appears once `apt-get install` succeeds (from the `installs`-th try on). */
function host(options: { platform?: NodeJS.Platform; root?: boolean; present?: boolean; installs?: number; update?: boolean }) {
  const commands: string[] = [];
  let installed = options.present ?? false;
  let tries = 0;
  const h: ValgrindHost = {
    platform: options.platform ?? "linux",
    root: options.root ?? false,
    probe: async () => (installed ? FOUND : MISSING),
    run: async (command, args) => {
      commands.push([command, ...args].join(" "));
      if (args.includes("update")) return { ok: options.update ?? true, output: "" };
      tries++;
      const ok = options.installs !== undefined && tries >= options.installs;
      if (ok) installed = true;
      return ok ? { ok, output: "Setting up valgrind (1:3.22.0-0ubuntu3) ..." } : { ok, output: "E: Unable to locate package valgrind\n" };
    },
  };
  return { h, commands };
}

describe("ensureValgrind", () => {
  it("uses a valgrind that is there, and installs none", async () => {
    const { h, commands } = host({ present: true });
    const notes: string[] = [];
    expect(await ensureValgrind(config(), undefined, io().runner, notes, h)).toEqual(FOUND);
    expect(commands).toEqual([]);
    expect(notes).toEqual([]);
  });

  it("installs it with sudo apt-get on a Linux runner and says how long it took", async () => {
    const { h, commands } = host({ installs: 1 });
    const notes: string[] = [];
    const { runner, events } = io();
    expect(await ensureValgrind(config(), undefined, runner, notes, h)).toEqual(FOUND);
    expect(commands).toEqual(["sudo apt-get install -y -q valgrind"]);
    expect(notes).toEqual([expect.stringMatching(/^valgrind was missing: installed valgrind-3\.22\.0 with sudo apt-get install -y valgrind in \d+s$/)]);
    expect(events[0]).toMatch(/^info concurrency-guard: valgrind is missing/);
  });

  it("refreshes stale package lists once, and runs apt-get itself as root", async () => {
    const { h, commands } = host({ installs: 2, root: true });
    expect(await ensureValgrind(config(), undefined, io().runner, [], h)).toEqual(FOUND);
    expect(commands).toEqual(["apt-get install -y -q valgrind", "apt-get update -q", "apt-get install -y -q valgrind"]);
  });

  it("skips the counts with a notice when installing fails", async () => {
    const { h } = host({ update: false });
    const notes: string[] = [];
    const { runner, events } = io();
    const probe = await ensureValgrind(config(), undefined, runner, notes, h);
    expect(probe).toEqual({ ok: false, reason: expect.stringMatching(/^valgrind is missing and sudo apt-get install -y valgrind did not make it available \(it failed: E: Unable to locate package valgrind, after \d+s\)$/) });
    expect(events.filter((e) => e.startsWith("notice"))).toEqual([expect.stringMatching(/^notice CPU cost \(instructions per operation\) not counted: valgrind is missing/)]);
    expect(notes).toHaveLength(1);
  });

  it("says macOS and Windows runners cannot count, and does nothing when every scenario's cost is off", async () => {
    const { h, commands } = host({ platform: "darwin" });
    const { runner, events } = io();
    expect(await ensureValgrind(config(), undefined, runner, [], h)).toEqual(MISSING);
    expect(events).toEqual(["notice CPU cost (instructions per operation) is not counted on darwin runners: valgrind runs on Linux only"]);
    expect(commands).toEqual([]);
    let asked = false;
    const off = { ...host({}).h, probe: async () => ((asked = true), MISSING) };
    expect(await ensureValgrind(config("off"), undefined, io().runner, [], off)).toBeUndefined();
    expect(await ensureValgrind(config(), "off", io().runner, [], off)).toBeUndefined();
    expect(asked).toBe(false);
  });
});
