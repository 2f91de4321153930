import path from "node:path";
import type { Kind, Runtime } from "../config/types.js";
import type { ScenarioTarget } from "./scenario-target.js";

/** One starter scenario: its module's text and the config entry that names it. */
export interface StarterScenario {
  name: string;
  /** Relative to the repository root, forward slashes. */
  file: string;
  kind: Kind;
  runtime: Runtime;
  text: string;
  /** A template to edit (it measures a stand-in, not the repository's code). */
  template: boolean;
}

const MARK = "TEMPLATE (written by concurrency-guard init):";

/** A scenario that calls one exported function of the repository per operation. */
export function targetScenario(target: ScenarioTarget, srcLayout: boolean): StarterScenario {
  if (target.runtime === "node") {
    const file = `bench/${target.name}.mjs`;
    return { name: target.name, file, kind: target.kind, runtime: "node", template: false, text: nodeTarget(target, importPath(file, target.module)) };
  }
  const file = `bench/${target.name.replace(/-/g, "_")}.py`;
  return { name: target.name, file, kind: target.kind, runtime: "python", template: false, text: pythonTarget(target, srcLayout) };
}

function importPath(from: string, to: string): string {
  const rel = path.posix.relative(path.posix.dirname(from), to);
  return rel.startsWith(".") ? rel : `./${rel}`;
}

function nodeTarget(t: ScenarioTarget, spec: string): string {
  const call = `${t.exportName}(...state.args)`;
  return `// concurrency-guard scenario "${t.name}" (${t.kind}): one operation is one call of ${t.exportName} from ${t.module}.
// Give it the arguments of a realistic call in setup(), which runs once per event loop before the
// measured window; run() is timed. A thrown error counts as a failed operation.
import { ${t.exportName} } from ${JSON.stringify(spec)};

export function setup() {
  return { args: [] };
}

export ${t.kind === "io" ? "async " : ""}function run(state) {
  ${t.kind === "io" ? `await ${call}` : call};
}
`;
}

function pythonTarget(t: ScenarioTarget, srcLayout: boolean): string {
  const underSrc = srcLayout && t.module.startsWith("src/");
  const dotted = (underSrc ? t.module.slice(4) : t.module).replace(/\.py$/, "").replace(/\/__init__$/, "").split("/").join(".");
  const call = `${t.exportName}(*state["args"])`;
  return `"""concurrency-guard scenario "${t.name}" (${t.kind}): one operation is one call of ${t.exportName} from ${t.module}.

Give it the arguments of a realistic call in setup(), which runs once per loop, thread or process
before the measured window; run() is timed. A raised exception counts as a failed operation.
"""
import pathlib
import sys

sys.path.insert(0, str(pathlib.Path(__file__).resolve().parent.parent${underSrc ? ' / "src"' : ""}))

from ${dotted} import ${t.exportName}  # noqa: E402


def setup(info):
    return {"args": ()}


${t.kind === "io" ? "async " : ""}def run(state):
    ${t.kind === "io" ? `await ${call}` : call}
`;
}

/** The I/O and CPU templates of a runtime, for a repository whose code `init` was not pointed at. */
export function templateScenarios(runtime: Runtime, entry: string | undefined): StarterScenario[] {
  const where = entry ? ` (for instance from ${entry})` : "";
  if (runtime === "node") {
    return [
      { name: "starter-io", file: "bench/starter-io.mjs", kind: "io", runtime, template: true, text: NODE_IO(where) },
      { name: "starter-cpu", file: "bench/starter-cpu.mjs", kind: "cpu", runtime, template: true, text: NODE_CPU(where) },
    ];
  }
  return [
    { name: "starter-io-py", file: "bench/starter_io.py", kind: "io", runtime, template: true, text: PY_IO },
    { name: "starter-cpu-py", file: "bench/starter_cpu.py", kind: "cpu", runtime, template: true, text: PY_CPU },
  ];
}

const NODE_IO = (where: string) => `// ${MARK} an I/O scenario.
// It measures a stand-in: a GET to a loopback server that answers after 10 ms, the way a handler
// waits on a database or another service. Replace run() with one request of your own code${where};
// setup() runs once per event loop before the measured window, teardown() after it.
import http from "node:http";

export async function setup() {
  const server = http.createServer((req, res) => setTimeout(() => res.end(JSON.stringify({ ok: true, path: req.url })), 10));
  await new Promise((resolve) => server.listen(0, "127.0.0.1", resolve));
  const agent = new http.Agent({ keepAlive: true });
  return { server, agent, port: server.address().port };
}

export function run({ agent, port }) {
  return new Promise((resolve, reject) => {
    const req = http.get({ host: "127.0.0.1", port, path: "/item/1", agent }, (res) => {
      let body = "";
      res.setEncoding("utf8");
      res.on("data", (chunk) => (body += chunk));
      res.on("end", () => (res.statusCode === 200 ? resolve(JSON.parse(body)) : reject(new Error(\`status \${res.statusCode}\`))));
    });
    req.on("error", reject);
  });
}

export async function teardown({ server, agent }) {
  agent.destroy();
  await new Promise((resolve) => server.close(resolve));
}
`;

const NODE_CPU = (where: string) => `// ${MARK} a CPU scenario.
// It measures a stand-in: parsing and re-serializing a 200-item JSON document. Replace run() with
// one call of your own CPU-heavy code${where}; setup() builds its input once per event loop.
export function setup() {
  const items = Array.from({ length: 200 }, (_, i) => ({ id: i, name: \`item \${i}\`, tags: ["a", "b", "c"], price: i * 1.5 }));
  return { text: JSON.stringify({ items }) };
}

export function run({ text }) {
  const doc = JSON.parse(text);
  doc.items.sort((a, b) => b.price - a.price);
  return JSON.stringify(doc).length;
}
`;

const PY_IO = `"""${MARK} an I/O scenario.

It measures a stand-in: a 10 ms wait, the way a handler waits on a database or another service.
Replace run() with one request of your own code; setup() runs once per loop, thread or process
before the measured window.
"""
import asyncio


def setup(info):
    return {"delay": 0.01}


async def run(state):
    await asyncio.sleep(state["delay"])
`;

const PY_CPU = `"""${MARK} a CPU scenario.

It measures a stand-in: parsing and re-serializing a 200-item JSON document in pure Python.
Replace run() with one call of your own CPU-heavy code; setup() builds its input once.
"""
import json


def setup(info):
    items = [{"id": i, "name": f"item {i}", "tags": ["a", "b", "c"], "price": i * 1.5} for i in range(200)]
    return {"text": json.dumps({"items": items})}


def run(state):
    doc = json.loads(state["text"])
    doc["items"].sort(key=lambda item: -item["price"])
    return len(json.dumps(doc))
`;
