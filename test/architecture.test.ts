// The pipeline's import direction: a stage imports only the stages before it, and no source file outgrows one concept.
import { readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";

const SRC = path.resolve(import.meta.dirname, "../src");

/**
 * The stages in pipeline order (docs/architecture.md states the same rule). A file may import its
 * own folder and any folder earlier in this list; the doors (`cli`, `action`) and the entry files
 * come last and never import each other.
 */
const STAGES = ["shared", "git", "config", "plan", "execute", "results", "stats", "store", "compare", "report", "pipeline", "init", "publish", "cli", "action", "entries"] as const;
const DOORS = new Set(["cli", "action"]);

function stageOf(file: string): string {
  const rel = path.relative(SRC, file).split(path.sep);
  return rel.length === 1 ? "entries" : rel[0]!;
}

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    return statSync(full).isDirectory() ? sources(full) : /\.ts$/.test(name) ? [full] : [];
  });
}

function relativeImports(file: string): string[] {
  const text = readFileSync(file, "utf8");
  return [...text.matchAll(/(?:^|\n)\s*(?:import|export)\b[^;]*?from\s*["'](\.{1,2}\/[^"']+)["']|import\(\s*["'](\.{1,2}\/[^"']+)["']\s*\)/g)]
    .map((m) => m[1] ?? m[2]!)
    .filter((spec) => !spec.endsWith(".json"));
}

describe("architecture", () => {
  const files = sources(SRC);

  it("knows every folder of src/ as a stage", () => {
    const unknown = [...new Set(files.map(stageOf))].filter((s) => !(STAGES as readonly string[]).includes(s));
    expect(unknown).toEqual([]);
  });

  it("has every import point at the importer's own stage or an earlier one", () => {
    const violations: string[] = [];
    for (const file of files) {
      const from = stageOf(file);
      for (const spec of relativeImports(file)) {
        const target = path.resolve(path.dirname(file), spec);
        if (!target.startsWith(SRC + path.sep)) continue;
        const to = stageOf(target);
        if (to === from) continue;
        const ok = STAGES.indexOf(to as (typeof STAGES)[number]) < STAGES.indexOf(from as (typeof STAGES)[number]) && !(DOORS.has(from) && DOORS.has(to));
        if (!ok) violations.push(`${path.relative(SRC, file)} (${from}) imports ${spec} (${to})`);
      }
    }
    expect(violations).toEqual([]);
  });

  it("keeps @actions/* and octokit inside publish", () => {
    const outside = files.filter((f) => stageOf(f) !== "publish" && /from\s*["'](@actions\/|@octokit\/)/.test(readFileSync(f, "utf8")));
    expect(outside.map((f) => path.relative(SRC, f))).toEqual([]);
  });

  it("has no source file over 300 lines", () => {
    const long = [...files, ...pythonSources(path.join(SRC, "execute/python"))]
      .map((f) => ({ f: path.relative(SRC, f), lines: readFileSync(f, "utf8").split("\n").length - 1 }))
      .filter((x) => x.lines > 300);
    expect(long).toEqual([]);
  });
});

function pythonSources(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    return statSync(full).isDirectory() ? pythonSources(full) : name.endsWith(".py") ? [full] : [];
  });
}
