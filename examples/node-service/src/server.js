// The HTTP server around the handler: `npm start`, then http://127.0.0.1:8080/products?q=lamp
import http from "node:http";
import { handle } from "./catalog.js";

export function createServer(file) {
  return http.createServer(async (req, res) => {
    if (req.method !== "GET" || !req.url?.startsWith("/products")) {
      res.writeHead(404).end();
      return;
    }
    try {
      const html = await handle(req.url, file);
      res.writeHead(200, { "content-type": "text/html; charset=utf-8" }).end(html);
    } catch (error) {
      res.writeHead(500).end(String(error));
    }
  });
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const port = Number(process.env.PORT ?? 8080);
  createServer().listen(port, "127.0.0.1", () => console.log(`listening on http://127.0.0.1:${port}/products`));
}
