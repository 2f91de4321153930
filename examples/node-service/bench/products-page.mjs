// I/O scenario: one request to the service over loopback HTTP, the way a client sees it: the
// handler reads the catalog file, parses it and renders the page.
import http from "node:http";
import { createServer } from "../src/server.js";

export async function setup() {
  const server = createServer();
  await new Promise((resolve) => server.listen(0, "127.0.0.1", resolve));
  return { server, agent: new http.Agent({ keepAlive: true }), port: server.address().port };
}

export function run({ agent, port }) {
  return new Promise((resolve, reject) => {
    http
      .get({ host: "127.0.0.1", port, path: "/products?q=lamp", agent }, (res) => {
        let size = 0;
        res.on("data", (chunk) => (size += chunk.length));
        res.on("end", () => (res.statusCode === 200 && size > 0 ? resolve(size) : reject(new Error(`status ${res.statusCode}`))));
      })
      .on("error", reject);
  });
}

export async function teardown({ server, agent }) {
  agent.destroy();
  await new Promise((resolve) => server.close(resolve));
}
