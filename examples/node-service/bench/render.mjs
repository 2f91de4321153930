// CPU scenario: rendering the full catalog page from the parsed catalog, no I/O.
import { loadCatalog, renderPage } from "../src/catalog.js";

export async function setup() {
  return { catalog: await loadCatalog() };
}

export function run({ catalog }) {
  return renderPage(catalog, "").length;
}
