// The advice table: every row answers the sites it is meant for (names as the detectors report them), in order, with a docs link; lines keep hostile names inert.
import { describe, expect, it } from "vitest";
import type { Runtime } from "../src/config/types.js";
import { adviceEntry, adviceMarkdown, adviceText, entryLine, type SiteShape } from "../src/report/advice-match.js";
import { ADVICE_TABLE } from "../src/report/advice-table.js";

/**
 * Sites as the detectors name them: Node's sync hooks give the bare builtin name (`readFileSync`,
 * `Atomics.wait`); Python's watchdog gives `module.function` of a library function it caught the
 * loop in (`subprocess.run`, `requests.api.get`), or the dotted call on the line for a C function
 * (`time.sleep`, `sock.recv`, `f.read`); with no call named, the source line and the kind of stall.
 */
const CASES: { runtime: Runtime; site: SiteShape; entry: string }[] = [
  { runtime: "node", site: { api: "existsSync" }, entry: "node-exists-sync" },
  { runtime: "node", site: { api: "execFileSync" }, entry: "node-child-process-sync" },
  { runtime: "node", site: { api: "execSync" }, entry: "node-child-process-sync" },
  { runtime: "node", site: { api: "spawnSync" }, entry: "node-child-process-sync" },
  { runtime: "node", site: { api: "gzipSync" }, entry: "node-zlib-sync" },
  { runtime: "node", site: { api: "inflateSync" }, entry: "node-zlib-sync" },
  { runtime: "node", site: { api: "brotliCompressSync" }, entry: "node-zlib-sync" },
  { runtime: "node", site: { api: "randomBytes" }, entry: "node-crypto-random" },
  { runtime: "node", site: { api: "randomFillSync" }, entry: "node-crypto-random" },
  { runtime: "node", site: { api: "pbkdf2Sync" }, entry: "node-crypto-kdf" },
  { runtime: "node", site: { api: "scryptSync" }, entry: "node-crypto-kdf" },
  { runtime: "node", site: { api: "hkdfSync" }, entry: "node-crypto-kdf" },
  { runtime: "node", site: { api: "generateKeyPairSync" }, entry: "node-crypto-keygen" },
  { runtime: "node", site: { api: "generatePrimeSync" }, entry: "node-crypto-keygen" },
  { runtime: "node", site: { api: "sign" }, entry: "node-crypto-sign" },
  { runtime: "node", site: { api: "verify" }, entry: "node-crypto-sign" },
  { runtime: "node", site: { api: "hash" }, entry: "node-crypto-hash" },
  { runtime: "node", site: { api: "Atomics.wait" }, entry: "node-atomics-wait" },
  { runtime: "node", site: { api: "readFileSync", source: "const data = readFileSync(state.file); // stall: read" }, entry: "node-fs-sync" },
  { runtime: "node", site: { api: "writeFileSync" }, entry: "node-fs-sync" },
  { runtime: "node", site: { api: "statSync" }, entry: "node-fs-sync" },
  { runtime: "node", site: { source: "const parsed = JSON.parse(state.text); // stall: parse" }, entry: "node-json-parse" },
  { runtime: "node", site: { source: "return JSON.stringify(report, null, 2);" }, entry: "node-json-stringify" },
  { runtime: "node", site: { starvation: true, source: "while (performance.now() - t < 4); // stall: starve" }, entry: "node-starvation" },
  { runtime: "node", site: { source: "while (performance.now() - t < 30); // stall: spin30" }, entry: "node-cpu" },
  { runtime: "node", site: {}, entry: "node-cpu" },
  { runtime: "node", site: { api: "publicEncrypt" }, entry: "node-no-twin" },
  { runtime: "node", site: { api: "diffieHellman" }, entry: "node-no-twin" },
  { runtime: "python", site: { api: "time.sleep", source: "time.sleep(0.03)" }, entry: "python-sleep" },
  { runtime: "python", site: { api: "sleep" }, entry: "python-sleep" },
  { runtime: "python", site: { api: "subprocess.run" }, entry: "python-subprocess" },
  { runtime: "python", site: { api: "subprocess.check_output" }, entry: "python-subprocess" },
  { runtime: "python", site: { api: "subprocess.communicate" }, entry: "python-subprocess" },
  { runtime: "python", site: { api: "os.system" }, entry: "python-subprocess" },
  { runtime: "python", site: { api: "requests.api.get" }, entry: "python-requests" },
  { runtime: "python", site: { api: "requests.sessions.post" }, entry: "python-requests" },
  { runtime: "python", site: { api: "requests.get" }, entry: "python-requests" },
  { runtime: "python", site: { api: "urllib.request.urlopen" }, entry: "python-urllib" },
  { runtime: "python", site: { api: "urlopen" }, entry: "python-urllib" },
  { runtime: "python", site: { api: "http.client.getresponse" }, entry: "python-urllib" },
  { runtime: "python", site: { api: "socket.create_connection" }, entry: "python-socket" },
  { runtime: "python", site: { api: "sock.recv" }, entry: "python-socket" },
  { runtime: "python", site: { api: "self.conn.sendall" }, entry: "python-socket" },
  { runtime: "python", site: { api: "client_sock.connect" }, entry: "python-socket" },
  { runtime: "python", site: { api: "hashlib.sha256" }, entry: "python-hashlib" },
  { runtime: "python", site: { api: "hashlib.pbkdf2_hmac" }, entry: "python-hashlib" },
  { runtime: "python", site: { api: "h.update" }, entry: "python-hashlib" },
  { runtime: "python", site: { api: "self.hasher.hexdigest" }, entry: "python-hashlib" },
  { runtime: "python", site: { api: "open" }, entry: "python-file" },
  { runtime: "python", site: { api: "f.read" }, entry: "python-file" },
  { runtime: "python", site: { api: "pathlib._local.read_text" }, entry: "python-file" },
  { runtime: "python", site: { api: "path.read_bytes" }, entry: "python-file" },
  { runtime: "python", site: { api: "os.read" }, entry: "python-file" },
  { runtime: "python", site: { starvation: true }, entry: "python-starvation" },
  { runtime: "python", site: { source: "for byte in data:" }, entry: "python-cpu" },
  { runtime: "python", site: { api: "psycopg2.connect" }, entry: "python-no-twin" },
  { runtime: "python", site: { api: "graph.update" }, entry: "python-no-twin" },
  { runtime: "python", site: { api: "lock.acquire" }, entry: "python-no-twin" },
];

