"""I/O scenario: one request through the handler: the store's round trip, the file read, parsing, rendering."""
from app.catalog import handle


async def run(state):
    page = await handle("lamp")
    if "<table>" not in page:
        raise ValueError("no product table in the page")
