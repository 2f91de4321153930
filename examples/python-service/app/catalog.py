"""The service's work per request: fetch the catalog, parse it, pick the matching products, render HTML."""
import asyncio
import html
import json
import pathlib

CATALOG = pathlib.Path(__file__).resolve().parent.parent / "data" / "catalog.json"

# The catalog lives in a store in production; this stands for its 30 ms round trip.
STORE_LATENCY_S = 0.03


async def fetch_catalog(path=CATALOG):
    """Waits for the store, then reads the file off the loop (a thread), and parses it."""
    await asyncio.sleep(STORE_LATENCY_S)
    text = await asyncio.to_thread(path.read_text, "utf-8")
    return json.loads(text)


def render_page(catalog, query=""):
    """The products matching a query (in name, category or tags), cheapest first, as an HTML page."""
    q = query.strip().lower()
    hits = [
        item for item in catalog["items"]
        if not q or q in item["name"].lower() or item["category"] == q or q in item["tags"]
    ]
    hits.sort(key=lambda item: (item["price"], item["id"]))
    rows = "".join(
        "<tr><td>{}</td><td>{}</td><td>{:.2f}</td><td>{}</td><td>{}</td></tr>".format(
            html.escape(item["name"]),
            html.escape(item["category"]),
            item["price"],
            f"{item['stock']} in stock" if item["stock"] > 0 else "sold out",
            ", ".join(html.escape(t) for t in item["tags"]),
        )
        for item in hits
    )
    title = f' for "{html.escape(q)}"' if q else ""
    return (
        f"<!doctype html><title>{len(hits)} products</title><h1>Products{title}</h1>"
        f"<p>Catalog of {html.escape(catalog['updated'])}</p><table>{rows}</table>"
    )


async def handle(query, path=CATALOG):
    """One request: GET /products?q=..."""
    return render_page(await fetch_catalog(path), query)
