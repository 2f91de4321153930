// The per-function profile's parts, pinned to exact values: callgrind's output, V8's code map, the
// join into functions, per-op figures, the Python harness's rows, and which functions a
// comparison lists (deterministic: a move of 1% of the operation, never `(other)`).
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { buildSync } from "esbuild";
import { afterAll, describe, expect, it } from "vitest";
import { compareHotspots, diffFunctions, MIN_CHANGE_SHARE } from "../src/compare/hotspots.js";
import type { CostComparison } from "../src/compare/cost.js";
import { parseCallgrindOutput } from "../src/execute/cost/callgrind-output.js";
import { classifyJitEntry, parseJitMap } from "../src/execute/cost/jit-map.js";
import { collapseSymbol, functionKey, nodeFunctionCounts, type FunctionCounts } from "../src/execute/cost/profile-functions.js";
import { perOpFunctions, pythonProfileOps } from "../src/execute/cost/profile-scenario.js";
import { readPythonProfile } from "../src/execute/cost/python-profile.js";
import type { ProfiledFunction, ScenarioCost } from "../src/execute/cost/types.js";
import type { ResultsFile } from "../src/results/types.js";
import { profileSummary } from "../src/report/cost-text.js";
import { fixtureResults } from "./support/results-fixture.js";

const root = mkdtempSync(path.join(tmpdir(), "cg-hotspots-units-"));
afterAll(() => rmSync(root, { recursive: true, force: true }));
const file = (rel: string) => {
  const absolute = path.join(root, rel);
  mkdirSync(path.dirname(absolute), { recursive: true });
  writeFileSync(absolute, "// a module\n");
  return pathToFileURL(absolute).href;
};

const CALLGRIND = `# callgrind format
version: 1
creator: callgrind-3.19.0
pid: 4242
cmd:  node x.mjs
part: 1

positions: instr
events: Ir
summary: 1192

ob=/usr/bin/node
fl=???
fn=v8::internal::JsonStringifier::Serialize_<false>(v8::internal::Handle<v8::internal::Object>)
0x100 10
0x104 20
cob=/usr/lib/x86_64-linux-gnu/libc.so.6
cfi=???
cfn=malloc
calls=1 0x500
0x108 999
fn=Builtins_LdaZeroHandler
0x200 5
ob=???
fl=???
fn=0x0000000000001000
0x1000 100
0x1004 50
0x1010 3
0x2000 7
0x3000 4
0x4000 2
0x5000 1
`;

describe("callgrind output", () => {
  it("keeps own instructions per named function and per address of unnamed code, skipping a call's inclusive cost", () => {
    const p = parseCallgrindOutput(CALLGRIND)!;
    expect(p.pid).toBe(4242);
    expect([...p.named]).toEqual([
      ["/usr/bin/node\tv8::internal::JsonStringifier::Serialize_<false>(v8::internal::Handle<v8::internal::Object>)", 30],
      ["/usr/bin/node\tBuiltins_LdaZeroHandler", 5],
    ]);
    expect([...p.anonymous]).toEqual([[0x1000, 100], [0x1004, 50], [0x1010, 3], [0x2000, 7], [0x3000, 4], [0x4000, 2], [0x5000, 1]]);
    expect(p.total).toBe(30 + 5 + 167);
  });

  it("reads the cost column after the positions (with --dump-line the line number comes first)", () => {
    const p = parseCallgrindOutput(CALLGRIND.replace("positions: instr", "positions: instr line").replace("0x100 10", "0x100 7 10").replace("0x104 20", "0x104 7 20"))!;
    expect(p.named.get("/usr/bin/node\tv8::internal::JsonStringifier::Serialize_<false>(v8::internal::Handle<v8::internal::Object>)")).toBe(30);
  });

  it("refuses a file that is not callgrind's", () => {
    expect(parseCallgrindOutput("summary: 12\n")).toBeUndefined();
  });
});

