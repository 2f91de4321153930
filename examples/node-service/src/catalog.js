// The service's work per request: read the catalog file, parse it, pick the matching products and
// render them as an HTML page.
import { readFile } from "node:fs/promises";
import { fileURLToPath } from "node:url";

export const CATALOG = fileURLToPath(new URL("../data/catalog.json", import.meta.url));

/** Reads and parses the catalog (the file changes while the service runs, so it is read per request). */
export async function loadCatalog(file = CATALOG) {
  return JSON.parse(await readFile(file, "utf8"));
}

const ESCAPES = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" };
const escape = (text) => String(text).replace(/[&<>"']/g, (c) => ESCAPES[c]);

/** The products matching a query (in name, category or tags), cheapest first, as an HTML page. */
export function renderPage(catalog, query = "") {
  const q = query.trim().toLowerCase();
  const hits = catalog.items
    .filter((item) => !q || item.name.toLowerCase().includes(q) || item.category === q || item.tags.includes(q))
    .sort((a, b) => a.price - b.price || a.id - b.id);
  const rows = hits.map(
    (item) =>
      `<tr><td>${escape(item.name)}</td><td>${escape(item.category)}</td><td>${item.price.toFixed(2)}</td>` +
      `<td>${item.stock > 0 ? `${item.stock} in stock` : "sold out"}</td><td>${item.tags.map(escape).join(", ")}</td></tr>`,
  );
  return `<!doctype html><title>${hits.length} products</title><h1>Products${q ? ` for "${escape(q)}"` : ""}</h1>` +
    `<p>Catalog of ${escape(catalog.updated)}</p><table>${rows.join("")}</table>`;
}

/** One request: GET /products?q=... */
export async function handle(url, file = CATALOG) {
  const { searchParams } = new URL(url, "http://localhost");
  return renderPage(await loadCatalog(file), searchParams.get("q") ?? "");
}