describe("advice table", () => {
  it.each(CASES)("$runtime $site.api$site.source -> $entry", ({ runtime, site, entry }) => {
    expect(adviceEntry(runtime, site)?.id).toBe(entry);
  });

  it("has a case for every row, unique ids, and a docs link on every row", () => {
    const covered = new Set(CASES.map((c) => c.entry));
    expect(ADVICE_TABLE.map((e) => e.id).filter((id) => !covered.has(id))).toEqual([]);
    expect(new Set(ADVICE_TABLE.map((e) => e.id)).size).toBe(ADVICE_TABLE.length);
    for (const e of ADVICE_TABLE) {
      expect(e.docs, e.id).toMatch(/^https:\/\/(nodejs\.org|docs\.python\.org|developer\.mozilla\.org)\/\S+$/);
      // Every backtick opens and closes a code span.
      expect(e.instead.split("`").length % 2, e.id).toBe(1);
    }
  });

  it("gives each runtime a row for CPU work, for starvation and for a call with no async twin", () => {
    for (const runtime of ["node", "python"] as const) {
      const rows = ADVICE_TABLE.filter((e) => e.runtime === runtime);
      expect(rows.filter((e) => e.stall === "cpu")).toHaveLength(1);
      expect(rows.filter((e) => e.stall === "starvation")).toHaveLength(1);
      expect(rows.filter((e) => e.fallback)).toHaveLength(1);
    }
  });

  it("gives no advice for garbage collection or a machine that held the loop up", () => {
    expect(adviceEntry("node", { api: "readFileSync", gc: true })).toBeUndefined();
    expect(adviceEntry("python", { api: "time.sleep", descheduled: true })).toBeUndefined();
  });

  it("names the call and its async twin", () => {
    const exec = entryLine(adviceEntry("node", { api: "execFileSync" })!, "execFileSync");
    expect(adviceText(exec)).toBe(
      "`execFileSync`: `execFile` (promisified with `util.promisify`), or `spawn` and its events (https://nodejs.org/api/child_process.html#asynchronous-process-creation)",
    );
    const sleep = entryLine(adviceEntry("python", { api: "time.sleep" })!, "time.sleep");
    expect(adviceText(sleep)).toBe("`time.sleep` in a coroutine: `await asyncio.sleep(...)` (https://docs.python.org/3/library/asyncio-task.html#asyncio.sleep)");
    expect(adviceMarkdown(sleep)).toBe(
      "`time.sleep` in a coroutine: `await asyncio.sleep(...)` ([docs](https://docs.python.org/3/library/asyncio-task.html#asyncio.sleep))",
    );
    const read = entryLine(adviceEntry("node", { api: "readFileSync" })!, "readFileSync");
    expect(adviceText(read)).toMatch(/^`readFileSync`: `await fs\.promises\.readFile\(\.\.\.\)` \(`node:fs\/promises`\)/);
  });

  it("keeps a hostile call name inside its code span, in markdown and in logs", () => {
    const api = "x`) [click](https://evil.example) @admin <img src=x>\n::error::forged";
    const line = entryLine(adviceEntry("python", { api })!, api);
    const md = adviceMarkdown(line);
    // The name is one code span with a longer fence; nothing of it is a link, a mention or HTML.
    expect(md.startsWith("``x`) [click](https://evil.example) @admin <img src=x> ::error::forged`` has no async twin here")).toBe(true);
    expect(md.split("``").length).toBe(3);
    const text = adviceText(line);
    expect(text).not.toMatch(/\n/);
    expect(text).toMatch(/^`x`\) \[click\]/);
  });
});