describe("V8's code map", () => {
  const repo = file("bench/a.mjs");
  const dep = file("node_modules/@scope/lib/index.js");
  const map = parseJitMap(
    [
      `1000 10 JS:~heavier ${repo}:25:8`,
      // Freed code's space reused: the later entry at the same start wins.
      `1000 20 JS:*heavier ${repo}:25:8`,
      `2000 10 JS:^steady ${repo}:18:8`,
      `3000 10 Builtin:StringAdd_CheckNone`,
      `4000 10 BytecodeHandler:LdaZero`,
      `5000 10 JS:+readSync node:fs:700:3`,
      `6000 10 JS:*parse ${dep}:1:1`,
      "garbage line",
      "zz 10 JS:~x file:///x.mjs:1:1",
    ].join("\n"),
  );

  it("parses entries, finds an address in the latest code at it, and nothing past an entry's end", () => {
    expect(map.entries).toBe(6);
    expect(map.find(0x1010)?.name).toBe(`JS:*heavier ${repo}:25:8`);
    expect(map.find(0x1020)).toBeUndefined();
    expect(map.find(0x0fff)).toBeUndefined();
  });

  it("classifies entries: JS with its place, builtins, the interpreter", () => {
    expect(classifyJitEntry(`JS:*heavier ${repo}:25:8`)).toEqual({ kind: "js", fn: { name: "heavier", url: repo, line: 25, column: 8 } });
    expect(classifyJitEntry(`JS:*'heavier ${repo}:25:8`)).toEqual({ kind: "js", fn: { name: "heavier", url: repo, line: 25, column: 8 } });
    expect(classifyJitEntry("LazyCompile:~ node:internal/x:3:4")).toEqual({ kind: "js", fn: { name: "", url: "node:internal/x", line: 3, column: 4 } });
    expect(classifyJitEntry("Builtin:JsonStringify")).toEqual({ kind: "builtin", name: "JsonStringify" });
    expect(classifyJitEntry("BytecodeHandler:Star0")).toEqual({ kind: "interpreter" });
    expect(classifyJitEntry("RegExp:^a+$")).toEqual({ kind: "other", name: "RegExp" });
  });

  it("joins a profile into repository functions, modules, packages and the runtime's code", () => {
    const counts = nodeFunctionCounts(parseCallgrindOutput(CALLGRIND)!, map, root);
    const rows = [...counts.values()].map(({ fn, count }) => ({ ...fn, count }));
    expect(rows).toEqual(
      expect.arrayContaining([
        { kind: "repo", name: "heavier", file: "bench/a.mjs", line: 25, count: 153 },
        { kind: "repo", name: "steady", file: "bench/a.mjs", line: 18, count: 7 },
        { kind: "runtime", name: "V8 builtin StringAdd_CheckNone", count: 4 },
        // The interpreter's handlers, in generated code and in the binary, are one row.
        { kind: "runtime", name: "V8 interpreter", count: 2 + 5 },
        { kind: "module", name: "node:fs", count: 1 },
        { kind: "runtime", name: "node v8::internal::JsonStringifier", count: 30 },
      ]),
    );
    expect(rows).toHaveLength(6);
  });

  it("names compiled TypeScript at its .ts file and line, through the file's source map", () => {
    const ts = path.join(root, "src/work.ts");
    mkdirSync(path.dirname(ts), { recursive: true });
    writeFileSync(ts, ["type N = number;", "", "", "export function heavy(n: N): N {", "  let h = 0;", "  for (let i = 0; i < n; i++) h += i;", "  return h;", "}", ""].join("\n"));
    const js = path.join(root, "dist/work.js");
    buildSync({ entryPoints: [ts], outfile: js, format: "esm", sourcemap: true, logLevel: "error" });
    const compiled = readFileSync(js, "utf8").split("\n");
    const line = compiled.findIndex((l) => l.includes("function heavy")) + 1;
    const column = compiled[line - 1]!.indexOf("function heavy") + 1;
    const tsMap = parseJitMap(`7000 10 JS:*heavy ${pathToFileURL(js).href}:${line}:${column}`);
    const counts = nodeFunctionCounts({ named: new Map(), anonymous: new Map([[0x7000, 40]]), total: 40 }, tsMap, root);
    expect([...counts.values()].map(({ fn, count }) => ({ ...fn, count }))).toEqual([{ kind: "repo", name: "heavy", file: "src/work.ts", line: 4, count: 40 }]);
  });

  it("names a C++ method by its class and a plain symbol as it is", () => {
    expect(collapseSymbol("v8::internal::JsonStringifier::Serialize_<false>(v8::internal::Handle<v8::internal::Object>)")).toBe("v8::internal::JsonStringifier");
    expect(collapseSymbol("void v8::internal::CalculateLineEndsImpl<unsigned char>(std::vector<int>*, v8::base::Vector<unsigned char const>, bool)")).toBe("v8::internal");
    expect(collapseSymbol("malloc")).toBe("malloc");
    expect(collapseSymbol("pthread_rwlock_unlock@@GLIBC_2.34")).toBe("pthread_rwlock_unlock");
  });
});

