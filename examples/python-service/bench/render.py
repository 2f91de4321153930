"""CPU scenario: rendering the full catalog page from the parsed catalog, no I/O."""
import json

from app.catalog import CATALOG, render_page


def setup(info):
    return {"catalog": json.loads(CATALOG.read_text("utf-8"))}


def run(state):
    return len(render_page(state["catalog"], ""))
