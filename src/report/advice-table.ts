import type { Runtime } from "../config/types.js";

/**
 * What to write instead of the call that blocked a loop: the curated table, one row per kind of
 * blocking call. A row answers a site when its runtime matches and, in this order of preference:
 * `api` matches the blocking call the detector named (`readFileSync`, `time.sleep`); or, with no
 * call named, `source` matches the site's source line (a builtin such as `JSON.parse` that the
 * profiler found); else the runtime's `stall` rows (CPU work, starvation) or its `fallback` row (a
 * named call no row knows: it has no async twin here). The first matching row wins, so specific
 * rows come before general ones. `instead` marks code with backticks; `{api}` is the name that
 * blocked and `{twin}` the same name without `Sync`. `test/advice-table.test.ts` holds a site
 * for every row.
 */
export interface AdviceEntry {
  id: string;
  runtime: Runtime;
  api?: RegExp;
  source?: RegExp;
  stall?: "cpu" | "starvation";
  fallback?: true;
  instead: string;
  /** The runtime's documentation of the alternative. */
  docs: string;
}

const NODE = "https://nodejs.org/api";
const PY = "https://docs.python.org/3/library";
const TO_THREAD = `${PY}/asyncio-task.html#asyncio.to_thread`;

export const ADVICE_TABLE: readonly AdviceEntry[] = [
  // Node: the sync builtins the detector's hooks time, then what the profiler finds.
  {
    id: "node-exists-sync",
    runtime: "node",
    api: /^existsSync$/,
    instead: "`existsSync`: `await fs.promises.access(path)` (it rejects when the file is missing), or skip the check and handle `ENOENT`",
    docs: `${NODE}/fs.html#fspromisesaccesspath-mode`,
  },
  {
    id: "node-child-process-sync",
    runtime: "node",
    api: /^(execSync|execFileSync|spawnSync)$/,
    instead: "`{api}`: `{twin}` (promisified with `util.promisify`), or `spawn` and its events",
    docs: `${NODE}/child_process.html#asynchronous-process-creation`,
  },
  {
    id: "node-zlib-sync",
    runtime: "node",
    api: /^(deflate|deflateRaw|inflate|inflateRaw|gzip|gunzip|unzip|brotliCompress|brotliDecompress|zstdCompress|zstdDecompress)Sync$/,
    instead: "`{api}`: `zlib.{twin}` with a callback (or promisified) runs on the thread pool; a stream for large data",
    docs: `${NODE}/zlib.html#threadpool-usage-and-performance-considerations`,
  },
  {
    id: "node-crypto-random",
    runtime: "node",
    api: /^(randomBytes|randomFillSync)$/,
    instead: "`{api}`: `crypto.randomBytes(size, callback)` or `crypto.randomFill` fill the buffer on the thread pool",
    docs: `${NODE}/crypto.html#cryptorandombytessize-callback`,
  },
  {
    id: "node-crypto-kdf",
    runtime: "node",
    api: /^(pbkdf2Sync|scryptSync|hkdfSync)$/,
    instead: "`{api}`: `crypto.{twin}(..., callback)` (or promisified) derives the key on the thread pool",
    docs: `${NODE}/crypto.html#cryptopbkdf2password-salt-iterations-keylen-digest-callback`,
  },
  {
    id: "node-crypto-keygen",
    runtime: "node",
    api: /^(generateKeyPairSync|generateKeySync|generatePrimeSync|checkPrimeSync)$/,
    instead: "`{api}`: `crypto.{twin}(..., callback)` (or promisified) does the work on the thread pool",
    docs: `${NODE}/crypto.html#cryptogeneratekeypairtype-options-callback`,
  },
  {
    id: "node-crypto-sign",
    runtime: "node",
    api: /^(sign|verify)$/,
    instead: "`crypto.{api}` without a callback: `crypto.{api}(algorithm, data, key, callback)` runs on the thread pool",
    docs: `${NODE}/crypto.html#cryptosignalgorithm-data-key-callback`,
  },
  {
    id: "node-crypto-hash",
    runtime: "node",
    api: /^hash$/,
    instead: "`crypto.hash` on large input: `await crypto.subtle.digest(...)` hashes on the thread pool",
    docs: `${NODE}/webcrypto.html#subtledigestalgorithm-data`,
  },
  {
    id: "node-atomics-wait",
    runtime: "node",
    api: /^Atomics\.wait$/,
    instead: "`Atomics.wait` on a loop: `await Atomics.waitAsync(...).value` waits without blocking it",
    docs: "https://developer.mozilla.org/en-US/docs/Web/JavaScript/Reference/Global_Objects/Atomics/waitAsync",
  },
  {
    id: "node-fs-sync",
    runtime: "node",
    api: /^[a-z]\w*Sync$/,
    instead: "`{api}`: `await fs.promises.{twin}(...)` (`node:fs/promises`)",
    docs: `${NODE}/fs.html#promises-api`,
  },
  {
    id: "node-json-parse",
    runtime: "node",
    source: /\bJSON\s*\.\s*parse\s*\(/,
    instead: "`JSON.parse` of a large document blocks the loop: parse it in a worker thread (`node:worker_threads`), stream it, or send smaller documents",
    docs: "https://nodejs.org/en/learn/asynchronous-work/dont-block-the-event-loop#blocking-the-event-loop-json-dos",
  },
  {
    id: "node-json-stringify",
    runtime: "node",
    source: /\bJSON\s*\.\s*stringify\s*\(/,
    instead: "`JSON.stringify` of a large value blocks the loop: serialize it in a worker thread (`node:worker_threads`), stream it, or send less",
    docs: "https://nodejs.org/en/learn/asynchronous-work/dont-block-the-event-loop#blocking-the-event-loop-json-dos",
  },
  {
    id: "node-starvation",
    runtime: "node",
    stall: "starvation",
    instead: "a chain of microtasks or short callbacks kept the loop from its timers and I/O: yield between chunks with `await setImmediate()` (`node:timers/promises`)",
    docs: `${NODE}/timers.html#timerspromisessetimmediatevalue-options`,
  },
  {
    id: "node-cpu",
    runtime: "node",
    stall: "cpu",
    instead: "CPU work on the loop: move it to a worker pool (`node:worker_threads`), or split it and yield with `await setImmediate()`",
    docs: `${NODE}/worker_threads.html`,
  },
  {
    id: "node-no-twin",
    runtime: "node",
    fallback: true,
    instead: "`{api}` has no async form: call it in a worker thread (`node:worker_threads`)",
    docs: `${NODE}/worker_threads.html`,
  },
  // Python: the call a repository frame was making when the watchdog sampled the loop's thread.
  {
    id: "python-sleep",
    runtime: "python",
    api: /^(time\.)?sleep$/,
    instead: "`{api}` in a coroutine: `await asyncio.sleep(...)`",
    docs: `${PY}/asyncio-task.html#asyncio.sleep`,
  },
  {
    id: "python-subprocess",
    runtime: "python",
    api: /^(subprocess\.(run|call|check_call|check_output|getoutput|getstatusoutput|communicate|wait)|os\.(system|popen))$/,
    instead: "`{api}` in a coroutine: `proc = await asyncio.create_subprocess_exec(...)`, then `await proc.communicate()`",
    docs: `${PY}/asyncio-subprocess.html`,
  },
  {
    id: "python-requests",
    runtime: "python",
    api: /^requests(\.api|\.sessions)?\.(get|post|put|patch|delete|head|options|request|send)$/,
    instead: "`{api}` in a coroutine: an async client (`httpx.AsyncClient`, aiohttp), or `await asyncio.to_thread(requests.get, ...)`",
    docs: TO_THREAD,
  },
  {
    id: "python-urllib",
    runtime: "python",
    api: /^(urllib\.request\.\w+|urlopen|urlretrieve|http\.client\.\w+)$/,
    instead: "`{api}` in a coroutine: `await asyncio.to_thread(urllib.request.urlopen, ...)`, or an async HTTP client",
    docs: TO_THREAD,
  },
  {
    id: "python-socket",
    runtime: "python",
    api: /^(socket\.\w+|(\w+\.)*(recv|recv_into|recvfrom|recvfrom_into|recvmsg|sendall|sendto|sendmsg|sendfile|getaddrinfo|gethostbyname|create_connection)|(\w+\.)*\w*sock\w*\.(connect|accept|send|makefile))$/i,
    instead: "`{api}` on a blocking socket: `reader, writer = await asyncio.open_connection(...)`, then `await reader.read(...)`, `writer.write(...)` and `await writer.drain()`",
    docs: `${PY}/asyncio-stream.html`,
  },
  {
    id: "python-hashlib",
    runtime: "python",
    api: /^(_?hashlib\.\w+|(\w+\.)*(\w*(hash|sha\d*|md5|blake2[bs]?|digest)\w*|h|m)\.(update|digest|hexdigest))$/i,
    instead: "`{api}` on large input: `await asyncio.to_thread(...)`; hashlib releases the GIL for data over 2 KiB, so the hash runs beside the loop",
    docs: `${PY}/hashlib.html#hash-objects`,
  },
  {
    id: "python-file",
    runtime: "python",
    api: /^(open|io\.open|os\.(read|write|open|stat|listdir|scandir|fsync)|shutil\.\w+|(\w+\.)*(read_text|read_bytes|write_text|write_bytes)|(\w+\.)*(\w*file\w*|f|fh|fp|fd|fin|fout|stream)\.(read|readline|readlines|readinto|write|writelines))$/i,
    instead: "`{api}` reads or writes the disk on the loop: `await asyncio.to_thread(...)` (asyncio has no file API; aiofiles uses the same thread pool)",
    docs: TO_THREAD,
  },
  {
    id: "python-starvation",
    runtime: "python",
    stall: "starvation",
    instead: "many short callbacks kept the loop from its I/O: yield between chunks with `await asyncio.sleep(0)`",
    docs: `${PY}/asyncio-task.html#asyncio.sleep`,
  },
  {
    id: "python-cpu",
    runtime: "python",
    stall: "cpu",
    instead: "CPU work in a coroutine blocks the loop: run it in a process pool (`await loop.run_in_executor(ProcessPoolExecutor(), fn, ...)`); a thread would hold the GIL",
    docs: `${PY}/asyncio-eventloop.html#executing-code-in-thread-or-process-pools`,
  },
  {
    id: "python-no-twin",
    runtime: "python",
    fallback: true,
    instead: "`{api}` has no async twin here: `await loop.run_in_executor(None, ...)` (or `asyncio.to_thread`) runs it on a thread and keeps the loop free",
    docs: `${PY}/asyncio-eventloop.html#asyncio.loop.run_in_executor`,
  },
];