describe("per-op figures", () => {
  const fn = (name: string): Omit<ProfiledFunction, "perOp"> => ({ kind: "repo", name, file: "bench/a.mjs", line: 1 });
  const counts = (values: Record<string, number>): FunctionCounts => new Map(Object.entries(values).map(([name, count]) => [functionKey(fn(name)), { fn: fn(name), count }]));

  it("differences the two op counts per function, sums the smallest into (other), largest first", () => {
    // 1 and 6 ops: a 100/op, b 50/op, c 0.1/op (under 0.1% of 150.3: folded), d new 0.2/op.
    const { totalPerOp, functions } = perOpFunctions(counts({ a: 100, b: 60, c: 2 }), counts({ a: 600, b: 310, c: 2.5, d: 1 }), 5);
    expect(totalPerOp).toBeCloseTo(150.3, 9);
    expect(functions.map((f) => [f.name, f.perOp])).toEqual([["a", 100], ["b", 50], ["d", 0.2], ["(other)", 0.1]]);
  });

  it("sizes Python's profile to about 20 ms of native CPU between its op counts", () => {
    expect(pythonProfileOps(0.5)).toEqual([20, 60]);
    expect(pythonProfileOps(100)).toEqual([1, 3]);
    expect(pythonProfileOps(1e-6)).toEqual([2000, 6000]);
  });
});

describe("the Python harness's profile", () => {
  it("reads repository functions and modules", () => {
    const rows = readPythonProfile(JSON.stringify({ functions: [{ kind: "repo", name: "Parser.run", file: "bench/p.py", line: 9, count: 120 }, { kind: "module", name: "json.decoder", count: 40 }, { kind: "module", name: "json.decoder", count: 2 }] }), "p");
    expect("reason" in rows).toBe(false);
    expect([...(rows as FunctionCounts).values()].map(({ fn, count }) => ({ ...fn, count }))).toEqual([
      { kind: "repo", name: "Parser.run", file: "bench/p.py", line: 9, count: 120 },
      { kind: "module", name: "json.decoder", count: 42 },
    ]);
  });

  it("refuses what a hostile harness could write, naming the row", () => {
    expect(readPythonProfile("not json", "the profile")).toEqual({ reason: "the profile: the profile is not JSON" });
    expect(readPythonProfile(JSON.stringify({ functions: {} }), "p")).toMatchObject({ reason: expect.stringContaining("no list") });
    expect(readPythonProfile(JSON.stringify({ functions: [{ kind: "repo", name: "x", count: 1 }] }), "p")).toMatchObject({ reason: expect.stringContaining('"kind":"repo"') });
    expect(readPythonProfile(JSON.stringify({ functions: [{ kind: "runtime", name: "x", count: 1 }] }), "p")).toMatchObject({ reason: expect.stringContaining("not {kind") });
    expect(readPythonProfile(JSON.stringify({ functions: [{ kind: "module", name: "x", count: -1 }] }), "p")).toMatchObject({ reason: expect.stringContaining("not {kind") });
  });
});

describe("which functions a comparison lists", () => {
  const profiled = (scenario: string, functions: ProfiledFunction[], perOp?: number): ScenarioCost => {
    const total = functions.reduce((a, f) => a + f.perOp, 0);
    return { scenario, runtime: "node", metric: "instructions", status: "ok", perOp: perOp ?? total, spread: 0, profile: { status: "ok", unit: "instructions", ops: [100, 600], totalPerOp: total, functions } };
  };
  const results = (costs: ScenarioCost[]): ResultsFile => ({ ...fixtureResults([]), costs });
  const f = (name: string, perOp: number, kind: ProfiledFunction["kind"] = "repo"): ProfiledFunction => (kind === "repo" ? { kind, name, file: "bench/a.mjs", line: name.length, perOp } : { kind, name, perOp });
  const costChanged = (scenario: string, verdict: CostComparison["verdict"]) => [{ scenario, verdict } as CostComparison];

  it("names the function that got heavier first, with its share of the whole change; the unchanged one is not listed", () => {
    const base = results([profiled("s", [f("steady", 1_000_000), f("heavier", 1_000_000), f("node:fs", 50_000, "module"), f("(other)", 900, "runtime")])]);
    const cur = results([profiled("s", [f("steady", 1_000_000), f("heavier", 1_350_000), f("node:fs", 50_000, "module"), f("(other)", 30_000, "runtime")])]);
    const [s] = compareHotspots(base, cur, [], costChanged("s", "regression"));
    expect(s).toMatchObject({ scenario: "s", triggers: ["instructions"], status: "listed", unit: "instructions/op", total: { baseline: 2_050_900, current: 2_430_000 } });
    // (other) moved by 29,100 (1.4% of the operation) but names nothing.
    expect(s!.functions).toEqual([{ kind: "repo", name: "heavier", file: "bench/a.mjs", line: 7, baseline: 1_000_000, current: 1_350_000, change: 350_000, relative: 0.35, share: 350_000 / 379_100 }]);
  });

  it("lists nothing on identical profiles, and says the change was not in the operation's own work when only wall-clock moved", () => {
    const same = results([profiled("s", [f("steady", 1_000_000), f("heavier", 1_000_000)])]);
    expect(compareHotspots(same, same, [], costChanged("s", "unchanged"))).toEqual([]);
    const cells = [{ status: "compared", scenario: "s", metrics: [{ metric: "throughput", verdict: "regression" }] }] as unknown as Parameters<typeof compareHotspots>[2];
    const [s] = compareHotspots(same, same, cells, []);
    expect(s).toMatchObject({ status: "unchanged", triggers: ["throughput"], functions: [] });
  });

  it("lists a move of 1% of the operation and not a smaller one", () => {
    const base = results([profiled("s", [f("a", 500_000), f("b", 500_000)])]);
    const at = results([profiled("s", [f("a", 500_000 + MIN_CHANGE_SHARE * 1_000_000), f("b", 500_000 - 9_999)])]);
    const [s] = compareHotspots(base, at, [], costChanged("s", "regression"));
    expect(s!.functions.map((h) => h.name)).toEqual(["a"]);
  });

  it("says why a side has no profile", () => {
    const plain: ScenarioCost = { scenario: "s", runtime: "node", metric: "instructions", status: "ok", perOp: 10, spread: 0 };
    const failed: ScenarioCost = { ...plain, profile: { status: "failed", reason: "the profile of 600 operations did not finish in 60s; killed", unit: "instructions", ops: [100, 600] } };
    expect(compareHotspots(results([plain]), results([profiled("s", [f("a", 1)])]), [], costChanged("s", "regression"))[0]).toMatchObject({ status: "unprofiled", reason: "the baseline profiled it per function" });
    expect(compareHotspots(results([profiled("s", [f("a", 1)])]), results([failed]), [], costChanged("s", "regression"))[0]).toMatchObject({ status: "unprofiled", reason: "the current profile failed: the profile of 600 operations did not finish in 60s; killed" });
  });

  it("keeps every row, listed first, for --explain; a function only one side ran is new or gone", () => {
    const rows = diffFunctions([f("gone", 10), f("kept", 100)], [f("kept", 100), f("new", 40)], 110, 140);
    expect(rows.map((r) => [r.name, r.change, r.relative, r.share])).toEqual([["new", 40, null, 40 / 30], ["gone", -10, -1, -10 / 30], ["kept", 0, 0, 0]]);
  });
});

describe("the run's own table", () => {
  it("says where an operation's cost goes: the largest functions and their share, or why there is no profile", () => {
    const cost: ScenarioCost = {
      scenario: "s",
      runtime: "node",
      metric: "instructions",
      status: "ok",
      perOp: 2_000_000,
      profile: {
        status: "ok",
        unit: "instructions",
        ops: [100, 600],
        totalPerOp: 2_000_000,
        functions: [
          { kind: "repo", name: "heavier", file: "bench/a.mjs", line: 25, perOp: 1_000_000 },
          { kind: "runtime", name: "(other)", perOp: 600_000 },
          { kind: "module", name: "node:fs", perOp: 300_000 },
          { kind: "runtime", name: "V8 interpreter", perOp: 60_000 },
          { kind: "repo", name: "steady", file: "bench/a.mjs", line: 18, perOp: 40_000 },
        ],
      },
    };
    expect(profileSummary(cost)).toBe("heavier (bench/a.mjs:25) 50%, node:fs 15%, V8 interpreter 3% (own instructions per operation)");
    expect(profileSummary({ ...cost, profile: { status: "failed", reason: "the profile of 600 operations exited with SIGKILL", unit: "instructions", ops: [100, 600] } })).toBe("no per-function profile: the profile of 600 operations exited with SIGKILL");
    expect(profileSummary({ ...cost, profile: undefined })).toBeUndefined();
  });
});
